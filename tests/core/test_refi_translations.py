"""Original ↔ translation links in REFI-QDA: a ``.qdpx`` carries each link and its beads in a
project note other programs show as text (the export still validates), our import reads it back
(same links, same beads: aligned or not, corrected by hand or not), pseudonymised texts get
beads that point into them, and a damaged note or changed texts leave the link out with one line
instead of failing the import. A package from another program imports as before."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator.core.alignment import ORIGINAL
from annotator.core.changes import ApplyCode, LinkTranslation, RelinkSpans, UnlinkSpans
from annotator.core.exporters import ExportRequest, run_export, write_qdpx
from annotator.core.model import Coder
from annotator.core.project import create_project
from annotator.core.pseudonymise import Pseudonym, SetPseudonyms
from annotator.core.refi_qda import import_file
from annotator.core.store import ProjectStore
from tests.core.test_refi_qda import needs_schemas, validate

KO = "김영희는 2013년에 중국으로 건너갔습니다. 중개인은 공장 일을 약속했어요.\n저는 농가에 팔렸습니다."
EN = "Kim Young-hee crossed into China in 2013. The broker promised factory work.\nI was sold to a farm."
NS = "{urn:QDA-XML:project:1.0}"
SCHEMAS_PRESENT = not needs_schemas.args[0]
SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "refi-qda" / "samples"


def links(store: ProjectStore) -> list[tuple[object, ...]]:
    """Every link by document names: languages, who linked, and its beads."""
    name = {d.guid: d.name for d in store.documents()}
    who = {c.guid: c.name for c in store.coders()}
    return sorted(
        (
            name[link.original],
            name[link.translation],
            link.original_language,
            link.translation_language,
            who.get(link.linked_by, ""),
            link.linked_at,
            tuple(store.beads(link.translation)),
        )
        for link in store.translation_links()
    )


def reimport(tmp_path: Path, package: Path, name: str = "copy.sqlite") -> tuple[ProjectStore, str]:
    target = create_project(tmp_path / name, codebook="empty")
    summary = import_file(target, package, coder=target.resolve_coder("lead", create=True))
    return target, summary


def qde_of(package: Path) -> str:
    with zipfile.ZipFile(package) as zf:
        return zf.read("project.qde").decode("utf-8")


def rewrite_qde(package: Path, out: Path, change) -> None:  # noqa: ANN001
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "project.qde":
                data = change(data.decode("utf-8")).encode("utf-8")
            dst.writestr(item, data)


@pytest.fixture
def linked(store: ProjectStore, add_text, add_code) -> ProjectStore:
    """A Korean original and its English translation, linked, one pair corrected by hand and one
    passage marked unaligned, and a coding on each side."""
    ko, en = add_text(KO, "ko.txt"), add_text(EN, "en.txt")
    with store.atomic():
        store.insert_coder(Coder("c-mina", "mina"))
    LinkTranslation(original=ko.guid, translation=en.guid, by="c-mina").apply(store)
    second = (KO.index("중개인은"), KO.index("\n"))
    RelinkSpans(
        translation=en.guid,
        original_span=second,
        translation_span=(EN.index("The broker"), EN.index("\n")),
        by="c-mina",
    ).apply(store)
    UnlinkSpans(translation=en.guid, side=ORIGINAL, start=KO.index("저는"), end=len(KO), by="c-mina").apply(
        store
    )
    code = add_code("Crossing")
    ApplyCode(document=ko.guid, start=0, end=KO.index("건너갔습니다.") + 7, code=code, coder="c-mina").apply(
        store
    )
    ApplyCode(document=en.guid, start=EN.index("I was"), end=len(EN), code=code, coder="c-mina").apply(store)
    return store


@needs_schemas
def test_a_qdpx_keeps_the_links_and_their_beads_and_still_validates(
    linked: ProjectStore, tmp_path: Path
) -> None:
    beads = linked.beads(linked.translation_links()[0].translation)
    assert {(b.aligned, b.manual) for b in beads} >= {(True, False), (True, True), (False, True)}
    package = tmp_path / "pair.qdpx"
    write_qdpx(linked, package)
    validate(package)
    copy, summary = reimport(tmp_path, package)
    assert links(copy) == links(linked)
    assert "1 original and translation link added" in summary
    assert not any("annotator:translations" in m.text for m in copy.memos())  # data, never a memo
    again = import_file(copy, package)  # the same package twice: nothing doubles, nothing conflicts
    assert "link added" not in again and links(copy) == links(linked)
    copy.close()


def test_other_programs_see_a_readable_project_note_without_text(
    linked: ProjectStore, tmp_path: Path
) -> None:
    package = tmp_path / "pair.qdpx"
    write_qdpx(linked, package)
    root = etree.fromstring(qde_of(package).encode("utf-8"))
    note = next(n for n in root.iter(f"{NS}Note") if "translation" in (n.get("name") or ""))
    assert root.find(f"{NS}NoteRef").get("targetGUID") == note.get("guid")  # the project's note
    text = note.findtext(f"{NS}PlainTextContent")
    assert text.splitlines()[1] == "ko.txt (ko) → en.txt (en): 2 aligned passages, 2 unaligned parts"
    payload = text.split("annotator:translations\n", 1)[1]
    assert "Kim" not in payload and "\\u" not in payload.split('"beads"')[0]  # offsets, no text
    assert re.fullmatch(r"[\x20-\x7e]+", payload)  # ASCII JSON, one line


def test_a_demo_export_imports_with_the_same_links(tmp_path: Path) -> None:
    from annotator.core.demo import build_demo  # noqa: PLC0415

    path = tmp_path / "demo.sqlite"
    build_demo(path)
    demo = ProjectStore.open(path)
    try:
        assert demo.translation_links()
        package = tmp_path / "demo.qdpx"
        run_export(demo, ExportRequest("qdpx", package))
        if SCHEMAS_PRESENT:
            validate(package)
        copy, _ = reimport(tmp_path, package)
        assert links(copy) == links(demo)
        copy.close()
    finally:
        demo.close()


def test_pseudonymised_beads_point_into_the_pseudonymised_texts(linked: ProjectStore, tmp_path: Path) -> None:
    SetPseudonyms([Pseudonym("Kim Young-hee", "Participant 1"), Pseudonym("김영희", "참여자 1")]).apply(
        linked
    )
    package = tmp_path / "p.qdpx"
    run_export(linked, ExportRequest("qdpx", package, pseudonymise=True))
    assert "Kim Young-hee" not in qde_of(package)
    copy, _ = reimport(tmp_path, package)
    link = copy.translation_links()[0]
    o_text, t_text = copy.document_text(link.original), copy.document_text(link.translation)
    first = copy.beads(link.translation)[0]
    assert o_text[first.original_start : first.original_end] == "참여자 1는 2013년에 중국으로 건너갔습니다."
    assert (
        t_text[first.translation_start : first.translation_end] == "Participant 1 crossed into China in 2013."
    )
    for stored, moved in zip(linked.beads(link.translation), copy.beads(link.translation), strict=True):
        assert (moved.aligned, moved.manual) == (stored.aligned, stored.manual)
        assert (moved.original_end - moved.original_start == 0) == (
            stored.original_end == stored.original_start
        )
    copy.close()


@pytest.mark.parametrize(
    ("damage", "why"),
    [
        (lambda p: p[:-5], "not valid JSON"),
        (lambda p: p.replace('"beads": [[0', '"beads": [[-1'), "a bead does not fit"),
        (
            lambda p: p.replace(f'"original_length": {len(KO)}', '"original_length": 1'),
            "not the one its positions",
        ),
        (
            lambda p: p.replace('"translations": [', '"translations": [7, '),
            "link #1 was left out (not an object)",
        ),
    ],
)
def test_a_damaged_note_leaves_the_link_out_with_one_line(
    linked: ProjectStore,
    tmp_path: Path,
    damage,
    why: str,  # noqa: ANN001
) -> None:
    package = tmp_path / "pair.qdpx"
    write_qdpx(linked, package)
    assert f'"original_length": {len(KO)}' in qde_of(package)

    def change(qde: str) -> str:
        head, rest = qde.split("annotator:translations\n", 1)
        payload, tail = rest.split("</PlainTextContent>", 1)
        return f"{head}annotator:translations\n{damage(payload)}</PlainTextContent>{tail}"

    broken = tmp_path / "broken.qdpx"
    rewrite_qde(package, broken, change)
    copy, summary = reimport(tmp_path, broken)
    assert why in summary and summary.count("\n") == 0
    assert copy.counts()["codings"] == 2 and len(copy.documents()) == 2  # the rest came in
    if why.startswith("link #1"):
        assert links(copy) == links(linked)  # the good link after the bad item is kept
    else:
        assert copy.translation_links() == []
    assert not any("annotator:translations" in m.text for m in copy.memos())
    copy.close()


def test_a_package_without_links_carries_no_note(store: ProjectStore, add_text, tmp_path: Path) -> None:
    add_text(KO, "ko.txt")
    package = tmp_path / "plain.qdpx"
    write_qdpx(store, package)
    assert "annotator:translations" not in qde_of(package)
    copy, summary = reimport(tmp_path, package)
    assert copy.translation_links() == [] and "link" not in summary
    copy.close()


@pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"real exports not present at {SAMPLES}")
@pytest.mark.parametrize("name", ["ponte-target-atlas-project.qdpx", "qc-nvivo_project.qdpx"])
def test_another_programs_package_imports_as_before(tmp_path: Path, name: str) -> None:
    copy, summary = reimport(tmp_path, SAMPLES / name)
    assert "codes added" in summary and "link" not in summary
    assert copy.translation_links() == []
    copy.close()

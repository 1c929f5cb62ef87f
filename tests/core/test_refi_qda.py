"""REFI-QDA export validates against the schemas, and export → import gives back the same project.

Same documents (byte-identical text), codebook (names, hierarchy, colours,
definitions), coders, codings (exact spans), memos and attributes, on
generated projects with Hangul, U+20000 and emoji in the texts and the code
names, and on the demo project.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from annotator.core.changes import SetAttribute, SetMemo
from annotator.core.codebook import CodeTree
from annotator.core.codebook_files import load_codebook
from annotator.core.demo import build_demo
from annotator.core.errors import Cancelled, UsageError
from annotator.core.exporters import write_qdpx
from annotator.core.model import Code, Coder, Coding, Document, new_guid
from annotator.core.project import create_project, project_codebook
from annotator.core.refi_qda import import_file, read_qdc, read_qdpx, write_qdc
from annotator.core.refi_qda.codes import description_of, fields_from_description
from annotator.core.store import ProjectStore
from annotator.core.text import sha256_text

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SCHEMAS = SHARED / "refi-qda"
CHECKER = SHARED / "tools" / "check_qdpx.py"
needs_schemas = pytest.mark.skipif(
    not (SCHEMAS / "Project.xsd").is_file(),
    reason=f"REFI-QDA schemas not found at {SCHEMAS} (they are in CI; exports are not validated here)",
)

TEXTS = {
    "kim-2019.txt": (
        "면접 2019년. 그는 식당 일이라고 말했지만 우리는 국경을 넘어 팔려 갔다.\n"
        "𠀀 마을에서 온 여자는 😀 웃었다. The broker 👩‍👧 took 8,000 yuan.\n\n"
        "Tabs\tand  double  spaces stay; so do trailing spaces   \n"
        "Last line without a newline: 𠀀𠀀 end"
    ),
    'lee <&> "quotes".txt': "English only. The door was locked at night.\nShe was sold as a wife.\n",
    "emoji-😀.md": "# Notes 😀\n\n**A:** We crossed the river 🌙 at night.\n",
}


def g() -> str:
    return new_guid()


def build_project(path: Path) -> ProjectStore:
    """A project using everything REFI-QDA carries, with non-BMP text everywhere."""
    store = create_project(path, codebook="empty", name="Round trip 😀 프로젝트")
    root, child, leaf, folder, plain = g(), g(), g(), g(), g()
    codes = [
        Code(
            root,
            "Means of control 통제",
            color="#337acc",
            short_definition="Short 𠀀 definition",
            definition="Long definition\nwith lines",
            when_to_use="When to use: a label inside a value",
            when_not_to_use="Not when 😀",
            example='"An example" <b>&amp;</b>',
            shortcut="Ctrl+1",
            ref="ACT",
            source_refs=("PAL:act", "KFI"),
            export={"htcds": "vic_Method=A|B; other", "ctdc": "x"},
        ),
        Code(child, "Debt 빚 𠀀", root, "#aa0000", "Owed money", position=0),
        Code(leaf, "Emoji 😀 leaf", child, "#00aa00", position=0),
        Code(folder, "Folder (not codable)", None, "#999999", codable=False, position=1),
        Code(plain, "Plain", None, "#123456", position=2),
    ]
    lee, kim = Coder(g(), "Lee 이"), Coder(g(), "Kim 😀")
    with store.atomic():
        store.insert_codes(codes)
        store.insert_coder(lee)
        store.insert_coder(kim)
        docs = {}
        for name, text in TEXTS.items():
            doc = Document(
                g(),
                name,
                sha256_text(text),
                len(text),
                "md" if name.endswith(".md") else "txt",
                name,
                "2024-05-01T09:00:00Z",
                lee.guid,  # who imported: a coder's GUID, never a name
            )
            store.insert_document(doc, text)
            docs[name] = (doc, text)
        codings = []
        for doc, text in docs.values():
            for word, code, coder, memo in (
                ("팔려 갔다", child, lee, "coding memo 𠀀\nline two"),
                ("𠀀 마을에서", leaf, kim, ""),
                ("😀", root, lee, ""),
                ("👩‍👧", leaf, lee, "family emoji: one grapheme, three code points"),
                ("𠀀𠀀 end", plain, kim, ""),
                ("locked", root, kim, "<&>\"'"),
                ("sold as a wife", child, lee, ""),
                ("🌙 at night", root, kim, ""),
            ):
                i = text.find(word)
                if i >= 0:
                    codings.append(
                        Coding(
                            g(), doc.guid, code, coder.guid, i, i + len(word), "2024-05-02T10:11:12Z", memo
                        )
                    )
        whole_doc, whole_text = docs["kim-2019.txt"]
        codings.append(Coding(g(), whole_doc.guid, plain, lee.guid, 0, len(whole_text), "", ""))
        codings.append(Coding(g(), whole_doc.guid, plain, kim.guid, 0, len(whole_text), "", ""))  # same span
        store.insert_codings(codings)
    first = docs["kim-2019.txt"][0].guid
    second = docs['lee <&> "quotes".txt'][0].guid
    SetMemo("project", store.info().guid, "Project memo 😀\n\nwith paragraphs").apply(store)
    SetMemo("document", first, "Interview in Seoul 서울").apply(store)
    SetMemo("code", child, "Code memo: debt bondage").apply(store)
    for doc, name, value, kind in (
        (first, "age", "34", "number"),
        (second, "age", "27.5", "number"),
        (first, "year of exit", "2019", "date"),
        (second, "year of exit", "2018-03", "date"),
        (first, "consent", "yes", "boolean"),
        (first, "origin", "함경북도 Hamgyong 😀", "text"),
        (second, "interview date", "2021-06-30", "date"),
        (first, "minor", "true", "boolean"),
    ):
        SetAttribute(document=doc, name=name, value=value, type=kind).apply(store)
    return store


def snapshot(store: ProjectStore) -> dict:
    """Everything a round trip must keep, in comparable form."""
    tree = CodeTree(store.codes())
    return {
        # imported_by is left out: a document whose file names no creator records the importer
        "documents": sorted(
            (d.guid, d.name, store.document_text(d.guid), d.source_format, d.imported_at)
            for d in store.documents()
        ),
        "imported_by": sorted((d.guid, d.imported_by) for d in store.documents() if d.imported_by),
        "codes": sorted(
            (
                c.guid,
                tree.path(c.guid),
                c.parent,
                c.color,
                c.short_definition,
                c.definition,
                c.when_to_use,
                c.when_not_to_use,
                c.example,
                c.shortcut,
                c.ref,
                c.codable,
                c.source_refs,
                sorted(c.export.items()),
            )
            for c in store.codes()
        ),
        "order": [tree.path(c.guid) for _, c in tree.walk()],
        # the importer ("lead", who imported a copy) is a coder of the copy, not of the original
        "coders": sorted((c.guid, c.name) for c in store.coders() if c.name != "lead"),
        "codings": sorted(
            (c.guid, c.document, c.code, c.coder, c.start, c.end, c.created_at, c.memo)
            for c in store.codings()
        ),
        "memos": sorted(
            (m.target_kind, m.target if m.target_kind != "project" else "", m.text) for m in store.memos()
        ),
        "attributes": sorted((a.name, a.type) for a in store.attributes()),
        "values": store.document_attributes(),
    }


def validate(path: Path) -> None:
    """Validate an export with lxml against the XSD, and with the shared checker in --strict mode."""
    if path.suffix == ".qdc":
        schema, doc = "Codebook.xsd", etree.parse(str(path))
    else:
        with zipfile.ZipFile(path) as zf:
            assert zf.read("project.qde")[:5] == b"<?xml"
            doc = etree.ElementTree(etree.fromstring(zf.read("project.qde")))
            for name in zf.namelist():
                if name.startswith("sources/"):
                    raw = zf.read(name)
                    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
                    raw.decode("utf-8")
        schema = "Project.xsd"
    xsd = etree.XMLSchema(etree.parse(str(SCHEMAS / schema)))
    assert xsd.validate(doc), xsd.error_log
    result = subprocess.run(
        [sys.executable, str(CHECKER), str(path), "--strict"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("OK")


@pytest.fixture
def project(tmp_path: Path):
    store = build_project(tmp_path / "source.sqlite")
    yield store
    store.close()


def reimport(tmp_path: Path, package: Path, name: str = "copy.sqlite") -> ProjectStore:
    target = create_project(tmp_path / name, codebook="empty")
    import_file(target, package, coder=target.resolve_coder("lead", create=True))
    return target


@needs_schemas
def test_export_validates_and_round_trips_exactly(tmp_path, project) -> None:
    package = tmp_path / "out.qdpx"
    write_qdpx(project, package)
    validate(package)
    copy = reimport(tmp_path, package)
    before, after = snapshot(project), snapshot(copy)
    for key in before:
        assert after[key] == before[key], key
    copy.close()


def test_export_layout_and_conventions(tmp_path, project) -> None:
    package = tmp_path / "out.qdpx"
    write_qdpx(project, package)
    with zipfile.ZipFile(package) as zf:
        names = set(zf.namelist())
        qde = zf.read("project.qde").decode("utf-8")
    docs = project.documents()
    assert names == {"project.qde"} | {f"sources/{d.guid}.txt" for d in docs}
    root = etree.fromstring(qde.encode())
    assert root.get("origin", "").startswith("Testimony Annotator ")
    ns = "{urn:QDA-XML:project:1.0}"
    folder = next(c for c in root.iter(f"{ns}Code") if c.get("name") == "Folder (not codable)")
    assert folder.get("isCodable") == "false"
    nested = root.find(f"{ns}CodeBook/{ns}Codes/{ns}Code/{ns}Code")
    assert nested is not None and nested.get("name") == "Debt 빚 𠀀"
    guids = [e.get("guid") for e in root.iter() if e.get("guid")]
    assert all(gu == gu.lower() for gu in guids) and len(guids) == len(set(guids))
    text = TEXTS["kim-2019.txt"]
    doc = next(d for d in docs if d.name == "kim-2019.txt")
    source = next(s for s in root.iter(f"{ns}TextSource") if s.get("guid") == doc.guid)
    assert source.get("plainTextPath") == f"internal://{doc.guid}.txt"
    i = text.index("𠀀 마을에서")
    sel = next(s for s in source.iter(f"{ns}PlainTextSelection") if s.get("name") == "𠀀 마을에서")
    assert (int(sel.get("startPosition")), int(sel.get("endPosition"))) == (i, i + 6)  # code points
    assert sel.get("creationDateTime") == "2024-05-02T10:11:12Z"
    coding = sel.find(f"{ns}Coding")
    assert coding.get("creatingUser") == sel.get("creatingUser")
    assert root.find(f"{ns}NoteRef") is not None  # the project memo
    variables = {v.get("name"): v.get("typeOfVariable") for v in root.iter(f"{ns}Variable")}
    assert variables == {
        "age": "Float",
        "year of exit": "Text",
        "consent": "Text",
        "origin": "Text",
        "interview date": "Date",
        "minor": "Boolean",
    }
    case = next(root.iter(f"{ns}Case"))
    assert case.find(f"{ns}SourceRef") is not None and case.find(f"{ns}VariableValue") is not None


def test_exporting_twice_gives_the_same_bytes(tmp_path, project) -> None:
    write_qdpx(project, tmp_path / "a.qdpx")
    write_qdpx(project, tmp_path / "b.qdpx")
    with zipfile.ZipFile(tmp_path / "a.qdpx") as a, zipfile.ZipFile(tmp_path / "b.qdpx") as b:
        assert a.read("project.qde") == b.read("project.qde")


def test_importing_the_same_package_twice_doubles_nothing(tmp_path, project) -> None:
    package = tmp_path / "out.qdpx"
    write_qdpx(project, package)
    copy = reimport(tmp_path, package)
    first = snapshot(copy)
    summary = import_file(copy, package)
    assert "0 codings added" in summary and "0 documents added" in summary
    assert snapshot(copy) == first
    copy.close()


def test_import_into_a_project_that_already_has_the_documents(tmp_path, project) -> None:
    """Merging: a coder's export comes back into the lead's project: only new codings are added."""
    package = tmp_path / "out.qdpx"
    write_qdpx(project, package)
    copy = reimport(tmp_path, package)
    doc = copy.documents()[0]
    code = next(c for c in copy.codes() if c.name == "Plain")
    new_coder = Coder(g(), "Park")
    with copy.atomic():
        copy.insert_coder(new_coder)
        copy.insert_codings([Coding(g(), doc.guid, code.guid, new_coder.guid, 0, 5, "", "")])
    write_qdpx(copy, tmp_path / "back.qdpx")
    summary = import_file(project, tmp_path / "back.qdpx")
    # the coders added: Park, and "lead" who imported the copy
    assert "1 coding added" in summary and "2 coders added" in summary and "0 documents added" in summary
    copy.close()


def test_filters_select_coders_codes_and_documents(tmp_path, project) -> None:
    lee = next(c for c in project.coders() if c.name.startswith("Lee"))
    doc = next(d for d in project.documents() if d.name == "kim-2019.txt")
    plain = next(c for c in project.codes() if c.name == "Plain")
    write_qdpx(project, tmp_path / "f.qdpx", coders=[lee.name], codes=[plain.guid], documents=[doc.guid])
    data, _ = read_qdpx(tmp_path / "f.qdpx")
    assert [d.guid for d, _ in data.documents] == [doc.guid]
    assert {c.coder for c in data.codings} == {lee.guid} and {c.code for c in data.codings} == {plain.guid}
    assert len(data.codes) == len(project.codes())  # the codebook is always complete
    assert [c.name for c in data.coders] == [lee.name]


@needs_schemas
def test_demo_project_round_trip(tmp_path) -> None:
    build_demo(tmp_path / "demo.sqlite")
    demo = ProjectStore.open(tmp_path / "demo.sqlite")
    package = tmp_path / "demo.qdpx"
    write_qdpx(demo, package)
    validate(package)
    write_qdc(project_codebook(demo), tmp_path / "demo.qdc")
    validate(tmp_path / "demo.qdc")
    copy = reimport(tmp_path, package)
    before, after = snapshot(demo), snapshot(copy)
    lead = copy.find_coder("lead")
    assert lead is not None and all(  # the demo's documents name no importer: the importer is recorded
        by == lead.guid for _, by in after.pop("imported_by")
    )
    del before["imported_by"]
    for key in before:
        assert after[key] == before[key], key
    assert copy.counts()["codings"] == demo.counts()["codings"] > 100
    copy.close()
    demo.close()


@needs_schemas
def test_codebook_qdc_round_trip(tmp_path, project) -> None:
    book = project_codebook(project)
    path = tmp_path / "book.qdc"
    write_qdc(book, path)
    validate(path)
    back = read_qdc(path)
    fields = (
        *("guid", "name", "parent", "color", "short_definition", "definition", "when_to_use"),
        *("when_not_to_use", "example", "shortcut", "ref", "codable", "source_refs", "export"),
    )

    def key(codes):
        return sorted(tuple(getattr(c, f) for f in fields) for c in codes)

    assert key(back.codes) == key(book.codes)
    fresh = create_project(tmp_path / "new.sqlite", codebook=load_codebook(path))
    assert key(fresh.codes()) == key(book.codes)
    fresh.close()
    assert "codes added" in import_file(project, path)


def test_empty_codebook_cannot_be_a_valid_qdc(tmp_path) -> None:
    store = create_project(tmp_path / "e.sqlite", codebook="empty")
    with pytest.raises(UsageError, match="no codes"):
        write_qdc(project_codebook(store), tmp_path / "e.qdc")
    write_qdpx(store, tmp_path / "e.qdpx")  # an empty project is still a valid package
    data, _ = read_qdpx(tmp_path / "e.qdpx")
    assert data.codes == [] and data.documents == []
    store.close()


@needs_schemas
def test_characters_xml_cannot_carry_do_not_break_the_export(tmp_path, add_text, add_code, store) -> None:
    text = "form\x0cfeed and a bell \x07 here"
    doc = add_text(text, name="odd\x01name.txt")
    code = add_code("Odd")
    coder = store.ensure_coder("x")
    with store.atomic():
        store.insert_codings([Coding(g(), doc.guid, code, coder.guid, 0, 9, "", "memo \x0b")])
    write_qdpx(store, tmp_path / "odd.qdpx")
    validate(tmp_path / "odd.qdpx")
    data, _ = read_qdpx(tmp_path / "odd.qdpx")
    assert data.documents[0][1] == text  # the text file is not XML: kept exactly
    assert data.codings[0].memo == "memo \ufffd"


def test_export_progress_cancel_and_failure_leave_no_file(tmp_path, project) -> None:
    seen = []
    write_qdpx(project, tmp_path / "p.qdpx", progress=lambda done, total, name: seen.append((done, total)))
    assert seen[-1] == (3, 3)
    with pytest.raises(Cancelled):
        write_qdpx(project, tmp_path / "c.qdpx", cancelled=lambda: True)
    assert not (tmp_path / "c.qdpx").exists() and not list(tmp_path.glob("*.part"))


def test_cli_imports_a_package_and_exports_a_codebook(tmp_path, project, monkeypatch, capsys) -> None:
    from annotator.cli import main  # noqa: PLC0415

    package = tmp_path / "out.qdpx"
    write_qdpx(project, package)
    target = tmp_path / "cli.sqlite"
    create_project(target, codebook="empty").close()
    monkeypatch.setenv("ANNOTATOR_CODER", "lead")
    main(["import", str(target), str(package)])
    out = capsys.readouterr().out
    assert "imported out.qdpx:" in out and "codings added" in out
    main(["codebook", "export", str(target), str(tmp_path / "cb.qdc")])
    assert read_qdc(tmp_path / "cb.qdc").codes


_FIELD_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30).filter(
    lambda s: "\n\n" not in s and not s.startswith(("\n", "Definition: ", "Source: ")) and s.strip() == s
)


@settings(max_examples=150, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            n: _FIELD_TEXT
            for n in (
                "short_definition",
                "definition",
                "when_to_use",
                "when_not_to_use",
                "example",
                "ref",
                "shortcut",
            )
        }
    ),
    st.lists(_FIELD_TEXT.filter(bool), max_size=3),
    st.dictionaries(st.text("abcxyz_", min_size=1, max_size=5), _FIELD_TEXT, max_size=2),
)
def test_definition_fields_survive_the_description_format(fields, refs, export) -> None:
    code = Code(g(), "c", source_refs=tuple(refs), export=export, **fields)
    back = fields_from_description(description_of(code))
    assert back.get("source_refs", ()) == code.source_refs
    assert back.get("export", {}) == code.export
    for name, value in fields.items():
        assert back.get(name, "") == value, name

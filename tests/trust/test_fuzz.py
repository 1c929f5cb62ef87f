"""Hostile and broken input: mutated valid files for every importer end in success or a
clean domain error, within a time and memory bound — never a crash, hang or traceback.

The counts of inputs tried are reported by ``test_fuzz_totals`` (README "Data protection").
"""

from __future__ import annotations

import io
import resource
import time
import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from odf.opendocument import OpenDocumentText
from odf.text import P
from pypdf import PdfWriter

from annotator.core.codebook import dump_codebook_yaml, parse_codebook_yaml
from annotator.core.errors import AnnotatorError
from annotator.core.importers import read_document
from annotator.core.resources import default_codebook_path

EXAMPLES = 60
TIME_BOUND_S = 5.0
MEMORY_BOUND_MB = 200  # per call, growth of the process's peak
TRIED: Counter[str] = Counter()


def _docx() -> bytes:
    document = docx.Document()
    document.add_heading("Testimony", level=1)
    document.add_paragraph("그는 식당 일이라고 말했다. The broker took my papers.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Yanji", "2019"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _odt() -> bytes:
    document = OpenDocumentText()
    document.text.addElement(P(text="They promised work in a restaurant. 𠀀"))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def _pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


SEEDS: dict[str, bytes] = {
    ".txt": "그는 식당 일이라고 말했다.\r\n𠀀 😀 The broker sold me.\n".encode(),
    ".md": b"# Testimony\n\n*They* promised **work**.\n",
    ".html": b"<html><head><title>t</title><script>x()</script></head>"
    b"<body><p>Sold for 3000 yuan</p></body></html>",
    ".rtf": rb"{\rtf1\ansi{\fonttbl\f0 Arial;}\f0 The broker \u44536?\u45716? said\par}",
    ".docx": _docx(),
    ".odt": _odt(),
    ".pdf": _pdf(),
}


def _mutate(data: bytes, edits: list[tuple[int, int, int]], cut: int | None) -> bytes:
    buf = bytearray(data)
    for kind, position, value in edits:
        if not buf:
            break
        i = position % len(buf)
        if kind == 0:
            buf[i] = value
        elif kind == 1:
            buf.insert(i, value)
        else:
            del buf[i]
    if cut is not None and buf:
        del buf[cut % len(buf) :]
    return bytes(buf)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _call_bounded(label: str, fn) -> None:
    """One call: a clean result or one-line domain error, in bounded time, and it may not
    raise the process's memory high-water mark by more than the bound."""
    before = _peak_mb()
    start = time.perf_counter()
    try:
        fn()
    except AnnotatorError as exc:
        assert "\n" not in str(exc)
    elapsed = time.perf_counter() - start
    assert elapsed < TIME_BOUND_S, f"{label} took {elapsed:.1f} s"
    grew = _peak_mb() - before
    assert grew < MEMORY_BOUND_MB, f"{label} raised peak memory by {grew:.0f} MB"
    TRIED[label] += 1


edits = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 10**6), st.integers(0, 255)), max_size=12)


@pytest.mark.parametrize("suffix", sorted(SEEDS))
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    edits=edits,
    cut=st.one_of(st.none(), st.integers(0, 10**6)),
    raw=st.booleans(),
    noise=st.binary(max_size=2048),
)
def test_mutated_documents_fail_cleanly(
    tmp_path: Path, suffix: str, edits, cut, raw: bool, noise: bytes
) -> None:
    data = noise if raw else _mutate(SEEDS[suffix], edits, cut)
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    _call_bounded(suffix, lambda: read_document(path))


def test_zip_documents_with_hostile_members_fail_cleanly(tmp_path: Path) -> None:
    """A zip bomb and a zip-slip member inside a .docx are refused quickly."""
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w") as member:  # 600 MB of zeros, streamed
            chunk = b"\0" * (1024 * 1024)
            for _ in range(600):
                member.write(chunk)
    slip = tmp_path / "slip.docx"
    with zipfile.ZipFile(slip, "w") as z:
        z.writestr("../../evil.txt", "x")
        z.writestr("word/document.xml", "<w:document/>")
    for path in (bomb, slip):
        with pytest.raises(AnnotatorError):
            read_document(path)
        _call_bounded("hostile zip", lambda p=path: read_document(p))


BOOK = dump_codebook_yaml(parse_codebook_yaml(default_codebook_path().read_text(encoding="utf-8"))).encode()


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(
    edits=edits,
    cut=st.one_of(st.none(), st.integers(0, 10**6)),
    noise=st.text(max_size=500),
    raw=st.booleans(),
)
def test_mutated_codebook_yaml_fails_cleanly(edits, cut, noise: str, raw: bool) -> None:
    text = noise if raw else _mutate(BOOK, edits, cut).decode("utf-8", errors="replace")
    _call_bounded("codebook YAML", lambda: parse_codebook_yaml(text))


def _refi_seeds() -> dict[str, bytes]:
    """A small .qdpx and .qdc exported from a generated project (built once)."""
    import tempfile

    from annotator.core.changes import AddCode, ApplyCode
    from annotator.core.exporters import write_qdpx
    from annotator.core.importers import ImportedText
    from annotator.core.importers.importing import add_document
    from annotator.core.project import create_project, project_codebook
    from annotator.core.refi_qda import write_qdc

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = create_project(folder / "p.sqlite", codebook="empty")
        doc = add_document(
            store, ImportedText("그는 식당 일이라고 말했다. 𠀀 sold 😀", "txt", {}), name="a.txt"
        )
        add = AddCode("Sale 판매")
        add.apply(store)
        ApplyCode(
            document=doc.guid, start=2, end=9, code=add.code.guid, coder=store.ensure_coder("lee").guid
        ).apply(store)
        write_qdpx(store, folder / "p.qdpx")
        write_qdc(project_codebook(store), folder / "p.qdc")
        store.close()
        return {".qdpx": (folder / "p.qdpx").read_bytes(), ".qdc": (folder / "p.qdc").read_bytes()}


REFI = _refi_seeds()


@pytest.mark.parametrize("suffix", sorted(REFI))
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    edits=edits,
    cut=st.one_of(st.none(), st.integers(0, 10**6)),
    raw=st.booleans(),
    noise=st.binary(max_size=2048),
)
def test_mutated_refi_qda_files_fail_cleanly(
    tmp_path: Path, suffix: str, edits, cut, raw: bool, noise: bytes
) -> None:
    from annotator.core.refi_qda import read_qdc, read_qdpx

    data = noise if raw else _mutate(REFI[suffix], edits, cut)
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    reader = read_qdpx if suffix == ".qdpx" else read_qdc
    _call_bounded(suffix, lambda: reader(path))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 10**6), st.integers(32, 126)), max_size=8))
def test_mutated_project_xml_inside_a_valid_zip_fails_cleanly(tmp_path: Path, edits) -> None:
    """Mutate the XML itself (not the zip), so the parser and assembler see broken structure."""
    from annotator.core.refi_qda import read_qdpx

    with zipfile.ZipFile(io.BytesIO(REFI[".qdpx"])) as original:
        members = {name: original.read(name) for name in original.namelist()}
    members["project.qde"] = _mutate(members["project.qde"], edits, None)
    path = tmp_path / "xml.qdpx"
    with zipfile.ZipFile(path, "w") as z:
        for name, content in members.items():
            z.writestr(name, content)
    _call_bounded(".qdpx (xml mutated)", lambda: read_qdpx(path))


def test_fuzz_totals() -> None:
    """Runs last in this module: report how many inputs each importer survived."""
    print(f"\nfuzz inputs tried: {dict(TRIED)}; process peak memory {_peak_mb():.0f} MB")
    assert sum(TRIED.values()) >= 10 * EXAMPLES

"""`annotator import`: good files import, bad ones fail one line each, the project stays intact."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx

from annotator.core.store import ProjectStore


def _snapshot(project: Path) -> tuple:
    with ProjectStore.open(project, readonly=True) as store:
        return [(d.name, d.sha256) for d in store.documents()], store.counts()


def test_import_mixed_good_and_bad_files(run, tmp_path: Path) -> None:
    project = tmp_path / "p.sqlite"
    run("new", project, "--codebook", "empty")
    good = tmp_path / "good.txt"
    good.write_bytes("그는 식당 일이라고 말했다.\r\n𠀀 😀 end".encode())
    korean = tmp_path / "korean-cp949.txt"
    korean.write_bytes(
        (
            "브로커는 중국 식당에서 일하면 돈을 많이 벌 수 있다고 말했습니다. "
            "우리는 밤에 강을 건넜고, 그 다음 날 다른 사람에게 넘겨졌습니다.\n"
        ).encode("cp949")
    )
    document = docx.Document()
    document.add_heading("Testimony", level=1)
    document.add_paragraph("They promised work in a factory.")
    word = tmp_path / "statement.docx"
    document.save(word)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    fake = tmp_path / "fake.docx"
    fake.write_text("I am not a Word document")
    broken_zip = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken_zip, "w") as z:
        z.writestr("hello.txt", "no word here")
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(word.read_bytes()[:300])
    fake_pdf = tmp_path / "fake.pdf"
    fake_pdf.write_bytes(b"%PDF-1.4\n garbage")
    files = [good, korean, word, empty, binary, fake, broken_zip, truncated, fake_pdf]
    result = run("import", project, *files, "--coder", "lee")
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("annotator:")]
    assert len(errors) == 6
    for bad in (empty, binary, fake, broken_zip, truncated, fake_pdf):
        [line] = [e for e in errors if str(bad) in e]
        assert "Traceback" not in line
    assert "Traceback" not in result.err
    docs, counts = _snapshot(project)
    assert sorted(name for name, _ in docs) == ["good.txt", "korean-cp949.txt", "statement.docx"]
    with ProjectStore.open(project, readonly=True) as store:
        text = store.document_text(store.document_by_name("good.txt").guid)
        assert text == "그는 식당 일이라고 말했다.\n𠀀 😀 end"
        assert "브로커는 중국 식당에서" in store.document_text(
            store.document_by_name("korean-cp949.txt").guid
        )
        assert store.document_by_name("good.txt").imported_by == store.find_coder("lee").guid


def test_same_text_is_skipped_and_name_clashes_get_a_suffix(run, tmp_path: Path) -> None:
    project = tmp_path / "p.sqlite"
    run("new", project, "--codebook", "empty")
    a = tmp_path / "a" / "interview.txt"
    b = tmp_path / "b" / "interview.txt"
    c = tmp_path / "c" / "interview.txt"
    for path, text in ((a, "first"), (b, "second"), (c, "first")):
        path.parent.mkdir()
        path.write_text(text)
    assert run("import", project, a).code == 0
    result = run("import", project, b, c)
    assert result.code == 0
    assert "skipped" in result.err and "same text" in result.err
    docs, _ = _snapshot(project)
    assert [name for name, _ in docs] == ["interview.txt", "interview (2).txt"]


def test_a_failed_import_leaves_the_project_byte_for_byte(run, tmp_path: Path) -> None:
    project = tmp_path / "p.sqlite"
    run("new", project, "--codebook", "empty")
    (tmp_path / "x.txt").write_text("kept")
    run("import", project, tmp_path / "x.txt")
    before = _snapshot(project)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf at all")
    assert run("import", project, bad).code == 1
    assert _snapshot(project) == before
    info = json.loads(run("info", project, "--json").out)
    assert info["documents"] == 1

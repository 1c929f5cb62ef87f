"""The demo project: fictional testimonies, two coders, built reproducibly."""

from __future__ import annotations

from pathlib import Path

from annotator.core.codebook import CodeTree
from annotator.core.demo import build_demo
from annotator.core.resources import demo_dir
from annotator.core.store import ProjectStore


def _rows(path: Path) -> tuple:
    with ProjectStore.open(path, readonly=True) as store:
        docs = [(d.guid, d.name, d.sha256) for d in store.documents()]
        codings = [
            (c.guid, c.document, c.code, c.coder, c.start, c.end, c.created_at) for c in store.codings()
        ]
        return docs, codings, store.document_attributes()


def test_demo_builds_reproducibly_with_two_coders(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    counts = build_demo(first)
    build_demo(second)
    assert _rows(first) == _rows(second)
    assert 8 <= counts["documents"] <= 13 and counts["coders"] == 2 and counts["codings"] > 100
    with ProjectStore.open(first, readonly=True) as store:
        names = [d.name for d in store.documents()]
        assert any(n.endswith(".docx") for n in names) and any(n.endswith(".md") for n in names)
        assert any("-ko-" in n for n in names) and any("-en-" in n for n in names)
        for doc in store.documents():
            text = store.document_text(doc.guid)
            assert "FICTIONAL" in text.splitlines()[0].upper()
        assert any("\U00020000" in store.document_text(d.guid) for d in store.documents())
        tree = CodeTree(store.codes())
        for coding in store.codings()[:50]:
            assert tree.path(coding.code)  # every coding sits on a codebook code
        assert {c.name for c in store.coders()} == {"mina", "jun"}
        # a Korean testimony is linked to its English translation, aligned (first start shows it)
        [link] = store.translation_links()
        assert (link.original_language, link.translation_language) == ("ko", "en")
        assert sum(b.aligned for b in store.beads(link.translation)) > 20


def test_every_demo_file_is_marked_fictional() -> None:
    for path in demo_dir().iterdir():
        if path.suffix in (".txt", ".md"):
            assert "FICTIONAL" in path.read_text(encoding="utf-8").splitlines()[0].upper()

"""The program never opens a network connection: importing (documents, REFI-QDA), coding,
merging, agreement and every export run with every socket constructor replaced by one that
fails the test."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from annotator.core.analysis.agreement import agreement
from annotator.core.analysis.merge import merge_projects
from annotator.core.analysis.package import coder_for_package, make_package
from annotator.core.changes import ApplyCode, Autocode
from annotator.core.codebook import CodeTree
from annotator.core.demo import build_demo
from annotator.core.exporters import export, write_qdpx
from annotator.core.importers.importing import import_files
from annotator.core.project import create_project
from annotator.core.refi_qda import import_file
from annotator.core.store import ProjectStore


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    attempts: list[tuple] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError("the program tried to open a network socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_core_workflows_open_no_socket(tmp_path: Path, no_sockets: list[tuple]) -> None:
    demo = tmp_path / "demo.sqlite"
    build_demo(demo)
    html = tmp_path / "page.html"
    html.write_text(
        "<html><head><link rel='stylesheet' href='http://example.org/x.css'>"
        "<script src='https://example.org/a.js'></script></head>"
        "<body><img src='http://example.org/i.png'><p>Testimony text</p></body></html>"
    )
    with ProjectStore.open(demo) as store:
        report = import_files(store, [html])
        assert not report.failed
        tree = CodeTree(store.codes())
        coder = store.ensure_coder("lee").guid
        doc = report.imported[0]
        ApplyCode(
            document=doc.guid, start=0, end=9, code=tree.find("Means of control/Deception").guid, coder=coder
        ).apply(store)
        Autocode(code=tree.find("Actors").guid, pattern="broker", coder=coder).apply(store)
    package = tmp_path / "pkg.sqlite"
    make_package(demo, coder_for_package(demo, "lee"), package)
    merge_projects(demo, [package])
    with ProjectStore.open(demo, readonly=True) as store:
        agreement(store, ["mina", "jun"])
        for fmt in ("csv", "xlsx", "json", "html", "matrix", "cases"):
            export(
                store,
                fmt,
                tmp_path / f"out-{fmt}.{'csv' if fmt == 'cases' else 'xlsx' if fmt == 'matrix' else fmt}",
            )
        write_qdpx(store, tmp_path / "out.qdpx")
    fresh = create_project(tmp_path / "fresh.sqlite", codebook="empty")
    import_file(fresh, tmp_path / "out.qdpx")
    fresh.close()
    assert no_sockets == []

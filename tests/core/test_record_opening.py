"""Recording that a coder opened a warned document: only through ``record_opening``, only for
warned documents, in the hash-chained audit trail, and never on a read-only project."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.changes import SetDocumentWarnings
from annotator.core.content_warnings import OPENED_ACTION, record_opening
from annotator.core.errors import UsageError
from annotator.core.importers.common import ImportedText
from annotator.core.importers.importing import add_document
from annotator.core.project import create_project
from annotator.core.store import ProjectStore


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "p.sqlite"
    with create_project(path) as store:
        warned = add_document(store, ImportedText("She was sold at fourteen.", "txt", {}), name="w.txt").guid
        plain = add_document(store, ImportedText("She found work later.", "txt", {}), name="p.txt").guid
        coder = store.ensure_coder("mina").guid
        SetDocumentWarnings(warned, ["sexual violence", "violence against children"]).apply(store)
    return path, {"warned": warned, "plain": plain, "coder": coder}


def _opened(store: ProjectStore) -> list[dict[str, object]]:
    return [e for e in store.audit_entries() if e["action"] == OPENED_ACTION]


def test_opening_a_warned_document_appends_one_chained_entry(project) -> None:
    path, ids = project
    with ProjectStore.open(path) as store:
        found = record_opening(store, coder=ids["coder"], document=ids["warned"])
        assert found == {"sexual violence", "violence against children"}
        [entry] = _opened(store)
        assert entry["coder"] == ids["coder"]
        assert json.loads(str(entry["what"])) == {
            "document": ids["warned"],
            "warnings": ["sexual violence", "violence against children"],
        }
        assert store.audit_problems() == []  # the chain and its head still agree


def test_a_document_without_warnings_records_nothing(project) -> None:
    path, ids = project
    with ProjectStore.open(path) as store:
        before = len(store.audit_entries())
        assert record_opening(store, coder=ids["coder"], document=ids["plain"]) == frozenset()
        assert len(store.audit_entries()) == before


def test_a_read_only_project_records_nothing(project) -> None:
    path, ids = project
    with ProjectStore.open(path, readonly=True) as store:
        before = len(store.audit_entries())
        assert record_opening(store, coder=ids["coder"], document=ids["warned"])
        assert len(store.audit_entries()) == before


def test_an_entry_needs_a_coder(project) -> None:
    path, ids = project
    with ProjectStore.open(path) as store, pytest.raises(UsageError):
        record_opening(store, coder="", document=ids["warned"])

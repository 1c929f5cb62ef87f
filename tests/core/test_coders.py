"""One coder identity (issue 15, item 1): names resolve to the project's coder record, and only
GUIDs reach the columns that record who did something.

Before, the core took a name from the command line and a GUID from the app, so one person's
imports held "Mina" in one row and "46a586dc-…" in the next, and "mina" or a full-width
"ＭＩＮＡ" typed on another day became a second coder.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from annotator.core.analysis.merge import merge_into
from annotator.core.changes import AddCode, SetMemo
from annotator.core.errors import NotFound, UsageError
from annotator.core.importers.importing import import_files
from annotator.core.model import Coder, Document, coder_key, new_guid, utc_now
from annotator.core.project_data import ProjectData
from annotator.core.store import ProjectStore
from annotator.core.text import sha256_text


@pytest.mark.parametrize(
    "typed",
    ["Mina", "mina", "MINA", " mina ", "ＭＩＮＡ", "ｍｉｎａ", "Ｍｉｎａ"],
)
def test_a_name_finds_its_coder_in_any_case_and_width(store: ProjectStore, typed: str) -> None:
    mina = store.resolve_coder("Mina", create=True)
    assert store.resolve_coder(typed) == mina
    assert store.coders() == [mina]


def test_hangul_matches_in_any_normalisation_form_and_width(store: ProjectStore) -> None:
    composed = store.resolve_coder("김민아", create=True)
    assert store.resolve_coder(unicodedata.normalize("NFD", "김민아")) == composed
    assert coder_key("ﾊﾝ") == coder_key("ハン")  # half-width katakana is the full-width letter
    assert coder_key("Kim  Min-a") == coder_key("kim min-a")  # runs of spaces are one space


def test_a_coder_is_created_only_when_asked(store: ProjectStore) -> None:
    store.resolve_coder("Jun", create=True)
    with pytest.raises(NotFound, match="no coder named 'Sol'") as info:
        store.resolve_coder("Sol")
    assert "Jun" in str(info.value) and "\n" not in str(info.value)
    assert [c.name for c in store.coders()] == ["Jun"]
    created = store.resolve_coder("  Sol\u3000", create=True)  # trimmed, ideographic space too
    assert created.name == "Sol" and store.find_coder("SOL") == created


@pytest.mark.parametrize("blank", ["", "   ", "\u3000", "\t\n"])
def test_a_blank_name_is_refused(store: ProjectStore, blank: str) -> None:
    with pytest.raises(UsageError, match="needs a name"):
        store.resolve_coder(blank, create=True)
    assert store.coders() == []


def test_two_coders_differing_only_in_case_are_told_apart_or_refused(store: ProjectStore) -> None:
    """An old file may hold both "Mina" and "mina" (made by the CLI and the app): an exact
    name still finds its own row, and a name that could be either is refused in one line."""
    with store.atomic():
        store.insert_coder(Coder(new_guid(), "Mina"))
        store.insert_coder(Coder(new_guid(), "mina"))
    assert store.resolve_coder("mina").name == "mina"
    assert store.resolve_coder("Mina").name == "Mina"
    with pytest.raises(UsageError, match="several coders") as info:
        store.resolve_coder("MINA")
    assert "'Mina'" in str(info.value) and "'mina'" in str(info.value)


def test_names_never_reach_a_coder_column(store: ProjectStore, add_text) -> None:
    """The store refuses a name where a GUID belongs: a front end or core path that still
    passed one would fail at once in the tests instead of writing a mixed column."""
    mina = store.resolve_coder("Mina", create=True)
    with pytest.raises(ValueError, match="GUID"), store.atomic():
        store.audit("test", {}, coder="Mina")
    text = "The broker promised work."
    doc = Document(
        new_guid(), "a.txt", sha256_text(text), len(text), imported_at=utc_now(), imported_by="Mina"
    )
    with pytest.raises(ValueError, match="GUID"), store.atomic():
        store.insert_document(doc, text)
    with pytest.raises(ValueError, match="GUID"), store.atomic():
        store.write_memo("project", "", "a note", "Mina")
    with store.atomic():  # a GUID (or nobody) is fine
        store.audit("test", {}, coder=mina.guid)
        store.audit("test", {}, coder="")


def test_import_memo_and_audit_record_the_coders_guid(store: ProjectStore, tmp_path: Path) -> None:
    mina = store.resolve_coder("Mina", create=True)
    source = tmp_path / "a.txt"
    source.write_text("We crossed the river at night.", encoding="utf-8")
    report = import_files(store, [source], coder=mina)
    assert [d.imported_by for d in report.imported] == [mina.guid]
    assert store.documents()[0].imported_by == mina.guid
    SetMemo("project", "", "first note", by=mina.guid).apply(store)
    assert store.memo("project", "").updated_by == mina.guid
    coders = {e["coder"] for e in store.audit_entries()}
    assert coders <= {"", mina.guid} and mina.guid in coders


def test_merging_maps_who_imported_and_who_wrote_a_memo_to_the_targets_coders(store: ProjectStore) -> None:
    """A source's coder matched by name gets the target's GUID in every column, not only codings;
    a GUID the source cannot explain (a coder it does not hold) is not carried over."""
    mina = store.resolve_coder("Mina", create=True)
    theirs = Coder(new_guid(), "mina")  # the same person, made in a coder's own copy
    text = "They took my papers."
    doc = Document(new_guid(), "b.txt", sha256_text(text), len(text), imported_by=theirs.guid)
    stray = Document(new_guid(), "c.txt", sha256_text("x"), 1, imported_by=new_guid())
    code = AddCode("Documents taken").code
    data = ProjectData(name="copy", coders=[theirs], documents=[(doc, text), (stray, "x")], codes=[code])
    from annotator.core.model import Memo  # noqa: PLC0415

    data.memos = [Memo("project", "", "their note", utc_now(), theirs.guid)]
    merge_into(store, data, by=mina)
    assert {d.name: d.imported_by for d in store.documents()} == {"b.txt": mina.guid, "c.txt": ""}
    assert store.memo("project", store.info().guid).updated_by == mina.guid
    assert store.coders() == [mina]
    assert store.audit_entries()[-1]["coder"] == mina.guid


def test_accepting_a_version_into_the_consensus_is_recorded_as_the_lead(
    store: ProjectStore, add_text
) -> None:
    """The consensus layer owns the copied codings; the audit trail names who decided."""
    from annotator.core.analysis.agreement.report import Disagreement  # noqa: PLC0415
    from annotator.core.analysis.consensus import CONSENSUS, accept_version  # noqa: PLC0415
    from annotator.core.changes import ApplyCode  # noqa: PLC0415

    doc = add_text("The broker promised work.")
    add = AddCode("Deception")
    add.apply(store)
    mina, lead = store.resolve_coder("Mina", create=True), store.resolve_coder("Lead", create=True)
    layer = store.resolve_coder(CONSENSUS, create=True)
    ApplyCode(document=doc.guid, start=4, end=10, code=add.code.guid, coder=mina.guid).apply(store)
    passage = Disagreement(doc.guid, doc.name, add.code.guid, "Deception", 4, 10, ("Mina",), ("Jun",))
    change = accept_version(
        store, passage, source=mina.guid, source_name="Mina", consensus=layer.guid, by=lead.guid
    )
    assert change is not None
    change.apply(store)
    assert [c.coder for c in store.codings() if c.coder == layer.guid]  # the layer holds the copy
    assert store.audit_entries()[-1]["action"] == "apply code"
    assert store.audit_entries()[-1]["coder"] == lead.guid

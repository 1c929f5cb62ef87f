"""Cases as undoable changes: each one step, one audit entry, and undone exactly.

"Exactly" is checked on whole table dumps: after apply → revert the project file holds the
same rows as before (the audit log aside, which only grows), and redo gives the same rows
as the first apply.
"""

from __future__ import annotations

import pytest

from annotator.core.changes import (
    AddCase,
    CaseConflict,
    Change,
    DeleteCase,
    DeleteCode,
    EditCase,
    LinkCodings,
    LinkDocuments,
    MergeCases,
    MergeCodes,
    RemoveCodings,
    UnlinkCodings,
    UnlinkDocuments,
)
from annotator.core.errors import AnnotatorError, NotFound, UsageError
from annotator.core.model import Coder, Coding, new_guid
from annotator.core.store import ProjectStore

AUDIT = ("audit_log", "audit_head", "sqlite_sequence")


def dump(store: ProjectStore) -> dict[str, list[tuple[object, ...]]]:
    tables = [
        r[0]
        for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if r[0] not in AUDIT and not r[0].startswith("sqlite_")
    ]
    return {t: sorted(store.conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


def roundtrip(store: ProjectStore, change: Change) -> None:
    """Apply, undo, redo, undo: every undo gives the rows of before, every redo those of apply."""
    before = dump(store)
    entries = store.audit_count()
    change.apply(store)
    assert store.audit_count() == entries + 1
    after = dump(store)
    assert after != before
    change.revert(store)
    assert dump(store) == before
    change.apply(store)
    assert dump(store) == after
    change.revert(store)
    assert dump(store) == before
    change.apply(store)


@pytest.fixture
def project(store: ProjectStore, add_text, add_code):
    coder = Coder(new_guid(), "Mina")
    with store.atomic():
        store.insert_coder(coder)
    doc = add_text("Both of us were sold. Sun-hee was sold to a farmer. I ran away.")
    second = add_text("Second interview.", name="second.txt")
    sale = add_code("Sale")
    escape = add_code("Escape")
    codings = [
        Coding(new_guid(), doc.guid, sale, coder.guid, 0, 21),
        Coding(new_guid(), doc.guid, sale, coder.guid, 22, 51),
        Coding(new_guid(), doc.guid, escape, coder.guid, 52, 63),
        Coding(new_guid(), doc.guid, escape, coder.guid, 0, 21),  # same passage, another code
    ]
    with store.atomic():
        store.insert_codings(codings)
    return store, coder, doc, second, (sale, escape), codings


def _add(store: ProjectStore, label: str, by: str = "", **kw) -> str:
    change = AddCase(label, by=by, **kw)
    change.apply(store)
    return change.case.guid


def test_add_edit_delete_undo_exactly(project) -> None:
    store, coder, doc, *_ = project
    roundtrip(store, AddCase("Victim A", attributes={"gender": "female"}, by=coder.guid))
    a = store.case_by_label("victim a")
    assert a is not None and a.created_by == coder.guid and a.role == "victim"
    roundtrip(
        store,
        EditCase(
            a.guid,
            label="Victim A (Kim)",
            role="other",
            memo="older sister",
            attributes={"gender": None, "year of birth": "1994"},
            types={"year of birth": "number"},
        ),
    )
    assert store.case_attribute_rows(a.guid)[0].type == "number"
    LinkDocuments(a.guid, [doc.guid]).apply(store)
    roundtrip(store, DeleteCase(a.guid))
    assert store.cases() == []


def test_links_undo_only_what_they_changed(project) -> None:
    store, _coder, doc, second, _codes, codings = project
    a = _add(store, "Victim A")
    LinkDocuments(a, [doc.guid]).apply(store)
    roundtrip(store, LinkDocuments(a, [doc.guid, second.guid]))  # doc was linked before: stays
    assert store.case_documents(a) == [doc.guid, second.guid]
    roundtrip(store, UnlinkDocuments(a, [second.guid]))
    roundtrip(store, LinkCodings(a, [codings[0].guid, codings[3].guid]))
    roundtrip(store, UnlinkCodings(a, [codings[0].guid]))
    with pytest.raises(UsageError, match="already linked"):
        LinkDocuments(a, [doc.guid]).apply(store)
    with pytest.raises(NotFound):
        LinkDocuments(a, ["no-such-document"]).apply(store)


def test_a_passage_belongs_to_two_cases(project) -> None:
    store, _coder, doc, _second, _codes, codings = project
    a, b = _add(store, "Victim A"), _add(store, "Victim B")
    for case in (a, b):
        LinkDocuments(case, [doc.guid]).apply(store)
    LinkCodings(a, [codings[0].guid]).apply(store)
    LinkCodings(b, [codings[0].guid, codings[1].guid]).apply(store)
    of_a, of_b = store.codings_of_case(a), store.codings_of_case(b)
    assert {c.guid for c in of_a} == {codings[0].guid, codings[3].guid, codings[2].guid}
    assert {c.guid for c in of_b} == {codings[0].guid, codings[3].guid, codings[1].guid, codings[2].guid}
    assert [c.start for c in of_b] == [0, 0, 22, 52]  # text order
    # codings[3] (same span as codings[0], another code) is linked to no case: it stays with both


def test_bad_labels_roles_and_values_are_refused_before_anything_is_stored(project) -> None:
    store, *_ = project
    _add(store, "Victim A")
    before = dump(store)
    for bad in (
        lambda: AddCase("   "),
        lambda: AddCase("A\u202eB"),
        lambda: AddCase("x" * 500),
        lambda: AddCase("Victim C", role="bystander"),
        lambda: AddCase(
            "Victim C", attributes={"year of birth": "nineteen"}, types={"year of birth": "number"}
        ),
        lambda: AddCase("Victim C", attributes={"gender": "f", "Gender": "m"}),
    ):
        with pytest.raises(UsageError):
            bad()
    with pytest.raises(UsageError, match="already a case"):
        AddCase("VICTIM a").apply(store)
    assert dump(store) == before


def test_removing_codings_drops_their_links_and_undo_brings_them_back(project) -> None:
    store, _coder, _doc, _second, (sale, _escape), codings = project
    a, b = _add(store, "Victim A"), _add(store, "Victim B")
    LinkCodings(a, [codings[0].guid, codings[2].guid]).apply(store)
    LinkCodings(b, [codings[0].guid]).apply(store)
    remove = RemoveCodings([codings[0].guid])
    roundtrip(store, remove)  # ends applied
    assert store.case_codings(b) == []
    remove.revert(store)
    assert store.case_codings(b) == [codings[0].guid]
    # Deleting a code takes its codings, and their links, with it; undo restores both.
    roundtrip(store, DeleteCode(sale))
    assert store.case_coding_links() == [(a, codings[2].guid)]


def test_merging_codes_carries_a_dropped_duplicates_cases_to_the_survivor(project) -> None:
    store, _coder, _doc, _second, (sale, escape), codings = project
    a = _add(store, "Victim A")
    LinkCodings(a, [codings[3].guid]).apply(store)  # Escape on 0–21, which Sale also has
    roundtrip(store, MergeCodes(escape, sale))
    assert store.case_codings(a) == [codings[0].guid]  # the Sale coding of the same passage


def test_merge_cases_moves_links_and_attributes_and_undoes_exactly(project) -> None:
    store, coder, doc, second, _codes, codings = project
    a = _add(store, "Victim A", attributes={"gender": "female"}, memo="from the first interview")
    dup = _add(store, "Kim (second interview)", attributes={"Gender": "Female", "citizenship": "DPRK"})
    LinkDocuments(a, [doc.guid]).apply(store)
    LinkDocuments(dup, [doc.guid, second.guid]).apply(store)
    LinkCodings(dup, [codings[1].guid]).apply(store)
    roundtrip(store, MergeCases(dup, a, by=coder.guid))
    assert store.case_by_label("Kim (second interview)") is None
    assert store.case_attributes(a) == {"citizenship": "DPRK", "gender": "female"}
    assert store.case_documents(a) == [doc.guid, second.guid]
    assert store.case_codings(a) == [codings[1].guid]


def test_merge_cases_with_conflicting_values_is_refused_or_keeps_both_in_the_memo(project) -> None:
    store, *_ = project
    a = _add(store, "Victim A", attributes={"year of birth": "1994"}, types={"year of birth": "number"})
    b = _add(store, "Victim B", role="perpetrator", attributes={"year of birth": "1990"})
    before = dump(store)
    with pytest.raises(CaseConflict) as refused:
        MergeCases(b, a).apply(store)
    assert refused.value.conflicts == [("role", "victim", "perpetrator"), ("year of birth", "1994", "1990")]
    assert dump(store) == before
    roundtrip(store, MergeCases(b, a, confirm=True))
    kept = store.case(a)
    assert store.case_attributes(a) == {"year of birth": "1994"}
    assert "'1990'" in kept.memo and "perpetrator" in kept.memo


def test_a_failed_change_leaves_no_audit_entry(project) -> None:
    store, *_ = project
    entries = store.audit_count()
    with pytest.raises(AnnotatorError):
        EditCase("nope", label="x").apply(store)
    assert store.audit_count() == entries
    with pytest.raises(NotFound):
        DeleteCase("nope").apply(store)
    assert store.audit_count() == entries

"""Reversible changes: each applies in one transaction, reverts exactly, and reports what it touched."""

from __future__ import annotations

import pytest

from annotator.core.changes import (
    AddCode,
    ApplyCode,
    Autocode,
    Composite,
    DeleteCode,
    EditCode,
    EditCoding,
    InVivoCode,
    MergeCodes,
    MoveCode,
    RemoveCodings,
    SetAttribute,
    SetMemo,
    in_vivo_name,
)
from annotator.core.codebook import CodeTree
from annotator.core.errors import AlreadyCoded, CodebookError, InvalidSpan, UsageError
from annotator.core.store import ProjectStore

KOREAN = "그는 식당 일이라고 말했다. 𠀀 마을에서 😀 팔려 갔다."


def _state(store: ProjectStore) -> tuple:
    """Everything a change may touch, to compare before/after an undo."""
    return (
        sorted(store.codes(), key=lambda c: c.guid),
        store.codings(),
        store.memos(),
        store.document_attributes(),
        store.attributes(),
    )


@pytest.fixture
def coder(store: ProjectStore) -> str:
    return store.ensure_coder("lee").guid


def test_apply_code_stores_the_exact_code_point_span(store, add_text, add_code, coder) -> None:
    doc = add_text(KOREAN)
    code = add_code("Sold")
    start = KOREAN.index("팔려")
    change = ApplyCode(document=doc.guid, start=start, end=start + 5, code=code, coder=coder)
    changed = change.apply(store)
    [coding] = store.codings()
    assert store.document_text(doc.guid)[coding.start : coding.end] == "팔려 갔다"
    assert changed.documents == {doc.guid} and changed.codings == {coding.guid}
    # No code's own fields changed (codes is empty); its count moved by one, as the tally says.
    assert changed.codes == frozenset() and changed.tally == ((doc.guid, code, coder, +1),)
    assert change.revert(store).tally == ((doc.guid, code, coder, -1),)
    assert store.codings() == []
    change.apply(store)  # redo keeps the same identity
    assert store.codings()[0].guid == coding.guid


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 5), (6, 4), (0, 10_000)])
def test_invalid_spans_are_refused(store, add_text, add_code, coder, start, end) -> None:
    doc = add_text("short text")
    code = add_code("A")
    with pytest.raises(InvalidSpan):
        ApplyCode(document=doc.guid, start=start, end=end, code=code, coder=coder).apply(store)
    assert store.codings() == []


def test_the_same_coding_twice_is_refused_but_overlaps_are_free(store, add_text, add_code, coder) -> None:
    doc = add_text("one two three four")
    a, b = add_code("A"), add_code("B")
    ApplyCode(document=doc.guid, start=0, end=7, code=a, coder=coder).apply(store)
    with pytest.raises(AlreadyCoded):
        ApplyCode(document=doc.guid, start=0, end=7, code=a, coder=coder).apply(store)
    ApplyCode(document=doc.guid, start=4, end=13, code=a, coder=coder).apply(store)
    ApplyCode(document=doc.guid, start=0, end=7, code=b, coder=coder).apply(store)
    assert len(store.codings()) == 3
    assert {c.start for c in store.codings_overlapping(doc.guid, 5, 6)} == {0, 4}


def test_remove_resize_recode_and_memo_undo_exactly(store, add_text, add_code, coder) -> None:
    doc = add_text("alpha beta gamma delta")
    a, b = add_code("A"), add_code("B")
    ApplyCode(document=doc.guid, start=0, end=5, code=a, coder=coder, memo="first").apply(store)
    [coding] = store.codings()
    for change in (
        RemoveCodings([coding.guid]),
        EditCoding(coding.guid, start=6, end=10),
        EditCoding(coding.guid, code=b),
        EditCoding(coding.guid, memo="edited"),
    ):
        before = _state(store)
        change.apply(store)
        assert _state(store) != before
        change.revert(store)
        assert _state(store) == before
    with pytest.raises(InvalidSpan):
        EditCoding(coding.guid, start=3, end=3).apply(store)


def test_autocode_codes_every_match_once_as_one_step(store, add_text, add_code, coder) -> None:
    d1 = add_text("He promised restaurant work. Later he promised factory work.", "a.txt")
    d2 = add_text("Nothing here.", "b.txt")
    code = add_code("Deception")
    change = Autocode(code=code, pattern=r"promised \w+ work", coder=coder)
    changed = change.apply(store)
    spans = [(c.document, c.start, c.end) for c in store.codings()]
    text = store.document_text(d1.guid)
    assert [text[s:e] for _, s, e in spans] == ["promised restaurant work", "promised factory work"]
    assert changed.documents == {d1.guid} and d2.guid not in changed.documents
    again = Autocode(code=code, pattern=r"promised \w+ work", coder=coder)
    again.apply(store)  # existing codings are not doubled
    assert len(store.codings()) == 2 and again.added == []
    change.revert(store)
    assert store.codings() == []
    with pytest.raises(UsageError, match="invalid pattern"):
        Autocode(code=code, pattern="(", coder=coder)


def test_add_rename_recolour_and_shortcut(store, add_code) -> None:
    group = add_code("Means of control")
    with pytest.raises(CodebookError, match="already exists"):
        AddCode("means of control").apply(store)
    child = AddCode("Deception", parent=group)
    child.apply(store)
    # A colour of the group's family, unlike the group's own (see test_palette.py).
    assert store.code(child.code.guid).color != store.code(group).color
    before = _state(store)
    rename = EditCode(child.code.guid, name="Lies")
    rename.apply(store)
    assert CodeTree(store.codes()).find("Means of control/Lies")
    rename.revert(store)
    assert _state(store) == before
    with pytest.raises(CodebookError, match="'/'"):
        EditCode(group, name="a/b")
    EditCode(group, shortcut="1").apply(store)
    steal = EditCode(child.code.guid, shortcut="1")
    steal.apply(store)
    assert store.code(group).shortcut == "" and store.code(child.code.guid).shortcut == "1"
    steal.revert(store)
    assert store.code(group).shortcut == "1"


def test_move_reorder_and_cycles(store, add_code) -> None:
    a, b, c = add_code("A"), add_code("B"), add_code("C")
    a1 = add_code("A1", parent=a)
    before = _state(store)
    move = MoveCode(c, parent=None, position=0)
    move.apply(store)
    assert [x.name for x in CodeTree(store.codes()).children(None)] == ["C", "A", "B"]
    move.revert(store)
    assert _state(store) == before
    reparent = MoveCode(b, parent=a1)
    reparent.apply(store)
    assert CodeTree(store.codes()).path(b) == "A/A1/B"
    with pytest.raises(CodebookError, match="inside itself"):
        MoveCode(a, parent=b).apply(store)
    reparent.revert(store)
    assert _state(store) == before


def test_merge_moves_codings_and_children_without_doubling(store, add_text, add_code, coder) -> None:
    doc = add_text("one two three four five")
    src, dst = add_code("Lies"), add_code("Deception")
    kid = add_code("About pay", parent=src)
    SetMemo("code", src, "merge me").apply(store)
    ApplyCode(document=doc.guid, start=0, end=3, code=src, coder=coder).apply(store)
    ApplyCode(document=doc.guid, start=4, end=7, code=src, coder=coder).apply(store)
    ApplyCode(document=doc.guid, start=4, end=7, code=dst, coder=coder).apply(store)  # duplicate span
    before = _state(store)
    merge = MergeCodes(src, dst)
    merge.apply(store)
    assert not store.has_code(src)
    assert sorted((c.start, c.code) for c in store.codings()) == [(0, dst), (4, dst)]
    assert store.code(kid).parent == dst
    assert "merge me" in store.memo("code", dst).text
    merge.revert(store)
    assert _state(store) == before


def test_delete_code_takes_its_codings_and_undo_restores_all(store, add_text, add_code, coder) -> None:
    doc = add_text("one two three")
    group = add_code("G")
    kid = add_code("K", parent=group)
    ApplyCode(document=doc.guid, start=0, end=3, code=kid, coder=coder).apply(store)
    SetMemo("code", kid, "note").apply(store)
    before = _state(store)
    delete = DeleteCode(group)
    changed = delete.apply(store)
    assert store.codes() == [] and store.codings() == [] and store.memos() == []
    assert changed.documents == {doc.guid}
    delete.revert(store)
    assert _state(store) == before


def test_in_vivo_creates_a_code_named_by_the_words(store, add_text, coder) -> None:
    doc = add_text("She said: “they sold me / for 3,000 yuan” and cried.")
    start = doc_text_index = store.document_text(doc.guid).index("they")
    end = store.document_text(doc.guid).index("”")
    change = InVivoCode(document=doc.guid, start=start, end=end, coder=coder)
    change.apply(store)
    [code] = store.codes()
    assert code.name == "they sold me ∕ for 3,000 yuan"
    assert store.codings()[0].start == doc_text_index
    change.revert(store)
    assert store.codes() == [] and store.codings() == []
    assert len(in_vivo_name("word " * 40)) <= 60


def test_attributes_and_memos_undo(store, add_text) -> None:
    doc = add_text("text")
    before = _state(store)
    age = SetAttribute(document=doc.guid, name="age_at_exploitation", value="17", type="number")
    age.apply(store)
    assert store.document_attributes() == {doc.guid: {"age_at_exploitation": "17"}}
    with pytest.raises(UsageError, match="not a number"):
        SetAttribute(document=doc.guid, name="age_at_exploitation", value="seventeen").apply(store)
    age.revert(store)
    assert _state(store) == before
    memo = SetMemo("document", doc.guid, "Interview 3, second session")
    memo.apply(store)
    assert store.memo("document", doc.guid).text == "Interview 3, second session"
    memo.revert(store)
    assert store.memo("document", doc.guid) is None


def test_a_failing_step_rolls_back_the_whole_composite(store, add_text, add_code, coder) -> None:
    doc = add_text("abc def")
    code = add_code("A")
    before = _state(store)
    bad = Composite(
        [
            ApplyCode(document=doc.guid, start=0, end=3, code=code, coder=coder),
            ApplyCode(document=doc.guid, start=5, end=99, code=code, coder=coder),
        ],
        "two",
    )
    with pytest.raises(InvalidSpan):
        bad.apply(store)
    assert _state(store) == before


def test_every_change_is_in_the_audit_log(store, add_text, add_code, coder) -> None:
    doc = add_text("abc def")
    code = add_code("A")
    change = ApplyCode(document=doc.guid, start=0, end=3, code=code, coder=coder)
    change.apply(store)
    change.revert(store)
    actions = [e["action"] for e in store.audit_entries()]
    assert actions[-2:] == ["apply code", "undo apply code"]
    assert store.audit_entries()[-1]["coder"] == coder


def test_a_folder_that_is_not_codable_cannot_be_applied(store, add_text, add_code, coder) -> None:
    doc = add_text("some words")
    folder = add_code("Folder", codable=False)
    with pytest.raises(UsageError, match="folder"):
        ApplyCode(document=doc.guid, start=0, end=4, code=folder, coder=coder).apply(store)
    assert store.codings() == []

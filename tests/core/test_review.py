"""Reviewing disagreements without Qt: boundary-only differences, the two versions compared,
and a reviewer's decisions on the consensus layer (annotator.core.analysis.review, consensus)."""

from __future__ import annotations

import pytest

from annotator.core.analysis.agreement import disagreements_from_spans
from annotator.core.analysis.agreement.report import Disagreement
from annotator.core.analysis.consensus import CONSENSUS, decide
from annotator.core.analysis.review import Piece, compare_versions, review_items
from annotator.core.changes import AddCode, ApplyCode
from annotator.core.store import ProjectStore

LENGTHS = {"d": 200}


def _items(mina: list[tuple[int, int]], jun: list[tuple[int, int]], tolerance: int = 3):  # type: ignore[no-untyped-def]
    spans = {
        "mina": [("d", "c", s, e) for s, e in mina],
        "jun": [("d", "c", s, e) for s, e in jun],
    }
    passages = disagreements_from_spans(spans, LENGTHS, include_agreements=True)
    return [(i.disagreement.start, i.disagreement.end, i.boundary) for i in review_items(passages, tolerance)]


def test_an_edge_moved_by_fewer_than_n_characters_is_boundary_only() -> None:
    # mina took the full stop and the space (2 characters more at the end, 1 at the start)
    assert _items([(10, 52)], [(11, 50)]) == [(10, 11, True), (50, 52, True)]


def test_an_edge_moved_by_n_characters_or_more_is_a_disagreement() -> None:
    assert _items([(10, 53)], [(10, 50)]) == [(50, 53, False)]
    assert _items([(10, 53)], [(10, 50)], tolerance=4) == [(50, 53, True)]


def test_a_short_coding_the_other_coder_never_made_stays_a_disagreement() -> None:
    assert _items([(10, 12), (100, 150)], [(100, 150)]) == [(10, 12, False)]


def test_a_small_gap_inside_a_shared_passage_is_boundary_only() -> None:
    assert _items([(10, 50)], [(10, 25), (27, 50)]) == [(25, 27, True)]


def test_tolerance_zero_treats_nothing_as_boundary() -> None:
    assert _items([(10, 52)], [(11, 50)], tolerance=0) == [(10, 11, False), (50, 52, False)]


def test_without_the_agreed_passages_nothing_is_boundary_only() -> None:
    spans = {"mina": [("d", "c", 10, 52)], "jun": [("d", "c", 11, 50)]}
    only_differences = disagreements_from_spans(spans, LENGTHS)
    assert [i.boundary for i in review_items(only_differences)] == [False, False]


def test_another_code_or_document_does_not_make_a_boundary() -> None:
    spans = {
        "mina": [("d", "c", 10, 50), ("d", "k", 50, 52)],
        "jun": [("d", "c", 10, 50)],
    }
    passages = disagreements_from_spans(spans, LENGTHS, include_agreements=True)
    assert [(i.disagreement.code, i.boundary) for i in review_items(passages)] == [("k", False)]


@pytest.mark.parametrize(
    ("mine", "theirs", "expected"),
    [
        ([(10, 20)], [(12, 20)], [Piece(10, 12, True, False), Piece(12, 20, True, True)]),
        (
            [(12, 20)],
            [(10, 25)],
            [Piece(10, 12, False, True), Piece(12, 20, True, True), Piece(20, 25, False, True)],
        ),
        ([(10, 20)], [], [Piece(10, 20, True, False)]),
        ([], [], []),
        (  # two codings of mine with a gap neither coded, and touching codings joined
            [(10, 15), (15, 18), (30, 40)],
            [(35, 40)],
            [
                Piece(10, 18, True, False),
                Piece(18, 30, False, False),
                Piece(30, 35, True, False),
                Piece(35, 40, True, True),
            ],
        ),
    ],
)
def test_compare_versions_marks_what_one_coder_included_and_the_other_did_not(
    mine: list[tuple[int, int]], theirs: list[tuple[int, int]], expected: list[Piece]
) -> None:
    pieces = compare_versions(mine, theirs)
    assert pieces == expected
    assert [p.only_mine for p in pieces] == [p.mine and not p.theirs for p in expected]


def _setup(store: ProjectStore, add_text):  # type: ignore[no-untyped-def]
    doc = add_text("The broker promised work in a restaurant. They took my papers at the border.")
    add = AddCode("Deception")
    add.apply(store)
    mina, jun = (store.resolve_coder(n, create=True) for n in ("mina", "jun"))
    lead = store.resolve_coder("lead", create=True)
    layer = store.resolve_coder(CONSENSUS, create=True)
    ApplyCode(document=doc.guid, start=4, end=41, code=add.code.guid, coder=mina.guid).apply(store)
    ApplyCode(document=doc.guid, start=11, end=41, code=add.code.guid, coder=jun.guid).apply(store)
    d = Disagreement(doc.guid, doc.name, add.code.guid, "Deception", 4, 11, ("mina",), ("jun",))
    return d, mina, jun, lead, layer


def _layer(store: ProjectStore, layer) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return sorted((c.start, c.end) for c in store.codings(coder=layer.guid))


def test_each_decision_is_one_step_even_when_the_layer_already_follows(store: ProjectStore, add_text) -> None:
    d, mina, jun, lead, layer = _setup(store, add_text)
    both = [mina.guid, jun.guid]
    take_jun = decide(
        store, d, chosen=jun.guid, chosen_name="jun", coders=both, consensus=layer.guid, by=lead.guid
    )
    take_jun.apply(store)  # jun's version: not coded at 4-11, and the layer is empty already
    assert not take_jun.changes_consensus and _layer(store, layer) == []
    assert store.audit_entries()[-1]["action"] == "review decision"
    assert store.audit_entries()[-1]["coder"] == lead.guid
    take_jun.revert(store)
    assert store.audit_entries()[-1]["action"] == "undo review decision"

    take_mina = decide(
        store, d, chosen=mina.guid, chosen_name="mina", coders=both, consensus=layer.guid, by=lead.guid
    )
    assert take_mina.label == "Accept mina's version"
    take_mina.apply(store)
    assert _layer(store, layer) == [(4, 41)]
    take_mina.revert(store)
    assert _layer(store, layer) == []


def test_neither_removes_the_code_across_both_versions(store: ProjectStore, add_text) -> None:
    d, mina, jun, lead, layer = _setup(store, add_text)
    both = [mina.guid, jun.guid]
    ApplyCode(document=d.document, start=0, end=60, code=d.code, coder=layer.guid).apply(store)
    neither = decide(store, d, chosen=None, coders=both, consensus=layer.guid, by=lead.guid)
    assert neither.label == "Accept neither version"
    neither.apply(store)
    assert _layer(store, layer) == [(0, 4), (41, 60)]  # outside both versions it stays as it was
    neither.revert(store)
    assert _layer(store, layer) == [(0, 60)]


def test_each_version_is_shown_whole_around_the_passage(store: ProjectStore, add_text) -> None:
    """mina coded a sentence whole, jun only its second half: on the first half (where only mina
    has the code) jun's version is still the second half, not "nothing"."""
    from annotator.core.analysis.consensus import around  # noqa: PLC0415

    d, mina, jun, _lead, _layer = _setup(store, add_text)
    ApplyCode(document=d.document, start=41, end=60, code=d.code, coder=jun.guid).apply(store)  # touches
    ApplyCode(document=d.document, start=70, end=75, code=d.code, coder=mina.guid).apply(store)  # apart
    got = around(store, d, [mina.guid, jun.guid])
    assert [[(c.start, c.end) for c in v] for v in got] == [[(4, 41)], [(11, 41), (41, 60)]]

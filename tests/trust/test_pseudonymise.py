"""Pseudonymisation: consistent replacement across documents; the project is never changed."""

from __future__ import annotations

from annotator.core.pseudonymise import (
    Pseudonym,
    SetPseudonyms,
    age_band,
    load_pseudonyms,
    make_pseudonymiser,
)


def test_replacements_are_consistent_whole_word_and_longest_first() -> None:
    apply = make_pseudonymiser(
        [
            Pseudonym("Kim Ok-sun", "Participant 3"),
            Pseudonym("Kim", "K."),
            Pseudonym("Ann", "Person A"),
            Pseudonym("김옥순", "참여자3", "name"),
            Pseudonym("Yanji", "City 1", "place"),
        ]
    )
    text = "Kim Ok-sun met Kim and Ann in YANJI. The annex, Annette. 김옥순은 연길에 있었다."
    assert apply(text) == (
        "Participant 3 met K. and Person A in City 1. The annex, Annette. 참여자3은 연길에 있었다."
    )
    assert apply("no identifiers here") == "no identifiers here"
    # a replacement is never itself replaced again
    assert make_pseudonymiser([Pseudonym("A", "B"), Pseudonym("B", "C")])("A B") == "B C"


def test_age_bands_follow_ctdc() -> None:
    assert [age_band(v) for v in ("5", "17", "18", "29", "48", "73", "unknown")] == [
        "0--8",
        "9--17",
        "18--20",
        "27--29",
        "48+",
        "48+",
        "unknown",
    ]


def test_the_list_is_stored_undoably_and_audited_without_the_names(store) -> None:
    change = SetPseudonyms([Pseudonym("Kim Ok-sun", "Participant 3")])
    change.apply(store)
    assert load_pseudonyms(store) == [Pseudonym("Kim Ok-sun", "Participant 3")]
    assert "Kim" not in store.audit_entries()[-1]["what"]
    change.revert(store)
    assert load_pseudonyms(store) == []

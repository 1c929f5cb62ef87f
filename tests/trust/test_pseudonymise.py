"""Pseudonymisation: consistent replacement across documents; the project is never changed.

Names are found as a reader sees them: in NFC or NFD, in any case, across runs of white
space and line breaks; a rewritten document keeps every coding's span right."""

from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.errors import UsageError
from annotator.core.nfc import NfcView
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


# -- matching as a reader sees the text (issue 9, item 7) ------------------------------------------

NFD = "NFD"
LIST = [
    Pseudonym("Kim Ok-sun", "Participant 3"),
    Pseudonym("김옥순", "참여자3"),
    Pseudonym("José Ruiz", "Participant 4"),
    Pseudonym("Yanji", "City 1", "place"),
]


def nfd(text: str) -> str:
    return unicodedata.normalize(NFD, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim  Ok-sun said", "Participant 3 said"),  # doubled space
        ("Kim\nOk-sun said", "Participant 3 said"),  # across a line break
        ("Kim \t\u00a0Ok-sun", "Participant 3"),  # any run of white space
        ("KIM OK-SUN", "Participant 3"),  # case as before
        (nfd("김옥순은 연길에"), "참여자3" + nfd("은 연길에")),  # decomposed Hangul; the rest untouched
        ("김옥순" + nfd("은"), "참여자3" + nfd("은")),
        (nfd("José Ruiz came"), "Participant 4 came"),  # decomposed Latin
        (nfd("josé\n\nruiz"), "Participant 4"),
        ("Yanjiang and Yanji", "Yanjiang and City 1"),  # whole words for Latin script, as before
    ],
)
def test_names_are_found_in_nfd_across_white_space_and_case(text: str, expected: str) -> None:
    assert make_pseudonymiser(LIST)(text) == expected


def test_identifiers_in_the_list_may_be_decomposed_or_spaced_themselves() -> None:
    apply = make_pseudonymiser([Pseudonym(nfd("김옥순"), "P"), Pseudonym("  Kim   Ok-sun ", "Q")])
    assert apply("김옥순 and Kim Ok-sun") == "P and Q"


def test_text_without_identifiers_is_returned_byte_identical_even_when_not_nfc() -> None:
    text = nfd("한국어 텍스트, café, Ångström") + "\u212b"  # NFD and a singleton NFC would change
    assert make_pseudonymiser(LIST)(text).encode() == text.encode()


def test_the_list_refuses_entries_that_differ_only_in_form() -> None:
    with pytest.raises(UsageError, match="twice"):
        SetPseudonyms([Pseudonym("김옥순", "A"), Pseudonym(nfd("김옥순"), "B")])
    with pytest.raises(UsageError, match="twice"):
        SetPseudonyms([Pseudonym("Kim Ok-sun", "A"), Pseudonym("kim  ok-sun", "B")])


def test_a_rewritten_document_maps_every_span_into_the_new_text() -> None:
    """Positions of codings are carried into the pseudonymised text: a span that touches a
    name grows to cover its whole replacement, so no part of the name survives in it."""
    original = "Before. Kim Ok-sun said: " + nfd("김옥순은") + " went to Yanji. After."
    rewritten = make_pseudonymiser(LIST).rewrite(original)
    assert rewritten.text == "Before. Participant 3 said: 참여자3" + nfd("은") + " went to City 1. After."
    name = original.index("Kim")
    assert rewritten.span(0, 7) == (0, 7)  # before any name: unchanged
    start, end = rewritten.span(name + 4, name + 10)  # "Ok-sun" alone: inside the name
    assert rewritten.text[start:end] == "Participant 3"
    start, end = rewritten.span(name, len(original))
    assert rewritten.text[start:end] == rewritten.text[rewritten.text.index("Participant 3") :]
    tail = original.index("After")
    start, end = rewritten.span(tail, tail + 5)
    assert rewritten.text[start:end] == "After"


def test_a_rewrite_without_matches_is_the_identity() -> None:
    rewritten = make_pseudonymiser(LIST).rewrite(nfd("아무 이름도 없다"))
    assert rewritten.text == nfd("아무 이름도 없다") and rewritten.span(2, 5) == (2, 5)


_PIECES = [
    "a", "e", "\u0301", "\u0327", "\u0323", "가", "\u1100", "\u1161", "\u11a8", "김", " ", "\n",
    "\u212b", "\u0f73", "\u0300", "Å", "ᄀ", "ᅡ", "Kim", "Ok-sun", "옥", "순", "\u09c7", "\u09be",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_the_nfc_view_equals_unicode_nfc_and_maps_back(pieces: list[str]) -> None:
    text = "".join(pieces)
    view = NfcView(text)
    assert view.view == unicodedata.normalize("NFC", text)
    for v in range(len(view.view) + 1):
        o = view.original(v)
        assert 0 <= o <= len(text)
    assert view.original(0) == 0 and view.original(len(view.view), end=True) == len(text)


def test_random_codings_never_keep_a_name_after_rewriting() -> None:
    rng = random.Random(7)
    words = ["Kim", "Ok-sun", "Kim Ok-sun", "Kim  Ok-sun", "Kim\nOk-sun", nfd("김옥순"), "김옥순", "and", "x"]
    apply = make_pseudonymiser(LIST)
    for _ in range(200):
        text = " ".join(rng.choice(words) for _ in range(12))
        rewritten = apply.rewrite(text)
        for _ in range(10):
            a = rng.randrange(len(text) + 1)
            b = rng.randrange(a, len(text) + 1)
            start, end = rewritten.span(a, b)
            piece = unicodedata.normalize("NFC", rewritten.text[start:end])
            assert "Kim Ok-sun" not in " ".join(piece.split()) and "김옥순" not in piece
            assert 0 <= start <= end <= len(rewritten.text)

"""Original ↔ translation: sentence splitting, Gale–Church alignment, links, corrections, mirror.

Alignment is checked on pairs whose right answer is known by construction (each sentence's
translation written beside it), and offsets on texts with characters beyond the BMP and with
decomposed (NFD) Hangul, where a code-unit or normalisation slip would cut a character.
"""

from __future__ import annotations

import unicodedata

import pytest

from annotator.core.alignment import (
    ORIGINAL,
    TRANSLATION,
    Bead,
    align_lengths,
    align_texts,
    aligned_span,
    guess_language,
    paragraphs,
    sentences,
)
from annotator.core.changes import (
    ApplyCode,
    LinkTranslation,
    MirrorCoding,
    NothingAligned,
    RelinkSpans,
    UnlinkSpans,
    UnlinkTranslation,
)
from annotator.core.errors import UsageError
from annotator.core.model import Coder
from annotator.core.store import ProjectStore

from .test_case_changes import dump, roundtrip

KO = (
    "저는 스물네 살이던 2013년에 처음 중국으로 건너갔습니다. 중개인은 봉제 공장 일자리를 약속했어요. "
    "하지만 저는 길림성의 한 농가에 팔렸습니다.\n"
    "3년 뒤 공안에 붙잡혔습니다. 북송되어 여덟 달을 보냈습니다!\n"
    "지금은 요양보호사 공부를 하고 있습니다. 딸이 보고 싶어요?"
)
EN = (
    "I first crossed into China in 2013, when I was twenty-four. The broker promised me a job in a "
    "sewing factory. But I was sold to a farming household in Jilin Province.\n"
    "Three years later I was caught by the police. I was sent back and spent eight months in detention!\n"
    "Now I am studying to become a care worker. Do I miss my daughter?"
)


def pairs(original: str, translation: str, beads: list[Bead]) -> list[tuple[str, str, bool]]:
    return [
        (
            original[b.original_start : b.original_end],
            translation[b.translation_start : b.translation_end],
            b.aligned,
        )
        for b in beads
    ]


# -- sentences -------------------------------------------------------------------------------------
def test_korean_sentences_end_at_da_yo_question_and_exclamation() -> None:
    text = '그는 "돈을 갚아라"라고 했어요. 저는 도망쳤다. 왜 그랬을까요? 살고 싶었다!'
    assert [text[s:e] for s, e in sentences(text)] == [
        '그는 "돈을 갚아라"라고 했어요.',
        "저는 도망쳤다.",
        "왜 그랬을까요?",
        "살고 싶었다!",
    ]


def test_chinese_sentences_need_no_space_and_keep_closing_quotes() -> None:
    text = "我被卖了。他说：「你欠我钱！」我问为什么？没有人回答；我哭了"
    assert [text[s:e] for s, e in sentences(text)] == [
        "我被卖了。",
        "他说：「你欠我钱！」",
        "我问为什么？",
        "没有人回答；",
        "我哭了",
    ]


def test_english_abbreviations_initials_and_ellipses_do_not_end_a_sentence() -> None:
    text = "Mr. Kim met Dr. Lee and J. Park in the U.S. last year. She waited... and waited. Then she left."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Mr. Kim met Dr. Lee and J. Park in the U.S. last year.",
        "She waited... and waited.",
        "Then she left.",
    ]


def test_paragraphs_are_trimmed_non_blank_lines() -> None:
    text = "  first line \n\n\tsecond\n   \nthird"
    assert [text[s:e] for s, e in paragraphs(text)] == ["first line", "second", "third"]


# -- Gale–Church -----------------------------------------------------------------------------------
def test_gale_church_pairs_equal_lengths_one_to_one() -> None:
    assert align_lengths([10, 40, 25], [11, 39, 26]) == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3)]


def test_gale_church_finds_two_to_one_and_one_to_two() -> None:
    # the first two source pieces were translated as one; the last as two
    beads = align_lengths([30, 32, 50, 80], [62, 50, 41, 40])
    assert beads == [(0, 2, 0, 1), (2, 3, 1, 2), (3, 4, 2, 4)]


def test_gale_church_leaves_an_extra_piece_unmatched() -> None:
    beads = align_lengths([40, 60, 50], [40, 45, 60, 50], ratio=1.0)
    assert beads == [(0, 1, 0, 1), (1, 1, 1, 2), (1, 2, 2, 3), (2, 3, 3, 4)]


def test_gale_church_uses_the_texts_length_ratio() -> None:
    # English runs about 2.2 times as many characters as Korean
    assert align_lengths([20, 50, 30], [44, 110, 66]) == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3)]


# -- aligning texts --------------------------------------------------------------------------------
def test_korean_and_english_align_sentence_by_sentence() -> None:
    got = pairs(KO, EN, align_texts(KO, EN))
    assert all(aligned for _, _, aligned in got)
    assert got[0] == (
        "저는 스물네 살이던 2013년에 처음 중국으로 건너갔습니다.",
        "I first crossed into China in 2013, when I was twenty-four.",
        True,
    )
    assert (
        "하지만 저는 길림성의 한 농가에 팔렸습니다.",
        "But I was sold to a farming household in Jilin Province.",
        True,
    ) in got
    assert got[-1] == ("딸이 보고 싶어요?", "Do I miss my daughter?", True)
    assert len(got) == 7


def test_a_translators_note_is_an_unaligned_part() -> None:
    en = EN.replace("\nThree", "\n[Translator's note: the author uses the Korean word for 'sold'.]\nThree")
    got = pairs(KO, en, align_texts(KO, en))
    assert ("", "[Translator's note: the author uses the Korean word for 'sold'.]", False) in got
    assert sum(aligned for _, _, aligned in got) == 7


def test_paragraphs_that_cannot_be_aligned_are_marked_on_both_sides() -> None:
    ko = "첫째 문단입니다. 짧아요.\n둘째 문단은 아주 짧다."
    en = "First paragraph. It is short.\n" + "An unrelated, very long passage that no translator wrote. " * 20
    beads = align_texts(ko, en)
    unaligned = [p for p in pairs(ko, en, beads) if not p[2]]
    assert ("둘째 문단은 아주 짧다.", "", False) in unaligned
    assert any(t.startswith("An unrelated") for _, t, _ in unaligned)


def test_offsets_are_exact_on_astral_and_decomposed_text() -> None:
    ko = unicodedata.normalize(
        "NFD", "간판에는 '𠀀泉旅店'이라고 쓰여 있었습니다. 😊 할머니가 만두를 쪄 주었습니다."
    )
    en = "The sign said '𠀀泉旅店'. 😊 The old woman steamed dumplings for us."
    got = pairs(ko, en, align_texts(ko, en))
    assert got == [
        (
            unicodedata.normalize("NFD", "간판에는 '𠀀泉旅店'이라고 쓰여 있었습니다."),
            "The sign said '𠀀泉旅店'.",
            True,
        ),
        (
            unicodedata.normalize("NFD", "😊 할머니가 만두를 쪄 주었습니다."),
            "😊 The old woman steamed dumplings for us.",
            True,
        ),
    ]
    assert guess_language(ko) == "ko" and guess_language(en) == "en" and guess_language("我被卖了。") == "zh"


def test_a_passage_maps_to_whole_aligned_beads() -> None:
    beads = align_texts(KO, EN)
    start = KO.index("중개인은")
    s, e = aligned_span(beads, ORIGINAL, start + 2, start + 5)  # part of one sentence: the whole partner
    assert EN[s:e] == "The broker promised me a job in a sewing factory."
    s, e = aligned_span(beads, ORIGINAL, 0, KO.index("하지만") + 3)  # two sentences and a bit: three
    assert EN[s:e].startswith("I first crossed") and EN[s:e].endswith("Jilin Province.")
    s, e = aligned_span(beads, TRANSLATION, EN.index("Now I am"), EN.index("Now I am") + 3)
    assert KO[s:e] == "지금은 요양보호사 공부를 하고 있습니다."
    assert aligned_span(beads, ORIGINAL, KO.index("\n"), KO.index("\n") + 1) is None  # between sentences


# -- links and corrections in a project ------------------------------------------------------------
@pytest.fixture
def pair(store: ProjectStore, add_text) -> tuple[str, str]:
    return add_text(KO, "ko.txt").guid, add_text(EN, "en.txt").guid


def test_link_aligns_records_languages_and_undoes_exactly(store: ProjectStore, pair) -> None:
    original, translation = pair
    change = LinkTranslation(original=original, translation=translation)
    roundtrip(store, change)
    [link] = store.translation_links()
    assert (link.original, link.translation, link.original_language, link.translation_language) == (
        original,
        translation,
        "ko",
        "en",
    )
    assert len(store.beads(translation)) == 7
    assert store.audit_entries()[-1]["action"] == "link translation"


def test_link_refuses_self_double_and_chained_links(store: ProjectStore, pair, add_text) -> None:
    original, translation = pair
    with pytest.raises(UsageError):
        LinkTranslation(original=original, translation=original).apply(store)
    LinkTranslation(original=original, translation=translation).apply(store)
    with pytest.raises(UsageError, match="already linked"):
        LinkTranslation(original=original, translation=translation).apply(store)
    zh = add_text("我被卖了。", "zh.txt").guid
    with pytest.raises(UsageError, match="itself a translation"):
        LinkTranslation(original=translation, translation=zh).apply(store)
    LinkTranslation(original=original, translation=zh).apply(store)  # a second translation is fine
    assert {link.translation for link in store.links_of(original)} == {translation, zh}


def test_an_unalignable_translation_is_still_linked_with_its_parts_marked(
    store: ProjectStore, add_text
) -> None:
    ko = add_text("첫째 문단입니다.\n둘째 문단.", "a.txt").guid
    en = add_text(
        "Something else entirely, and much longer than any translation would be. " * 30, "b.txt"
    ).guid
    LinkTranslation(original=ko, translation=en).apply(store)
    beads = store.beads(en)
    assert beads and not any(b.aligned for b in beads)
    assert {b.original_end - b.original_start > 0 for b in beads} == {True, False}


def test_relink_and_unlink_are_stored_undoable_and_audited(store: ProjectStore, pair) -> None:
    original, translation = pair
    LinkTranslation(original=original, translation=translation).apply(store)
    o = (KO.index("중개인은"), KO.index("팔렸습니다.") + len("팔렸습니다."))
    t = (EN.index("The broker"), EN.index("Province.") + len("Province."))
    relink = RelinkSpans(translation=translation, original_span=o, translation_span=t)
    roundtrip(store, relink)
    got = pairs(KO, EN, store.beads(translation))
    assert (KO[o[0] : o[1]], EN[t[0] : t[1]], True) in got
    assert [b for b in store.beads(translation) if b.manual] == [Bead(*o, *t, aligned=True, manual=True)]
    assert len(got) == 6  # two beads became one

    unlink = UnlinkSpans(translation=translation, side=TRANSLATION, start=t[0] + 3, end=t[0] + 4)
    roundtrip(store, unlink)
    got = pairs(KO, EN, store.beads(translation))
    assert (KO[o[0] : o[1]], "", False) in got and ("", EN[t[0] : t[1]], False) in got
    with pytest.raises(NothingAligned):
        UnlinkSpans(translation=translation, side=ORIGINAL, start=o[0], end=o[0] + 1).apply(store)
    actions = [e["action"] for e in store.audit_entries()]
    assert {"link passages", "unlink passages", "undo unlink passages"} <= set(actions)


def test_relink_cutting_into_sentences_leaves_their_rest_unaligned(store: ProjectStore, pair) -> None:
    original, translation = pair
    LinkTranslation(original=original, translation=translation).apply(store)
    o = (0, KO.index("2013년"))  # "저는 스물네 살이던 "
    t = (EN.index("when"), EN.index("twenty-four.") + len("twenty-four."))
    RelinkSpans(translation=translation, original_span=o, translation_span=t).apply(store)
    got = pairs(KO, EN, store.beads(translation))
    assert ("저는 스물네 살이던", "when I was twenty-four.", True) in [(a.strip(), b, c) for a, b, c in got]
    assert ("2013년에 처음 중국으로 건너갔습니다.", "", False) in got
    assert ("", "I first crossed into China in 2013,", False) in got


def test_unlinking_the_translation_keeps_its_corrections_for_undo(store: ProjectStore, pair) -> None:
    original, translation = pair
    LinkTranslation(original=original, translation=translation).apply(store)
    UnlinkSpans(translation=translation, side=ORIGINAL, start=0, end=1).apply(store)
    roundtrip(store, UnlinkTranslation(translation=translation))
    assert store.translation_links() == []


# -- mirror ----------------------------------------------------------------------------------------
@pytest.fixture
def coded(store: ProjectStore, pair, add_code) -> tuple[str, str, str, str]:
    original, translation = pair
    LinkTranslation(original=original, translation=translation).apply(store)
    coder = Coder("c-mina", "mina")
    with store.atomic():
        store.insert_coder(coder)
    code = add_code("Sold")
    start = KO.index("길림성")
    apply = ApplyCode(document=original, start=start, end=start + 3, code=code, coder=coder.guid)
    apply.apply(store)
    return original, translation, apply.coding.guid, coder.guid


def test_mirror_codes_the_aligned_passage_in_one_step(store: ProjectStore, coded) -> None:
    original, translation, coding, coder = coded
    before = dump(store)
    mirror = MirrorCoding(coding=coding, target=translation, coder=coder)
    changes = mirror.apply(store)
    [made] = store.codings(document=translation)
    assert EN[made.start : made.end] == "But I was sold to a farming household in Jilin Province."
    assert (made.code, made.coder) == (store.coding(coding).code, coder)
    assert translation in changes.documents
    mirror.revert(store)  # one step back: nothing of it is left
    assert dump(store) == before
    mirror.apply(store)
    assert [c.guid for c in store.codings(document=translation)] == [made.guid]


def test_mirror_is_refused_where_nothing_is_aligned(store: ProjectStore, coded) -> None:
    original, translation, coding, coder = coded
    start = KO.index("길림성")
    UnlinkSpans(translation=translation, side=ORIGINAL, start=start, end=start + 1).apply(store)
    before = dump(store)
    with pytest.raises(NothingAligned, match="nothing is aligned"):
        MirrorCoding(coding=coding, target=translation, coder=coder).apply(store)
    assert dump(store) == before

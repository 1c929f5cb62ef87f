"""Corpus search: word forms of Korean and Chinese, the text modes, and the index kept in the project."""

from __future__ import annotations

import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.core.analysis import search_index
from annotator.core.analysis.corpus_search import search
from annotator.core.changes import CodePassages, RemoveCodings
from annotator.core.errors import UsageError
from annotator.core.importers.common import ImportedText
from annotator.core.importers.importing import add_document
from annotator.core.language import AnalyzerUnavailable, analyzers
from annotator.core.model import Document
from annotator.core.patterns import PatternTooSlow
from annotator.core.project import create_project
from annotator.core.store import ProjectStore

SELLING = (
    "그녀는 중국으로 팔려 갔다. 저는 팔렸습니다. 브로커가 나를 팔아 넘겼다. "
    "그들이 나를 팔았다. 도망치다가 팔을 다쳤다."
)
CHINESE = "她被卖到了河北农村。人贩子把她卖掉了。买卖人口是犯罪。"


def test_korean_word_forms_find_selling_and_not_the_arm(
    store: ProjectStore, add_text: Callable[..., Document]
) -> None:
    doc = add_text(SELLING)
    hits = search(store, "팔다", mode="word").hits
    assert [h.text for h in hits] == ["팔려", "팔렸습니다", "팔아", "팔았다"]
    assert all(h.document == doc.guid for h in hits)
    assert "팔을" not in {SELLING[h.start : h.end + 1] for h in hits}  # 팔 "arm" is never a hit
    assert [h.text for h in search(store, "팔", mode="word").hits] == ["팔"]  # the noun finds the arm only
    assert search(store, "팔", mode="word").hits[0].after.startswith("을 다쳤다")
    # a literal search finds the arm too: that is what word search is for
    assert len(search(store, "팔", mode="literal").hits) == 5


def test_phrases_skip_particles_and_endings(store: ProjectStore, add_text: Callable[..., Document]) -> None:
    add_text(SELLING)
    (hit,) = search(store, "중국에 팔렸다", mode="word").hits
    assert hit.text == "중국으로 팔려"


def test_chinese_words_by_segmentation(store: ProjectStore, add_text: Callable[..., Document]) -> None:
    add_text(CHINESE, "zh.txt")
    hits = search(store, "卖", mode="word").hits
    assert [h.text for h in hits] == ["卖", "卖掉"]  # not inside 买卖 "trade"
    assert len(search(store, "卖", mode="literal").hits) == 3
    assert [h.text for h in search(store, "人口", mode="word").hits] == ["人口"]


def test_nfd_query_and_nfd_text_match_and_offsets_are_the_stored_texts(
    store: ProjectStore, add_text: Callable[..., Document]
) -> None:
    nfd_text = "😀 앞 " + unicodedata.normalize("NFD", "저는 팔렸습니다.") + " 𠀀 팔았다"
    add_text(nfd_text)
    for query, mode in [(unicodedata.normalize("NFD", "팔렸습니다"), "literal"), ("팔다", "word")]:
        hits = search(store, query, mode=mode).hits  # type: ignore[arg-type]
        assert hits, (query, mode)
        for h in hits:
            assert nfd_text[h.start : h.end] == h.text
            assert unicodedata.normalize("NFC", h.text) in ("팔렸습니다", "팔았다")
    assert [h.text for h in search(store, "팔다", mode="word").hits][-1] == "팔았다"
    assert search(store, "팔았다", mode="literal").hits[0].start == len(nfd_text) - 3


def test_whole_word_and_regex_modes(store: ProjectStore, add_text: Callable[..., Document]) -> None:
    add_text("She was sold. Resold twice; SOLD again.")
    assert [h.text for h in search(store, "sold", mode="literal").hits] == ["sold", "sold", "SOLD"]
    assert [h.text for h in search(store, "sold", mode="whole-word").hits] == ["sold", "SOLD"]
    assert [h.text for h in search(store, "sold", mode="literal", case_sensitive=True).hits] == [
        "sold",
        "sold",
    ]
    assert [h.text for h in search(store, r"\bre\w+", mode="regex").hits] == []  # regex keeps case
    assert [h.text for h in search(store, r"(?i)\bre\w+", mode="regex").hits] == ["Resold"]
    with pytest.raises(UsageError):
        search(store, "(unclosed", mode="regex")
    with pytest.raises(UsageError):
        search(store, "  ", mode="literal")


def test_a_slow_regex_stops_in_time(store: ProjectStore, add_text: Callable[..., Document]) -> None:
    add_text("a" * 5000 + "!", "long.txt")
    started = time.monotonic()
    with pytest.raises(PatternTooSlow, match=r"longer than 0\.2 s on 'long.txt'"):
        search(store, "(a|aa)+$", mode="regex", timeout=0.2)
    assert time.monotonic() - started < 5


def test_scope_and_limit(store: ProjectStore, add_text: Callable[..., Document]) -> None:
    one, two = add_text(SELLING, "one.txt"), add_text(SELLING + " ", "two.txt")
    assert {h.document for h in search(store, "팔다", mode="word", documents=[two.guid]).hits} == {two.guid}
    limited = search(store, "팔다", mode="word", limit=5)
    assert len(limited.hits) == 5 and not limited.complete
    full = search(store, "팔다", mode="word")
    assert full.complete and full.documents == 2 and [h.document for h in full.hits][:1] == [one.guid]


def test_the_index_is_built_once_kept_and_rebuilt_for_a_new_analyzer(
    store: ProjectStore, add_text: Callable[..., Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = add_text(SELLING)
    assert search_index.stale_documents(store) == [doc.guid]
    search(store, "팔다", mode="word")
    assert search_index.stale_documents(store) == []
    (language, analyzer) = store.search_index_state()[doc.guid]
    assert language == "ko" and "kiwipiepy" in analyzer
    # another kiwipiepy version: the row is stale, rebuilt by the next word search
    real = analyzers.analyzer_version
    monkeypatch.setattr(
        search_index,
        "analyzer_version",
        lambda lang: real(lang) + " (newer)" if lang == "ko" else real(lang),
    )
    assert search_index.stale_documents(store) == [doc.guid]
    assert len(search(store, "팔다", mode="word").hits) == 4
    assert store.search_index_state()[doc.guid][1].endswith("(newer); index 1")


def test_the_index_goes_with_its_document(store: ProjectStore, add_text: Callable[..., Document]) -> None:
    doc = add_text(SELLING)
    search(store, "팔다", mode="word")
    assert doc.guid in store.search_index_state()
    with store.atomic():
        store.delete_document(doc.guid)
    assert store.search_index_state() == {}


def test_an_encrypted_project_keeps_its_index_inside(tmp_path: Path) -> None:
    path = tmp_path / "secret.sqlite"
    store = create_project(path, codebook="empty", passphrase="correct horse battery")
    add_document(store, ImportedText(SELLING, "txt", {}), name="secret.txt")
    assert len(search(store, "팔다", mode="word").hits) == 4
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.sqlite"]  # no sidecar
    raw = path.read_bytes()
    assert "팔리/V".encode() not in raw and "브로커".encode() not in raw
    again = ProjectStore.open(path, passphrase="correct horse battery")
    try:
        assert search_index.stale_documents(again) == []
        assert len(search(again, "팔다", mode="word").hits) == 4
    finally:
        again.close()


def test_code_passages_is_one_step_and_skips_existing(
    store: ProjectStore, add_text: Callable[..., Document], add_code: Callable[..., str]
) -> None:
    add_text(SELLING)
    code = add_code("Sale")
    coder = store.ensure_coder("kim").guid
    hits = search(store, "팔다", mode="word").hits
    change = CodePassages(code=code, coder=coder, passages=[(h.document, h.start, h.end) for h in hits[:1]])
    change.apply(store)
    everything = CodePassages(code=code, coder=coder, passages=[(h.document, h.start, h.end) for h in hits])
    everything.apply(store)
    assert len(everything.added) == 3 and everything.skipped == 1
    assert len(store.codings(code=code)) == 4
    everything.revert(store)
    assert len(store.codings(code=code)) == 1
    RemoveCodings([c.guid for c in change.added]).apply(store)


def test_a_missing_korean_model_says_so_and_literal_search_still_works(
    store: ProjectStore, add_text: Callable[..., Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    add_text(SELLING)
    monkeypatch.setattr(analyzers, "_kiwi", None)
    monkeypatch.setitem(sys.modules, "kiwipiepy_model", None)  # import fails as if not installed
    with pytest.raises(
        AnalyzerUnavailable, match=r"^word search needs the Korean analyzer \(kiwipiepy-model\): "
    ):
        search(store, "팔다", mode="word")
    assert len(search(store, "팔렸", mode="literal").hits) == 1
    assert len(search(store, "팔.", mode="regex").hits) == 5

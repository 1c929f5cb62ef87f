"""The core's user-facing messages: English unless a front end installs a translator, every
message collected by lupdate (literal context and text), and every translation keeping its
source's placeholders (a lost ``{name}`` would raise KeyError inside an error message)."""

from __future__ import annotations

import ast
import json
import pickle
import re
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest

from annotator.core import messages, refi_qda
from annotator.core.analysis.agreement import agreement_from_spans
from annotator.core.analysis.agreement.fields import tolerance_of
from annotator.core.analysis.journey_flags import BirthClaim, Flag
from annotator.core.analysis.merge import MergeReport
from annotator.core.codebook import check_name
from annotator.core.errors import CodebookError, NotAProject
from annotator.core.language.analyzers import unavailable
from annotator.core.refi_qda.common import DroppedSelection, ImportNotes
from annotator.core.refi_qda.positions import NVIVO_WINDOWS, Detection
from annotator.core.refi_qda.translation_notes import read_translations
from annotator.core.store import ProjectStore
from annotator.core.values import Value

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import translations  # noqa: E402  (tools/translations.py)

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "annotator" / "core"
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")


@pytest.fixture
def fake_translator() -> Iterator[dict[tuple[str, str], str]]:
    table: dict[tuple[str, str], str] = {}

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = table.get((context, text), "")
        return found.replace("%n", str(n)) if n >= 0 else found

    messages.install_translator(lookup)
    try:
        yield table
    finally:
        messages.install_translator(None)


def test_without_a_translator_messages_are_english_exactly(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n", encoding="utf-8")
    with pytest.raises(NotAProject) as caught:
        ProjectStore.open(path)
    assert str(caught.value) == f"{path}: not a Testimony Annotator project (not an SQLite file)"
    assert messages.translate("CoreStore", "no such file") == "no such file"


def test_an_installed_translator_fills_the_translated_template(
    tmp_path: Path, fake_translator: dict[tuple[str, str], str]
) -> None:
    fake_translator[("CoreStore", "unsupported project schema version {version}")] = "버전 {version} 미지원"
    fake_translator[("CoreErrors", "{path}: {message}")] = "[{path}] {message}"
    fake_translator[("CoreStore", "not a Testimony Annotator project (not an SQLite file)")] = "프로젝트 아님"
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n", encoding="utf-8")
    with pytest.raises(NotAProject) as caught:
        ProjectStore.open(path)
    assert str(caught.value) == f"[{path}] 프로젝트 아님"
    assert caught.value.reason == "프로젝트 아님"
    text = messages.translate("CoreStore", "unsupported project schema version {version}").format(version=99)
    assert text == "버전 99 미지원"


def test_a_translator_returning_nothing_leaves_english(fake_translator: dict[tuple[str, str], str]) -> None:
    fake_translator[("CoreStore", "no such file")] = ""
    assert messages.translate("CoreStore", "no such file") == "no such file"


def _translate_calls() -> Iterator[tuple[Path, ast.Call]]:
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate":
                yield path, node


def test_every_translate_call_in_the_core_has_a_literal_context_and_text() -> None:
    bad = []
    count = 0
    for path, call in _translate_calls():
        count += 1
        literal = len(call.args) in (2, 4) and all(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args[:2]
        )
        # A count goes fourth, after a literal None (lupdate drops calls with keywords).
        counted = len(call.args) == 2 or (
            isinstance(call.args[2], ast.Constant) and call.args[2].value is None
        )
        if not literal or not counted or call.keywords:
            bad.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert count > 300, "the core's messages are no longer spelled translate(...)?"
    assert not bad, f"translate() needs a literal context and text (lupdate reads the source): {bad}"


def test_no_f_string_is_passed_through_translate() -> None:
    """translate(f"...") would make every message a new key nobody translated."""
    for path, call in _translate_calls():
        assert not any(isinstance(a, ast.JoinedStr) for a in call.args), f"{path}:{call.lineno}"


def _ts_messages(language: str) -> list[tuple[str, str, str]]:
    root = ElementTree.parse(TRANSLATIONS / f"core_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            found.append((name, message.findtext("source", ""), text))
    return found


@pytest.mark.parametrize("language", ["ko", "zh_CN"])
def test_every_translation_keeps_its_placeholders(language: str) -> None:
    wrong = []
    for context, source, translation in _ts_messages(language):
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            wrong.append(f"{context}: {source!r} -> {translation!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", ["ko", "zh_CN"])
def test_every_translation_formats_with_its_sources_values(language: str) -> None:
    """Fill each translation as the core does; a stray brace would raise at the worst moment."""
    for context, source, translation in _ts_messages(language):
        names = {m.group(1) for m in re.finditer(r"\{([A-Za-z_]\w*)", source)}
        if not names:
            continue
        values = {name: 1 for name in names}
        assert translation.format(**values), (context, source)


def test_every_core_message_is_in_the_korean_catalogue_source() -> None:
    """Someone added a message and forgot ``tools/translations.py update``."""
    collected = {(c, s) for c, s, _ in _ts_messages("ko")}
    area = set(translations.area_files(TRANSLATIONS / "areas" / "core.txt"))
    missing = []
    for path, call in _translate_calls():
        if path not in area:
            continue
        context, text = (a.value for a in call.args[:2] if isinstance(a, ast.Constant))
        if (context, text) not in collected:
            missing.append(f"{path.relative_to(ROOT)}:{call.lineno}: {text!r}")
    assert not missing, "\n".join(missing)


def test_the_core_area_lists_every_core_module_with_messages_but_those_owned_elsewhere() -> None:
    area = set(translations.area_files(TRANSLATIONS / "areas" / "core.txt"))
    with_messages = {path for path, _ in _translate_calls()}
    left_out = sorted(str(p.relative_to(ROOT)) for p in with_messages - area)
    assert left_out == []


# -- counts, values and summaries ---------------------------------------------------------------


def test_a_count_fills_percent_n_with_or_without_a_translator(
    fake_translator: dict[tuple[str, str], str],
) -> None:
    assert messages.translate("CoreRefiQda", "%n memos", None, 3) == "3 memos"
    fake_translator[("CoreRefiQda", "%n memos")] = "메모 %n개"
    assert messages.translate("CoreRefiQda", "%n memos", None, 3) == "메모 3개"
    # What goes into files stays English whatever is installed.
    assert messages.english("CoreRefiQda", "%n memos", None, 3) == "3 memos"
    assert messages.translator(english_only=True) is messages.english


def _value(kind: str, **data: object) -> Value:
    return Value(kind, data)


ENGLISH_DISPLAYS = [
    (_value("money", amount=500, max=None, currency="CNY", per="night"), "500 CNY per night"),
    (_value("money", amount=400, max=500, currency="CNY", per="client"), "400–500 CNY per client"),
    (_value("money", amount=25000, max=None, currency="CNY", per=None), "25,000 CNY"),
    (_value("duration", amount=4, max=None, unit="year", approx=False), "4 years"),
    (_value("duration", amount=1, max=None, unit="month", approx=True), "≈1 month"),
    (_value("duration", amount=2, max=3, unit="week", approx=False), "2–3 weeks"),
    (_value("age", min=20, max=20, approx=True), "≈20"),
    (_value("date", **{"from": "2012-03", "to": "2012-03", "approx": False}), "2012-03"),
]


@pytest.mark.parametrize(("value", "english"), ENGLISH_DISPLAYS)
def test_a_value_displays_in_english_exactly_as_before(value: Value, english: str) -> None:
    assert value.display() == english
    assert value.display(english=True) == english


def test_a_value_displays_translated_in_the_app_but_english_for_files(
    fake_translator: dict[tuple[str, str], str],
) -> None:
    fake_translator[("CoreValues", "{amount} {currency} per night")] = "1박에 {amount} {currency}"
    fake_translator[("CoreValues", "{amount} years")] = "{amount}년"
    night, years = ENGLISH_DISPLAYS[0][0], ENGLISH_DISPLAYS[3][0]
    assert night.display() == "1박에 500 CNY"
    assert years.display() == "4년"
    assert night.display(english=True) == "500 CNY per night"
    assert years.display(english=True) == "4 years"
    assert tolerance_of("money", english=True) == "±5% (same currency and per unit)"


def test_an_import_summary_says_one_and_many_in_english() -> None:
    report = MergeReport(documents_added=1, codes_added=2, coders_added=1, codings_added=1, memos_added=0)
    notes = ImportNotes(selections=9)
    notes.dropped.append(DroppedSelection("a.txt", "s1", 3, 9, "position", "does not fit"))
    notes.skipped.append("a picture")
    line = refi_qda.summary_line(report, notes)
    assert line.startswith(
        "1 document added (0 already present); 2 codes added; 1 coder added; "
        "1 coding added (0 already present); 0 memos; 0 attribute values"
    )
    assert "1 of 9 selections not imported (1 did not fit their text)" in line
    assert line.endswith("; 1 item skipped")
    assert notes.to_text().splitlines()[:2] == [
        "Origin: not stated",
        "Not imported: " + str(notes.dropped[0]),
    ]
    merged = MergeReport(source="mina.sqlite", documents_added=2, documents_matched=1, conflicts=["x"])
    assert merged.summary() == (
        "mina.sqlite: 2 documents added (1 matched), 0 codes added, 0 coders added, "
        "0 codings added (0 already present), 1 conflict"
    )


def test_an_import_summary_is_translated_when_a_translator_is_installed(
    fake_translator: dict[tuple[str, str], str],
) -> None:
    fake_translator[("CoreRefiQda", "%n coder added")] = "코더 %n명 추가"
    fake_translator[("CoreRefiQda", "%n codes added")] = "코드 %n개 추가"
    line = refi_qda.summary_line(MergeReport(codes_added=3, coders_added=1), ImportNotes())
    assert "; 코드 3개 추가; 코더 1명 추가; " in line


def test_a_codebook_refusal_and_a_missing_analyzer_are_translated(
    fake_translator: dict[tuple[str, str], str],
) -> None:
    fake_translator[("CoreCodebook", "a code name is limited to {limit} characters")] = "최대 {limit}자"
    with pytest.raises(CodebookError, match="^최대 200자$"):
        check_name("x" * 201)
    fake_translator[("CoreSearch", "word search needs the Korean analyzer ({package}): {reason}")] = (
        "한국어 분석기({package}) 필요: {reason}"
    )
    fake_translator[("CoreSearch", "it is not installed")] = "설치 안 됨"
    refusal = unavailable("ko", None)
    assert str(refusal) == "한국어 분석기(kiwipiepy-model) 필요: 설치 안 됨"
    # Raised in a process without a translator (the app's analyzer helper), said again here.
    messages.install_translator(None)
    english = unavailable("ko", None)
    assert str(english) == "word search needs the Korean analyzer (kiwipiepy-model): it is not installed"
    carried = pickle.loads(pickle.dumps(english))
    fake_translator.clear()
    fake_translator[("CoreSearch", "it is not installed")] = "설치 안 됨"
    messages.install_translator(lambda c, t, d, n: fake_translator.get((c, t), ""))
    assert str(carried.retold()).endswith(": 설치 안 됨")


# -- messages kept as what they say: English in files, translated on screen ---------------------

# Every kind of agreement note, word for word as `agreement --json` wrote it before notes were
# kept structured (users' scripts and archived reports compare these bytes).
AGREEMENT_NOTES = [
    (
        {"a": [("d", "c", 0, 5)], "b": [("d", "c", 0, 5)]},
        {"d": 10},
        ["c", "unused"],
        [
            "1 listed code nobody applied is left out of overall and of the per-document rows (each would "
            "only add characters everyone left uncoded): unused",
            "percent_agreement, cohen_kappa, krippendorff_alpha, unitized_alpha and segment_agreement are "
            "undefined for code unused: no variation: no coder applied it in these documents (agreement "
            "would be a vacuous 100%, every character left uncoded by everyone); it is left out of overall",
        ],
    ),
    (
        {"a": [("d", "c", 0, 5)], "b": []},
        {"d": 10},
        ["c", *(f"u{i}" for i in range(11))],
        [
            "11 listed codes nobody applied are left out of overall and of the per-document rows (each "
            "would only add characters everyone left uncoded): u0, u1, u2, u3, u4, u5, u6, u7, u8, u9, …",
            *(
                f"percent_agreement, cohen_kappa, krippendorff_alpha, unitized_alpha and segment_agreement "
                f"are undefined for code u{i}: no variation: no coder applied it in these documents "
                "(agreement would be a vacuous 100%, every character left uncoded by everyone); it is left "
                "out of overall"
                for i in range(11)
            ),
        ],
    ),
    (
        {"a": [("d", "c", 0, 5)], "b": [("d", "c", 2, 5)]},
        {"d": 10, **{f"blank{i}": 20 for i in range(7)}},
        None,
        [
            "7 document(s) where no coder applied any of the compared codes (every statistic is undefined "
            "there): blank0, blank1, blank2, blank3, blank4, …"
        ],
    ),
    (
        {"a": [], "b": [], "x": [("d", "c", 0, 3)]},
        {"d": 10},
        None,
        [
            "cohen_kappa is defined for two coders only; with 3 coders see fleiss_kappa, krippendorff_alpha "
            "(multi-coder) and the pairwise figures in pairs",
            "for code c every statistic of the pairs (a, b) is undefined: neither coder of the pair "
            "applied it",
            "overall: the pairs (a, b) applied none of these codes; their rows are undefined",
        ],
    ),
    (
        {"a": [("d", "c", 0, 10)], "b": [("d", "c", 0, 10)], "x": [("d", "c", 0, 10)]},
        {"d": 10},
        None,
        [
            "cohen_kappa is defined for two coders only; with 3 coders see fleiss_kappa, krippendorff_alpha "
            "(multi-coder) and the pairwise figures in pairs",
            "fleiss_kappa, krippendorff_alpha and unitized_alpha are undefined for code c: no variation: "
            "every coder coded every character",
            "1 document(s) where every coder coded every character with every compared code (kappa and alpha "
            "undefined there): d",
        ],
    ),
    (
        {"a": [], "b": []},
        {},
        None,
        ["the sub-corpus is empty: none of these coders applied a code to any document"],
    ),
    (
        {"a": [], "b": []},
        {"d": 10},
        None,
        ["no code to compare: these coders applied no code in these documents"],
    ),
    ({"a": [], "b": []}, {"d": 0}, ["c"], ["the documents of the sub-corpus have no text to compare"]),
]


@pytest.mark.parametrize(("spans", "lengths", "codes", "expected"), AGREEMENT_NOTES)
def test_agreement_notes_in_files_are_the_english_they_always_were(
    spans: dict, lengths: dict, codes: list[str] | None, expected: list[str], fake_translator: dict
) -> None:
    report = agreement_from_spans(spans, lengths, codes=codes)
    fake_translator.update({key: "번역" for key in _catalogue_keys("CoreAgreement")})
    assert report.to_json()["notes"] == expected  # a translator installed changes nothing in files
    assert [str(note) for note in report.notes] == expected
    assert all(note.text().startswith("번역") for note in report.notes)  # the app's words


def test_an_agreement_note_and_its_reason_read_in_the_apps_language(fake_translator: dict) -> None:
    report = agreement_from_spans(
        {"a": [("d", "Work/Debt", 0, 5)], "b": [("d", "Work/Debt", 0, 5)]},
        {"d": 10},
        codes=["Work/Debt", "Work/Unused"],
    )
    english = json.dumps(report.to_json(), ensure_ascii=False)
    reason = (
        "no variation: no coder applied it in these documents (agreement would be a vacuous 100%, every "
        "character left uncoded by everyone); it is left out of overall"
    )
    fake_translator[("CoreAgreement", reason)] = "변이 없음"
    fake_translator[
        (
            "CoreAgreement",
            "percent_agreement, {kappa}, krippendorff_alpha, unitized_alpha and segment_agreement are "
            "undefined for code {code}: {reason}",
        )
    ] = "코드 {code}의 {kappa} 등은 정의되지 않음: {reason}"
    [note] = [n for n in report.notes if n.code == "Work/Unused"]
    assert note.kind == "code-unused" and "cohen_kappa" in note.statistics
    assert note.text() == "코드 Work/Unused의 cohen_kappa 등은 정의되지 않음: 변이 없음"
    assert note.reason() == "변이 없음" and note.reason(english=True) == reason
    # The app names a code by its label; files keep the path.
    assert (
        note.text(shown_path={"Work/Unused": "일/미사용"}.get)
        == "코드 일/미사용의 cohen_kappa 등은 정의되지 않음: 변이 없음"
    )
    assert json.dumps(report.to_json(), ensure_ascii=False) == english


def test_a_journey_flag_is_english_in_files_and_translated_on_screen(fake_translator: dict) -> None:
    gap = Flag(
        "gap",
        "gap",
        ("c1", "c2"),
        codes=("Acts/Sale", "Exit/Escape"),
        dates=("2014-05", "≈2017-06 – 2017-08"),
        months=38.04,
    )
    english = "38.0 months with no event between 2014-05 (Acts/Sale) and ≈2017-06 – 2017-08 (Exit/Escape)"
    fake_translator[
        ("CoreJourney", "{months} months with no event between {date} ({code}) and {date2} ({code2})")
    ] = "{date}({code})와 {date2}({code2}) 사이 {months}개월 동안 사건 없음"
    assert gap.message == english and gap.to_json()["message"] == english
    assert gap.text(shown_path={"Acts/Sale": "판매", "Exit/Escape": "탈출"}.get) == (
        "2014-05(판매)와 ≈2017-06 – 2017-08(탈출) 사이 38.0개월 동안 사건 없음"
    )
    born = BirthClaim(1985, "attribute", born=1985)
    coded = BirthClaim(
        1993.2,
        "coded",
        ("c3",),
        field="age at exploitation",
        value=Value("age", {"min": 19, "max": 19}),
        date="2012-03",
    )
    disagree = Flag("contradiction", "birth-years", ("c3",), claims=(born, coded))
    assert disagree.message == (
        "years of birth disagree: year of birth 1985 (case attribute) means about 1985, age at exploitation "
        "19 at 2012-03 about 1993"
    )
    fake_translator[("CoreJourney", "year of birth {year} (case attribute)")] = "출생 연도 {year}"
    fake_translator[
        ("CoreJourney", "years of birth disagree: {first} means about {year}, {second} about {year2}")
    ] = "출생 연도 불일치: {first} → {year}, {second} → {year2}"
    fake_translator[("CoreJourney", "{field} {value} at {date}")] = "{date}의 {field} {value}"
    assert (
        disagree.text() == "출생 연도 불일치: 출생 연도 1985 → 1985, 2012-03의 age at exploitation 19 → 1993"
    )
    assert disagree.message.startswith("years of birth disagree: year of birth 1985")


def test_the_position_convention_is_english_in_the_audit_and_translated_in_the_summary(
    fake_translator: dict,
) -> None:
    notes = ImportNotes(origin="NVivo 14", selections=3)
    notes.detection = Detection(NVIVO_WINDOWS, "usual-of", origin="NVivo 14")
    fake_translator[("CoreRefiQda", "UTF-16 units with CRLF counting 2, as NVivo for Windows counts")] = (
        "UTF-16(NVivo)"
    )
    fake_translator[("CoreRefiQda", "the usual convention of {origin}")] = "{origin}의 일반적인 방식"
    fake_translator[("CoreRefiQda", "positions counted in {convention}")] = "위치 계산 방식: {convention}"
    # What the audit trail records stays English.
    assert notes.convention == "UTF-16 units with CRLF counting 2, as NVivo for Windows counts"
    assert notes.convention_reason == "the usual convention of NVivo 14"
    assert "위치 계산 방식: UTF-16(NVivo)" in refi_qda.summary_line(MergeReport(), notes)
    assert "UTF-16(NVivo)" in notes.to_text() and "NVivo 14의 일반적인 방식" in notes.to_text()


def test_a_damaged_translation_link_is_said_in_the_apps_language(fake_translator: dict) -> None:
    fake_translator[("CoreRefiQda", "original and translation link #{number} was left out ({why})")] = (
        "연결 #{number} 제외({why})"
    )
    fake_translator[("CoreRefiQda", "it has no beads")] = "정렬 단위 없음"
    original, translation = str(uuid.uuid4()), str(uuid.uuid4())
    texts = {original: ("ko.txt", "가"), translation: ("en.txt", "a")}
    payload = json.dumps({"translations": [{"original": original, "translation": translation, "beads": []}]})
    problems: list[str] = []
    assert read_translations(payload, texts, problems) == []
    assert problems == ["연결 #1 제외(정렬 단위 없음)"]
    messages.install_translator(None)
    read_translations(payload, texts, problems)
    assert problems[-1] == "original and translation link #1 was left out (it has no beads)"


def _catalogue_keys(context: str) -> list[tuple[str, str]]:
    return [(c, s) for c, s, _ in _ts_messages("ko") if c == context]

"""The team lead's windows speak the interface language: every dialog of the team area (export,
merge, coder package, agreement, disagreements with their values page, facts, retrieval and
reports) opened on the demo project, filled by its task, shows no text that escaped translation
(pseudo-translation), and no English source string under Korean.

Names of coders, codes, documents and the project's files are data and stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTextBrowser, QWidget

from annotator.core.code_labels import LABEL_LANGUAGES
from annotator.gui.team.agreement_dialog import AgreementDialog
from annotator.gui.team.disagreements import DisagreementsDialog
from annotator.gui.team.export_dialog import ExportDialog
from annotator.gui.team.facts_dialog import FactsDialog
from annotator.gui.team.merge_dialog import MergeDialog
from annotator.gui.team.package_dialog import PackageDialog
from annotator.gui.team.reports import ReportsWindow
from tests.gui import team_support
from tests.gui.conftest import CODER
from tests.gui.i18n_probe import (
    CLOSE,
    OPEN,
    english_left,
    language,
    project_strings,
    pseudo_language,
    source_strings,
    untranslated,
)
from tests.gui.team_support import open_dialog, wait_for

demo_master, demo, no_dialogs = team_support.demo_master, team_support.demo, team_support.no_dialogs

_INNER = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_TAGS = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# Words that are data or notation, never interface text: the coders' consensus layer, the
# demo's currency and file types (the suffixes the export formats write).
_NOTATION = ("consensus", "CNY", "KRW", "sqlite", "csv", "xlsx", "json", "html", "qdpx", "qdc")


def data_of(path: Path) -> set[str]:
    """The project's own words, the test's coder, its file and folder names (shown in paths),
    and the label languages, named in their own (the export's "code names in" choice)."""
    data = {*project_strings(path), CODER, str(path.parent), path.name, path.stem, *_NOTATION}
    return data | set(LABEL_LANGUAGES.values())


def texts_of(path: Path) -> list[str]:
    """The documents' texts on one line each: what a quote shows is testimony, never interface."""
    import sqlite3  # noqa: PLC0415

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return [" ".join(str(row[0]).split()) for row in db.execute("SELECT text FROM document_texts")]


def _quoted_lines(text: str, testimony: list[str]) -> str:
    """``text`` without its lines that are testimony (a quote, clipped with … at either end)."""
    kept = []
    for line in text.splitlines():
        words = " ".join(line.replace("…", " ").split())
        if words and any(words in t for t in testimony):
            continue
        kept.append(line)
    return "\n".join(kept)


def residue(text: str, data: Iterable[str]) -> str:
    """What is left of ``text`` outside the pseudo marks (innermost first, so a translated template
    holding translated pieces is read whole) and outside project data."""
    rest = _TAGS.sub(" ", text).replace("&", "")
    while True:
        stripped = _INNER.sub(" ", rest)
        if stripped == rest:
            break
        rest = stripped
    for item in sorted({d for d in data if d}, key=len, reverse=True):
        rest = rest.replace(item, " ")
    return rest if _LETTERS.search(rest) else ""


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """Texts the probe does not read: what the text browsers show (the review's quotes and the
    measures), and the cells, tooltips and headers of every table's model."""
    found = []
    for browser in root.findChildren(QTextBrowser):
        found.append((browser.objectName(), browser.toPlainText()))
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        for column in range(columns):
            tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            found.append((f"{view.objectName()} header tip", tip if isinstance(tip, str) else ""))
            for row in range(min(model.rowCount(), 40)):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        found.append((f"{view.objectName()} {row},{column}", value))
    return found


def leftovers(root: QWidget, data: set[str], testimony: list[str]) -> list[tuple[str, str]]:
    probe = [
        (where, text)
        for where, text in untranslated(root, data)
        if residue(_quoted_lines(text, testimony), data)  # the probe reads nested templates as one level
    ]
    cells = [(w, t) for w, t in shown_texts(root) if residue(_quoted_lines(t, testimony), data)]
    # A quote is testimony (data): the review's and the tables' quotes are checked around it.
    return [(w, t) for w, t in probe + cells if residue(_unquoted(_quoted_lines(t, testimony)), data)]


def _unquoted(text: str) -> str:
    return re.sub(r"“[^”]*”", " ", text)


def value_displays(dialogs: dict[str, QWidget]) -> set[str]:
    """The typed values as the core writes them ("500 CNY per night", "4 years", a place): the same
    words the CLI and the exports print, shown here as data of the figure (see the report)."""
    facts, review = dialogs["facts"], dialogs["disagreements"]
    shown = {v.value.display() for g in facts.report for v in g.values}  # type: ignore[attr-defined]
    for g in facts.report:  # type: ignore[attr-defined]
        shown |= {edge.display() for edge in (g.minimum, g.maximum) if edge is not None}
    for d in review.values.model.rows:  # type: ignore[attr-defined]
        shown |= {v.display() for v in d.values if v is not None}
    return shown


def filled_team_windows(qtbot, window) -> dict[str, QWidget]:  # type: ignore[no-untyped-def]
    """Every dialog of the team area, each after its task ran (so its results are shown)."""
    dialogs: dict[str, QWidget] = {}
    dialogs["export"] = open_dialog(window, "file.export", ExportDialog)
    dialogs["package"] = open_dialog(window, "file.package", PackageDialog)
    merge = open_dialog(window, "file.merge", MergeDialog)
    dialogs["merge"] = merge

    agreement = open_dialog(window, "team.agreement", AgreementDialog)
    wait_for(qtbot, agreement.compute())
    dialogs["agreement"] = agreement

    review = open_dialog(window, "team.disagreements", DisagreementsDialog)
    wait_for(qtbot, review.find())
    wait_for(qtbot, review.value_task)
    assert review.model.rowCount() > 0 and review.current() is not None
    dialogs["disagreements"] = review

    facts = open_dialog(window, "team.facts", FactsDialog)
    qtbot.waitUntil(lambda: facts.task is not None and facts.task.reported, timeout=10_000)
    dialogs["facts"] = facts

    reports = open_dialog(window, "team.reports", ReportsWindow)
    wait_for(qtbot, reports.run())
    dialogs["reports"] = reports
    return dialogs


def test_every_team_dialog_translates_every_text_it_shows(qtbot, make_window, demo, no_dialogs):
    data, testimony = data_of(demo), texts_of(demo)
    with pseudo_language():
        window = make_window(demo)
        dialogs = filled_team_windows(qtbot, window)
        data |= value_displays(dialogs)
        review = dialogs["disagreements"]
        assert review.accept_version(0)  # a decision: the consensus column and the status bar
        status = window.statusBar().currentMessage()
        for name, dialog in dialogs.items():
            assert leftovers(dialog, data, testimony) == [], name
        assert status.startswith(OPEN) and not residue(status, data), status
        # the second page of the review and the merge's list of packages found beside the project
        review.tabs.setCurrentIndex(1)
        assert leftovers(review.values, data, testimony) == []


def test_merge_undo_note_and_export_summary_are_translated(qtbot, make_window, demo, no_dialogs, tmp_path):
    data = data_of(demo) | {str(tmp_path)}
    with pseudo_language():
        window = make_window(demo)
        session = window.session
        doc = session.store.documents()[0]
        code = next(c for c in session.store.codes() if c.codable)
        window.documents.select(doc.guid)
        window.view.select_span(0, 5)
        window.coding.apply_code(code.guid)
        merge = open_dialog(window, "file.merge", MergeDialog)
        note = merge.undo_note()
        # the undo step's own name ("Apply code") belongs to the window's area, quoted inside
        assert note.startswith(OPEN) and not residue(_unquoted(note), data), note

        export = open_dialog(window, "file.export", ExportDialog)
        export.path.setText(str(tmp_path / "out.csv"))
        wait_for(qtbot, export.start())
        box = export.done_message
        assert box is not None and not residue(box.text(), data | {"out.csv"}), box.text()
        assert not residue(window.statusBar().currentMessage(), data | {"out.csv"})


def test_under_korean_no_english_is_left_and_the_terms_are_the_glossarys(
    qtbot, make_window, demo, no_dialogs
):
    sources = source_strings() - project_strings(demo)  # field names like "date" are data
    with language("ko") as installed:
        assert installed == "ko", "run tools/translations.py release"
        window = make_window(demo)
        dialogs = filled_team_windows(qtbot, window)
        for name, dialog in dialogs.items():
            assert english_left(dialog, sources) == [], name

        agreement = dialogs["agreement"]
        assert agreement.windowTitle() == "코더 간 일치도"
        assert agreement.compute_button.text() == "계산(&C)"
        header = agreement.by_code.headerData
        assert header(2, Qt.Orientation.Horizontal) == "코헨 카파"
        assert header(3, Qt.Orientation.Horizontal) == "크리펜도르프 알파"
        assert agreement.by_code.index(0, 0).data() == "전체 (모든 코드 합산)"
        assert "코헨 카파 <b>" in agreement.summary.text()

        review = dialogs["disagreements"]
        assert review.windowTitle() == "불일치"
        assert review.find_button.text() == "불일치 찾기(&F)"
        assert review.neither_button.text() == "둘 다 아님  (N)"
        assert "개 중" in review.count.text() and "개 남음" in review.count.text()  # "… 115개 중 115개 남음"
        assert review.model.headerData(5, Qt.Orientation.Horizontal) == "합의"

        assert dialogs["export"].windowTitle() == "코딩된 데이터 내보내기"
        assert dialogs["export"].format.itemText(0) == "CSV — 코딩된 구절마다 한 행 (.csv)"
        assert dialogs["merge"].windowTitle() == "프로젝트 병합"
        assert dialogs["package"].windowTitle() == "코더 패키지 만들기"
        assert dialogs["facts"].figures.headerData(7, Qt.Orientation.Horizontal) == "중앙값"
        assert dialogs["reports"].tabs.tabText(2) == "동시 출현"


@pytest.mark.parametrize(
    ("code", "title", "kappa"),
    [("ko", "코더 간 일치도", "코헨 카파"), ("zh_CN", "编码员间一致性", "科恩卡帕系数")],
)
def test_the_agreement_dialog_in_each_shipped_language(
    qtbot, make_window, demo, no_dialogs, code, title, kappa
):
    with language(code) as installed:
        assert installed == code
        window = make_window(demo)
        dialog = open_dialog(window, "team.agreement", AgreementDialog)
        assert dialog.windowTitle() == title
        assert dialog.by_code.headerData(2, Qt.Orientation.Horizontal) == kappa

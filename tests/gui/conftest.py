"""GUI tests run headless unless a display is asked for explicitly.

Fixtures here give a MainWindow on a small temporary project; the coder comes
from ``ANNOTATOR_CODER`` and settings go to a temporary folder, so no dialog
ever blocks and the developer's own settings are never touched.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from annotator.core.changes import AddCode  # noqa: E402
from annotator.core.model import Document, new_guid, utc_now  # noqa: E402
from annotator.core.project import create_project  # noqa: E402
from annotator.core.text import sha256_text  # noqa: E402

CODER = "Tester"
ENGLISH = (
    "Interviewer: How did you first hear about the job?\n"
    "Respondent: A woman from the next village said a restaurant in Yanji needed a waitress. "
    "She said the pay was good and that she would arrange everything.\n"
    "Interviewer: What happened at the border?\n"
    "Respondent: They took my papers and said I owed them for the journey.\n"
)
# Hangul, a Han character beyond the BMP (U+20000) and an emoji before the coded passages:
# a UTF-16 view position and a code-point offset differ by one after each of them.
KOREAN = (
    "질문: 처음에 어떻게 일자리 이야기를 들었습니까?\n"
    "답변: 𠀀 옆 마을 여자가 😀 연길 식당에서 종업원을 구한다고 했어요. "
    "돈도 잘 준다고 했어요.\n"
    "질문: 국경에서 무슨 일이 있었습니까?\n"
    "답변: 서류를 빼앗고 여비를 갚으라고 했어요.\n"
)
CODES = ("Recruitment/Job offer", "Recruitment/Debt", "Control/Documents taken", "Control/Threats")


@pytest.fixture(scope="session", autouse=True)
def _qt_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings (window layout) in a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("qsettings")
    QCoreApplication.setOrganizationName("Testimony Annotator Tests")
    QCoreApplication.setApplicationName("Testimony Annotator Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def coder_env(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("ANNOTATOR_CODER", CODER)
    return CODER


def build_project(path: Path) -> dict[str, str]:
    """A project with two documents (English, Korean) and four codes; returns name -> GUID."""
    store = create_project(path, codebook="empty", name="GUI test project")
    ids: dict[str, str] = {}
    try:
        for name, text in (("en.txt", ENGLISH), ("ko.txt", KOREAN)):
            doc = Document(new_guid(), name, sha256_text(text), len(text), imported_at=utc_now())
            with store.atomic():
                store.insert_document(doc, text)
            ids[name] = doc.guid
        for path_ in CODES:
            group, leaf = path_.split("/")
            if group not in ids:
                add = AddCode(group)
                add.apply(store)
                ids[group] = add.code.guid
            add = AddCode(leaf, parent=ids[group], shortcut="1" if leaf == "Job offer" else "")
            add.apply(store)
            ids[path_] = add.code.guid
    finally:
        store.close()
    return ids


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "gui-test.sqlite"
    return path, build_project(path)


def wait_for_backup(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The automatic backup runs in a worker after opening; wait until it is written."""
    job = window.projects.backup_job
    if job is not None:
        qtbot.waitUntil(lambda: job.done, timeout=10_000)


@pytest.fixture
def make_window(qtbot, coder_env: str) -> Iterator[Callable[..., object]]:  # type: ignore[no-untyped-def]
    """Open MainWindows (closed again at the end of the test)."""
    from annotator.gui import MainWindow  # noqa: PLC0415

    windows: list[MainWindow] = []

    def make(path: Path | None = None, **options: object) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        if path is not None:
            assert window.open_project(path, **options)  # type: ignore[arg-type]
            wait_for_backup(qtbot, window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window, project):  # type: ignore[no-untyped-def]
    """A MainWindow on the test project, English document open."""
    return make_window(project[0])


@pytest.fixture
def check_model(request: pytest.FixtureRequest) -> Iterator[Callable[[object], None]]:
    """``qtmodeltester.check`` for several models at once: pytest-qt's fixture is one tester
    whose state would mix the signals of a proxy and its source, so each model gets its own."""
    from pytestqt.modeltest import ModelTester  # noqa: PLC0415

    testers: list[ModelTester] = []

    def check(model: object) -> None:
        tester = ModelTester(request.config)
        testers.append(tester)
        tester.check(model, force_py=True)

    yield check
    for tester in testers:
        tester._cleanup()

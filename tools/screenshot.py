"""Screenshot of the main window on the demo project, for the README.

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/screenshot.py out.png [--dark] [--document NAME]
        [--language ko|zh_CN|en] [--side-by-side] [--warned] [--care]

Builds the demo project into a temporary folder, opens it at 1400×900, picks a
document with codings and its most used code, and grabs the window. Settings
and the coder name live in the temporary folder too, so nothing of the user's
changes. ``--side-by-side`` grabs the side-by-side window of the demo's linked pair instead
(1200×800), after clicking the original's first coding (its aligned passage is marked).
``--warned`` marks the chosen document and one other with content warnings and grabs the
panel shown before the chosen one opens (the documents list shows their tags).
``--care`` shows the break reminder above the text, and also grabs the package dialog (a
warning ticked) and Team → Exposure to content warnings as ``OUT-package.png`` and
``OUT-exposure.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QObject, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--dark", action="store_true", help="use the dark palette")
    parser.add_argument("--document", default="", help="part of the document name to show")
    parser.add_argument("--language", default="", help="interface language (ko, zh_CN, en; default: $LANG)")
    parser.add_argument("--side-by-side", action="store_true", help="grab the linked pair's window")
    parser.add_argument(
        "--veiled",
        action="store_true",
        help="the shown code carries a warning and the coder veils warned passages",
    )
    parser.add_argument("--warned", action="store_true", help="grab the panel before a warned document")
    parser.add_argument(
        "--view",
        choices=("window", "search", "review", "export"),
        default="window",
        help="grab the window, the Search dock with hits in the shown code's passages, "
        "Team → Disagreements (mina and jun), or File → Export…",
    )
    parser.add_argument("--care", action="store_true", help="the break reminder, package and exposure")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="annotator-shot-"))
    os.environ["ANNOTATOR_CONFIG_DIR"] = str(tmp / "config")
    os.environ.setdefault("ANNOTATOR_CODER", "Researcher A")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Testimony Annotator screenshot")
    app.setApplicationName("Testimony Annotator screenshot")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qsettings"))

    from annotator.core.demo import build_demo  # noqa: PLC0415
    from annotator.gui import i18n  # noqa: PLC0415
    from annotator.gui.main_window import MainWindow  # noqa: PLC0415
    from annotator.gui.theme import apply_theme, dark_palette  # noqa: PLC0415

    i18n.install(app, args.language or None)  # default: the system locale ($LANG), as the app does
    apply_theme(app)
    if args.dark:
        app.setPalette(dark_palette())
    project = tmp / "demo.sqlite"
    build_demo(project)
    if args.veiled:
        _veil(project, args.document)
    if args.care:
        _warn_demo(project)

    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    if not window.open_project(project):
        print("cannot open the demo project", file=sys.stderr)
        return 1
    session = window.session
    assert session is not None
    docs = window.documents.model.documents
    coded = Counter(c.document for c in session.store.codings())
    wanted = [d for d in docs if args.document in d.name and coded[d.guid]] or docs
    doc = max(wanted, key=lambda d: coded[d.guid]) if not args.document else wanted[0]
    if args.warned:
        _warn(window, doc.guid)
    window.documents.select(doc.guid)
    top = Counter(c.code for c in session.store.codings(document=doc.guid)).most_common(1)
    if top and not args.warned:
        window.codebook.select_codes([top[0][0]])
        first = session.store.codings(document=doc.guid, code=top[0][0])[0]
        window.view.set_selected_coding(first.guid)
        window.segments.select_codings([first.guid])
    if not args.warned:
        window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.qWait(400)
    if args.side_by_side:
        return _side_by_side(window, args.output)
    if args.care:
        _care(window, args.output)
    if args.view != "window":
        span = (first.start, first.end) if top else (0, 200)
        return _other_view(window, args.view, args.output, span)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(args.output)):
        print(f"cannot write {args.output}", file=sys.stderr)
        return 1
    print(f"{args.output}: {doc.name}, {window.width()}×{window.height()}")
    window.close()
    return 0


def _warn_demo(project: Path) -> None:
    """Two demo testimonies carry warnings; a coder package for a third coder lies beside it."""
    from annotator.core.analysis.package import coder_for_package, make_package  # noqa: PLC0415
    from annotator.core.changes import SetDocumentWarnings  # noqa: PLC0415
    from annotator.core.store import ProjectStore  # noqa: PLC0415

    with ProjectStore.open(project) as store:
        docs = store.documents()
        SetDocumentWarnings(docs[0].guid, ["sexual violence", "violence against children"]).apply(store)
        SetDocumentWarnings(docs[1].guid, ["torture"]).apply(store)
    package = project.with_name(f"{project.stem}-hyun.sqlite")
    make_package(
        project, coder_for_package(project, "hyun"), package, exclude_warnings=["violence against children"]
    )


def _care(window, output: Path) -> None:  # noqa: ANN001
    """The break reminder in the window; the package and exposure dialogs grabbed beside it."""
    from annotator.gui.pacing import reminder_text  # noqa: PLC0415
    from annotator.gui.team.exposure_dialog import ExposureDialog  # noqa: PLC0415
    from annotator.gui.team.package_dialog import PackageDialog  # noqa: PLC0415

    window.care_bar.show_reminder(reminder_text(50))
    QTest.qWait(200)
    window.actions["file.package"].trigger()
    package = window.findChild(PackageDialog)
    package.exclusions["violence against children"].setChecked(True)
    QTest.qWait(300)
    package.grab().save(str(output.with_name(f"{output.stem}-package.png")))
    package.close()
    window.actions["team.exposure"].trigger()
    exposure = window.findChild(ExposureDialog)
    QTest.qWait(300)
    exposure.grab().save(str(output.with_name(f"{output.stem}-exposure.png")))
    exposure.close()
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.qWait(200)


def _veil(project: Path, document: str) -> None:
    """The document's most used code carries "sexual violence"; the coder prefers veiling."""
    from annotator.core.changes import SetCodeWarnings  # noqa: PLC0415
    from annotator.core.store import ProjectStore  # noqa: PLC0415
    from annotator.gui import care_settings  # noqa: PLC0415

    with ProjectStore.open(project) as store:
        coded = Counter(c.document for c in store.codings())
        docs = [d for d in store.documents() if document in d.name and coded[d.guid]]
        doc = max(docs, key=lambda d: coded[d.guid]) if not document else docs[0]
        code = Counter(c.code for c in store.codings(document=doc.guid)).most_common(1)[0][0]
        SetCodeWarnings(code, ["sexual violence"]).apply(store)
    care_settings.save(os.environ["ANNOTATOR_CODER"], care_settings.CarePreferences(veil_warned=True))


def _warn(window, document: str) -> None:  # noqa: ANN001
    """Mark ``document`` and another with content warnings; open that other one first."""
    from annotator.core.changes import SetDocumentWarnings  # noqa: PLC0415

    session = window.session
    other = next(d.guid for d in window.documents.model.documents if d.guid != document)
    session.push(SetDocumentWarnings(document, ["sexual violence", "violence against children"]))
    session.push(SetDocumentWarnings(other, ["torture"]))
    window.documents.select(other)
    window.warning_panel.open_button.click()


def _other_view(window, view: str, output: Path, span: tuple[int, int]) -> int:  # noqa: ANN001
    """Grab the Search dock (a word of the shown passage searched), the disagreements or export."""
    import re  # noqa: PLC0415

    target = window
    if view == "search":
        text = window.view.text[span[0] : span[1]]
        word = max(re.findall(r"\w{4,}", text) or ["the"], key=len)
        window.open_search()
        window.search_panel.query.setText(word)
        window.search_panel.mode.setCurrentIndex(window.search_panel.mode.findData("literal"))
        window.search.run()
        for _ in range(600):
            if window.search.job is None:
                break
            QTest.qWait(50)
        window.resizeDocks([window.docks["search"]], [380], Qt.Orientation.Vertical)
        model = window.search_panel.model
        veiled = [r for r in range(model.rowCount()) if model.veiled(r)]
        if veiled:  # a veiled hit in view, between plain ones
            window.search_panel.table.scrollTo(model.index(max(0, veiled[0] - 2), 0))
    elif view == "review":
        window.actions["team.disagreements"].trigger()
        target = window.findChild(QObject, "teamController").dialogs["disagreements"]
        target.coder_a.setCurrentText("mina")
        target.coder_b.setCurrentText("jun")
        task = target.find()
        for _ in range(600):
            if task is None or task.reported:
                break
            QTest.qWait(50)
        veiled = [r for r in range(target.model.rowCount()) if target.model.veiled(r)]
        if veiled:  # a veiled pair in the lower half
            target.select_row(veiled[0])
    else:
        window.actions["file.export"].trigger()
        target = window.findChild(QObject, "teamController").dialogs["export"]
        if "sexual violence" in target.warning_choices:
            target.set_warning_choice("sexual violence", "veil")
    QTest.qWait(400)
    output.parent.mkdir(parents=True, exist_ok=True)
    if not target.grab().save(str(output)):
        print(f"cannot write {output}", file=sys.stderr)
        return 1
    print(f"{output}: {view}, {target.width()}×{target.height()}")
    window.close()
    return 0


def _side_by_side(window, output: Path) -> int:  # noqa: ANN001
    """Open the demo's linked pair side by side, click the original's first coding, grab it."""
    from annotator.core.alignment import ORIGINAL  # noqa: PLC0415
    from annotator.gui.pairs.view import TranslationView  # noqa: PLC0415

    session = window.session
    links = session.store.translation_links()
    if not links:
        print("the demo has no linked pair", file=sys.stderr)
        return 1
    pair = TranslationView(session, links[0])
    pair.show()
    codings = sorted(session.store.codings(document=links[0].original), key=lambda c: c.start)
    if codings:
        pair._coding_clicked(ORIGINAL, [codings[0].guid])
    QTest.qWait(400)
    output.parent.mkdir(parents=True, exist_ok=True)
    if not pair.grab().save(str(output)):
        print(f"cannot write {output}", file=sys.stderr)
        return 1
    print(f"{output}: side by side, {pair.width()}×{pair.height()}")
    pair.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

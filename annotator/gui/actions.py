"""One table of the window's actions; menus, toolbar and the shortcuts help are built from it.

A row names its handler by id; the window supplies a ``{id: callable}`` map,
and ``enabled_when`` names a condition the window reports (``project``,
``writable``, ``document``, ``selection``, ``code``, ``coding``, ``case``). Keeping the
table as data means Help → Keyboard shortcuts can never drift from the menus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from annotator.gui.action_spec import ActionSpec
from annotator.gui.i18n import strip_mnemonic, translate

# Menu titles, translated under "MainWindow" where the menu bar is built.
MENUS = (
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    QT_TRANSLATE_NOOP("MainWindow", "&Code"),
    QT_TRANSLATE_NOOP("MainWindow", "Ca&se"),
    QT_TRANSLATE_NOOP("MainWindow", "&Team"),
    QT_TRANSLATE_NOOP("MainWindow", "&View"),
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
)


A = ActionSpec
ACTIONS: tuple[ActionSpec, ...] = (
    A(
        "file.new",
        "File",
        QT_TRANSLATE_NOOP("Actions", "&New project…"),
        ("Ctrl+N",),
        tip=QT_TRANSLATE_NOOP("Actions", "Create a project file with a codebook"),
    ),
    A("file.open", "File", QT_TRANSLATE_NOOP("Actions", "&Open project…"), ("Ctrl+O",), toolbar=True),
    A("file.recent", "File", QT_TRANSLATE_NOOP("Actions", "Open &recent"), kind="submenu"),
    A(
        "file.save_copy",
        "File",
        QT_TRANSLATE_NOOP("Actions", "Save a &copy…"),
        ("Ctrl+Shift+S",),
        "project",
        separator_before=True,
    ),
    A(
        "file.import",
        "File",
        QT_TRANSLATE_NOOP("Actions", "&Import documents…"),
        ("Ctrl+Shift+O",),
        "writable",
        toolbar=True,
    ),
    A(
        "file.close",
        "File",
        QT_TRANSLATE_NOOP("Actions", "C&lose project"),
        ("Ctrl+W",),
        "project",
        separator_before=True,
    ),
    A("file.quit", "File", QT_TRANSLATE_NOOP("Actions", "&Quit"), ("Ctrl+Q",)),
    A("edit.undo", "Edit", QT_TRANSLATE_NOOP("Actions", "&Undo"), ("Ctrl+Z",), kind="undo", toolbar=True),
    A(
        "edit.redo",
        "Edit",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        kind="redo",
        toolbar=True,
    ),
    A(
        "edit.find",
        "Edit",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        ("Ctrl+F",),
        "project",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Find in the open document, or tick All documents to list the matches in every one"
        ),
    ),
    A("edit.find_next", "Edit", QT_TRANSLATE_NOOP("Actions", "Find &next"), ("F3",), "project"),
    A("edit.find_previous", "Edit", QT_TRANSLATE_NOOP("Actions", "Find &previous"), ("Shift+F3",), "project"),
    A(
        "edit.memo",
        "Edit",
        QT_TRANSLATE_NOOP("Actions", "Edit &memo"),
        ("Ctrl+M",),
        "project",
        separator_before=True,
    ),
    A(
        "edit.attributes",
        "Edit",
        QT_TRANSLATE_NOOP("Actions", "Document &attributes…"),
        ("Ctrl+Shift+A",),
        "writable",
    ),
    A(
        "code.palette",
        "Code",
        QT_TRANSLATE_NOOP("Actions", "&Quick code…"),
        ("Ctrl+K", "Ctrl+Space"),
        "selection",
        toolbar=True,
        tip=QT_TRANSLATE_NOOP("Actions", "Type a few letters of a code, press Enter"),
    ),
    A(
        "code.apply",
        "Code",
        QT_TRANSLATE_NOOP("Actions", "&Apply selected code"),
        ("Ctrl+Return",),
        "selection",
    ),
    A(
        "code.in_vivo",
        "Code",
        QT_TRANSLATE_NOOP("Actions", "&In-vivo code"),
        ("Ctrl+I",),
        "selection",
        tip=QT_TRANSLATE_NOOP("Actions", "Make a code named by the selected words and apply it"),
    ),
    A(
        "code.values",
        "Code",
        QT_TRANSLATE_NOOP("Actions", "Edit &values…"),
        ("Ctrl+Shift+V",),
        "coding",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "The typed values of the chosen coded passage: price, age, date, place…"
        ),
    ),
    A("code.remove", "Code", QT_TRANSLATE_NOOP("Actions", "&Remove coding"), ("Delete",), "coding"),
    A("code.recode", "Code", QT_TRANSLATE_NOOP("Actions", "C&hange code…"), ("Ctrl+Shift+K",), "coding"),
    A(
        "code.add",
        "Code",
        QT_TRANSLATE_NOOP("Actions", "Add c&ode…"),
        ("Ctrl+Shift+N",),
        "writable",
        separator_before=True,
    ),
    A("code.add_child", "Code", QT_TRANSLATE_NOOP("Actions", "Add chi&ld code…"), (), "code"),
    A("code.rename", "Code", QT_TRANSLATE_NOOP("Actions", "Re&name code…"), ("F2",), "code"),
    A("code.recolor", "Code", QT_TRANSLATE_NOOP("Actions", "Re&colour code…"), (), "code"),
    A(
        "code.recolor_siblings",
        "Code",
        QT_TRANSLATE_NOOP("Actions", "Recolour si&blings"),
        (),
        "code",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Give the code and its siblings clearly distinct colours of their group's family (undoable)",
        ),
    ),
    A("code.shortcut", "Code", QT_TRANSLATE_NOOP("Actions", "Set &shortcut…"), (), "code"),
    A(
        "code.fields",
        "Code",
        QT_TRANSLATE_NOOP("Actions", "Value fields (&typed values)…"),
        (),
        "code",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "The values (price, age, date, place…) coders are asked for when they apply the code"
        ),
    ),
    A(
        "code.labels",
        "Code",
        QT_TRANSLATE_NOOP("Actions", "&Labels in other languages…"),
        (),
        "code",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "The code's Korean and Chinese name and definitions, beside its canonical ones"
        ),
    ),
    A(
        "code.default_labels",
        "Code",
        QT_TRANSLATE_NOOP("Actions", "Add the default codebook's Korean and Chinese labels"),
        (),
        "writable",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Fill in missing labels of codes from the default codebook (matched by GUID); never replaces one",
        ),
    ),
    A("code.label_language", "Code", QT_TRANSLATE_NOOP("Actions", "Show code names &in"), kind="submenu"),
    A("code.move", "Code", QT_TRANSLATE_NOOP("Actions", "&Move code to…"), (), "code"),
    A("code.merge", "Code", QT_TRANSLATE_NOOP("Actions", "M&erge code into…"), (), "code"),
    A("code.delete", "Code", QT_TRANSLATE_NOOP("Actions", "&Delete code…"), ("Ctrl+Shift+Delete",), "code"),
    A(
        "code.autocode",
        "Code",
        QT_TRANSLATE_NOOP("Actions", "A&uto-code with a pattern…"),
        (),
        "code",
        separator_before=True,
    ),
    A("code.filter", "Code", QT_TRANSLATE_NOOP("Actions", "&Filter codes"), ("Ctrl+L",), "project"),
    A(
        "team.switch_coder",
        "Team",
        QT_TRANSLATE_NOOP("Actions", "&Switch coder…"),
        ("Ctrl+Shift+U",),
        "project",
    ),
    A(
        "team.own_codings_only",
        "Team",
        QT_TRANSLATE_NOOP("Actions", "Coders change only their &own codings"),
        (),
        "writable",
        checkable=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "A project setting: refuse changes to another coder's codings instead of asking first"
        ),
    ),
    A(
        "view.mine",
        "View",
        QT_TRANSLATE_NOOP("Actions", "&My codings"),
        ("Ctrl+Shift+1",),
        "project",
        checkable=True,
        group="coders",
    ),
    A(
        "view.all",
        "View",
        QT_TRANSLATE_NOOP("Actions", "&All coders"),
        ("Ctrl+Shift+2",),
        "project",
        checkable=True,
        group="coders",
    ),
    A("view.one_coder", "View", QT_TRANSLATE_NOOP("Actions", "One &coder"), kind="submenu"),
    A(
        "view.color_by_coder",
        "View",
        QT_TRANSLATE_NOOP("Actions", "Co&lour by coder"),
        ("Ctrl+Shift+C",),
        "project",
        checkable=True,
    ),
    A(
        "view.reveal_veiled",
        "View",
        QT_TRANSLATE_NOOP("Actions", "Re&veal veiled passages"),
        ("Ctrl+Alt+V",),
        "project",
        checkable=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Show every warned passage veiled for you (uncheck to veil them again)"
        ),
    ),
    A(
        "view.zoom_in",
        "View",
        QT_TRANSLATE_NOOP("Actions", "Zoom &in"),
        ("Ctrl++", "Ctrl+="),
        separator_before=True,
    ),
    A("view.zoom_out", "View", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), ("Ctrl+-",)),
    A("view.zoom_reset", "View", QT_TRANSLATE_NOOP("Actions", "&Reset zoom"), ("Ctrl+0",)),
    A(
        "view.focus_documents",
        "View",
        QT_TRANSLATE_NOOP("Actions", "Go to &documents"),
        ("Alt+1",),
        separator_before=True,
    ),
    A("view.focus_text", "View", QT_TRANSLATE_NOOP("Actions", "Go to &text"), ("Alt+2",)),
    A("view.focus_codes", "View", QT_TRANSLATE_NOOP("Actions", "Go to code&book"), ("Alt+3",)),
    A("view.focus_segments", "View", QT_TRANSLATE_NOOP("Actions", "Go to &segments"), ("Alt+4",)),
    A("view.focus_memo", "View", QT_TRANSLATE_NOOP("Actions", "Go to m&emo"), ("Alt+5",)),
    A("view.panels", "View", QT_TRANSLATE_NOOP("Actions", "&Panels"), kind="submenu", separator_before=True),
    A("view.language", "View", QT_TRANSLATE_NOOP("Actions", "&Language"), kind="submenu"),
    A("help.shortcuts", "Help", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), ("F1", "Ctrl+/")),
    A("help.about", "Help", QT_TRANSLATE_NOOP("Actions", "&About Testimony Annotator")),
)
del A

WIDGET_KEYS: tuple[tuple[str, str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Codebook"),
        QT_TRANSLATE_NOOP("Shortcuts", "Enter / double-click"),
        QT_TRANSLATE_NOOP("Shortcuts", "Apply the code to the selected text"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Codebook"),
        QT_TRANSLATE_NOOP("Shortcuts", "1–9 and set keys (in the text)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Apply the code with that shortcut"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Text"),
        QT_TRANSLATE_NOOP("Shortcuts", "Shift+arrows / drag a stripe end"),
        QT_TRANSLATE_NOOP("Shortcuts", "Resize the selected coding"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Text"),
        QT_TRANSLATE_NOOP("Shortcuts", "Drag a code onto the selection"),
        QT_TRANSLATE_NOOP("Shortcuts", "Apply that code"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Find bar"),
        QT_TRANSLATE_NOOP("Shortcuts", "Enter / Shift+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next / previous match"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Find bar"),
        QT_TRANSLATE_NOOP("Shortcuts", "Escape"),
        QT_TRANSLATE_NOOP("Shortcuts", "Close the find bar"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Find bar"),
        QT_TRANSLATE_NOOP("Shortcuts", "Alt+D / Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "Search all documents / into the list of matches (Enter opens one)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Codebook filter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Escape"),
        QT_TRANSLATE_NOOP("Shortcuts", "Clear the filter (again: to the code tree)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Text"),
        QT_TRANSLATE_NOOP("Shortcuts", "Drag / Alt+drag"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select whole words / select by character"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Values bar"),
        QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Store every filled value (one undo step)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Values bar"),
        QT_TRANSLATE_NOOP("Shortcuts", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next / previous field"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Values bar"),
        QT_TRANSLATE_NOOP("Shortcuts", "Down / Up"),
        QT_TRANSLATE_NOOP("Shortcuts", "The passage's other readings (or a choice field's choices)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Values bar"),
        QT_TRANSLATE_NOOP("Shortcuts", "Escape"),
        QT_TRANSLATE_NOOP("Shortcuts", "Skip: store nothing (values can be added later)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Segments"),
        QT_TRANSLATE_NOOP("Shortcuts", "Double-click a value"),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit the values of that passage"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Segments"),
        QT_TRANSLATE_NOOP("Shortcuts", "Enter / double-click"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the passage"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Cases"),
        QT_TRANSLATE_NOOP("Shortcuts", "Enter / double-click"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the case's journey timeline"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Cases"),
        QT_TRANSLATE_NOOP("Shortcuts", "Down (in the filter box)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Into the case list"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Case editor"),
        QT_TRANSLATE_NOOP("Shortcuts", "Enter (label) / Ctrl+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Store the changes (one undo step)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Case editor"),
        QT_TRANSLATE_NOOP("Shortcuts", "Escape"),
        QT_TRANSLATE_NOOP("Shortcuts", "Revert to the stored case"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Journey timeline"),
        QT_TRANSLATE_NOOP("Shortcuts", "Enter / click"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the event's passage"),
    ),
)


def compose(base: Iterable[ActionSpec], extra: Iterable[ActionSpec]) -> tuple[ActionSpec, ...]:
    """``base`` with each extra action inserted before its ``before`` id (or at the end)."""
    result = list(base)
    for spec in extra:
        ids = [s.id for s in result]
        index = ids.index(spec.before) if spec.before in ids else len(result)
        result.insert(index, spec)
    return tuple(result)


def all_actions() -> tuple[ActionSpec, ...]:
    """The core table plus the cases, team-lead and trust features' actions (their own modules)."""
    from annotator.gui import cases, content_warnings, pairs, search, team, trust  # noqa: PLC0415 (they import this module)

    extra = (*cases.ACTIONS, *search.ACTIONS, *team.ACTIONS, *trust.ACTIONS, *pairs.ACTIONS)
    return compose(ACTIONS, (*extra, *content_warnings.ACTIONS))


def plain(text: str) -> str:
    """Menu text without mnemonics ("&Open", "열기(&O)") or the trailing ellipsis."""
    return strip_mnemonic(text).rstrip("…").rstrip()


def action_text(spec: ActionSpec) -> str:
    """The row's menu text in the interface language (rows are marked under "Actions")."""
    return translate("Actions", spec.text)


def action_tip(spec: ActionSpec) -> str:
    return translate("Actions", spec.tip) if spec.tip else ""


def menu_title(menu: str) -> str:
    """A menu's title ("File" or "&File") in the interface language, with its mnemonic."""
    source = next((m for m in MENUS if m.replace("&", "") == menu.replace("&", "")), menu)
    return translate("MainWindow", source)


class ActionRegistry:
    """The QActions of one window, keyed by id, with enabled-state updates."""

    def __init__(self, actions: dict[str, QAction], specs: Iterable[ActionSpec]) -> None:
        self.actions = actions
        self.specs = {s.id: s for s in specs}
        self.menus: dict[str, QMenu] = {}

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def update(self, conditions: set[str]) -> None:
        for action_id, action in self.actions.items():
            spec = self.specs.get(action_id)
            if spec is not None and spec.kind == "action":
                action.setEnabled(not spec.enabled_when or spec.enabled_when in conditions)


def build_actions(
    window: QWidget,
    handlers: Mapping[str, Callable[[], object]],
    *,
    undo: QAction,
    redo: QAction,
    submenus: Mapping[str, QMenu],
    menubar: QMenuBar,
    toolbar: QToolBar,
) -> ActionRegistry:
    """Create every action of ``ACTIONS``, add them to the menus and the toolbar."""
    actions: dict[str, QAction] = {}
    groups: dict[str, QActionGroup] = {}
    menus = {m.replace("&", ""): menubar.addMenu(translate("MainWindow", m)) for m in MENUS}
    specs = all_actions()
    for spec in specs:
        menu = menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        if spec.kind == "submenu":
            sub = submenus[spec.id]
            sub.setTitle(action_text(spec))
            menu.addMenu(sub)
            continue
        if spec.kind in ("undo", "redo"):
            action = undo if spec.kind == "undo" else redo
            action.setParent(window)
        else:
            action = QAction(action_text(spec), window)
            handler = handlers[spec.id]  # KeyError here = a row without a handler
            action.setCheckable(spec.checkable)
            # triggered (not toggled): fires for the user's choice, not for setChecked() syncs
            action.triggered.connect(lambda _checked=False, h=handler: h())
        action.setObjectName(spec.id)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        if spec.tip:
            tip = action_tip(spec)
            action.setStatusTip(tip)
            action.setToolTip(f"{plain(action_text(spec))} — {tip}")
        if spec.group:
            group = groups.setdefault(spec.group, QActionGroup(window))
            group.addAction(action)
        window.addAction(action)  # shortcuts work with the menu bar hidden, too
        menu.addAction(action)
        if spec.toolbar:
            if spec.kind == "action":  # "프로젝트 열기(&O)…" on a tool button: no "(O)", no "…"
                action.setIconText(plain(action_text(spec)))
            toolbar.addAction(action)
        actions[spec.id] = action
    registry = ActionRegistry(actions, specs)
    registry.menus = menus
    return registry


def shortcut_rows(code_shortcuts: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str, str]]:
    """(where, keys, what) for the shortcuts dialog: every action, then codes, then widget keys."""
    rows = [
        (
            plain(menu_title(spec.menu)),
            ", ".join(
                QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in spec.shortcuts
            )
            or "—",
            plain(action_text(spec)),
        )
        for spec in all_actions()
        if spec.kind != "submenu"
    ]
    code_key = translate("Shortcuts", "Code key")
    rows += [(code_key, key, path) for key, path in code_shortcuts]
    rows += [
        (translate("Shortcuts", w), translate("Shortcuts", k), translate("Shortcuts", t))
        for w, k, t in WIDGET_KEYS
    ]
    return rows

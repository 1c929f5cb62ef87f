"""One table of the window's actions; menus, toolbar and the shortcuts help are built from it.

A row names its handler by id; the window supplies a ``{id: callable}`` map,
and ``enabled_when`` names a condition the window reports (``project``,
``writable``, ``document``, ``selection``, ``code``, ``coding``, ``case``). Keeping the
table as data means Help → Keyboard shortcuts can never drift from the menus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from annotator.gui.action_spec import ActionSpec

MENUS = ("&File", "&Edit", "&Code", "Ca&se", "&Team", "&View", "&Help")


A = ActionSpec
ACTIONS: tuple[ActionSpec, ...] = (
    A("file.new", "File", "&New project…", ("Ctrl+N",), tip="Create a project file with a codebook"),
    A("file.open", "File", "&Open project…", ("Ctrl+O",), toolbar=True),
    A("file.recent", "File", "Open &recent", kind="submenu"),
    A("file.save_copy", "File", "Save a &copy…", ("Ctrl+Shift+S",), "project", separator_before=True),
    A("file.import", "File", "&Import documents…", ("Ctrl+Shift+O",), "writable", toolbar=True),
    A("file.close", "File", "C&lose project", ("Ctrl+W",), "project", separator_before=True),
    A("file.quit", "File", "&Quit", ("Ctrl+Q",)),
    A("edit.undo", "Edit", "&Undo", ("Ctrl+Z",), kind="undo", toolbar=True),
    A("edit.redo", "Edit", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), kind="redo", toolbar=True),
    A(
        "edit.find",
        "Edit",
        "&Find…",
        ("Ctrl+F",),
        "project",
        separator_before=True,
        tip="Find in the open document, or tick All documents to list the matches in every one",
    ),
    A("edit.find_next", "Edit", "Find &next", ("F3",), "project"),
    A("edit.find_previous", "Edit", "Find &previous", ("Shift+F3",), "project"),
    A("edit.memo", "Edit", "Edit &memo", ("Ctrl+M",), "project", separator_before=True),
    A("edit.attributes", "Edit", "Document &attributes…", ("Ctrl+Shift+A",), "writable"),
    A(
        "code.palette",
        "Code",
        "&Quick code…",
        ("Ctrl+K", "Ctrl+Space"),
        "selection",
        toolbar=True,
        tip="Type a few letters of a code, press Enter",
    ),
    A("code.apply", "Code", "&Apply selected code", ("Ctrl+Return",), "selection"),
    A(
        "code.in_vivo",
        "Code",
        "&In-vivo code",
        ("Ctrl+I",),
        "selection",
        tip="Make a code named by the selected words and apply it",
    ),
    A(
        "code.values",
        "Code",
        "Edit &values…",
        ("Ctrl+Shift+V",),
        "coding",
        separator_before=True,
        tip="The typed values of the chosen coded passage: price, age, date, place…",
    ),
    A("code.remove", "Code", "&Remove coding", ("Delete",), "coding"),
    A("code.recode", "Code", "C&hange code…", ("Ctrl+Shift+K",), "coding"),
    A("code.add", "Code", "Add c&ode…", ("Ctrl+Shift+N",), "writable", separator_before=True),
    A("code.add_child", "Code", "Add chi&ld code…", (), "code"),
    A("code.rename", "Code", "Re&name code…", ("F2",), "code"),
    A("code.recolor", "Code", "Re&colour code…", (), "code"),
    A(
        "code.recolor_siblings",
        "Code",
        "Recolour si&blings",
        (),
        "code",
        tip="Give the code and its siblings clearly distinct colours of their group's family (undoable)",
    ),
    A("code.shortcut", "Code", "Set &shortcut…", (), "code"),
    A(
        "code.fields",
        "Code",
        "Value fields (&typed values)…",
        (),
        "code",
        tip="The values (price, age, date, place…) coders are asked for when they apply the code",
    ),
    A("code.move", "Code", "&Move code to…", (), "code"),
    A("code.merge", "Code", "M&erge code into…", (), "code"),
    A("code.delete", "Code", "&Delete code…", ("Ctrl+Shift+Delete",), "code"),
    A("code.autocode", "Code", "A&uto-code with a pattern…", (), "code", separator_before=True),
    A("code.filter", "Code", "&Filter codes", ("Ctrl+L",), "project"),
    A("team.switch_coder", "Team", "&Switch coder…", ("Ctrl+Shift+U",), "project"),
    A(
        "team.own_codings_only",
        "Team",
        "Coders change only their &own codings",
        (),
        "writable",
        checkable=True,
        tip="A project setting: refuse changes to another coder's codings instead of asking first",
    ),
    A("view.mine", "View", "&My codings", ("Ctrl+Shift+1",), "project", checkable=True, group="coders"),
    A("view.all", "View", "&All coders", ("Ctrl+Shift+2",), "project", checkable=True, group="coders"),
    A("view.one_coder", "View", "One &coder", kind="submenu"),
    A("view.color_by_coder", "View", "Co&lour by coder", ("Ctrl+Shift+C",), "project", checkable=True),
    A("view.zoom_in", "View", "Zoom &in", ("Ctrl++", "Ctrl+="), separator_before=True),
    A("view.zoom_out", "View", "Zoom &out", ("Ctrl+-",)),
    A("view.zoom_reset", "View", "&Reset zoom", ("Ctrl+0",)),
    A("view.focus_documents", "View", "Go to &documents", ("Alt+1",), separator_before=True),
    A("view.focus_text", "View", "Go to &text", ("Alt+2",)),
    A("view.focus_codes", "View", "Go to code&book", ("Alt+3",)),
    A("view.focus_segments", "View", "Go to &segments", ("Alt+4",)),
    A("view.focus_memo", "View", "Go to m&emo", ("Alt+5",)),
    A("view.panels", "View", "&Panels", kind="submenu", separator_before=True),
    A("help.shortcuts", "Help", "&Keyboard shortcuts", ("F1", "Ctrl+/")),
    A("help.about", "Help", "&About Testimony Annotator"),
)
del A

WIDGET_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Codebook", "Enter / double-click", "Apply the code to the selected text"),
    ("Codebook", "1–9 and set keys (in the text)", "Apply the code with that shortcut"),
    ("Text", "Shift+arrows / drag a stripe end", "Resize the selected coding"),
    ("Text", "Drag a code onto the selection", "Apply that code"),
    ("Find bar", "Enter / Shift+Enter", "Next / previous match"),
    ("Find bar", "Escape", "Close the find bar"),
    ("Find bar", "Alt+D / Down", "Search all documents / into the list of matches (Enter opens one)"),
    ("Codebook filter", "Escape", "Clear the filter (again: to the code tree)"),
    ("Text", "Drag / Alt+drag", "Select whole words / select by character"),
    ("Values bar", "Enter", "Store every filled value (one undo step)"),
    ("Values bar", "Tab / Shift+Tab", "Next / previous field"),
    ("Values bar", "Down / Up", "The passage's other readings (or a choice field's choices)"),
    ("Values bar", "Escape", "Skip: store nothing (values can be added later)"),
    ("Segments", "Double-click a value", "Edit the values of that passage"),
    ("Segments", "Enter / double-click", "Open the passage"),
    ("Cases", "Enter / double-click", "Open the case's journey timeline"),
    ("Cases", "Down (in the filter box)", "Into the case list"),
    ("Case editor", "Enter (label) / Ctrl+Enter", "Store the changes (one undo step)"),
    ("Case editor", "Escape", "Revert to the stored case"),
    ("Journey timeline", "Enter / click", "Open the event's passage"),
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
    from annotator.gui import cases, search, team, trust  # noqa: PLC0415 (they import this module)

    return compose(ACTIONS, (*cases.ACTIONS, *search.ACTIONS, *team.ACTIONS, *trust.ACTIONS))


def plain(text: str) -> str:
    """Menu text without mnemonics or the trailing ellipsis."""
    return text.replace("&", "").rstrip("…")


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
    menus = {m.replace("&", ""): menubar.addMenu(m) for m in MENUS}
    specs = all_actions()
    for spec in specs:
        menu = menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        if spec.kind == "submenu":
            sub = submenus[spec.id]
            sub.setTitle(spec.text)
            menu.addMenu(sub)
            continue
        if spec.kind in ("undo", "redo"):
            action = undo if spec.kind == "undo" else redo
            action.setParent(window)
        else:
            action = QAction(spec.text, window)
            handler = handlers[spec.id]  # KeyError here = a row without a handler
            action.setCheckable(spec.checkable)
            # triggered (not toggled): fires for the user's choice, not for setChecked() syncs
            action.triggered.connect(lambda _checked=False, h=handler: h())
        action.setObjectName(spec.id)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(f"{plain(spec.text)} — {spec.tip}")
        if spec.group:
            group = groups.setdefault(spec.group, QActionGroup(window))
            group.addAction(action)
        window.addAction(action)  # shortcuts work with the menu bar hidden, too
        menu.addAction(action)
        if spec.toolbar:
            toolbar.addAction(action)
        actions[spec.id] = action
    registry = ActionRegistry(actions, specs)
    registry.menus = menus
    return registry


def shortcut_rows(code_shortcuts: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str, str]]:
    """(where, keys, what) for the shortcuts dialog: every action, then codes, then widget keys."""
    rows = [
        (
            spec.menu,
            ", ".join(
                QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in spec.shortcuts
            )
            or "—",
            plain(spec.text),
        )
        for spec in all_actions()
        if spec.kind != "submenu"
    ]
    rows += [("Code key", key, path) for key, path in code_shortcuts]
    rows += list(WIDGET_KEYS)
    return rows

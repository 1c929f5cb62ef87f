"""The document list, the segments table with its preview, and the memo editor (the window's docks)."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import translate
from annotator.gui.models.documents import CODED, DOCUMENT_ROLE, PROGRESS_ROLE, WARNED, DocumentsModel
from annotator.gui.models.segments import Quote, SegmentsModel
from annotator.gui.quiet_label import QuietLabel
from annotator.gui.tables import row_table
from annotator.gui.veil import VeilDelegate, VeilState, bar_colors


class ProgressDelegate(QStyledItemDelegate):
    """A small bar and the percentage: progress read at a glance, quietly."""

    BAR = 36

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect  # type: ignore[attr-defined]
        palette = opt.palette  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        fraction = min(max(float(index.data(PROGRESS_ROLE) or 0.0), 0.0), 1.0)
        bar = QRect(rect.left() + 6, rect.center().y() - 2, self.BAR, 5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = palette.highlightedText().color() if selected else palette.mid().color()
        track.setAlpha(90)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 2, 2)
        painter.setBrush(palette.highlightedText() if selected else palette.highlight())
        painter.drawRoundedRect(
            QRect(bar.left(), bar.top(), round(bar.width() * fraction), bar.height()), 2, 2
        )
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        text_rect = rect.adjusted(self.BAR + 10, 0, -4, 0)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + self.BAR + 10, hint.height())


COLUMN_FIT_ROWS = 150


class DocumentsPanel(QWidget):
    documentSelected = Signal(object)  # document GUID or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentsModel(self)
        self.view = QTreeView()
        self.view.setObjectName("documentList")
        self.view.setAccessibleName(translate("DocumentsPanel", "Documents"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setItemDelegateForColumn(CODED, ProgressDelegate(self.view))
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view)
        self._current: str | None = None
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._reselect)
        self.model.dataChanged.connect(lambda *_: self._show_warned_column())
        # Fit columns to the first rows only: measuring every row of 2,000 documents took 0.12 s
        # of opening a project (Qt's default looks at 1,000).
        self.view.header().setResizeContentsPrecision(COLUMN_FIT_ROWS)

    def current(self) -> str | None:
        return self._current

    def select(self, guid: str | None) -> None:
        row = self.model.row_of(guid) if guid else -1
        if row < 0:
            self.view.selectionModel().clearSelection()
            self._set_current(None)
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_current(current.siblingAtColumn(0).data(DOCUMENT_ROLE) if current.isValid() else None)

    def _set_current(self, guid: str | None) -> None:
        if guid != self._current:
            self._current = guid
            self.documentSelected.emit(guid)

    def _show_warned_column(self) -> None:
        """The content-warning tags' narrow column, only in a project where a document carries one."""
        hidden = not self.model.any_warned()
        if hidden != self.view.isColumnHidden(WARNED):
            self.view.setColumnHidden(WARNED, hidden)
            if not hidden:
                self.view.resizeColumnToContents(WARNED)

    def _remember(self) -> None:
        self._keep = self._current

    def _reselect(self) -> None:
        keep = getattr(self, "_keep", None)
        for column in range(self.model.columnCount()):
            self.view.resizeColumnToContents(column)  # names whole; attributes scroll sideways
        self.view.setColumnWidth(0, min(self.view.columnWidth(0), 200))
        self._show_warned_column()
        if keep and self.model.row_of(keep) >= 0:
            blocker = self.view.selectionModel().blockSignals(True)
            self.select(keep)
            self.view.selectionModel().blockSignals(blocker)
        else:
            self._set_current(None)


class SegmentPreview(QTextBrowser):
    """The whole passage of the segments table's current row, its code and coder: a quote is
    read here, not in an elided cell, and Up/Down in the table moves through them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentPreview")
        self.setAccessibleName(translate("SegmentPreview", "Whole passage of the current segment"))
        self.setOpenLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes from the table to the memo
        self.setPlaceholderText(
            translate("SegmentPreview", "Select a segment to read its whole passage here.")
        )

    def show_quote(self, quote: Quote | None) -> None:
        self.setAccessibleDescription(quote.veiled if quote is not None else "")
        if quote is None:
            self.clear()
            return
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        if quote.veiled:  # a neutral bar in the palette's own colours, then how to reveal it
            fill, ink = (self.palette().color(role).name() for role in bar_colors(self.palette()))
            hint = translate(
                "SegmentPreview", "Press Space in the table, or click the passage, to reveal it."
            )
            self.setHtml(
                f"<p><b>{html.escape(quote.code)}</b><br><span style='color:{quiet}'>"
                f"{html.escape(quote.coder)} · {html.escape(quote.document)}</span></p>"
                f"<table width='100%' cellpadding='6' style='background:{fill}'><tr><td style='color:{ink}'>"
                f"{html.escape(quote.text)}<br>{html.escape(quote.veiled)}</td></tr></table>"
                f"<p style='color:{quiet}'>{html.escape(hint)}</p>"
            )
            return
        swatch = f"<span style='color:{html.escape(quote.color)}'>■</span> " if quote.color else ""
        parts = [
            f"<p>{swatch}<b>{html.escape(quote.code)}</b><br>"
            f"<span style='color:{quiet}'>{html.escape(quote.coder)} · {html.escape(quote.document)}"
            "</span></p>",
            f"<p><span style='color:{quiet}'>…{_lines(quote.before)}</span>"
            f"<b>{_lines(quote.text)}</b>"
            + (f" <i>[{_more(quote.cut)}]</i>" if quote.cut else "")
            + f"<span style='color:{quiet}'>{_lines(quote.after)}…</span></p>",
        ]
        if quote.memo:
            label = html.escape(translate("SegmentPreview", "Memo:"))
            parts.append(f"<p><i>{label}</i> {_lines(quote.memo)}</p>")
        self.setHtml("".join(parts))


def _more(cut: int) -> str:
    """ "… 1,234 more characters": how much of a long passage the preview leaves out."""
    if cut == 1:
        text = translate("SegmentPreview", "… {n} more character")
    else:
        text = translate("SegmentPreview", "… {n} more characters")
    return html.escape(text.format(n=f"{cut:,}"))


def _lines(text: str) -> str:
    """Escaped, with the text's line breaks kept (a testimony's turns read as turns)."""
    return "<br>".join(html.escape(re.sub(r"[ \t]+", " ", line)) for line in text.split("\n"))


class SegmentsPanel(QWidget):
    segmentActivated = Signal(str)  # coding GUID: open the passage
    valuesRequested = Signal(str)  # coding GUID: a double-click on its values: edit them
    codingsSelected = Signal(list)  # coding GUIDs

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Painting its own background makes the panel opaque to Qt: a row added to the table
        # or a new count no longer repaints the dock and the window beneath it.
        self.setAutoFillBackground(True)
        self.model = SegmentsModel(self)
        self.coder = QComboBox()
        self.coder.setObjectName("segmentCoderFilter")
        self.coder.setAccessibleName(translate("SegmentsPanel", "Show segments of coder"))
        self.document = QComboBox()
        self.document.setObjectName("segmentDocumentFilter")
        self.document.setAccessibleName(translate("SegmentsPanel", "Show segments in document"))
        self.document.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count = QuietLabel()  # its text changes with every coding: see quiet_label.py
        self.count.setObjectName("segmentCount")
        coder_label = QLabel(translate("SegmentsPanel", "C&oder:"))
        doc_label = QLabel(translate("SegmentsPanel", "Doc&ument:"))
        coder_label.setBuddy(self.coder)
        doc_label.setBuddy(self.document)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        for widget in (coder_label, self.coder, doc_label, self.document):
            bar.addWidget(widget)
        self.table = row_table(
            self.model,
            name="segmentTable",
            accessible=translate("SegmentsPanel", "Coded segments"),
            multi=True,
            stretch=3,
            widths=((0, 150), (1, 180), (2, 80), (SegmentsModel.VALUES, 150), (5, 100), (6, 90)),
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.setItemDelegateForColumn(3, VeilDelegate(self.table))
        self.preview = SegmentPreview()
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("segmentSplit")
        self.split.addWidget(self.table)
        self.split.addWidget(self.preview)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.split)
        self.table.installEventFilter(self)
        self._viewport = self.table.viewport()
        self._viewport.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.coder.activated.connect(self._filters_changed)
        self.document.activated.connect(self._filters_changed)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_count)
        self.model.modelReset.connect(self._show_current)
        self.model.dataChanged.connect(self._current_changed)
        self.model.modelReset.connect(self.update_values_column)

    def set_veil(self, veil: VeilState) -> None:
        """Veil warned passages for the coder who prefers it (see :mod:`annotator.gui.veil`)."""
        self.model.set_veil(veil)
        veil.changed.connect(self._show_current)

    def reveal_current(self) -> bool:
        """Reveal the veiled passages of the selected rows (or the current one); False if none was."""
        veil = self.model.veil
        if veil is None:
            return False
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        rows = rows or {self.table.currentIndex().row()}
        done = False
        for row in sorted(rows):
            coding = self.model.coding_at(row)
            if coding is not None:
                done = veil.reveal(coding.document, coding.start, coding.end) or done
        return done

    def update_values_column(self) -> None:
        """The Values column only where some code asks for values (others have nothing to show)."""
        self.table.setColumnHidden(SegmentsModel.VALUES, not self.model.values.has_fields())

    def fill_filters(self, coders: list[tuple[str, str]], documents: list[tuple[str, str]]) -> None:
        """Refill the combo boxes with (guid, name) pairs, keeping the chosen entries."""
        for combo, items in ((self.coder, coders), (self.document, documents)):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("SegmentsPanel", "All"), None)
            for guid, name in items:
                combo.addItem(name, guid)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
        self._filters_changed()

    def set_coder_filter(self, guid: str | None) -> None:
        self.coder.setCurrentIndex(max(0, self.coder.findData(guid)))
        self._filters_changed()

    def _filters_changed(self, *_: object) -> None:
        self.model.set_filters(coder=self.coder.currentData(), document=self.document.currentData())

    def _update_count(self, *_: object) -> None:
        n = self.model.rowCount()
        one = n == 1
        # Whole sentences per case and number: word order differs in Korean and Chinese.
        if self.model.case:
            text = (
                translate("SegmentsPanel", "%n segment of case {case}", None, n)
                if one
                else translate("SegmentsPanel", "%n segments of case {case}", None, n)
            ).format(case=self.model.case_label)
        elif self.model.codes:
            text = (
                translate("SegmentsPanel", "%n segment of the selected codes", None, n)
                if one
                else translate("SegmentsPanel", "%n segments of the selected codes", None, n)
            )
        else:
            text = (
                translate("SegmentsPanel", "%n segment in this document", None, n)
                if one
                else translate("SegmentsPanel", "%n segments in this document", None, n)
            )
        self.count.setText(text)

    def selected(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [c.guid for r in rows if (c := self.model.coding_at(r)) is not None]

    def select_codings(self, guids: list[str]) -> None:
        model = self.table.selectionModel()
        model.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for guid in guids:
            row = self.model.row_of(guid)
            if row >= 0:
                model.select(self.model.index(row, 0), flags)
                first = first if first is not None else row
        if first is not None:
            model.setCurrentIndex(self.model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(self.model.index(first, 0))

    def _activated(self, index: QModelIndex) -> None:
        coding = self.model.coding_at(index.row())
        if coding is not None:
            self.segmentActivated.emit(coding.guid)

    def _show_current(self, *_: object) -> None:
        index = self.table.currentIndex()
        self.preview.show_quote(self.model.quote(index.row()) if index.isValid() else None)

    def _current_changed(self, top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        """A row's code, memo or names changed: redraw the preview if it shows that row."""
        row = self.table.currentIndex().row()
        if top.row() <= row <= bottom.row():
            self._show_current()

    def _selection_changed(self, *_: object) -> None:
        self.codingsSelected.emit(self.selected())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Double-click or Enter opens the passage; a double-click on the values edits them (the raw
        event: see CodebookPanel)."""
        if watched is self._viewport and event.type() == QEvent.Type.MouseButtonDblClick:
            assert isinstance(event, QMouseEvent)
            index = self.table.indexAt(event.position().toPoint())
            coding = self.model.coding_at(index.row()) if index.isValid() else None
            if coding is not None and index.column() == SegmentsModel.VALUES:
                self.segmentActivated.emit(coding.guid)  # the passage in view, then its values
                self.valuesRequested.emit(coding.guid)
                return True
            if index.isValid():
                self._activated(index)
                return True
        if watched is self._viewport and event.type() == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            index = self.table.indexAt(event.position().toPoint())
            if index.isValid() and index.column() == 3 and self.model.veiled(index.row()):
                coding = self.model.coding_at(index.row())
                if coding is not None and self.model.veil is not None:  # a click on the bar reveals it
                    self.model.veil.reveal(coding.document, coding.start, coding.end)
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Space and self.reveal_current():
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.reveal_current():
                return True  # the first Enter on a veiled row reveals it; the next one opens it
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activated(self.table.currentIndex())
                return True
        return super().eventFilter(watched, event)


class MemoPanel(QWidget):
    """What the memo is about, and the editor (saved by the MemoController as you type)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = QLabel()
        self.target.setObjectName("memoTarget")
        self.target.setTextFormat(Qt.TextFormat.PlainText)
        self.target.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("memoEditor")
        self.editor.setAccessibleName(translate("MemoPanel", "Memo"))
        self.editor.setTabChangesFocus(True)
        self.target.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.target)
        layout.addWidget(self.editor)

"""Running a corpus search from the Search dock: a worker job, its results, jumps, bulk coding."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from annotator.core.analysis.corpus_search import Hit, SearchResult, search
from annotator.core.changes import CodePassages
from annotator.core.patterns import INTERACTIVE_TIMEOUT_S, INTERACTIVE_TOTAL_TIMEOUT_S
from annotator.gui.i18n import translate
from annotator.gui.search import helper
from annotator.gui.search.panel import CURRENT, FILTERED, CorpusSearchPanel
from annotator.gui.session import ProjectSession
from annotator.gui.workbench import CodePicker, SearchBench
from annotator.gui.workers import Job

LIMIT = 5000  # hits listed at most: a table of more helps nobody; the status line says so


class SearchController(QObject):
    """Binds a :class:`CorpusSearchPanel` to the session the bench holds."""

    def __init__(
        self, bench: SearchBench, panel: CorpusSearchPanel, picker: CodePicker, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.bench, self.panel, self.picker = bench, panel, picker
        self.job: Job | None = None
        self.last_query = ""
        panel.search_requested.connect(self.run)
        panel.hit_activated.connect(self.jump)
        panel.code_requested.connect(self.code_selected)

    # -- searching ----------------------------------------------------------------------------
    def run(self) -> Job | None:
        """Search with what the panel says, in a worker (a word search indexes first)."""
        session = self.bench.session
        query = self.panel.query.text()
        if session is None:
            return None
        if not query.strip():
            self.panel.status.setText(translate("CorpusSearch", "Type something to search for."))
            return None
        documents = self._scope(session)
        if documents == []:
            self.panel.model.set_hits([])
            self.panel.status.setText(translate("CorpusSearch", "No document to search in."))
            return None
        self.cancel()
        mode = self.panel.mode_kind()
        self.last_query = query

        def work(store: Any, progress: Any, cancelled: Any) -> SearchResult:
            return search(
                store,
                query,
                mode=mode,  # type: ignore[arg-type]
                documents=documents,
                limit=LIMIT,
                timeout=INTERACTIVE_TIMEOUT_S,
                total_timeout=INTERACTIVE_TOTAL_TIMEOUT_S,
                progress=progress,
                cancelled=cancelled,
                analyser=helper.analyse_elsewhere,
                query_analyser=helper.query_elsewhere,
            )

        job = self.job = Job(session.path, work, self)
        job.progressed.connect(self._progressed)
        job.finished.connect(lambda result, job=job: self._finished(job, result))
        job.failed.connect(lambda message, job=job: self._failed(job, message))
        self.panel.status.setText(translate("CorpusSearch", "Searching…"))
        return job.start()

    def _scope(self, session: ProjectSession) -> list[str] | None:
        kind = self.panel.scope_kind()
        if kind == CURRENT:
            current = self.bench.current_document
            return [current] if current else []
        if kind == FILTERED:
            part = self.panel.filter.text().strip().casefold()
            return [d.guid for d in session.store.documents() if part in d.name.casefold()]
        return None

    def cancel(self) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel()
        self.job = None

    def _progressed(self, done: int, total: int, _name: str) -> None:
        self.panel.status.setText(
            translate("CorpusSearch", "Reading the documents' words (once): {done} of {total}…").format(
                done=done, total=total
            )
        )

    def _finished(self, job: Job, result: SearchResult) -> None:
        if job is not self.job:
            return  # an older search, overtaken by a newer one
        self.job = None
        self.panel.model.set_hits(result.hits)
        self.panel.table.resizeColumnToContents(2)
        n = len(result.hits)
        if n == 1:
            text = translate("CorpusSearch", "%n hit in {documents} of {searched} documents.", None, n)
        else:
            text = translate("CorpusSearch", "%n hits in {documents} of {searched} documents.", None, n)
        text = text.format(documents=result.documents, searched=result.searched)
        if not result.complete:
            text += " " + translate("CorpusSearch", "Only the first {limit} are listed.").format(limit=LIMIT)
        self.panel.status.setText(text)

    def _failed(self, job: Job, message: str) -> None:
        if job is not self.job:
            return
        self.job = None
        self.panel.model.set_hits([])
        self.panel.status.setText(message.strip().splitlines()[-1] if message.strip() else "")

    # -- using the hits -----------------------------------------------------------------------
    def hit(self, row: int) -> Hit | None:
        hits = self.panel.model.hits
        return hits[row] if 0 <= row < len(hits) else None

    def jump(self, row: int) -> None:
        """Show the hit's passage, selected, in the document view."""
        hit = self.hit(row)
        if hit is not None and self.bench.session is not None:
            self.bench.open_passage(hit.document, hit.start, hit.end)

    def code_selected(self) -> None:
        """Choose a code in the palette; it is applied to every selected hit as one step."""
        hits = [h for h in (self.hit(r) for r in self.panel.selected_rows()) if h is not None]
        if hits and self.bench.session is not None:
            self.picker.choose_code(
                translate("CorpusSearch", "Code selected hits with"), lambda guid: self.code_hits(guid, hits)
            )

    def code_hits(self, code: str, hits: list[Hit]) -> int:
        """Code ``hits`` with ``code`` (one undo step); how many codings were made."""
        session = self.bench.session
        if session is None or not hits:
            return 0
        change = CodePassages(
            code=code,
            coder=session.coder.guid,
            passages=[(h.document, h.start, h.end) for h in hits],
            query=self.last_query,
        )
        if session.push(change) is None:
            return 0
        n = len(change.added)
        name = session.tree.by_guid[code].name if code in session.tree.by_guid else ""
        if n == 1:
            text = translate("CorpusSearch", "Coded %n passage with {code}.", None, n)
        else:
            text = translate("CorpusSearch", "Coded %n passages with {code}.", None, n)
        text = text.format(code=name)
        if change.skipped:
            text += " " + translate("CorpusSearch", "{skipped} already had it.").format(
                skipped=change.skipped
            )
        self.panel.status.setText(text)
        self.bench.show_status(text)
        return n

    def set_session(self, _session: ProjectSession | None) -> None:
        """Another project (or none): the results belonged to the previous one."""
        self.cancel()
        self.panel.model.set_hits([])
        self.panel.status.setText("")

"""A large testimony opens in two steps: its text and first pages' codings are painted at once,
every other coding follows right after; nothing is lost or doubled, whatever happens between."""

from __future__ import annotations

from annotator.core.changes import ApplyCode
from annotator.gui import presenter as presenter_module


def _shrink(monkeypatch) -> None:  # noqa: ANN001 — the test project is small: make it "large"
    monkeypatch.setattr(presenter_module, "PROGRESSIVE", 1)
    monkeypatch.setattr(presenter_module, "HEAD_CHARS", 60)


def _code_everything(path, ids) -> list[tuple[int, int]]:  # noqa: ANN001
    from annotator.core.store import ProjectStore

    spans = [(i * 20, i * 20 + 8) for i in range(12)]
    with ProjectStore.open(path) as store:
        coder = store.ensure_coder("Other").guid
        for start, end in spans:
            ApplyCode(
                document=ids["en.txt"], start=start, end=end, code=ids["Recruitment/Debt"], coder=coder
            ).apply(store)
    return spans


def test_first_pages_first_then_every_coding(make_window, project, monkeypatch, qtbot) -> None:
    path, ids = project
    spans = _code_everything(path, ids)
    _shrink(monkeypatch)
    window = make_window()
    loaded: list[str] = []
    window.presenter.loaded.connect(loaded.append)
    assert window.open_project(path)
    window.documents.select(ids["en.txt"])
    shown = {window.view.index.span(k) for k in window.view.index}
    if not window.presenter.complete:  # the first pages only, before the first paint
        assert shown and all(start < 60 for start, _ in shown)
        assert window.segments.model.rowCount() == 0  # no other document's rows meanwhile
    qtbot.waitUntil(lambda: window.presenter.complete, timeout=3000)
    assert ids["en.txt"] in loaded
    assert {window.view.index.span(k) for k in window.view.index} == set(spans)
    assert window.segments.model.rowCount() == len(spans)
    assert window.codebook.model._here.get(ids["Recruitment/Debt"]) == len(spans)


def test_a_coding_made_before_the_rest_arrives_is_kept_once(make_window, project, monkeypatch, qtbot) -> None:
    path, ids = project
    spans = _code_everything(path, ids)
    _shrink(monkeypatch)
    window = make_window()
    assert window.open_project(path)
    window.documents.select(ids["ko.txt"])
    qtbot.waitUntil(lambda: window.presenter.complete, timeout=3000)
    window.documents.select(ids["en.txt"])
    session = window.session
    applied = session.push(
        ApplyCode(
            document=ids["en.txt"], start=250, end=260, code=ids["Control/Threats"], coder=session.coder.guid
        )
    )
    assert applied is not None
    qtbot.waitUntil(lambda: window.presenter.complete, timeout=3000)
    keys = list(window.view.index)
    assert len(keys) == len(set(keys)) == len(spans) + 1
    assert (250, 260) in {window.view.index.span(k) for k in keys}
    assert window.segments.model.rowCount() == len(spans) + 1


def test_opening_another_document_meanwhile_drops_the_first_ones_rest(
    make_window, project, monkeypatch, qtbot
) -> None:
    path, ids = project
    _code_everything(path, ids)
    _shrink(monkeypatch)
    window = make_window()
    assert window.open_project(path)
    window.documents.select(ids["en.txt"])
    window.documents.select(ids["ko.txt"])  # before en.txt's rest arrived
    qtbot.wait(400)
    assert window.presenter.document == ids["ko.txt"]
    assert all(window.view.index.span(k)[1] <= len(window.view.text) for k in window.view.index)
    assert not any(c.document == ids["en.txt"] for c in window.segments.model.rows)


def test_a_coder_filter_on_a_large_testimony_paints_first_then_counts(
    make_window, project, monkeypatch, qtbot
) -> None:
    """View → One coder: the text repaints at once; the codebook's counts, the segments and the
    stripe lanes follow right after the paint, and end exactly as a small document's would."""
    path, ids = project
    spans = _code_everything(path, ids)
    _shrink(monkeypatch)
    window = make_window()
    assert window.open_project(path)
    window.documents.select(ids["en.txt"])
    qtbot.waitUntil(lambda: window.presenter.complete, timeout=3000)
    other = window.session.store.find_coder("Other")
    assert other is not None
    debt = ids["Recruitment/Debt"]
    window.coders.set_mode(other.guid)
    assert {window.view.index.span(k) for k in window.view.index} == set(spans)  # the text at once
    qtbot.waitUntil(lambda: window.segments.model.rowCount() == len(spans), timeout=3000)
    qtbot.waitUntil(lambda: window.codebook.model._here.get(debt) == len(spans), timeout=3000)
    window.coders.set_mode(window.session.coder.guid)  # the window's own coder: none of these
    assert len(window.view.index) == 0
    qtbot.waitUntil(lambda: window.segments.model.rowCount() == 0, timeout=3000)
    qtbot.waitUntil(lambda: not window.codebook.model._here.get(debt), timeout=3000)


def test_switching_coder_views_back_and_forth_shows_each_coders_codings(make_window, project, qtbot) -> None:
    """A coder view shown before is taken back without rebuilding, and never a stale one: a
    coding made meanwhile (by anyone) shows in every view it belongs to."""
    path, ids = project
    spans = _code_everything(path, ids)
    window = make_window()
    assert window.open_project(path)
    window.documents.select(ids["en.txt"])
    qtbot.waitUntil(lambda: window.presenter.complete, timeout=3000)
    store = window.session.store
    other = store.find_coder("Other")
    assert other is not None
    every = {window.view.index.span(k) for k in window.view.index}
    assert set(spans) <= every

    def shown() -> set[tuple[int, int]]:
        return {window.view.index.span(k) for k in window.view.index}

    for _ in range(2):
        window.coders.set_mode(other.guid)
        assert shown() == set(spans)
        window.coders.set_mode("all")
        assert shown() == every
    # a new coding by the window's coder while all are shown: the kept "Other" view is stale
    window.view.select_span(300, 310)
    window.coding.apply_code(ids["Recruitment/Debt"])
    window.coders.set_mode(other.guid)
    assert shown() == set(spans)
    window.coders.set_mode("all")
    assert shown() == every | {(300, 310)}
    window.coders.set_mode(window.session.coder.guid)
    assert (300, 310) in shown() and not set(spans) & shown()
    # ... and one made while another coder's view is shown (not drawn there) appears in "all"
    window.coders.set_mode(other.guid)
    window.view.select_span(290, 296)
    window.coding.apply_code(ids["Recruitment/Debt"])
    assert (290, 296) not in shown()
    window.coders.set_mode("all")
    assert (290, 296) in shown()
    # a coding resized while hidden: "all" must not come back with its old span
    from annotator.core.changes import EditCoding

    mine = store.find_coding(ids["en.txt"], ids["Recruitment/Debt"], window.session.coder.guid, 300, 310)
    window.coders.set_mode(other.guid)
    window.session.push(EditCoding(mine.guid, start=300, end=312, by=window.session.coder.guid))
    window.coders.set_mode("all")
    assert (300, 312) in shown() and (300, 310) not in shown()


def test_a_kept_coder_view_brings_its_stripe_lanes_back_without_packing_again(
    make_window, project, monkeypatch, qtbot
) -> None:
    """A large document's lanes are packed after the paint; a view shown before keeps its packed
    lanes (packing 50,000 codings is the bulk of a coder switch), and never stale ones."""
    from annotator.gui import intervals

    path, ids = project
    _code_everything(path, ids)
    # two overlapping codings by the window's coder: "all" needs two lanes
    _shrink(monkeypatch)
    window = make_window()
    assert window.open_project(path)
    window.documents.select(ids["en.txt"])
    qtbot.waitUntil(lambda: window.presenter.complete, timeout=3000)
    window.view.select_span(0, 30)
    window.coding.apply_code(ids["Recruitment/Debt"])
    packs: list[int] = []
    real = intervals.pack_lanes
    monkeypatch.setattr(intervals, "pack_lanes", lambda spans: packs.append(1) or real(spans))
    other = window.session.store.find_coder("Other").guid

    def switch(mode: str) -> None:
        window.coders.set_mode(mode)
        qtbot.waitUntil(lambda: window.view.lanes_packed, timeout=3000)
        assert window.presenter.shown == set(window.view.index)  # what the codebook counts

    switch(other)
    switch("all")
    assert len(packs) == 2 and window.view.lanes.count == 2  # each view packed once...
    lanes_all = dict(window.view.lanes.lane)
    switch(other)
    switch("all")
    assert len(packs) == 2  # ... and taken back with its lanes, reading no coding again
    reads: list[int] = []
    window.presenter._codings = lambda: reads.append(1) or []
    switch(other)
    switch("all")
    del window.presenter._codings
    assert not reads
    assert window.view.lanes.lane == lanes_all and window.view.lanes.count == 2
    # a change in the document: the other view (and its lanes) is forgotten and packed again;
    # the view shown kept its lanes up to date coding by coding, so it comes back as it was
    window.view.select_span(100, 140)
    window.coding.apply_code(ids["Recruitment/Debt"])
    lanes_all = dict(window.view.lanes.lane)
    switch(other)
    assert len(packs) == 3
    switch("all")
    assert len(packs) == 3 and window.view.lanes.lane == lanes_all
    assert set(window.view.lanes.lane) == set(window.view.index)

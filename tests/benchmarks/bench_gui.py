"""Benchmark the document view on a ~1 MB testimony with 10,000 codings.

Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_gui.py
Targets: open < 300 ms, one coding median <= 8 ms and p95 <= 16 ms, page scroll p95 <= 16 ms,
memory < 300 MB.
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.model import Coding  # noqa: E402
from annotator.gui.document_view import DocumentView  # noqa: E402

TARGET_BYTES = 1_000_000
N_CODINGS = 10_000
EN = (
    "He said the job was in a restaurant and that the pay would be good. "
    "When we arrived they kept our passports and told us we owed money for the flight. "
    "We worked every day from early morning until late at night. "
)
KO = (
    "그 사람은 식당에서 일하게 될 거라고 했어요. 도착하자 여권을 가져갔고 비행기 값을 갚아야 한다고 했어요. "
    "우리는 매일 아침부터 밤늦게까지 일했어요. "
)
RARE = ["\U00020000", "😀", "\U0001f469\u200d\U0001f469\u200d\U0001f467", "\U0002a6d6"]


def make_text(rng: random.Random) -> str:
    paragraphs: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        speaker = rng.choice(["Interviewer: ", "Respondent: "])
        body = "".join(rng.choice([EN, KO]) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.02:
            cut = rng.randrange(len(body))
            body = body[:cut] + rng.choice(RARE) + body[cut:]
        para = speaker + body.strip()
        paragraphs.append(para)
        size += len(para.encode()) + 2
    return "\n\n".join(paragraphs)


def make_codings(rng: random.Random, text: str, n: int, prefix: str = "c") -> list[Coding]:
    out = []
    for i in range(n):
        length = rng.choice([rng.randint(5, 80), rng.randint(80, 600), rng.randint(600, 3000)])
        start = rng.randrange(0, len(text) - length)
        code, coder = f"code{rng.randrange(20)}", f"coder{rng.randrange(2)}"
        out.append(Coding(f"{prefix}{i}", "doc", code, coder, start, start + length))
    return out


class PaintCounter(QObject):
    """Counts paint events of the text viewport, to know whether the event loop already painted."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


PAINTS = PaintCounter()


def paint(app: QApplication, view: DocumentView) -> None:
    """What a user waits for: deliver pending events (the event loop paints what is dirty).

    If the loop did not paint (platform update timer not yet due), paint synchronously, so every
    measurement includes one real paint of the text and the stripe margin.
    """
    before = PAINTS.count
    app.processEvents()
    if PAINTS.count == before:
        view.viewport().repaint()
        view.margin.repaint()


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def main() -> None:
    rng = random.Random(20251128)
    app = QApplication.instance() or QApplication([])
    text = make_text(rng)
    codings = make_codings(rng, text, N_CODINGS)
    colors = {f"code{i}": f"#{rng.randrange(0x1000000):06x}" for i in range(20)}
    labels = {f"code{i}": f"Group {i // 5}/Code {i}" for i in range(20)}
    view = DocumentView()
    view.resize(1100, 800)
    view.viewport().installEventFilter(PAINTS)
    view.show()
    app.processEvents()

    def open_doc() -> None:
        view.set_document(text, codings, labels=labels, colors=colors)
        view.set_coder_colors({"coder0": "#4e79a7", "coder1": "#e15759"}, {"coder0": "A", "coder1": "B"})
        paint(app, view)
        view.viewport().grab()

    t_open = timed(open_doc)

    # One coding action: scroll somewhere, select a span, add, repaint (as after ApplyCode).
    add_times, remove_times, select_times = [], [], []
    extra = make_codings(rng, text, 50, prefix="new")
    for c in extra:
        view.select_span(c.start, c.end)
        paint(app, view)
        add_times.append(timed(lambda c=c: (view.add_codings([c]), paint(app, view))))
        remove_times.append(timed(lambda c=c: (view.remove_codings([c.guid]), paint(app, view))))
        select_times.append(timed(lambda c=c: (view.set_selected_coding(c.guid), paint(app, view))))

    view.select_span(0, 1)
    paint(app, view)
    scroll_times = []
    for _ in range(50):
        event = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
        scroll_times.append(timed(lambda event=event: (view.keyPressEvent(event), paint(app, view))))

    t_find = timed(lambda: (view.find("passports"), paint(app, view)))
    t_recolor = timed(lambda: (view.set_color_by_coder(True), paint(app, view)))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def spread(times: list[float]) -> str:
        p95 = statistics.quantiles(times, n=20)[-1]
        return f"median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, worst {max(times):.1f} ms"

    blocks = view.document().blockCount()
    rows = [
        ("text", f"{len(text):,} chars, {len(text.encode()) / 1e6:.2f} MB, {blocks:,} blocks", ""),
        ("codings", f"{N_CODINGS:,} (20 codes, 2 coders), {view.lanes.count} lanes", ""),
        ("open + first paint", f"{t_open:.0f} ms", "< 300 ms"),
        ("add one coding + repaint", spread(add_times), "median <= 8, p95 <= 16 ms"),
        ("remove one coding (undo)", spread(remove_times), ""),
        ("select a coding", spread(select_times), ""),
        ("page down + repaint", spread(scroll_times), "p95 <= 16 ms"),
        ("find (all matches)", f"{t_find:.0f} ms, {len(view._match_starts):,} matches", ""),
        ("colour by coder (recolour)", f"{t_recolor:.0f} ms", ""),
        ("peak RSS", f"{rss_mb:.0f} MB", "< 300 MB"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<52} {target}")


if __name__ == "__main__":
    main()

"""Benchmark the whole window (not collected by pytest): one coding from the double-click to the
committed row, the updated models and the repainted viewport, on a ~1 MB testimony with 10,000
codings; undo; opening the document.

    QT_QPA_PLATFORM=offscreen python tests/gui/bench_window.py
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ANNOTATOR_CODER", "Bench")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.changes import AddCode  # noqa: E402
from annotator.core.model import Coding, Document, new_guid, utc_now  # noqa: E402
from annotator.core.project import create_project  # noqa: E402
from annotator.core.text import sha256_text  # noqa: E402

SENTENCES = (
    "He said the job was in a restaurant and that the pay would be good. ",
    "그 사람은 식당에서 일하게 될 거라고 했어요. 도착하자 여권을 가져갔어요. ",
    "We worked every day from early morning until late at night. 😀 ",
    "𠀀 우리는 매일 아침부터 밤늦게까지 일했어요. ",
)


def build(path: Path, rng: random.Random) -> tuple[str, list[str]]:
    parts, size = [], 0
    while size < 1_000_000:
        para = "Respondent: " + "".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 6)))
        parts.append(para)
        size += len(para.encode()) + 1
    text = "\n".join(parts)
    store = create_project(path, codebook="empty")
    doc = Document(new_guid(), "long.txt", sha256_text(text), len(text), imported_at=utc_now())
    with store.atomic():
        store.insert_document(doc, text)
    codes = []
    for i in range(20):
        add = AddCode(f"Code {i}")
        add.apply(store)
        codes.append(add.code.guid)
    coder = store.ensure_coder("Other").guid
    codings = []
    for _ in range(10_000):
        length = rng.randint(5, 600)
        start = rng.randrange(0, len(text) - length)
        codings.append(
            Coding(new_guid(), doc.guid, rng.choice(codes), coder, start, start + length, utc_now())
        )
    with store.atomic():
        store.insert_codings(codings)
    store.close()
    return text, codes


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def ms(t: float) -> float:
    return (time.perf_counter() - t) * 1000


def main() -> None:
    rng = random.Random(7)
    app = QApplication.instance() or QApplication([])
    from annotator.gui.main_window import MainWindow  # noqa: PLC0415

    path = Path(tempfile.mkdtemp()) / "bench.sqlite"
    text, codes = build(path, rng)
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    t = time.perf_counter()
    window.open_project(path)
    app.processEvents()
    window.view.viewport().repaint()
    t_open = ms(t)
    tree = window.codebook.tree
    rect = tree.visualRect(window.codebook.proxy_index(codes[3]))
    code_times, undo_times = [], []
    for _ in range(50):
        start = rng.randrange(0, len(text) - 200)
        window.view.select_span(start, start + rng.randint(10, 200))
        app.processEvents()
        t = time.perf_counter()
        QTest.mouseDClick(
            tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
        )
        window.view.viewport().repaint()
        code_times.append(ms(t))
        t = time.perf_counter()
        window.session.undo_stack.undo()
        window.view.viewport().repaint()
        undo_times.append(ms(t))
        window.session.undo_stack.redo()
    assert window.session.undo_stack.count() == 50
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"open project + 1 MB document with 10,000 codings: {t_open:.0f} ms")
    print(
        f"one coding (double-click → row committed, models updated, viewport repainted): "
        f"median {statistics.median(code_times):.1f} ms, p95 {p95(code_times):.1f} ms, "
        f"worst {max(code_times):.1f} ms"
    )
    print(
        f"undo one coding: median {statistics.median(undo_times):.1f} ms, p95 {p95(undo_times):.1f} ms, "
        f"worst {max(undo_times):.1f} ms"
    )
    print(f"peak memory: {peak:.0f} MB")
    window.close()


if __name__ == "__main__":
    main()

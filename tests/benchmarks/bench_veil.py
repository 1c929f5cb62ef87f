"""Benchmark the segments table of 10,000 rows with warned passages veiled and not (issue 12's figure:
veiling stays within the table's scroll and filter times).

Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_veil.py
A project of 40 documents and 10,000 codings by two coders, a fifth of them with a code carrying
"sexual violence" (so most rows overlap a warned passage); the panel lists every coding of the
chosen codes. Measured, veiling off then on: a page of scrolling until the table has painted, and
a coder filter change (one coder, then all) until painted.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.changes import AddCode, SetCodeWarnings  # noqa: E402
from annotator.core.model import Coding, Document, new_guid, utc_now  # noqa: E402
from annotator.core.project import create_project  # noqa: E402
from annotator.core.store import ProjectStore  # noqa: E402
from annotator.core.text import sha256_text  # noqa: E402
from annotator.gui import care_settings  # noqa: E402
from annotator.gui.panels import SegmentsPanel  # noqa: E402
from annotator.gui.session import ProjectSession  # noqa: E402
from annotator.gui.veil import VeilState  # noqa: E402

ROWS = 10_000
DOCUMENTS = 40
SENTENCE = "They kept our papers and said we owed them for the journey, so we worked every day. "


def build(path: Path) -> list[str]:
    rng = random.Random(12)
    store = create_project(path, codebook="empty")
    try:
        group = AddCode("Harm")
        group.apply(store)
        codes = []
        for name in ("Assault", "Debt", "Confinement", "Threats", "Documents"):
            add = AddCode(name, parent=group.code.guid)
            add.apply(store)
            codes.append(add.code.guid)
        SetCodeWarnings(codes[0], ["sexual violence"]).apply(store)
        coders = [store.ensure_coder(n).guid for n in ("mina", "lee")]
        codings = []
        with store.atomic():
            for d in range(DOCUMENTS):
                text = f"Testimony {d}. " + SENTENCE * 400
                doc = Document(
                    new_guid(), f"doc{d:02}.txt", sha256_text(text), len(text), imported_at=utc_now()
                )
                store.insert_document(doc, text)
                for _ in range(ROWS // DOCUMENTS):
                    start = rng.randrange(len(text) - 400)
                    code = codes[0] if rng.random() < 0.2 else rng.choice(codes[1:])
                    end = start + rng.randint(20, 300)
                    codings.append(
                        Coding(new_guid(), doc.guid, code, rng.choice(coders), start, end, utc_now())
                    )
            store.insert_codings(codings)
        return codes
    finally:
        store.close()


def painted(app: QApplication, panel: SegmentsPanel) -> float:
    panel.table.viewport().repaint()
    app.processEvents()
    return time.perf_counter()


def measure(app: QApplication, path: Path, codes: list[str], *, veiled: bool) -> dict[str, float]:
    care_settings.save("mina", care_settings.CarePreferences(veil_warned=veiled))
    store = ProjectStore.open(path)
    session = ProjectSession(store, "mina")
    veil = VeilState()
    veil.set_session(session)
    panel = SegmentsPanel()
    panel.resize(1200, 500)
    panel.show()
    panel.set_veil(veil)
    panel.model.set_session(session)
    panel.fill_filters([(c.guid, c.name) for c in store.coders()], [])
    panel.model.set_codes(frozenset(codes))
    assert panel.model.rowCount() == ROWS
    painted(app, panel)
    bar = panel.table.verticalScrollBar()
    scroll = []
    for _ in range(80):
        t = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        scroll.append((painted(app, panel) - t) * 1000)
    shown = [panel.model.index(panel.table.rowAt(10), 3).data()]
    filters = []
    mina = store.find_coder("mina")
    assert mina is not None
    for i in range(20):
        t = time.perf_counter()
        panel.set_coder_filter(mina.guid if i % 2 == 0 else None)
        filters.append((painted(app, panel) - t) * 1000)
    veiled_rows = sum(1 for r in range(panel.model.rowCount()) if panel.model.veiled(r))
    panel.close()
    session.close()
    store.close()
    return {
        "scroll median ms": round(statistics.median(scroll), 2),
        "scroll p95 ms": round(statistics.quantiles(scroll, n=20)[-1], 2),
        "filter median ms": round(statistics.median(filters), 1),
        "filter p95 ms": round(statistics.quantiles(filters, n=20)[-1], 1),
        "veiled rows": veiled_rows,
        "sample": str(shown[0])[:30],
    }


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())
    QCoreApplication.setOrganizationName("Testimony Annotator Bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    path = folder / "veil.sqlite"
    codes = build(path)
    for veiled in (False, True, False, True):
        print("veiled" if veiled else "plain ", measure(app, path, codes, veiled=veiled), flush=True)


if __name__ == "__main__":
    main()

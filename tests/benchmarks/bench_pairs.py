"""Benchmark an original and its translation of about 100 KB each (UTF-8).

Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_pairs.py
Prints: aligning the pair (paragraphs, then sentences), linking it in a project (align + store),
and opening the side-by-side view up to its first paint, median and worst of 5.
Target: the view opens within the single-document open target, <= 300 ms.
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
os.environ.setdefault("ANNOTATOR_CODER", "bench")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.alignment import align_texts  # noqa: E402
from annotator.core.changes import LinkTranslation  # noqa: E402
from annotator.core.model import Document, new_guid, utc_now  # noqa: E402
from annotator.core.project import create_project  # noqa: E402
from annotator.core.resources import demo_dir  # noqa: E402
from annotator.core.text import sha256_text  # noqa: E402

TARGET_BYTES = 100_000
RUNS = 5


def make_pair(rng: random.Random) -> tuple[str, str]:
    """The demo's statement 10 and its translation, paragraph by paragraph, repeated with the
    years and sums changed, some paragraphs dropped on one side (unaligned parts)."""
    ko = (demo_dir() / "10-ko-second-escape.txt").read_text(encoding="utf-8").split("\n\n")[2:]
    en = (demo_dir() / "13-en-second-escape-translation.txt").read_text(encoding="utf-8").split("\n\n")[3:]
    assert len(ko) == len(en)
    o_parts: list[str] = []
    t_parts: list[str] = []
    while len("\n\n".join(o_parts).encode()) < TARGET_BYTES:
        i = rng.randrange(len(ko))
        year = str(rng.randint(1990, 2024))
        o, t = ko[i].replace("2013", year), en[i].replace("2013", year)
        if rng.random() < 0.03:
            o_parts.append(o)  # a paragraph the translator left out
        elif rng.random() < 0.03:
            t_parts.append("[Translator's note: unclear on the recording.]")
        else:
            o_parts.append(o)
            t_parts.append(t)
    return "\n\n".join(o_parts), "\n\n".join(t_parts)


def timed(fn, runs: int = RUNS) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    original, translation = make_pair(random.Random(1))
    sizes = f"{len(original.encode()) // 1000} KB / {len(translation.encode()) // 1000} KB"
    beads = align_texts(original, translation)
    align = timed(lambda: align_texts(original, translation))

    from annotator.gui.pairs.view import TranslationView  # noqa: PLC0415
    from annotator.gui.session import ProjectSession  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as tmp:
        store = create_project(Path(tmp) / "p.sqlite", codebook="default")
        docs = []
        for name, text in (("ko.txt", original), ("en.txt", translation)):
            doc = Document(new_guid(), name, sha256_text(text), len(text), imported_at=utc_now())
            with store.atomic():
                store.insert_document(doc, text)
            docs.append(doc)
        link = LinkTranslation(original=docs[0].guid, translation=docs[1].guid)
        start = time.perf_counter()
        link.apply(store)
        link_ms = (time.perf_counter() - start) * 1000
        session = ProjectSession(store, "bench")
        assert link.link is not None

        def open_view() -> None:
            view = TranslationView(session, link.link)  # type: ignore[arg-type]
            painted: list[bool] = []
            view.views["translation"].painted.connect(lambda: painted.append(True))
            view.show()
            while not painted:
                app.processEvents()
            view.close()
            app.processEvents()

        opening = timed(open_view)
        session.close()
    aligned = sum(b.aligned for b in beads)
    print(f"pair: {sizes}, {aligned} aligned beads, {len(beads) - aligned} unaligned parts")
    print(
        f"{'align (paragraphs, sentences)':40} median {statistics.median(align):7.1f} ms  "
        f"worst {max(align):7.1f} ms"
    )
    print(f"{'link in a project (align + store)':40} {link_ms:7.1f} ms")
    print(
        f"{'open side by side -> first paint':40} median {statistics.median(opening):7.1f} ms  "
        f"worst {max(opening):7.1f} ms  (target <= 300 ms)"
    )


if __name__ == "__main__":
    main()

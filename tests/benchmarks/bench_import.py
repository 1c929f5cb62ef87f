"""Benchmark: document import, ``info`` and auto-coding (prints numbers; not a test).

Run: python tests/benchmarks/bench_import.py
Targets (2-core machine): 200 × 20 KB files < 1 s; one 8 MB file < 2 s;
``info`` on 1,000 documents < 0.2 s; peak memory < 300 MB.
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotator.core.changes import Autocode
from annotator.core.codebook import CodeTree
from annotator.core.importers.importing import import_files
from annotator.core.project import create_project
from annotator.core.store import ProjectStore

SENTENCES = (
    "the broker said there was work in a restaurant and I believed him",
    "그는 식당 일이라고 말했지만 우리는 국경을 넘어 다른 곳으로 팔려 갔다",
    "promised wages never came and the door was locked at night",
)
WORDS = " ".join(SENTENCES).split()


def testimony(rng: random.Random, size: int) -> str:
    parts, total = [], 0
    while total < size:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))) + ".\n"
        parts.append(sentence)
        total += len(sentence.encode("utf-8"))
    return "".join(parts)


def timed(label: str, fn, results: list[tuple[str, float]]):
    start = time.perf_counter()
    value = fn()
    results.append((label, time.perf_counter() - start))
    return value


def main() -> None:
    rng = random.Random(7)
    results: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        small = root / "small"
        small.mkdir()
        for i in range(200):
            (small / f"t{i:03}.txt").write_text(testimony(rng, 20_000), encoding="utf-8")
        big = root / "big.txt"
        big.write_text(testimony(rng, 8_000_000), encoding="utf-8")

        store = create_project(root / "a.sqlite")
        report = timed(
            "import 200 files of 20 KB", lambda: import_files(store, sorted(small.iterdir())), results
        )
        assert len(report.imported) == 200, report.failed
        report = timed("import one 8 MB file", lambda: import_files(store, [big]), results)
        assert len(report.imported) == 1, report.failed
        store.close()

        many = create_project(root / "many.sqlite")
        with many.atomic():
            for i in range(1000):
                text = testimony(rng, 3_000)
                from annotator.core.importers import ImportedText
                from annotator.core.importers.importing import add_document

                add_document(many, ImportedText(text + f"\n#{i}", "txt", {}), name=f"d{i}.txt")
        coder = many.ensure_coder("bench")
        code = CodeTree(many.codes()).find("Means of control/Deception")
        change = Autocode(code=code.guid, pattern=r"promised wages", coder=coder.guid)
        timed("autocode over 1,000 documents", lambda: change.apply(many), results)
        results.append((f"  ({len(change.added)} codings made)", 0.0))
        many.close()
        cli = [sys.executable, "-m", "annotator", "info", str(root / "many.sqlite"), "--json"]
        timed(
            "`annotator info --json` on 1,000 documents (process)",
            lambda: subprocess.run(cli, check=True, capture_output=True),
            results,
        )
        with ProjectStore.open(root / "many.sqlite", readonly=True) as s:
            timed("info counts on 1,000 documents (in process)", s.counts, results)

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    width = max(len(label) for label, _ in results)
    print(f"{'benchmark':<{width}}  seconds")
    for label, seconds in results:
        print(f"{label:<{width}}  {seconds:7.3f}" if seconds else label)
    print(f"{'peak memory (MB)':<{width}}  {peak:7.0f}")


if __name__ == "__main__":
    main()

"""Benchmark: agreement and disagreements on 2 coders × 1,000 documents (prints numbers; not a test).

Run: python tests/benchmarks/bench_agreement.py [CODINGS]
Target (2-core machine): 50,000 codings in total (24 codes), agreement() including
reading from the store < 2 s. Codings are placed so the coders partly agree: half of
jun's codings copy one of mina's with jittered boundaries, the rest are independent.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from annotator.core.analysis.agreement import agreement, disagreements
from annotator.core.changes import AddCode
from annotator.core.model import Coding, Document, new_guid, utc_now
from annotator.core.project import create_project
from annotator.core.store import ProjectStore
from annotator.core.text import sha256_text

DOCUMENTS = 1_000
CODES = 24
GROUPS = 4


def build(path: Path, codings: int, rng: random.Random) -> ProjectStore:
    store = create_project(path, codebook="empty")
    codes = []
    for g in range(GROUPS):
        change = AddCode(f"Group {g}")
        change.apply(store)
        for c in range(CODES // GROUPS):
            child = AddCode(f"Code {g}.{c}", parent=change.code.guid)
            child.apply(store)
            codes.append(child.code.guid)
    mina, jun = store.ensure_coder("mina"), store.ensure_coder("jun")
    docs = []
    with store.atomic():
        for i in range(DOCUMENTS):
            text = f"testimony {i}\n" + "그는 식당 일이라고 말했다. I believed him. " * rng.randint(60, 140)
            doc = Document(new_guid(), f"t{i:04}.txt", sha256_text(text), len(text), imported_at=utc_now())
            store.insert_document(doc, text)
            docs.append(doc)
    rows = []
    for _ in range(codings // 2):
        doc = rng.choice(docs)
        code = rng.choice(codes)
        start = rng.randrange(doc.length - 1)
        end = min(doc.length, start + rng.randint(5, 300))
        rows.append(Coding(new_guid(), doc.guid, code, mina.guid, start, end))
        if rng.random() < 0.5:  # jun codes the same passage, boundaries a little off
            s = min(doc.length - 1, max(0, start + rng.randint(-6, 6)))
            e = min(doc.length, max(s + 1, end + rng.randint(-6, 6)))
            rows.append(Coding(new_guid(), doc.guid, code, jun.guid, s, e))
        else:
            other = rng.choice(docs)
            s = rng.randrange(other.length - 1)
            rows.append(
                Coding(
                    new_guid(),
                    other.guid,
                    rng.choice(codes),
                    jun.guid,
                    s,
                    min(other.length, s + rng.randint(5, 300)),
                )
            )
    with store.atomic():
        store.insert_codings(rows)
    return store


def timed(label: str, fn, results: list[tuple[str, float]]):
    start = time.perf_counter()
    value = fn()
    results.append((label, time.perf_counter() - start))
    return value


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    rng = random.Random(11)
    results: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        timed(
            f"build project: {DOCUMENTS} documents, {total:,} codings",
            lambda: build(path, total, rng).close(),
            results,
        )
        store = ProjectStore.open(path)
        counts = store.counts()
        report = timed(
            "agreement() per code, per document, pooled", lambda: agreement(store, ["mina", "jun"]), results
        )
        timed(
            "agreement(include_subcodes=True)",
            lambda: agreement(store, ["mina", "jun"], include_subcodes=True),
            results,
        )
        spans = timed("disagreements()", lambda: disagreements(store, ["mina", "jun"]), results)
        tracemalloc.start()
        agreement(store, ["mina", "jun"])
        _, peak_agreement = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        store.close()

    print(
        f"corpus: {counts['documents']} documents, {counts['characters']:,} characters, "
        f"{counts['codings']:,} codings, {len(report.codes)} codes"
    )
    for label, seconds in results:
        print(f"{label:<55} {seconds:7.3f} s")
    print(f"disagreement passages: {len(spans):,}")
    o = report.overall
    print(
        f"overall: percent {o.percent_agreement:.4f}  kappa {o.cohen_kappa:.4f}  alpha "
        f"{o.krippendorff_alpha:.4f}  u-alpha {o.unitized_alpha:.4f}  segments {o.segment_agreement:.4f}"
    )
    print(f"peak Python allocations during agreement(): {peak_agreement / 2**20:.1f} MB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of the process: {rss:.0f} MB")


if __name__ == "__main__":
    main()

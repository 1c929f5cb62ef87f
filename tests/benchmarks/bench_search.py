"""Benchmark: word-form indexing and search (prints numbers; not a test).

Run: python tests/benchmarks/bench_search.py [--documents 1000] [--sample 20]
Targets (issue 13, 2-core machine): indexing a 20 KB Korean document < 0.5 s; a word-form
search over 1,000 Korean documents of 20 KB < 1 s once they are indexed.

The corpus recombines the sentences of the demo's Korean testimonies (resources/demo) into
documents of 20 KB (UTF-8). ``--sample`` documents are indexed one by one with the real
analyzer (median and p95 per document). Analysing all 1,000 that way takes 5-10 minutes on
this machine, so the rest are indexed from each sentence's analysis, shifted to where the
sentence sits (same keys, same packing, same rows: what the search reads is the same).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from array import array
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from annotator.core.analysis.corpus_search import search  # noqa: E402
from annotator.core.analysis.search_index import analyse, analyzer_name, build_index, pack  # noqa: E402
from annotator.core.demo import build_demo  # noqa: E402
from annotator.core.language import detect_language, tokens  # noqa: E402
from annotator.core.model import Document, new_guid, utc_now  # noqa: E402
from annotator.core.project import create_project  # noqa: E402
from annotator.core.store import ProjectStore  # noqa: E402
from annotator.core.text import sha256_text  # noqa: E402

SIZE = 20_000  # bytes of UTF-8


def korean_sentences(folder: Path) -> list[str]:
    demo = folder / "demo.sqlite"
    build_demo(demo)
    with ProjectStore.open(demo) as store:
        texts = [store.document_text(d.guid) for d in store.documents()]
    sentences = []
    for text in texts:
        if detect_language(text) != "ko":
            continue
        for line in text.splitlines():
            line = re.sub(r"^(질문|답변):\s*", "", line.strip())
            sentences += [s.strip() for s in re.split(r"(?<=[.?!])\s+", line) if len(s.strip()) > 5]
    return sentences


def document(rng: random.Random, sentences: list[str]) -> tuple[str, list[int]]:
    """A 20 KB testimony of random sentences, and which sentence each part is."""
    parts: list[int] = []
    size = 0
    while size < SIZE:
        i = rng.randrange(len(sentences))
        parts.append(i)
        size += len(sentences[i].encode("utf-8")) + 1
    return "\n".join(sentences[i] for i in parts), parts


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def file_bytes(store: ProjectStore) -> int:
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = (
        store.conn.execute("PRAGMA page_count").fetchone()[0]
        - store.conn.execute("PRAGMA freelist_count").fetchone()[0]
    )
    return int(pages * store.conn.execute("PRAGMA page_size").fetchone()[0])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--sample", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(13)
    folder = Path(tempfile.mkdtemp(prefix="bench-search-"))
    sentences = korean_sentences(folder)
    store = create_project(folder / "corpus.sqlite", codebook="empty")
    docs: list[tuple[Document, list[int]]] = []
    with store.atomic():
        for n in range(args.documents):
            text, parts = document(rng, sentences)
            doc = Document(new_guid(), f"ko-{n:04}.txt", sha256_text(text), len(text), imported_at=utc_now())
            store.insert_document(doc, text)
            docs.append((doc, parts))
    chars = statistics.mean(d.length for d, _ in docs)
    before = file_bytes(store)

    started = time.perf_counter()
    analyse("팔다")  # the model loads once per process
    load = time.perf_counter() - started
    per_document = []
    for doc, _ in docs[: args.sample]:
        started = time.perf_counter()
        build_index(store, [doc.guid])
        per_document.append(time.perf_counter() - started)

    # the rest: each sentence analysed once, its words shifted into place
    analysed = [tokens(s, "ko") for s in sentences]
    name = analyzer_name("ko")
    with store.atomic():
        for doc, parts in docs[args.sample :]:
            keys: list[str] = []
            flat = array("I")
            offset = 0
            for i in parts:
                for t in analysed[i]:
                    keys.append(t.key)
                    flat.append(offset + t.start)
                    flat.append(offset + t.end)
                offset += len(sentences[i]) + 1
            store.put_search_index(
                doc.guid, language="ko", analyzer=name, words=" ".join(keys), spans=pack(flat)
            )
    after = file_bytes(store)

    timings: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    for query in ("팔다", "중국", "브로커", "중국에 팔렸다", "공안"):
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            result = search(store, query, mode="word")
            runs.append(time.perf_counter() - started)
        timings[query], hits[query] = runs, len(result.hits)
    literal = []
    for _ in range(3):
        started = time.perf_counter()
        search(store, "팔려", mode="literal")
        literal.append(time.perf_counter() - started)
    store.close()

    print(f"corpus: {args.documents} Korean documents of {SIZE // 1000} KB ({chars:,.0f} characters each)")
    print(f"analyzer load (once per process): {load:.2f} s")
    median, p95 = statistics.median(per_document), percentile(per_document, 0.95)
    print(
        f"index one 20 KB document ({args.sample} documents): median {median:.3f} s, "
        f"p95 {p95:.3f} s, max {max(per_document):.3f} s   (target < 0.5 s)"
    )
    for query, runs in timings.items():
        print(
            f"word search {query!r}: {hits[query]:,} hits, median {statistics.median(runs):.3f} s, "
            f"worst {max(runs):.3f} s   (target < 1 s)"
        )
    print(f"literal search '팔려' for comparison: median {statistics.median(literal):.3f} s")
    growth = after - before
    print(
        f"project file: {before / 1e6:.1f} MB without the index, {after / 1e6:.1f} MB with it "
        f"(+{growth / 1e6:.1f} MB, {growth / before:.0%})"
    )


if __name__ == "__main__":
    main()

"""Benchmark: REFI-QDA export and import of 1,000 documents with 100,000 codings (prints numbers).

Run: python tests/benchmarks/bench_refi_qda.py
Targets (2-core machine): export < 5 s, import (parse + merge into an empty project) < 5 s.
Each phase runs in its own process, so its peak memory is its own.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotator.core.changes import SetAttribute
from annotator.core.model import Coder, Coding, Document, new_guid
from annotator.core.project import create_project
from annotator.core.store import ProjectStore
from annotator.core.text import sha256_text

DOCUMENTS = 1_000
CODINGS = 100_000
CODERS = 4
PHRASES = (
    "the broker said there was work in a restaurant and I believed him "
    "그는 식당 일이라고 말했지만 우리는 국경을 넘어 다른 곳으로 팔려 갔다 𠀀 😀 "
    "promised wages never came and the door was locked at night"
)
WORDS = PHRASES.split()


def testimony(rng: random.Random, size: int) -> str:
    parts, total = [], 0
    while total < size:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))) + ".\n"
        parts.append(sentence)
        total += len(sentence)
    return "".join(parts)


def build(path: Path) -> dict[str, int]:
    rng = random.Random(7)
    store = create_project(path, codebook="default")
    codes = [c.guid for c in store.codes()]
    with store.atomic():
        coders = [Coder(new_guid(), f"coder {i}") for i in range(CODERS)]
        for coder in coders:
            store.insert_coder(coder)
        docs = []
        for i in range(DOCUMENTS):
            text = testimony(rng, 6_000) + f"#{i}"
            doc = Document(
                new_guid(),
                f"testimony {i:04}.txt",
                sha256_text(text),
                len(text),
                imported_at="2024-05-01T09:00:00Z",
            )
            store.insert_document(doc, text)
            docs.append((doc, len(text)))
        codings = []
        for i in range(CODINGS):
            doc, length = docs[i % DOCUMENTS]
            start = rng.randrange(0, length - 200)
            memo = "why this passage" if i % 50 == 0 else ""
            codings.append(
                Coding(
                    new_guid(),
                    doc.guid,
                    rng.choice(codes),
                    rng.choice(coders).guid,
                    start,
                    start + rng.randint(5, 200),
                    "2024-05-01T09:00:00Z",
                    memo,
                )
            )
        store.insert_codings(codings)
    for doc, _ in docs[:200]:
        SetAttribute(
            document=doc.guid, name="interview year", value=str(rng.randint(2005, 2023)), type="number"
        ).apply(store)
    counts = store.counts()
    store.close()
    return counts


def phase(name: str, project: Path, package: Path) -> None:
    from annotator.core.exporters import write_qdpx  # noqa: PLC0415
    from annotator.core.refi_qda import import_file, read_qdpx  # noqa: PLC0415

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    if name == "export":
        with ProjectStore.open(project, readonly=True) as store:
            write_qdpx(store, package, force=True)
        extra = f"{package.stat().st_size / 1e6:.1f} MB package"
    elif name == "parse":
        data, notes = read_qdpx(package)
        extra = f"{len(data.codings)} codings parsed, {len(notes.misfits)} misfits"
    else:
        store = create_project(project, codebook="empty")
        summary = import_file(store, package)
        store.close()
        extra = summary[:90]
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "baseline_mb": before, "extra": extra}))


def run(name: str, project: Path, package: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--phase", name, str(project), str(package)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        counts = build(root / "big.sqlite")
        print(
            f"built {counts['documents']} documents, {counts['codings']} codings, {counts['codes']} codes "
            f"in {time.perf_counter() - start:.1f} s"
        )
        rows = [
            ("export .qdpx (target < 5 s)", run("export", root / "big.sqlite", root / "big.qdpx")),
            ("parse .qdpx only (read_qdpx)", run("parse", root / "big.sqlite", root / "big.qdpx")),
            (
                "import .qdpx into an empty project (target < 5 s)",
                run("import", root / "new.sqlite", root / "big.qdpx"),
            ),
        ]
    width = max(len(label) for label, _ in rows)
    print(f"{'benchmark':<{width}}  seconds  peak MB  (baseline MB)")
    for label, r in rows:
        numbers = f"{r['seconds']:7.2f}  {r['peak_mb']:7.0f}  ({r['baseline_mb']:.0f})"
        print(f"{label:<{width}}  {numbers}  {r['extra']}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--phase":
        phase(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        main()

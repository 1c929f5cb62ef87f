"""Benchmark: team-lead work on a large project (prints numbers; not a test).

Run: python tests/benchmarks/bench_team.py [--keep DIR] [--exports-only]
Exports part: a project of 1,000 documents and 100,000 codings (2 coders, the
default codebook, 4 attributes) exported to every format, each in a fresh
process (time and peak RSS per format, as the CLI would run it), then again
with a 200-entry pseudonym list applied (``--pseudonymise``).
Targets (2-core machine): CSV < 2 s, XLSX < 10 s.

Merge and agreement timings: fill in :func:`bench_merge` and
:func:`bench_agreement` (issue 4: merge of two 500-document projects with
25,000 codings each; agreement over the merged project); they return rows for
the same table.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotator.core.model import Attribute, Coder, Coding, Document, new_guid
from annotator.core.project import create_project
from annotator.core.text import sha256_text

DOCUMENTS = 1_000
CODINGS = 100_000
FORMATS = ("csv", "xlsx", "json", "html", "matrix", "cases", "qdpx")
TARGETS = {"csv": 2.0, "xlsx": 10.0}
SENTENCES = (
    "the broker said there was work in a restaurant and I believed him",
    "그는 식당 일이라고 말했지만 우리는 국경을 넘어 다른 곳으로 팔려 갔다",
    "promised wages never came and the door was locked at night 𠀀",
)
WORDS = " ".join(SENTENCES).split()
Row = tuple[str, float, float, str]  # label, seconds, peak MB, note


def testimony(rng: random.Random, size: int) -> str:
    parts, total = [], 0
    while total < size:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))) + ".\n"
        parts.append(sentence)
        total += len(sentence)
    return "".join(parts)


def build_project(
    path: Path,
    *,
    documents: int = DOCUMENTS,
    codings: int = CODINGS,
    seed: int = 7,
    coder_names: tuple[str, ...] = ("mina", "jun"),
    text_seed: int | None = None,
) -> None:
    """A project with ``documents`` testimonies and ``codings`` codings, inserted directly.

    Projects built with the same ``text_seed`` hold the same texts (as coders' packages do).
    """
    rng = random.Random(seed)
    text_rng = random.Random(text_seed) if text_seed is not None else rng
    store = create_project(path)
    try:
        codes = [c.guid for c in store.codes() if c.codable]
        coders = [Coder(new_guid(), name, "") for name in coder_names]
        attributes = [
            Attribute(new_guid(), "age_at_exploitation", "number"),
            Attribute(new_guid(), "age_band", "text"),
            Attribute(new_guid(), "citizenship", "text"),
            Attribute(new_guid(), "language", "text"),
        ]
        per_doc = codings // documents
        with store.atomic():
            for coder in coders:
                store.insert_coder(coder)
            for attribute in attributes:
                store.insert_attribute(attribute)
            rows: list[Coding] = []
            for i in range(documents):
                text = f"Testimony {i}\n" + testimony(text_rng, 6_000)
                doc = Document(new_guid(), f"testimony-{i:04}.txt", sha256_text(text), len(text))
                store.insert_document(doc, text)
                age = rng.randint(12, 40)
                for attribute, value in zip(
                    attributes,
                    (str(age), "9--17" if age < 18 else "18+", "PRK", rng.choice(("ko", "en"))),
                    strict=True,
                ):
                    store.set_attribute_value(doc.guid, attribute.guid, value)
                for _ in range(per_doc):
                    start = rng.randrange(0, len(text) - 300)
                    end = start + rng.randint(20, 300)
                    memo = rng.choice(("", "", "", '=HYPERLINK("x")', "check with the interpreter"))
                    rows.append(
                        Coding(
                            new_guid(),
                            doc.guid,
                            rng.choice(codes),
                            rng.choice(coders).guid,
                            start,
                            end,
                            "2024-05-01T09:00:00Z",
                            memo,
                        )
                    )
            store.insert_codings(rows)
    finally:
        store.close()


def add_pseudonyms(project: Path) -> None:
    """A 200-entry list: two that occur in every text ("broker", "식당"), 198 that never do."""
    from annotator.core.pseudonymise import Pseudonym, SetPseudonyms  # noqa: PLC0415
    from annotator.core.store import ProjectStore  # noqa: PLC0415

    entries = [Pseudonym("broker", "[ACTOR]"), Pseudonym("식당", "[PLACE]")]
    entries += [Pseudonym(f"Person{i} Family{i}", f"Participant {i}") for i in range(198)]
    with ProjectStore.open(project) as store:
        SetPseudonyms(entries).apply(store)


def run_one(fmt: str, project: Path, out: Path, pseudonymise: bool = False) -> None:
    """Child process: one export, then a JSON line with seconds and peak RSS."""
    from annotator.core.exporters import export  # noqa: PLC0415 (timed with the import, as the CLI)
    from annotator.core.store import ProjectStore  # noqa: PLC0415

    start = time.perf_counter()
    with ProjectStore.open(project, readonly=True) as store:
        export(store, fmt, out, force=True, pseudonymise=pseudonymise)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "bytes": out.stat().st_size}))


def bench_exports(project: Path, folder: Path, *, pseudonymise: bool = False) -> list[Row]:
    rows: list[Row] = []
    suffix = {"matrix": ".xlsx", "cases": ".csv"}
    for fmt in FORMATS:
        out = folder / f"export-{fmt}{suffix.get(fmt, '.' + fmt)}"
        done = subprocess.run(
            [sys.executable, __file__, "--one", fmt, str(project), str(out), *(["--p"] * pseudonymise)],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        target = TARGETS.get(fmt)
        note = f"{result['bytes'] / 1e6:.1f} MB"
        if target is not None:
            note += f"; target < {target:g} s: {'ok' if result['seconds'] < target else 'MISSED'}"
        label = f"export {fmt}{' --pseudonymise' if pseudonymise else ''} ({CODINGS:,} codings)"
        rows.append((label, result["seconds"], result["peak_mb"], note))
    return rows


def bench_merge(folder: Path) -> list[Row]:
    """Merge of two coders' 500-document projects (same texts) with 25,000 codings each,
    then agreement over the merged project (2 coders, 50,000 codings)."""
    from annotator.core.analysis.agreement import agreement  # noqa: PLC0415
    from annotator.core.analysis.merge import merge_projects  # noqa: PLC0415
    from annotator.core.store import ProjectStore  # noqa: PLC0415

    a, b = folder / "coder-a.sqlite", folder / "coder-b.sqlite"
    for path, seed, name in ((a, 1, "mina"), (b, 2, "jun")):
        path.unlink(missing_ok=True)
        build_project(path, documents=500, codings=25_000, seed=seed, coder_names=(name,), text_seed=99)
    start = time.perf_counter()
    [report] = merge_projects(a, [b])
    merged = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows: list[Row] = [
        (
            "merge 2 x 500 documents, 25,000 codings each",
            merged,
            peak,
            f"{report.documents_matched} documents matched, {report.codings_added:,} codings added",
        )
    ]
    start = time.perf_counter()
    with ProjectStore.open(a, readonly=True) as store:
        result = agreement(store, ["mina", "jun"])
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kappa = result.to_json()["overall"]["cohen_kappa"]
    rows.append(
        (
            "agreement over the merged project (50,000 codings)",
            seconds,
            peak,
            f"pooled kappa {kappa:.3f}; target < 2 s: {'ok' if seconds < 2 else 'MISSED'}",
        )
    )
    return rows


def bench_agreement(project: Path) -> list[Row]:
    """Agreement over the 100,000-coding project (the merged project is timed in bench_merge)."""
    from annotator.core.analysis.agreement import agreement  # noqa: PLC0415
    from annotator.core.store import ProjectStore  # noqa: PLC0415

    start = time.perf_counter()
    with ProjectStore.open(project, readonly=True) as store:
        agreement(store, ["mina", "jun"])
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [(f"agreement over {CODINGS:,} codings", seconds, peak, "")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", nargs=3, metavar=("FORMAT", "PROJECT", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--p", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--keep", type=Path, help="build the project here and keep the exports")
    parser.add_argument("--exports-only", action="store_true", help="skip merge and agreement")
    args = parser.parse_args()
    if args.one:
        fmt, project, out = args.one
        run_one(fmt, Path(project), Path(out), pseudonymise=args.p)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        project = folder / "bench-team.sqlite"
        project.unlink(missing_ok=True)
        start = time.perf_counter()
        build_project(project)
        built = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows: list[Row] = [
            (f"build {DOCUMENTS:,} documents, {CODINGS:,} codings", built, peak, "direct inserts")
        ]
        if not args.exports_only:
            rows += bench_merge(folder)
            rows += bench_agreement(project)
        rows += bench_exports(project, folder)
        add_pseudonyms(project)
        rows += bench_exports(project, folder, pseudonymise=True)
    width = max(len(r[0]) for r in rows)
    print(f"{'task':<{width}}  {'seconds':>8}  {'peak MB':>8}  note")
    for label, seconds, peak, note in rows:
        print(f"{label:<{width}}  {seconds:>8.2f}  {peak:>8.0f}  {note}")


if __name__ == "__main__":
    main()

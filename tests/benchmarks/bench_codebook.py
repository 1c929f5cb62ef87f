"""Benchmark: importing a 10,000-code codebook (prints numbers; not a test).

Run: python tests/benchmarks/bench_codebook.py [CODES]
Target (2-core machine): 10,000 codes in under 2 s, both into a new project
(``annotator new --codebook big.yaml``) and into an existing one
(``annotator codebook import``), each timed as a whole process.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

# Three shapes: wide (100 groups x 100 codes), flat (all top-level) and deep
# chains of 30 levels: each stresses a different part of the import.
SHAPES = ("wide", "flat", "deep")


def codebook(n: int, shape: str) -> dict:
    def code(i: int, children: list | None = None) -> dict:
        item = {
            "name": f"Code {i} 코드",
            "color": "#3b7dd8",
            "short_definition": f"Short definition of code {i}.",
        }
        if children:
            item["children"] = children
        return item

    if shape == "flat":
        codes = [code(i) for i in range(n)]
    elif shape == "wide":
        per = 100
        codes = [code(g * per, [code(g * per + j) for j in range(1, per)]) for g in range(n // per)]
    else:
        codes, depth, i = [], 30, 0
        while i < n:
            chain: list = []
            for _ in range(min(depth, n - i)):
                chain = [code(i, chain)]
                i += 1
            codes.extend(chain)
    return {"format": "testimony-annotator-codebook", "format_version": 1, "name": "Big", "codes": codes}


def run(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "annotator", *args], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for shape in SHAPES:
            book = root / f"{shape}.yaml"
            book.write_text(yaml.safe_dump(codebook(n, shape), allow_unicode=True, sort_keys=False))
            new = run("new", str(root / f"{shape}-new.sqlite"), "--codebook", str(book))
            run("new", str(root / f"{shape}-old.sqlite"), "--codebook", "default")
            into = run("codebook", "import", str(root / f"{shape}-old.sqlite"), str(book))
            again = run("codebook", "import", str(root / f"{shape}-old.sqlite"), str(book))
            rows.append((shape, new, into, again))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{n:,} codes, whole `annotator` processes (s):")
    print(f"{'shape':<6} {'new --codebook':>15} {'codebook import':>16} {'import again':>13}")
    for shape, new, into, again in rows:
        print(f"{shape:<6} {new:>15.2f} {into:>16.2f} {again:>13.2f}")
    print(f"peak memory of one process: {peak:.0f} MB (target: each < 2 s)")


if __name__ == "__main__":
    main()

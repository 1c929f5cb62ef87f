"""A coding session driven through the core API, for the crash-safety tests.

Usage: python coding_session.py PROJECT SEED
Applies codings one after another, as the GUI does, and prints each coding's
GUID only after ``apply`` has returned (i.e. after its transaction committed);
removals are announced ("~") before they start and confirmed ("-") after.
The parent kills this process with SIGKILL at a random moment.
"""

from __future__ import annotations

import random
import sys

from annotator.core.changes import ApplyCode, RemoveCodings
from annotator.core.store import ProjectStore


def main() -> None:
    project, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    with ProjectStore.open(project) as store:
        docs = store.documents()
        codes = [c.guid for c in store.codes()]
        coder = store.ensure_coder(f"coder{seed % 3}").guid
        print("ready", flush=True)
        while True:
            doc = rng.choice(docs)
            start = rng.randrange(0, doc.length - 1)
            end = rng.randint(start + 1, min(doc.length, start + 400))
            change = ApplyCode(document=doc.guid, start=start, end=end, code=rng.choice(codes), coder=coder)
            try:
                change.apply(store)
            except Exception:  # an identical coding already there: try another span
                continue
            print(f"+{change.coding.guid}", flush=True)
            if rng.random() < 0.1:
                # Announce the removal first: if we are killed after its commit but before
                # the "-" line, the parent must not count the coding as lost.
                print(f"~{change.coding.guid}", flush=True)
                RemoveCodings([change.coding.guid]).apply(store)
                print(f"-{change.coding.guid}", flush=True)


if __name__ == "__main__":
    main()

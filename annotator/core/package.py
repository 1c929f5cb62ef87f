"""Coder packages for blind double-coding: documents + codebook, no one else's codings."""

from __future__ import annotations

import random
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.merge import merge_into, read_project_data
from annotator.core.model import Coder, new_guid
from annotator.core.project import create_project
from annotator.core.store import ProjectStore


def make_package(
    source: str | Path,
    coder: str,
    output: str | Path,
    *,
    sample: int | None = None,
    seed: int | None = None,
    documents: list[str] | None = None,
) -> dict[str, int]:
    """Write a fresh project for ``coder`` to ``output``.

    It holds the documents (all, the given GUIDs, or a random sample of
    ``sample`` of them), the whole codebook, the document memos and attributes,
    and only ``coder``'s own codings. It is built anew rather than copied, so
    neither the other coders' codings nor their audit-log entries travel with it.
    """
    output = Path(output)
    if output.exists():
        raise AnnotatorError("already exists; choose another name", path=output)
    with ProjectStore.open(source, readonly=True) as store:
        chosen = documents
        if sample is not None:
            all_docs = [d.guid for d in store.documents()]
            if not 0 < sample <= len(all_docs):
                raise AnnotatorError(f"cannot sample {sample} of {len(all_docs)} documents")
            chosen = sorted(random.Random(seed).sample(all_docs, sample))
        existing = store.coder_by_name(coder)
        data = read_project_data(store, coders=[coder], documents=chosen)
    if existing is None:
        data.coders = [Coder(new_guid(), coder, "")]
    data.memos = [m for m in data.memos if m.target_kind != "project"]
    target = create_project(output, codebook="empty", name=f"{data.name} — {coder}")
    try:
        report = merge_into(target, data, source_name=Path(source).name)
        counts = target.counts()
    except BaseException:
        target.close()
        output.unlink(missing_ok=True)
        raise
    target.close()
    return {"documents": counts["documents"], "codes": counts["codes"], "codings": report.codings_added}

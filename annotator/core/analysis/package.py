"""Coder packages for blind double-coding: documents + codebook, no one else's codings.

Every package carries a marker in its settings table (``coder_package``: whose package,
made from which project, when, and which content warnings it carries and which it left out),
so the app can find the packages lying beside a project and offer them for merging with their
coder and date (:func:`packages_beside`), and the lead can see which coder was given which
warned material (:mod:`annotator.core.analysis.exposure`).

A package can leave out the documents carrying some warnings (``exclude_warnings``): the
material stays with the coders who agreed to read it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.analysis.merge import MergeReport, merge_into
from annotator.core.content_warnings import find_warning
from annotator.core.errors import AnnotatorError, DiskFull, UsageError
from annotator.core.messages import translate
from annotator.core.model import Coder, clean_coder_name, new_guid, utc_now
from annotator.core.outputs import check_output
from annotator.core.project import create_in_memory
from annotator.core.project_data import ProjectData, read_project_data
from annotator.core.store import ProjectStore
from annotator.core.store.in_memory import MemoryStore, write_project
from annotator.core.store.untrusted import bounded

PACKAGE_MARKER = "coder_package"
"""Settings key of the marker: {"coder", "coder_name", "project", "project_name", "made",
"warnings_included": [names], "warnings_excluded": [names]} (the two lists since schema 11)."""
READ_STEPS = 50_000_000  # a package's marker and codings read within this many SQLite steps
MAX_CANDIDATES = 200  # project files looked at beside a project, at most


@dataclass(frozen=True, slots=True)
class PackageInfo:
    """A coder package found on disk, from its marker (see :func:`make_package`)."""

    path: Path
    coder: str  # the coder's name
    coder_guid: str
    project: str  # the GUID of the project it was made from
    project_name: str
    made: str  # UTC, ISO 8601, as every created_at
    new_codings: int  # codings made in the package after it was made: the coder's work since
    modified: float  # the file's modification time (seconds since the epoch)
    warnings_included: tuple[str, ...] = ()  # carried by its documents or their coded passages, when made
    warnings_excluded: tuple[str, ...] = ()  # documents carrying these were left out


def _names(raw: object) -> tuple[str, ...]:
    """A list of warning names from a marker (an untrusted file: anything else is no names)."""
    if not isinstance(raw, list):
        return ()
    return tuple(sorted({str(n) for n in raw if isinstance(n, str) and n}))


def package_info(path: str | Path) -> PackageInfo | None:
    """The marker of the coder package at ``path``; None for anything else (another project, a
    damaged, encrypted or hostile file, an older format): a finder, never an error.

    The file is opened read-only and as untrusted, like a file to merge, and read within a budget.
    """
    path = Path(path)
    try:
        with ProjectStore.open(path, readonly=True, untrusted=True) as store:
            with bounded(
                store.conn, READ_STEPS, path, translate("CoreAnalysis", "reading its package marker")
            ):
                raw: Any = json.loads(store.setting(PACKAGE_MARKER) or "null")
                if not isinstance(raw, dict):
                    return None
                marker = {
                    k: str(raw.get(k) or "")
                    for k in ("coder", "coder_name", "project", "project_name", "made")
                }
                if not (marker["coder"] and marker["project"] and marker["made"]):
                    return None
                included, excluded = (
                    _names(raw.get("warnings_included")),
                    _names(raw.get("warnings_excluded")),
                )
                fresh = sum(1 for c in store.codings(coder=marker["coder"]) if c.created_at >= marker["made"])
            modified = path.stat().st_mtime
    except (AnnotatorError, OSError, ValueError):
        return None
    return PackageInfo(
        path,
        marker["coder_name"],
        marker["coder"],
        marker["project"],
        marker["project_name"],
        marker["made"],
        fresh,
        modified,
        included,
        excluded,
    )


def packages_beside(project: str | Path, guid: str) -> list[PackageInfo]:
    """The coder packages made from project ``guid`` in the folder of ``project``, by coder
    then date: what a lead who made them with the suggested names gets back and merges."""
    project = Path(project).resolve()
    try:
        candidates = sorted(
            p
            for pattern in ("*.sqlite", "*.testimony")  # the app's two project suffixes
            for p in project.parent.glob(pattern)
            if p.resolve() != project
        )
    except OSError:
        return []
    found = [info for p in candidates[:MAX_CANDIDATES] if (info := package_info(p)) and info.project == guid]
    return sorted(found, key=lambda i: (i.coder.casefold(), i.made, i.path.name))


def package_coder(store: ProjectStore, name: str) -> Coder:
    """The coder a package is for: the project's coder of that name (in any case or width),
    or a new record that only the package holds (merging it back adds it to the project).

    Raises:
        UsageError: a blank name, or one several coders could be.
    """
    cleaned = clean_coder_name(name)
    if not cleaned:
        raise UsageError(translate("CoreAnalysis", "a coder package needs the coder's name"))
    return store.find_coder(cleaned) or Coder(new_guid(), cleaned, "")


def coder_for_package(source: str | Path, name: str, *, passphrase: str | None = None) -> Coder:
    """:func:`package_coder` for a project file (for scripts: the CLI and the app resolve the
    name on the connection they already have)."""
    with ProjectStore.open(source, readonly=True, passphrase=passphrase) as store:
        return package_coder(store, name)


def warning_names(store: ProjectStore, names: Iterable[str]) -> list[str]:
    """``names`` as the project spells its warnings (typed in any case), in the list's order.

    Raises:
        UsageError: a name that is not one of the project's warnings.
    """
    listed = store.content_warnings()
    found: list[str] = []
    for name in names:
        warning = find_warning(listed, name)
        if warning is None:
            raise UsageError(
                translate("CoreAnalysis", "no content warning named {name!r} in this project").format(
                    name=name
                )
            )
        found.append(warning.name)
    order = {w.name: i for i, w in enumerate(listed)}
    return sorted(set(found), key=order.__getitem__)


def documents_with_warnings(store: ProjectStore, names: Iterable[str]) -> set[str]:
    """The GUIDs of the documents carrying any of the warnings ``names`` (exact names)."""
    wanted = set(names)
    return (
        {doc for doc, carried in store.document_warnings().items() if carried & wanted} if wanted else set()
    )


def _built(name: str, data: ProjectData, source: str, *, contiguous: bool) -> tuple[MemoryStore, MergeReport]:
    """A package project in memory holding ``data``; its texts go in one at a time (from the
    source, which must be open). ``contiguous``: see
    :func:`~annotator.core.store.in_memory.memory_store`."""
    target = create_in_memory(name, codebook="empty", contiguous=contiguous, warnings=False)
    try:
        return target, merge_into(target, data, source_name=source)
    except BaseException:
        target.close()
        raise


def make_package(
    source: str | Path,
    coder: Coder,
    output: str | Path,
    *,
    sample: int | None = None,
    seed: int | None = None,
    documents: list[str] | None = None,
    exclude_warnings: Iterable[str] = (),
    force: bool = False,
    passphrase: str | None = None,
) -> dict[str, int]:
    """Write a fresh project for ``coder`` (see :func:`package_coder`) to ``output``.

    It holds the documents (all, the given GUIDs, or a random sample of
    ``sample`` of them), the whole codebook, the document memos and attributes,
    and only ``coder``'s own codings. It is built anew rather than copied, so
    neither the other coders' codings nor their audit-log entries travel with it.

    ``output`` is checked before anything is read (never the source, a project or
    anything of one; an existing file only with ``force``), the package is built in
    memory and written in one piece, owner-only: a kill or a full disk leaves nothing.
    Texts go from the source into the package one at a time, never all held at once.

    ``exclude_warnings``: documents carrying any of these content warnings are left out
    (before sampling: a sample is drawn from the documents the coder may be given). The
    marker records the warnings the package carries (on its documents and its codes) and
    those left out; ``"excluded"`` in the result counts the documents left out.

    Raises:
        UsageError: an excluded name that is not one of the project's warnings.
    """
    guard = {"projects": [source], "sources": [source]}
    check_output(output, force=force, **guard)
    with ProjectStore.open(source, readonly=True, passphrase=passphrase) as store:
        excluded_names = warning_names(store, exclude_warnings)
        left_out = documents_with_warnings(store, excluded_names)
        chosen = documents
        if left_out:
            wanted = set(documents) if documents is not None else None
            chosen = [
                d.guid
                for d in store.documents()
                if d.guid not in left_out and (wanted is None or d.guid in wanted)
            ]
            if not chosen:
                raise UsageError(
                    translate(
                        "CoreAnalysis",
                        "every document carries one of those warnings: the package would be empty",
                    )
                )
        if sample is not None:
            all_docs = [d.guid for d in store.documents() if d.guid not in left_out]
            if not 0 < sample <= len(all_docs):
                raise AnnotatorError(
                    translate("CoreAnalysis", "cannot sample {sample} of {count} documents").format(
                        sample=sample, count=len(all_docs)
                    )
                )
            chosen = sorted(random.Random(seed).sample(all_docs, sample))
        existing = store.is_coder(coder.guid)
        data = read_project_data(store, coders=[coder.guid], documents=chosen)
        # What the package exposes its coder to: its documents' warnings, and those of the codes
        # anyone applied in them (a passage coded so carries the code's warning). A warned code in
        # the codebook alone exposes nobody: every package carries the whole codebook.
        doc_ids = set(chosen) if chosen is not None else {d.guid for d in store.documents()}
        applied = {c.code for c in store.codings() if c.document in doc_ids}
        carried = {w for _, w in data.document_warnings} | {w for c, w in data.code_warnings if c in applied}
        included = [w.name for w in data.content_warnings if w.name in carried]
        excluded = sum(1 for d in (documents if documents is not None else left_out) if d in left_out)
        passphrase = store.passphrase  # a package of an encrypted project is encrypted the same way
        if not existing:
            data.coders = [coder]
        data.memos = [m for m in data.memos if m.target_kind != "project"]
        name = f"{data.name} — {coder.name}"
        try:
            target, report = _built(name, data, Path(source).name, contiguous=True)
        except DiskFull:  # more than a memdb file holds: the ordinary kind (more memory to write)
            target, report = _built(name, data, Path(source).name, contiguous=False)
        del data
        try:
            marker = {
                "coder": coder.guid,
                "coder_name": coder.name,
                "project": store.info().guid,
                "project_name": store.info().name,
                "made": utc_now(),
                "warnings_included": included,
                "warnings_excluded": excluded_names,
            }
            with target.atomic():
                target.set_setting(PACKAGE_MARKER, json.dumps(marker, ensure_ascii=False))
            counts = target.counts()
            write_project(target, output, force=force, passphrase=passphrase, **guard)
        finally:
            target.close()
    return {
        "documents": counts["documents"],
        "codes": counts["codes"],
        "codings": report.codings_added,
        "encrypted": int(bool(passphrase)),
        "excluded": excluded,
    }

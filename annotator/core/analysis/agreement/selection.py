"""What an agreement run compares, and the progress/cancel plumbing shared by the entry points."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from annotator.core.errors import Cancelled, UsageError
from annotator.core.messages import translate

from .intervals import INT

Progress = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]


class Span(NamedTuple):
    """One coded passage of one coder: document GUID, code GUID, code-point offsets [start, end)."""

    document: str
    code: str
    start: int
    end: int


@dataclass(frozen=True, eq=False)
class Selection:
    """What to compare: coder names, the sub-corpus, the codes, and each coder's spans as arrays.

    ``spans[i]`` holds coder i's (document index, code index, start, end) as
    int64 arrays, indices into ``documents``/``codes``. With sub-code roll-up a
    coding appears once per selected code it counts for.
    """

    coders: tuple[str, ...]
    documents: tuple[tuple[str, str, int], ...]  # (guid, name, length)
    codes: tuple[tuple[str, str], ...]  # (guid, path)
    spans: tuple[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray], ...]

    @classmethod
    def from_spans(
        cls,
        spans: Mapping[str, Iterable[Span | tuple[str, str, int, int]]],
        lengths: Mapping[str, int],
        *,
        codes: Sequence[str] | None = None,
        names: Mapping[str, str] | None = None,
    ) -> Selection:
        """Build from plain spans; ``names`` maps document and code GUIDs to display names."""
        names = names or {}
        doc_index = {guid: i for i, guid in enumerate(lengths)}
        rows = {coder: [Span(*s) for s in items] for coder, items in spans.items()}
        if codes is None:
            seen: dict[str, None] = {}
            for items in rows.values():
                for s in items:
                    seen.setdefault(s.code, None)
            codes = list(seen)
        code_index = {guid: i for i, guid in enumerate(codes)}
        arrays = []
        for items in rows.values():
            kept = [s for s in items if s.document in doc_index and s.code in code_index]
            arrays.append(
                (
                    np.array([doc_index[s.document] for s in kept], dtype=INT),
                    np.array([code_index[s.code] for s in kept], dtype=INT),
                    np.array([s.start for s in kept], dtype=INT),
                    np.array([s.end for s in kept], dtype=INT),
                )
            )
        return cls(
            tuple(rows),
            tuple((g, names.get(g, g), int(n)) for g, n in lengths.items()),
            tuple((g, names.get(g, g)) for g in codes),
            tuple(arrays),
        )


class Steps:
    """Reports progress and honours cancellation between the stages of long work.

    Each call starts a stage: it raises :class:`Cancelled` if the user asked to
    stop, then reports ``(stages done, total, label)``; :meth:`finish` reports
    ``(total, total, "done")``. The numerical work between two calls is a few
    vectorised passes, so cancelling takes effect within a fraction of a second.
    """

    def __init__(self, total: int, progress: Progress | None, cancelled: IsCancelled | None) -> None:
        self.total, self.done = total, 0
        self._progress, self._cancelled = progress, cancelled

    def __call__(self, label: str) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(translate("CoreAnalysis", "agreement cancelled"))
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total, label)
        self.done += 1

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total, "done")


def check_coders(coders: Sequence[str]) -> None:
    if len(coders) < 2:
        raise UsageError(translate("CoreAnalysis", "agreement needs at least two coders"))
    if len(set(coders)) != len(coders):
        raise UsageError(translate("CoreAnalysis", "each coder may be named only once"))
    if len(coders) > 62:
        raise UsageError(translate("CoreAnalysis", "at most 62 coders can be compared at once"))


SUBCORPORA = ("coded-by-any", "coded-by-all")


def check_subcorpus(subcorpus: str, documents: Sequence[str] | None) -> None:
    """A sub-corpus rule is one of :data:`SUBCORPORA`, and is not combined with a document list
    (the list would silently override it, or it the list)."""
    if subcorpus not in SUBCORPORA:
        raise UsageError(
            translate("CoreAnalysis", "the sub-corpus must be one of {choices}, not {subcorpus!r}").format(
                choices=", ".join(SUBCORPORA), subcorpus=subcorpus
            )
        )
    if documents is not None and subcorpus != SUBCORPORA[0]:
        raise UsageError(
            translate("CoreAnalysis", "choose the documents either by name or by a sub-corpus rule, not both")
        )


def check_threshold(threshold: float) -> None:
    if not 0 < threshold <= 1:
        raise UsageError(
            translate(
                "CoreAnalysis", "the overlap threshold must be above 0 and at most 1, not {threshold}"
            ).format(threshold=threshold)
        )

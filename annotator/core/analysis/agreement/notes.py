"""The notes of an agreement report, kept as what they say (a kind and its values) rather
than as English sentences, so that each front end words them in its own language.

A report goes both to the screen and into files (``agreement --json``, the XLSX sheet):
files get :meth:`AgreementNote.text` with ``english=True`` (also ``str(note)``), always
the same English bytes; the app shows ``text()``, in the interface language. The cells of
the agreement table take :meth:`AgreementNote.reason` for the statistics the note names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from annotator.core import messages

STATISTICS = ("percent_agreement", "krippendorff_alpha", "unitized_alpha", "segment_agreement")
"""The statistics of a row besides kappa (Cohen's for two coders, Fleiss' for more)."""


def kappa_of(coders: int) -> str:
    """The kappa a row reports for this many coders: Cohen's for two, else Fleiss'."""
    return "cohen_kappa" if coders == 2 else "fleiss_kappa"


def shown(names: Sequence[str], limit: int = 5) -> str:
    """The first ``limit`` names, comma-separated, "…" when there are more (names are data)."""
    return ", ".join(names[:limit]) + (", …" if len(names) > limit else "")


def _same(path: str) -> str:
    return path


@dataclass(frozen=True, slots=True)
class AgreementNote:
    """One note: ``kind`` says which, the other fields fill it.

    Kinds: ``two-coders-only`` (``coders``), ``empty-coded-by-all``, ``empty-coded-by-any``,
    ``no-code``, ``no-text``, ``none-applied``, ``unused-listed`` (``names``: the codes),
    ``code-unused`` and ``code-flat`` (``code``, ``kappa``), ``code-pairs`` (``code``,
    ``pairs``), ``overall-pairs`` (``pairs``), ``documents-uncoded`` and ``documents-flat``
    (``names``: the documents).
    """

    kind: str
    code: str = ""  # the code's path
    kappa: str = ""  # "cohen_kappa" or "fleiss_kappa"
    coders: int = 0
    names: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return self.text(english=True)

    @property
    def statistics(self) -> tuple[str, ...]:
        """The statistics of the code's row this note says are undefined (by their JSON keys)."""
        if self.kind == "code-unused":
            return (self.kappa, *STATISTICS)
        if self.kind == "code-flat":
            return (self.kappa, "krippendorff_alpha", "unitized_alpha")
        return ()

    def reason(self, *, english: bool = False) -> str:
        """Why the statistics of :attr:`statistics` are undefined ("" for other notes)."""
        translate = messages.translator(english_only=english)
        if self.kind == "code-unused":
            return translate(
                "CoreAgreement",
                "no variation: no coder applied it in these documents (agreement would be a vacuous "
                "100%, every character left uncoded by everyone); it is left out of overall",
            )
        if self.kind == "code-flat":
            return translate("CoreAgreement", "no variation: every coder coded every character")
        return ""

    def text(  # noqa: PLR0911 (one return per kind)
        self, *, english: bool = False, shown_path: Callable[[str], str] | None = None
    ) -> str:
        """The note as a sentence: the app's language, or English (``english``) for files.

        ``shown_path`` names codes as the app shows them (its code labels); files keep paths.
        """
        translate = messages.translator(english_only=english)
        kind, n = self.kind, len(self.names)
        shown_path = shown_path or _same
        code = shown_path(self.code)
        if kind == "two-coders-only":
            return translate(
                "CoreAgreement",
                "cohen_kappa is defined for two coders only; with {n} coders see fleiss_kappa, "
                "krippendorff_alpha (multi-coder) and the pairwise figures in pairs",
            ).format(n=self.coders)
        if kind == "empty-coded-by-all":
            return translate(
                "CoreAgreement",
                "the sub-corpus is empty: there is no document that every chosen coder coded",
            )
        if kind == "empty-coded-by-any":
            return translate(
                "CoreAgreement",
                "the sub-corpus is empty: none of these coders applied a code to any document",
            )
        if kind == "no-code":
            return translate(
                "CoreAgreement", "no code to compare: these coders applied no code in these documents"
            )
        if kind == "no-text":
            return translate("CoreAgreement", "the documents of the sub-corpus have no text to compare")
        if kind == "none-applied":
            return translate(
                "CoreAgreement",
                "no chosen coder applied any of these codes in these documents: every statistic is undefined",
            )
        if kind == "unused-listed":
            return self._unused_listed(english=english, codes=[shown_path(path) for path in self.names])
        if kind == "code-unused":
            return translate(
                "CoreAgreement",
                "percent_agreement, {kappa}, krippendorff_alpha, unitized_alpha and segment_agreement are "
                "undefined for code {code}: {reason}",
            ).format(kappa=self.kappa, code=code, reason=self.reason(english=english))
        if kind == "code-flat":
            return translate(
                "CoreAgreement",
                "{kappa}, krippendorff_alpha and unitized_alpha are undefined for code {code}: {reason}",
            ).format(kappa=self.kappa, code=code, reason=self.reason(english=english))
        if kind == "code-pairs":
            return translate(
                "CoreAgreement",
                "for code {code} every statistic of the pairs {pairs} is undefined: neither coder of the "
                "pair applied it",
            ).format(code=code, pairs=self._pairs())
        if kind == "overall-pairs":
            return translate(
                "CoreAgreement",
                "overall: the pairs {pairs} applied none of these codes; their rows are undefined",
            ).format(pairs=self._pairs())
        if kind == "documents-uncoded":
            return translate(
                "CoreAgreement",
                "%n document(s) where no coder applied any of the compared codes (every statistic is "
                "undefined there): {documents}",
                None,
                n,
            ).format(documents=shown(self.names))
        if kind == "documents-flat":
            return translate(
                "CoreAgreement",
                "%n document(s) where every coder coded every character with every compared code (kappa and "
                "alpha undefined there): {documents}",
                None,
                n,
            ).format(documents=shown(self.names))
        raise ValueError(f"unknown agreement note {kind!r}")

    def _unused_listed(self, *, english: bool, codes: Sequence[str]) -> str:
        translate = messages.translator(english_only=english)
        n = len(self.names)
        one = translate(
            "CoreAgreement",
            "%n listed code nobody applied is left out of overall and of the per-document rows (each would "
            "only add characters everyone left uncoded): {codes}",
            None,
            n,
        )
        many = translate(
            "CoreAgreement",
            "%n listed codes nobody applied are left out of overall and of the per-document rows (each "
            "would only add characters everyone left uncoded): {codes}",
            None,
            n,
        )
        return messages.plural(n, one, many).format(codes=shown(codes, 10))

    def _pairs(self) -> str:
        """Coder pairs as "(a, b), (c, d)" (coders' names are data)."""
        return ", ".join(f"({a}, {b})" for a, b in self.pairs)

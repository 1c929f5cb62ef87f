"""What an agreement run returns: frozen records and the documented JSON shape."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .fields import FieldAgreement
from .notes import AgreementNote


@dataclass(frozen=True, slots=True)
class PairStats:
    """Two-coder statistics for one pair, reported when three or more coders are compared."""

    coders: tuple[str, str]
    percent_agreement: float | None
    cohen_kappa: float | None
    krippendorff_alpha: float | None
    unitized_alpha: float | None
    segment_agreement: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "coders": list(self.coders),
            "percent_agreement": self.percent_agreement,
            "cohen_kappa": self.cohen_kappa,
            "krippendorff_alpha": self.krippendorff_alpha,
            "unitized_alpha": self.unitized_alpha,
            "segment_agreement": self.segment_agreement,
        }


@dataclass(frozen=True, slots=True)
class Stats:
    """The coefficients for one set of units (a code, a document, or everything pooled).

    ``coded_by[k]`` counts the units (characters, or (character, code) pairs
    when pooled) that exactly k coders coded; ``covered``, ``segments`` and
    ``matched`` are per coder, in the order the coders were given.
    """

    units: int
    coded_by: tuple[int, ...]
    covered: tuple[int, ...]
    segments: tuple[int, ...]
    matched: tuple[int, ...]
    percent_agreement: float | None
    cohen_kappa: float | None
    fleiss_kappa: float | None
    krippendorff_alpha: float | None
    unitized_alpha: float | None
    segment_agreement: float | None
    pairs: tuple[PairStats, ...] = ()

    def characters(self) -> dict[str, int]:
        """The character table: both/only_a/only_b/neither for two coders, else by coder count."""
        if len(self.covered) == 2:
            both = self.coded_by[2]
            return {
                "both": both,
                "only_a": self.covered[0] - both,
                "only_b": self.covered[1] - both,
                "neither": self.coded_by[0],
            }
        return {str(k): h for k, h in enumerate(self.coded_by)}

    def to_json(self, coders: tuple[str, ...], *, detail: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "percent_agreement": self.percent_agreement,
            "cohen_kappa": self.cohen_kappa,
            "krippendorff_alpha": self.krippendorff_alpha,
            "unitized_alpha": self.unitized_alpha,
            "segment_agreement": self.segment_agreement,
        }
        multi = len(coders) > 2
        if multi:
            out["fleiss_kappa"] = self.fleiss_kappa
        if detail:
            out["segments"] = dict(zip(coders, self.segments, strict=True))
            out["characters"] = self.characters()
            if multi:
                out["pairs"] = [p.to_json() for p in self.pairs]
        return out


@dataclass(frozen=True, slots=True)
class CodeAgreement:
    guid: str
    path: str
    stats: Stats
    fields: tuple[FieldAgreement, ...] = ()  # agreement on the code's typed values, per field


@dataclass(frozen=True, slots=True)
class DocumentAgreement:
    guid: str
    name: str
    length: int
    stats: Stats


@dataclass(frozen=True, slots=True)
class AgreementReport:
    """Agreement of ``coders`` per code, per document (pooled over codes) and overall."""

    coders: tuple[str, ...]
    threshold: float
    include_subcodes: bool
    characters: int  # length of the sub-corpus (all its documents concatenated)
    codes: tuple[CodeAgreement, ...]
    documents: tuple[DocumentAgreement, ...]
    overall: Stats
    notes: tuple[AgreementNote, ...]  # words made when shown: English in files, translated on screen
    # Which documents were compared: "coded-by-any" (default), "coded-by-all", or "listed".
    subcorpus: str = "coded-by-any"

    def code(self, key: str) -> CodeAgreement:
        """The row of one code, by GUID or path. Raises KeyError."""
        for row in self.codes:
            if key in (row.guid, row.path):
                return row
        raise KeyError(key)

    def document(self, key: str) -> DocumentAgreement:
        """The row of one document, by GUID or name. Raises KeyError."""
        for row in self.documents:
            if key in (row.guid, row.name):
                return row
        raise KeyError(key)

    def to_json(self) -> dict[str, Any]:
        """The shape ``annotator agreement --json`` prints (DESIGN.md, "Agreement")."""
        return {
            "coders": list(self.coders),
            "documents": len(self.documents),
            "characters": self.characters,
            "threshold": self.threshold,
            "unit": "character",
            "subcorpus": self.subcorpus,
            "include_subcodes": self.include_subcodes,
            "codes": [
                {
                    "code": row.path,
                    "guid": row.guid,
                    **row.stats.to_json(self.coders),
                    "fields": [f.to_json() for f in row.fields],
                }
                for row in self.codes
            ],
            "documents_detail": [
                {"document": row.name, "guid": row.guid, **row.stats.to_json(self.coders, detail=False)}
                for row in self.documents
            ],
            "overall": self.overall.to_json(self.coders),
            "notes": [note.text(english=True) for note in self.notes],
        }


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A maximal passage where the coders' coverage of one code differs (or, if asked, agrees).

    ``start``/``end`` are code-point offsets, half-open, in the document's
    text; ``coders_with`` applied the code to all of it, ``coders_without``
    to none of it.
    """

    document: str
    document_name: str
    code: str
    code_path: str
    start: int
    end: int
    coders_with: tuple[str, ...]
    coders_without: tuple[str, ...]

    @property
    def agreed(self) -> bool:
        """True for a passage every coder coded (listed only with ``include_agreements``)."""
        return not self.coders_without

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document_name,
            "document_guid": self.document,
            "code": self.code_path,
            "code_guid": self.code,
            "start": self.start,
            "end": self.end,
            "coders_with": list(self.coders_with),
            "coders_without": list(self.coders_without),
        }

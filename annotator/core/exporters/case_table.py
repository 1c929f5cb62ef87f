"""Case-level table in the shape of CTDC and HTCDS: one row per testimony.

Coding is passage-level; CTDC and HTCDS are case-level. The derivation:

1. Each code's ``export`` mapping is parsed: ``ctdc: a; b`` names CTDC fields,
   ``htcds: field=V1|V2; other`` names HTCDS field=value pairs (``|`` lists
   values the code stands for; each becomes a flag).
2. A code inherits the mappings of its ancestors (a coding of
   *Forced prostitution/Brothel* also sets ``isSexualExploit``).
3. Flag columns: the CTDC 0/1 fields (``is…``, ``meansOfControl…``, ``means…``,
   ``typeOfLabour…``, ``typeOfSex…``, ``sectorOf…``, ``recruiterRelation…``)
   under their own names, then HTCDS victim fields (``vic_…``) as
   ``field_Value`` flags plus one ``field`` column listing the values
   (``;``-separated, HTCDS's multiselect). Perpetrator (``per_``) and event
   (``hte_``) fields describe other entities and are left out, as are mapped
   value fields (``citizenship``, ``ageBroad``...) that come from attributes.
4. A flag is 1 when any selected coding in the document uses a code mapped to
   it; 0 when none does and the case counts as reviewed; otherwise missing
   (``missing=``, default empty; CTDC files used ``-99``). A case is reviewed
   when its ``reviewed`` attribute is yes, or, in projects without that
   attribute, when it has at least one selected coding.
5. Attribute columns when present: ``ageBroad`` (an ``age_band``/``ageBroad``
   attribute, else the age binned into CTDC bands), ``majorityStatusAtExploit``
   (Minor/Adult), ``vic_AgeWhenTrafficked``, ``gender``, ``citizenship``,
   ``CountryOfExploitation``, ``yearOfRegistration``.

Privacy: CTDC releases only k-anonymised or synthetic data. The table carries
no free text; document names only with ``include_names=True``. ``caseId`` is
the document GUID (the XLSX and JSON exports map it to names). Suppression
and k-anonymity remain the lead's step before sharing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from typing import IO, Any

from annotator.core.analysis.query import typed_value
from annotator.core.codebook import CodeTree
from annotator.core.exporters.csv_export import write_csv_rows
from annotator.core.exporters.rows import ExportData, IsCancelled, Progress, Ticker
from annotator.core.pseudonymise import age_band

CTDC_FLAG_FAMILIES = (
    "is",
    "meansOfControl",
    "means",
    "typeOfLabour",
    "sectorOfLabour",
    "typeOfSex",
    "sectorOfSex",
    "recruiterRelation",
)
_CTDC_FLAG = re.compile(rf"^({'|'.join(CTDC_FLAG_FAMILIES)})[A-Z]")
MINOR_BANDS = frozenset({"0--8", "9--17"})
ATTRIBUTE_FIELDS = {  # output column -> attribute names that feed it (compared without case and punctuation)
    "gender": ("gender", "prsgender"),
    "citizenship": ("citizenship", "nationality", "prscitizenship"),
    "CountryOfExploitation": ("countryofexploitation",),
    "yearOfRegistration": ("yearofregistration",),
}
AGE_ATTRIBUTES = ("ageatexploitation", "agewhentrafficked", "vicagewhentrafficked", "age")
BAND_ATTRIBUTES = ("agebroad", "ageband")


def parse_mapping(text: str) -> list[tuple[str, str | None]]:
    """``"a; f=V1|V2"`` → ``[("a", None), ("f", "V1"), ("f", "V2")]``."""
    result: list[tuple[str, str | None]] = []
    for item in (part.strip() for part in text.split(";")):
        if not item:
            continue
        if "=" in item:
            field, values = (s.strip() for s in item.split("=", 1))
            result += [(field, v.strip()) for v in values.split("|") if v.strip()]
        else:
            result.append((item, None))
    return result


def code_flags(tree: CodeTree) -> tuple[dict[str, set[str]], list[str], dict[str, tuple[str, str]]]:
    """Per code GUID the flag columns it sets (own and inherited), the ordered columns,
    and for HTCDS flag columns their (field, value)."""
    own: dict[str, set[str]] = {}
    seen: dict[str, tuple[int, int, int]] = {}  # column -> (family rank, field's first use, own first use)
    fields: dict[str, int] = {}
    htcds: dict[str, tuple[str, str]] = {}
    for index, (_, code) in enumerate(tree.walk()):
        flags: set[str] = set()
        for field, value in parse_mapping(code.export.get("ctdc", "")):
            match = _CTDC_FLAG.match(field)
            if value is None and match:
                flags.add(field)
                seen.setdefault(field, (CTDC_FLAG_FAMILIES.index(match.group(1)), index, index))
        for field, value in parse_mapping(code.export.get("htcds", "")):
            if value is not None and field.startswith("vic_"):
                column = f"{field}_{value}"
                flags.add(column)
                htcds[column] = (field, value)
                seen.setdefault(column, (len(CTDC_FLAG_FAMILIES), fields.setdefault(field, index), index))
        own[code.guid] = flags
    effective = {
        guid: set().union(flags, *(own[a] for a in tree.ancestors(guid))) for guid, flags in own.items()
    }
    return effective, sorted(seen, key=lambda c: seen[c]), htcds


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _attribute_columns(data: ExportData, document: str) -> dict[str, Any]:
    by_key = {_key(a.name): a for a in data.attributes}
    values = data.values.get(document, {})

    def value(keys: tuple[str, ...]) -> str:
        for key in keys:
            attribute = by_key.get(key)
            if attribute is not None and values.get(attribute.guid, ""):
                return values[attribute.guid]
        return ""

    age_text = value(AGE_ATTRIBUTES)
    age = typed_value("number", age_text) if age_text else None
    age = age if isinstance(age, float) else None
    band = value(BAND_ATTRIBUTES) or (age_band(age_text) if age is not None else "")
    majority = "" if not band else ("Minor" if band in MINOR_BANDS else "Adult")
    if age is not None:
        majority = "Minor" if age < 18 else "Adult"
    columns: dict[str, Any] = {
        "ageBroad": band,
        "majorityStatusAtExploit": majority,
        "vic_AgeWhenTrafficked": (int(age) if age.is_integer() else age) if age is not None else "",
    }
    columns |= {column: value(keys) for column, keys in ATTRIBUTE_FIELDS.items()}
    return columns


def _reviewed(data: ExportData, coded: Mapping[str, int]) -> dict[str, bool]:
    marker = next((a for a in data.attributes if _key(a.name) == "reviewed"), None)
    if marker is None:
        return {d.guid: coded.get(d.guid, 0) > 0 for d in data.documents}
    return {
        d.guid: typed_value("boolean", data.values.get(d.guid, {}).get(marker.guid, ""))
        for d in data.documents
    }


def write_cases(
    data: ExportData,
    out: IO[bytes],
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    include_names: bool = False,
    missing: str = "",
) -> int:
    """Write the case table as CSV (UTF-8 with BOM); returns the number of cases (rows).

    Raises:
        Cancelled: when ``cancelled()`` turns true.
    """
    flags_of, flag_columns, htcds = code_flags(data.tree)
    present: dict[str, set[str]] = defaultdict(set)
    coded: dict[str, int] = defaultdict(int)
    for c in data.codings:
        present[c.document] |= flags_of.get(c.code, set())
        coded[c.document] += 1
    reviewed = _reviewed(data, coded)
    list_fields = list(dict.fromkeys(field for field, _ in (htcds[c] for c in flag_columns if c in htcds)))
    attribute_columns = ["ageBroad", "majorityStatusAtExploit", "vic_AgeWhenTrafficked", *ATTRIBUTE_FIELDS]
    header = ["caseId", *(["document"] if include_names else []), "reviewed", "codings", *attribute_columns]
    header += [*flag_columns, *list_fields]
    ticker = Ticker(len(data.documents), progress, cancelled, "Writing cases", every=200)
    ticker.check()

    def rows() -> Any:
        for doc in data.documents:
            flags = present.get(doc.guid, set())
            attrs = _attribute_columns(data, doc.guid)
            row: list[Any] = [doc.guid, *([data.document_name(doc.guid)] if include_names else [])]
            row += [int(reviewed[doc.guid]), coded.get(doc.guid, 0), *(attrs[c] for c in attribute_columns)]
            row += [1 if c in flags else 0 if reviewed[doc.guid] else missing for c in flag_columns]
            for field in list_fields:
                values = [htcds[c][1] for c in flag_columns if c in flags and htcds.get(c, ("",))[0] == field]
                row.append(";".join(values) if values else "" if reviewed[doc.guid] else missing)
            yield row

    write_csv_rows(out, header, rows(), ticker)
    ticker.check()
    return len(data.documents)

"""The case-data standards as data: their columns, in order, and their vocabularies.

Why data and not code: the columns and picklists are the standards' own published lists
(``resources/standards/``, whose README cites version and source of every file), so a
reviewer can compare them with the source line by line, and the tests compare every
export with the same files. This module only reads them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from annotator.core.errors import UsageError
from annotator.core.messages import translate
from annotator.core.resources import resources_dir

SCHEMAS = ("ctdc-2021", "ctdc-synthetic", "htcds-2.0")
"""Every schema name the cases export knows."""


@dataclass(frozen=True)
class Standard:
    """One standard: the case file's columns, the event file's columns, and the allowed values.

    ``picklists`` maps a column to its allowed values (names, as the standard spells them);
    ``multiselect`` names the columns whose cell lists several values separated by ``;``.
    """

    name: str
    title: str
    columns: tuple[str, ...]
    event_columns: tuple[str, ...] = ()
    picklists: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    multiselect: frozenset[str] = frozenset()
    flags: frozenset[str] = frozenset()  # 0/1 columns (CTDC 2021), 1/empty columns (CTDC synthetic)
    derived_from: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """A flag column -> the CTDC 2021 fields it is 1 for (any of them); empty: none is derived."""


def standards_dir() -> Path:
    return resources_dir() / "standards"


def _lines(name: str) -> list[list[str]]:
    text = (standards_dir() / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def field_rows(name: str) -> list[tuple[str, str, str, str]]:
    """``(field, status, core, type)`` of an HTCDS field list, in sheet order."""
    return [(r[0], r[1], r[2], r[3]) for r in _lines(name)]


def column_list(name: str) -> list[str]:
    """A one-column list (``ctdc-2021-columns.txt``), in order."""
    return [r[0] for r in _lines(name)]


@cache
def alpha3() -> dict[str, str]:
    """ISO 3166-1 alpha-2 -> alpha-3 (``KP`` -> ``PRK``), from ``iso-3166-1-alpha2-alpha3.txt``."""
    return {r[0]: r[1] for r in _lines("iso-3166-1-alpha2-alpha3.txt")}


def htcds_picklists() -> dict[str, dict[str, list[str]]]:
    """The HTCDS picklists as published: field -> {"type", "names", "labels"}."""
    data = json.loads((standards_dir() / "htcds-2.0-picklists.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, dict)}


@cache
def load_standard(name: str) -> Standard:
    """The standard called ``name`` (one of :data:`SCHEMAS`).

    Raises:
        UsageError: an unknown name.
    """
    if name == "htcds-2.0":
        rows = [
            *field_rows("htcds-2.0-person-fields.txt"),
            *field_rows("htcds-2.0-victim-fields.txt"),
        ]
        live = [r for r in rows if r[1] != "DEPRECATED"]
        lists = htcds_picklists()
        return Standard(
            name,
            "IOM Human Trafficking Case Data Standard 2.0 (UNMigration/HTCDS @ 3c2f653)",
            tuple(r[0] for r in live),
            tuple(r[0] for r in field_rows("htcds-2.0-event-fields.txt")),
            {f: tuple(v["names"]) for f, v in lists.items()},
            frozenset(r[0] for r in rows if r[3] == "Multiselect Picklist"),
        )
    if name == "ctdc-2021":
        columns = tuple(column_list("ctdc-2021-columns.txt"))
        values = json.loads((standards_dir() / "ctdc-2021-values.json").read_text(encoding="utf-8"))
        flags = frozenset(
            c
            for c in columns
            if c.startswith(("meansOfControl", "is", "typeOf", "recruiterRelation"))
            and not c.endswith("Concatenated")
        )
        picklists = {c: tuple(values[c]) for c in columns if c in values}
        picklists |= {c: tuple(values["flags"]) for c in flags}
        return Standard(
            name,
            "CTDC global dataset, 2017-2021 generation (63 columns)",
            columns,
            picklists=picklists,
            flags=flags,
        )
    if name == "ctdc-synthetic":
        return _ctdc_synthetic(name)
    raise UsageError(
        translate("CoreExport", "unknown case schema {name!r}; choose one of {schemas}").format(
            name=name, schemas=", ".join(SCHEMAS)
        )
    )


def _ctdc_synthetic(name: str) -> Standard:
    """The synthetic dataset: its 27 columns, its values, and each flag's CTDC 2021 fields."""
    columns = tuple(column_list("ctdc-synthetic-columns.txt"))
    values = json.loads((standards_dir() / "ctdc-synthetic-values.json").read_text(encoding="utf-8"))
    derivation = json.loads((standards_dir() / "ctdc-synthetic-from-2021.json").read_text(encoding="utf-8"))
    derived_from = {c: tuple(fields) for c, fields in derivation["columns"].items()}
    picklists = {c: tuple(values[c]) for c in columns if c in values}
    picklists |= {c: tuple(values["flags"]) for c in derived_from}
    return Standard(
        name,
        "CTDC Global Synthetic Dataset, Global Synthetic Data Codebook Version 2 (February 2024), 27 columns",
        columns,
        picklists=picklists,
        flags=frozenset(derived_from),
        derived_from=derived_from,
    )

"""Typed values on coded passages (prices, ages, dates, places, counts): their kinds, reading
what a coder types, proposing what a passage says, and summarising them.

Pure functions over text: the bottom layer of the core, used by the codebook (fields on codes),
the store, changes, analysis and exports alike.
"""

from .kinds import (
    KINDS,
    ORDERED_KINDS,
    FieldSpec,
    Summary,
    Value,
    ValueInvalid,
    parse_value,
    propose,
    summarise,
)

__all__ = [
    "KINDS",
    "ORDERED_KINDS",
    "FieldSpec",
    "Summary",
    "Value",
    "ValueInvalid",
    "parse_value",
    "propose",
    "summarise",
]

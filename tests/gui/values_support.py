"""A small project for the typed-values GUI tests: one testimony with prices, ages and places,
a code "Price of sale" (key 1) with a money field in CNY, a code "Age at sale" (key 2) with an
age field, and a code without fields (key 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.changes import AddCode
from annotator.core.changes.values import AddField
from annotator.core.model import Document, new_guid, utc_now
from annotator.core.project import create_project
from annotator.core.text import sha256_text

TESTIMONY = (
    "Interviewer: What happened after the river?\n"
    "Respondent: He sold her for 25,000 yuan to a farmer near Yanji. "
    "She was nineteen years old.\n"
    "Respondent: The broker first asked 5,000 yuan, then 30,000 yuan for my friend.\n"
    "Respondent: They moved us at night and nobody talked.\n"
)
SALE = "He sold her for 25,000 yuan"
TWO_PRICES = "The broker first asked 5,000 yuan, then 30,000 yuan"
AGE = "She was nineteen years old."
QUIET = "They moved us at night"


def span_of(phrase: str) -> tuple[int, int]:
    start = TESTIMONY.index(phrase)
    return start, start + len(phrase)


def build_values_project(path: Path) -> dict[str, str]:
    """Returns name -> GUID for the document, the codes and the fields."""
    store = create_project(path, codebook="empty", name="Values test project")
    ids: dict[str, str] = {}
    try:
        doc = Document(
            new_guid(), "testimony.txt", sha256_text(TESTIMONY), len(TESTIMONY), imported_at=utc_now()
        )
        with store.atomic():
            store.insert_document(doc, TESTIMONY)
        ids["doc"] = doc.guid
        group = AddCode("Sale")
        group.apply(store)
        for name, key in (("Price of sale", "1"), ("Age at sale", "2"), ("Transport", "3")):
            add = AddCode(name, parent=group.code.guid, shortcut=key)
            add.apply(store)
            ids[name] = add.code.guid
        for code, name, kind, options in (
            ("Price of sale", "price", "money", {"currency": "CNY"}),
            ("Age at sale", "age", "age", {}),
        ):
            field = AddField(code=ids[code], name=name, kind=kind, options=options)
            field.apply(store)
            ids[name] = field.field.guid
    finally:
        store.close()
    return ids


@pytest.fixture
def values_project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "values.sqlite"
    return path, build_values_project(path)

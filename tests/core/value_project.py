"""A small project whose passages carry typed values, coded by two coders who partly agree.

Shared by the facts report, export and agreement tests, so every layer is checked against
the same figures (and the expected numbers below are worked out by hand, not by the code
under test).

Documents (attribute ``province``):
- ``a.txt`` (North Hamgyong): two sales in CNY and an age;
- ``b.txt`` (Ryanggang): a sale in KPW, a price per night and an age;
- ``c.txt`` (no province): a sale the coders read in different currencies.

Values by coder (code / field):
- mina: Sale/price 25,000 CNY, 30,000 CNY (a.txt), 1,000,000 KPW (b.txt), 18,000 CNY (c.txt);
  Earnings/rate 400-500 CNY per night (b.txt); Recruitment/age 19 (a.txt), 17 (b.txt).
- jun: Sale/price 24,000 CNY (agrees within 5% with 25,000), 35,000 CNY (does not agree with
  30,000), 18,000 USD (not CNY: disagrees), all on mina's spans; Recruitment/age 20 (within a year
  of 19); a Sale coding in a.txt without a value.
- Forms of exploitation (codes ``Exploitation/Forced marriage`` and ``Exploitation/Sexual
  exploitation``, no values): mina codes Forced marriage over a.txt's first sentence and c.txt's
  sentence, Sexual exploitation over b.txt's first two sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.changes import AddCode, ApplyCode, SetAttribute
from annotator.core.changes.values import AddField, SetValues
from annotator.core.model import Document, new_guid, utc_now
from annotator.core.project import create_project
from annotator.core.store import ProjectStore
from annotator.core.text import sha256_text
from annotator.core.values import parse_value

TEXTS = {
    "a.txt": (
        "She was sold to a farmer for 25,000 yuan. Later she was sold again for 30,000 yuan. "
        "She was nineteen when the broker found her."
    ),
    "b.txt": (
        "The broker paid 1,000,000 won for her. In the bar she earned 400-500 yuan per night. "
        "She was 17 years old."
    ),
    "c.txt": "They sold her as a wife for 18,000 RMB.",
}
PROVINCES = {"a.txt": "North Hamgyong", "b.txt": "Ryanggang"}


@dataclass
class ValueProject:
    path: Path
    docs: dict[str, Document] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)  # path -> GUID
    fields: dict[str, str] = field(default_factory=dict)  # "code path/field" -> GUID
    coders: dict[str, str] = field(default_factory=dict)  # name -> GUID


def span(doc: str, words: str) -> tuple[int, int]:
    start = TEXTS[doc].index(words)
    return start, start + len(words)


def build_value_project(path: Path) -> ValueProject:
    """Create the project described in the module docstring at ``path``."""
    project = ValueProject(path)
    store = create_project(path, codebook="empty", name="Values study")
    try:
        _fill(store, project)
    finally:
        store.close()
    return project


def _code(store: ProjectStore, project: ValueProject, path: str) -> str:
    parent = None
    for depth, name in enumerate(path.split("/")):
        key = "/".join(path.split("/")[: depth + 1])
        if key not in project.codes:
            change = AddCode(name, parent=parent)
            change.apply(store)
            project.codes[key] = change.code.guid
        parent = project.codes[key]
    return project.codes[path]


def _fill(store: ProjectStore, p: ValueProject) -> None:
    for name, text in TEXTS.items():
        doc = Document(new_guid(), name, sha256_text(text), len(text), imported_at=utc_now())
        with store.atomic():
            store.insert_document(doc, text)
        p.docs[name] = doc
        if name in PROVINCES:
            SetAttribute(document=doc.guid, name="province", value=PROVINCES[name]).apply(store)
    for name in ("mina", "jun"):
        p.coders[name] = store.ensure_coder(name).guid
    for path in ("Exploitation/Forced marriage", "Exploitation/Sexual exploitation", "Recruitment"):
        _code(store, p, path)
    for code, name, kind, options in (
        ("Sale", "price", "money", {}),
        ("Earnings", "rate", "money", {}),
        ("Recruitment", "age", "age", {}),
    ):
        change = AddField(code=_code(store, p, code), name=name, kind=kind, options=options)
        change.apply(store)
        p.fields[f"{code}/{name}"] = change.field.guid

    def code(coder: str, path: str, doc: str, words: str, value: str | None = None, field: str = "") -> None:
        start, end = span(doc, words)
        change = ApplyCode(
            document=p.docs[doc].guid, start=start, end=end, code=p.codes[path], coder=p.coders[coder]
        )
        change.apply(store)
        if value is not None:
            guid = p.fields[f"{path}/{field}"]
            spec = store.code_field(guid).spec
            SetValues(change.coding.guid, {guid: parse_value(spec, value)}, by=p.coders[coder]).apply(store)

    first_a = "She was sold to a farmer for 25,000 yuan."
    second_a = "Later she was sold again for 30,000 yuan."
    sale_b = "The broker paid 1,000,000 won for her."
    sale_c = "They sold her as a wife for 18,000 RMB."
    code("mina", "Sale", "a.txt", first_a, "25,000 yuan", "price")
    code("mina", "Sale", "a.txt", second_a, "30,000 yuan", "price")
    code("mina", "Sale", "b.txt", sale_b, "1,000,000 KPW", "price")
    code("mina", "Sale", "c.txt", sale_c, "18,000 RMB", "price")
    code("mina", "Earnings", "b.txt", "400-500 yuan per night", "400-500 yuan per night", "rate")
    code("mina", "Recruitment", "a.txt", "She was nineteen", "nineteen", "age")
    code("mina", "Recruitment", "b.txt", "She was 17 years old", "17", "age")
    code("jun", "Sale", "a.txt", first_a, "24000 CNY", "price")
    code("jun", "Sale", "a.txt", second_a, "35000 CNY", "price")
    code("jun", "Sale", "c.txt", sale_c, "18000 USD", "price")
    code("jun", "Recruitment", "a.txt", "She was nineteen", "20", "age")
    code("jun", "Sale", "a.txt", "the broker found her")  # no value
    code("mina", "Exploitation/Forced marriage", "a.txt", first_a)
    code("mina", "Exploitation/Forced marriage", "c.txt", sale_c)
    code("mina", "Exploitation/Sexual exploitation", "b.txt", sale_b + " In the bar")

"""A case's journey on the default codebook: events in order (approximate and ranged dates by
their middle, ties by document order), each flag, and the derived figures; codes are found by
their ref, so renaming them changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.analysis.journey import journey
from annotator.core.changes import AddCase, ApplyCode, EditCase, EditCode, LinkDocuments, SetAttribute
from annotator.core.changes.values import SetValues
from annotator.core.model import Document, new_guid, utc_now
from annotator.core.project import create_project
from annotator.core.text import sha256_text
from annotator.core.values import parse_value

FIRST = (
    "We crossed the river in 2011. In March 2012 the broker sold me. I was nineteen. "
    "Later that year I was sold again, twice more. In May 2013 I ran away. "
    "I was sent back in 2010."
)
SECOND = "Second interview. I was sold in 2012 to a farmer."


class Journal:
    """A default-codebook project with one victim and helpers to code dated passages."""

    def __init__(self, path: Path) -> None:
        self.store = create_project(path, codebook="default")
        self.mina = self.store.resolve_coder("mina", create=True)
        self.jun = self.store.resolve_coder("jun", create=True)
        self.docs = {}
        for name, text in (("first.txt", FIRST), ("second.txt", SECOND)):
            doc = Document(new_guid(), name, sha256_text(text), len(text), imported_at=utc_now())
            with self.store.atomic():
                self.store.insert_document(doc, text)
            self.docs[name] = doc
        add = AddCase("Victim A")
        add.apply(self.store)
        self.case = add.case.guid
        LinkDocuments(self.case, [d.guid for d in self.docs.values()]).apply(self.store)

    def code(
        self,
        ref: str,
        words: str,
        values: dict[str, str] | None = None,
        *,
        doc: str = "first.txt",
        coder=None,
    ) -> str:
        code = next(c for c in self.store.codes() if c.ref == ref)
        text = FIRST if doc == "first.txt" else SECOND
        start = text.index(words)
        apply = ApplyCode(
            document=self.docs[doc].guid,
            start=start,
            end=start + len(words),
            code=code.guid,
            coder=(coder or self.mina).guid,
        )
        apply.apply(self.store)
        fields = {f.name: f for f in self.store.code_fields(code.guid)}
        if values:
            typed = {fields[n].guid: parse_value(fields[n].spec, v) for n, v in values.items()}
            SetValues(apply.coding.guid, typed).apply(self.store)
        return apply.coding.guid


@pytest.fixture
def j(tmp_path: Path):
    journal = Journal(tmp_path / "j.sqlite")
    yield journal
    journal.store.close()


def _standard(j: Journal) -> dict[str, str]:
    return {
        "crossing": j.code("MOVE.BORDER_CROSSING", "We crossed the river in 2011.", {"date": "about 2011"}),
        "sale": j.code("ACT.SALE", "In March 2012 the broker sold me.", {"date": "March 2012"}),
        "sale again": j.code("ACT.SALE", "Later that year I was sold again", {"date": "2012"}),
        "escape": j.code("OUTCOME.ESCAPE", "In May 2013 I ran away.", {"date": "2013-05-15"}),
    }


def test_events_in_order_with_approximate_and_ranged_dates(j: Journal) -> None:
    g = _standard(j)
    tie = j.code("ACT.SALE", "I was sold in 2012 to a farmer.", {"date": "2012"}, doc="second.txt")
    result = journey(j.store, j.case)
    assert [e.coding for e in result.events] == [g["crossing"], g["sale"], g["sale again"], tie, g["escape"]]
    crossing = result.events[0]
    assert crossing.date.approx and crossing.date.display() == "≈2011"
    assert crossing.quote == "We crossed the river in 2011."
    assert crossing.code_path.endswith("/Border crossing") and crossing.coder_name == "mina"
    assert result.to_json()["events"][1] == {
        "coding": g["sale"],
        "document": "first.txt",
        "start": FIRST.index("In March"),
        "end": FIRST.index("In March") + len("In March 2012 the broker sold me."),
        "quote": "In March 2012 the broker sold me.",
        "code": result.events[1].code_path,
        "ref": "ACT.SALE",
        "date": {"from": "2012-03", "to": "2012-03", "approx": False},
        "place": None,
        "coder": "mina",
    }


def test_figures_count_each_sale_once_and_follow_renamed_codes(j: Journal) -> None:
    g = _standard(j)
    jun = j.code(
        "ACT.SALE", "In March 2012 the broker sold me.", {"date": "2012-03"}, coder=j.jun
    )  # same sale
    j.code("TRANS.RESALE", "sold again, twice more", {"times sold": "2"})
    sale = next(c for c in j.store.codes() if c.ref == "ACT.SALE")
    EditCode(sale.guid, name="Verkauf").apply(j.store)
    result = journey(j.store, j.case)
    assert result.times_sold == 4  # two sale passages, plus the two more the Resold passage states
    assert result.months_to_first_sale == pytest.approx(8.5, abs=0.3)  # mid-2011 to mid-March 2012
    assert result.months_in_exploitation == pytest.approx(14.0, abs=0.3)  # to 15 May 2013
    assert result.events[0].coding == g["crossing"]
    assert {e.coding for e in result.events[1:3]} == {g["sale"], jun}  # both coders' events are shown


def test_unknown_figures_are_none_not_zero(j: Journal) -> None:
    j.code("OUTCOME.ESCAPE", "In May 2013 I ran away.", {"date": "2013-05"})
    result = journey(j.store, j.case)
    assert (result.times_sold, result.months_to_first_sale, result.months_in_exploitation) == (
        None,
        None,
        None,
    )
    assert result.flags == []


def test_two_birth_years_that_disagree_are_flagged_but_a_year_apart_is_not(j: Journal) -> None:
    _standard(j)
    EditCase(j.case, attributes={"year of birth": "1993"}).apply(j.store)
    # the age is coded on a span overlapping the dated sale: 19 in March 2012 means born about 1993
    age = j.code(
        "VICTIM.AGE_AT_EXPLOITATION", "the broker sold me. I was nineteen.", {"age at exploitation": "19"}
    )
    assert journey(j.store, j.case).flags == []
    EditCase(j.case, attributes={"year of birth": "1985"}).apply(j.store)
    flags = journey(j.store, j.case).flags
    assert [f.kind for f in flags] == ["contradiction"]
    assert "1985" in flags[0].message and age in flags[0].codings


def test_events_after_the_interview_or_before_birth_and_an_early_repatriation_are_flagged(j: Journal) -> None:
    g = _standard(j)
    back = j.code("OUTCOME.REPATRIATION", "I was sent back in 2010.", {"date": "2010"})
    SetAttribute(document=j.docs["first.txt"].guid, name="interview year", value="2012").apply(j.store)
    EditCase(j.case, attributes={"year of birth": "2011"}).apply(j.store)
    flags = {(f.kind, f.codings) for f in journey(j.store, j.case).flags}
    assert ("contradiction", (g["escape"],)) in flags  # 2013, after the 2012 interview
    assert ("contradiction", (back,)) in flags  # 2010, before birth in 2011
    assert ("contradiction", (back, g["crossing"])) in flags  # sent back before first crossing
    assert ("contradiction", (g["crossing"],)) not in flags  # ≈2011 may be after birth


def test_gaps_longer_than_asked_are_flagged(j: Journal) -> None:
    g = _standard(j)
    assert [f for f in journey(j.store, j.case, gap_months=12).flags if f.kind == "gap"] == []
    gaps = [f for f in journey(j.store, j.case, gap_months=10).flags if f.kind == "gap"]
    assert [f.codings for f in gaps] == [(g["sale again"], g["escape"])]  # mid-2012 to mid-May 2013
    assert gaps[0].message.startswith("10.4 months with no event between 2012")

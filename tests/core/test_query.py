"""Retrieval: segments by code/coder/document/attribute, frequencies, co-occurrence."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from annotator.core.analysis.query import (
    attribute_filter,
    code_frequencies,
    compare,
    cooccurrence,
    parse_attribute_filters,
    segments,
)
from annotator.core.changes import ApplyCode, SetAttribute
from annotator.core.errors import NotFound, UnknownCode, UsageError
from annotator.core.model import Document
from annotator.core.store import ProjectStore

TEXT_A = "The broker promised restaurant work. We crossed the river at night. They locked the door."
TEXT_B = "그는 식당 일이라고 말했다. 𠀀 마을에서 팔려 갔다."
TEXT_C = "I was twenty-two. Nobody hit me, but they kept my papers."


@dataclass
class Project:
    store: ProjectStore
    docs: dict[str, Document]
    codes: dict[str, str]

    def code(self, doc: str, code: str, coder: str, words: str, occurrence: int = 0) -> None:
        text = self.store.document_text(self.docs[doc].guid)
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(words, start + 1)
        ApplyCode(
            document=self.docs[doc].guid,
            start=start,
            end=start + len(words),
            code=self.codes[code],
            coder=self.store.ensure_coder(coder).guid,
        ).apply(self.store)


@pytest.fixture
def project(store: ProjectStore, add_text, add_code) -> Project:
    """Three testimonies, a small tree (Means/Deception/About the job; Means/Confinement; Sold), two coders.

    Overlaps by hand, in a.txt: Deception [broker promised restaurant work] overlaps
    About the job [restaurant work. We], which shares "We" with Sold [We crossed the
    river] (all mina); Confinement [They locked the door] overlaps Sold [locked the door.] (jun).
    """
    docs = {"a": add_text(TEXT_A, "a.txt"), "b": add_text(TEXT_B, "b.txt"), "c": add_text(TEXT_C, "c.txt")}
    means = add_code("Means")
    deception = add_code("Deception", parent=means)
    codes = {
        "means": means,
        "deception": deception,
        "job": add_code("About the job", parent=deception),
        "confinement": add_code("Confinement", parent=means),
        "sold": add_code("Sold"),
    }
    p = Project(store, docs, codes)
    p.code("a", "deception", "mina", "broker promised restaurant work")
    p.code("a", "job", "mina", "restaurant work. We")
    p.code("a", "confinement", "jun", "They locked the door")
    p.code("a", "sold", "jun", "locked the door.")
    p.code("a", "sold", "mina", "We crossed the river")
    p.code("b", "sold", "mina", "𠀀 마을에서 팔려 갔다")
    p.code("b", "deception", "jun", "식당 일이라고")
    p.code("c", "confinement", "mina", "they kept my papers")
    for doc, age, lang in (("a", "9", "en"), ("b", "17", "KO"), ("c", "22", "en")):
        SetAttribute(document=docs[doc].guid, name="age", value=age, type="number").apply(store)
        SetAttribute(document=docs[doc].guid, name="language", value=lang).apply(store)
    return p


def test_segments_carry_names_and_the_exact_text(project: Project) -> None:
    found = segments(project.store)
    assert len(found) == 8
    for s in found:
        assert s.text == project.store.document_text(s.coding.document)[s.start : s.end]
    assert [s.document for s in found] == ["a.txt"] * 5 + ["b.txt"] * 2 + ["c.txt"]
    starts = [s.start for s in found if s.document == "a.txt"]
    assert starts == sorted(starts)
    korean = next(s for s in found if s.code_path == "Sold" and s.document == "b.txt")
    assert korean.text == "𠀀 마을에서 팔려 갔다" and korean.coder == "mina"
    assert korean.end - korean.start == len("𠀀 마을에서 팔려 갔다")  # code points: 𠀀 counts one


def test_segments_by_code_with_and_without_subcodes(project: Project) -> None:
    exact = segments(project.store, codes=["Means/Deception"])
    assert {s.text for s in exact} == {"broker promised restaurant work", "식당 일이라고"}
    branch = segments(project.store, codes=["Means/Deception"], include_subcodes=True)
    assert {s.code_path for s in branch} == {"Means/Deception", "Means/Deception/About the job"}
    everything = segments(project.store, codes=["Means"], include_subcodes=True)
    assert len(everything) == 5 and all(s.code_path.startswith("Means") for s in everything)
    assert segments(project.store, codes=["Means"]) == []
    by_guid = segments(project.store, codes=[project.codes["sold"]])
    assert len(by_guid) == 3


def test_segments_by_coder_and_document(project: Project) -> None:
    assert {s.coder for s in segments(project.store, coders=["jun"])} == {"jun"}
    assert len(segments(project.store, coders="jun")) == 3  # one name, not its letters
    assert len(segments(project.store, coders=["mina", "jun"])) == 8
    in_b = segments(project.store, documents=["b.txt"])
    assert {s.document for s in in_b} == {"b.txt"} and len(in_b) == 2
    by_guid = segments(project.store, documents=[project.docs["c"].guid], coders=["mina"])
    assert [s.text for s in by_guid] == ["they kept my papers"]


def test_segments_by_attribute_compare_numbers_as_numbers(project: Project) -> None:
    minors = segments(project.store, attributes=attribute_filter("age", "<", 18))
    assert {s.document for s in minors} == {"a.txt", "b.txt"}  # "9" < 18 numerically, not as text
    adults = segments(project.store, attributes={"age": compare(">=", 18)})
    assert {s.document for s in adults} == {"c.txt"}
    assert {s.document for s in segments(project.store, attributes={"age": 17})} == {"b.txt"}
    assert {s.document for s in segments(project.store, attributes={"age": "17"})} == {"b.txt"}
    korean = segments(project.store, attributes={"language": "ko"})  # text compares without case
    assert {s.document for s in korean} == {"b.txt"}
    both = segments(project.store, attributes={"age": lambda age: age < 18, "language": "en"})
    assert {s.document for s in both} == {"a.txt"}
    teen = segments(project.store, attributes=parse_attribute_filters(["age >= 12", "age < 18"]))
    assert {s.document for s in teen} == {"b.txt"}
    combined = segments(
        project.store, documents=["a.txt", "c.txt"], attributes=attribute_filter("age", "<", 18)
    )
    assert {s.document for s in combined} == {"a.txt"}


def test_a_document_without_the_value_or_with_text_never_passes_a_numeric_test(
    project: Project, add_text
) -> None:
    doc = add_text("A testimony without an age.", "d.txt")
    ApplyCode(
        document=doc.guid,
        start=0,
        end=5,
        code=project.codes["sold"],
        coder=project.store.ensure_coder("jun").guid,
    ).apply(project.store)
    SetAttribute(document=doc.guid, name="language", value="unknown").apply(project.store)
    assert "d.txt" not in {
        s.document for s in segments(project.store, attributes=attribute_filter("age", "<", 99))
    }
    assert compare("<", 18)("not a number") is False
    assert compare("in", ["ko", "en"])("KO") is True


def test_unknown_names_are_errors_not_empty_results(project: Project) -> None:
    with pytest.raises(UnknownCode):
        segments(project.store, codes=["Means/Nothing"])
    with pytest.raises(NotFound, match="coder"):
        segments(project.store, coders=["nobody"])
    with pytest.raises(NotFound, match="document"):
        segments(project.store, documents=["missing.txt"])
    with pytest.raises(NotFound, match="attribute"):
        segments(project.store, attributes={"height": 3})
    with pytest.raises(UsageError):
        compare("~", 3)
    with pytest.raises(UsageError):
        parse_attribute_filters(["age"])
    with pytest.raises(TypeError):
        segments(project.store, coder=["mina"])  # a misspelt filter is not silently ignored


def test_code_frequencies_by_coder_count_codings_and_documents(project: Project) -> None:
    table = code_frequencies(project.store, by="coder")
    assert table.columns == ("jun", "mina")
    assert table.codes[:3] == ("Means", "Means/Deception", "Means/Deception/About the job")
    assert table.count("Sold", "mina") == 2 and table.count("Sold", "jun") == 1
    assert table.codings["Sold"] == 3 and table.documents["Sold"] == 2
    assert table.count("Means", "mina") == 0 and table.codings.get("Means", 0) == 0
    assert table.to_rows()[0] == ["code", "jun", "mina", "codings", "documents"]
    rolled = code_frequencies(project.store, by="coder", rollup=True, codes=["Means"])
    assert rolled.codes == ("Means",)
    assert rolled.codings["Means"] == 5 and rolled.documents["Means"] == 3
    assert rolled.count("Means", "mina") == 3


def test_code_frequencies_by_document_with_filters(project: Project) -> None:
    table = code_frequencies(project.store, by="document", coders=["mina"])
    assert table.columns == ("a.txt", "b.txt", "c.txt")
    assert table.count("Sold", "a.txt") == 1 and table.count("Sold", "b.txt") == 1
    assert table.count("Means/Deception", "b.txt") == 0  # jun's coding is filtered out
    only_b = code_frequencies(project.store, by="document", documents=["b.txt"], codes=["Sold"])
    assert only_b.columns == ("b.txt",) and only_b.codes == ("Sold",) and only_b.codings["Sold"] == 1
    with pytest.raises(UsageError):
        code_frequencies(project.store, by="code")  # type: ignore[arg-type]


def test_cooccurrence_by_passage_counts_overlapping_pairs(project: Project) -> None:
    matrix = cooccurrence(project.store, scope="passage")
    assert matrix.count("Means/Deception", "Means/Deception/About the job") == 1
    assert matrix.count("Means/Deception/About the job", "Means/Deception") == 1
    assert matrix.count("Means/Confinement", "Sold") == 1  # "They locked the door" ∩ "locked the door."
    assert matrix.count("Means/Deception/About the job", "Sold") == 1
    assert matrix.count("Means/Deception", "Sold") == 0  # b.txt: 식당 and 𠀀… do not overlap
    assert matrix.count("Sold", "Sold") == 3  # the diagonal is the number of codings
    assert "Means" not in matrix.codes  # no coding of its own
    jun = cooccurrence(project.store, scope="passage", coders=["jun"])
    assert (
        jun.count("Means/Confinement", "Sold") == 1
        and jun.count("Means/Deception/About the job", "Sold") == 0
    )


def test_cooccurrence_ignores_spans_that_only_touch(store: ProjectStore, add_text, add_code) -> None:
    doc = add_text("abcdefghij")
    x, y = add_code("X"), add_code("Y")
    coder = store.ensure_coder("mina").guid
    for code, start, end in ((x, 0, 5), (y, 5, 10), (y, 4, 6)):
        ApplyCode(document=doc.guid, start=start, end=end, code=code, coder=coder).apply(store)
    matrix = cooccurrence(store, scope="passage")
    assert matrix.count("X", "Y") == 1  # [0,5) ∩ [4,6) only; [0,5) and [5,10) touch
    assert matrix.count("Y", "Y") == 2
    assert cooccurrence(store, scope="document").count("X", "Y") == 1


def test_cooccurrence_by_document(project: Project) -> None:
    matrix = cooccurrence(project.store, scope="document")
    assert matrix.count("Means/Deception", "Sold") == 2  # a.txt and b.txt
    assert matrix.count("Means/Confinement", "Sold") == 1  # a.txt only (c.txt has no Sold)
    assert matrix.count("Means/Confinement", "Means/Confinement") == 2
    chosen = cooccurrence(project.store, scope="document", codes=["Sold", "Means/Confinement"])
    assert chosen.codes == ("Means/Confinement", "Sold")
    assert chosen.to_rows() == [
        ["code", "Means/Confinement", "Sold"],
        ["Means/Confinement", 2, 1],
        ["Sold", 1, 2],
    ]
    with pytest.raises(UsageError):
        cooccurrence(project.store, scope="sentence")  # type: ignore[arg-type]

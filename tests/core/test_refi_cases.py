"""Cases in REFI-QDA: ``<Cases>`` written beside the document cases, valid against Project.xsd
and the shared checker, and read back into the same cases, attributes and links; a
pseudonymised export carries no real name in a case label, memo or attribute."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator.core.changes import AddCase, ApplyCode, LinkCodings, LinkDocuments, SetAttribute
from annotator.core.exporters import ExportRequest, run_export, write_qdpx
from annotator.core.exporters.privacy import Cleaner, Privacy
from annotator.core.project import create_project
from annotator.core.project_data import read_project_data
from annotator.core.pseudonymise import Pseudonym, SetPseudonyms
from annotator.core.refi_qda import import_file
from annotator.core.store import ProjectStore
from tests.core.test_refi_qda import needs_schemas, validate

TEXT = "Kim Ok-sun and her sister were sold in Yanji. 😀 Her sister ran away in 2014."
NS = "{urn:QDA-XML:project:1.0}"


@pytest.fixture
def project(tmp_path: Path):
    store = create_project(tmp_path / "source.sqlite", codebook="empty", name="Cases")
    from annotator.core.changes import AddCode  # noqa: PLC0415
    from annotator.core.model import Document, new_guid, utc_now  # noqa: PLC0415
    from annotator.core.text import sha256_text  # noqa: PLC0415

    coder = store.resolve_coder("mina", create=True)
    docs = []
    for name, text in (("kim.txt", TEXT), ("second.txt", "A second interview.")):
        doc = Document(new_guid(), name, sha256_text(text), len(text), imported_at=utc_now())
        with store.atomic():
            store.insert_document(doc, text)
        docs.append(doc)
    SetAttribute(document=docs[0].guid, name="gender", value="female").apply(store)  # a document attribute
    code = AddCode("Sold")
    code.apply(store)
    codings = []
    for words in ("were sold in Yanji", "ran away in 2014"):
        start = TEXT.index(words)
        apply = ApplyCode(
            document=docs[0].guid, start=start, end=start + len(words), code=code.code.guid, coder=coder.guid
        )
        apply.apply(store)
        codings.append(apply.coding.guid)
    a = AddCase(
        "Kim Ok-sun",
        memo="Older sister; met in Yanji",
        attributes={"gender": "female", "year of birth": "1994", "citizenship": "DPRK"},
        types={"year of birth": "number"},
        by=coder.guid,
    )
    b = AddCase("Victim B", role="other")
    for change in (a, b):
        change.apply(store)
    LinkDocuments(a.case.guid, [docs[0].guid, docs[1].guid]).apply(store)
    LinkDocuments(b.case.guid, [docs[0].guid]).apply(store)
    LinkCodings(a.case.guid, codings[:1]).apply(store)
    LinkCodings(b.case.guid, codings).apply(store)
    yield store
    store.close()


def _cases(store: ProjectStore) -> list[tuple[object, ...]]:
    out = []
    for case in store.cases():
        passages = []
        for guid in store.case_codings(case.guid):
            c = store.coding(guid)
            passages.append((store.document(c.document).name, c.start, c.end))
        out.append(
            (
                case.guid,
                case.label,
                case.role,
                case.memo,
                tuple(sorted((a.name, a.value, a.type) for a in store.case_attribute_rows(case.guid))),
                tuple(store.document(d).name for d in store.case_documents(case.guid)),
                tuple(passages),
            )
        )
    return out


@needs_schemas
def test_cases_round_trip_through_a_valid_qdpx(tmp_path: Path, project: ProjectStore) -> None:
    package = tmp_path / "out.qdpx"
    write_qdpx(project, package)
    validate(package)
    with zipfile.ZipFile(package) as zf:
        root = etree.fromstring(zf.read("project.qde"))
    person = next(c for c in root.iter(f"{NS}Case") if c.get("name") == "Kim Ok-sun")
    assert person.findtext(f"{NS}Description").startswith("Testimony Annotator case (victim)")
    assert len(person.findall(f"{NS}SelectionRef")) == 1 and len(person.findall(f"{NS}SourceRef")) == 2
    copy = create_project(tmp_path / "copy.sqlite", codebook="empty")
    import_file(copy, package, coder=copy.resolve_coder("lead", create=True))
    assert _cases(copy) == _cases(project)
    assert copy.document_attributes() == project.document_attributes()  # no case attribute leaked in
    assert sorted(a.name for a in copy.attributes()) == ["gender"]
    again = import_file(copy, package, coder=copy.resolve_coder("lead", create=True))
    assert again is not None
    assert _cases(copy) == _cases(project)  # importing twice doubles nothing
    copy.close()


def test_a_pseudonymised_qdpx_holds_no_real_name_in_cases(tmp_path: Path, project: ProjectStore) -> None:
    SetPseudonyms([Pseudonym("Kim Ok-sun", "Participant 3"), Pseudonym("Yanji", "City 1")]).apply(project)
    out = tmp_path / "p.qdpx"
    run_export(project, ExportRequest("qdpx", out, pseudonymise=True))
    with zipfile.ZipFile(out) as zf:
        qde = zf.read("project.qde").decode("utf-8")
    assert "Kim Ok-sun" not in qde and "Yanji" not in qde
    assert 'name="Participant 3"' in qde and "met in City 1" in qde
    # Text dropped (the csv/xlsx/json exports' --no-text): labels numbered, memos and text values gone.
    cleaner = Cleaner(Privacy(drop_text=True), project.coders(), project.documents())
    data = cleaner.project(read_project_data(project), project.info()).data
    assert [c.label for c in data.cases] == ["Case 1", "Case 2"]
    assert [c.memo for c in data.cases] == ["", ""]
    assert sorted((a.name, a.value) for a in data.case_attributes) == [("year of birth", "1994")]
    assert len(data.case_codings) == 3 and len(data.case_documents) == 3

"""Value fields and typed values in REFI-QDA files: carried so that other programs show at most a
note (``.qdpx``) or nothing at all (``.qdc``), valid against the schemas, read back exactly, and a
damaged note is left out with a line in the import notes, never a crash."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from annotator.core.changes import ApplyCode, SetMemo
from annotator.core.changes.values import AddField, SetValues
from annotator.core.codebook import CodeTree
from annotator.core.exporters import export, write_qdpx
from annotator.core.model import Code, Document, new_guid
from annotator.core.project import create_project, project_codebook
from annotator.core.pseudonymise import Pseudonym, SetPseudonyms
from annotator.core.refi_qda import import_file, read_qdc, read_qdpx, write_qdc
from annotator.core.store import ProjectStore
from annotator.core.text import sha256_text
from annotator.core.values import parse_value
from tests.core.test_refi_qda import needs_schemas, validate

TEXT = (
    "그는 나를 2만 5천 위안에 팔았다. I was nineteen (열아홉 살) in March 2012, in 연길 𠀀.\n"
    'Later: 400-500 RMB per night, for about 3 months. "Sold <twice> & more".'
)


def build(path: Path) -> ProjectStore:
    """Codes with fields of every kind, and values on two coders' codings (one with a memo)."""
    store = create_project(path, codebook="empty", name="Values 😀")
    sale, stay, other = new_guid(), new_guid(), new_guid()
    with store.atomic():
        store.insert_codes(
            [
                Code(sale, "Sale 판매", color="#aa0000", position=0),
                Code(stay, "Stay", color="#00aa00", position=1),
                Code(other, "No fields", color="#0000aa", position=2),
            ]
        )
        store.insert_document(Document(new_guid(), "kim 𠀀.txt", sha256_text(TEXT), len(TEXT)), TEXT)
    doc = store.documents()[0].guid
    lee, kim = store.ensure_coder("Lee 이").guid, store.ensure_coder("Kim").guid
    specs = [
        (sale, "price", "money", {"currency": "CNY", "per": ["night", "client"]}),
        (sale, "나이 𠀀", "age", {}),
        (sale, "when", "date", {}),
        (sale, "form", "choice", {"choices": ["forced marriage", "prostitution <&>"]}),
        (stay, "where", "place", {}),
        (stay, "how long", "duration", {"unit": "month"}),
        (stay, "times", "count", {}),
        (stay, "note", "text", {}),
        (stay, "unused", "money", {}),
    ]
    fields = {}
    for code, name, kind, options in specs:
        change = AddField(code=code, name=name, kind=kind, options=options)
        change.apply(store)
        fields[name] = change.field

    def coding(code: str, words: str, coder: str, memo: str = "") -> str:
        start = TEXT.index(words)
        change = ApplyCode(
            document=doc, start=start, end=start + len(words), code=code, coder=coder, memo=memo
        )
        change.apply(store)
        return change.coding.guid

    def put(guid: str, coder: str, **typed: str) -> None:
        values = {fields[n].guid: parse_value(fields[n].spec, t) for n, t in typed.items()}
        SetValues(guid, values, by=coder).apply(store)

    first = coding(sale, "2만 5천 위안에 팔았다", lee, memo="coding memo <&>\nline two")
    put(first, lee, price="2만 5천 위안", form="prostitution <&>", when="March 2012")
    put(
        coding(sale, "I was nineteen (열아홉 살)", kim),
        kim,
        **{"나이 𠀀": "about 19", "price": "400-500 RMB per night", "when": "2010-2012"},
    )
    put(
        coding(stay, "in 연길 𠀀", lee),
        lee,
        where="연길",
        times="twice",
        note='"Sold <twice> & more"\r\nline',
    )
    put(coding(stay, "for about 3 months", kim), kim, **{"how long": "about 3 months"})
    coding(other, "Later", kim)
    SetMemo("code", sale, "Code memo 판매").apply(store)
    return store


@pytest.fixture
def project(tmp_path: Path):
    store = build(tmp_path / "source.sqlite")
    yield store
    store.close()


def fields_and_values(store: ProjectStore) -> tuple[list, list]:
    """Fields (GUID, code, name, kind, options) in their order per code, and every value exactly."""
    tree = CodeTree(store.codes())
    fields = [
        (f.guid, tree.path(f.code), f.name, f.kind, f.options)
        for _, code in tree.walk()
        for f in store.code_fields(code.guid)
    ]
    values = sorted(
        (
            v.coding,
            v.field,
            v.value.kind,
            json.dumps(v.value.data, sort_keys=True),
            v.value.original,
            v.entered_by,
            v.entered_at,
        )
        for v in store.coding_values()
    )
    return fields, values


def reimport(tmp_path: Path, package: Path, name: str = "copy.sqlite") -> tuple[ProjectStore, str]:
    target = create_project(tmp_path / name, codebook="empty")
    summary = import_file(target, package, coder=target.resolve_coder("lead", create=True))
    return target, summary


@needs_schemas
def test_qdpx_round_trips_fields_and_values_exactly_and_validates(
    tmp_path: Path, project: ProjectStore
) -> None:
    package = tmp_path / "out.qdpx"
    write_qdpx(project, package)
    validate(package)
    copy, summary = reimport(tmp_path, package)
    assert fields_and_values(copy) == fields_and_values(project)
    assert "10 typed values" in summary and "9 value fields" in summary
    # memos stay memos: no JSON in them, the coding and code memos exactly as they were
    assert sorted((m.target_kind, m.text) for m in copy.memos()) == sorted(
        (m.target_kind, m.text) for m in project.memos()
    )
    assert sorted(c.memo for c in copy.codings()) == sorted(c.memo for c in project.codings())
    again = import_file(copy, package)  # the same package twice: nothing doubles
    assert fields_and_values(copy) == fields_and_values(project) and "conflict" not in again
    copy.close()


def test_other_programs_see_values_as_notes_of_the_coding_and_fields_as_notes_of_the_code(
    tmp_path: Path, project: ProjectStore
) -> None:
    package = tmp_path / "out.qdpx"
    write_qdpx(project, package)
    with zipfile.ZipFile(package) as zf:
        qde = zf.read("project.qde").decode("utf-8")
    notes = dict(
        re.findall(r'<Note guid="([^"]+)"[^>]*>\s*<PlainTextContent>(.*?)</PlainTextContent>', qde, re.S)
    )
    coding_refs = re.findall(r"<Coding [^>]*>(?:(?!</Coding>).)*<NoteRef targetGUID=\"([^\"]+)\"", qde, re.S)
    assert len(coding_refs) == 4  # one values note per coding that has values
    text = notes[coding_refs[0]]
    assert text.splitlines()[0].startswith("Values")  # what a person sees first, before the data
    assert "annotator:values" in text
    code_refs = re.findall(r'<Code [^>]*name="Sale 판매"[^>]*>.*?</Code>', qde, re.S)[0]
    field_notes = [notes[g] for g in re.findall(r'<NoteRef targetGUID="([^"]+)"', code_refs)]
    assert any("annotator:fields" in n and "price" in n for n in field_notes)
    assert any(n == "Code memo 판매" for n in field_notes)
    names = re.findall(r'<PlainTextSelection [^>]*name="([^"]*)"', qde)  # still the coded passages
    assert "2만 5천 위안에 팔았다" in names and "in 연길 𠀀" in names
    assert not any("annotator" in n or "Values" in n for n in names)
    no_fields = re.findall(r'<Code [^>]*name="No fields"[^>]*/>', qde)
    assert no_fields  # a code without fields gets no note


@needs_schemas
def test_qdc_round_trips_fields_invisibly_and_validates(tmp_path: Path, run) -> None:  # noqa: ANN001
    source = tmp_path / "source.sqlite"
    store = build(source)
    book = project_codebook(store)
    expected = fields_and_values(store)[0]
    store.close()
    path = tmp_path / "book.qdc"
    write_qdc(book, path)
    validate(path)
    assert "annotator" not in "".join(re.findall(r"<Description>.*?</Description>", path.read_text("utf-8")))
    back = read_qdc(path)
    assert back.fields == book.fields
    fresh = create_project(tmp_path / "new.sqlite", codebook=back)
    assert fields_and_values(fresh)[0] == expected
    fresh.close()
    # the same through the command line and through the export request
    exported = tmp_path / "cli.qdc"
    assert run("codebook", "export", source, exported).code == 0
    assert read_qdc(exported).fields == book.fields
    other = tmp_path / "other.sqlite"
    assert run("new", other, "--codebook", exported).code == 0
    with ProjectStore.open(other, readonly=True) as copy:
        assert fields_and_values(copy)[0] == expected
    with ProjectStore.open(source, readonly=True) as again:
        export(again, "qdc", tmp_path / "request.qdc")
    validate(tmp_path / "request.qdc")
    assert read_qdc(tmp_path / "request.qdc").fields == book.fields


def _rewrite_qde(package: Path, out: Path, change) -> None:  # noqa: ANN001
    with zipfile.ZipFile(package) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "project.qde":
                data = change(data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)


def _payloads(qde: str, tag: str) -> list[str]:
    return re.findall(rf"{tag}\n(\{{.*?\}})</PlainTextContent>", qde, re.S)


def test_a_damaged_values_note_is_left_out_with_a_note_never_a_crash(
    tmp_path: Path, project: ProjectStore
) -> None:
    package = tmp_path / "out.qdpx"
    write_qdpx(project, package)
    qde = zipfile.ZipFile(package).read("project.qde").decode("utf-8")
    values = _payloads(qde, "annotator:values")
    assert len(values) == 4

    def damage(text: str) -> str:
        bad_json = text.replace(values[0], "{not json", 1)
        data = json.loads(values[1].replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
        data["values"][0]["data"] = {"amount": "lots", "currency": "CNY"}
        bad_shape = bad_json.replace(
            values[1], json.dumps(data).replace("&", "&amp;").replace("<", "&lt;"), 1
        )
        deep = bad_shape.replace(values[2], "[" * 100_000 + "]" * 100_000, 1)
        return deep

    broken = tmp_path / "broken.qdpx"
    _rewrite_qde(package, broken, damage)
    data, notes = read_qdpx(broken)
    warnings = [w for w in notes.warnings if "value" in w]
    assert len(warnings) == 3 and all("\n" not in w for w in warnings)
    assert any("not valid" in w or "not JSON" in w for w in warnings)
    copy, _ = reimport(tmp_path, broken)
    _, stored = fields_and_values(copy)
    _, original = fields_and_values(project)
    assert 0 < len(stored) < len(original) and set(stored) < set(original)
    assert len(copy.codings()) == len(project.codings())  # the codings themselves all came in
    assert "{not json" not in " ".join(c.memo for c in copy.codings())
    copy.close()


def test_a_damaged_fields_note_is_left_out_and_its_values_with_it(
    tmp_path: Path, project: ProjectStore
) -> None:
    package = tmp_path / "out.qdpx"
    write_qdpx(project, package)
    qde = zipfile.ZipFile(package).read("project.qde").decode("utf-8")
    [stay] = [p for p in _payloads(qde, "annotator:fields") if '"where"' in p]

    def damage(text: str) -> str:
        data = json.loads(stay.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
        data["fields"][0]["kind"] = "colour"
        return text.replace(stay, json.dumps(data).replace("&", "&amp;").replace("<", "&lt;"), 1)

    broken = tmp_path / "broken.qdpx"
    _rewrite_qde(package, broken, damage)
    _, notes = read_qdpx(broken)
    assert any("unknown kind 'colour'" in w for w in notes.warnings)
    copy, _ = reimport(tmp_path, broken)
    fields, values = fields_and_values(copy)
    names = [f[2] for f in fields]
    assert "where" not in names and "price" in names and "how long" in names  # only the bad field left out
    assert all(v[1] != next(f for f in fields_and_values(project)[0] if f[2] == "where")[0] for v in values)
    copy.close()


def test_a_pseudonymised_package_carries_values_with_the_names_replaced(
    tmp_path: Path, project: ProjectStore
) -> None:
    SetPseudonyms([Pseudonym("연길", "[place]", "place"), Pseudonym("Sold", "[S]")]).apply(project)
    package = tmp_path / "p.qdpx"
    write_qdpx(project, package, pseudonymise=True)
    qde = zipfile.ZipFile(package).read("project.qde").decode("utf-8")
    assert "연길" not in qde and "\\uc5f0\\uae38" not in qde
    copy, _ = reimport(tmp_path, package)
    _, values = fields_and_values(copy)
    assert len(values) == len(fields_and_values(project)[1])
    place = next(v for v in copy.coding_values() if v.value.kind == "place")
    assert place.value.original == "[place]"
    copy.close()


def test_codings_with_value_notes_keep_the_fast_selection_reader(
    tmp_path: Path, project: ProjectStore
) -> None:
    """A coding with a NoteRef is read element by element; the rest of its source stays in bulk,
    and both give the same records."""
    from lxml import etree

    from annotator.core.refi_qda.import_qdpx import QdpxReader
    from annotator.core.refi_qda.selections import read_selections

    package = tmp_path / "out.qdpx"
    write_qdpx(project, package)
    source = etree.fromstring(zipfile.ZipFile(package).read("project.qde")).find(".//{*}TextSource")
    reader = QdpxReader.__new__(QdpxReader)
    reader._refs = {}
    calls: list[object] = []

    def one(element):  # noqa: ANN001, ANN202
        calls.append(element)
        return reader._selection(element)

    bulk = read_selections(source, ref=reader._ref, one=one, names=True)
    assert bulk is not None and len(calls) == 4  # the four codings with values (one also has a memo)
    each = [reader._selection(e) for e in source.iterchildren("{*}PlainTextSelection")]

    def plain(selection):  # noqa: ANN001, ANN202
        return (
            *selection[:5],
            list(selection.note_refs),
            [(*c[:4], list(c.note_refs)) for c in selection.codings],
        )

    assert [plain(s) for s in bulk] == [plain(s) for s in each]

"""Importing REFI-QDA packages as real tools write them: every coding lands on the words it covered.

Each fixture is a small ``.qdpx`` built here, in the style of one tool: NVivo
for Windows (UTF-16 units, CRLF counting 2), ATLAS.ti (CRLF counting 1), a
``Sources/`` folder, upper-case GUIDs in braces, inline text, a BOM. Positions
are computed from the words the fixture means to code, and the test asserts
that the imported coding covers exactly those words.
"""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.codebook_files import load_codebook
from annotator.core.errors import ImportFailed
from annotator.core.project import create_project
from annotator.core.refi_qda import IncompleteImport, import_file, import_package, read_qdc, read_qdpx
from annotator.core.refi_qda.positions import (
    ATLAS_TI,
    CANDIDATES,
    NVIVO_WINDOWS,
    STANDARD,
    Convention,
    Selection,
    SourceText,
    detect,
)
from annotator.core.store import ProjectStore
from annotator.core.text import normalise

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "refi-qda" / "samples"

# A testimony with Windows line breaks, Hangul, a CJK Extension B character and emoji
# before the coded words, so every position convention gives different numbers.
RAW = (
    "Interview 7, 2019 😀\r\n"
    "Q: How did you leave? 𠀀\r\n"
    "A: The broker promised work in a restaurant. 그는 식당 일이라고 말했다.\r\n"
    "\r\n"
    "A: We crossed the river at night 🌙 and a car took us to Yanji.\r\n"
    "A: The door was locked and my papers were taken. 우리는 팔려 갔다 😀😀.\r\n"
    "Q: Who paid? A: The husband's family paid the broker 20,000 yuan.\r\n"
)
WORDS = [
    ("broker promised work", 1),
    ("식당 일이라고", 1),
    ("crossed the river", 1),
    ("Yanji", 1),
    ("papers were taken", 1),
    ("팔려 갔다", 1),
    ("paid the broker", 1),
    ("20,000 yuan", 1),
]


def g() -> str:
    return str(uuid.uuid4())


def units(raw: str, index: int, convention: Convention) -> int:
    """What a tool counting in ``convention`` writes for raw index ``index`` (raw = as in the file)."""
    prefix = raw[:index]
    if convention.newline == "one":
        prefix = normalise(prefix)
    elif convention.newline == "two":
        prefix = normalise(prefix).replace("\n", "\r\n")
    if convention.unit == "utf16":
        return len(prefix.encode("utf-16-le")) // 2
    return len(prefix)


def find(raw: str, word: str, occurrence: int = 1) -> int:
    index = -1
    for _ in range(occurrence):
        index = raw.index(word, index + 1)
    return index


def selections_xml(
    raw: str, convention: Convention, *, code: str, user: str, names: bool = False, guid_style=str
) -> str:
    out = []
    for word, occurrence in WORDS:
        i = find(raw, word, occurrence)
        start, end = units(raw, i, convention), units(raw, i + len(word), convention)
        name = f' name="{word}"' if names else ""
        out.append(
            f'<PlainTextSelection guid="{guid_style(g())}"{name} startPosition="{start}" endPosition="{end}" '
            f'creatingUser="{user}"><Coding guid="{guid_style(g())}" creatingUser="{user}">'
            f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>'
        )
    return "".join(out)


def project_xml(
    body: str, *, origin: str | None, code: str, user: str, extra_codes: str = "", tail: str = ""
) -> str:
    origin_attr = f' origin="{origin}"' if origin is not None else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<Project xmlns="urn:QDA-XML:project:1.0" name="fixture"{origin_attr}>'
        f'<Users><User guid="{user}" name="Kim"/></Users>'
        f'<CodeBook><Codes><Code guid="{code}" name="Coded" isCodable="true" color="#FF0000"/>{extra_codes}'
        f"</Codes></CodeBook><Sources>{body}</Sources>{tail}</Project>"
    )


def make_qdpx(
    path: Path, qde: str, files: dict[str, bytes] | None = None, qde_name: str = "project.qde"
) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(qde_name, qde.encode("utf-8"))
        for name, data in (files or {}).items():
            zf.writestr(name, data)
    return path


def text_source(
    doc: str,
    selections: str,
    *,
    path: str | None = None,
    inline: str | None = None,
    name: str = "interview.txt",
) -> str:
    if inline is not None:
        content = f"<PlainTextContent>{inline}</PlainTextContent>"
        return f'<TextSource guid="{doc}" name="{name}">{content}{selections}</TextSource>'
    return f'<TextSource guid="{doc}" name="{name}" plainTextPath="{path}">{selections}</TextSource>'


def coded_words(store: ProjectStore) -> list[str]:
    [doc] = store.documents()
    text = store.document_text(doc.guid)
    return sorted(text[c.start : c.end] for c in store.codings())


def expected() -> list[str]:
    return sorted(w for w, _ in WORDS)


@pytest.fixture
def fresh(tmp_path: Path):
    store = create_project(tmp_path / "target.sqlite", codebook="empty")
    yield store
    store.close()


def _import_style(
    tmp_path: Path,
    store: ProjectStore,
    convention: Convention,
    origin: str | None,
    *,
    names: bool = False,
    raw: str = RAW,
) -> str:
    doc, code, user = g(), g(), g()
    body = text_source(
        doc, selections_xml(raw, convention, code=code, user=user, names=names), path=f"internal://{doc}.txt"
    )
    qde = project_xml(body, origin=origin, code=code, user=user)
    package = make_qdpx(tmp_path / "in.qdpx", qde, {f"sources/{doc}.txt": raw.encode("utf-8")})
    return import_file(store, package, coder=store.resolve_coder("lead", create=True))


def test_nvivo_windows_utf16_positions_with_crlf_counting_two(tmp_path, fresh) -> None:
    summary = _import_style(tmp_path, fresh, NVIVO_WINDOWS, "NVivo 14 (Windows) 14.23.2")
    assert coded_words(fresh) == expected()
    assert "UTF-16" in summary and "did not fit" not in summary
    [doc] = fresh.documents()
    assert fresh.document_text(doc.guid) == normalise(RAW)  # stored as shown: CRLF became LF


def test_nvivo_style_without_origin_is_detected_from_word_boundaries(tmp_path, fresh) -> None:
    _import_style(tmp_path, fresh, NVIVO_WINDOWS, None)
    assert coded_words(fresh) == expected()


def test_atlas_ti_counts_crlf_as_one(tmp_path, fresh) -> None:
    summary = _import_style(tmp_path, fresh, ATLAS_TI, "ATLAS.ti for Windows 23.2.3.27778")
    assert coded_words(fresh) == expected()
    assert "CRLF counting 1" in summary


def test_atlas_ti_style_without_origin_with_selection_names(tmp_path, fresh) -> None:
    _import_style(tmp_path, fresh, ATLAS_TI, None, names=True)
    assert coded_words(fresh) == expected()


def test_standard_code_points_over_crlf_text(tmp_path, fresh) -> None:
    _import_style(tmp_path, fresh, STANDARD, "MAXQDA 2022")
    assert coded_words(fresh) == expected()


@pytest.mark.parametrize("convention", CANDIDATES)
def test_every_convention_is_recognised_without_origin(tmp_path, fresh, convention) -> None:
    _import_style(tmp_path, fresh, convention, "", names=False)
    assert coded_words(fresh) == expected()


def test_wrong_origin_is_overruled_by_the_evidence(tmp_path, fresh) -> None:
    # The file says NVivo, but its positions are standard code points.
    _import_style(tmp_path, fresh, STANDARD, "NVivo 12 (Windows)")
    assert coded_words(fresh) == expected()


def test_upper_case_sources_folder_braced_upper_case_guids_and_other_qde_name(tmp_path, fresh) -> None:
    doc, code, user = g(), g(), g()
    up = "{" + doc.upper() + "}"
    body = text_source(
        up,
        selections_xml(
            RAW,
            STANDARD,
            code="{" + code.upper() + "}",
            user=user.upper(),
            guid_style=lambda s: "{" + s.upper() + "}",
        ),
        path=f"internal://{doc.upper()}.txt",
    )
    qde = project_xml(body, origin="MAXQDA 2022", code="{" + code.upper() + "}", user=user.upper())
    package = make_qdpx(
        tmp_path / "in.qdpx", qde, {f"Sources/{doc.upper()}.txt": RAW.encode()}, "My Study.qde"
    )
    data, notes = read_qdpx(package)
    assert data.documents[0][0].guid == doc  # lower case, braces gone
    assert data.codes[0].guid == code and data.codes[0].color == "#ff0000"
    assert {c.coder for c in data.codings} == {user}
    assert any("My Study.qde" in w for w in notes.warnings)
    import_file(fresh, package)
    assert coded_words(fresh) == expected()


def test_inline_plain_text_content(tmp_path, fresh) -> None:
    doc, code, user = g(), g(), g()
    inline = RAW.replace("\r\n", "\n").replace("&", "&amp;")  # an XML parser turns CRLF into LF anyway
    body = text_source(doc, selections_xml(normalise(RAW), STANDARD, code=code, user=user), inline=inline)
    package = make_qdpx(tmp_path / "in.qdpx", project_xml(body, origin="QualCoder 3.5", code=code, user=user))
    import_file(fresh, package)
    assert coded_words(fresh) == expected()


def test_inline_text_from_a_crlf_tool_with_utf16_positions(tmp_path, fresh) -> None:
    # XML parsing turns literal CRLF into LF, so the CR the tool counted is gone: the
    # "line break counts 2" conventions recover the right places.
    doc, code, user = g(), g(), g()
    body = text_source(doc, selections_xml(RAW, NVIVO_WINDOWS, code=code, user=user), inline=RAW)
    package = make_qdpx(tmp_path / "in.qdpx", project_xml(body, origin="NVivo 14", code=code, user=user))
    import_file(fresh, package)
    assert coded_words(fresh) == expected()


def test_source_text_with_bom_is_stored_without_it(tmp_path, fresh) -> None:
    doc, code, user = g(), g(), g()
    text = normalise(RAW)
    body = text_source(
        doc, selections_xml(text, STANDARD, code=code, user=user), path=f"internal://{doc}.txt"
    )
    package = make_qdpx(
        tmp_path / "in.qdpx",
        project_xml(body, origin="", code=code, user=user),
        {f"sources/{doc}.txt": b"\xef\xbb\xbf" + text.encode()},
    )
    import_file(fresh, package)
    [stored] = fresh.documents()
    assert fresh.document_text(stored.guid) == text
    assert coded_words(fresh) == expected()


def test_selection_that_does_not_fit_is_reported_not_shifted(tmp_path, fresh) -> None:
    doc, code, user = g(), g(), g()
    text = normalise(RAW)
    good = selections_xml(text, STANDARD, code=code, user=user)
    bad = (
        f'<PlainTextSelection guid="{g()}" startPosition="{len(text) - 2}" endPosition="{len(text) + 40}">'
        f'<Coding guid="{g()}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>'
    )
    body = text_source(doc, good + bad, path=f"internal://{doc}.txt")
    package = make_qdpx(
        tmp_path / "in.qdpx",
        project_xml(body, origin="", code=code, user=user),
        {f"sources/{doc}.txt": text.encode()},
    )
    data, notes = read_qdpx(package)
    assert len(notes.misfits) == 1 and "outside its text" in notes.misfits[0]
    assert [d.kind for d in notes.dropped] == ["position"]
    with pytest.raises(IncompleteImport, match="1 of 9 selections cannot be imported") as refused:
        import_file(fresh, package)
    assert "outside its text" in refused.value.dropped[0]
    assert fresh.counts()["documents"] == 0 and fresh.counts()["codings"] == 0  # nothing imported
    summary = import_file(fresh, package, allow_partial=True)
    assert "1 of 9 selections not imported (1 did not fit their text)" in summary
    assert coded_words(fresh) == expected()


def test_named_selection_whose_name_disagrees_is_not_imported(tmp_path, fresh) -> None:
    doc, code, user = g(), g(), g()
    text = normalise(RAW)
    sels = selections_xml(text, STANDARD, code=code, user=user, names=True)
    i = text.index("Yanji")
    sels += (
        f'<PlainTextSelection guid="{g()}" name="something else entirely" startPosition="{i}" '
        f'endPosition="{i + 5}"><Coding guid="{g()}"><CodeRef targetGUID="{code}"/></Coding>'
        "</PlainTextSelection>"
    )
    body = text_source(doc, sels, path=f"internal://{doc}.txt")
    package = make_qdpx(
        tmp_path / "in.qdpx",
        project_xml(body, origin="", code=code, user=user),
        {f"sources/{doc}.txt": text.encode()},
    )
    _, notes = read_qdpx(package)
    assert len(notes.misfits) == 1 and "does not match" in notes.misfits[0]


def test_tolerant_details_memos_variables_colours_whole_source_codings(tmp_path, fresh) -> None:
    """MAXQDA/NVivo habits: memos in Description, variables on sources and on cases,
    missing colours, nested codes with a folder, notes by NoteRef and by Link."""
    doc, doc2, folder, code, user, var1, var2, note, note2, case = (g() for _ in range(10))
    text = normalise(RAW)
    i = text.index("Yanji")
    sel = (
        f'<PlainTextSelection guid="{g()}" startPosition="{i}" endPosition="{i + 5}">'
        f"<Description>coder's doubt</Description>"
        f'<Coding guid="{g()}" creatingUser="{user}"><CodeRef targetGUID="{code}"/></Coding>'
        f'<NoteRef targetGUID="{note}"/></PlainTextSelection>'
    )
    sources = (
        f'<TextSource guid="{doc}" name="A.docx" plainTextPath="internal://{doc}.txt">'
        f"<Description>interview in Seoul</Description>{sel}"
        f'<Coding guid="{g()}" creatingUser="{user}"><CodeRef targetGUID="{code}"/></Coding>'
        f'<VariableValue><VariableRef targetGUID="{var1}"/><IntegerValue>34</IntegerValue></VariableValue>'
        f"</TextSource>"
        f'<TextSource guid="{doc2}" name="B"><PlainTextContent>second text</PlainTextContent></TextSource>'
        f'<PictureSource guid="{g()}" name="photo.jpg" path="internal://x.jpg"/>'
    )
    codes = (
        f'<Code guid="{folder}" name="Means/of control" isCodable="false"><Description>A folder</Description>'
        f'<Code guid="{g()}" name="Debt" isCodable="true"/>'
        f'<Code guid="{g()}" name="debt" isCodable="true"/></Code>'
    )
    qde = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="tolerant" origin="MAXQDA 2022 (Release 22.4.0)">'
        f'<Users><User guid="{user}" name="Kim"/><User guid="{g()}" name="Kim"/></Users>'
        f'<CodeBook><Codes><Code guid="{code}" name="Place" isCodable="true"/>{codes}</Codes></CodeBook>'
        f'<Variables><Variable guid="{var1}" name="age" typeOfVariable="Integer"/>'
        f'<Variable guid="{var2}" name="consent" typeOfVariable="Boolean"/></Variables>'
        f'<Cases><Case guid="{case}" name="Person 1"><VariableValue><VariableRef targetGUID="{var2}"/>'
        f'<BooleanValue>true</BooleanValue></VariableValue><SourceRef targetGUID="{doc2}"/></Case></Cases>'
        f"<Sources>{sources}</Sources>"
        f'<Notes><Note guid="{note}" name="n1"><PlainTextContent>see the map</PlainTextContent></Note>'
        f'<Note guid="{note2}" name="Journal"><PlainTextContent>day one</PlainTextContent></Note></Notes>'
        f'<Links><Link guid="{g()}" originGUID="{note2}" targetGUID="{doc2}"/></Links>'
        "<Description>A study of exits</Description></Project>"
    )
    package = make_qdpx(tmp_path / "t.qdpx", qde, {f"sources/{doc}.txt": RAW.encode()})
    data, notes = read_qdpx(package)
    names = {c.name for c in data.codes}
    assert {"Means\u2215of control", "Debt", "debt (2)", "Place"} <= names
    folder_code = next(c for c in data.codes if c.guid == folder)
    assert not folder_code.codable and folder_code.short_definition == "A folder"
    assert all(c.color.startswith("#") and len(c.color) == 7 for c in data.codes)
    assert len(data.coders) == 1  # the same name twice is one coder
    memos = {(m.target_kind, m.target): m.text for m in data.memos}
    assert memos[("document", doc)] == "interview in Seoul"
    assert memos[("document", doc2)] == "day one"  # by Link
    assert memos[("project", "")] == "A study of exits"
    by_doc = {d.guid: d for d, _ in data.documents}
    assert by_doc[doc].source_format == "docx"
    coding_memos = sorted(c.memo for c in data.codings)
    assert coding_memos == ["", "coder's doubt\n\nsee the map"]
    whole = [c for c in data.codings if c.start == 0]
    assert whole and whole[0].end == len(text)
    values = {(d, a): v for d, a, v in data.attribute_values}
    assert values == {(doc, var1): "34", (doc2, var2): "true"}
    assert {a.name: a.type for a in data.attributes} == {"age": "number", "consent": "boolean"}
    assert any("PictureSource" in s for s in notes.skipped)
    import_file(fresh, package)
    assert fresh.counts()["documents"] == 2
    assert fresh.document_attributes()[doc] == {"age": "34"}


def test_text_missing_from_the_package_is_said_so_never_a_position_misfit(tmp_path, fresh) -> None:
    doc, code, user = g(), g(), g()
    body = text_source(doc, selections_xml(RAW, STANDARD, code=code, user=user), path=f"internal://{doc}.txt")
    package = make_qdpx(tmp_path / "in.qdpx", project_xml(body, origin="", code=code, user=user))
    data, notes = read_qdpx(package)
    assert data.documents == [] and notes.misfits == []
    assert len(notes.dropped) == len(WORDS) and {d.kind for d in notes.dropped} == {"no-text"}
    assert all(
        f"internal://{doc}.txt" in str(d) and "missing from the package" in str(d) for d in notes.dropped
    )
    assert any("missing from the package" in s for s in notes.skipped)
    summary = import_file(fresh, package, allow_partial=True)
    assert "did not fit" not in summary
    assert (
        f"{len(WORDS)} of {len(WORDS)} selections not imported ({len(WORDS)} whose source text is missing)"
        in (summary)
    )


def test_non_utf8_source_text_is_decoded_and_noted(tmp_path, fresh) -> None:
    doc, code, user = g(), g(), g()
    text = "Die Vermittlerin versprach Arbeit in einer Gaststätte. Später wurde die Tür abgeschlossen.\n"
    i = text.index("Gaststätte")
    sel = (
        f'<PlainTextSelection guid="{g()}" startPosition="{i}" endPosition="{i + 10}">'
        f'<Coding guid="{g()}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>'
    )
    body = text_source(doc, sel, path=f"internal://{doc}.txt")
    package = make_qdpx(
        tmp_path / "in.qdpx",
        project_xml(body, origin="", code=code, user=user),
        {f"sources/{doc}.txt": text.encode("cp1252")},
    )
    data, notes = read_qdpx(package)
    [(document, stored)] = data.documents
    assert stored == text and stored[data.codings[0].start : data.codings[0].end] == "Gaststätte"
    assert any("not UTF-8" in w for w in notes.warnings)


def test_codebook_qdc_from_another_tool(tmp_path) -> None:
    qdc = (
        '<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo">'
        '<Codes><Code guid="{A182CD3A-D83C-4D8C-BC80-26D9103EC6D6}" name="Commits" isCodable="false" '
        'color="#0F0">'
        '<Description>Group</Description><Code guid="2D2466F0-D77F-4F8C-BDF9-628966B6B74D" name="child" '
        'isCodable="true"/></Code></Codes></CodeBook>'
    )
    path = tmp_path / "book.qdc"
    path.write_text(qdc, encoding="utf-8")
    book = read_qdc(path)
    parent, sub = book.codes
    assert parent.guid == "a182cd3a-d83c-4d8c-bc80-26d9103ec6d6" and parent.color == "#00ff00"
    assert not parent.codable and parent.short_definition == "Group"
    assert sub.parent == parent.guid and sub.color == "#00ff00"
    store = create_project(tmp_path / "p.sqlite", codebook=load_codebook(path))
    assert [c.name for c in store.codes()] == ["Commits", "child"]
    store.close()


def test_not_a_refi_file_fails_with_one_line(tmp_path, fresh) -> None:
    bad = tmp_path / "x.qdpx"
    bad.write_bytes(b"this is not a zip")
    with pytest.raises(ImportFailed, match="not a readable zip") as info:
        import_file(fresh, bad)
    assert "\n" not in str(info.value) and "x.qdpx" in str(info.value)
    empty = make_qdpx(tmp_path / "e.qdpx", "<Project", qde_name="project.qde")
    with pytest.raises(ImportFailed, match="not well-formed"):
        import_file(fresh, empty)
    other = make_qdpx(tmp_path / "o.qdpx", "<Other/>")
    with pytest.raises(ImportFailed, match="not a REFI-QDA project"):
        import_file(fresh, other)
    noqde = tmp_path / "n.qdpx"
    with zipfile.ZipFile(noqde, "w") as zf:
        zf.writestr("readme.txt", "hi")
    with pytest.raises(ImportFailed, match="no .qde file"):
        import_file(fresh, noqde)
    with pytest.raises(ImportFailed, match="expected .qdpx or .qdc"):
        import_file(fresh, tmp_path / "x.txt")
    assert fresh.counts()["documents"] == 0 and fresh.counts()["codes"] == 0


# -- positions -------------------------------------------------------------------------------------------

_PIECES = st.sampled_from(["a", "b", " ", "한", "\r\n", "\n", "\r", "😀", "𠀀", "\u2028", "\t", "é"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=40), st.data())
def test_every_convention_maps_back_to_the_same_characters(pieces, data) -> None:
    raw = "".join(pieces)
    source = SourceText(raw)
    text = source.text
    assert text == normalise(raw)
    # raw index of each normalised index (a CRLF is one character in the normalised text)
    starts, i = [], 0
    while i < len(raw):
        starts.append(i)
        i += 2 if raw.startswith("\r\n", i) else 1
    starts.append(len(raw))
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    for convention in CANDIDATES:
        start, end = units(raw, starts[a], convention), units(raw, starts[b], convention)
        assert source.mapping(convention).span(start, end) == (a, b), convention


def test_inside_a_surrogate_pair_or_beyond_the_text_does_not_fit() -> None:
    source = SourceText("a😀b\r\nc")
    utf16 = source.mapping(NVIVO_WINDOWS)
    assert utf16.span(1, 3) == (1, 2)
    assert utf16.span(2, 3) is None  # the middle of the emoji
    assert utf16.span(0, 99) is None
    assert utf16.span(4, 6) == (3, 4)  # the CRLF is one "\n"
    assert utf16.span(4, 5) == (3, 4)  # half a CRLF takes the whole line break
    assert utf16.span(5, 6) == (3, 4)
    assert utf16.span(4, 5, strict=True) is None  # ...but is evidence against a convention


def test_detection_prefers_names_then_boundaries_then_origin() -> None:
    raw = "one 😀 two\r\nthree 😀 four\r\nfive six"
    source = SourceText(raw)
    words = ["two", "four", "six", "three"]
    sels = [
        Selection(
            0, units(raw, raw.index(w), NVIVO_WINDOWS), units(raw, raw.index(w) + len(w), NVIVO_WINDOWS)
        )
        for w in words
    ]
    assert detect("", [source], sels).convention == NVIVO_WINDOWS
    assert detect("Testimony Annotator 0.1.0", [source], sels).convention == STANDARD  # trusted
    plain = SourceText("no special characters here")
    result = detect("ATLAS.ti 9", [plain], [Selection(0, 3, 10)])
    assert result.reason == "all conventions agree on this file"


# -- real exports (checked by hand; used here when the shared folder is present) -------------------------


@pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"real exports not present at {SAMPLES}")
@pytest.mark.parametrize("name", ["ponte-target-atlas-project.qdpx", "qc-nvivo_project.qdpx"])
def test_real_exports_import(tmp_path, fresh, name) -> None:
    data, notes = read_qdpx(SAMPLES / name)
    assert data.codes and not notes.misfits
    summary = import_file(fresh, SAMPLES / name)
    assert "codes added" in summary
    assert fresh.counts()["codes"] == len(data.codes)


def test_names_are_checked_even_when_all_conventions_agree(tmp_path, fresh) -> None:
    doc, code, user = g(), g(), g()
    text = "plain text only: the broker took the money and left\n"
    sels = "".join(
        f'<PlainTextSelection guid="{g()}" name="{name}" startPosition="{text.index(word)}" '
        f'endPosition="{text.index(word) + len(word)}"><Coding guid="{g()}"><CodeRef targetGUID="{code}"/>'
        "</Coding></PlainTextSelection>"
        for word, name in (("broker", "broker"), ("money", "money"), ("left", "the river"))
    )
    body = text_source(doc, sels, path=f"internal://{doc}.txt")
    package = make_qdpx(
        tmp_path / "in.qdpx",
        project_xml(body, origin="", code=code, user=user),
        {f"sources/{doc}.txt": text.encode()},
    )
    lead = fresh.resolve_coder("lead", create=True)
    report, notes = import_package(fresh, package, coder=lead, allow_partial=True)
    assert report.codings_added == 2 and len(notes.misfits) == 1 and "'the river'" in notes.misfits[0]
    assert notes.convention.startswith("code points")
    [entry] = [e for e in fresh.audit_entries() if e["action"] == "import refi-qda"]
    assert '"not_imported": 1' in entry["what"]


# -- tolerance: plain-text paths without internal://, and every dropped selection listed -----------------

QC_TEXTS = {
    "anna.txt": "I: When did you leave?\nA: In 2014, with my cousin.\nA: The broker promised factory work.\n",
    "interviews/bo.txt": "I: Who took your papers?\nA: The man at the border.\nA: We crossed at night 🌙.\n",
}
QC_CODED = [  # (file, line number from 0, code, coder)
    ("anna.txt", 1, "Exit", "mina"),
    ("anna.txt", 2, "Deception", "mina"),
    ("anna.txt", 2, "Deception", "jun"),
    ("interviews/bo.txt", 1, "Documents", "jun"),
    ("interviews/bo.txt", 2, "Exit", "mina"),
]


def qc_package(path: Path, *, plain_path=lambda relpath: relpath, omit: str | None = None) -> Path:
    """A package shaped like cproctor/qualitative-coding ("qc") 1.3.x writes them (its
    refi_qda/writer.py at v1.3.0-1.3.2): origin "qc <version>", TextSource elements with a
    ``guid`` and a ``plainTextPath`` that is the corpus-relative file path (no ``internal://``,
    no ``name``), the corpus copied under ``sources/`` (subfolders kept), one selection per
    coded line named "line:N" from the line's first character to past its newline, code
    points of the text; nested codes without colours; users by name."""
    codes = {name: g() for name in ("Exit", "Deception", "Documents")}
    users = {name: g() for name in ("mina", "jun")}
    sources = []
    for relpath, text in QC_TEXTS.items():
        lines = text.splitlines(keepends=True)
        starts = [sum(len(x) for x in lines[:n]) for n in range(len(lines))]
        sels = []
        for number in sorted({n for f, n, _, _ in QC_CODED if f == relpath}):
            codings = "".join(
                f'<Coding guid="{g()}" creatingUser="{users[coder]}"><CodeRef targetGUID="{codes[code]}" />'
                "</Coding>"
                for f, n, code, coder in QC_CODED
                if f == relpath and n == number
            )
            sels.append(
                f'<PlainTextSelection guid="{g()}" name="line:{number}" startPosition="{starts[number]}" '
                f'endPosition="{starts[number] + len(lines[number])}">{codings}</PlainTextSelection>'
            )
        sources.append(
            f'<TextSource plainTextPath="{plain_path(relpath)}" guid="{g()}">{"".join(sels)}</TextSource>'
        )
    qde = (
        '<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'origin="qc 1.3.2" name="qc project">'
        + "<Users>"
        + "".join(f'<User name="{n}" guid="{u}" />' for n, u in users.items())
        + "</Users><CodeBook><Codes>"
        + f'<Code name="Movement" guid="{g()}" isCodable="true">'
        + f'<Code name="Exit" guid="{codes["Exit"]}" isCodable="true" /></Code>'
        + f'<Code name="Deception" guid="{codes["Deception"]}" isCodable="true" />'
        + f'<Code name="Documents" guid="{codes["Documents"]}" isCodable="true" />'
        + "</Codes></CodeBook><Sources>"
        + "".join(sources)
        + "</Sources></Project>"
    )
    files = {f"sources/{relpath}": text.encode() for relpath, text in QC_TEXTS.items() if relpath != omit}
    return make_qdpx(path, qde, files)


def qc_expected() -> list[tuple[str, str, str]]:
    out = []
    for relpath, number, code, coder in QC_CODED:
        line = QC_TEXTS[relpath].splitlines(keepends=True)[number]
        out.append((relpath.rsplit("/", 1)[-1], code, coder, line))
    return sorted(out)


def imported_lines(store: ProjectStore) -> list[tuple[str, str, str]]:
    codes = {c.guid: c.name for c in store.codes()}
    out = []
    for c in store.codings():
        doc = store.document(c.document)
        out.append(
            (
                doc.name,
                codes[c.code],
                store.coder(c.coder).name,
                store.document_text(doc.guid)[c.start : c.end],
            )
        )
    return sorted(out)


def test_qc_1_3_2_plain_text_paths_without_internal_prefix_import_their_files(tmp_path, fresh) -> None:
    """Before: every source was "outside the package", every selection reported as not fitting
    its text, and the import still succeeded with nothing coded."""
    package = qc_package(tmp_path / "qc.qdpx")
    data, notes = read_qdpx(package)
    assert notes.dropped == [] and notes.misfits == []
    assert sorted(d.name for d, _ in data.documents) == ["anna.txt", "bo.txt"]  # named after their files
    assert any("internal://" in w for w in notes.warnings)  # the tolerance is noted, not silent
    summary = import_file(fresh, package, coder=fresh.resolve_coder("lead", create=True))
    assert "not imported" not in summary and "did not fit" not in summary
    assert imported_lines(fresh) == qc_expected()
    assert {d.name: fresh.document_text(d.guid) for d in fresh.documents()} == {
        "anna.txt": QC_TEXTS["anna.txt"],
        "bo.txt": QC_TEXTS["interviews/bo.txt"],
    }


@pytest.mark.parametrize(
    "form",
    [
        lambda doc: f"{doc}.txt",  # a bare file name
        lambda doc: f"sources/{doc}.txt",  # the member's path
        lambda doc: f"Sources/{doc.upper()}.TXT",  # another tool's letter case
    ],
)
def test_plain_text_path_without_scheme_names_a_member_of_sources(tmp_path, fresh, form) -> None:
    doc, code, user = g(), g(), g()
    text = normalise(RAW)
    body = text_source(doc, selections_xml(text, STANDARD, code=code, user=user), path=form(doc))
    package = make_qdpx(
        tmp_path / "in.qdpx",
        project_xml(body, origin="", code=code, user=user),
        {f"sources/{doc}.txt": text.encode()},
    )
    import_file(fresh, package)
    assert coded_words(fresh) == expected()


def test_a_plain_path_that_leaves_the_package_or_is_absent_reads_nothing(tmp_path, fresh) -> None:
    package = qc_package(tmp_path / "qc.qdpx", plain_path=lambda p: "../" + p)
    data, notes = read_qdpx(package)
    assert data.documents == [] and notes.misfits == []
    assert {d.kind for d in notes.dropped} == {"no-text"}
    assert all("not a file inside the package" in str(d) for d in notes.dropped)
    absent = qc_package(tmp_path / "absent.qdpx", omit="anna.txt")
    data, notes = read_qdpx(absent)
    assert [d.name for d, _ in data.documents] == ["bo.txt"]
    assert len(notes.dropped) == 2 and all(
        "'anna.txt' is missing from the package" in str(d) for d in notes.dropped
    )
    with pytest.raises(IncompleteImport, match="2 of 4 selections cannot be imported"):
        import_file(fresh, absent)
    assert fresh.counts()["documents"] == 0


def test_every_dropped_selection_is_listed_with_its_reason(tmp_path, fresh) -> None:
    """Dropped for any reason — no text, a position outside the text, an unknown code, an empty
    span, a PDF area, a picture — each one is listed, and the import is refused unless partial."""
    doc, gone, code, user = g(), g(), g(), g()
    text = normalise(RAW)
    i = text.index("Yanji")

    def sel(guid: str, start: int, end: int, target: str = code) -> str:
        return (
            f'<PlainTextSelection guid="{guid}" startPosition="{start}" endPosition="{end}">'
            f'<Coding guid="{g()}" creatingUser="{user}"><CodeRef targetGUID="{target}"/></Coding>'
            "</PlainTextSelection>"
        )

    good, outside, unknown, empty, orphan = g(), g(), g(), g(), g()
    pdf_area, picture_area = g(), g()
    sources = (
        text_source(
            doc,
            sel(good, i, i + 5)
            + sel(outside, 5, 3 * len(text))
            + sel(unknown, i, i + 5, g())
            + sel(empty, i, i),
            path=f"internal://{doc}.txt",
        )
        + text_source(gone, sel(orphan, 0, 4), path=f"internal://{gone}.txt", name="lost.txt")
        + f'<PDFSource guid="{g()}" name="scan.pdf" path="internal://scan.pdf"><Representation guid="{g()}">'
        "<PlainTextContent>scanned page</PlainTextContent></Representation>"
        f'<PDFSelection guid="{pdf_area}" page="1" firstX="1" firstY="1" secondX="9" secondY="9">'
        f'<Coding guid="{g()}"><CodeRef targetGUID="{code}"/></Coding></PDFSelection></PDFSource>'
        f'<PictureSource guid="{g()}" name="photo.jpg" path="internal://photo.jpg"><PictureSelection '
        f'guid="{picture_area}" firstX="1" firstY="1" secondX="2" secondY="2"><Coding guid="{g()}">'
        f'<CodeRef targetGUID="{code}"/></Coding></PictureSelection></PictureSource>'
    )
    package = make_qdpx(
        tmp_path / "in.qdpx",
        project_xml(sources, origin="", code=code, user=user),
        {f"sources/{doc}.txt": text.encode()},
    )
    _, notes = read_qdpx(package)
    kinds = {d.selection: d.kind for d in notes.dropped}
    assert kinds == {
        outside: "position",
        unknown: "code",
        empty: "empty",
        orphan: "no-text",
        pdf_area: "not-text",
        picture_area: "not-text",
    }
    lead = fresh.resolve_coder("lead", create=True)
    with pytest.raises(IncompleteImport) as refused:
        import_package(fresh, package, coder=lead)
    assert len(refused.value.dropped) == 6
    assert all(any(guid in line for line in refused.value.dropped) for guid in kinds)
    assert fresh.counts()["codings"] == 0
    report, notes = import_package(fresh, package, coder=lead, allow_partial=True)
    assert report.codings_added == 1 and report.documents_added == 2  # "good"; the PDF's text
    [entry] = [e for e in fresh.audit_entries() if e["action"] == "import refi-qda"]
    assert '"not_imported": 6' in entry["what"] and outside in entry["what"]

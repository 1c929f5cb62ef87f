"""Importers: every format's text and order, every encoding, every way input can be bad.

All fixtures are generated here, in tmp_path: python-docx writes DOCX (the
footnotes part is added by hand, python-docx cannot), odfpy writes ODT, RTF
and PDF are written as source text, pypdf encrypts.
"""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import time
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, LineBreak, List, ListItem, Note, NoteBody, NoteCitation, P, S, Tab
from pypdf import PdfWriter

from annotator.core.errors import ImportFailed
from annotator.core.importers import (
    SUPPORTED_SUFFIXES,
    ImportedText,
    decode_text_bytes,
    read_document,
)

# --------------------------------------------------------------------------- samples
# Realistic testimony paragraphs (2-5 sentences): short legacy-encoded text is
# exactly where encoding detectors go wrong.

KOREAN = [
    "저는 2019년에 일자리를 준다는 말을 듣고 한국에 왔습니다. 공항에 도착하자 그 사람이 제 여권을 "
    "가져갔습니다. 빚을 갚을 때까지 집에 돌아갈 수 없다고 했습니다.",
    "처음에는 식당에서 일한다고 들었어요. 하지만 실제로는 하루에 열네 시간씩 공장에서 일해야 했어요.",
]
CHINESE_SIMPLIFIED = [
    "我在二〇一九年听说有工作机会，就来到了这里。到了机场以后，那个人拿走了我的护照。"
    "他说在还清债务之前我不能回家。",
    "工资从来没有按时发过。老板说扣掉住宿费和伙食费以后就没有钱了。我们出门必须得到允许。",
]
CHINESE_TRADITIONAL = [
    "我在二零一九年聽說有工作機會，就來到了這裡。到了機場以後，那個人拿走了我的護照。"
    "他說在還清債務之前我不能回家。",
    "我的手機第一天就被收走了。我不敢給家裡打電話，因為他們一直在旁邊聽著。後來一個顧客幫我報了警。",
]
JAPANESE = [
    "私は二〇一九年に仕事があると聞いて日本に来ました。空港に着くと、その人は私のパスポートを"
    "取り上げました。借金を返すまで家に帰れないと言われました。",
    "給料は一度もきちんと払われませんでした。社長は、寮費と食費を引くと何も残らないと言いました。",
]
FRENCH = (
    "Je suis arrivée en 2019 parce qu’on m’avait promis un emploi. À l’aéroport, l’homme a gardé "
    "mon passeport. Il a dit que je devais d’abord rembourser « la dette » — 3 000 €."
)
SPANISH = (
    "Mañana, dijo el señor, la niña no podría salir. Según él, yo debía pagar más dinero. "
    "¿Dónde estaba mi pasaporte? Nadie me respondía."
)
GERMAN = (
    "Ich kam 2019 nach Deutschland, weil man mir eine Arbeit versprochen hatte. Am Flughafen "
    "nahm der Mann meinen Pass. Er sagte, ich müsse zuerst die Schulden zurückzahlen."
)
POLISH = (
    "Pracowałyśmy po czternaście godzin dziennie. Szef mówił, że policja nas zamknie, jeśli komuś powiemy."
)
ASTRAL = "Rare ideograph 𠀀 (U+20000) and an emoji 😀 must survive: 𠀀😀."

LEGACY_CASES = [
    *[(text, "cp949", "cp949") for text in KOREAN],
    *[(text, "euc_kr", "cp949") for text in KOREAN],  # cp949 is EUC-KR's superset
    *[(text, "gb18030", "gb18030") for text in CHINESE_SIMPLIFIED],
    *[(text, "gbk", "gb18030") for text in CHINESE_SIMPLIFIED],
    *[(text, "big5", "big5") for text in CHINESE_TRADITIONAL],
    *[(text, "shift_jis", "cp932") for text in JAPANESE],  # cp932: Shift-JIS as Windows writes it
    *[(text, "iso2022_jp", "iso2022_jp") for text in JAPANESE],  # 7-bit, e-mail era
    (FRENCH, "cp1252", "cp1252"),
    (SPANISH, "cp1252", "cp1252"),
    (GERMAN, "cp1252", "cp1252"),
    (SPANISH, "latin_1", "cp1252"),  # identical bytes for these letters
    (GERMAN, "latin_1", "cp1252"),
    (POLISH, "cp1250", "cp1250"),
]

# Single sentences where charset-normalizer's own first choice is wrong
# (cp949 for Shift-JIS/EUC-JP, cp874 for GBK, cp1250 for Spanish, cp775 for
# German); the plausibility tie-break must get them right.
DETECTOR_TRAPS = [
    ("借金を返すまで家に帰れないと言われました。", "shift_jis"),
    ("私は二〇一九年に仕事があると聞いて日本に来ました。", "euc_jp"),
    ("可是到了以后，我每天要在工厂里干十四个小时。", "gbk"),
    ("一開始他們說是在飯店當服務員。", "big5"),
    ("Mañana el señor dijo que la niña no podía salir.", "cp1252"),
    ("Au début, on m'a dit que je travaillerais dans un hôtel.", "cp1252"),
    ("Přijela jsem v roce 2019, protože mi slíbili práci. Řekl, že musím splatit dluh.", "cp1250"),
]


# --------------------------------------------------------------------------- fixture builders


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def make_docx(path: Path, build: Callable[[docx.document.Document], None]) -> Path:
    document = docx.Document()
    build(document)
    document.save(str(path))
    return path


def add_notes(document: docx.document.Document, notes: dict[int, str], kind: str = "footnote") -> None:
    """Give the document a footnotes (or endnotes) part, as Word writes it, separators included."""
    bodies = "".join(
        f'<w:{kind} w:id="{number}"><w:p><w:r><w:{kind}Ref/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{kind}>'
        for number, text in notes.items()
    )
    xml = (
        f'<w:{kind}s {_W}><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
        f'</w:r></w:p></w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p>'
        f"<w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>{bodies}</w:{kind}s>"
    )
    content_type, reltype = {
        "footnote": (CT.WML_FOOTNOTES, RT.FOOTNOTES),
        "endnote": (CT.WML_ENDNOTES, RT.ENDNOTES),
    }[kind]
    part = Part(PackURI(f"/word/{kind}s.xml"), content_type, xml.encode(), document.part.package)
    document.part.relate_to(part, reltype)


def cite_note(paragraph: docx.text.paragraph.Paragraph, number: int, kind: str = "footnote") -> None:
    paragraph._p.append(parse_xml(f'<w:r {_W}><w:{kind}Reference w:id="{number}"/></w:r>'))


def _pdf_string(text: str) -> bytes:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("cp1252") + b")"


def make_pdf(pages: list[list[str] | None]) -> bytes:
    """A small valid PDF, written by hand: Helvetica text lines, or (None) a drawn square only."""
    count = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(count))
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    for index, lines in enumerate(pages):
        if lines is None:  # what a scan looks like to a text extractor: drawing, no text
            stream = b"0 0 1 rg 72 72 200 200 re f"
        else:
            ops = [b"BT /F1 12 Tf 72 720 Td 14 TL"]
            ops += [(b"T* " if n else b"") + _pdf_string(line) + b" Tj" for n, line in enumerate(lines)]
            stream = b"\n".join([*ops, b"ET"])
        objects[4 + 2 * index] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R"
            f" >> >> /Contents {5 + 2 * index} 0 R >>"
        ).encode()
        objects[5 + 2 * index] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def encrypt_pdf(data: bytes, *, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(data))
    writer.encrypt(user_password, owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_odt(path: Path) -> Path:
    """Heading, paragraph with typed spaces/tab/line break and a footnote, list, table."""
    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text="Interview 3"))
    paragraph = P(text="She said:")
    paragraph.addElement(S(c=3))
    paragraph.addText("I came")
    paragraph.addElement(Tab())
    paragraph.addText("in 2019.")
    note = Note(id="ftn1", noteclass="footnote")
    note.addElement(NoteCitation(text="1"))
    note_body = NoteBody()
    note_body.addElement(P(text="Recorded in Seoul."))
    note.addElement(note_body)
    paragraph.addElement(note)
    paragraph.addElement(LineBreak())
    paragraph.addText("Source   white space\n   collapses.")
    document.text.addElement(paragraph)
    items = List()
    item = ListItem()
    item.addElement(P(text="first list item"))
    items.addElement(item)
    document.text.addElement(items)
    table = Table()
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for row_cells in (("Name", "Role"), ("Min-ji", "Witness")):
        row = TableRow()
        for value in row_cells:
            cell = TableCell()
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    document.text.addElement(table)
    document.text.addElement(P(text="After the table: 한국어 𠀀 😀"))
    document.save(str(path))
    return path


def _rtf_unicode(text: str) -> str:
    """RTF \\uN escapes (UTF-16 units, signed), each with a '?' fallback."""
    units = struct.unpack(f"<{len(text.encode('utf-16-le')) // 2}h", text.encode("utf-16-le"))
    return "".join(chr(u) if 0 <= u < 128 else f"\\u{u}?" for u in units)


def assert_one_line_failure(exc: pytest.ExceptionInfo[ImportFailed], path: Path, words: str) -> None:
    message = str(exc.value)
    assert path.name in message
    assert "\n" not in message
    assert words in message


# --------------------------------------------------------------------------- API


def test_supported_suffixes_are_the_documented_ones() -> None:
    assert set(SUPPORTED_SUFFIXES) == {
        ".txt", ".text", ".md", ".markdown", ".docx", ".pdf", ".odt", ".rtf", ".html", ".htm",
    }  # fmt: skip


def test_suffix_is_matched_case_insensitively(tmp_path: Path) -> None:
    result = read_document(write(tmp_path, "NOTES.TXT", b"Hello"))
    assert (result.text, result.source_format) == ("Hello", "txt")


def test_imported_text_is_immutable(tmp_path: Path) -> None:
    result = read_document(write(tmp_path, "a.txt", b"Hello"))
    with pytest.raises(AttributeError):
        result.text = "changed"  # type: ignore[misc]


# --------------------------------------------------------------------------- plain text & encodings


@pytest.mark.parametrize(("text", "encoding", "reported"), LEGACY_CASES)
def test_legacy_encoded_paragraph_decodes_exactly(
    tmp_path: Path, text: str, encoding: str, reported: str
) -> None:
    result = read_document(write(tmp_path, "t.txt", text.encode(encoding)))
    assert result.text == text
    assert result.metadata["encoding"] == reported
    assert result.source_format == "txt"


@pytest.mark.parametrize(("text", "encoding"), DETECTOR_TRAPS)
def test_short_text_where_the_detector_alone_fails(text: str, encoding: str) -> None:
    decoded, _ = decode_text_bytes(text.encode(encoding))
    assert decoded == text


@pytest.mark.parametrize(
    ("text", "codec", "bom", "reported"),
    [
        (KOREAN[0] + ASTRAL, "utf-8", b"", "utf-8"),
        (KOREAN[0] + ASTRAL, "utf-8", b"\xef\xbb\xbf", "utf-8"),
        (JAPANESE[0] + ASTRAL, "utf-16-le", b"\xff\xfe", "utf-16-le"),
        (JAPANESE[0] + ASTRAL, "utf-16-be", b"\xfe\xff", "utf-16-be"),
        (JAPANESE[0] + ASTRAL, "utf-16-le", b"", "utf-16-le"),
        (CHINESE_SIMPLIFIED[0] + ASTRAL, "utf-16-be", b"", "utf-16-be"),
        (FRENCH + ASTRAL, "utf-16-le", b"", "utf-16-le"),  # mostly ASCII: every other byte NUL
        (KOREAN[1] + ASTRAL, "utf-32-le", b"\xff\xfe\x00\x00", "utf-32-le"),
        (KOREAN[1] + ASTRAL, "utf-32-be", b"\x00\x00\xfe\xff", "utf-32-be"),
        (KOREAN[1] + ASTRAL, "utf-32-le", b"", "utf-32-le"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf16le-nobom",
        "utf16be-nobom",
        "utf16le-nobom-latin",
        "utf32le-bom",
        "utf32be-bom",
        "utf32le-nobom",
    ],
)
def test_unicode_encodings_with_and_without_bom(
    tmp_path: Path, text: str, codec: str, bom: bytes, reported: str
) -> None:
    result = read_document(write(tmp_path, "u.txt", bom + text.encode(codec)))
    assert result.text == text  # BOM gone, U+20000 and the emoji intact
    assert result.metadata["encoding"] == reported
    # Code-point offsets: each astral character is one index, so nothing after it drifts.
    assert result.text.rindex("😀") == len(text) - 2 and result.text[-3] == "𠀀"


@pytest.mark.parametrize(
    ("text", "encoding", "reported"),
    [(KOREAN[0], "utf-8", "utf-8"), (FRENCH, "utf-8", "utf-8"), (KOREAN[0], "cp949", "cp949")],
)
def test_a_stray_byte_costs_one_character_not_the_file(
    tmp_path: Path, text: str, encoding: str, reported: str
) -> None:
    """A bad copy or concatenation must not turn the testimony into mojibake or "binary"."""
    cut = text.index(" ", len(text) // 2)
    data = text[:cut].encode(encoding) + b"\x92" + text[cut:].encode(encoding)
    result = read_document(write(tmp_path, "damaged.txt", data))
    assert result.text == text[:cut] + "\ufffd" + text[cut:]
    assert result.metadata == {"encoding": reported, "replacement_characters": "1"}


def test_line_breaks_are_normalised_and_nothing_else(tmp_path: Path) -> None:
    raw = "\ufeffOne\r\nTwo\rThree\u2028Four\u2029Five\tkept  \n  indented\n\n"
    result = read_document(write(tmp_path, "n.txt", raw.encode("utf-8")))
    assert result.text == "One\nTwo\nThree\nFour\nFive\tkept  \n  indented\n\n"


def test_markdown_is_kept_exactly_as_written(tmp_path: Path) -> None:
    source = "# Interview 3\r\n\r\n**She said:** _I came_ in 2019.\n\n- [link](http://x)\n    code\n"
    result = read_document(write(tmp_path, "t.md", source.encode("utf-8")))
    assert result.source_format == "md"
    assert result.text == source.replace("\r\n", "\n")


def test_markdown_suffix_variant_and_text_suffix(tmp_path: Path) -> None:
    assert read_document(write(tmp_path, "a.markdown", b"*x*")).source_format == "md"
    assert read_document(write(tmp_path, "a.text", b"x")).source_format == "txt"


def test_decode_text_bytes_reports_encoding_without_normalising() -> None:
    text, encoding = decode_text_bytes("첫째\r\n둘째".encode("cp949"))
    assert (text, encoding) == ("첫째\r\n둘째", "cp949")


# --------------------------------------------------------------------------- docx


def test_docx_heading_paragraph_table_and_footnote_in_reading_order(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_heading("Interview 3", level=1)
        paragraph = document.add_paragraph("She said: I came in 2019.")
        cite_note(paragraph, 1)
        run = paragraph.add_run(" Then")
        run.add_tab()
        run.add_text("a tab")
        run.add_break()
        run.add_text("a line break 한국어 𠀀 😀")
        table = document.add_table(rows=2, cols=2)
        for row, values in zip(table.rows, (("Name", "Role"), ("Min-ji", "Witness")), strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        last = document.add_paragraph("After the table.")
        cite_note(last, 2)
        add_notes(document, {1: "Recorded in Seoul.", 2: "Name changed."})

    result = read_document(make_docx(tmp_path / "i.docx", build))
    assert result.source_format == "docx"
    assert result.text == (
        "Interview 3\n"
        "She said: I came in 2019.[1] Then\ta tab\na line break 한국어 𠀀 😀\n"
        "Name\tRole\n"
        "Min-ji\tWitness\n"
        "After the table.[2]\n"
        "\n"
        "[1] Recorded in Seoul.\n"
        "[2] Name changed."
    )


def test_docx_footnotes_are_numbered_by_citation_order_and_endnotes_follow(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        first = document.add_paragraph("First.")
        cite_note(first, 7)  # Word's ids are not the numbers readers see
        cite_note(first, 1, "endnote")
        second = document.add_paragraph("Second.")
        cite_note(second, 3)
        add_notes(document, {3: "Cited second.", 7: "Cited first.", 9: "Never cited."})
        add_notes(document, {1: "An endnote."}, "endnote")

    result = read_document(make_docx(tmp_path / "n.docx", build))
    assert result.text == ("First.[1][i]\nSecond.[2]\n\n[1] Cited first.\n[2] Cited second.\n[i] An endnote.")


def test_docx_nested_table_rows_appear_once(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        outer = document.add_table(rows=1, cols=2)
        outer.cell(0, 0).text = "Outer"
        inner = outer.cell(0, 1).add_table(rows=2, cols=2)
        for row, values in zip(inner.rows, (("in1", "in2"), ("in3", "in4")), strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value

    text = read_document(make_docx(tmp_path / "nested.docx", build)).text
    assert text.startswith("Outer\t")
    assert text.count("in1\tin2") == 1 and text.count("in3\tin4") == 1


def test_docx_shows_final_text_of_revisions_links_fields_and_content_controls(
    tmp_path: Path,
) -> None:
    """As Word displays it: insertions yes, deletions no, field results not field codes."""
    body_xml = (
        f'<w:p {_W}><w:r><w:t xml:space="preserve">She was </w:t></w:r>'
        '<w:del w:id="1" w:author="a"><w:r><w:delText>seventeen</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="a"><w:r><w:t>sixteen</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve">; see </w:t></w:r>'
        "<w:hyperlink><w:r><w:t>the report</w:t></w:r></w:hyperlink>"
        '<w:r><w:t xml:space="preserve">, page </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGEREF _Ref1 \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>'
    )
    control_xml = (
        f'<w:sdt {_W}><w:sdtPr><w:alias w:val="Name"/></w:sdtPr><w:sdtContent>'
        "<w:p><w:r><w:t>Inside a content control.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )

    def build(document: docx.document.Document) -> None:
        body = document.element.body
        body.insert(0, parse_xml(control_xml))
        body.insert(0, parse_xml(body_xml))

    result = read_document(make_docx(tmp_path / "r.docx", build))
    assert result.text == "She was sixteen; see the report, page 12.\nInside a content control."


def test_docx_merged_cells_are_not_repeated(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        table = document.add_table(rows=2, cols=3)
        merged = table.cell(0, 0).merge(table.cell(0, 2))
        merged.text = "Spans three columns"
        for cell, value in zip(table.rows[1].cells, ("a", "b", "c"), strict=True):
            cell.text = value

    result = read_document(make_docx(tmp_path / "m.docx", build))
    assert result.text == "Spans three columns\na\tb\tc"


def test_docx_title_goes_to_metadata(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.core_properties.title = "Interview 3"
        document.add_paragraph("Text.")

    assert read_document(make_docx(tmp_path / "t.docx", build)).metadata == {"title": "Interview 3"}


# --------------------------------------------------------------------------- pdf


def test_pdf_pages_are_separated_by_a_blank_line(tmp_path: Path) -> None:
    data = make_pdf([["Page one, first line.", "Second line (with parens) café."], ["Page two."]])
    result = read_document(write(tmp_path, "p.pdf", data))
    assert result.source_format == "pdf"
    assert result.text == "Page one, first line.\nSecond line (with parens) café.\n\nPage two."
    assert result.metadata == {"pages": "2"}


def test_pdf_page_without_text_is_kept_and_reported(tmp_path: Path) -> None:
    result = read_document(write(tmp_path, "p.pdf", make_pdf([["Typed page."], None])))
    assert result.metadata == {"pages": "2", "pages_without_text": "2"}
    assert result.text == "Typed page."


def test_pdf_stray_control_characters_are_dropped(tmp_path: Path) -> None:
    line = "A stray\x07 glyph in an otherwise ordinary line of testimony\x00 text."
    result = read_document(write(tmp_path, "c.pdf", make_pdf([[line]])))
    assert result.text == "A stray glyph in an otherwise ordinary line of testimony text."


def test_pdf_encrypted_without_user_password_is_read(tmp_path: Path) -> None:
    pytest.importorskip("cryptography")  # AES
    data = encrypt_pdf(make_pdf([["Only copying is restricted."]]), user_password="")
    assert read_document(write(tmp_path, "e.pdf", data)).text == "Only copying is restricted."


def _damaged_xref_pdf() -> bytes:
    data = make_pdf([["Recoverable."]])
    start = data.rindex(b"startxref\n") + len(b"startxref\n")
    return data[:start] + b"9" + data[start + 1 :]  # startxref points to the wrong place


def test_pdf_with_a_damaged_xref_is_recovered(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert read_document(write(tmp_path, "d.pdf", _damaged_xref_pdf())).text == "Recoverable."


def test_libraries_print_nothing_to_the_terminal(tmp_path: Path) -> None:
    """In a real process (pytest would capture it): pypdf logs, Beautiful Soup warns."""
    paths = [
        write(tmp_path, "damaged.pdf", _damaged_xref_pdf()),
        write(tmp_path, "url.html", b"https://example.org/statement-3"),
        write(tmp_path, "xml.html", b'<?xml version="1.0"?><doc><p>Said in court.</p></doc>'),
        write(tmp_path, "short.txt", "借金を返すまで家に帰れないと言われました。".encode("shift_jis")),
    ]
    script = (
        "import sys\n"
        "from annotator.core.importers import read_document\n"
        "for name in sys.argv[1:]:\n"
        "    read_document(name)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


# --------------------------------------------------------------------------- odt


def test_odt_paragraphs_spaces_tabs_breaks_list_table_and_note(tmp_path: Path) -> None:
    result = read_document(make_odt(tmp_path / "i.odt"))
    assert result.source_format == "odt"
    assert result.text == (
        "Interview 3\n"
        "She said:   I came\tin 2019.[1]\n"
        "Source white space collapses.\n"
        "first list item\n"
        "Name\tRole\n"
        "Min-ji\tWitness\n"
        "After the table: 한국어 𠀀 😀\n"
        "\n"
        "[1] Recorded in Seoul."
    )


# --------------------------------------------------------------------------- rtf


def test_rtf_unicode_escapes_korean_and_astral(tmp_path: Path) -> None:
    body = _rtf_unicode(KOREAN[0]) + "\\par " + _rtf_unicode(ASTRAL)
    source = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\uc1 " + body + "\\par}"
    result = read_document(write(tmp_path, "k.rtf", source.encode("ascii")))
    assert result.text == KOREAN[0] + "\n" + ASTRAL
    assert result.source_format == "rtf"


def test_rtf_lone_surrogate_becomes_replacement_character(tmp_path: Path) -> None:
    source = "{\\rtf1\\ansi\\uc1 broken \\u-10240? half\\par}"
    assert read_document(write(tmp_path, "s.rtf", source.encode())).text == "broken \ufffd half"


def test_rtf_ansi_cp1252_hex_escapes(tmp_path: Path) -> None:
    source = (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0 "
        "Je suis arriv\\'e9e \\'e0 l\\'92a\\'e9roport. Co\\'fbt\\~: 3\\'a0000 \\'80.\\par "
        "Deuxi\\'e8me ligne.\\par}"
    )
    result = read_document(write(tmp_path, "f.rtf", source.encode("ascii")))
    assert result.text == "Je suis arrivée à l’aéroport. Coût\xa0: 3\xa0000 €.\nDeuxième ligne."


def test_rtf_double_byte_code_page(tmp_path: Path) -> None:
    hexes = "".join(f"\\'{byte:02x}" for byte in KOREAN[1].encode("cp949"))
    source = "{\\rtf1\\ansi\\ansicpg949\\deff0{\\fonttbl{\\f0\\fcharset129 Gulim;}}\\f0 " + hexes
    result = read_document(write(tmp_path, "k.rtf", (source + "\\par}").encode("ascii")))
    assert result.text == KOREAN[1]


def test_rtf_table_cells_are_tab_separated(tmp_path: Path) -> None:
    source = (
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}"
        "\\trowd\\cellx2000\\cellx4000\\intbl Name\\cell Role\\cell\\row"
        "\\trowd\\cellx2000\\cellx4000\\intbl Min-ji | Lee\\cell Witness\\cell\\row"
        "\\pard After.\\par}"
    )
    result = read_document(write(tmp_path, "t.rtf", source.encode("ascii")))
    assert result.text == "Name\tRole\nMin-ji | Lee\tWitness\nAfter."


# --------------------------------------------------------------------------- html


def test_html_visible_text_only_with_blocks_on_lines(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Interview  3</title><style>p{color:red}</style>"
        '<script>var secret = "script text";</script></head><body>'
        "<noscript>Enable JavaScript</noscript><template><p>template text</p></template>"
        "<h1>Interview 3</h1><p>She   said:\n   I came in 2019.<br>A new line &amp; an entity.</p>"
        "<!-- a comment --><div hidden>hidden text</div><p style='display: none'>invisible</p>"
        "<ul><li>one</li><li>two <b>bold</b> words</li></ul>"
        "<table><tr><th>Name</th><th>Role</th></tr><tr><td>Min-ji</td><td> Witness </td></tr></table>"
        "<pre>  kept   as\n    typed</pre><p>before</p><br><br><br><br><p>after</p></body></html>"
    )
    result = read_document(write(tmp_path, "p.html", page.encode("utf-8")))
    assert result.source_format == "html"
    assert result.metadata == {"encoding": "utf-8", "title": "Interview 3"}
    assert result.text == (
        "Interview 3\nShe said: I came in 2019.\nA new line & an entity.\none\ntwo bold words\n"
        "Name\tRole\nMin-ji\tWitness\n  kept   as\n    typed\nbefore\n\nafter"
    )


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    page = '<html><head><meta charset="euc-kr"></head><body><p>{}</p></body></html>'
    data = page.format(KOREAN[1]).encode("cp949")
    result = read_document(write(tmp_path, "k.htm", data))
    assert result.text == KOREAN[1]
    assert result.metadata["encoding"] == "cp949"


def test_html_latin1_label_means_windows_1252(tmp_path: Path) -> None:
    page = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>“{}”</p>'
    result = read_document(write(tmp_path, "f.html", page.format(FRENCH).encode("cp1252")))
    assert result.text == f"“{FRENCH}”"


def test_html_without_declaration_falls_back_to_detection(tmp_path: Path) -> None:
    data = ("\ufeff<p>" + JAPANESE[0] + ASTRAL + "</p>").encode("utf-16-le")
    assert read_document(write(tmp_path, "j.html", data)).text == JAPANESE[0] + ASTRAL
    data = ("<p>" + CHINESE_TRADITIONAL[0] + "</p>").encode("big5")
    assert read_document(write(tmp_path, "b.html", data)).text == CHINESE_TRADITIONAL[0]


def test_html_parser_warns_about_nothing_for_url_only_or_xml_pages(tmp_path: Path) -> None:
    """Beautiful Soup's warnings would reach the user's terminal; none may be raised."""
    xml = b'<?xml version="1.0"?><statement><line>Said in court.</line></statement>'
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        url_only = read_document(write(tmp_path, "u.html", b"https://example.org/statement-3"))
        assert url_only.text == "https://example.org/statement-3"
        assert read_document(write(tmp_path, "x.html", xml)).text == "Said in court."


def test_html_deeply_nested_page_is_read(tmp_path: Path) -> None:
    page = "<div>" * 5000 + "deep" + "</div>" * 5000
    assert read_document(write(tmp_path, "d.html", page.encode())).text == "deep"


# --------------------------------------------------------------------------- bad input


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _docx_bytes() -> bytes:
    out = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Some testimony text.")
    document.save(out)
    return out.getvalue()


def _odt_bytes(tmp_path: Path) -> bytes:
    return make_odt(tmp_path / "source.odt").read_bytes()


def _replace_member(data: bytes, name: str, content: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    return _zip({**members, name: content})


def _half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _declare_size(data: bytes, size: int) -> bytes:
    """Rewrite the uncompressed sizes a zip declares (central directory), as a bomb would."""
    out = bytearray(data)
    position = out.find(b"PK\x01\x02")
    while position != -1:
        out[position + 24 : position + 28] = struct.pack("<I", size)
        position = out.find(b"PK\x01\x02", position + 4)
    return bytes(out)


BAD_INPUTS: list[tuple[str, Callable[[Path], bytes], str]] = [
    ("empty.txt", lambda _: b"", "empty file"),
    ("empty.docx", lambda _: b"", "empty file"),
    ("empty.pdf", lambda _: b"", "empty file"),
    ("blank.txt", lambda _: b"  \r\n\t\n", "no text found"),
    (
        "picture.txt",
        lambda _: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        "binary data",
    ),
    ("program.txt", lambda _: bytes(range(32)) * 40, "binary data"),
    ("text.docx", lambda _: b"This is plain text saved with the wrong name.", "not a zip archive"),
    ("archive.docx", lambda _: _zip({"readme.txt": b"hello"}), "not a Word document"),
    ("locked.docx", lambda _: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000), "password-protected"),
    ("truncated.docx", lambda _: _half(_docx_bytes()), "not a valid DOCX file"),
    (
        "bad-xml.docx",
        lambda _: _replace_member(_docx_bytes(), "word/document.xml", b"<w:doc"),
        "DOCX",
    ),
    ("empty-body.docx", lambda _: _zip_docx_without_text(), "no text found"),
    ("bomb.docx", lambda _: _zip({"word/document.xml": b"\0" * (4 << 20)}), "zip bomb"),
    ("huge.docx", lambda _: _declare_size(_docx_bytes(), 0xFFFFFFF0), "zip bomb"),
    ("text.pdf", lambda _: b"Not a PDF at all, just text.", "not a valid PDF file"),
    ("truncated.pdf", lambda _: _half(make_pdf([["Some text."]])), "not a valid PDF file"),
    ("scanned.pdf", lambda _: make_pdf([None, None]), "no text layer (scanned PDF?)"),
    ("glyphs.pdf", lambda _: make_pdf([["\x01\x02\x03\x04\x05 \x06\x07\x08"]]), "text layer is unreadable"),
    (
        "locked.pdf",
        lambda _: encrypt_pdf(make_pdf([["Secret."]]), user_password="secret"),
        "password-protected PDF",
    ),
    ("text.odt", lambda _: b"plain text", "not a valid ODT file (not a zip archive)"),
    ("truncated.odt", lambda tmp: _half(_odt_bytes(tmp)), "not a valid ODT file"),
    ("sheet.odt", lambda tmp: _ods_bytes(tmp), "not text"),
    ("locked.odt", lambda tmp: _encrypted_odt_bytes(tmp), "password-protected ODT"),
    ("bomb.odt", lambda _: _zip({"content.xml": b" " * (4 << 20)}), "zip bomb"),
    ("text.rtf", lambda _: b"Just text, no RTF header.", "not a valid RTF file"),
    ("empty.rtf", lambda _: b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par\\par}", "no text found"),
    (
        "empty.html",
        lambda _: b"<html><head><title>T</title><script>x()</script></head></html>",
        "no text",
    ),
    ("binary.html", lambda _: b"\x00\x01\x02\x03" * 100, "binary data"),
]


def _zip_docx_without_text() -> bytes:
    out = io.BytesIO()
    docx.Document().save(out)
    return out.getvalue()


def _encrypted_odt_bytes(tmp_path: Path) -> bytes:
    """An ODT whose manifest says content.xml is encrypted (what LibreOffice writes)."""
    manifest = (
        b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        b'<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>'
        b"</manifest:file-entry></manifest:manifest>"
    )
    return _replace_member(_odt_bytes(tmp_path), "META-INF/manifest.xml", manifest)


def _ods_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "sheet.ods"
    OpenDocumentSpreadsheet().save(str(path))
    return path.read_bytes()


@pytest.mark.parametrize(("name", "make", "words"), BAD_INPUTS, ids=[case[0] for case in BAD_INPUTS])
def test_bad_input_fails_with_one_clear_line(
    tmp_path: Path, name: str, make: Callable[[Path], bytes], words: str
) -> None:
    path = write(tmp_path, name, make(tmp_path))
    started = time.monotonic()
    with pytest.raises(ImportFailed) as exc:
        read_document(path)
    assert time.monotonic() - started < 2  # zip bombs are refused before inflating
    assert_one_line_failure(exc, path, words)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "gone.docx"
    with pytest.raises(ImportFailed) as exc:
        read_document(path)
    assert_one_line_failure(exc, path, "file not found")


def test_folder_instead_of_file(tmp_path: Path) -> None:
    path = tmp_path / "folder.txt"
    path.mkdir()
    with pytest.raises(ImportFailed) as exc:
        read_document(path)
    assert_one_line_failure(exc, path, "folder")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_pipe_instead_of_file_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(ImportFailed) as exc:
        read_document(path)
    assert_one_line_failure(exc, path, "not a regular file")


@pytest.mark.parametrize("name", ["slides.xyz", "scan.PNG", "no_extension"])
def test_unsupported_suffix_lists_what_is_supported(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, b"content")
    with pytest.raises(ImportFailed) as exc:
        read_document(path)
    assert_one_line_failure(exc, path, "unsupported file type")
    assert "supported: .docx, .htm, .html, .markdown, .md, .odt, .pdf, .rtf, .text, .txt" in str(exc.value)


def test_input_files_are_never_modified(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_paragraph("Text.")

    paths = [
        make_docx(tmp_path / "a.docx", build),
        make_odt(tmp_path / "a.odt"),
        write(tmp_path, "a.pdf", make_pdf([["Text."]])),
        write(tmp_path, "a.rtf", b"{\\rtf1\\ansi Text.\\par}"),
        write(tmp_path, "a.html", b"<p>Text.</p>"),
        write(tmp_path, "a.txt", KOREAN[0].encode("cp949")),
    ]
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths}
    for path in paths:
        assert isinstance(read_document(path), ImportedText)
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths} == before


# --------------------------------------------------------------------------- property

_PREFIXES = {
    ".txt": [b""],
    ".html": [b"", b"<html><body><p>", b"\xef\xbb\xbf<p>"],
    ".rtf": [b"", b"{\\rtf1\\ansi\\ansicpg949 ", b"{\\rtf1 {\\pict\\bin"],
    ".pdf": [b"", b"%PDF-1.4\n", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"],
    ".docx": [b"", b"PK\x03\x04"],
    ".odt": [b"", b"PK\x03\x04"],
}


@pytest.mark.parametrize("suffix", sorted(_PREFIXES))
def test_random_bytes_never_escape_as_another_exception(tmp_path: Path, suffix: str) -> None:
    @settings(
        max_examples=60,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        prefix=st.sampled_from(_PREFIXES[suffix]),
        body=st.binary(max_size=1500),
        tail=st.sampled_from([b"", b"\n%%EOF\n", b"}"]),
    )
    def check(prefix: bytes, body: bytes, tail: bytes) -> None:
        path = write(tmp_path, f"random{suffix}", prefix + body + tail)
        try:
            result = read_document(path)
        except ImportFailed as exc:
            assert "\n" not in str(exc) and path.name in str(exc)
        else:
            assert result.text.strip() and result.text == result.text.replace("\r", "")

    check()

"""Read every export format back, independently of the exporters' own code.

The export tests compare what each format carries (codings, documents, counts)
and search everything a reader of the file could see for names. So each reader
here parses the real file: CSV with the csv module, XLSX with openpyxl and as
raw XML, JSON with json, HTML with lxml, qdpx/qdc as zip + XML.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
from lxml import etree
from lxml import html as lxml_html

SUFFIX = {
    "csv": ".csv",
    "xlsx": ".xlsx",
    "json": ".json",
    "html": ".html",
    "matrix": ".xlsx",
    "cases": ".csv",
    "qdpx": ".qdpx",
    "qdc": ".qdc",
}
Coding = tuple[str, str, str, int, int]  # document name, code path, coder name, start, end


def unneutralise(cell: str) -> str:
    """A CSV/XLSX cell without the formula guard ``'`` the exporters add."""
    return cell[1:] if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def sheet_rows(path: Path | io.BytesIO, name: str) -> list[dict[str, Any]]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book[name].iter_rows(values_only=True))
    book.close()
    header = [str(h) for h in rows[0]]
    return [dict(zip(header, r, strict=False)) for r in rows[1:]]


# -- everything a reader can see ---------------------------------------------------------------


def _xml_strings(data: bytes) -> list[str]:
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, huge_tree=True))
    out: list[str] = []
    for element in root.iter():
        out += [str(v) for v in element.attrib.values()]
        if isinstance(element.text, str):
            out.append(element.text)
        if isinstance(element.tail, str):
            out.append(element.tail)
    return out


def _json_strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *_json_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _json_strings(v)]
    return []


def visible_text(fmt: str, path: Path) -> str:
    """Every string the file holds, decoded and unescaped, plus its raw decoded bytes."""
    raw = path.read_bytes()
    pieces: list[str] = []
    if fmt in ("xlsx", "matrix", "qdpx"):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                data = zf.read(name)
                pieces.append(data.decode("utf-8", errors="replace"))
                if name.endswith((".xml", ".qde", ".rels")):
                    pieces += _xml_strings(data)
    elif fmt == "qdc":
        pieces += [raw.decode("utf-8"), *_xml_strings(raw)]
    elif fmt == "json":
        pieces += [raw.decode("utf-8"), *_json_strings(json.loads(raw))]
    elif fmt == "html":
        text = raw.decode("utf-8")
        pieces += [text, html.unescape(text)]
    else:
        pieces.append(raw.decode("utf-8-sig"))
    return "\n".join(pieces)


# -- codings and documents, per format --------------------------------------------------------------


def _code_paths(root: etree._Element) -> dict[str, str]:
    paths: dict[str, str] = {}

    def walk(element: etree._Element, prefix: str) -> None:
        for code in element.iterchildren("{*}Code"):
            path = f"{prefix}/{code.get('name')}" if prefix else str(code.get("name"))
            paths[str(code.get("guid"))] = path
            walk(code, path)

    for codes in root.iter("{*}Codes"):
        walk(codes, "")
    return paths


def qdpx_selections(path: Path) -> list[dict[str, Any]]:
    """Each PlainTextSelection with its document, code path, coder, span, name and source slice."""
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("project.qde"))
        texts = {
            name.split("/")[-1].removesuffix(".txt"): zf.read(name).decode("utf-8")
            for name in zf.namelist()
            if name.startswith("sources/")
        }
    codes = _code_paths(root)
    users = {u.get("guid"): u.get("name") for u in root.iter("{*}User")}
    out = []
    for source in root.iter("{*}TextSource"):
        text = texts[str(source.get("plainTextPath")).removeprefix("internal://").removesuffix(".txt")]
        for selection in source.iterchildren("{*}PlainTextSelection"):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            for coding in selection.iterchildren("{*}Coding"):
                ref = next(coding.iterchildren("{*}CodeRef"))
                out.append(
                    {
                        "document": source.get("name"),
                        "code": codes[ref.get("targetGUID")],
                        "coder": users.get(coding.get("creatingUser"), ""),
                        "start": start,
                        "end": end,
                        "name": selection.get("name"),
                        "slice": text[start:end],
                    }
                )
    return out


def qdpx_documents(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("project.qde"))
    return {str(s.get("name")) for s in root.iter("{*}TextSource")}


def codings_of(fmt: str, path: Path) -> Counter[Coding]:
    """The codings a coding-level format holds (csv, xlsx, json, qdpx)."""
    if fmt == "csv":
        rows = read_csv(path)
        return Counter(
            (unneutralise(r["document"]), r["code"], r["coder"], int(r["start"]), int(r["end"])) for r in rows
        )
    if fmt == "xlsx":
        return Counter(
            (
                unneutralise(str(r["document"])),
                str(r["code"]),
                str(r["coder"]),
                int(r["start"]),
                int(r["end"]),
            )
            for r in sheet_rows(path, "Codings")
        )
    if fmt == "json":
        data = json.loads(path.read_text(encoding="utf-8"))
        return Counter(
            (c["document_name"], c["code_path"], c["coder_name"], c["start"], c["end"])
            for c in data["codings"]
        )
    if fmt == "qdpx":
        return Counter(
            (s["document"], s["code"], s["coder"], s["start"], s["end"]) for s in qdpx_selections(path)
        )
    raise ValueError(fmt)


def documents_of(fmt: str, path: Path, names_by_guid: dict[str, str]) -> set[str]:
    """The documents a format lists (every format but csv, html and qdc)."""
    if fmt == "xlsx":
        return {unneutralise(str(r["name"])) for r in sheet_rows(path, "Documents")}
    if fmt == "json":
        return {d["name"] for d in json.loads(path.read_text(encoding="utf-8"))["documents"]}
    if fmt == "qdpx":
        return qdpx_documents(path)
    if fmt == "matrix":
        return {unneutralise(str(r["document"])) for r in sheet_rows(path, "counts")}
    if fmt == "cases":
        return {names_by_guid[r["caseId"]] for r in read_csv(path)}
    raise ValueError(fmt)


def html_frequencies(path: Path) -> Counter[tuple[str, str]]:
    """(code path, coder) → codings, from the report's "Frequencies by coder" table."""
    page = lxml_html.fromstring(path.read_bytes())
    [table] = page.xpath('//section[@id="frequencies"]//table')
    coders = [th.text_content() for th in table.xpath(".//thead//th")][1:-2]
    out: Counter[tuple[str, str]] = Counter()
    for row in table.xpath(".//tbody/tr"):
        cells = [td.text_content() for td in row.xpath("./td")]
        for coder, n in zip(coders, cells[1:-2], strict=True):
            if int(n):
                out[(cells[0], coder)] = int(n)
    return out


def html_total(path: Path) -> int:
    match = re.search(
        r"(\d+) codings", lxml_html.fromstring(path.read_bytes()).xpath("//header")[0].text_content()
    )
    assert match is not None
    return int(match.group(1))


def matrix_counts(path: Path) -> Counter[tuple[str, str]]:
    """(document name, code path) → codings, from the ``counts`` sheet and its ``variables`` key."""
    label = {
        str(v["variable"]): str(v["label"]) for v in sheet_rows(path, "variables") if v["kind"] == "code"
    }
    out: Counter[tuple[str, str]] = Counter()
    for row in sheet_rows(path, "counts"):
        for variable, path_ in label.items():
            if row.get(variable):
                out[(unneutralise(str(row["document"])), path_)] = int(row[variable])
    return out


def case_codings(path: Path, names_by_guid: dict[str, str]) -> Counter[str]:
    return Counter(
        {names_by_guid[r["caseId"]]: int(r["codings"]) for r in read_csv(path) if int(r["codings"])}
    )

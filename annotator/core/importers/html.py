"""HTML pages (.html, .htm): the text a browser would show, line by line.

Bytes are decoded as a browser would: a BOM first, then the page's own
``<meta charset>`` (or XML declaration), with the WHATWG substitutions that
browsers apply to old labels ("iso-8859-1" really means windows-1252,
"euc-kr" means cp949, ...); if that fails or nothing is declared,
:func:`decode_text_bytes` guesses like for a .txt file.

The page is parsed by Beautiful Soup (lxml) and walked without recursion, so
a deeply nested page cannot overflow the stack. Script, style, the head
(title included), template, noscript, embedded objects, form controls whose
text is not shown, comments, and anything marked ``hidden`` or
``display:none`` are left out. White space collapses as in a browser (but
not inside ``<pre>``); each block element (paragraph, heading, list item,
table row, ...) starts a new line; ``<br>`` breaks a line; table cells are
separated by a tab, as in the other formats; runs of blank lines collapse to
one. The ``<title>`` goes to the metadata.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.dammit import EncodingDetector

from annotator.core.errors import ImportFailed
from annotator.core.importers.common import ImportedText, finish, reading
from annotator.core.importers.encoding import decode_text_bytes, has_bom, looks_binary
from annotator.core.messages import translate

_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")
_SKIPPED = frozenset(
    {
        "head", "title", "script", "style", "template", "noscript", "iframe", "object",
        "embed", "svg", "canvas", "audio", "video", "select", "datalist", "input", "meta",
        "link",
    }
)  # fmt: skip
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HTML_WHITESPACE = re.compile("[ \t\n\f\r]+")
_BLANK_RUNS = re.compile("\n{3,}")
# WHATWG Encoding Standard: what browsers really decode these labels as.
_WHATWG = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "big5": "big5hkscs",
    "tis-620": "cp874",
    "iso-8859-9": "cp1254",
}


def read_html(data: bytes, *, path: Path) -> ImportedText:
    """Visible text of an HTML file."""
    text, encoding = _decode(data, path)
    with reading("HTML", path):
        soup = BeautifulSoup(_quiet(text), "lxml")
        title_tag = soup.find("title")
        title = " ".join(title_tag.get_text().split()) if title_tag else ""
        body = _visible_text(soup)
    metadata = {"encoding": encoding}
    if title:
        metadata["title"] = title
    return finish(body, "html", metadata, path=path)


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    if not has_bom(data):
        declared = EncodingDetector.find_declared_encoding(data, is_html=True)
        encoding = _browser_encoding(declared) if declared else None
        if encoding:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                pass  # the declaration is wrong; guess instead
            else:
                if looks_binary(text):
                    raise ImportFailed(translate("CoreImport", "binary data, not text"), path=path)
                return text, codecs.lookup(encoding).name
    return decode_text_bytes(data, path=path)


def _browser_encoding(label: str) -> str | None:
    label = label.strip().lower()
    if label.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a page that can declare itself in ASCII is not UTF-16
    encoding = _WHATWG.get(label, label)
    try:
        codecs.lookup(encoding)
    except LookupError:
        return None
    return encoding


def _quiet(text: str) -> str:
    """The same page, in a form Beautiful Soup will not print warnings about.

    It warns on stderr when the markup is only a URL or a file name (no "<")
    or starts with an XML declaration. Neither changes the visible text, and
    silencing warnings globally is not ours to do (nor thread-safe per call).
    """
    text = _XML_DECLARATION.sub("", text, count=1)
    return text if "<" in text else f"<body>{text}</body>"


def _visible_text(soup: BeautifulSoup) -> str:
    out = _Lines()
    rows: list[int] = []  # cells seen so far in each open table row
    stack: list[tuple[object, bool]] = [(soup, True)]
    while stack:
        node, entering = stack.pop()
        if isinstance(node, Tag):
            name = node.name
            if entering:
                if name in _SKIPPED or _is_hidden(node):
                    continue
                if name == "br":
                    out.hard_break()
                    continue
                if name in _BLOCKS:
                    out.soft_break()
                if name == "tr":
                    rows.append(0)
                elif name in _CELLS and rows:
                    if rows[-1]:
                        out.cell_separator()
                    rows[-1] += 1
                if name == "pre":
                    out.preformatted += 1
                stack.append((node, False))
                stack.extend((child, True) for child in reversed(node.contents))
            else:
                if name == "pre":
                    out.preformatted -= 1
                if name == "tr" and rows:
                    rows.pop()
                if name in _BLOCKS:
                    out.soft_break()
        elif type(node) is NavigableString:  # not comments, doctypes, CDATA, ...
            out.text(str(node))
    return out.result()


def _is_hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden"):
        return True
    style = tag.get("style")
    return isinstance(style, str) and bool(_HIDDEN_STYLE.search(style))


class _Lines:
    """Assembles lines the way a browser lays out text: collapse, break, separate."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.preformatted = 0

    def text(self, text: str) -> None:
        if self.preformatted:
            first, *rest = text.split("\n")
            self.current.append(first)
            for line in rest:
                self.hard_break()
                self.current.append(line)
            return
        text = _HTML_WHITESPACE.sub(" ", text)
        if not self.current or self._ends_with_space():
            text = text.lstrip(" ")
        if text:
            self.current.append(text)

    def _ends_with_space(self) -> bool:
        last = next((piece for piece in reversed(self.current) if piece), "")
        return last.endswith((" ", "\t"))

    def cell_separator(self) -> None:
        self._strip_trailing_space()
        self.current.append("\t")

    def soft_break(self) -> None:
        """End the line if it has text (nested blocks do not stack blank lines)."""
        if any(self.current):
            self.hard_break()

    def hard_break(self) -> None:
        self._strip_trailing_space()
        self.lines.append("".join(self.current))
        self.current = []

    def _strip_trailing_space(self) -> None:
        if self.current and not self.preformatted:
            self.current[-1] = self.current[-1].rstrip(" ")

    def result(self) -> str:
        self.soft_break()
        return _BLANK_RUNS.sub("\n\n", "\n".join(self.lines))

"""Rich Text Format (.rtf), converted by striprtf.

striprtf decodes ``\\'hh`` escapes with the document's ``\\ansicpg`` code
page or the current font's ``\\fcharset`` (so cp949 or GBK byte pairs come
out right) and ``\\uN`` escapes as code points. Around it we add only glue:

- raw 8-bit bytes (rare, but some writers emit them) are decoded with the
  same ``\\ansicpg`` code page, cp1252 when none is declared;
- characters beyond the BMP arrive as two ``\\uN`` surrogate halves;
  :func:`~.common.finish` joins them back into one code point;
- table cells are separated by a tab, as in the other formats (striprtf
  writes "|", which cannot be told from a typed "|").

striprtf drops footnotes (the ``\\footnote`` destination) and writes a
hyperlink as ``text(url)``; both are known limits of this reader.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from striprtf.striprtf import rtf_to_text

from annotator.core.errors import ImportFailed
from annotator.core.importers.common import ImportedText, finish, reading
from annotator.core.messages import translate

_CODE_PAGE = re.compile(rb"\\ansicpg(\d{1,5})")
# \cell and \nestcell (not \cellx...), with the space that may end a control word.
_CELL = re.compile(r"\\(?:nest)?cell(?![A-Za-z])(?:-?\d+)? ?")
_CELL_MARK = "\ue000"  # private use: stands for a cell end until tabs are placed
_CELL_MARK_RTF = "{\\uc1\\u57344?}"  # the same character as an RTF group, whatever \ucN says


def read_rtf(data: bytes, *, path: Path) -> ImportedText:
    """Text of an .rtf file."""
    if not data.lstrip()[:5] == b"{\\rtf":
        raise ImportFailed(translate("CoreImport", "not a valid RTF file (no {\\rtf header)"), path=path)
    encoding = _code_page(data)
    with reading("RTF", path):
        source = data.decode(encoding, errors="replace")
        source = _CELL.sub(lambda _: _CELL_MARK_RTF, source)
        text = rtf_to_text(source, encoding=encoding, errors="replace")
        text = text.replace(_CELL_MARK + "\n", "\n").replace(_CELL_MARK, "\t")
    return finish(text, "rtf", {"encoding": codecs.lookup(encoding).name}, path=path)


def _code_page(data: bytes) -> str:
    match = _CODE_PAGE.search(data[:4096])
    if match:
        candidate = f"cp{int(match.group(1))}"
        try:
            codecs.lookup(candidate)
        except LookupError:
            pass
        else:
            return candidate
    return "cp1252"

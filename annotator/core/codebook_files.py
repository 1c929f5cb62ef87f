"""Reading a codebook from any file the program accepts: our YAML or a REFI-QDA ``.qdc``.

Why here and not in :mod:`annotator.core.project`: reading a ``.qdc`` needs the REFI-QDA
package, which itself builds projects; this module sits above both, where the command line
and the app pick up a codebook file a user names.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.codebook import CodebookFile
from annotator.core.project import CodebookSpec, resolve_codebook


def load_codebook(spec: CodebookSpec) -> CodebookFile:
    """``"default"``, ``"empty"``, a ``.yaml`` or ``.qdc`` file, or a codebook already read."""
    if isinstance(spec, str | Path) and Path(spec).suffix.lower() == ".qdc":
        from annotator.core.refi_qda import read_qdc  # noqa: PLC0415 (lxml: only when needed)

        return read_qdc(Path(spec))
    return resolve_codebook(spec)

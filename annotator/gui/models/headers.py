"""Column titles that never raise.

A header view can ask for a section its model no longer has: a layout saved
by another version of the app (one column more) is restored before the model
is consulted. A Python exception inside a Qt override crashes PySide6 6.11
outright, so a title outside the list is simply "no title".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def header_label(labels: Sequence[Any], section: int) -> Any:
    """``labels[section]``, or None for a section outside the list."""
    return labels[section] if 0 <= section < len(labels) else None

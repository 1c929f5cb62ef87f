"""Make a current project file look like one written by an older version (for upgrade tests).

Each schema since 8 only added tables, so dropping them and setting ``user_version`` gives
exactly what that version wrote. A new schema version that adds tables adds its line here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

TABLES_ADDED = {
    8: ("code_labels",),
    9: ("alignment_beads", "translations"),
    10: ("search_index",),
    11: ("code_warnings", "document_warnings", "content_warnings"),
}


def downgrade(path: Path, version: int) -> None:
    """Drop every table added after ``version`` and mark the file as ``version``."""
    conn = sqlite3.connect(path)
    try:
        for added in sorted(TABLES_ADDED, reverse=True):
            if added > version:
                for table in TABLES_ADDED[added]:
                    conn.execute(f"DROP TABLE {table}")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
    finally:
        conn.close()

"""Small builders the trust tests share, importable from their subprocess scripts too."""

from __future__ import annotations

from annotator.core.changes import AddCode, ApplyCode
from annotator.core.model import Document, new_guid, utc_now
from annotator.core.store import ProjectStore
from annotator.core.text import sha256_text


def add_document(store: ProjectStore, text: str, name: str | None = None) -> Document:
    """Insert a document directly (one transaction), as an import would."""
    doc = Document(
        new_guid(), name or f"doc-{new_guid()[:8]}.txt", sha256_text(text), len(text), imported_at=utc_now()
    )
    with store.atomic():
        store.insert_document(doc, text)
    return doc


def code_passages(store: ProjectStore, doc: Document, count: int, *, coder: str = "writer") -> list[str]:
    """Apply ``count`` codings to ``doc`` (each its own committed change); their GUIDs."""
    code = next((c.guid for c in store.codes() if c.codable), None)
    if code is None:
        add = AddCode("Theme")
        add.apply(store)
        code = add.code.guid
    who = store.ensure_coder(coder).guid
    made = []
    for i in range(count):
        start = (i * 7) % max(1, doc.length - 5)
        change = ApplyCode(document=doc.guid, start=start, end=start + 5, code=code, coder=who)
        change.apply(store)
        made.append(change.coding.guid)
    return made

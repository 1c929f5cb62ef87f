"""Schema 7: cases (persons), their attributes and links; the migration from schema 6.

What a user depends on: a project made by the previous release opens with every row it
had, a backup of it beside it, and the new tables empty; a passage can belong to two
people; a testimony linked whole to two victims gives each the passages nobody assigned
to the other.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import AnnotatorError
from annotator.core.model import Case, CaseAttribute, Coder, Coding, Document, new_guid
from annotator.core.store import ProjectStore
from annotator.core.store.connection import split_sql
from annotator.core.store.migrations import MIGRATIONS, SCHEMA_V1
from annotator.core.store.schema import APPLICATION_ID, SCHEMA_VERSION
from annotator.core.text import sha256_text

CODER = "6f1d2c3b-0000-4000-8000-00000000a001"


def _make_v6(path: Path) -> None:
    """A schema 6 file as the previous release left it: one of everything, a value on a coding."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for statement in split_sql(SCHEMA_V1):
        conn.execute(statement)
    for migration in MIGRATIONS[:5]:
        migration(conn)
    conn.execute("INSERT INTO project VALUES (1, 'pg', 'old', '2025-01-01T00:00:00Z', '0.5.0')")
    conn.execute("INSERT INTO coders VALUES (?, 'Mina', '#aa0000')", (CODER,))
    text = "We crossed the river in March 2012. The broker sold me for 20,000 yuan."
    conn.execute(
        "INSERT INTO documents (guid, name, sha256, length, imported_by, position) VALUES (?, ?, ?, ?, ?, 1)",
        ("doc-1", "kim.txt", sha256_text(text), len(text), CODER),
    )
    conn.execute("INSERT INTO document_texts VALUES ('doc-1', ?)", (text,))
    conn.execute("INSERT INTO codes (guid, name, ref) VALUES ('code-1', 'Sale', 'ACT.SALE')")
    conn.execute(
        "INSERT INTO codings (guid, document, code, coder, start, end, created_at) "
        "VALUES ('cod-1', 'doc-1', 'code-1', ?, 36, 72, '2025-01-02T00:00:00Z')",
        (CODER,),
    )
    conn.execute(
        "INSERT INTO code_fields (guid, code, name, kind) VALUES ('f-1', 'code-1', 'price', 'money')"
    )
    conn.execute(
        "INSERT INTO coding_values (coding, field, kind, data) VALUES "
        "('cod-1', 'f-1', 'money', '{\"amount\": 20000, \"currency\": \"CNY\"}')"
    )
    conn.execute("INSERT INTO attributes (guid, name) VALUES ('a-1', 'interview year')")
    conn.execute("INSERT INTO document_attributes VALUES ('doc-1', 'a-1', '2019')")
    conn.execute("PRAGMA user_version = 6")
    conn.execute("COMMIT")
    conn.close()


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    out = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    conn.close()
    return out


def _schema(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    conn.close()
    return [
        (n, " ".join(s.replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split())) for n, s in rows
    ]


def test_a_schema_6_project_keeps_everything_takes_a_backup_and_gains_empty_case_tables(
    tmp_path: Path,
) -> None:
    old = tmp_path / "old.sqlite"
    _make_v6(old)
    before = _rows(old)
    with ProjectStore.open(old) as store:
        backup = store.migration_backup
        assert store.cases() == []
        assert store.codings_of_case("nobody") == []
    assert backup is not None and backup.name == "old.sqlite.v6.bak"
    assert _rows(backup) == before  # the backup is the old file, whole
    after = _rows(old)
    for table, rows in before.items():
        if table in ("audit_log", "audit_head"):
            continue
        assert after[table] == rows, table
    for table in ("cases", "case_attributes", "case_documents", "case_codings"):
        assert after[table] == []
    fresh = tmp_path / "fresh.sqlite"
    ProjectStore.create(fresh).close()
    assert _schema(old) == _schema(fresh)
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


@pytest.fixture
def two_victims(store: ProjectStore, add_text, add_code):
    """One testimony about two sisters, coded by one coder: four passages."""
    coder = Coder(new_guid(), "Mina")
    with store.atomic():
        store.insert_coder(coder)
    doc = add_text("Both of us were sold. Sun-hee was sold to a farmer. I ran away. We were caught.")
    other = add_text("A second interview with Sun-hee, years later.", name="second.txt")
    code = add_code("Sale")
    spans = [(0, 21), (22, 51), (52, 63), (64, 78)]
    codings = [Coding(new_guid(), doc.guid, code, coder.guid, s, e) for s, e in spans]
    extra = Coding(new_guid(), other.guid, code, coder.guid, 0, 18)
    a = Case(new_guid(), "Victim A", "victim", created_by=coder.guid)
    b = Case(new_guid(), "Victim B", created_by=coder.guid)
    with store.atomic():
        store.insert_codings([*codings, extra])
        store.insert_case(a)
        store.insert_case(b)
    return store, doc, other, codings, extra, a, b


def test_codings_of_a_case_are_its_own_passages_and_the_unassigned_ones_of_its_documents(two_victims) -> None:
    store, doc, other, codings, extra, a, b = two_victims
    both, sunhee, ran, caught = codings
    with store.atomic():
        store.link_document(a.guid, doc.guid)
        store.link_document(b.guid, doc.guid)
        store.link_document(b.guid, other.guid)
        store.link_coding(b.guid, sunhee.guid)  # only about B
        store.link_coding(a.guid, ran.guid)  # only about A
        store.link_coding(a.guid, both.guid)  # a passage about both: linked to both
        store.link_coding(b.guid, both.guid)
    assert [c.guid for c in store.codings_of_case(a.guid)] == [both.guid, ran.guid, caught.guid]
    assert [c.guid for c in store.codings_of_case(b.guid)] == [
        both.guid,
        sunhee.guid,
        caught.guid,
        extra.guid,
    ]
    assert store.codings_by_case() == {
        a.guid: store.codings_of_case(a.guid),
        b.guid: store.codings_of_case(b.guid),
    }
    assert [c.label for c in store.cases_of_coding(both.guid)] == ["Victim A", "Victim B"]
    assert store.cases_of_coding(caught.guid) == []
    assert [c.label for c in store.cases_owning_coding(caught.guid)] == ["Victim A", "Victim B"]
    assert [c.label for c in store.cases_of_document(other.guid)] == ["Victim B"]
    assert store.case_documents(b.guid) == [doc.guid, other.guid]
    assert store.case_codings(a.guid) == [both.guid, ran.guid]
    assert store.case_passage_counts() == {a.guid: 2, b.guid: 2}


def test_links_go_with_their_coding_document_or_case(two_victims) -> None:
    store, doc, other, codings, extra, a, b = two_victims
    with store.atomic():
        store.link_coding(a.guid, codings[0].guid)
        store.link_document(b.guid, other.guid)
        store.set_case_attribute(b.guid, "gender", "female")
        store.delete_codings([codings[0].guid])
    assert store.case_codings(a.guid) == []
    with store.atomic():
        store.delete_case(b.guid)
    assert store.case_document_links() == []
    assert store.case_attribute_rows() == []
    assert store.document(other.guid).name == "second.txt"  # the document stays


def test_labels_are_unique_ignoring_case_width_and_spacing(two_victims) -> None:
    store, *_, a, b = two_victims
    assert store.case_by_label("victim a") == a
    assert store.case_by_label("  VICTIM   B ") == b
    assert store.case_by_label("Ｖｉｃｔｉｍ Ａ") == a
    assert store.case_by_label("Victim C") is None
    with pytest.raises(AnnotatorError, match="UNIQUE"), store.atomic():
        store.insert_case(Case(new_guid(), "VICTIM A"))
    with pytest.raises(AnnotatorError, match="CHECK"), store.atomic():
        store.insert_case(Case(new_guid(), "Victim C", role="bystander"))  # type: ignore[arg-type]


def test_created_by_must_be_a_coder(store: ProjectStore) -> None:
    with pytest.raises(ValueError, match="cases.created_by"), store.atomic():
        store.insert_case(Case(new_guid(), "Victim A", created_by="Mina"))
    assert store.cases() == []


def test_attributes_keep_one_spelling_per_name(two_victims) -> None:
    store, *_, a, _b = two_victims
    with store.atomic():
        store.set_case_attribute(a.guid, "Year of birth", "1994", "number")
        store.set_case_attribute(a.guid, "year of birth ", "1995", "number")
        store.set_case_attribute(a.guid, "gender", "female")
    assert store.case_attributes(a.guid) == {"Year of birth": "1995", "gender": "female"}
    assert store.case_attribute_rows(a.guid)[0] == CaseAttribute(a.guid, "Year of birth", "1995", "number")
    with store.atomic():
        store.set_case_attribute(a.guid, "GENDER", None)
    assert store.case_attributes(a.guid) == {"Year of birth": "1995"}


def test_document_links_restore_after_delete(store: ProjectStore, add_text) -> None:
    doc: Document = add_text("text")
    case = Case(new_guid(), "Victim A")
    with store.atomic():
        store.insert_case(case)
        store.link_document(case.guid, doc.guid)
    links = store.case_document_links(documents=[doc.guid])
    assert links == [(case.guid, doc.guid)]
    with store.atomic():
        store.delete_case_links(documents=links)
    assert store.case_documents(case.guid) == []
    with store.atomic():
        store.insert_case_links(documents=links)
    assert store.case_documents(case.guid) == [doc.guid]

"""A coder package says whose it is, from which project and when, so the app finds the packages
beside a project and offers them for merging (issue 14, item 6)."""

from __future__ import annotations

import shutil
from pathlib import Path

from annotator.core.analysis.package import coder_for_package, make_package, package_info, packages_beside
from annotator.core.changes import AddCode, ApplyCode
from annotator.core.model import Coding, Document, new_guid, utc_now
from annotator.core.project import create_project
from annotator.core.store import ProjectStore
from annotator.core.text import sha256_text


def _project(path: Path) -> tuple[str, str]:
    """A project with one document, one code and one old coding by mina; (project guid, code)."""
    store = create_project(path, codebook="empty", name="Study")
    try:
        text = "The broker kept my papers and said I owed him for the journey."
        doc = Document(new_guid(), "a.txt", sha256_text(text), len(text), imported_at=utc_now())
        with store.atomic():
            store.insert_document(doc, text)
        add = AddCode("Debt")
        add.apply(store)
        mina = store.resolve_coder("mina", create=True)
        old = Coding(new_guid(), doc.guid, add.code.guid, mina.guid, 0, 10, "2020-01-01T00:00:00Z")
        with store.atomic():
            store.insert_codings([old])
        return store.info().guid, add.code.guid
    finally:
        store.close()


def test_a_package_carries_its_coder_project_and_date_and_counts_new_work(tmp_path: Path) -> None:
    project = tmp_path / "study.sqlite"
    guid, code = _project(project)
    package = tmp_path / "study-mina.sqlite"
    make_package(project, coder_for_package(project, "MINA"), package)
    info = package_info(package)
    assert info is not None
    assert (info.coder, info.project, info.project_name) == ("mina", guid, "Study")
    assert info.made.endswith("Z") and info.new_codings == 0  # her old coding is not new work
    with ProjectStore.open(package) as store:
        doc = store.documents()[0]
        ApplyCode(document=doc.guid, start=20, end=30, code=code, coder=info.coder_guid).apply(store)
    assert package_info(package).new_codings == 1  # type: ignore[union-attr]
    with ProjectStore.open(project, readonly=True) as store:  # the marker never lands in the project
        assert store.setting("coder_package") is None


def test_packages_beside_a_project_are_found_and_nothing_else(tmp_path: Path) -> None:
    project = tmp_path / "study.sqlite"
    guid, _ = _project(project)
    make_package(project, coder_for_package(project, "mina"), tmp_path / "study-mina.sqlite")
    make_package(project, coder_for_package(project, "jun"), tmp_path / "renamed-by-jun.sqlite")
    shutil.copyfile(project, tmp_path / "a-copy.sqlite")  # a copy of the project is no package
    other = tmp_path / "other.sqlite"
    _project(other)
    make_package(other, coder_for_package(other, "mina"), tmp_path / "other-mina.sqlite")  # another study's
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 10)
    found = packages_beside(project, guid)
    assert [(i.coder, i.path.name) for i in found] == [
        ("jun", "renamed-by-jun.sqlite"),
        ("mina", "study-mina.sqlite"),
    ]
    assert package_info(tmp_path / "junk.sqlite") is None and package_info(project) is None


def test_a_package_renamed_to_the_apps_own_extension_is_found_too(tmp_path: Path) -> None:
    project = tmp_path / "study.testimony"
    guid, _ = _project(project)
    make_package(project, coder_for_package(project, "mina"), tmp_path / "study-mina.testimony")
    make_package(project, coder_for_package(project, "jun"), tmp_path / "study-jun.sqlite")
    found = packages_beside(project, guid)
    assert [(i.coder, i.path.name) for i in found] == [
        ("jun", "study-jun.sqlite"),
        ("mina", "study-mina.testimony"),
    ]

"""Care for coders in the core (issue 12, items 3-4): packages that leave warned documents out and
say what they carry, and the lead's view of which coder was exposed to which warning, from where."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.analysis.exposure import exposure
from annotator.core.analysis.package import coder_for_package, make_package, package_info, packages_beside
from annotator.core.changes import ApplyCode, SetCodeWarnings, SetDocumentWarnings
from annotator.core.codebook import CodeTree
from annotator.core.content_warnings import OPENED_ACTION, opened_entry
from annotator.core.errors import UsageError
from annotator.core.importers.common import ImportedText
from annotator.core.importers.importing import add_document
from annotator.core.project import create_project
from annotator.core.store import ProjectStore

SALE = "Acts and recruitment/Sale or purchase of the person"


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Three testimonies: one about torture, one about a child's abuse, one carrying no warning."""
    path = tmp_path / "study.sqlite"
    ids: dict[str, str] = {}
    with create_project(path) as store:
        for key, text in (
            ("torture", "They beat us in the detention centre."),
            ("child", "She was fourteen when the broker sold her."),
            ("plain", "We crossed the river at night and walked to the city."),
        ):
            ids[key] = add_document(store, ImportedText(text, "txt", {}), name=f"{key}.txt").guid
        ids["code"] = CodeTree(store.codes()).find(SALE).guid
        ids["mina"] = store.ensure_coder("mina").guid
        SetDocumentWarnings(ids["torture"], ["torture"]).apply(store)
        SetDocumentWarnings(ids["child"], ["violence against children", "sexual violence"]).apply(store)
    return path, ids


def _documents(path: Path) -> set[str]:
    with ProjectStore.open(path, readonly=True) as store:
        return {d.name for d in store.documents()}


def test_a_package_leaves_out_every_document_carrying_an_excluded_warning(project, tmp_path: Path) -> None:
    path, _ = project
    package = tmp_path / "study-mina.sqlite"
    counts = make_package(
        path, coder_for_package(path, "mina"), package, exclude_warnings=["VIOLENCE against children"]
    )
    assert _documents(package) == {"torture.txt", "plain.txt"}
    assert counts["documents"] == 2 and counts["excluded"] == 1
    info = package_info(package)
    assert info is not None
    assert info.warnings_excluded == ("violence against children",)  # as the project spells it
    assert info.warnings_included == ("torture",)  # what her documents carry, nothing left out


def test_a_package_marker_lists_code_warnings_too_and_nothing_excluded_by_default(
    project, tmp_path: Path
) -> None:
    path, ids = project
    with ProjectStore.open(path) as store:
        SetCodeWarnings(ids["code"], ["suicide and self-harm"]).apply(store)
        # a warned code applied (by anyone) in a document the package carries: its passages carry it
        ApplyCode(document=ids["plain"], start=0, end=10, code=ids["code"], coder=ids["mina"]).apply(store)
    package = tmp_path / "p.sqlite"
    counts = make_package(path, coder_for_package(path, "mina"), package, exclude_warnings=["torture"])
    assert _documents(package) == {"child.txt", "plain.txt"} and counts["excluded"] == 1
    info = package_info(package)
    assert info is not None and info.warnings_excluded == ("torture",)
    assert set(info.warnings_included) == {
        "sexual violence",
        "violence against children",
        "suicide and self-harm",
    }
    whole = tmp_path / "whole.sqlite"
    assert make_package(path, coder_for_package(path, "mina"), whole)["excluded"] == 0
    assert package_info(whole).warnings_excluded == ()  # type: ignore[union-attr]
    assert len(_documents(whole)) == 3


def test_a_sample_is_drawn_from_the_documents_the_coder_may_be_given(project, tmp_path: Path) -> None:
    path, _ = project
    for seed in range(5):
        out = tmp_path / f"s{seed}.sqlite"
        make_package(
            path, coder_for_package(path, "jun"), out, sample=2, seed=seed, exclude_warnings=["torture"]
        )
        assert _documents(out) == {"child.txt", "plain.txt"}
    with pytest.raises(Exception, match="cannot sample 3 of 2"):
        make_package(
            path,
            coder_for_package(path, "jun"),
            tmp_path / "x.sqlite",
            sample=3,
            exclude_warnings=["torture"],
        )


def test_an_unknown_warning_or_an_empty_package_is_refused_and_nothing_is_written(
    project, tmp_path: Path
) -> None:
    path, ids = project
    out = tmp_path / "p.sqlite"
    with pytest.raises(UsageError, match="no content warning named 'gore'"):
        make_package(path, coder_for_package(path, "mina"), out, exclude_warnings=["gore"])
    with ProjectStore.open(path) as store:
        SetDocumentWarnings(ids["plain"], ["torture"]).apply(store)
    with pytest.raises(UsageError, match="empty"):
        make_package(
            path, coder_for_package(path, "mina"), out, exclude_warnings=["torture", "sexual violence"]
        )
    assert not out.exists()


def test_exposure_names_each_coders_warnings_and_where_they_came_from(project, tmp_path: Path) -> None:
    path, ids = project
    with ProjectStore.open(path) as store:
        jun = store.ensure_coder("jun").guid
        store.ensure_coder("ara")  # read nothing warned
        ApplyCode(document=ids["child"], start=0, end=3, code=ids["code"], coder=ids["mina"]).apply(store)
        with store.atomic():  # mina opted in to having her openings recorded
            store.audit(OPENED_ACTION, opened_entry(ids["torture"], ["torture"]), coder=ids["mina"])
    make_package(
        path, coder_for_package(path, "jun"), tmp_path / "study-jun.sqlite", exclude_warnings=["torture"]
    )
    make_package(path, coder_for_package(path, "hyun"), tmp_path / "study-hyun.sqlite")  # not merged back
    with ProjectStore.open(path, readonly=True) as store:
        found = {e.coder: e for e in exposure(store, packages_beside(path, store.info().guid))}
    assert set(found) == {"ara", "hyun", "jun", "mina"}
    assert found["ara"].warnings == {}
    assert found["mina"].warnings == {
        "sexual violence": ("coded",),
        "violence against children": ("coded",),
        "torture": ("opened",),
    }
    assert found["jun"].coder_guid == jun
    assert found["jun"].as_json() == {
        "coder": "jun",
        "warnings": {"sexual violence": ["package"], "violence against children": ["package"]},
    }
    assert set(found["hyun"].warnings) == {"torture", "sexual violence", "violence against children"}
    assert list(found["mina"].warnings) == ["sexual violence", "violence against children", "torture"]


def test_exposure_counts_a_warned_code_and_ignores_another_projects_packages(project, tmp_path: Path) -> None:
    path, ids = project
    with ProjectStore.open(path) as store:
        SetCodeWarnings(ids["code"], ["death and execution"]).apply(store)
        ApplyCode(document=ids["plain"], start=0, end=5, code=ids["code"], coder=ids["mina"]).apply(store)
    other = tmp_path / "other" / "other.sqlite"
    other.parent.mkdir()
    create_project(other).close()
    make_package(other, coder_for_package(other, "mina"), other.parent / "other-mina.sqlite")
    with ProjectStore.open(other, readonly=True) as store:
        other_guid = store.info().guid
    with ProjectStore.open(path, readonly=True) as store:
        found = exposure(store, packages_beside(other, other_guid))
    assert [e.as_json() for e in found] == [{"coder": "mina", "warnings": {"death and execution": ["coded"]}}]

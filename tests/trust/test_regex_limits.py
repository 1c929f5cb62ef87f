"""A user's regular expression runs with a time limit: a catastrophic pattern is stopped with
one clear line naming the document, exit 1, and nothing stored.

Runs in a subprocess with a timeout, so a regression fails instead of hanging.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from annotator.core.changes import Autocode
from annotator.core.changes.codings import PatternTooSlow
from annotator.core.store import ProjectStore
from tests.trust.hostile_files import FileState, annotator, make_project, one_line_error

LONG = "a" * 5_000 + "b"  # every start position backtracks exponentially under (a|aa)+$


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = make_project(tmp_path / "p.sqlite")
    with ProjectStore.open(path) as store:
        from annotator.core.model import Document, new_guid, utc_now
        from annotator.core.text import sha256_text

        doc = Document(new_guid(), "long.txt", sha256_text(LONG), len(LONG), imported_at=utc_now())
        with store.atomic():
            store.insert_document(doc, LONG)
    return path


def _state(path: Path) -> tuple[int, int]:
    with ProjectStore.open(path, readonly=True) as store:
        return store.counts()["codings"], len(store.audit_entries())


def test_a_catastrophic_pattern_is_stopped_with_one_line_and_nothing_stored(
    tmp_path: Path, project: Path
) -> None:
    before, files = _state(project), FileState.of(project)
    start = time.monotonic()
    done = annotator(
        tmp_path, "autocode", project, "--code", "Means of control/Deception", "--pattern", "(a|aa)+$",
        timeout=90,
    )  # fmt: skip
    elapsed = time.monotonic() - start
    line = one_line_error(done, "long.txt", "simplify")
    assert "took longer than" in line
    assert elapsed < 20, elapsed
    assert _state(project) == before
    assert FileState.of(project).main == files.main


def test_the_classic_nested_quantifier_finishes_quickly(tmp_path: Path, project: Path) -> None:
    """``(a+)+$`` ran for minutes with Python's ``re``; it now ends in seconds either way."""
    start = time.monotonic()
    done = annotator(
        tmp_path, "autocode", project, "--code", "Means of control/Deception", "--pattern", "(a+)+$",
        timeout=90,
    )  # fmt: skip
    assert time.monotonic() - start < 20
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr


def test_the_core_change_raises_before_storing_anything(project: Path) -> None:
    with ProjectStore.open(project) as store:
        code = next(c for c in store.codes() if c.name == "Deception")
        coder = store.ensure_coder("lee")
        before = store.counts()["codings"], len(store.audit_entries())
        change = Autocode(code=code.guid, pattern="(a|aa)+$", coder=coder.guid, timeout=0.5)
        start = time.monotonic()
        with pytest.raises(PatternTooSlow, match=r"longer than 0\.5 s on 'long.txt'"):
            change.apply(store)
        assert time.monotonic() - start < 5
        assert (store.counts()["codings"], len(store.audit_entries())) == before
        assert change.added == []


def test_ordinary_patterns_still_work_with_python_syntax(project: Path) -> None:
    with ProjectStore.open(project) as store:
        code = next(c for c in store.codes() if c.name == "Deception")
        coder = store.ensure_coder("lee")
        change = Autocode(code=code.guid, pattern=r"(?i)promised\s+\w+", coder=coder.guid)
        change.apply(store)
        [coding] = change.added
        text = store.document_text(coding.document)
        assert text[coding.start : coding.end] == "promised restaurant"


def test_an_invalid_pattern_is_a_usage_error_on_one_line(tmp_path: Path, project: Path) -> None:
    done = annotator(
        tmp_path, "autocode", project, "--code", "Means of control/Deception", "--pattern", "(unclosed"
    )
    one_line_error(done, "invalid pattern")


def test_every_match_of_a_fast_pattern_is_found_in_a_big_document(project: Path) -> None:
    """The time limit does not cut an ordinary search short: 100,000 matches in 500 KB."""
    big = "word " * 100_000
    with ProjectStore.open(project) as store:
        from annotator.core.model import Document, new_guid, utc_now
        from annotator.core.text import sha256_text

        doc = Document(new_guid(), "big.txt", sha256_text(big), len(big), imported_at=utc_now())
        with store.atomic():
            store.insert_document(doc, big)
        code = next(c for c in store.codes() if c.name == "Deception")
        change = Autocode(code=code.guid, pattern=r"\bword\b", coder=store.ensure_coder("lee").guid,
                          documents=[doc.guid])  # fmt: skip
        change.apply(store)
        assert len(change.added) == 100_000

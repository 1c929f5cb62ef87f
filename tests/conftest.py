"""Fixtures shared by every test layer: an isolated user config, small projects, the CLI."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.changes import AddCode
from annotator.core.model import Document, new_guid, utc_now
from annotator.core.project import create_project
from annotator.core.store import ProjectStore
from annotator.core.text import sha256_text


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the developer's real settings (remembered coder, recent projects)."""
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProjectStore]:
    """An empty-codebook project, open for writing."""
    s = create_project(tmp_path / "p.sqlite", codebook="empty")
    yield s
    s.close()


@pytest.fixture
def add_text(store: ProjectStore) -> Callable[..., Document]:
    """Add a document with the given text to ``store``."""

    def add(text: str, name: str = "doc.txt") -> Document:
        doc = Document(new_guid(), name, sha256_text(text), len(text), imported_at=utc_now())
        with store.atomic():
            store.insert_document(doc, text)
        return doc

    return add


@pytest.fixture
def add_code(store: ProjectStore) -> Callable[..., str]:
    """Add a code (returns its GUID)."""

    def add(name: str, parent: str | None = None, **fields: object) -> str:
        change = AddCode(name, parent=parent, **fields)
        change.apply(store)
        return change.code.guid

    return add


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("ANNOTATOR_CODER", raising=False)

    def invoke(*args: object) -> Result:
        capsys.readouterr()
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


@pytest.fixture
def mount(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """``mount("1m")`` mounts a small tmpfs (a real full disk); skips where mounting is not allowed."""
    import subprocess  # noqa: PLC0415

    mounted: list[Path] = []

    def make(size: str) -> Path:
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(point)], capture_output=True
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode().strip()})")
        mounted.append(point)
        return point

    yield make
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def remount_read_only(point: Path) -> None:
    """Make a ``mount`` fixture's disk read-only (as a write-protected USB stick)."""
    import subprocess  # noqa: PLC0415

    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)

"""Encryption at rest: an encrypted project shows nothing readable on disk, and every
command works the same with the passphrase."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.protection import list_backups, take_backup
from annotator.core.store import ProjectStore, cipher, keys
from annotator.core.store.cipher import PassphraseNeeded, WrongPassphrase

SECRET_TEXT = "Kim Ok-sun said the broker Zhang sold her for 30000 yuan in Yanji"


@pytest.fixture(autouse=True)
def _forget_passphrases():
    yield
    keys.forget_all()


def _disk_bytes(project: Path) -> bytes:
    return b"".join(
        p.read_bytes() for p in project.parent.iterdir() if p.name.startswith(project.name) and p.is_file()
    )


@pytest.fixture
def encrypted(run, tmp_path: Path) -> tuple[Path, Path]:
    passfile = tmp_path / "pass.txt"
    passfile.write_text("a long passphrase 123\n")
    project = tmp_path / "secret.sqlite"
    assert run("--passphrase-file", passfile, "new", project, "--encrypt").code == 0
    doc = tmp_path / "testimony.txt"
    doc.write_text(SECRET_TEXT + "\n통역사는 중국 식당이라고 말했다.\n", encoding="utf-8")
    assert run("--passphrase-file", passfile, "import", project, doc, "--coder", "Park Ji-woo").code == 0
    assert (
        run(
            "--passphrase-file",
            passfile,
            "autocode",
            project,
            "--code",
            "Actors",
            "--pattern",
            "broker Zhang",
            "--coder",
            "Park Ji-woo",
        ).code
        == 0
    )
    assert (
        run("--passphrase-file", passfile, "codebook", "add", project, "Secret group/Yanji route").code == 0
    )
    return project, passfile


def test_nothing_readable_on_disk(encrypted: tuple[Path, Path]) -> None:
    project, _ = encrypted
    raw = _disk_bytes(project)
    for needle in (
        "Kim Ok-sun",
        "broker",
        "Park Ji-woo",
        "Means of control",
        "Yanji",
        "통역사",
        "SQLite format 3",
    ):
        assert needle.encode() not in raw, needle


def test_every_command_works_with_the_passphrase(run, encrypted: tuple[Path, Path], tmp_path: Path) -> None:
    project, passfile = encrypted
    info = json.loads(run("--passphrase-file", passfile, "info", project, "--json").out)
    assert info["documents"] == 1 and info["codings"] == 1 and info["coder_names"] == ["Park Ji-woo"]
    package = tmp_path / "pkg.sqlite"
    assert run("--passphrase-file", passfile, "package", project, "--coder", "lee", "-o", package).code == 0
    assert run("--passphrase-file", passfile, "merge", project, package).code == 0
    assert run("--passphrase-file", passfile, "audit", "verify", project).code == 0


def test_missing_or_wrong_passphrase_is_one_clear_line(
    run, encrypted: tuple[Path, Path], tmp_path: Path
) -> None:
    project, _ = encrypted
    missing = run("info", project)
    assert missing.code == 1 and "passphrase" in missing.err and missing.err.count("\n") == 1
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    bad = run("--passphrase-file", wrong, "info", project)
    assert bad.code == 1 and "wrong passphrase" in bad.err
    with pytest.raises(PassphraseNeeded):
        ProjectStore.open(project)
    with pytest.raises(WrongPassphrase):
        ProjectStore.open(project, passphrase="nope nope")


def test_copies_and_backups_stay_encrypted(encrypted: tuple[Path, Path], tmp_path: Path) -> None:
    project, _ = encrypted
    with ProjectStore.open(project, passphrase="a long passphrase 123") as store:
        copy = tmp_path / "copy.sqlite"
        store.save_copy(copy)
        take_backup(store)
    for path in (copy, list_backups(project)[0]):
        assert b"Kim Ok-sun" not in path.read_bytes()
        with ProjectStore.open(path, readonly=True, passphrase="a long passphrase 123") as other:
            assert other.counts()["documents"] == 1


def test_encrypt_and_decrypt_an_existing_project(run, tmp_path: Path) -> None:
    project = tmp_path / "p.sqlite"
    run("new", project)
    doc = tmp_path / "t.txt"
    doc.write_text(SECRET_TEXT)
    run("import", project, doc)
    passfile = tmp_path / "pass.txt"
    passfile.write_text("another passphrase\n")
    result = run("--passphrase-file", passfile, "encrypt", project)
    assert result.code == 0, result.err
    assert "UNENCRYPTED" in result.err and f"{project}.plain.bak" in result.err  # named, not hidden
    assert b"Kim Ok-sun" not in project.read_bytes()
    assert run("--passphrase-file", passfile, "decrypt", project).code == 0
    with ProjectStore.open(project) as store:
        assert store.document_text(store.documents()[0].guid) == SECRET_TEXT


def test_a_foreign_file_is_not_mistaken_for_an_encrypted_project(tmp_path: Path) -> None:
    from annotator.core.errors import NotAProject

    odd = tmp_path / "notes.sqlite"
    odd.write_bytes(b"%PDF-1.7 this is a pdf, not a project" * 3)
    with pytest.raises(NotAProject) as info:
        ProjectStore.open(odd)
    assert not isinstance(info.value, PassphraseNeeded)


def test_a_package_of_an_encrypted_project_is_encrypted_too(
    run, encrypted: tuple[Path, Path], tmp_path: Path
) -> None:
    """A coder package carries the testimonies: it must not leave an encrypted project readable."""
    project, passfile = encrypted
    package = tmp_path / "mina.sqlite"
    result = run("--passphrase-file", passfile, "package", project, "--coder", "mina", "-o", package)
    assert result.code == 0 and "encrypted with the project's passphrase" in result.out
    assert not cipher.is_plain_sqlite(package) and b"Kim Ok-sun" not in package.read_bytes()
    assert oct(package.stat().st_mode & 0o777) == "0o600"
    with ProjectStore.open(package, passphrase="a long passphrase 123") as opened:
        assert SECRET_TEXT in opened.document_text(opened.documents()[0].guid)
    assert [p.name for p in tmp_path.iterdir() if "annotator-part" in p.name] == []

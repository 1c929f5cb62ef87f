"""Encrypted projects in the window: the passphrase prompt, and Encrypt/Decrypt through the menus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from annotator.core import protection
from annotator.core.store import cipher, keys
from tests.gui.conftest import ENGLISH
from tests.gui.helpers import codings

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _forget() -> Iterator[None]:
    keys.forget_all()
    yield
    keys.forget_all()


class Asked(list[tuple[str, object]]):
    """The (label, echo mode) of every QInputDialog.getText; ``answers`` are given in turn."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[str | None] = []  # None = Cancel

    def get_text(self, parent, title, label, echo=QLineEdit.EchoMode.Normal, text="", *args):  # type: ignore[no-untyped-def]
        self.append((label, echo))
        answer = self.answers.pop(0)
        return ("", False) if answer is None else (answer, True)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    calls = Asked()
    monkeypatch.setattr(QInputDialog, "getText", calls.get_text)
    return calls


@pytest.fixture
def informed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: texts.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    return texts


def test_opening_an_encrypted_project_asks_for_its_passphrase(make_window, project, asked):
    path, _ = project
    protection.convert(path, old=None, new=PASSPHRASE)
    window = make_window()
    asked.answers[:] = [None]  # Cancel
    assert not window.open_project(path)
    assert window.session is None and "Not opened" in window.statusBar().currentMessage()
    assert "encrypted" in asked[0][0] and asked[0][1] == QLineEdit.EchoMode.Password

    asked.clear()
    asked.answers[:] = ["not the passphrase", PASSPHRASE]
    assert window.open_project(path)
    assert "Wrong passphrase" in asked[1][0]  # the wrong one is refused, clearly, and asked again
    assert all(echo == QLineEdit.EchoMode.Password for _, echo in asked)
    assert window.session.store.encrypted and not window.session.readonly
    assert window.documents.model.rowCount() == 2

    asked.clear()
    assert window.open_project(path)  # remembered for this run: not asked again
    assert asked == []


def test_encrypt_then_decrypt_keeps_the_codings(make_window, project, asked, informed, monkeypatch):
    questions: list[str] = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    path, ids = project
    window = make_window(path)
    window.view.select_span(0, 11)
    window.coding.apply_code(ids["Control/Threats"])
    before = [(c.guid, c.start, c.end) for c in codings(window)]

    asked.answers[:] = ["short", PASSPHRASE, "a typo here", PASSPHRASE, PASSPHRASE]
    window.actions["file.encrypt"].trigger()
    assert "at least 8" in asked[1][0] and "differ" in asked[3][0]
    assert window.session is not None and window.session.store.encrypted
    assert not cipher.is_plain_sqlite(path)
    assert b"restaurant in Yanji" not in path.read_bytes() and ENGLISH[:20].encode() not in path.read_bytes()
    plain_copy = path.with_name(path.name + ".plain.bak")
    # The unencrypted original was named in the question, and deleted on Yes (the fixture's answer).
    assert str(plain_copy) in questions[-1] and "UNENCRYPTED" in questions[-1]
    assert not plain_copy.exists()
    assert [(c.guid, c.start, c.end) for c in codings(window)] == before

    window.actions["file.encrypt"].trigger()  # already encrypted: said so, nothing asked
    assert "already encrypted" in informed[0]

    window.actions["file.decrypt"].trigger()
    assert cipher.is_plain_sqlite(path)
    assert "no longer encrypted" in informed[1]
    assert not window.session.store.encrypted
    window.projects.close()

    keys.forget_all()
    asked.clear()
    assert window.open_project(path)
    assert asked == []  # plain again: no passphrase
    assert [(c.guid, c.start, c.end) for c in codings(window)] == before


def test_a_foreign_file_is_refused_without_asking_a_passphrase(make_window, tmp_path, asked, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: errors.append(text))
    window = make_window()
    for name, data in (
        ("notes.sqlite", "Interview notes, 12 May — Kim"),
        ("doc.sqlite", b"PK\x03\x04" + bytes(60)),
    ):
        target = tmp_path / name
        target.write_bytes(data.encode() if isinstance(data, str) else data)
        assert not window.open_project(target)
    assert asked == [] and len(errors) == 2
    assert all("not a Testimony Annotator project" in e and "\n" not in e for e in errors)

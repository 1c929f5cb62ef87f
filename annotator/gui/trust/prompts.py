"""The blocking questions of the trust features, each one Qt static call.

Like ``gui/prompts.py``: every modal question goes through a static of
``QInputDialog``/``QMessageBox``/``QFileDialog``, so a test monkeypatches the
static and no dialog ever blocks it. Passphrases are asked with hidden echo and
never logged, stored or put in a message.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from annotator.gui.i18n import translate

MIN_PASSPHRASE = 8


def ask_passphrase(parent: QWidget | None, title: str, label: str) -> str | None:
    """A passphrase typed with hidden echo; None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password, "")
    return value if ok else None


def ask_new_passphrase(parent: QWidget | None, name: str) -> str | None:
    """A new passphrase, typed twice, at least MIN_PASSPHRASE characters; None when cancelled."""
    title = translate("TrustPrompts", "Encrypt {project}").format(project=name)
    label = translate(
        "TrustPrompts",
        "Choose a passphrase for “{project}” (at least {n} characters).\n"
        "Without it the project cannot be opened: nobody can recover it for you.",
    ).format(project=name, n=MIN_PASSPHRASE)
    while True:
        first = ask_passphrase(parent, title, label)
        if first is None:
            return None
        if len(first) < MIN_PASSPHRASE:
            label = translate(
                "TrustPrompts", "Too short: a passphrase needs at least {n} characters. Choose another:"
            ).format(n=MIN_PASSPHRASE)
            continue
        second = ask_passphrase(parent, title, translate("TrustPrompts", "Type the same passphrase again:"))
        if second is None:
            return None
        if second == first:
            return first
        label = translate(
            "TrustPrompts", "The two passphrases differ. Choose a passphrase (at least {n} characters):"
        ).format(n=MIN_PASSPHRASE)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def save_file(parent: QWidget | None, title: str, filters: str) -> tuple[str, str]:
    """(path, chosen filter); path is "" when cancelled."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, "", filters)
    return path, chosen

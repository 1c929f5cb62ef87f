"""Help → About: the version, the licence, what the program does with your data, and the
version details a bug report needs (copied with one button).

The details are copied in English whatever the interface language: they are read by
whoever answers the bug report, and a fixed form is easy to search.
"""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator import LICENSE, __version__
from annotator.core import config
from annotator.gui import i18n
from annotator.gui.i18n import translate
from annotator.gui.theme import app_icon


def version_details() -> dict[str, str]:
    """What a bug report needs: the program, how it was installed, Python, Qt, the system."""
    frozen = getattr(sys, "frozen", False)  # set by PyInstaller in the bundle
    return {
        "Testimony Annotator": f"{__version__} ({'bundle' if frozen else 'Python package'})",
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "Qt": f"{qVersion()} (PySide6 {PySide6.__version__})",
        "OS": platform.platform(),
        "Language": i18n.installed_language(),
    }


def version_info() -> str:
    """The details as lines ``Name: value``, in English (see the module docstring)."""
    return "\n".join(f"{name}: {value}" for name, value in version_details().items())


def data_protection_points() -> list[str]:
    """The data-protection summary, one point each (README "Data protection" has the proof)."""
    return [
        translate(
            "AboutDialog",
            "Offline: the program never opens a network connection, sends no telemetry and does not "
            "look for updates.",
        ),
        translate(
            "AboutDialog",
            "Your project is one file on this computer, saved at every change, with rolling backups "
            "beside it. On Linux and macOS the program creates it, its backups and its exports "
            "readable by your account only.",
        ),
        translate(
            "AboutDialog",
            "Encryption is optional: File → Encrypt project protects a project with a passphrase "
            "(SQLCipher, AES-256). Copies, backups and coder packages stay encrypted; exports do not.",
        ),
        translate(
            "AboutDialog",
            "The audit trail records every change to a project: when, by which coder, what was done, "
            "and the values before and after. Its entries are chained by hashes, so an edited or "
            "removed entry is detected (Team → Audit trail).",
        ),
        translate(
            "AboutDialog",
            "Your coder name and recent projects are kept in your settings folder, never in a project:",
        )
        + f"\n{config.config_dir()}",
    ]


class AboutDialog(QDialog):
    """``AboutDialog(parent).open()``; ``copy_button`` puts :func:`version_info` on the clipboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        name = translate("AboutDialog", "Testimony Annotator")
        self.setWindowTitle(translate("AboutDialog", "About {app}").format(app=name))

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2 style='margin:0'>{name}</h2>")
        version = QLabel(translate("AboutDialog", "Version {version}").format(version=__version__))
        version.setObjectName("aboutVersion")
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        purpose = QLabel(
            translate(
                "AboutDialog",
                "Qualitative coding of survivor testimony, offline. Every change is saved as you make it.",
            )
        )
        purpose.setWordWrap(True)
        self.licence = QLabel(
            translate("AboutDialog", "Free software under the {licence} licence.").format(licence=LICENSE)
        )
        self.licence.setObjectName("aboutLicence")
        heading = QVBoxLayout()
        for label in (title, version, purpose, self.licence):
            heading.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        data = QGroupBox(translate("AboutDialog", "Your data"))
        self.protection: list[QLabel] = []
        points = QVBoxLayout(data)
        for point in data_protection_points():
            label = QLabel(f"• {point}")  # one label each: a wrapped rich-text list loses its last lines
            label.setObjectName("aboutDataProtection")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            points.addWidget(label)
            self.protection.append(label)

        details = QGroupBox(translate("AboutDialog", "Version details"))
        form = QFormLayout(details)
        labels = {
            "Testimony Annotator": translate("AboutDialog", "Program"),
            "Python": "Python",  # names, the same in every language
            "Qt": "Qt",
            "OS": translate("AboutDialog", "System"),
            "Language": translate("AboutDialog", "Interface language"),
        }
        for key, value in version_details().items():
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(labels[key], shown)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("AboutDialog", "Close"))
        self.copy_button = QPushButton(translate("AboutDialog", "Copy version info"))
        self.copy_button.setObjectName("copyVersionInfo")
        self.copy_button.setToolTip(
            translate("AboutDialog", "For a bug report: version, Python, Qt and system")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_version_info)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(data)
        layout.addWidget(details)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_text()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        """As tall as the wrapped points need at this width and in this font: a top-level
        dialog sizes itself by its size hint, which cuts the last line of each point."""
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def copy_version_info(self) -> None:
        QGuiApplication.clipboard().setText(version_info())
        self.copy_button.setText(translate("AboutDialog", "Copied"))

"""File → Export PDF…: choose language, paper and document or poster, then the file name.

The PDF is drawn in memory and saved in one step (printing/pdf.py), under a wait cursor: the
demo plan takes well under two seconds, so no worker thread or progress dialog is needed.  A file
that cannot be written ends in a message box with one line, never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..core.errors import PlanError
from .file_dialogs import ask_path
from .language import native_name
from .waiting import busy

if TYPE_CHECKING:
    from ..core.document import PlanDocument

PAPERS = ("A4", "A3", "A1")


class PdfExportDialog(QDialog):
    """Language, paper, and whether the whole plan or the temple poster is printed.

    Mnemonics avoid every shipped language's menu-bar letters (F E V G L H, D B A S I M Y Z T).
    """

    def __init__(self, parent: QWidget | None, language: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(objectName="pdfLanguage")
        codes = i18n.shipped_languages()
        if language not in codes:
            codes.append(language)  # the plan's own language, even if no catalogue ships for it
        for code in codes:
            self.language.addItem(native_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.base_code(language))))
        self.paper = QComboBox(objectName="pdfPaper")
        self.paper.addItems(PAPERS)
        form.addRow(self.tr("PDF la&nguage:"), self.language)
        form.addRow(self.tr("Pape&r size:"), self.paper)
        layout.addLayout(form)
        self.document = QRadioButton(self.tr("&Complete plan: cover, temple and every area"),
                                     objectName="pdfDocument")
        self.poster = QRadioButton(self.tr("Temple wall &poster on one page"),
                                   objectName="pdfPoster")
        self.kind = QButtonGroup(self)
        for button in (self.document, self.poster):
            self.kind.addButton(button)
            layout.addWidget(button)
        self.document.setChecked(True)
        self.poster.toggled.connect(self._poster_paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.language.setFocus()

    def _poster_paper(self, poster: bool) -> None:
        """A poster wants A3 at least; the document A4 (the person may still choose)."""
        wanted = "A3" if poster else "A4"
        if self.paper.currentText() in ("A4", "A3"):
            self.paper.setCurrentText(wanted)

    def choice(self) -> dict[str, Any]:
        return {"lang": self.language.currentData(), "paper": self.paper.currentText(),
                "poster": self.poster.isChecked()}

    def ask_target(self, window: QWidget, plan: Path) -> Path | None:
        """The PDF's name, beside the plan by default; the file dialog asks before replacing."""
        name = self.tr("%1 poster").replace("%1", plan.stem) if self.poster.isChecked() \
            else plan.stem
        path = ask_path(window, self.tr("Export PDF"), str(plan.with_name(name + ".pdf")),
                        self.tr("PDF documents (*.pdf)"), save=True, suffix="pdf")
        if path is None:
            return None
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def written(self, pages: int, path: Path) -> str:
        return self.tr("Wrote %n page(s) to %1.", None, pages).replace("%1", str(path))

    def failed(self) -> str:
        return self.tr("Export PDF failed")


def export_pdf(window: Any) -> None:
    """Ask what and where, write the PDF, and say how it went (status bar, or a message box)."""
    doc: PlanDocument | None = window.doc
    if doc is None:
        return
    dialog = PdfExportDialog(window, doc.language)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        target = dialog.ask_target(window, Path(doc.path))
        if target is None:
            return
        from ..printing.pdf import write_pdf

        try:
            with busy():
                report = write_pdf(doc, target, choice["lang"], choice["paper"], choice["poster"])
        except PlanError as exc:
            QMessageBox.critical(window, dialog.failed(), exc.message())
            return
        window.statusBar().showMessage(dialog.written(report.pages, report.path), 10000)
    finally:
        shiboken6.delete(dialog)  # now, not at exit (see file_dialogs.py)

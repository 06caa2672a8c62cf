"""File → Progress Report…: choose the reporting period, the language and PDF or Excel, then
the file name; the report is written as `lcplanner report` writes it (core/report.py).

Drawn in memory and saved in one step under a wait cursor (the demo plan's takes about a second);
a file that cannot be written ends in a message box with one line, never a traceback.
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
from ..core import periods
from ..core.errors import PlanError
from .file_dialogs import ask_path
from .language import native_name
from .waiting import busy

if TYPE_CHECKING:
    from ..core.document import PlanDocument


def begun_periods(doc: PlanDocument) -> list[str]:
    """The plan's reporting periods that have begun, newest first (today's first of all),
    and each year of them as a whole when the plan reports by quarter."""
    found = doc.begun_periods()
    if doc.plan().reporting != "year":
        found += sorted({p[:4] for p in found})
    # newest first; a year's last quarter before the year itself (today's period leads)
    return sorted(found, key=lambda p: (periods.bounds(p)[1], "Q" in p), reverse=True)


class ReportDialog(QDialog):
    """Period, language and format of the progress report.  Mnemonics avoid the menu bars'
    letters of every shipped language (F E V G L H, D B A S I M Y Z T)."""

    def __init__(self, parent: QWidget | None, doc: PlanDocument) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress Report"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.period = QComboBox(objectName="reportPeriod")
        for code in begun_periods(doc):
            self.period.addItem(periods.label(code), code)
        self.period.setCurrentIndex(max(0, self.period.findData(doc.current_period())))
        self.language = QComboBox(objectName="reportLanguage")
        language = doc.plan().language
        codes = i18n.shipped_languages()
        if language not in codes:
            codes.append(language)
        for code in codes:
            self.language.addItem(native_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.base_code(language))))
        form.addRow(self.tr("&Reporting period:"), self.period)
        form.addRow(self.tr("Report la&nguage:"), self.language)
        layout.addLayout(form)
        self.pdf = QRadioButton(self.tr("&PDF for the council"), objectName="reportPdf")
        self.excel = QRadioButton(self.tr("E&xcel workbook"), objectName="reportExcel")
        self.kind = QButtonGroup(self)
        for button in (self.pdf, self.excel):
            self.kind.addButton(button)
            layout.addWidget(button)
        self.pdf.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.period.setFocus()

    def choice(self) -> dict[str, Any]:
        return {"period": self.period.currentData(), "lang": self.language.currentData(),
                "suffix": ".pdf" if self.pdf.isChecked() else ".xlsx"}

    def ask_target(self, window: QWidget, plan: Path) -> Path | None:
        suffix = self.choice()["suffix"]
        name = self.tr("%1 progress %2").replace("%1", plan.stem).replace(
            "%2", self.period.currentData())
        kinds = self.tr("PDF documents (*.pdf)") if suffix == ".pdf" else \
            self.tr("Excel workbooks (*.xlsx)")
        path = ask_path(window, self.tr("Progress Report"), str(plan.with_name(name + suffix)),
                        kinds, save=True, suffix=suffix[1:])
        if path is None:
            return None
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def written(self, period: str, path: Path) -> str:
        return self.tr("Wrote the progress report for %1 to %2.").replace(
            "%1", periods.label(period)).replace("%2", str(path))

    def failed(self) -> str:
        return self.tr("The progress report could not be written")


def export_report(window: Any) -> None:
    """Ask what and where, write the report, and say how it went."""
    doc: PlanDocument | None = window.doc
    if doc is None:
        return
    dialog = ReportDialog(window, doc)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        target = dialog.ask_target(window, Path(doc.path))
        if target is None:
            return
        try:
            with busy():
                if choice["suffix"] == ".pdf":
                    from ..printing.progress_pdf import write_report_pdf

                    write_report_pdf(doc, target, choice["period"], choice["lang"])
                else:
                    from ..core.report import build
                    from ..export.progress_workbook import write_report

                    write_report(target, build(doc, choice["period"]), choice["lang"], doc)
        except PlanError as exc:
            QMessageBox.critical(window, dialog.failed(), exc.message())
            return
        window.statusBar().showMessage(dialog.written(choice["period"], target.absolute()),
                                       10000)
    finally:
        shiboken6.delete(dialog)  # now, not at exit (see file_dialogs.py)

"""The way forward when a plan file is refused as damaged or altered: rescue its data.

The store's message says what is wrong; for a file whose rows may still be read (changed by
another program, a value of the wrong kind, damage), the box offers "Rescue Data…": the good rows
go into a new plan file next to the old one, which stays as it was, and the new plan opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.errors import PlanError
from .file_dialogs import ask_path
from .waiting import busy


class RescueSummary(QObject):
    """What came over, in plural forms (lupdate marks plurals only in ``self.tr``)."""

    def lines(self, kept: int, dropped: int, cleared: int) -> list[str]:
        lines = [self.tr("%n row(s) were carried into the new plan.", None, kept)]
        if dropped:
            lines.append(self.tr("%n row(s) could not be read or broke the plan's rules and were "
                                 "left behind.", None, dropped))
        if cleared:
            lines.append(self.tr("%n value(s) of the wrong kind were cleared.", None, cleared))
        return lines


def refused(parent: QWidget, path: Path, error: PlanError, plan_filter: str) -> Path | None:
    """Show why ``path`` was refused; return a rescued plan's path when the person asked for one."""
    title = QCoreApplication.translate("RescueDialog", "Cannot open the plan")
    box = QMessageBox(QMessageBox.Icon.Critical, title, error.message(),
                      QMessageBox.StandardButton.NoButton, parent)
    rescue_button = None
    if getattr(error, "rescuable", False):
        box.setInformativeText(QCoreApplication.translate(
            "RescueDialog", "Rescue Data copies what can still be read into a new plan file; "
            "this file is not changed."))
        rescue_button = box.addButton(QCoreApplication.translate("RescueDialog", "&Rescue Data…"),
                                      QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    try:
        box.exec()
        asked = rescue_button is not None and box.clickedButton() is rescue_button
    finally:
        box.deleteLater()
    return rescue(parent, path, plan_filter) if asked else None


def rescue(parent: QWidget, path: Path, plan_filter: str) -> Path | None:
    """Ask where the new plan goes, rescue into it, and say what came over."""
    from ..core.rescue import rescue as rescue_rows

    name = QCoreApplication.translate("RescueDialog", "%1 (rescued).lcplan").replace("%1", path.stem)
    target = ask_path(parent, QCoreApplication.translate("RescueDialog", "Save the rescued plan as"),
                      str(path.with_name(name)), plan_filter, save=True, suffix="lcplan")
    if target is None:
        return None
    try:
        with busy():
            report = rescue_rows(path, target, overwrite=target.exists())
    except PlanError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate(
            "RescueDialog", "Cannot rescue the plan"), exc.message())
        return None
    lines = RescueSummary().lines(report.rows_kept, report.rows_dropped, report.cleared)
    QMessageBox.information(parent, QCoreApplication.translate("RescueDialog", "Plan rescued"),
                            "\n".join(lines))
    return report.path

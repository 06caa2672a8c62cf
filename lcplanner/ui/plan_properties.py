"""The plan's properties on the overview page: city, title, vision, period, currency, language, and
the approval record a council's copy carries on its cover (status, date, version, who prepared it).

Each field commits when the person leaves it (or chooses in a list): one undo step through the
Commander.  A refused value (a period that ends before it starts, an approval date on a draft) is
shown in red right under its field and the form goes back to the stored values.  Kept apart from
:mod:`overview` so that the temple's module stays small; its texts keep the context
"OverviewPage", so translators find them (and their translations) where they always were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ..core.vocab import ApprovalStatus
from .action_editor import PlainTextField
from .choices import CURRENCIES, PLAN_LANGUAGES
from .date_field import DateField

if TYPE_CHECKING:
    from ..core.document import PlanDocument
    from .commander import Commander

# The form's texts, in the context "OverviewPage" (see the module's note); _t translates at display.
TEXTS = {
    "box": QT_TRANSLATE_NOOP("OverviewPage", "Plan properties"),
    "first_year": QT_TRANSLATE_NOOP("OverviewPage", "First year"),
    "last_year": QT_TRANSLATE_NOOP("OverviewPage", "Last year"),
    "city": QT_TRANSLATE_NOOP("OverviewPage", "&City:"),
    "country": QT_TRANSLATE_NOOP("OverviewPage", "C&ountry:"),
    "title": QT_TRANSLATE_NOOP("OverviewPage", "&Title:"),
    "vision": QT_TRANSLATE_NOOP("OverviewPage", "V&ision:"),
    "period": QT_TRANSLATE_NOOP("OverviewPage", "&Period:"),
    "currency": QT_TRANSLATE_NOOP("OverviewPage", "C&urrency:"),
    "language": QT_TRANSLATE_NOOP("OverviewPage", "Plan la&nguage:"),
    "approval_status": QT_TRANSLATE_NOOP("OverviewPage", "Approval status:"),
    "approved_on": QT_TRANSLATE_NOOP("OverviewPage", "Approval date:"),
    "approved_on_name": QT_TRANSLATE_NOOP("OverviewPage", "Approval date"),
    "approved_on_tip": QT_TRANSLATE_NOOP(
        "OverviewPage", "The day the council approved the plan (a draft has none)"),
    "version": QT_TRANSLATE_NOOP("OverviewPage", "Version:"),
    "version_hint": QT_TRANSLATE_NOOP("OverviewPage", "e.g. 1.0"),
    "prepared_by": QT_TRANSLATE_NOOP("OverviewPage", "Prepared by:"),
    "prepared_by_hint": QT_TRANSLATE_NOOP("OverviewPage",
                                          "e.g. the municipality's planning office"),
}


def _t(key: str) -> str:
    """One of TEXTS in the UI's language."""
    return QCoreApplication.translate("OverviewPage", TEXTS[key])


class PlanProperties(QGroupBox):
    """The form of the plan's own fields; ``refresh`` fills it from the document.  (The title's
    field is ``plan_title``: ``title`` is the group box's own.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_t("box"))
        self.commander: Commander | None = None
        self._error_field = ""
        self.form = QFormLayout(self)
        self.error = QLabel(objectName="error", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.form.addRow(self.error)
        self._build_plan_fields()
        self._build_approval_fields()

    # --- construction ----------------------------------------------------------------------------

    def _build_plan_fields(self) -> None:
        self.city = QLineEdit(objectName="city")
        self.country = QLineEdit(objectName="country")
        self.plan_title = QLineEdit(objectName="planTitle")
        self.vision = PlainTextField(objectName="vision")
        self.vision.setMaximumHeight(80)
        self.start = QSpinBox(objectName="periodStart", minimum=1900, maximum=2200)
        self.end = QSpinBox(objectName="periodEnd", minimum=1900, maximum=2200)
        self.currency = QComboBox(objectName="currency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.language = QComboBox(objectName="planLanguage")
        for code, name in PLAN_LANGUAGES:
            self.language.addItem(name, code)
        for key, widget in (("city", self.city), ("country", self.country),
                            ("title", self.plan_title)):
            widget.editingFinished.connect(lambda k=key, w=widget: self._commit(**{k: w.text()}))
        self.vision.editingFinished.connect(lambda: self._commit(vision=self.vision.toPlainText()))
        self.start.editingFinished.connect(lambda: self._commit(period_start=self.start.value()))
        self.end.editingFinished.connect(lambda: self._commit(period_end=self.end.value()))
        self.currency.lineEdit().editingFinished.connect(
            lambda: self._commit(currency=self.currency.currentText()))
        self.currency.activated.connect(
            lambda _i: self._commit(currency=self.currency.currentText()))
        self.language.activated.connect(
            lambda _i: self._commit(language=self.language.currentData()))
        self.period = QHBoxLayout()
        self.period.addWidget(self.start)
        self.period.addWidget(QLabel("–"))
        self.period.addWidget(self.end)
        self.period.addStretch(1)
        self.start.setAccessibleName(_t("first_year"))
        self.end.setAccessibleName(_t("last_year"))
        self._add_rows(("city", self.city), ("country", self.country),
                       ("title", self.plan_title), ("vision", self.vision), ("period", self.period),
                       ("currency", self.currency), ("language", self.language))

    def _build_approval_fields(self) -> None:
        """The approval record.  Its labels have no mnemonic yet: every letter they hold is taken
        on this page in one of the shipped languages (tests/i18n/test_mnemonics.py)."""
        self.approval_status = QComboBox(objectName="approvalStatus")
        for status in ApprovalStatus:
            self.approval_status.addItem(status.label, status.value)
        self.approval_status.activated.connect(
            lambda _i: self._commit(approval_status=self.approval_status.currentData()))
        self.approved_on = DateField(_t("approved_on_name"), objectName="approvedOn")
        self.approved_on.setToolTip(_t("approved_on_tip"))
        self.approved_on.dateCommitted.connect(lambda day: self._commit(approved_on=day))
        self.version = QLineEdit(objectName="planVersion")
        self.version.setPlaceholderText(_t("version_hint"))
        self.prepared_by = QLineEdit(objectName="preparedBy")
        self.prepared_by.setPlaceholderText(_t("prepared_by_hint"))
        self.version.editingFinished.connect(lambda: self._commit(version=self.version.text()))
        self.prepared_by.editingFinished.connect(
            lambda: self._commit(prepared_by=self.prepared_by.text()))
        self._add_rows(("approval_status", self.approval_status), ("approved_on", self.approved_on),
                       ("version", self.version), ("prepared_by", self.prepared_by))

    def _add_rows(self, *rows: tuple[str, QWidget | QLayout]) -> None:
        """Rows by text key; a label's mnemonic moves the focus to its field."""
        for key, field in rows:
            label = _t(key)
            self.form.addRow(label, field)
            buddy = self.form.labelForField(field)
            if isinstance(field, QWidget):
                field.setAccessibleName(label.replace("&", "").rstrip(":"))
            if isinstance(buddy, QLabel):  # without a buddy the "&" would show, not underline
                buddy.setBuddy(field if isinstance(field, QWidget) else self.start)

    # --- feeding ---------------------------------------------------------------------------------

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.failed.disconnect(self._remember_field)
        self.commander = commander
        if commander is not None:
            commander.failed.connect(self._remember_field)

    def refresh(self, doc: PlanDocument) -> None:
        """Show the stored values; a read-only plan can be looked at, not changed."""
        plan = doc.plan()
        widgets = (self.city, self.country, self.plan_title, self.vision, self.start, self.end,
                   self.currency, self.language, self.approval_status, self.version,
                   self.prepared_by)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.city.setText(plan.city)
        self.country.setText(plan.country)
        self.plan_title.setText(plan.title)
        if self.vision.toPlainText() != plan.vision:
            self.vision.setPlainText(plan.vision)
        self.start.setValue(plan.period_start)
        self.end.setValue(plan.period_end)
        self.currency.setCurrentText(plan.currency)
        index = self.language.findData(plan.language)
        if index < 0:
            self.language.addItem(plan.language, plan.language)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)
        self.approval_status.setCurrentIndex(
            max(0, self.approval_status.findData(plan.approval_status)))
        self.approved_on.set_date(plan.approved_on)
        self.version.setText(plan.version)
        self.prepared_by.setText(plan.prepared_by)
        del blockers
        for widget in widgets:
            if isinstance(widget, (QLineEdit, PlainTextField)):
                widget.setReadOnly(doc.read_only)
            else:
                widget.setEnabled(not doc.read_only)
        self.approved_on.set_read_only(doc.read_only)

    # --- committing ------------------------------------------------------------------------------

    def _remember_field(self, _message: str, field: str) -> None:
        self._error_field = field

    def _commit(self, **fields: Any) -> bool:
        if self.commander is None:
            return False
        self.error.hide()
        self._error_field = ""
        if self.commander.update_plan(**fields):
            return True
        self.error.setText(self.commander.last_error)
        self._place_error(self._error_field or next(iter(fields), ""))
        self.refresh(self.commander.doc)
        return False

    def _row_of(self, field: str) -> int:
        """The form's row of a command's field (-1 when no row edits it)."""
        widgets: dict[str, QWidget | QLayout] = {
            "city": self.city, "country": self.country, "title": self.plan_title,
            "vision": self.vision, "period_start": self.period, "period_end": self.period,
            "currency": self.currency, "language": self.language,
            "approval_status": self.approval_status, "approved_on": self.approved_on,
            "version": self.version, "prepared_by": self.prepared_by}
        target = widgets.get(field)
        if target is None:
            return -1
        if isinstance(target, QLayout):
            return self.form.getLayoutPosition(target)[0]
        return self.form.getWidgetPosition(target)[0]

    def _place_error(self, field: str) -> None:
        """Move the message's row right under the refused field's row (the top when none)."""
        row, _role = self.form.getWidgetPosition(self.error)
        if row >= 0:
            self.form.takeRow(row)  # the label stays ours: it only leaves the layout
        target = self._row_of(field)
        self.form.insertRow(target + 1 if target >= 0 else 0, self.error)
        self.error.show()

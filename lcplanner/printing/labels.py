"""Every text the PDF prints, marked for translation (context "Pdf"), and values written the
way the PDF's language writes them.

Sources are English; :class:`Pdf` renders them in the language chosen for the PDF, whatever the
UI speaks (as the Excel export does with :class:`lcplanner.i18n.Texts`).  Plurals are methods of
:class:`Pdf` because PySide6's lupdate marks a message as plural only in ``self.tr(..., n)``.

Until translators reach the new "Pdf" context, a text they already translated elsewhere with the
same meaning (the workbook's "City", the overview's "%n action(s)") is borrowed from there
(:data:`BORROWED`), so a Turkish PDF does not come out half English in the meantime.  A
translation in "Pdf" always wins.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QDateTime,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTimeZone,
)

from ..core.text import date_format
from ..core.vocab import CURRENCY_SYMBOLS
from ..i18n import Texts
from .html import iso

CONTEXT = "Pdf"

#: The page number in each page's header: %1 this page, %2 the number of pages.
PAGE = QT_TRANSLATE_NOOP("Pdf", "Page %1 of %2")
SUBTITLE = QT_TRANSLATE_NOOP("Pdf", "Learning city action plan")
AT_A_GLANCE = QT_TRANSLATE_NOOP("Pdf", "The plan at a glance")
#: A label and its value ("City: İzmir"); French writes "%1 : %2".
LABELLED = QT_TRANSLATE_NOOP("Pdf", "%1: %2")
#: A value and its unit ("78.5 %", "3 houses").
WITH_UNIT = QT_TRANSLATE_NOOP("Pdf", "%1 %2")
#: A value and the year it was measured or is aimed at ("78.5 % (2025)").
IN_YEAR = QT_TRANSLATE_NOOP("Pdf", "%1 (%2)")
#: An organisation and its role in an action ("Library (Funder)").
WITH_ROLE = QT_TRANSLATE_NOOP("Pdf", "%1 (%2)")
#: A code and its name or statement ("BB1 Inclusive learning…", "BB1-O1 Widen access…").
CODED = QT_TRANSLATE_NOOP("Pdf", "%1 %2")
#: Between the items of a list ("Municipal, National"); Arabic writes "، ".
SEPARATOR = QT_TRANSLATE_NOOP("Pdf", ", ")
#: A city and its country ("İzmir, Türkiye").
PLACE = QT_TRANSLATE_NOOP("Pdf", "%1, %2")
#: From a date to a date.
DATE_RANGE = QT_TRANSLATE_NOOP("Pdf", "%1 – %2")

CITY = QT_TRANSLATE_NOOP("Pdf", "City")
COUNTRY = QT_TRANSLATE_NOOP("Pdf", "Country")
VISION = QT_TRANSLATE_NOOP("Pdf", "Vision")
PERIOD = QT_TRANSLATE_NOOP("Pdf", "Plan period")
CURRENCY = QT_TRANSLATE_NOOP("Pdf", "Currency")
PLAN_LANGUAGE = QT_TRANSLATE_NOOP("Pdf", "Plan language")
EXPORTED = QT_TRANSLATE_NOOP("Pdf", "Date of export")
CREATED = QT_TRANSLATE_NOOP("Pdf", "Created")
UPDATED = QT_TRANSLATE_NOOP("Pdf", "Last changed")
IDENTIFIER = QT_TRANSLATE_NOOP("Pdf", "Plan identifier")
APPROVAL = QT_TRANSLATE_NOOP("Pdf", "Approval status")
APPROVED_ON = QT_TRANSLATE_NOOP("Pdf", "Date of approval")
VERSION = QT_TRANSLATE_NOOP("Pdf", "Version")
PREPARED_BY = QT_TRANSLATE_NOOP("Pdf", "Prepared by")
MUNICIPAL_ROLE = QT_TRANSLATE_NOOP("Pdf", "The municipality's role")
N_ORGANISATIONS = QT_TRANSLATE_NOOP("Pdf", "Number of organisations")
N_OBJECTIVES = QT_TRANSLATE_NOOP("Pdf", "Number of objectives")
N_ACTIONS = QT_TRANSLATE_NOOP("Pdf", "Number of actions")
TOTAL_BUDGET = QT_TRANSLATE_NOOP("Pdf", "Total budget")

AREA = QT_TRANSLATE_NOOP("Pdf", "Area")
OBJECTIVES = QT_TRANSLATE_NOOP("Pdf", "Objectives")
ACTIONS = QT_TRANSLATE_NOOP("Pdf", "Actions")
BUDGET = QT_TRANSLATE_NOOP("Pdf", "Budget")
BUDGET_TOTAL = QT_TRANSLATE_NOOP("Pdf", "Budget total")
MISSING = QT_TRANSLATE_NOOP("Pdf", "Actions with something missing")
TOTAL = QT_TRANSLATE_NOOP("Pdf", "Total")
BENEFITS = QT_TRANSLATE_NOOP("Pdf", "Benefits")
OUTCOME_INDICATORS = QT_TRANSLATE_NOOP("Pdf", "Outcome indicators")
INDICATORS = QT_TRANSLATE_NOOP("Pdf", "Indicators")
NO_OBJECTIVE = QT_TRANSLATE_NOOP("Pdf", "(no objective)")
NO_ACTIONS = QT_TRANSLATE_NOOP("Pdf", "No actions yet.")
NOT_SET = QT_TRANSLATE_NOOP("Pdf", "not set")
AREA_BUDGET = QT_TRANSLATE_NOOP("Pdf", "Budget of the area")
ORGANISATIONS = QT_TRANSLATE_NOOP("Pdf", "Organisations")
PERSONAL_DATA = QT_TRANSLATE_NOOP(
    "Pdf", "Contact persons, e-mail addresses and phone numbers are kept in the plan file and not "
    "printed.")

# an action's fields
DESCRIPTION = QT_TRANSLATE_NOOP("Pdf", "Description")
TARGET_GROUPS = QT_TRANSLATE_NOOP("Pdf", "Target groups")
#: The organisation that leads (is responsible for) the action, not a verb.
LEAD = QT_TRANSLATE_NOOP("Pdf", "Lead")
PARTNERS = QT_TRANSLATE_NOOP("Pdf", "Partners (role)")
START = QT_TRANSLATE_NOOP("Pdf", "Start")
END = QT_TRANSLATE_NOOP("Pdf", "End")
STATUS = QT_TRANSLATE_NOOP("Pdf", "Status")
PERCENT = QT_TRANSLATE_NOOP("Pdf", "% complete")
PRIORITY = QT_TRANSLATE_NOOP("Pdf", "Priority")
KEY_FEATURES = QT_TRANSLATE_NOOP("Pdf", "Key features")
GUIDELINE_AREAS = QT_TRANSLATE_NOOP("Pdf", "Guideline areas")
NOTES = QT_TRANSLATE_NOOP("Pdf", "Notes")
RISKS = QT_TRANSLATE_NOOP("Pdf", "Risks")
FUNDING_SOURCES = QT_TRANSLATE_NOOP("Pdf", "Funding sources")

# table headers
INDICATOR = QT_TRANSLATE_NOOP("Pdf", "Indicator")
BASELINE = QT_TRANSLATE_NOOP("Pdf", "Baseline")
TARGET = QT_TRANSLATE_NOOP("Pdf", "Target value")
ACTUAL = QT_TRANSLATE_NOOP("Pdf", "Actual")
DATA_SOURCE = QT_TRANSLATE_NOOP("Pdf", "Data source")
YEAR = QT_TRANSLATE_NOOP("Pdf", "Year")
FUNDING_SOURCE = QT_TRANSLATE_NOOP("Pdf", "Funding source")
CONFIRMED_OR_EXPECTED = QT_TRANSLATE_NOOP("Pdf", "Confirmed or expected")
AMOUNT = QT_TRANSLATE_NOOP("Pdf", "Amount")
CONFIRMED = QT_TRANSLATE_NOOP("Pdf", "confirmed")
EXPECTED = QT_TRANSLATE_NOOP("Pdf", "expected")
TOTAL_CONFIRMED = QT_TRANSLATE_NOOP("Pdf", "Total confirmed")
TOTAL_EXPECTED = QT_TRANSLATE_NOOP("Pdf", "Total expected")
YES = QT_TRANSLATE_NOOP("Pdf", "yes")
NO = QT_TRANSLATE_NOOP("Pdf", "no")
ORGANISATION = QT_TRANSLATE_NOOP("Pdf", "Organisation")
SECTOR = QT_TRANSLATE_NOOP("Pdf", "Sector")
LEADS = QT_TRANSLATE_NOOP("Pdf", "Leads")
PARTNER_IN = QT_TRANSLATE_NOOP("Pdf", "Partner in")
STOCKTAKE = QT_TRANSLATE_NOOP("Pdf", "Stock-take: %1")

# Pdf source -> (context, source) of the same words translators have already translated.
# Only used while the "Pdf" message has no translation; tests check each entry still exists.
BORROWED: dict[str, tuple[str, str]] = {
    PAGE: ("Export", "Page &P of &N"),  # &P and &N become %1 and %2
    CITY: ("Export", "City"), COUNTRY: ("Export", "Country"), VISION: ("Export", "Vision"),
    PERIOD: ("Export", "Plan period"),
    N_ACTIONS: ("Export", "Number of actions"), TOTAL_BUDGET: ("Export", "Total budget"),
    AREA: ("Export", "Area"),
    OBJECTIVES: ("Export", "Objectives"), ACTIONS: ("Export", "Actions"),
    BUDGET: ("Export", "Budget"), BUDGET_TOTAL: ("Export", "Budget total"),
    MISSING: ("Export", "Actions with something missing"), TOTAL: ("Export", "Total"),
    INDICATORS: ("Export", "Indicators"), NO_OBJECTIVE: ("Export", "(no objective)"),
    NO_ACTIONS: ("Export", "No actions yet."), ORGANISATIONS: ("Export", "Organisations"),
    DESCRIPTION: ("Export", "Description"), TARGET_GROUPS: ("Export", "Target groups"),
    LEAD: ("Export", "Lead"), PARTNERS: ("Export", "Partners (role)"),
    START: ("Export", "Start"), END: ("Export", "End"), STATUS: ("Export", "Status"),
    PERCENT: ("Export", "% complete"), PRIORITY: ("Export", "Priority"),
    KEY_FEATURES: ("Export", "Key features"), NOTES: ("Export", "Notes"),
    FUNDING_SOURCES: ("Export", "Funding sources"), INDICATOR: ("Export", "Indicator"),
    BASELINE: ("Export", "Baseline"),
    TARGET: ("Export", "Target value"), ACTUAL: ("Export", "Actual"),
    DATA_SOURCE: ("Export", "Data source"), YEAR: ("Export", "Year"),
    FUNDING_SOURCE: ("Export", "Funding source"),
    CONFIRMED_OR_EXPECTED: ("Export", "Confirmed or expected"), AMOUNT: ("Export", "Amount"),
    CONFIRMED: ("Export", "confirmed"), EXPECTED: ("Export", "expected"),
    TOTAL_CONFIRMED: ("Export", "Total confirmed"), TOTAL_EXPECTED: ("Export", "Total expected"),
    YES: ("Export", "yes"), NO: ("Export", "no"), ORGANISATION: ("Export", "Organisation"),
    SECTOR: ("Export", "Sector"), LEADS: ("Export", "Leads"),
    PARTNER_IN: ("Export", "Partner in"), STOCKTAKE: ("AreaButton", "Stock-take: %1"),
    GUIDELINE_AREAS: ("ActionEditor", "Guideline areas"),
    "%n objective(s)": ("AreaButton", "%n objective(s)"),
    "%n action(s)": ("AreaButton", "%n action(s)"),
    "⚠ %n gap(s)": ("AreaButton", "⚠ %n gap(s)"),
}


class Pdf(QObject):
    """The PDF's texts in one language (context "Pdf": lupdate names it after this class)."""

    def __init__(self, lang: str | None) -> None:
        super().__init__()
        self.texts = Texts(lang)
        self.lang = self.texts.lang
        self.locale = QLocale("en_GB") if self.lang == "en" else QLocale(self.lang)
        self.rtl = self.locale.textDirection() == Qt.LayoutDirection.RightToLeft

    def tr(self, source: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        """``source`` in the PDF's language: its "Pdf" translation, else a borrowed one."""
        text = self.texts(CONTEXT, source, n)
        plain = source.replace("%n", str(n)) if n >= 0 else source
        if text == plain and source in BORROWED:
            context, other = BORROWED[source]
            text = self.texts(context, other, n).replace("&P", "%1").replace("&N", "%2")
        return text

    def __call__(self, source: str, *args: object) -> str:
        """``source`` translated, ``%1``… filled in (never built from pieces)."""
        text = self.tr(source)
        for i, value in reversed(list(enumerate(args, start=1))):
            text = text.replace(f"%{i}", str(value))
        return text

    def join(self, items: list[str]) -> str:
        """Items of a list with the language's separator."""
        return self.tr(SEPARATOR).join(items)

    def place(self, city: str, country: str) -> str:
        """"İzmir, Türkiye" the language's way; each name set apart (see html.iso)."""
        city, country = (iso(x) if x.strip() else "" for x in (city, country))
        return self(PLACE, city, country) if city and country else city or country

    def framework(self, source: str) -> str:
        return self.texts("Framework", source)

    def vocabulary(self, source: str) -> str:
        return self.texts("Vocabulary", source)

    # --- plurals (methods: see the module's docstring) --------------------------------------------

    def objectives(self, n: int) -> str:
        return self._digits(self.tr("%n objective(s)", None, n), n)

    def actions(self, n: int) -> str:
        return self._digits(self.tr("%n action(s)", None, n), n)

    def gaps(self, n: int) -> str:
        return self._digits(self.tr("⚠ %n gap(s)", None, n), n)

    def _digits(self, text: str, n: int) -> str:
        """The count in the language's digits (Arabic-Indic in Arabic): translation puts in
        plain digits, and these short labels hold no other number."""
        return text.replace(str(n), self.number(n), 1)

    # --- values the language's way ------------------------------------------------------------

    def page(self, number: int, total: int) -> str:
        return self(PAGE, self.number(number), self.number(total))

    def language_name(self, code: str) -> str:
        """A language named in itself ("Türkçe"), as the window's language menu names it."""
        if code == "en":
            return "English"  # not "American English": the window's choice too
        name = QLocale(code).nativeLanguageName() if code else ""
        return name[:1].upper() + name[1:] if name else code

    def number(self, value: int | str) -> str:
        return self.locale.toString(int(value))

    def year(self, value: int | None) -> str:
        """A year without a thousands separator (2026, not 2.026)."""
        return "" if value is None else self.locale.toString(int(value)).replace(
            self.locale.groupSeparator(), "")

    def money(self, value: Decimal | None, currency: str, places: int = 2) -> str:
        if value is None:
            return ""
        symbol = CURRENCY_SYMBOLS.get(currency, currency)
        return self.locale.toCurrencyString(float(value), symbol, places)

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        return self.locale.toString(QDate(value.year, value.month, value.day),
                                    date_format(self.locale))

    def moment(self, value: dt.datetime) -> str:
        """A stored UTC time in the reader's local time, the language's short way."""
        stamp = QDateTime(QDate(value.year, value.month, value.day),
                          QTime(value.hour, value.minute, value.second), QTimeZone.utc())
        return self.locale.toString(stamp.toLocalTime(), QLocale.FormatType.ShortFormat)

    def percent(self, value: int) -> str:
        """30 %, or %30 in Turkish (as the window writes it)."""
        sign = self.locale.percent()
        number = self.locale.toString(int(value))
        return f"{sign}{number}" if self.locale.language() == QLocale.Language.Turkish \
            else f"{number}{sign}"

    def decimal(self, text: str) -> str:
        """A stored number ('78.5', '1200') with its own decimals, the language's way."""
        try:
            value = Decimal(str(text))
        except ArithmeticError:
            return str(text)
        if not value.is_finite():
            return str(text)
        places = max(0, -value.as_tuple().exponent)  # type: ignore[operator]
        return self.locale.toString(float(value), "f", places)

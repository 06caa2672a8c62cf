"""Every text the workbook writes, marked for translation (context "Export"), and number formats.

Labels are English source text; :class:`lcplanner.i18n.Texts` renders them in the export language.
Date and money formats follow that language too (31.12.2026 and 1.234,50 ₺ in a Turkish Excel).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from ..core.vocab import CURRENCY_SYMBOLS

CONTEXT = "Export"

SHEET_COVER = QT_TRANSLATE_NOOP("Export", "Cover")
SHEET_SUMMARY = QT_TRANSLATE_NOOP("Export", "Summary")
SHEET_CONDITIONS = QT_TRANSLATE_NOOP("Export", "Fundamental conditions")
SHEET_TIMELINE = QT_TRANSLATE_NOOP("Export", "Timeline")
SHEET_INDICATORS = QT_TRANSLATE_NOOP("Export", "Indicators")
SHEET_BUDGET = QT_TRANSLATE_NOOP("Export", "Budget")
SHEET_ORGANISATIONS = QT_TRANSLATE_NOOP("Export", "Organisations")
SHEET_STOCKTAKE = QT_TRANSLATE_NOOP("Export", "Stock-take")
SHEET_OBJECTIVES = QT_TRANSLATE_NOOP("Export", "Objectives")
SHEET_DETAILS = QT_TRANSLATE_NOOP("Export", "Action details")
SHEET_LEGEND = QT_TRANSLATE_NOOP("Export", "Legend")
SHEET_BUDGET_AREAS = QT_TRANSLATE_NOOP("Export", "Budget by area")
SHEET_IDEAS = QT_TRANSLATE_NOOP("Export", "Ideas")
SHEET_PARTNERS = QT_TRANSLATE_NOOP("Export", "Partners")

COVER_ROWS = (
    ("city", QT_TRANSLATE_NOOP("Export", "City")),
    ("country", QT_TRANSLATE_NOOP("Export", "Country")),
    ("vision", QT_TRANSLATE_NOOP("Export", "Vision")),
    ("period", QT_TRANSLATE_NOOP("Export", "Plan period")),
    ("approval", QT_TRANSLATE_NOOP("Export", "Approval status")),
    ("approved_on", QT_TRANSLATE_NOOP("Export", "Date of approval")),
    ("version", QT_TRANSLATE_NOOP("Export", "Version")),
    ("prepared_by", QT_TRANSLATE_NOOP("Export", "Prepared by")),
    ("actions", QT_TRANSLATE_NOOP("Export", "Number of actions")),
    ("budget", QT_TRANSLATE_NOOP("Export", "Total budget")),
    ("framework", QT_TRANSLATE_NOOP("Export", "Framework")),
    ("prompts", QT_TRANSLATE_NOOP("Export", "Key features")),
    ("identifier", QT_TRANSLATE_NOOP("Export", "Plan identifier")),
    ("exported", QT_TRANSLATE_NOOP("Export", "Exported at")),
)
#: The summary's second line: %1 the city, %2 the period, %3 the approval status.
SUMMARY_LINE = QT_TRANSLATE_NOOP("Export", "%1 · %2 · %3")
#: The approval status with its date, e.g. "Approved by the council, 12.03.2027".
APPROVED_ON = QT_TRANSLATE_NOOP("Export", "%1, %2")
VERSION_LINE = QT_TRANSLATE_NOOP("Export", "Version %1, prepared by %2")
BENEFITS_LINE = QT_TRANSLATE_NOOP("Export", "Benefits: %1")

# The workplan sheets: the printed columns first (they fit A4 landscape at >= 8 pt: see
# PRINTED_COLUMNS), then what a planner edits or reads on screen (description, notes, the row's
# identity for the round trip).  The long texts print on the Action details sheet.
WORKPLAN_COLUMNS = (
    ("code", QT_TRANSLATE_NOOP("Export", "Code"), 9),
    ("objective", QT_TRANSLATE_NOOP("Export", "Objective"), 20),
    ("title", QT_TRANSLATE_NOOP("Export", "Action"), 30),
    #: The organisation that leads (is responsible for) the action, not a verb.
    ("lead", QT_TRANSLATE_NOOP("Export", "Lead"), 20),
    ("partners", QT_TRANSLATE_NOOP("Export", "Partners (role)"), 25),
    ("start", QT_TRANSLATE_NOOP("Export", "Start"), 11),
    ("end", QT_TRANSLATE_NOOP("Export", "End"), 11),
    ("budget", QT_TRANSLATE_NOOP("Export", "Budget total"), 17),
    ("indicators", QT_TRANSLATE_NOOP("Export", "Indicators (baseline → target)"), 27),
    ("status", QT_TRANSLATE_NOOP("Export", "Status"), 13),
    ("percent", QT_TRANSLATE_NOOP("Export", "% complete"), 10),
    ("description", QT_TRANSLATE_NOOP("Export", "Description"), 50),
    ("target_groups", QT_TRANSLATE_NOOP("Export", "Target groups"), 24),
    ("sources", QT_TRANSLATE_NOOP("Export", "Funding sources"), 22),
    ("priority", QT_TRANSLATE_NOOP("Export", "Priority"), 9),
    ("key_features", QT_TRANSLATE_NOOP("Export", "Key features"), 16),
    ("guideline_areas", QT_TRANSLATE_NOOP("Export", "Guideline areas"), 24),
    ("municipal_role", QT_TRANSLATE_NOOP("Export", "The municipality's role"), 18),
    ("notes", QT_TRANSLATE_NOOP("Export", "Notes"), 30),
    ("risks", QT_TRANSLATE_NOOP("Export", "Risks"), 30),
    ("uuid", QT_TRANSLATE_NOOP("Export", "ID (do not edit)"), 38),
)
PRINTED_COLUMNS = 11  # code .. % complete
ID_COLUMN = QT_TRANSLATE_NOOP("Export", "ID (do not edit)")

SUMMARY_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Code"),
    QT_TRANSLATE_NOOP("Export", "Area"),
    QT_TRANSLATE_NOOP("Export", "Objectives"),
    QT_TRANSLATE_NOOP("Export", "Actions"),
)
BUDGET_YEAR = QT_TRANSLATE_NOOP("Export", "Budget %1")
SUMMARY_TAIL = (
    QT_TRANSLATE_NOOP("Export", "Budget total"),
    # the status columns come from the vocabulary
    QT_TRANSLATE_NOOP("Export", "Actions with something missing"),
)
TOTAL = QT_TRANSLATE_NOOP("Export", "Total")

INDICATOR_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Code"), QT_TRANSLATE_NOOP("Export", "Objective or action"),
    QT_TRANSLATE_NOOP("Export", "Indicator"), QT_TRANSLATE_NOOP("Export", "Kind"),
    QT_TRANSLATE_NOOP("Export", "Unit"), QT_TRANSLATE_NOOP("Export", "Baseline"),
    QT_TRANSLATE_NOOP("Export", "Baseline year"),
    QT_TRANSLATE_NOOP("Export", "Target value"), QT_TRANSLATE_NOOP("Export", "Target year"),
    QT_TRANSLATE_NOOP("Export", "Actual"), QT_TRANSLATE_NOOP("Export", "Data source"),
    QT_TRANSLATE_NOOP("Export", "Measures"), QT_TRANSLATE_NOOP("Export", "ID (do not edit)"),
)
#: Indicators sheet, "Measures" column: an objective's indicator measures an outcome.
OUTCOME = QT_TRANSLATE_NOOP("Export", "outcome (objective)")
#: Indicators sheet, "Measures" column: an action's indicator measures its output.
OUTPUT = QT_TRANSLATE_NOOP("Export", "output (action)")
#: One indicator in a cell: %1 its name, %2 the baseline, %3 the target.
INDICATOR_LINE = QT_TRANSLATE_NOOP("Export", "%1: %2 → %3")
#: One indicator in a cell with the target's year: %4 the year.
INDICATOR_LINE_YEAR = QT_TRANSLATE_NOOP("Export", "%1: %2 → %3 (%4)")
#: A value with its unit, e.g. "350.000 TL" or "18 %".
VALUE_UNIT = QT_TRANSLATE_NOOP("Export", "%1 %2")
NOT_SET = QT_TRANSLATE_NOOP("Export", "not set")
BUDGET_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Code"), QT_TRANSLATE_NOOP("Export", "Action"),
    QT_TRANSLATE_NOOP("Export", "Area"),
    QT_TRANSLATE_NOOP("Export", "Year"), QT_TRANSLATE_NOOP("Export", "Funding source"),
    QT_TRANSLATE_NOOP("Export", "Confirmed or expected"), QT_TRANSLATE_NOOP("Export", "Amount"),
    QT_TRANSLATE_NOOP("Export", "Spent"), QT_TRANSLATE_NOOP("Export", "ID (do not edit)"),
)
OUTSIDE_PERIOD = QT_TRANSLATE_NOOP("Export", "Year %1 is outside the plan period (%2–%3).")
BUDGET_AREA_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Code"), QT_TRANSLATE_NOOP("Export", "Area"),
    QT_TRANSLATE_NOOP("Export", "Funding source"),
    # the year columns, then the total
)
ALL_SOURCES = QT_TRANSLATE_NOOP("Export", "All sources")
MUNICIPAL_SHARE = QT_TRANSLATE_NOOP("Export", "Municipality's share")
OBJECTIVE_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Area"), QT_TRANSLATE_NOOP("Export", "Code"),
    QT_TRANSLATE_NOOP("Export", "Objective"), QT_TRANSLATE_NOOP("Export", "Benefits"),
    QT_TRANSLATE_NOOP("Export", "Outcome indicators (baseline → target)"),
    QT_TRANSLATE_NOOP("Export", "Actions"), QT_TRANSLATE_NOOP("Export", "Risks of its actions"),
    QT_TRANSLATE_NOOP("Export", "ID (do not edit)"),
)
NO_ACTIONS_FOR_OBJECTIVE = QT_TRANSLATE_NOOP("Export", "No actions yet.")
DETAIL_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Code"), QT_TRANSLATE_NOOP("Export", "Action"),
    QT_TRANSLATE_NOOP("Export", "Description"), QT_TRANSLATE_NOOP("Export", "Target groups"),
    QT_TRANSLATE_NOOP("Export", "Key features and Guideline areas"),
    QT_TRANSLATE_NOOP("Export", "Notes"), QT_TRANSLATE_NOOP("Export", "Risks"),
)
MUNICIPAL_ROLES = QT_TRANSLATE_NOOP("Export", "The municipality's role")
APPROVAL_STATUSES = QT_TRANSLATE_NOOP("Export", "Approval statuses")
LEGEND_COLUMNS = (QT_TRANSLATE_NOOP("Export", "Code"), QT_TRANSLATE_NOOP("Export", "Meaning"))
LEGEND_SECTIONS = {
    "areas": QT_TRANSLATE_NOOP("Export", "Building blocks and fundamental conditions"),
    "benefits": QT_TRANSLATE_NOOP("Export", "Benefits"),
    "features": QT_TRANSLATE_NOOP("Export", "Key features"),
    "guidelines": QT_TRANSLATE_NOOP("Export", "Guideline areas"),
    "statuses": QT_TRANSLATE_NOOP("Export", "Statuses"),
    "roles": QT_TRANSLATE_NOOP("Export", "Partner roles"),
    "sources": QT_TRANSLATE_NOOP("Export", "Funding sources"),
    "sectors": QT_TRANSLATE_NOOP("Export", "Sectors"),
}
YES = QT_TRANSLATE_NOOP("Export", "yes")
NO = QT_TRANSLATE_NOOP("Export", "no")
CONFIRMED = QT_TRANSLATE_NOOP("Export", "confirmed")
EXPECTED = QT_TRANSLATE_NOOP("Export", "expected")
TOTAL_CONFIRMED = QT_TRANSLATE_NOOP("Export", "Total confirmed")
TOTAL_EXPECTED = QT_TRANSLATE_NOOP("Export", "Total expected")
TOTAL_YEAR = QT_TRANSLATE_NOOP("Export", "Total %1")
ORGANISATION_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Organisation"), QT_TRANSLATE_NOOP("Export", "Sector"),
    QT_TRANSLATE_NOOP("Export", "Leads"), QT_TRANSLATE_NOOP("Export", "Partner in"),
    QT_TRANSLATE_NOOP("Export", "Notes"),
)
# Only with --contacts / the dialog's checkbox: personal data stays out of a council's workbook.
CONTACT_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Contact person"), QT_TRANSLATE_NOOP("Export", "E-mail"),
    QT_TRANSLATE_NOOP("Export", "Phone"),
)
TIMELINE_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Code"), QT_TRANSLATE_NOOP("Export", "Action"),
    QT_TRANSLATE_NOOP("Export", "Start"), QT_TRANSLATE_NOOP("Export", "End"),
)
QUARTER = QT_TRANSLATE_NOOP("Export", "Q%1 %2")
LEGEND = QT_TRANSLATE_NOOP("Export", "Legend")
NO_ACTIONS = QT_TRANSLATE_NOOP("Export", "No actions yet.")
NO_OBJECTIVE = QT_TRANSLATE_NOOP("Export", "(no objective)")
PAGE_FOOTER = QT_TRANSLATE_NOOP("Export", "Page &P of &N")

# Fill colours of the building blocks and conditions (Timeline bars, legend).
AREA_COLOURS = {
    "BB1": "4E79A7", "BB2": "F28E2B", "BB3": "59A14F", "BB4": "B07AA1", "BB5": "EDC948",
    "BB6": "E15759", "FC1": "9C755F", "FC2": "76B7B2", "FC3": "BAB0AC",
}


def date_format(lang: str) -> str:
    """An Excel date format in the language's own order, with a four-digit year."""
    locale = QLocale("en_GB") if lang == "en" else QLocale(lang)  # UNESCO's English: 31/12/2026
    qt = "".join(c for c in locale.dateFormat(QLocale.FormatType.ShortFormat) if c.isascii())
    out, i = [], 0
    while i < len(qt):
        ch = qt[i]
        run = 1
        while i + run < len(qt) and qt[i + run] == ch:
            run += 1
        if ch == "y":
            out.append("yyyy")
        elif ch == "M":
            out.append("mm")
        elif ch == "d":
            out.append("dd")
        elif ch.isalpha():
            pass  # weekday names and the like do not belong in a short date
        else:
            out.append(qt[i:i + run] if qt[i:i + run].strip() else qt[i:i + run])
        i += run
    text = "".join(out).strip(" ,")
    return text if {"yyyy", "mm", "dd"} <= set(_parts(text)) else "yyyy-mm-dd"


def number_text(value: str, lang: str) -> str:
    """A stored number ("350000", "12.5") written the language's way ("350.000", "12,5")."""
    from decimal import Decimal, InvalidOperation

    try:
        number = Decimal(value)
    except (InvalidOperation, ValueError):
        return value
    places = max(0, -number.as_tuple().exponent) if number.is_finite() else 0  # type: ignore[operator]
    locale = QLocale("en_GB") if lang == "en" else QLocale(lang)
    return locale.toString(float(number), "f", min(places, 6))


def _parts(text: str) -> list[str]:
    return [p for p in ("yyyy", "mm", "dd") if p in text]


def money_format(currency: str) -> str:
    """'#,##0.00 "₺"' and the like; Excel shows the separators of the reader's locale."""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    if currency in ("USD", "GBP"):
        return f'"{symbol}"#,##0.00'
    return f'#,##0.00 "{symbol}"'


STOCKTAKE_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Area"),
    QT_TRANSLATE_NOOP("Export", "Prompt"),
    QT_TRANSLATE_NOOP("Export", "Key feature"),
    QT_TRANSLATE_NOOP("Export", "Rating"),
    QT_TRANSLATE_NOOP("Export", "Evidence"),
    QT_TRANSLATE_NOOP("Export", "Existing initiative"),
    QT_TRANSLATE_NOOP("Export", "Owner"),
    QT_TRANSLATE_NOOP("Export", "Reach"),
    QT_TRANSLATE_NOOP("Export", "Note"),
)
WHOLE_AREA = QT_TRANSLATE_NOOP("Export", "(the area as a whole)")

IDEA_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Area"),
    QT_TRANSLATE_NOOP("Export", "Idea"),
    QT_TRANSLATE_NOOP("Export", "Author"),
    QT_TRANSLATE_NOOP("Export", "Group"),
    QT_TRANSLATE_NOOP("Export", "Dots"),
    QT_TRANSLATE_NOOP("Export", "Votes by group"),
    QT_TRANSLATE_NOOP("Export", "Impact"),
    QT_TRANSLATE_NOOP("Export", "Effort"),
    QT_TRANSLATE_NOOP("Export", "Quadrant"),
    QT_TRANSLATE_NOOP("Export", "Became"),
    QT_TRANSLATE_NOOP("Export", "ID (do not edit)"),
)
#: What a card became: %1 is a code ("BB1-3").
BECAME_ACTION = QT_TRANSLATE_NOOP("Export", "action %1")
BECAME_OBJECTIVE = QT_TRANSLATE_NOOP("Export", "objective %1")

SHEET_RESPONSIBILITIES = QT_TRANSLATE_NOOP("Export", "Responsibilities")
RESPONSIBILITY_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Code"), QT_TRANSLATE_NOOP("Export", "Action"),
    QT_TRANSLATE_NOOP("Export", "The municipality's role"),
    # then one column per organisation (a matrix), or in a long plan:
)
RESPONSIBILITY_LIST_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Organisation"), QT_TRANSLATE_NOOP("Export", "Code"),
    QT_TRANSLATE_NOOP("Export", "Action"), QT_TRANSLATE_NOOP("Export", "Its role"),
    QT_TRANSLATE_NOOP("Export", "The municipality's role"),
)
#: In the responsibilities matrix: the organisation leads the action.
LEADS = QT_TRANSLATE_NOOP("Export", "Lead")
MATRIX_ACTIONS = 500  # a matrix up to this many actions and MATRIX_ORGANISATIONS columns;
MATRIX_ORGANISATIONS = 60  # beyond, one row per organisation and action (a list prints whole)

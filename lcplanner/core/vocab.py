"""Closed vocabularies of a plan: statuses, sectors, partner roles, funding sources, indicator
kinds, the plan's approval status and the municipality's own role in an action.

Each is a ``str`` enum whose value is the stable code stored in the plan file and the Excel export;
:meth:`Vocabulary.label` gives the translated name for display.  Source labels are marked with
``QT_TRANSLATE_NOOP`` under the context "Vocabulary".
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Vocabulary"


class Vocabulary(str, enum.Enum):
    """Base: a code stored as text, with an English source label translated when shown."""

    @classmethod
    def _labels(cls) -> dict[str, str]:  # pragma: no cover - overridden
        raise NotImplementedError

    @property
    def source_label(self) -> str:
        """The untranslated English label (what lupdate extracted)."""
        return type(self)._labels()[self.value]

    @property
    def label(self) -> str:
        """The label in the installed UI language."""
        return QCoreApplication.translate(CONTEXT, self.source_label)

    @classmethod
    def codes(cls) -> tuple[str, ...]:
        return tuple(m.value for m in cls)

    @classmethod
    def member(cls, code: object) -> Vocabulary | None:
        """The member of a stored code, or None for a code a file brought from elsewhere
        (shown as empty; ``lcplanner check`` reports it)."""
        try:
            return cls(code)
        except ValueError:
            return None

    @classmethod
    def label_of(cls, code: object) -> str:
        """The translated label of a stored code; empty for an unknown one."""
        found = cls.member(code)
        return found.label if found is not None else ""

    @classmethod
    def order(cls, code: object) -> int:
        """Sort key of a stored code: vocabulary order, unknown codes last."""
        codes = cls.codes()
        return codes.index(code) if code in codes else len(codes)  # type: ignore[arg-type]


class Status(Vocabulary):
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    DELAYED = "delayed"
    DONE = "done"
    CANCELLED = "cancelled"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return _STATUS_LABELS


class Sector(Vocabulary):
    LOCAL_GOVERNMENT = "local_government"
    NATIONAL_GOVERNMENT = "national_government"
    EDUCATION = "education"
    CIVIL_SOCIETY = "civil_society"
    PRIVATE = "private"
    MEDIA = "media"
    INTERNATIONAL = "international"
    COMMUNITY = "community"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return _SECTOR_LABELS


class Role(Vocabulary):
    """What a partner organisation does in an action (the lead is stored apart)."""

    PARTNER = "partner"
    FUNDER = "funder"
    IMPLEMENTER = "implementer"
    ADVISOR = "advisor"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return _ROLE_LABELS


class FundingSource(Vocabulary):
    MUNICIPAL = "municipal"
    NATIONAL = "national"
    INTERNATIONAL = "international"
    PRIVATE = "private"
    IN_KIND = "in_kind"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return _FUNDING_LABELS


class IndicatorKind(Vocabulary):
    RATE = "rate"
    COUNT = "count"
    BUDGET = "budget"
    YES_NO = "yes_no"
    QUALITATIVE = "qualitative"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return _KIND_LABELS

    @property
    def numeric(self) -> bool:
        """Whether baseline, target and actual values are numbers."""
        return self in (IndicatorKind.RATE, IndicatorKind.COUNT, IndicatorKind.BUDGET)

    @classmethod
    def is_numeric(cls, code: object) -> bool:
        found = cls.member(code)
        return found is not None and found.numeric  # type: ignore[attr-defined]


class ApprovalStatus(Vocabulary):
    """Where the plan stands on its way to the council (the cover of a workplan says it)."""

    DRAFT = "draft"
    IN_CONSULTATION = "in_consultation"
    APPROVED = "approved"
    REVISED = "revised"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return _APPROVAL_LABELS


class MunicipalRole(Vocabulary):
    """The municipality's own part in an action, as Cork's plan carries it.  "" (not set) is
    stored for an action nobody has judged yet; it is not a member, as with Sector."""

    ACCOUNTABLE = "accountable"
    COORDINATING = "coordinating"
    INFLUENCING = "influencing"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return _MUNICIPAL_ROLE_LABELS


class Reporting(Vocabulary):
    """How often the plan's actions report progress: the reporting periods of monitoring."""

    YEAR = "year"
    QUARTER = "quarter"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return _REPORTING_LABELS


# Symbols shown for the usual currencies (any ISO 4217 code can be used; others show the code).
CURRENCY_SYMBOLS = {"TRY": "₺", "EUR": "€", "USD": "$", "GBP": "£"}

_REPORTING_LABELS = {
    "year": QT_TRANSLATE_NOOP("Vocabulary", "Every year"),
    "quarter": QT_TRANSLATE_NOOP("Vocabulary", "Every quarter"),
}
_STATUS_LABELS = {
    "not_started": QT_TRANSLATE_NOOP("Vocabulary", "Not started"),
    "on_track": QT_TRANSLATE_NOOP("Vocabulary", "On track"),
    "delayed": QT_TRANSLATE_NOOP("Vocabulary", "Delayed"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
}
_SECTOR_LABELS = {
    "local_government": QT_TRANSLATE_NOOP("Vocabulary", "Local government"),
    "national_government": QT_TRANSLATE_NOOP("Vocabulary", "National government"),
    "education": QT_TRANSLATE_NOOP("Vocabulary", "Education"),
    "civil_society": QT_TRANSLATE_NOOP("Vocabulary", "Civil society"),
    "private": QT_TRANSLATE_NOOP("Vocabulary", "Private sector"),
    "media": QT_TRANSLATE_NOOP("Vocabulary", "Media"),
    "international": QT_TRANSLATE_NOOP("Vocabulary", "International"),
    "community": QT_TRANSLATE_NOOP("Vocabulary", "Community"),
}
_ROLE_LABELS = {
    "partner": QT_TRANSLATE_NOOP("Vocabulary", "Partner"),
    "funder": QT_TRANSLATE_NOOP("Vocabulary", "Funder"),
    "implementer": QT_TRANSLATE_NOOP("Vocabulary", "Implementer"),
    "advisor": QT_TRANSLATE_NOOP("Vocabulary", "Advisor"),
}
_FUNDING_LABELS = {
    "municipal": QT_TRANSLATE_NOOP("Vocabulary", "Municipal"),
    "national": QT_TRANSLATE_NOOP("Vocabulary", "National"),
    "international": QT_TRANSLATE_NOOP("Vocabulary", "EU / international"),
    "private": QT_TRANSLATE_NOOP("Vocabulary", "Private"),
    "in_kind": QT_TRANSLATE_NOOP("Vocabulary", "In kind"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
_KIND_LABELS = {
    "rate": QT_TRANSLATE_NOOP("Vocabulary", "Rate"),
    "count": QT_TRANSLATE_NOOP("Vocabulary", "Count"),
    "budget": QT_TRANSLATE_NOOP("Vocabulary", "Budget"),
    "yes_no": QT_TRANSLATE_NOOP("Vocabulary", "Yes / no"),
    "qualitative": QT_TRANSLATE_NOOP("Vocabulary", "Qualitative"),
}
_APPROVAL_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Vocabulary", "Draft"),
    "in_consultation": QT_TRANSLATE_NOOP("Vocabulary", "In consultation"),
    "approved": QT_TRANSLATE_NOOP("Vocabulary", "Approved by the council"),
    "revised": QT_TRANSLATE_NOOP("Vocabulary", "Revised"),
}
_MUNICIPAL_ROLE_LABELS = {
    "accountable": QT_TRANSLATE_NOOP("Vocabulary", "Full accountability"),
    "coordinating": QT_TRANSLATE_NOOP("Vocabulary", "Co-ordinating"),
    "influencing": QT_TRANSLATE_NOOP("Vocabulary", "Influencing"),
}


# --- the workshop ---------------------------------------------------------------------------------

#: The stock-take's four steps, stored as 0-3 in a rating (one place: pages, overview, export).
RATING_LEVELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Vocabulary", "Not in place"),
    QT_TRANSLATE_NOOP("Vocabulary", "Emerging"),
    QT_TRANSLATE_NOOP("Vocabulary", "Established"),
    QT_TRANSLATE_NOOP("Vocabulary", "Advanced"),
)

#: The quadrants of the impact-effort board (IdeaRow.quadrant).
QUADRANTS: dict[str, str] = {
    "quick_win": QT_TRANSLATE_NOOP("Vocabulary", "Quick win"),
    "major_project": QT_TRANSLATE_NOOP("Vocabulary", "Major project"),
    "fill_in": QT_TRANSLATE_NOOP("Vocabulary", "Fill-in"),
    "thankless": QT_TRANSLATE_NOOP("Vocabulary", "Thankless task"),
}


def rating_label(level: int | None) -> str:
    """The translated name of a rating level; empty when not rated (or a level out of range)."""
    if level is None or not 0 <= level < len(RATING_LEVELS):
        return ""
    return QCoreApplication.translate(CONTEXT, RATING_LEVELS[level])


def quadrant_label(code: str | None) -> str:
    source = QUADRANTS.get(code or "")
    return QCoreApplication.translate(CONTEXT, source) if source else ""

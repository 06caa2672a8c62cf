"""Plain frozen values handed to views, exporters and the CLI (never live ORM objects).

A row is a snapshot: it stays valid after its session closed and may cross threads.  Item models
keep rows; the document's ``changed`` signal tells them when to ask for fresh ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class PlanRow:
    id: int
    uuid: str
    city: str
    country: str
    title: str
    vision: str
    period_start: int
    period_end: int
    currency: str
    language: str
    created_at: dt.datetime
    updated_at: dt.datetime
    # The approval record (schema 4): an ApprovalStatus code, its date (never on a draft), the
    # version's name ("0.9") and who prepared it (a planning office).
    approval_status: str = "draft"
    approved_on: dt.date | None = None
    version: str = ""
    prepared_by: str = ""
    reporting: str = "year"  # schema 6: a Reporting code, the length of a reporting period
    row_version: int = 0  # schema 7: the row's version when read (core/concurrency.py)

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(range(self.period_start, self.period_end + 1))


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    id: int
    uuid: str
    name: str
    sector: str
    contact_person: str
    email: str
    phone: str
    notes: str
    leads: int = 0  # number of actions it leads
    partners_in: int = 0  # number of actions it partners in
    row_version: int = 0  # schema 7: the row's version when read (core/concurrency.py)


@dataclass(frozen=True, slots=True)
class ObjectiveRow:
    id: int
    uuid: str
    area: str
    code: str
    statement: str
    benefits: tuple[str, ...]
    position: int
    actions: int = 0
    row_version: int = 0  # schema 7: the row's version when read (core/concurrency.py)


@dataclass(frozen=True, slots=True)
class PartnerRow:
    organisation_id: int
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class BudgetLineRow:
    id: int
    uuid: str
    action_id: int
    year: int
    amount: Decimal
    source: str
    confirmed: bool
    spent: Decimal | None = None  # schema 6: what was spent of it, None until reported
    row_version: int = 0  # schema 7: the row's version when read (core/concurrency.py)


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    id: int
    uuid: str
    action_id: int | None
    objective_id: int | None
    name: str
    kind: str
    unit: str
    baseline: str | None
    baseline_year: int | None
    target: str | None
    target_year: int | None
    actual: str | None
    source: str
    position: int
    row_version: int = 0  # schema 7: the row's version when read (core/concurrency.py)


@dataclass(frozen=True, slots=True)
class ProgressRow:
    """What an action reported for one period (schema 6)."""

    id: int
    uuid: str
    action_id: int
    period: str  # "2027" or "2027-Q1" (periods.py)
    status: str
    percent: int
    note: str
    reported_on: dt.date | None
    reported_by: str
    row_version: int = 0  # schema 7: the row's version when read (core/concurrency.py)


@dataclass(frozen=True, slots=True)
class MeasurementRow:
    """A value of an indicator on a date (schema 6); the value is stored as the indicator's are."""

    id: int
    uuid: str
    indicator_id: int
    measured_on: dt.date
    value: str
    source: str
    note: str
    row_version: int = 0  # schema 7: the row's version when read (core/concurrency.py)


@dataclass(frozen=True, slots=True)
class MilestoneRow:
    id: int
    uuid: str
    action_id: int
    name: str
    due_on: dt.date
    done: bool
    position: int
    row_version: int = 0  # schema 7: the row's version when read (core/concurrency.py)


@dataclass(frozen=True, slots=True)
class ActionRow:
    """An action with what a table or workplan line shows: names resolved, budget summed."""

    id: int
    uuid: str
    area: str
    objective_id: int | None
    objective_code: str
    code: str
    title: str
    description: str
    target_groups: str
    lead_id: int | None
    lead_name: str
    partners: tuple[PartnerRow, ...]
    start_date: dt.date | None
    end_date: dt.date | None
    status: str
    priority: int
    percent: int
    key_features: tuple[str, ...]
    guideline_areas: tuple[str, ...]
    notes: str
    risks: str
    municipal_role: str  # a MunicipalRole code, "" when not set
    position: int
    budget_total: Decimal
    indicator_count: int
    row_version: int = 0  # schema 7: the row's version when read (core/concurrency.py)

    @property
    def missing(self) -> tuple[str, ...]:
        """What a workshop still has to fill in: 'lead', 'indicator', 'budget', 'dates'.

        A cancelled action needs nothing more.
        """
        if self.status == "cancelled":
            return ()
        gaps = []
        if self.lead_id is None:
            gaps.append("lead")
        if not self.indicator_count:
            gaps.append("indicator")
        if not self.budget_total:
            gaps.append("budget")
        if self.start_date is None or self.end_date is None:
            gaps.append("dates")
        return tuple(gaps)


@dataclass(frozen=True, slots=True)
class AreaSummary:
    """One building block or condition in numbers (the overview page, `info`, the Excel summary)."""

    area: str
    objectives: int
    actions: int
    budget_by_year: dict[int, Decimal] = field(default_factory=dict)
    budget_total: Decimal = Decimal("0.00")
    status_counts: dict[str, int] = field(default_factory=dict)
    missing_lead: int = 0
    missing_indicator: int = 0
    missing_budget: int = 0
    missing_dates: int = 0

    @property
    def incomplete(self) -> bool:
        return bool(self.missing_lead or self.missing_indicator or self.missing_budget
                    or self.missing_dates)


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding of :meth:`PlanDocument.check`: an error makes a plan unclean, a warning does not."""

    severity: str  # "error" or "warning"
    text: str  # English source text with %1.. placeholders (translated by the caller)
    args: tuple[str, ...] = ()


# --- the workshop ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WorkshopRow:
    id: int
    uuid: str
    name: str
    held_on: dt.date | None
    position: int


@dataclass(frozen=True, slots=True)
class StakeholderRow:
    """A stakeholder with what the register says of its organisation (one set of organisations)."""

    id: int
    uuid: str
    organisation_id: int
    name: str  # the organisation's
    sector: str  # the organisation's
    person: str
    influence: int
    interest: int
    notes: str
    position: int
    present: tuple[int, ...] = ()  # workshop ids


@dataclass(frozen=True, slots=True)
class PromptRow:
    """A stock-take prompt; ``texts`` per language ({} for a built-in key feature, translated
    from ``source`` at display)."""

    code: str
    area: str
    texts: dict[str, str]
    source: str = ""  # the built-in English text (framework.KEY_FEATURES), "" for a loaded one
    id: int | None = None  # None: a built-in prompt, not stored in the plan
    position: int = 0


@dataclass(frozen=True, slots=True)
class RatingRow:
    id: int
    uuid: str
    area: str
    prompt_code: str  # "" for the area as a whole
    level: int | None  # 0 not in place .. 3 advanced
    evidence: str


@dataclass(frozen=True, slots=True)
class InitiativeRow:
    id: int
    uuid: str
    area: str
    prompt_code: str
    title: str
    owner_id: int | None
    owner_name: str
    reach: str
    note: str
    position: int


@dataclass(frozen=True, slots=True)
class IdeaLinkRow:
    """What an idea became: ``kind`` 'action' or 'objective', with its id and code."""

    id: int
    kind: str
    target_id: int
    code: str


@dataclass(frozen=True, slots=True)
class IdeaRow:
    id: int
    uuid: str
    area: str
    text: str
    author: str
    group_name: str
    impact: int | None
    effort: int | None
    position: int
    votes: dict[int, int] = field(default_factory=dict)  # group id -> dots
    links: tuple[IdeaLinkRow, ...] = ()

    @property
    def dots(self) -> int:
        return sum(self.votes.values())

    @property
    def quadrant(self) -> str | None:
        """'quick_win', 'major_project', 'fill_in' or 'thankless' on the impact-effort board."""
        if self.impact is None or self.effort is None:
            return None
        high_impact, high_effort = self.impact >= 50, self.effort >= 50
        if high_impact:
            return "major_project" if high_effort else "quick_win"
        return "thankless" if high_effort else "fill_in"


@dataclass(frozen=True, slots=True)
class GroupRow:
    id: int
    uuid: str
    name: str
    budget: int
    spent: int
    position: int

    @property
    def left(self) -> int:
        return self.budget - self.spent

"""The UNESCO learning-city framework as one table of constants.

3 benefits, 6 building blocks, 3 fundamental conditions (the "temple"), the key-feature prompts under
each area and the six areas of the Guidelines for Building Learning Cities.  Codes (B1, BB2, FC3,
BB2.3, ...) are the stable keys stored in plan files and the Excel export; labels are English source
text marked with ``QT_TRANSLATE_NOOP`` so lupdate carries them into the ``.ts`` files, and are
translated only when shown (:func:`tr_label`).

The key-feature prompts are a short paraphrase in LC Planner's own words of UIL's *Key Features of
Learning Cities* (Beijing 2013), not UIL's text: see :data:`KEY_FEATURES_NOTE`.  A city that words
them differently edits this one table.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Framework"


class AreaKind(str, enum.Enum):
    """What part of the temple an area is."""

    BENEFIT = "benefit"
    BUILDING_BLOCK = "building_block"
    CONDITION = "condition"


@dataclass(frozen=True)
class Area:
    """One of the 12 areas of the framework (benefit, building block or condition)."""

    code: str
    kind: AreaKind
    name: str  # English source text, translate with tr_label()
    short: str  # a short label for navigators and sheet names

    @property
    def plannable(self) -> bool:
        """Objectives and actions sit under building blocks and conditions, never under benefits."""
        return self.kind is not AreaKind.BENEFIT


@dataclass(frozen=True)
class KeyFeature:
    """A prompt under an area: what a learning city does there (paraphrase, see KEY_FEATURES_NOTE)."""

    code: str
    area: str
    text: str


@dataclass(frozen=True)
class GuidelineArea:
    """One of the six areas of action of UIL's Guidelines for Building Learning Cities."""

    code: str
    name: str


AREAS: tuple[Area, ...] = (
    Area("B1", AreaKind.BENEFIT,
         QT_TRANSLATE_NOOP("Framework", "Individual empowerment and social cohesion"),
         QT_TRANSLATE_NOOP("Framework", "Empowerment and cohesion")),
    Area("B2", AreaKind.BENEFIT,
         QT_TRANSLATE_NOOP("Framework", "Economic development and cultural prosperity"),
         QT_TRANSLATE_NOOP("Framework", "Economy and culture")),
    Area("B3", AreaKind.BENEFIT,
         QT_TRANSLATE_NOOP("Framework", "Sustainable development"),
         QT_TRANSLATE_NOOP("Framework", "Sustainability")),
    Area("BB1", AreaKind.BUILDING_BLOCK,
         QT_TRANSLATE_NOOP("Framework", "Inclusive learning in the education system"),
         QT_TRANSLATE_NOOP("Framework", "Education system")),
    Area("BB2", AreaKind.BUILDING_BLOCK,
         QT_TRANSLATE_NOOP("Framework", "Re-vitalised learning in families and communities"),
         QT_TRANSLATE_NOOP("Framework", "Families and communities")),
    Area("BB3", AreaKind.BUILDING_BLOCK,
         QT_TRANSLATE_NOOP("Framework", "Effective learning for and in the workplace"),
         QT_TRANSLATE_NOOP("Framework", "Workplace")),
    Area("BB4", AreaKind.BUILDING_BLOCK,
         QT_TRANSLATE_NOOP("Framework", "Extended use of modern learning technologies"),
         QT_TRANSLATE_NOOP("Framework", "Learning technologies")),
    Area("BB5", AreaKind.BUILDING_BLOCK,
         QT_TRANSLATE_NOOP("Framework", "Enhanced quality in learning"),
         QT_TRANSLATE_NOOP("Framework", "Quality")),
    Area("BB6", AreaKind.BUILDING_BLOCK,
         QT_TRANSLATE_NOOP("Framework", "A vibrant culture of learning throughout life"),
         QT_TRANSLATE_NOOP("Framework", "Culture of learning")),
    Area("FC1", AreaKind.CONDITION,
         QT_TRANSLATE_NOOP("Framework", "Strong political will and commitment"),
         QT_TRANSLATE_NOOP("Framework", "Political will")),
    Area("FC2", AreaKind.CONDITION,
         QT_TRANSLATE_NOOP("Framework", "Governance and participation of all stakeholders"),
         QT_TRANSLATE_NOOP("Framework", "Governance")),
    Area("FC3", AreaKind.CONDITION,
         QT_TRANSLATE_NOOP("Framework", "Mobilisation and utilisation of resources"),
         QT_TRANSLATE_NOOP("Framework", "Resources")),
)

KEY_FEATURES_NOTE = QT_TRANSLATE_NOOP(
    "Framework",
    "The key-feature prompts are LC Planner's short paraphrase of the UNESCO Institute for Lifelong "
    "Learning's Key Features of Learning Cities (Beijing, 2013), not the official text.")

FRAMEWORK_SOURCE = QT_TRANSLATE_NOOP(
    "Framework",
    "Framework: UNESCO Institute for Lifelong Learning, Key Features of Learning Cities (2013) and "
    "Guidelines for Building Learning Cities (2015).")

KEY_FEATURES: tuple[KeyFeature, ...] = (
    KeyFeature("BB1.1", "BB1", QT_TRANSLATE_NOOP("Framework", "Early childhood care and education")),
    KeyFeature("BB1.2", "BB1", QT_TRANSLATE_NOOP("Framework", "Access and participation from primary to higher education")),
    KeyFeature("BB1.3", "BB1", QT_TRANSLATE_NOOP("Framework", "Adult education and vocational training")),
    KeyFeature("BB1.4", "BB1", QT_TRANSLATE_NOOP("Framework", "Support for marginalised groups and migrant families")),
    KeyFeature("BB2.1", "BB2", QT_TRANSLATE_NOOP("Framework", "Community learning spaces: centres, libraries, museums")),
    KeyFeature("BB2.2", "BB2", QT_TRANSLATE_NOOP("Framework", "Residents take part in community learning")),
    KeyFeature("BB2.3", "BB2", QT_TRANSLATE_NOOP("Framework", "Reaching groups at risk: families in need, migrants, people with disabilities, minorities, older learners")),
    KeyFeature("BB2.4", "BB2", QT_TRANSLATE_NOOP("Framework", "Valuing local history, culture and indigenous knowledge")),
    KeyFeature("BB3.1", "BB3", QT_TRANSLATE_NOOP("Framework", "Public and private bodies become learning organisations")),
    KeyFeature("BB3.2", "BB3", QT_TRANSLATE_NOOP("Framework", "Learning for every employee, migrant workers included")),
    KeyFeature("BB3.3", "BB3", QT_TRANSLATE_NOOP("Framework", "Employers and unions back workplace learning")),
    KeyFeature("BB3.4", "BB3", QT_TRANSLATE_NOOP("Framework", "Learning for unemployed young people and adults")),
    KeyFeature("BB4.1", "BB4", QT_TRANSLATE_NOOP("Framework", "Administrators, teachers and educators trained to use learning technologies")),
    KeyFeature("BB4.2", "BB4", QT_TRANSLATE_NOOP("Framework", "Every resident can reach computers and the internet")),
    KeyFeature("BB4.3", "BB4", QT_TRANSLATE_NOOP("Framework", "Good e-learning resources")),
    KeyFeature("BB5.1", "BB5", QT_TRANSLATE_NOOP("Framework", "From teaching to learning: creativity and learning to learn")),
    KeyFeature("BB5.2", "BB5", QT_TRANSLATE_NOOP("Framework", "Shared values and tolerance")),
    KeyFeature("BB5.3", "BB5", QT_TRANSLATE_NOOP("Framework", "Well-trained educators")),
    KeyFeature("BB5.4", "BB5", QT_TRANSLATE_NOOP("Framework", "Learner-friendly places, special needs included")),
    KeyFeature("BB6.1", "BB6", QT_TRANSLATE_NOOP("Framework", "Public events that celebrate learning, such as learning festivals")),
    KeyFeature("BB6.2", "BB6", QT_TRANSLATE_NOOP("Framework", "Information, guidance and support for learners")),
    KeyFeature("BB6.3", "BB6", QT_TRANSLATE_NOOP("Framework", "Media, libraries and cultural institutions promote learning")),
    KeyFeature("BB6.4", "BB6", QT_TRANSLATE_NOOP("Framework", "All forms of learning are recognised and rewarded")),
    KeyFeature("FC1.1", "FC1", QT_TRANSLATE_NOOP("Framework", "City leaders commit to building a learning city")),
    KeyFeature("FC1.2", "FC1", QT_TRANSLATE_NOOP("Framework", "A lifelong-learning strategy and plan made with all partners")),
    KeyFeature("FC1.3", "FC1", QT_TRANSLATE_NOOP("Framework", "Progress is monitored and reported")),
    KeyFeature("FC2.1", "FC2", QT_TRANSLATE_NOOP("Framework", "A coordination body across sectors")),
    KeyFeature("FC2.2", "FC2", QT_TRANSLATE_NOOP("Framework", "Every stakeholder contributes: public, private, civil society, education")),
    KeyFeature("FC2.3", "FC2", QT_TRANSLATE_NOOP("Framework", "Partnerships, international ones included")),
    KeyFeature("FC3.1", "FC3", QT_TRANSLATE_NOOP("Framework", "More investment in lifelong learning from every source")),
    KeyFeature("FC3.2", "FC3", QT_TRANSLATE_NOOP("Framework", "Stakeholders' resources used well; new ways of funding")),
    KeyFeature("FC3.3", "FC3", QT_TRANSLATE_NOOP("Framework", "Learning opportunities for disadvantaged groups are funded")),
    KeyFeature("FC3.4", "FC3", QT_TRANSLATE_NOOP("Framework", "Volunteers contribute their time and skills")),
    KeyFeature("FC3.5", "FC3", QT_TRANSLATE_NOOP("Framework", "Cities exchange ideas and experience")),
)

GUIDELINE_AREAS: tuple[GuidelineArea, ...] = (
    GuidelineArea("plan", QT_TRANSLATE_NOOP("Framework", "Develop a plan")),
    GuidelineArea("coordinate", QT_TRANSLATE_NOOP("Framework", "Coordinate all stakeholders")),
    GuidelineArea("celebrate", QT_TRANSLATE_NOOP("Framework", "Celebrate learning")),
    GuidelineArea("access", QT_TRANSLATE_NOOP("Framework", "Learning accessible to all")),
    GuidelineArea("monitor", QT_TRANSLATE_NOOP("Framework", "Monitor and evaluate")),
    GuidelineArea("fund", QT_TRANSLATE_NOOP("Framework", "Sustainable funding")),
)

AREA_BY_CODE: dict[str, Area] = {a.code: a for a in AREAS}
BENEFITS: tuple[Area, ...] = tuple(a for a in AREAS if a.kind is AreaKind.BENEFIT)
BUILDING_BLOCKS: tuple[Area, ...] = tuple(a for a in AREAS if a.kind is AreaKind.BUILDING_BLOCK)
CONDITIONS: tuple[Area, ...] = tuple(a for a in AREAS if a.kind is AreaKind.CONDITION)
PLAN_AREAS: tuple[Area, ...] = BUILDING_BLOCKS + CONDITIONS
PLAN_AREA_CODES: frozenset[str] = frozenset(a.code for a in PLAN_AREAS)
KEY_FEATURE_BY_CODE: dict[str, KeyFeature] = {k.code: k for k in KEY_FEATURES}


def key_features_of(area_code: str) -> tuple[KeyFeature, ...]:
    """The prompts under one area, in order."""
    return tuple(k for k in KEY_FEATURES if k.area == area_code)


def tr_label(text: str) -> str:
    """Translate a label of this module (marked with QT_TRANSLATE_NOOP) at display time."""
    return QCoreApplication.translate(CONTEXT, text)

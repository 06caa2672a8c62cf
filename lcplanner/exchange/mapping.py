"""How a spreadsheet LC Planner did not write becomes a plan: which sheet, which row holds the
headers, which column is which field, and which cell values are which building block or status.

A city's existing plan has its own columns ("Sıra No | Eylem | Sorumlu Kurum | Süre | Bütçe"),
so the person says once what each column means (:func:`guess` suggests it from usual English and
Turkish headers) and saves that as a :class:`Mapping` for the next import and for
``lcplanner import --mapping``.  A mapping file comes from e-mail like the spreadsheet itself, so
:meth:`Mapping.load` checks every entry and refuses anything else with one translated line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core import framework
from ..core.errors import PlanError
from ..core.outfile import check_target, write_atomically
from ..core.text import clean_line, fold
from ..core.vocab import FundingSource, Role, Status
from . import typed
from .tables import NOT_FOUND, UNREADABLE

FORMAT = 1
MAX_BYTES = 1024 * 1024  # a mapping file; a real one is a few KB
MAX_HEADER_ROW = 1_000  # the row of the headers (a title block above them is a few rows)
MAX_ENTRIES = 2_000  # columns, area values or status values in one mapping
MAX_KEY = 2_000  # characters of a header or a cell value named in a mapping

CONTEXT = "Import"

#: What a column can become, in the order the wizard lists them, with their labels.
FIELDS: tuple[tuple[str, str], ...] = (
    ("ignore", QT_TRANSLATE_NOOP("Import", "(not imported)")),
    ("code", QT_TRANSLATE_NOOP("Import", "Code")),
    ("title", QT_TRANSLATE_NOOP("Import", "Action (title)")),
    ("area", QT_TRANSLATE_NOOP("Import", "Building block or condition")),
    ("objective", QT_TRANSLATE_NOOP("Import", "Objective")),
    ("description", QT_TRANSLATE_NOOP("Import", "Description")),
    ("target_groups", QT_TRANSLATE_NOOP("Import", "Target groups")),
    ("lead", QT_TRANSLATE_NOOP("Import", "Lead organisation")),
    ("partners", QT_TRANSLATE_NOOP("Import", "Partner organisations")),
    ("timeframe", QT_TRANSLATE_NOOP("Import", "Timeframe (start to end)")),
    ("start", QT_TRANSLATE_NOOP("Import", "Start date")),
    ("end", QT_TRANSLATE_NOOP("Import", "End date")),
    ("status", QT_TRANSLATE_NOOP("Import", "Status")),
    ("percent", QT_TRANSLATE_NOOP("Import", "% done")),
    ("priority", QT_TRANSLATE_NOOP("Import", "Priority (1\u20135)")),
    ("budget", QT_TRANSLATE_NOOP("Import", "Budget (amount)")),
    ("budget_source", QT_TRANSLATE_NOOP("Import", "Funding source")),
    ("indicator", QT_TRANSLATE_NOOP("Import", "Indicators (KPI)")),
    ("notes", QT_TRANSLATE_NOOP("Import", "Notes")),
    ("risks", QT_TRANSLATE_NOOP("Import", "Risks")),
)
FIELD_NAMES: tuple[str, ...] = tuple(name for name, _label in FIELDS)
# Fields several columns may share: their texts (or lists) are joined.
MULTI_FIELDS = frozenset({"ignore", "description", "target_groups", "partners", "indicator",
                          "notes", "risks"})
REQUIRED_FIELDS = ("title",)
# Where an action can sit: building blocks and fundamental conditions (never a benefit).
AREA_CODES: tuple[str, ...] = tuple(a.code for a in framework.AREAS if a.plannable)


def field_label(name: str) -> str:
    """The translated label of a field ("Lead organisation")."""
    source = dict(FIELDS).get(name, name)
    return QCoreApplication.translate(CONTEXT, source)


class MappingError(PlanError):
    """A mapping file that cannot be used, or a mapping that does not fit a file."""

    default_text = QT_TRANSLATE_NOOP("PlanError", "The mapping file %1 cannot be used.")


# %1 is always the mapping file's name (NOT_FOUND and UNREADABLE: the importers' own words).
TOO_BIG = QT_TRANSLATE_NOOP(
    "PlanError", "The file %1 is too big for an import mapping (%2 KB; at most %3 KB).")
NOT_JSON = QT_TRANSLATE_NOOP(
    "PlanError", "The file %1 is not an import mapping of LC Planner (not JSON text, line %2).")
NOT_MAPPING = QT_TRANSLATE_NOOP(
    "PlanError", "The file %1 is not an import mapping of LC Planner.")
BAD_FORMAT = QT_TRANSLATE_NOOP(
    "PlanError", "The import mapping %1 has format %2; this version of LC Planner reads format %3.")
UNKNOWN_KEY = QT_TRANSLATE_NOOP("PlanError", "The import mapping %1 has an unknown entry %2.")
NOT_TEXT = QT_TRANSLATE_NOOP("PlanError", "The import mapping %1: %2 is not a text.")
NOT_ROW = QT_TRANSLATE_NOOP(
    "PlanError", "The import mapping %1: the header row must be a whole number from 1 to %2.")
NOT_TABLE = QT_TRANSLATE_NOOP(
    "PlanError", "The import mapping %1: %2 must be a list of texts and what each becomes.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "PlanError", "The import mapping %1: %2 has more than %3 entries.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "PlanError", "The import mapping %1: an entry of %2 is too long (%3 characters; at most %4).")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "PlanError", "The import mapping %1: the column %2 becomes %3, which is not a field LC Planner "
    "knows.")
UNKNOWN_AREA = QT_TRANSLATE_NOOP(
    "PlanError", "The import mapping %1: %2 is not a building block or fundamental condition "
    "(BB1\u2013BB6, FC1\u2013FC3).")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP(
    "PlanError", "The import mapping %1: %2 is not a status LC Planner knows (%3).")
TWICE = QT_TRANSLATE_NOOP(
    "PlanError",
    "The field %1 is chosen for two columns: %2 and %3. Choose it for one column only.")
TWICE_IN_FILE = QT_TRANSLATE_NOOP(
    "PlanError", "The import mapping %1: the field %2 is chosen for two columns, %3 and %4.")
NO_TITLE = QT_TRANSLATE_NOOP(
    "PlanError", "No column is chosen as the action's title; an action cannot be imported without "
    "one.")


def _refuse(text: str, *args: object) -> MappingError:
    return MappingError(text, *args)


@dataclass
class Mapping:
    """Which sheet and header row, what each column becomes, and what area and status values mean.

    ``columns`` maps a header as the file writes it to a field of :data:`FIELD_NAMES`; headers
    and values are matched ignoring case (the Turkish way) and extra spaces.  ``default_area``
    is the area of an action with no area column or an empty area cell ("" = none).
    """

    sheet: str = ""  # "" = the first sheet; ignored for a CSV file
    header_row: int = 1  # 1-based, as the spreadsheet shows it
    columns: dict[str, str] = field(default_factory=dict)
    areas: dict[str, str] = field(default_factory=dict)
    statuses: dict[str, str] = field(default_factory=dict)
    default_area: str = ""

    # --- lookups -----------------------------------------------------------------------------

    def field_of(self, header: object) -> str:
        """The field a column with this header becomes ("ignore" when the mapping does not say)."""
        wanted = key(header)
        for name, chosen in self.columns.items():
            if key(name) == wanted:
                return chosen
        return "ignore"

    def area_of(self, value: object) -> str | None:
        return _lookup(self.areas, value)

    def status_of(self, value: object) -> str | None:
        return _lookup(self.statuses, value)

    def problems(self) -> list[tuple[str, tuple[str, ...]]]:
        """What makes this mapping unusable for any file: (English source text, arguments)."""
        out: list[tuple[str, tuple[str, ...]]] = []
        seen: dict[str, str] = {}
        for header, chosen in self.columns.items():
            if chosen in MULTI_FIELDS:
                continue
            if chosen in seen:
                out.append((TWICE, (field_label(chosen), seen[chosen], header)))
            else:
                seen[chosen] = header
        if not any(f in seen for f in REQUIRED_FIELDS):
            out.append((NO_TITLE, ()))
        return out

    # --- the file ------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "sheet": self.sheet, "header_row": self.header_row,
                "columns": dict(self.columns), "areas": dict(self.areas),
                "statuses": dict(self.statuses), "default_area": self.default_area}

    def save(self, path: str | Path) -> None:
        """Write the mapping as JSON (UTF-8), safely: an existing file stays until the new one is
        complete.  Raises :class:`~lcplanner.core.outfile.OutputError` (a PlanError)."""
        target = Path(path)
        check_target(target)
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"
        write_atomically(target, lambda fh: fh.write(text.encode("utf-8")), "mapping")

    @classmethod
    def load(cls, path: str | Path) -> Mapping:
        """Read a mapping file, checking every entry; :class:`MappingError` names the problem."""
        path = Path(path)
        name = path.name
        try:
            if not path.is_file():
                raise _refuse(NOT_FOUND, name)
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise _refuse(TOO_BIG, name, f"{size // 1024:,}", f"{MAX_BYTES // 1024:,}")
            data = path.read_bytes()
        except OSError as exc:
            raise _refuse(UNREADABLE, name, exc.strerror or exc) from None
        try:
            raw = json.loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise _refuse(NOT_MAPPING, name) from None
        except json.JSONDecodeError as exc:
            raise _refuse(NOT_JSON, name, exc.lineno) from None
        except RecursionError:  # thousands of nested brackets
            raise _refuse(NOT_MAPPING, name) from None
        return cls.from_json(raw, name)

    @classmethod
    def from_json(cls, raw: object, name: str = "") -> Mapping:
        """A mapping from parsed JSON, every entry checked (``name`` names it in messages)."""
        if not isinstance(raw, dict) or "format" not in raw:
            raise _refuse(NOT_MAPPING, name)
        version = raw["format"]
        if version != FORMAT or isinstance(version, bool):
            raise _refuse(BAD_FORMAT, name, _short(version), FORMAT)
        known = {"format", "sheet", "header_row", "columns", "areas", "statuses", "default_area"}
        for entry in raw:
            if entry not in known:
                raise _refuse(UNKNOWN_KEY, name, _short(entry))
        sheet = raw.get("sheet", "")
        if not isinstance(sheet, str):
            raise _refuse(NOT_TEXT, name, "sheet")
        row = raw.get("header_row", 1)
        if isinstance(row, bool) or not isinstance(row, int) or not 1 <= row <= MAX_HEADER_ROW:
            raise _refuse(NOT_ROW, name, f"{MAX_HEADER_ROW:,}")
        default_area = raw.get("default_area", "")
        if not isinstance(default_area, str):
            raise _refuse(NOT_TEXT, name, "default_area")
        if default_area and default_area not in AREA_CODES:
            raise _refuse(UNKNOWN_AREA, name, _short(default_area))
        columns = _table(raw, "columns", name)
        for header, chosen in columns.items():
            if chosen not in FIELD_NAMES:
                raise _refuse(UNKNOWN_FIELD, name, _short(header), _short(chosen))
        areas = _table(raw, "areas", name)
        for code in areas.values():
            if code not in AREA_CODES:
                raise _refuse(UNKNOWN_AREA, name, _short(code))
        statuses = _table(raw, "statuses", name)
        for code in statuses.values():
            if code not in Status.codes():
                raise _refuse(UNKNOWN_STATUS, name, _short(code), ", ".join(Status.codes()))
        if len(sheet) > MAX_KEY:
            raise _refuse(TOO_LONG, name, "sheet", f"{len(sheet):,}", f"{MAX_KEY:,}")
        mapping = cls(sheet=sheet, header_row=row, columns=columns,
                      areas=areas, statuses=statuses, default_area=default_area)
        for text, args in mapping.problems():
            if text == TWICE:  # a mapping still being made may lack the title
                raise _refuse(TWICE_IN_FILE, name, *args)
        return mapping


def _table(raw: dict[str, Any], entry: str, name: str) -> dict[str, str]:
    value = raw.get(entry, {})
    if not isinstance(value, dict):
        raise _refuse(NOT_TABLE, name, entry)
    if len(value) > MAX_ENTRIES:
        raise _refuse(TOO_MANY, name, entry, f"{MAX_ENTRIES:,}")
    out: dict[str, str] = {}
    for k, v in value.items():
        if not isinstance(v, str):
            raise _refuse(NOT_TABLE, name, entry)
        if len(k) > MAX_KEY:
            raise _refuse(TOO_LONG, name, entry, f"{len(k):,}", f"{MAX_KEY:,}")
        if clean_line(k):
            out[k] = v
    return out


def _short(value: object) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:60] + "\u2026"


# --- matching texts ------------------------------------------------------------------------------

def key(value: object) -> str:
    """How headers and cell values are compared: Turkish case folding, spaces collapsed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return fold(clean_line(str(value)), "tr")


def _lookup(table: dict[str, str], value: object) -> str | None:
    wanted = key(value)
    if not wanted:
        return None
    for k, v in table.items():
        if key(k) == wanted:
            return v
    return None


def _words(text: object) -> list[str]:
    """A header's words, folded without accents, parenthesised remarks ("(TL)") left out."""
    plain = fold(clean_line(str(text or "")), "tr", accents=False)
    plain = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", plain)
    return re.findall(r"[#%]|[^\W_]+", plain)


# Usual headers of a city's plan, English and Turkish, folded without accents (ı -> i, ş -> s).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("no", "sira no", "sira", "#", "code", "kod", "eylem no", "faaliyet no", "ref",
             "reference", "id", "action no", "nr", "s no"),
    "title": ("action", "actions", "eylem", "eylemler", "faaliyet", "faaliyetler", "activity",
              "activities", "title", "eylem adi", "faaliyet adi", "proje", "project", "baslik",
              "action title", "etkinlik"),
    "area": ("area", "alan", "faaliyet alani", "yapi tasi", "building block", "yapi tasi alan",
             "framework area", "tema", "theme", "eksen"),
    "objective": ("objective", "hedef", "amac", "stratejik hedef", "goal", "aim", "objectives",
                  "hedefler", "amaclar", "stratejik amac"),
    "description": ("description", "aciklama", "detay", "details", "faaliyet aciklamasi",
                    "kapsam", "icerik"),
    "target_groups": ("target group", "target groups", "hedef kitle", "hedef grup",
                      "hedef gruplar", "beneficiaries", "faydalanicilar", "yararlanicilar"),
    "lead": ("lead", "sorumlu", "sorumlu kurum", "sorumlu birim", "sorumlu kuruluş",
             "lead organisation", "lead organization", "responsible", "owner",
             "koordinator kurum", "koordinator", "yurutucu", "yurutucu kurum", "sorumlu kurulus"),
    "partners": ("partners", "partner", "is birligi", "isbirligi", "is birligi yapilacak kurumlar",
                 "paydaslar", "paydas", "ortaklar", "ortak", "ilgili kurumlar",
                 "destekleyen kurumlar", "collaborators", "stakeholders"),
    "timeframe": ("timeframe", "time frame", "timeline", "sure", "takvim", "zaman",
                  "zaman plani", "period", "donem", "uygulama donemi", "tarih", "schedule",
                  "zamanlama", "uygulama takvimi", "when"),
    "start": ("start", "start date", "baslangic", "baslangic tarihi", "from"),
    "end": ("end", "end date", "bitis", "bitis tarihi", "deadline", "until", "to"),
    "status": ("status", "durum", "durumu", "state", "gerceklesme durumu"),
    "percent": ("percent", "% done", "%", "progress", "ilerleme", "gerceklesme orani",
                "tamamlanma", "tamamlanma orani", "completion"),
    "priority": ("priority", "oncelik", "oncelik sirasi"),
    "budget": ("budget", "butce", "maliyet", "tahmini maliyet", "tahmini butce", "cost",
               "amount", "tutar", "estimated cost"),
    "budget_source": ("funding source", "source of funding", "finansman", "finansman kaynagi",
                      "kaynak", "butce kaynagi", "funding", "funded by"),
    "indicator": ("kpi", "kpis", "indicator", "indicators", "gosterge", "gostergeler",
                  "performans gostergesi", "performans gostergeleri", "basari olcutu",
                  "basari gostergesi", "olcut"),
    "notes": ("notes", "note", "notlar", "not", "remarks", "comments", "aciklamalar", "yorum"),
    "risks": ("risks", "risk", "riskler", "risk ve onlemler"),
}
_PATTERNS = {name: [tuple(_words(s)) for s in syns] for name, syns in _SYNONYMS.items()}


def _word_matches(wanted: str, word: str) -> bool:
    """A Turkish header adds suffixes ("göstergesi", "kurumlar"): a word of three letters or more
    matches a header word that starts with it; shorter ones ("no", "#") must be the word."""
    return word == wanted or (len(wanted) >= 3 and word.startswith(wanted))


def _score(header: list[str], pattern: tuple[str, ...]) -> tuple[int, int]:
    if list(pattern) == header:
        return (2, len(pattern))
    if all(any(_word_matches(w, h) for h in header) for w in pattern):
        return (1, len(pattern))
    return (0, 0)


def guess_field(header: object) -> str:
    """The field a header most likely means, "ignore" when none fits."""
    words = _words(header)
    if not words:
        return "ignore"
    best, best_score = "ignore", (0, 0)
    for name in FIELD_NAMES:  # the list order breaks ties ("code" before "title")
        for pattern in _PATTERNS.get(name, ()):
            score = _score(words, pattern)
            if score > best_score:
                best, best_score = name, score
    return best


def guess(headers: list[str]) -> Mapping:
    """A suggested mapping for a header row: every column's likely field; a field that takes one
    column goes to the first column that fits best, the others are not imported."""
    mapping = Mapping()
    taken: set[str] = set()
    for header in headers:
        text = clean_line(str(header)) if header is not None else ""
        if not text or text in mapping.columns:
            continue
        chosen = guess_field(text)
        if chosen not in MULTI_FIELDS and chosen in taken:
            chosen = "ignore"
        taken.add(chosen)
        mapping.columns[text] = chosen
    return mapping


# --- values of the area and status columns -------------------------------------------------------

_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "not_started": ("baslamadi", "baslanmadi", "henuz baslamadi", "baslanacak", "planlandi",
                    "planlanan", "not started", "planned", "to do", "todo", "yapilacak"),
    "on_track": ("devam ediyor", "devam", "suruyor", "devam eden", "yurutuluyor",
                 "uygulaniyor", "ongoing", "on track", "in progress", "started", "basladi",
                 "surekli"),
    "delayed": ("gecikmeli", "gecikti", "ertelendi", "geciken", "delayed", "late", "behind",
                "postponed"),
    "done": ("tamamlandi", "bitti", "gerceklesti", "gerceklestirildi", "tamam", "done",
             "completed", "complete", "finished"),
    "cancelled": ("iptal", "iptal edildi", "vazgecildi", "cancelled", "canceled", "dropped"),
}


def guess_status(value: object) -> str | None:
    """A status code for a usual English or Turkish status word ("Devam ediyor" -> on_track)."""
    words = " ".join(_words(value))
    if not words:
        return None
    for code, said in _STATUS_WORDS.items():
        if words == code.replace("_", " ") or words in said:
            return code
    try:
        return typed.vocab_value(Status, value)  # a label in any shipped language
    except PlanError:
        return None


_AREA_KINDS = (("BB", ("yapi tasi", "building block", "yt", "bb", "block")),
               ("FC", ("temel kosul", "fundamental condition", "kosul", "condition", "tk", "fc")))


def guess_area(value: object) -> str | None:
    """An area code for "BB2", "Yapı Taşı 2", "2. Yapı Taşı", "YT2", "Temel Koşul 1" or an
    area's name in any shipped language; None when unsure."""
    text = clean_line(str(value or ""))
    if not text:
        return None
    compact = re.sub(r"[\s.\-_]", "", text.upper())
    if compact in AREA_CODES:
        return compact
    words = re.sub(r"(\d+)", r" \1 ", " ".join(_words(text)))
    number = re.search(r"\d+", words)
    if number:
        rest = re.sub(r"\d+", " ", words).split()
        for prefix, names in _AREA_KINDS:
            if " ".join(rest) in names:
                code = f"{prefix}{int(number.group())}"
                return code if code in AREA_CODES else None
    try:
        found = typed.area_value(text)  # a code or a name in any shipped language
    except PlanError:
        return None
    return found if found in AREA_CODES else None


_SOURCE_WORDS = (("municipal", ("belediye", "municipal", "city", "il ozel idaresi")),
                 ("national", ("bakanlik", "ulusal", "devlet", "national", "ministry",
                               "kalkinma ajansi")),
                 ("international", ("ab", "eu", "avrupa", "uluslararasi", "international",
                                    "unesco", "unicef", "undp")),
                 ("private", ("ozel", "sponsor", "private", "sirket", "company")),
                 ("in_kind", ("ayni", "in kind", "gonullu", "volunteer")))


def guess_source(value: object) -> str | None:
    """A funding source for a label in any shipped language or a usual word ("Belediye
    bütçesi" -> municipal, "AB hibesi" -> international); None when unsure."""
    try:
        found = typed.vocab_value(FundingSource, value)
    except PlanError:
        found = None
    if found:
        return found
    plain = " ".join(_words(value))
    for code, said in _SOURCE_WORDS:
        if any(re.search(rf"\b{re.escape(word)}", plain) for word in said):
            return code
    return None


_ROLE_WORDS = {"finansor": "funder", "finansman": "funder", "destekci": "funder",
               "sponsor": "funder", "uygulayici": "implementer", "danisman": "advisor",
               "paydas": "partner", "ortak": "partner"}


def guess_role(value: object) -> str | None:
    """A partner role for a label in any shipped language or a usual Turkish word."""
    try:
        found = typed.vocab_value(Role, value)
    except PlanError:
        found = None
    return found or _ROLE_WORDS.get(" ".join(_words(value)))

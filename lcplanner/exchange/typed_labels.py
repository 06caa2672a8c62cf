"""The labels a cell may hold, in every shipped language, as lookup tables from key to code.

A planner types "Planlandığı gibi", "On track" or "on_track"; a month as "Eylül" or "Sept.";
"evet" or "✓".  Each table holds the codes, the English source labels and every shipped
translation under one key (:func:`label_key`), built on first use and kept, since one import
looks up thousands of cells.  Kept apart from :mod:`.typed`, whose parsers look values up here;
:func:`forget_translations` drops the tables when a translator's preview recompiles catalogues.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from PySide6.QtCore import QLocale

from ..core import fingerprint, framework
from ..core.text import clean_line
from ..core.vocab import Vocabulary
from ..export import labels as export_labels
from ..i18n import Texts, shipped_languages

# --- keys ----------------------------------------------------------------------------------------

# Invisible characters keys drop: zero-width space and joiners, bidi marks, BOM, soft hyphen.
KEY_DROP = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u061c")
_NOT_KEY_ASCII = re.compile(r"[^0-9a-z]+")


def raw_text(value: object) -> str:
    """A cell as the text a person sees: numbers as written, dates in ISO."""
    kind = type(value)
    if kind is str:
        return value  # type: ignore[return-value]
    if value is None:
        return ""
    if kind is bool:
        return "TRUE" if value else "FALSE"
    if kind is float:  # 12.0 -> "12", 1e-05 -> "0.00001"
        number = Decimal(repr(value))
        return str(int(value)) if value.is_integer() else format(number, "f")  # type: ignore
    spec = "seconds" if getattr(value, "second", 0) else "minutes"
    if isinstance(value, dt.datetime):
        midnight = value.time() == dt.time()
        return value.date().isoformat() if midnight else value.isoformat(" ", spec)
    if isinstance(value, dt.time):
        return value.isoformat(spec)
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(getattr(value, "value", value))  # a Vocabulary member gives its code


def name_key(name: object) -> str:
    """The key names are compared by: case-, accent- and I/ı/İ/i-blind, spaces collapsed.

    "ANKARA ÜNİVERSİTESİ", "Ankara Universitesi" and "ankara  üniversitesi" share one key, so a
    name typed on a foreign keyboard or in capitals finds its organisation.  The folding is the
    round trip's own (:func:`lcplanner.core.fingerprint.name_key`), once invisible characters
    pasted with a name are gone: a name matched here fingerprints the same there.
    """
    text = clean_line(name if type(name) is str else raw_text(name))
    if not text.isascii():
        text = "".join(c for c in text if c not in KEY_DROP)
    return fingerprint.name_key(text)


def label_key(text: object) -> str:
    """The key labels and codes are looked up by: :func:`name_key` with only letters and digits
    kept, so "Co-ordinating", "coordinating" and "on_track"/"On track" meet."""
    key = name_key(text)
    if key.isascii():
        return _NOT_KEY_ASCII.sub("", key)
    return "".join(c for c in key if c.isalnum())


def label_table(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{label_key(label): code} for :func:`.typed.codes_value`; the first pair wins a shared key."""
    table: dict[str, str] = {}
    for label, code in pairs:
        key = label_key(label)
        if key:
            table.setdefault(key, code)
    return table


# --- translations, looked up once ----------------------------------------------------------------

@lru_cache(maxsize=1)
def _translators() -> tuple[Texts, ...]:
    """Every shipped language but English (the source), Turkish first: it wins a shared word."""
    langs = sorted((lang for lang in shipped_languages() if lang != "en"),
                   key=lambda lang: (lang != "tr", lang))
    return tuple(Texts(lang) for lang in langs)


def _translated(context: str, sources: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{key: code} from (source label, code) pairs: codes and English first, then translations."""
    sources = list(sources)
    pairs = [(code, code) for _, code in sources] + sources
    for texts in _translators():
        pairs += [(texts(context, source), code) for source, code in sources]
    return label_table(pairs)


def forget_translations() -> None:
    """Drop the cached lookups (after a translator's preview recompiled the catalogues)."""
    for cached in (_translators, vocab_table, yes_no_table, area_table, guideline_table,
                   key_feature_table, month_table):
        cached.cache_clear()


# --- month names ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def month_table() -> dict[str, int]:
    """Month names and abbreviations of English, Turkish and every shipped language (Qt's
    locale data); a name two languages give to different months is left out."""
    months: dict[str, set[int]] = {}
    for locale in map(QLocale, sorted({"en", "tr", *shipped_languages()})):
        for month in range(1, 13):
            for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                for name in (locale.monthName(month, form),
                             locale.standaloneMonthName(month, form)):
                    months.setdefault(label_key(name), set()).add(month)
    return {key: found.pop() for key, found in months.items()
            if len(found) == 1 and key and not key.isdigit()}


# --- yes / no ------------------------------------------------------------------------------------

_YES_WORDS = ("yes", "y", "true", "1", "x", "✓", "✔", "☑", "evet", "e", "doğru", "var")
_NO_WORDS = ("no", "n", "false", "0", "✗", "✘", "☐", "hayır", "h", "yanlış", "yok")


@lru_cache(maxsize=1)
def yes_no_table() -> dict[str, bool]:
    """The words above, then every shipped language's "yes"/"no" as the export writes them."""
    table: dict[str, bool] = {}
    for words, meaning in ((_YES_WORDS, True), (_NO_WORDS, False)):
        for word in words:
            table[label_key(word) or word] = meaning
    for texts in _translators():
        for source, meaning in ((export_labels.YES, True), (export_labels.NO, False)):
            table.setdefault(label_key(texts("Export", source)), meaning)
    return table


# --- vocabularies, areas and code lists ----------------------------------------------------------

@lru_cache(maxsize=None)
def vocab_table(vocabulary: type[Vocabulary]) -> dict[str, str]:
    return _translated("Vocabulary", ((m.source_label, m.value) for m in vocabulary))


@lru_cache(maxsize=1)
def area_table() -> dict[str, str]:
    return _translated(framework.CONTEXT, [(a.name, a.code) for a in framework.AREAS]
                       + [(a.short, a.code) for a in framework.AREAS])


@lru_cache(maxsize=1)
def guideline_table() -> dict[str, str]:
    return _translated(framework.CONTEXT, [(g.name, g.code) for g in framework.GUIDELINE_AREAS])


@lru_cache(maxsize=1)
def key_feature_table() -> dict[str, str]:
    return _translated(framework.CONTEXT, [(k.text, k.code) for k in framework.KEY_FEATURES])

"""Find and install translators: the app's own (.qm built from translations/*.ts) and Qt's.

The compiled catalogues live in ``lcplanner/translations/`` so a wheel and a frozen app carry
them.  A :class:`Texts` object translates into one language without installing anything globally,
which is how the Excel export writes in the plan's language whatever the UI language is.

A translator's preview (``lcplanner --translations DIR``) registers DIR with
:func:`start_preview`: every later use of its catalogues (start-up, a language switch, an export)
compiles the .ts file again, so a change saved in Linguist shows without restarting.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CATALOGUE_DIR = Path(__file__).resolve().parent / "translations"
PREFIX = "lcplanner_"

_log = logging.getLogger("lcplanner.i18n")


def base_code(lang: str | None) -> str:
    """'tr_TR' -> 'tr'; 'zh_CN' stays (Chinese scripts differ)."""
    code = (lang or "en").replace("-", "_")
    return code if code.lower().startswith("zh") else code.split("_")[0].lower()


def system_language() -> str:
    """The person's language as the system states it: on Unix LANGUAGE, LC_ALL, LC_MESSAGES and
    LANG (Qt reads them), elsewhere the desktop's setting; 'en' for the C locale."""
    code = base_code(QLocale.system().name())
    return "en" if code in ("c", "posix", "") else code


def shipped_languages(folder: Path = CATALOGUE_DIR) -> list[str]:
    """Codes of the compiled catalogues that ship, plus English (the source language)."""
    codes = {p.stem[len(PREFIX):] for p in folder.glob(f"{PREFIX}*.qm")}
    return ["en", *sorted(codes - {"en"})]


def _names(code: str) -> tuple[str, str]:
    return f"{PREFIX}{code}", f"{PREFIX}{code.split('_')[0]}"


@lru_cache(maxsize=16)
def translator(lang: str, folder: Path = CATALOGUE_DIR) -> QTranslator | None:
    """The app's translator for ``lang`` from compiled catalogues (None for a language we do not
    ship); cached, since shipped catalogues never change while running.  English has one too:
    it holds only the plural forms ("1 action", "2 actions"), other texts stay the source's."""
    code = base_code(lang)
    candidate = QTranslator()
    for name in _names(code):
        if candidate.load(name, str(folder)):
            return candidate
    return None


# --- a translator's preview ----------------------------------------------------------------------

@dataclass
class _Preview:
    ts_dir: Path  # the translator's working copy of translations/
    on_error: Callable[[Path, str], None] | None  # tells the translator a .ts did not compile


_previews: dict[Path, _Preview] = {}  # compiled folder -> where its .ts files are edited
_installed: list[QTranslator] = []
_ui_language = "en"  # what install() put in: the source language until then
# The catalogues the UI's translators came from: an export from the window uses them too.
_in_use: Path = CATALOGUE_DIR


class _MemoryTranslator(QTranslator):
    """A translator that keeps the bytes it was loaded from: Qt reads them in place, and no
    file stays mapped, so the next compile may overwrite the .qm while this one is in use."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = data
        self.loaded = self.load(data)


def lrelease() -> str | None:
    """Qt's lrelease as shipped inside PySide6 (the app's own dependency), if present."""
    import sys

    import PySide6

    package = Path(PySide6.__file__).parent
    for candidate in (package / "lrelease", package / "lrelease.exe",
                      Path(sys.executable).parent / "pyside6-lrelease"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


def _compile(ts: Path, qm: Path) -> None:
    import subprocess  # here, not at start-up: only a translator's preview compiles

    tool = lrelease()
    if tool is None:
        raise FileNotFoundError("lrelease")
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True,
                   text=True)


def compile_preview(ts_dir: Path, out_dir: Path) -> list[str]:
    """Compile the .ts files a translator is editing (lcplanner_xx.ts in ``ts_dir``) into
    ``out_dir``; returns the language codes built."""
    built = []
    for ts in sorted(Path(ts_dir).glob(f"{PREFIX}*.ts")):
        _compile(ts, out_dir / (ts.stem + ".qm"))
        built.append(ts.stem[len(PREFIX):])
    return built


def start_preview(ts_dir: Path,
                  on_error: Callable[[Path, str], None] | None = None) -> Path | None:
    """Compile the .ts files in ``ts_dir`` into a private folder and register it as a preview.

    Catalogues asked for from that folder are compiled again at each use.  The folder is removed
    by :func:`end_previews` (at exit at the latest).  None when ``ts_dir`` has no lcplanner_*.ts
    file; OSError or CalledProcessError when one does not compile (or lrelease is missing).
    """
    out = Path(tempfile.mkdtemp(prefix="lcplanner-preview-"))
    try:
        built = compile_preview(ts_dir, out)
    except BaseException:
        shutil.rmtree(out, ignore_errors=True)
        raise
    if not built:
        shutil.rmtree(out, ignore_errors=True)
        return None
    if not _previews:
        atexit.register(end_previews)
    _previews[out] = _Preview(Path(ts_dir), on_error)
    return out


def end_previews() -> None:
    """Forget every preview and delete its compiled folder (nothing stays in the temp folder)."""
    global _in_use
    if _in_use in _previews:
        _in_use = CATALOGUE_DIR
    for folder in list(_previews):
        shutil.rmtree(folder, ignore_errors=True)
        del _previews[folder]
    atexit.unregister(end_previews)


def _recompiled(code: str, folder: Path) -> QTranslator | None:
    """The preview's translator for ``code``, compiled now from the translator's .ts file; a
    .ts that does not compile keeps its last good catalogue (and the translator is told why)."""
    import subprocess

    preview = _previews[folder]
    for name in _names(code):
        ts, qm = preview.ts_dir / f"{name}.ts", folder / f"{name}.qm"
        if ts.exists():
            # Compiled beside, then swapped in whole: an export in its worker thread and a
            # language switch may compile the same file at the same moment.
            part = folder / f"{name}.{threading.get_ident()}.part"
            try:
                _compile(ts, part)
                os.replace(part, qm)
            except (OSError, subprocess.CalledProcessError) as exc:
                part.unlink(missing_ok=True)
                detail = (getattr(exc, "stderr", "") or str(exc)).strip()
                _log.warning("preview: %s does not compile: %s", ts, detail)
                if preview.on_error is not None:
                    preview.on_error(ts, detail)
        if qm.exists():
            candidate = _MemoryTranslator(qm.read_bytes())
            if candidate.loaded:
                return candidate
    return None


def catalogue(lang: str, folder: Path = CATALOGUE_DIR) -> QTranslator | None:
    """The translator for ``lang`` from ``folder``: cached for shipped catalogues, compiled
    afresh for a translator's preview."""
    code = base_code(lang)
    if folder in _previews:
        return _recompiled(code, folder)
    return translator(code, folder)


# --- translating ---------------------------------------------------------------------------------

class Texts:
    """Translate into one language on demand (installs nothing, safe in a worker thread).

    ``folder`` defaults to where the UI's catalogues come from, so an export while a translator
    previews their .ts files writes the previewed texts.
    """

    def __init__(self, lang: str | None, folder: Path | None = None) -> None:
        self.lang = base_code(lang)
        self._translator = catalogue(self.lang, folder or _in_use)

    def __call__(self, context: str, source: str, n: int = -1) -> str:
        text = ""
        if self._translator is not None:
            text = self._translator.translate(context, source, None, n)
        text = text or source
        if n >= 0:
            text = text.replace("%n", str(n))
        return text


def install(app: QCoreApplication, lang: str | None = None,
            folder: Path = CATALOGUE_DIR) -> str:
    """Install the UI translators (ours and Qt's own) for ``lang`` or the system's language.

    Returns the language code in use.  Translators installed earlier are removed first.
    """
    global _in_use, _ui_language
    code = base_code(lang) if lang else system_language()
    if code in ("c", ""):
        code = "en"
    uninstall(app)
    _in_use = folder
    _ui_language = code
    ours = catalogue(code, folder)
    if ours is not None:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(code), "qtbase", "_", qt_dir):  # qtbase_en: Qt's own English plurals
        app.installTranslator(qt)
        _installed.append(qt)
    return code


def ui_language() -> str:
    """The language the UI's translators speak (see :func:`install`); 'en' before any."""
    return _ui_language


def uninstall(app: QCoreApplication) -> None:
    """Remove the translators :func:`install` put in (before the application object goes)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()

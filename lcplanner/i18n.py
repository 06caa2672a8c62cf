"""Find and install translators: the app's own (.qm built from translations/*.ts) and Qt's.

The compiled catalogues live in ``lcplanner/translations/`` so a wheel and a frozen app carry
them.  A :class:`Texts` object translates into one language without installing anything globally,
which is how the Excel export writes in the plan's language whatever the UI language is.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CATALOGUE_DIR = Path(__file__).resolve().parent / "translations"
PREFIX = "lcplanner_"


def base_code(lang: str | None) -> str:
    """'tr_TR' -> 'tr'; 'zh_CN' stays (Chinese scripts differ)."""
    code = (lang or "en").replace("-", "_")
    return code if code.lower().startswith("zh") else code.split("_")[0].lower()


def shipped_languages(folder: Path = CATALOGUE_DIR) -> list[str]:
    """Codes of the compiled catalogues that ship, plus English (the source language)."""
    codes = {p.stem[len(PREFIX):] for p in folder.glob(f"{PREFIX}*.qm")}
    return ["en", *sorted(codes - {"en"})]


@lru_cache(maxsize=16)
def translator(lang: str, folder: Path = CATALOGUE_DIR) -> QTranslator | None:
    """The app's translator for ``lang`` (None for English or a language we do not ship)."""
    code = base_code(lang)
    if code == "en":
        return None
    candidate = QTranslator()
    for name in (f"{PREFIX}{code}", f"{PREFIX}{code.split('_')[0]}"):
        if candidate.load(name, str(folder)):
            return candidate
    return None


class Texts:
    """Translate into one language on demand (no global state, safe in a worker thread)."""

    def __init__(self, lang: str | None) -> None:
        self.lang = base_code(lang)
        self._translator = translator(self.lang)

    def __call__(self, context: str, source: str, n: int = -1) -> str:
        text = ""
        if self._translator is not None:
            text = self._translator.translate(context, source, None, n)
        text = text or source
        if n >= 0:
            text = text.replace("%n", str(n))
        return text


_installed: list[QTranslator] = []


def lrelease() -> str | None:
    """Qt's lrelease as shipped inside PySide6 (the app's own dependency), if present."""
    import shutil
    import sys

    import PySide6

    package = Path(PySide6.__file__).parent
    for candidate in (package / "lrelease", package / "lrelease.exe",
                      Path(sys.executable).parent / "pyside6-lrelease"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


def compile_preview(ts_dir: Path, out_dir: Path) -> list[str]:
    """Compile the .ts files a translator is editing (lcplanner_xx.ts in ``ts_dir``) into
    ``out_dir``, so ``lcplanner --lang xx --translations DIR`` shows them without a rebuild."""
    import subprocess

    tool = lrelease()
    if tool is None:
        raise FileNotFoundError("lrelease")
    built = []
    for ts in sorted(Path(ts_dir).glob(f"{PREFIX}*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True)
        built.append(ts.stem[len(PREFIX):])
    return built


def install(app: QCoreApplication, lang: str | None = None,
            folder: Path = CATALOGUE_DIR) -> str:
    """Install the UI translators (ours and Qt's own) for ``lang`` or the system's language.

    Returns the language code in use.  Translators installed earlier are removed first.
    """
    code = base_code(lang or QLocale.system().name())
    if code in ("c", ""):
        code = "en"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = translator(code, folder)
    if ours is not None:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code != "en" and qt.load(QLocale(code), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return code

"""The translator's commands: update the .ts files from the source, add a language, build .qm.

    python translations/tools.py update          # lupdate: every .ts in sync with the code
    python translations/tools.py add LANG        # a new translations/lcplanner_LANG.ts
    python translations/tools.py build           # lrelease: .ts -> lcplanner/translations/*.qm

Uses the Qt tools that come with the app's own dependency (pyside6-essentials): no other install.
Updates drop obsolete messages and write no line numbers, so a diff shows only real changes.
English is the source language, but its plurals need a catalogue too ("1 action", "2 actions"
instead of "action(s)"): lcplanner_en.ts holds only the messages with %n, and `update` keeps it so.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "lcplanner" / "translations"
PREFIX = "lcplanner_"
ENGLISH = f"{PREFIX}en.ts"  # the source language's catalogue: plural forms only


def qt_tool(name: str) -> str:
    """pyside6-<name> next to this Python, else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (here, here.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install the app first (pip install .)")
    return found


def sources() -> list[str]:
    """Every Python file of the app, in a stable order (relative paths keep .ts files portable)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "lcplanner").rglob("*.py")
                  if "migrations" not in p.parts)


def ts_files() -> list[Path]:
    return sorted(TS_DIR.glob(f"{PREFIX}*.ts"))


def _lupdate(files: list[Path], *options: str) -> None:
    subprocess.run([qt_tool("lupdate"), "-no-obsolete", "-locations", "none", "-silent", *options,
                    *sources(), "-ts", *map(str, files)], check=True, cwd=ROOT)


def _english_options(path: Path) -> tuple[str, ...]:
    """lupdate's options for ``path``: the English catalogue keeps only the plural messages."""
    return ("-pluralonly", "-source-language", "en") if path.name == ENGLISH else ()


def update(files: list[Path] | None = None) -> None:
    files = files or ts_files()
    english = [f for f in files if f.name == ENGLISH]
    others = [f for f in files if f.name != ENGLISH]
    if others:
        _lupdate(others)
    if english:
        _lupdate(english, *_english_options(english[0]))


def add(lang: str) -> Path:
    path = TS_DIR / f"{PREFIX}{lang}.ts"
    if path.exists():
        raise SystemExit(f"{path} exists already")
    _lupdate([path], "-target-language", lang, *_english_options(path))
    return path


def build(out_dir: Path = QM_DIR, files: list[Path] | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in files or ts_files():
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="bring every .ts file in line with the source code")
    add_parser = sub.add_parser("add", help="start a new language")
    add_parser.add_argument("lang", help="language code, e.g. fr or zh_CN")
    sub.add_parser("build", help="compile the .ts files into .qm files the app loads")
    args = parser.parse_args()
    os.chdir(ROOT)
    if args.command == "update":
        update()
    elif args.command == "add":
        print(add(args.lang))
    else:
        for path in build():
            print(path)


if __name__ == "__main__":
    main()

"""Take screenshots of the main window as a person sees it: welcome, overview, an area, organisations.

    python scripts/screenshots.py [OUT_DIR] [--lang tr|en] [--presentation]

Runs offscreen (no display needed) on a fresh demo plan in a temp folder, with settings kept apart
from the user's.  Look at the PNGs: clipped text or an empty panel is a bug even when tests pass.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="lcplanner-shots-")
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_DOCUMENTS_DIR"):
    os.environ[var] = os.path.join(_HOME, var.lower())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("screenshots"))
    parser.add_argument("--lang", default="tr", help="UI language (tr, en, ar, ...); the demo "
                        "plan is Turkish, or English for any language but Turkish")
    parser.add_argument("--presentation", action="store_true")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT "
                        "(1280x800: a projector; 1024x768: an old one)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("LC Planner shots")
    app.setApplicationName("LC Planner shots")
    from lcplanner.core.demo import build_demo

    from lcplanner.ui.language import apply_language

    apply_language(args.lang)
    from lcplanner.ui.main_window import MainWindow

    window = MainWindow()
    width, height = (int(v) for v in args.size.lower().split("x"))
    window.resize(width, height)
    window.show()
    if args.presentation:
        window.presentation_action.setChecked(True)
        window.set_presentation(True)

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = args.out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    shot("welcome")
    doc = build_demo(Path(_HOME) / "demo.lcplan", "tr" if args.lang == "tr" else "en")
    window.set_document(doc)
    shot("overview")
    window.show_area("BB2")
    window.area_page.select_row(0)  # the editor shows a whole action
    shot("area-BB2")
    from lcplanner.ui.find_panel import open_find

    panel = open_find(window)  # Ctrl+F over the area page: the whole plan's search
    panel.query.setText("kütüphane" if args.lang == "tr" else "library")
    shot("find")
    panel.close_panel()
    window.navigator.setCurrentIndex(window.navigator_model.index(window.navigator_model.rowCount() - 1))
    window.organisations_page.table.selectRow(0)
    shot("organisations")
    _workshop(window, doc, args.lang == "tr", shot)
    window.close()


def _workshop(window, doc, turkish: bool, shot) -> None:  # type: ignore[no-untyped-def]
    """The workshop's pages with a little content: stakeholders, ratings, cards and dots."""
    c = window.commander
    orgs = [o.name for o in doc.organisations()][:5]
    for i, name in enumerate(orgs):
        c.add_stakeholder(name, influence=5 - i, interest=1 + i)
    c.set_rating("BB2", "BB2.1", level=2, evidence="Beş mahalle konağı" if turkish else "Five halls")
    c.set_rating("BB3", "", level=0)
    c.set_rating("FC2", "", level=1)
    words = ("Kitap kafe", "Gezici atölye", "Gençlik meclisi", "Dijital okuryazarlık") if turkish \
        else ("Book café", "Mobile workshop", "Youth council", "Digital literacy")
    red, blue = c.add_group("Masa 1" if turkish else "Table 1", budget=5), c.add_group(
        "Masa 2" if turkish else "Table 2", budget=5)
    for n in range(12):
        card = c.add_idea(("BB1", "BB2", "BB6")[n % 3], f"{words[n % 4]} {n + 1}")
        c.set_dots(card, red if n % 2 else blue, n % 3)
    for key in ("stakeholders", "stocktake", "ideas"):
        window.show_area(key)
        if key == "stocktake":
            window.workshop.page(key).set_area("BB2")
        shot(f"workshop-{key}")
    window.show_area("overview")  # the temple coloured by the ratings, the low areas named
    shot("overview-rated")


if __name__ == "__main__":
    main()

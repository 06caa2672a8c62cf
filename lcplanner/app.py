"""QApplication start-up: identity, logging and the crash dialog, then the main window.

The window is shown first and the plan is opened on the next turn of the event loop, so the first
paint does not wait for SQLAlchemy and the file.  ``lcplanner FILE`` opens that file,
``--demo`` a fresh demo copy, no argument the last plan (or the welcome page on first start).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__

APP_NAME = "LC Planner"


def _identity(app) -> None:  # type: ignore[no-untyped-def]
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("lcplanner")


def use_preview_catalogues(ts_dir: Path) -> Path:
    """Preview a translator's .ts files: compiled now and again at every later use (a language
    switch, an export), so edits saved in Linguist show without a restart.

    Returns the folder the UI's catalogues now come from; it is deleted by
    :func:`end_preview` or at exit, so nothing stays behind in the temp folder.
    """
    import subprocess

    from . import i18n
    from .cli import Cli
    from .ui import language

    texts = Cli()

    def report(ts: Path, detail: str) -> None:  # a later compile failed: the last good one stays
        print(texts.cannot_compile(ts, detail), file=sys.stderr)

    try:
        out = i18n.start_preview(ts_dir, report)
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = (getattr(exc, "stderr", "") or str(exc)).strip()
        print(texts.cannot_compile(ts_dir, detail), file=sys.stderr)
        return i18n.CATALOGUE_DIR
    if out is None:
        print(texts.no_ts_files(ts_dir), file=sys.stderr)
        return i18n.CATALOGUE_DIR
    language.catalogue_dir = out
    return out


def end_preview() -> None:
    """Back to the shipped catalogues, and the preview's compiled folder deleted."""
    from . import i18n
    from .ui import language

    language.catalogue_dir = i18n.CATALOGUE_DIR
    i18n.end_previews()


def build_window(options: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The main window with the plan the options ask for (a QApplication must exist)."""
    from .ui.main_window import MainWindow

    window = MainWindow()
    window.start(options.file, demo=options.demo, read_only=options.read_only, lang=options.lang)
    return window


def after_first_paint(widget, callback) -> None:  # type: ignore[no-untyped-def]
    """Run ``callback`` once ``widget`` has painted (the next time it paints).

    The plan is opened only then, so the person sees the window before SQLAlchemy and the file
    load (and benchmarks can quit at exactly that moment).
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Watcher(QObject):
        def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, callback)
            return False

    watcher = _Watcher(widget)
    widget.installEventFilter(watcher)


def reached(app, state: str) -> None:  # type: ignore[no-untyped-def]
    """``--quit-after STATE`` is reached: say so on stdout at this moment (a benchmark times the
    line, apart from the interpreter's exit), then quit."""
    print(f"lcplanner: {state}", flush=True)
    app.quit()


def quit_when_ready(app, window, options: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    """``--quit-after ready|edit`` (benchmarks, smoke tests): quit once the plan is really there.

    ready: a plan is open (writable unless --read-only was asked), its first page is current and
    has painted with the plan.  edit: after that, the first building block is shown as a person
    opens it to work: its action table has rows, an action is selected, the editor is enabled,
    and the page has painted.  Anything less exits with 1 and says why on stderr, so a start-up
    that fails can never pass for a fast one.
    """

    def fail(why: str) -> None:
        print(f"lcplanner --quit-after {options.quit_after}: {why}", file=sys.stderr)
        app.exit(1)

    doc = getattr(window, "doc", None)
    if doc is None:
        return fail("no plan is open")
    if doc.read_only and not options.read_only:
        return fail("the plan opened read-only")
    page = window.pages.currentWidget()
    if page is not window.overview:
        return fail("the plan's first page is not shown")
    if options.quit_after == "ready":
        after_first_paint(page, lambda: reached(app, "ready"))
        page.update()
        return None

    def edit() -> None:
        window.show_area("BB1")
        area = window.area_page
        if window.pages.currentWidget() is not area:
            return fail("the building block's page is not shown")
        if area.proxy.rowCount() == 0 or area.current_id() is None:
            return fail("the building block's table has no selected action")
        if not area.editor.isEnabled():
            return fail("the action editor is not enabled")
        after_first_paint(area, lambda: reached(app, "edit"))
        area.update()
        return None

    after_first_paint(page, edit)
    page.update()
    return None


def file_open_filter(window):  # type: ignore[no-untyped-def]
    """An event filter that opens the plan macOS names in a FileOpen event (Finder, Dock)."""
    from PySide6.QtCore import QEvent, QObject

    class _Filter(QObject):
        def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.FileOpen and event.file():
                window.build()
                window.open_path(Path(event.file()))
                return True
            return False

    return _Filter(window)


def run_gui(options: argparse.Namespace) -> int:
    """Start the GUI and run its event loop; returns the exit code."""
    from .startup import plain_imports

    plain_imports()  # the `lcplanner` script: no PySide import hook for what loads from here
    from PySide6.QtWidgets import QApplication

    from .paths import configure_settings

    configure_settings()  # portable mode: settings beside the program
    app = QApplication.instance() or QApplication(sys.argv[:1])
    _identity(app)
    from PySide6.QtCore import QSettings

    from .ui.language import apply_language

    if getattr(options, "translations", None):
        use_preview_catalogues(Path(options.translations))
    # UI texts, dates and numbers: --lang, else the last choice, else the system's language.
    remembered = QSettings().value("language", "")
    used = apply_language(options.lang or (remembered if isinstance(remembered, str) else "") or None)
    QSettings().setValue("language", used)
    from .ui.main_window import MainWindow

    window = MainWindow(lazy=True)
    quit_after = getattr(options, "quit_after", None)

    def load() -> None:
        if quit_after == "paint":
            reached(app, "paint")
            return
        from .ui.crash import install_excepthook, setup_logging

        setup_logging()
        install_excepthook(lambda: window)
        window.build()
        window.start(options.file, demo=options.demo, read_only=options.read_only,
                     lang=options.lang)
        if quit_after:
            quit_when_ready(app, window, options)

    after_first_paint(window, load)
    opener = file_open_filter(window)  # macOS: a double-clicked plan arrives as an event
    app.installEventFilter(opener)
    window.show()
    try:
        code = app.exec()
        window.close()
    finally:
        end_preview()  # no compiled catalogues left in the temp folder
    return code

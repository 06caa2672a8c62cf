"""The main window: navigator on the left, the selected page on the right, menus and habits.

The window owns at most one open PlanDocument with its QUndoStack and Commander; pages get the
Commander and listen to the document's ``changed`` signal.  Opening a file the store refuses shows
the store's own translated message; a locked file offers read-only access.  Geometry, splitter
sizes, presentation mode and recent files live in QSettings.  The store is imported only when a
plan is opened, so the window paints before SQLAlchemy loads.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSettings, QSize, Qt, QTime, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from ..core import framework
from ..core.errors import PlanError, PlanLocked
from . import menu_calls, server_link, versions
from .file_dialogs import ask_path, unique_path
from .waiting import busy
if TYPE_CHECKING:
    from ..core.document import PlanDocument
    from .area_page import AreaPage
    from .commander import Commander
    from .organisations_page import OrganisationsPage
    from .overview import OverviewPage

MAX_RECENT = 8
PLAN_FILTER = "*.lcplan"


def documents_folder() -> Path:
    from ..paths import documents_dir

    return documents_dir()


class MainWindow(QMainWindow):
    """``lazy=True`` paints an empty window at once and builds the rest in :meth:`build`."""

    def __init__(self, lazy: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("LC Planner"))
        self.settings = QSettings()
        self.built = False
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        if not lazy:
            self.build()

    def build(self) -> None:
        """Everything but the bare window: models, pages, menus, settings (once)."""
        if self.built:
            return
        self.built = True
        from .input_guard import install
        from .navigator import NavigatorModel, accept_action_drops
        from .workshop_section import WorkshopSection

        install(QApplication.instance())  # wheel, Ctrl+Z and typing never change data by accident

        self.doc: PlanDocument | None = None
        self.commander: Commander | None = None
        self.undo_stack = QUndoStack(self)
        self._base_font = self.font()

        self.navigator_model = NavigatorModel(self)
        self.navigator = QListView(objectName="navigator")
        self.navigator.setModel(self.navigator_model)
        self.navigator.setAccessibleName(self.tr("Navigator"))
        self.navigator.setSpacing(2)
        self.navigator.setIconSize(QSize(16, 16))
        self.navigator.setUniformItemSizes(True)
        self.navigator.selectionModel().currentChanged.connect(self._on_navigate)
        accept_action_drops(self.navigator)  # actions dragged from the table onto an area move

        self.pages = QStackedWidget()
        self._make_welcome()
        self._plan_pages: tuple[OverviewPage, AreaPage, OrganisationsPage] | None = None

        self.splitter = QSplitter(objectName="mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1050])
        self.setCentralWidget(self.splitter)
        self.file_label = QLabel()
        self.statusBar().addPermanentWidget(self.file_label)
        self.workshop = WorkshopSection(self)  # the workshop's pages and timer (made when shown)
        self._make_actions()
        self._make_menus()
        self._restore_settings()
        self.set_document(None)

    def _make_welcome(self) -> None:
        from .welcome import WelcomePage

        self.welcome = WelcomePage()
        self.pages.insertWidget(0, self.welcome)
        self.welcome.newRequested.connect(self.new_plan)
        self.welcome.openRequested.connect(self.choose_file)
        self.welcome.demoRequested.connect(self.open_demo)
        self.welcome.recentActivated.connect(lambda path: self.open_path(path))

    # --- the UI language -------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Switch the UI language now (and for the next start); the plan stays open."""
        from .language import apply_language

        used = apply_language(code)
        self.settings.setValue("language", used)
        # Qt posts LanguageChange to every widget; changeEvent below rebuilds our texts.

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() == event.Type.LanguageChange and self.built:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Rebuild menus and pages in the new language, keeping the plan, the place and the view."""
        if getattr(self, "_retranslating", False):
            return
        self._retranslating = True
        try:
            key = self.navigator.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
            action_id = self.area_page.current_id() if self._plan_pages is not None else None
            states = {name: getattr(self, name).isChecked() for name in (
                "presentation_action", "editor_action", "fullscreen_action", "timer_action")}
            for action in self.actions():
                self.removeAction(action)
                action.deleteLater()
            self.menuBar().clear()
            self._make_actions()
            self._make_menus()
            for name, checked in states.items():
                getattr(self, name).setChecked(checked)
            self.pages.removeWidget(self.welcome)
            self.welcome.deleteLater()
            self._make_welcome()
            if self._plan_pages is not None:
                for page in self._plan_pages:
                    page.set_commander(None)
                    self.pages.removeWidget(page)
                    page.deleteLater()
                self._plan_pages = None
                for page in self._pages():
                    page.set_commander(self.commander)
            self.workshop.drop_pages()  # made again, in the new language, when next shown
            for action in self.plan_actions:
                action.setEnabled(self.doc is not None)
            self.navigator.setAccessibleName(self.tr("Navigator"))
            self.navigator_model.refresh()
            self._fill_recent_menu()
            self._fit_navigator()
            self._update_title()
            if self.doc is None:
                self.pages.setCurrentWidget(self.welcome)
            elif key:
                self.navigator.setCurrentIndex(self.navigator_model.index(0))
                self.navigator.setCurrentIndex(self.navigator_model.index(
                    self.navigator_model.row_of(key)))
                if action_id is not None:
                    self.area_page.select_action(action_id)
        finally:
            self._retranslating = False

    # --- the plan's pages, built when first needed (the empty window paints sooner) ------------

    def _pages(self) -> tuple[OverviewPage, AreaPage, OrganisationsPage]:
        if self._plan_pages is None:
            from .area_page import AreaPage
            from .organisations_page import OrganisationsPage
            from .overview import OverviewPage

            pages = (OverviewPage(), AreaPage(), OrganisationsPage())
            for page in pages:
                self.pages.addWidget(page)
            pages[0].areaActivated.connect(self.show_area)
            pages[0].stocktakeActivated.connect(self.workshop.show_stocktake)
            self.navigator_model.actionsDropped.connect(pages[1].move_to_area)
            pages[1].editor.setVisible(self.editor_action.isChecked())
            state = self.settings.value("window/areaSplitter")
            if state is not None:
                pages[1].splitter.restoreState(state)
            self._plan_pages = pages
        return self._plan_pages

    @property
    def overview(self) -> OverviewPage:
        return self._pages()[0]

    @property
    def area_page(self) -> AreaPage:
        return self._pages()[1]

    @property
    def organisations_page(self) -> OrganisationsPage:
        return self._pages()[2]

    # --- actions and menus -----------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, name: str = "",  # type: ignore[no-untyped-def]
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setCheckable(checkable)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setObjectName(name)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New Plan…"), self.new_plan, keys.New, "new")
        self.open_action = self._action(self.tr("&Open…"), self.choose_file, keys.Open, "open")
        self.demo_action = self._action(self.tr("Open the &Demo Plan"), self.open_demo, None, "demo")
        self.connect_action = server_link.make_action(self)  # a plan on a PostgreSQL server
        self.copy_action = self._action(self.tr("Save a Copy &As…"), self.save_copy, keys.SaveAs,
                                        "saveCopy")
        self.export_action = self._action(self.tr("&Export Workplan…"), self.export_workplan,
                                          "Ctrl+E", "export")
        self.close_action = self._action(self.tr("&Close"), self.close_plan, keys.Close, "close")
        self.close_action.setShortcuts(keys.Close)  # Ctrl+W too, not only the first (Ctrl+F4)
        self.quit_action = self._action(self.tr("&Quit"), self.close, keys.Quit, "quit")
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Ctrl+Shift+Z and Ctrl+Y on every platform (a platform's own list may lack one of them).
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        redo_keys += [k for k in QKeySequence.keyBindings(keys.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        self.find_action = self._action(self.tr("&Find…"), self.find, keys.Find, "find")
        self.presentation_action = self._action(self.tr("&Presentation Mode"), self.set_presentation,
                                                "Ctrl+Shift+P", "presentation", checkable=True)
        self.editor_action = self._action(self.tr("Action &Editor"), self.show_editor, "F9",
                                          "showEditor", checkable=True)
        self.editor_action.setChecked(self.settings.value("showEditor", True, bool))
        self.fullscreen_action = self._action(self.tr("&Full Screen"), self.toggle_full_screen,
                                              keys.FullScreen, "fullScreen")
        self.fullscreen_action.setShortcuts([QKeySequence(keys.FullScreen), QKeySequence("F11")])
        self.fullscreen_action.setCheckable(True)  # after setShortcuts: toggled by the window
        self.timer_action = self._action(self.tr("Workshop &Timer"), lambda: self.workshop.show_timer(
            self.timer_action.isChecked()), "Ctrl+Shift+T", "workshopTimer", checkable=True)
        self.about_action = self._action(self.tr("&About LC Planner"),
                                         lambda: menu_calls.show_about(self), None, "about")
        self.pdf_action = self._action(self.tr("Export &PDF…"), lambda: menu_calls.export_pdf(self),
                                       "Ctrl+Shift+E", "exportPdf")
        self.report_action = self._action(self.tr("Progress Repor&t…"),
                                          lambda: menu_calls.export_report(self), "Ctrl+Shift+R",
                                          "progressReport")
        self.import_action = self._action(self.tr("&Import Workbook…"),
                                          lambda: menu_calls.import_workbook(self), "Ctrl+I",
                                          "importWorkbook")
        self.version_actions = versions.make_actions(self)  # snapshots, compare, groups
        self.plan_actions = (self.copy_action, self.export_action, self.pdf_action,
                             self.report_action, self.import_action, *self.version_actions,
                             self.close_action, self.find_action)
        self.export_runner = None

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action, self.connect_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addActions([self.copy_action, self.export_action, self.pdf_action,
                              self.report_action, self.import_action])
        file_menu.addSeparator()
        file_menu.addActions(self.version_actions)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        from .panes import cycle

        next_pane = self._action(self.tr("Ne&xt Pane"), lambda: cycle(self, 1), "F6", "nextPane")
        previous_pane = self._action(self.tr("Previous Pa&ne"), lambda: cycle(self, -1),
                                     "Shift+F6", "previousPane")
        self.gaps_action = self._action(self.tr("&Gaps…"), self.show_gaps, "Ctrl+G", "gaps")
        view_menu.addActions([self.editor_action, self.presentation_action, self.fullscreen_action,
                              next_pane, previous_pane, self.gaps_action, self.timer_action])
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        from .language import LanguageMenu
        from .navigator import fill_go_menu

        fill_go_menu(self.go_menu, self.navigator)

        self.language_menu = LanguageMenu(self.tr("&Language"), self.settings.value(
            "language", "en") or "en", self)
        self.language_menu.languageChosen.connect(self.set_language)
        self.menuBar().addMenu(self.language_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))
        self.welcome.set_recent(recent)

    # --- settings --------------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [p for p in paths if isinstance(p, str) and p][:MAX_RECENT]

    def _remember(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self.settings.setValue("lastFile", str(path))
        self._fill_recent_menu()

    def _restore_settings(self) -> None:
        state = self.settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.presentation_action.setChecked(self.settings.value("presentation", False, bool))
        self.set_presentation(self.presentation_action.isChecked())
        self._fill_recent_menu()

    def _save_settings(self) -> None:
        if not self.built:
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        if self._plan_pages is not None:
            self.settings.setValue("window/areaSplitter", self.area_page.splitter.saveState())
        self.settings.setValue("presentation", self.presentation_action.isChecked())
        self.settings.setValue("showEditor", self.editor_action.isChecked())
        self.settings.sync()

    # --- opening and closing plans ---------------------------------------------------------------

    def start(self, file: str | None = None, demo: bool = False, read_only: bool = False,
              lang: str | None = None) -> None:
        """What `lcplanner` opens: the file, a demo copy, the last plan, or the welcome page."""
        if file:
            self.open_path(file, read_only=read_only)
        elif demo:
            self.open_demo(lang)
        else:
            last = self.settings.value("lastFile", "")
            if isinstance(last, str) and last and os.path.exists(last):
                self.open_path(Path(last), quiet=True)

    def open_path(self, path: Path | str, read_only: bool = False, quiet: bool = False) -> bool:
        """Open a plan file (or a server's plan, by URL); on refusal show the store's message
        and keep the current plan."""
        from ..core.document import PlanDocument
        from ..server.targets import is_server

        if is_server(path):
            return server_link.open_server(self, str(path), read_only)
        path = Path(path)

        try:
            with busy():
                doc = PlanDocument.open(path, read_only=read_only)
        except PlanLocked as exc:
            answer = QMessageBox.question(
                self, self.tr("Plan in use"),
                self.tr("%1\n\nOpen it read-only?").replace("%1", exc.message()))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            return self.open_path(path, read_only=True)
        except PlanError as exc:
            if not quiet:
                from .rescue_dialog import refused

                rescued = refused(self, path, exc, self.tr("LC Planner plans (%1)")
                                  .replace("%1", PLAN_FILTER))
                if rescued is not None:
                    return self.open_path(rescued)
            return False
        self.set_document(doc)
        if doc.file.backup is not None:
            self.statusBar().showMessage(self.tr("Upgraded the plan file; the old version is kept "
                                                 "as %1").replace("%1", doc.file.backup.name))
        return True

    def choose_file(self) -> None:
        path = ask_path(self, self.tr("Open plan"), str(documents_folder()),
                        self.tr("LC Planner plans (%1)").replace("%1", PLAN_FILTER), save=False)
        if path is not None:
            self.open_path(path)

    def open_demo(self, lang: str | None = None) -> bool:
        """Open a fresh copy of the demo plan in the user's documents folder."""
        from ..core.demo import build_demo

        language = lang if isinstance(lang, str) and lang else self.settings.value("demoLanguage", "tr")
        language = "tr" if str(language).startswith("tr") else "en"
        folder = documents_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with busy():
                doc = build_demo(unique_path(folder, self.tr("Demo plan"), language), language)
        except (PlanError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Cannot create the demo plan"),
                                 exc.message() if isinstance(exc, PlanError) else str(exc))
            return False
        self.set_document(doc)
        return True

    def new_plan(self) -> bool:
        from ..core.document import PlanDocument
        from .welcome import NewPlanDialog

        from .choices import ui_plan_language

        dialog = NewPlanDialog(self, language=ui_plan_language())
        try:
            if dialog.exec() != NewPlanDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        finally:
            shiboken6.delete(dialog)  # now, not at exit (see file_dialogs)
        folder = documents_folder()
        folder.mkdir(parents=True, exist_ok=True)
        suggestion = unique_path(folder, str(values["city"]), "")
        path = ask_path(self, self.tr("Save the new plan as"), str(suggestion),
                        self.tr("LC Planner plans (%1)").replace("%1", PLAN_FILTER), save=True,
                        suffix="lcplan")
        if path is None:
            return False
        if path.suffix != ".lcplan":
            path = path.with_name(path.name + ".lcplan")
        return self.create_plan(path, values, PlanDocument)

    def create_plan(self, path: Path, values: dict, document_class=None) -> bool:  # type: ignore[no-untyped-def, type-arg]
        if document_class is None:
            from ..core.document import PlanDocument as document_class
        city = str(values.pop("city"))
        title = str(values.pop("title", "")) or None
        try:
            doc = document_class.create(path, city, title, overwrite=path.exists(), **values)
        except PlanError as exc:
            QMessageBox.critical(self, self.tr("Cannot create the plan"), exc.message())
            return False
        self.set_document(doc)
        return True

    def save_copy(self) -> None:
        versions.save_copy(self)

    def export_workplan(self, target: Path | None = None, lang: str | None = None) -> None:
        """Ask where, then write the Excel workplan in a worker thread (the plan's language)."""
        if self.doc is None:
            return
        from .export_dialog import export_from_window

        self.export_runner = export_from_window(self, self.doc, target, lang)

    def close_plan(self) -> None:
        self.set_document(None)

    def set_document(self, doc: PlanDocument | None) -> None:
        old = self.doc
        self.undo_stack.clear()
        if old is not None:
            old.changed.disconnect(self._on_doc_changed)
        self.doc = doc
        if doc is not None:
            from .commander import Commander

            self.commander = Commander(doc, self.undo_stack, self)
            # a refused edit, undo or redo is said on every page too (someone else's change)
            self.commander.failed.connect(lambda text, _f: self.statusBar().showMessage(text, 15000))
        else:
            self.commander = None
        if doc is not None:
            doc.changed.connect(self._on_doc_changed)
            self._remember(doc.path)
        self.navigator_model.set_document(doc)
        self._fit_navigator()
        if doc is not None or self._plan_pages is not None:
            for page in self._pages():
                page.set_commander(self.commander)
        self.workshop.set_commander(self.commander)
        if old is not None:
            old.close()
        self.navigator.setVisible(doc is not None)
        for action in self.plan_actions:
            action.setEnabled(doc is not None)
        if doc is None:
            self._fill_recent_menu()
            self.pages.setCurrentWidget(self.welcome)
        else:
            self.navigator.setCurrentIndex(self.navigator_model.index(0))
            self.pages.setCurrentWidget(self.overview)
            self.navigator.setFocus()  # arrows move through the areas; nothing typed lands in a field
            # Fold the actions' text for search while the person reads the overview.
            QTimer.singleShot(500, lambda d=doc: None if d.closed else d.prepare_search())
        self._update_title()

    def _on_doc_changed(self, kind: str, _ids: list) -> None:  # type: ignore[type-arg]
        if kind in ("plan", "all"):
            self._update_title()
        self.statusBar().showMessage(self.tr("Saved at %1").replace(
            "%1", QTime.currentTime().toString("HH:mm:ss")), 5000)

    def _update_title(self) -> None:
        if self.doc is None:
            self.setWindowTitle(self.tr("LC Planner"))
            self.file_label.clear()
            return
        plan = self.doc.plan()
        title = self.tr("%1 – LC Planner").replace("%1", plan.title)
        if self.doc.read_only:
            title = self.tr("%1 [read-only]").replace("%1", title)
        self.setWindowTitle(title)
        self.setWindowFilePath(str(self.doc.path))
        self.file_label.setText(str(self.doc.path))

    # --- navigation and view ---------------------------------------------------------------------

    def show_area(self, code: str) -> None:
        self.navigator.setCurrentIndex(self.navigator_model.index(self.navigator_model.row_of(code)))

    def _on_navigate(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        from .navigator import MONITORING_STEPS, ORGANISATIONS, OVERVIEW, WORKSHOP_STEPS, KeyRole

        key = current.data(KeyRole)
        if self.doc is None or key is None:
            return
        if key == OVERVIEW:
            self.pages.setCurrentWidget(self.overview)
        elif key == ORGANISATIONS:
            self.pages.setCurrentWidget(self.organisations_page)
        elif key in WORKSHOP_STEPS or key in MONITORING_STEPS:
            self.pages.setCurrentWidget(self.workshop.page(key))
        elif key in framework.PLAN_AREA_CODES:
            self.area_page.set_area(key)
            self.pages.setCurrentWidget(self.area_page)

    def show_gaps(self) -> None:
        """Every gap of the plan; choosing one goes to its action and field."""
        from .gaps_dialog import show_gaps

        show_gaps(self)

    def find(self) -> None:
        """Ctrl+F: the whole plan's search panel (find_panel)."""
        if self.doc is not None:
            from .find_panel import open_find

            open_find(self)

    def set_presentation(self, on: bool) -> None:
        """Larger type for a projector: every widget inherits the window's font."""
        font = self._base_font
        if on:
            font = type(font)(font)
            font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.5)
        self.setFont(font)
        self._fit_navigator()

    def show_editor(self, on: bool) -> None:
        """Hide the action editor to give the table the whole width (a projector, a small screen)."""
        if self._plan_pages is not None:
            self.area_page.editor.setVisible(on)

    def _fit_navigator(self) -> None:
        """Wide enough for the longest area name, up to 220 px (1024 px in presentation type)."""
        self.navigator.setMinimumWidth(min(self.navigator.sizeHintForColumn(0) + 28, 220))

    def toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        self.fullscreen_action.setChecked(self.isFullScreen())

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self.built:
            self._save_settings()
            self.set_document(None)
        super().closeEvent(event)

"""Issue 16 in the window: File → Connect to Server… by keyboard, the password asked for and
never kept, others' edits appearing on the page, a refused edit said and the page showing the
other person's value."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))

from person import type_text  # noqa: E402

from lcplanner.core.document import PlanDocument  # noqa: E402
from lcplanner.server.store import ServerPlan  # noqa: E402
from lcplanner.ui.action_table import COLUMNS  # noqa: E402
from lcplanner.ui.server_link import ConnectDialog  # noqa: E402


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.fixture
def plan(postgres_url):  # type: ignore[no-untyped-def]
    """A plan on the test database: (URL naming it, its UUID)."""
    doc = PlanDocument(ServerPlan.create(postgres_url, "Bolu", title="Öğrenen Bolu",
                                         language="en"))
    doc.add_action("BB1", "Play houses")
    doc.add_action("BB1", "Reading clubs")
    ident = doc.plan().uuid
    doc.close()
    return f"{_plain(postgres_url)}?plan={ident}", ident


def _field(qtbot, field: QLineEdit, value: str) -> None:
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    type_text(qtbot, value)


def test_connect_by_keyboard_and_nothing_secret_is_kept(qtbot, window, modal, plan,
                                                        postgres_url):
    url, ident = plan
    parts = _plain(postgres_url).split("/")
    host, port = parts[2].split("@")[1].split(":")
    database = parts[3]

    def answer(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ConnectDialog)
        _field(qtbot, dialog.host, host)
        _field(qtbot, dialog.port, port)
        _field(qtbot, dialog.database, database)
        _field(qtbot, dialog.user, "postgres")
        _field(qtbot, dialog.password, "not-kept-anywhere")
        assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Li&st Plans
        qtbot.waitUntil(lambda: dialog.plans.count() == 1)
        assert dialog.plans.currentItem().text() == "Öğrenen Bolu"
        qtbot.keyClick(dialog.plans, Qt.Key.Key_Return)

    window.activateWindow()
    qtbot.waitActive(window)
    modal.next(answer)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    modal.check()
    qtbot.waitUntil(lambda: window.doc is not None)
    assert window.doc.plan().uuid == ident
    assert "not-kept-anywhere" not in str(window.doc.path) and ident in str(window.doc.path)
    settings = QSettings()
    kept = {k: str(settings.value(k)) for k in settings.allKeys()}
    assert kept["server/host"] == host and kept["server/database"] == database
    assert not any("not-kept-anywhere" in v for v in kept.values())
    assert not any("password" in k.lower() for k in kept)
    recent = [str(p) for p in window.recent_files()]
    assert recent and recent[0] == str(window.doc.path)


def test_a_password_is_asked_for_when_the_server_wants_one(qtbot, window, modal, postgres_url):
    role = "lcp_password"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    secret = uuid.uuid4().hex
    with admin.connect() as conn:
        conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{secret}' SUPERUSER"))
    admin.dispose()
    owner = PlanDocument(ServerPlan.create(postgres_url, "Bolu", language="en"))
    owner.close()
    url = _plain(postgres_url).replace("postgres@", f"{role}@", 1)
    asked: list[str] = []

    def answer(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        assert dialog.textEchoMode() == QLineEdit.EchoMode.Password
        dialog.setTextValue(secret)
        dialog.accept()

    modal.next(answer)
    assert window.open_path(url)
    modal.check()
    assert asked and role in asked[0]
    assert window.doc is not None and secret not in str(window.doc.path)
    window.close_plan()
    with create_engine(postgres_url, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f"DROP OWNED BY {role}"))
        conn.execute(text(f"DROP ROLE {role}"))


def _on_area(qtbot, window, url: str):  # type: ignore[no-untyped-def]
    """The window on the server plan's BB1 page, listening: (page, the title's column)."""
    assert window.open_path(url)
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_area("BB1")
    qtbot.waitUntil(lambda: window._notices.wait_listening(0.1))
    return window.area_page, [k for k, _ in COLUMNS].index("title")


def test_others_edits_appear_and_a_stale_edit_is_refused_on_the_page(qtbot, window, plan,
                                                                     postgres_url):
    url, ident = plan
    page, title = _on_area(qtbot, window, url)
    other = PlanDocument(ServerPlan.open(postgres_url, ident))
    try:
        play = other.actions()[0].id
        other.update_action(play, title="Play houses for toddlers")
        qtbot.waitUntil(lambda: page.proxy.index(0, title).data() == "Play houses for toddlers",
                        timeout=5000)  # within seconds, no restart
        window._notices.stop()  # deaf for a moment: the next change of the other is not heard
        other.update_action(play, title="Play houses in parks")
        page.table.setFocus()
        qtbot.waitUntil(page.table.hasFocus)
        page.table.setCurrentIndex(page.proxy.index(0, title))
        type_text(qtbot, "Play houses everywhere")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Someone else changed" in window.statusBar().currentMessage())
        said = window.statusBar().currentMessage()
        assert "BB1-1" in said and "Play houses in parks" in said
        qtbot.waitUntil(lambda: page.proxy.index(0, title).data() == "Play houses in parks")
        assert other.action(play).title == "Play houses in parks"  # nothing overwritten
        assert window.undo_stack.count() == 0
    finally:
        other.close()


def _script_server(postgres_url: str) -> Path:
    """scripts/postgres.sh, when the test server is the one it runs (CI's): else skip."""
    script = Path(__file__).resolve().parents[2] / "scripts" / "postgres.sh"
    if ":54329/" not in postgres_url:
        pytest.skip("the server restart needs the server scripts/postgres.sh runs (port 54329)")
    return script


@pytest.mark.qt_no_exception_capture  # the app's own hook: a lost link is said, not a crash
def test_a_server_restart_keeps_the_unsent_edit_and_sends_it_when_back(qtbot, window, plan,
                                                                        postgres_url):
    import subprocess

    from PySide6.QtWidgets import QLabel

    from lcplanner.ui import crash

    script = _script_server(postgres_url)
    crashes: list[str] = []
    crash.install_excepthook(lambda: window, show_dialog=crashes.append)
    url, ident = plan
    page, title = _on_area(qtbot, window, url)
    play = page.proxy.index(0, 0).data(257)
    subprocess.run(["bash", str(script), "stop"], check=True, timeout=60)
    try:
        qtbot.waitUntil(lambda: "connection to the server was lost" in
                        window.statusBar().currentMessage(), timeout=10000)
        page.table.setFocus()
        qtbot.waitUntil(page.table.hasFocus)
        page.table.setCurrentIndex(page.proxy.index(0, title))
        type_text(qtbot, "Play houses, typed offline")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.findChild(QLabel, "unsentEdits") is not None)
        label = window.findChild(QLabel, "unsentEdits")
        assert label.isVisible() and "Play houses, typed offline" in label.toolTip()
        assert label.text().startswith("1 change not sent")
        assert window.undo_stack.count() == 0  # not on the stack: it is not saved yet
    finally:
        subprocess.run(["bash", str(script), "start"], check=True, timeout=120,
                       capture_output=True)
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=20000)  # reconnected and sent
    qtbot.waitUntil(lambda: page.proxy.index(0, title).data() == "Play houses, typed offline")
    check = PlanDocument(ServerPlan.open(postgres_url, ident, read_only=True))
    try:
        assert check.action(play).title == "Play houses, typed offline"
    finally:
        check.close()
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.doc.action(play).title == "Play houses"
    crash.uninstall_excepthook()
    assert crashes == []  # reads that failed while the server was away were no crash


def _schema_6_plan(postgres_url: str) -> None:
    """A database as LC Planner 0.6 left it: schema 6, one plan."""
    from alembic import command
    from alembic.config import Config

    engine = create_engine(postgres_url)
    config = Config()
    config.set_main_option("script_location", "lcplanner.core:migrations")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0006")
        conn.execute(text(
            "INSERT INTO plan (uuid, city, country, title, vision, period_start, period_end, "
            "currency, language, created_at, updated_at) VALUES ('66666666-6666-4666-8666-"
            "666666666666', 'Bolu', '', 'Öğrenen Bolu', '', 2026, 2028, 'TRY', 'en', now(), "
            "now())"))
    engine.dispose()


def test_an_older_server_is_upgraded_only_when_the_person_chooses(qtbot, window, modal,
                                                                  postgres_url):
    from PySide6.QtWidgets import QMessageBox

    _schema_6_plan(postgres_url)
    url = _plain(postgres_url)
    seen: list[str] = []

    def cancel(box):  # type: ignore[no-untyped-def]
        seen.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Cancel).click()

    modal.next(cancel)
    assert not window.open_path(url)
    modal.check()
    assert "older LC Planner" in seen[0] and "upgrade it now" in seen[0]
    with create_engine(postgres_url).connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0006"

    def upgrade(box):  # type: ignore[no-untyped-def]
        [button] = [b for b in box.buttons() if b.text() == "&Upgrade"]
        button.click()

    modal.next(upgrade)
    assert window.open_path(url)
    modal.check()
    assert window.doc.plan().title == "Öğrenen Bolu" and window.doc.plan().row_version == 1
    window.close_plan()
    with create_engine(postgres_url).connect() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        conn.commit()
    refused: list[str] = []
    modal.next(lambda box: (refused.append(box.text()), box.close()))
    assert not window.open_path(url)
    modal.check()
    assert "newer LC Planner" in refused[0]

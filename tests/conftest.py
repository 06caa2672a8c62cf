"""Test configuration: headless Qt, and user folders redirected into a temp dir.

QT_QPA_PLATFORM is set here, before any Qt import creates an application, so the tests run
without a display on CI and on a developer's machine alike.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep settings, logs and documents of the app under test away from the real user's folders.
_HOME = tempfile.mkdtemp(prefix="lcplanner-test-home-")
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = os.path.join(_HOME, var.lower())
os.environ["XDG_DOCUMENTS_DIR"] = os.path.join(_HOME, "Documents")

from collections.abc import Callable  # noqa: E402

from PySide6.QtCore import QLocale, QSettings, QTimer  # noqa: E402  (after QT_QPA_PLATFORM)
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """A fresh Turkish demo plan file (closed), built by the real builder."""
    from lcplanner.core.demo import build_demo

    path = tmp_path / "demo.lcplan"
    build_demo(path, "tr").close()
    return path


_numbers = itertools.count()


def _server() -> str:
    url = os.environ.get("LCPLANNER_TEST_POSTGRES", "")
    if not url:
        reason = ("no PostgreSQL server: run scripts/postgres.sh start and export "
                  "LCPLANNER_TEST_POSTGRES with the URL it prints")
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        import psycopg  # noqa: F401 - the driver, from the [server] extra
    except ImportError:
        pytest.fail("psycopg is not installed: pip install '.[test]' brings it")
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


@pytest.fixture
def postgres_url():  # type: ignore[no-untyped-def]
    """The URL of a new, empty database on the test server; dropped afterwards."""
    from sqlalchemy import create_engine, text

    server = _server()
    name = f"lcp_test_{os.getpid()}_{next(_numbers)}_{uuid.uuid4().hex[:6]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT", pool_pre_ping=True)  # a restart
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base, _sep, _db = server.rpartition("/")
    yield f"{base}/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["file", "server"])
def store_doc(request, tmp_path: Path):
    """The empty Turkish plan of ``doc`` on a file and on a PostgreSQL server database (issue
    16): the document's tests override ``doc`` with it and run on both engines."""
    from lcplanner.core.document import PlanDocument

    if request.param == "file":
        yield request.getfixturevalue("file_doc")
        return
    from lcplanner.server.store import ServerPlan

    url = request.getfixturevalue("postgres_url")
    document = PlanDocument(ServerPlan.create(url, "İzmir", "Öğrenen İzmir", period_start=2026,
                                              period_end=2028, language="tr"))
    yield document
    document.close()


@pytest.fixture
def file_doc(tmp_path: Path):
    """An open, empty Turkish plan on a real file in a temp folder (``doc``; by this name where
    the document's tests override ``doc`` with both engines)."""
    from lcplanner.core.document import PlanDocument

    document = PlanDocument.create(tmp_path / "plan.lcplan", "İzmir", "Öğrenen İzmir",
                                   period_start=2026, period_end=2028, language="tr")
    yield document
    document.close()


@pytest.fixture
def doc(file_doc):  # type: ignore[no-untyped-def]
    """An open, empty Turkish plan on a real file in a temp folder."""
    return file_doc


# --- window fixtures (isolated QSettings, a real window, an answerer of modal dialogs) ------------


@pytest.fixture
def settings_dir(qapp, tmp_path: Path) -> Path:
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("LC Planner tests")
    qapp.setApplicationName("LC Planner tests")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return folder


@pytest.fixture
def window(qtbot, settings_dir):
    from lcplanner.ui.language import apply_language
    from lcplanner.ui.main_window import MainWindow

    apply_language("en")  # as the app does at start: English with its plural forms
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


class ModalAnswerer:
    """Waits for the next modal dialog, records it, and lets a callback answer it."""

    def __init__(self) -> None:
        self.seen: list[QWidget] = []
        self.texts: list[str] = []
        self.errors: list[BaseException] = []
        self.kinds: list[str] = []
        self.icons: list[object] = []

    def check(self) -> None:
        """Re-raise the first failure that happened inside an answer."""
        if self.errors:
            raise self.errors[0]

    def next(self, answer: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
        waited = [0]

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                waited[0] += 20
                if waited[0] < timeout_ms:
                    QTimer.singleShot(20, poll)
                return
            self.seen.append(dialog)
            self.kinds.append(type(dialog).__name__)
            self.texts.append(getattr(dialog, "text", lambda: "")())
            self.icons.append(getattr(dialog, "icon", lambda: None)())
            try:
                answer(dialog)
            except BaseException as exc:  # never raise inside Qt's event loop: report later
                self.errors.append(exc)
                dialog.close()

        QTimer.singleShot(0, poll)


@pytest.fixture
def modal() -> ModalAnswerer:
    return ModalAnswerer()


def pytest_sessionfinish(session, exitstatus):  # noqa: ARG001 - pytest hook signature
    shutil.rmtree(_HOME, ignore_errors=True)

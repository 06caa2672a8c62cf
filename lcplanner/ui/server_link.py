"""Team mode in the window (issue 16): File → Connect to Server…, a plan opened from a server
URL, others' changes followed as they happen, and the state of the link in the status bar.

The password is asked for each time and kept only in the open connection's URL: the dialog
remembers host, port, database and user (QSettings), never the password, and the recent-plans
list holds the URL without it.  The connection uses TLS whenever the server offers it
(libpq's ``sslmode=prefer``); "Require an encrypted connection" makes it ``require``.
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import PlanError
from .waiting import busy

if TYPE_CHECKING:
    from .main_window import MainWindow

CONTEXT = "ServerLink"
RETRY_MS = 3000  # how often kept edits are tried again while the link is down
CONNECT_MENU = QT_TRANSLATE_NOOP("ServerLink", "Connect to Ser&ver…")
LOST = QT_TRANSLATE_NOOP("ServerLink", "The connection to the server was lost (%1). Trying again; "
                         "edits cannot be saved until it is back.")
BACK = QT_TRANSLATE_NOOP("ServerLink", "Connected to the server again; the plan was read again.")
PASSWORD_TITLE = QT_TRANSLATE_NOOP("ServerLink", "Server Password")
PASSWORD_LABEL = QT_TRANSLATE_NOOP("ServerLink", "Password for %1 on %2:")
CHOOSE_TITLE = QT_TRANSLATE_NOOP("ServerLink", "Choose a Plan")
CHOOSE_LABEL = QT_TRANSLATE_NOOP("ServerLink", "The database holds several plans. Open:")
REFUSED_TITLE = QT_TRANSLATE_NOOP("ServerLink", "Cannot Open the Server Plan")
UPGRADE_TITLE = QT_TRANSLATE_NOOP("ServerLink", "Upgrade the Server Database?")
UPGRADE_ASK = QT_TRANSLATE_NOOP(
    "ServerLink", "%1\n\nLC Planner can upgrade it now, in one step. Everyone else should "
    "close the plans of this database first: an older LC Planner cannot open them afterwards.")
UPGRADE_BUTTON = QT_TRANSLATE_NOOP("ServerLink", "&Upgrade")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def make_action(window: MainWindow) -> QAction:
    """The File menu's entry (made again with the window's other actions)."""
    return window._action(tr(CONNECT_MENU), lambda: connect(window), "Ctrl+Shift+O",
                          "connectServer")


def connect(window: MainWindow) -> bool:
    """Ask where (the dialog), then open the chosen plan."""
    dialog = ConnectDialog(window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        url, password = dialog.url(), dialog.password.text() or None
    finally:
        shiboken6.delete(dialog)  # at once (as versions.py does), its password field with it
    return open_server(window, url, password=password)


def open_server(window: MainWindow, url: str, read_only: bool = False,
                password: str | None = None) -> bool:
    """Open the plan ``url`` names in ``window``: asks for a password the server wants and for
    the plan when the database holds several; a refusal is said and changes nothing."""
    from sqlalchemy.engine import make_url

    from ..server.errors import ChoosePlan, ServerNeedsUpgrade, ServerUnreachable
    from ..server.targets import open_document, with_plan

    target = url
    if password:
        target = make_url(url).set(password=password).render_as_string(hide_password=False)
    try:
        with busy():
            doc = open_document(target, read_only=read_only)
    except ChoosePlan as exc:
        chosen = _choose(window, exc.plans)
        return chosen is not None and open_server(window, with_plan(url, chosen), read_only,
                                                  password)
    except ServerNeedsUpgrade as exc:
        return _upgrade(window, exc, target) and open_server(window, url, read_only, password)
    except ServerUnreachable as exc:
        if password is None and "password" in " ".join(exc.details).lower():
            asked = ask_password(window, url)
            return asked is not None and open_server(window, url, read_only, asked)
        QMessageBox.critical(window, tr(REFUSED_TITLE), exc.message())
        return False
    except PlanError as exc:
        QMessageBox.critical(window, tr(REFUSED_TITLE), exc.message())
        return False
    window.set_document(doc)
    follow(window, doc)
    return True


def _upgrade(window: MainWindow, exc: PlanError, target: str) -> bool:
    """Say the database is older, and upgrade it only when the person chooses to."""
    from ..server.store import engine_of, upgrade
    from ..server.targets import split

    box = QMessageBox(QMessageBox.Icon.Question, tr(UPGRADE_TITLE),
                      tr(UPGRADE_ASK).replace("%1", exc.message()), parent=window)
    box.setObjectName("upgradeServer")
    upgrade_button = box.addButton(tr(UPGRADE_BUTTON), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # never by a stray Enter
    box.exec()
    if box.clickedButton() is not upgrade_button:
        return False
    engine = engine_of(split(target)[0])
    try:
        with busy():
            upgrade(engine)
    except Exception as error:  # noqa: BLE001 - a refusal of the server (rights): said
        QMessageBox.critical(window, tr(REFUSED_TITLE), str(getattr(error, "orig", error)))
        return False
    finally:
        engine.dispose()
    return True


def follow(window: MainWindow, doc: Any) -> None:
    """Others' changes reach the document; the link's losses and returns the status bar."""
    from ..server.notices import Notices

    old = getattr(window, "_notices", None)
    if old is not None:
        old.stop()
        old.deleteLater()
    retry = getattr(window, "_unsent_retry", None)
    if retry is not None:  # the last server plan's: its commander is gone with it
        retry.stop()
        retry.deleteLater()
    notices = Notices(doc.file, window)
    notices.lost.connect(lambda why: window.statusBar().showMessage(tr(LOST).replace("%1", why)))
    notices.back.connect(lambda: window.statusBar().showMessage(tr(BACK), 15000))
    notices.follow(doc)
    window._notices = notices  # type: ignore[attr-defined]
    commander = window.commander
    if commander is not None:  # the edits kept while the link was down go now, in order
        notices.back.connect(commander.send_unsent)
        commander.unsent_changed.connect(lambda text: _show_unsent(window, text))
        retry = QTimer(window)
        retry.setInterval(RETRY_MS)
        retry.timeout.connect(lambda: commander.unsent and commander.send_unsent())
        commander.unsent_changed.connect(lambda text: retry.start() if text else retry.stop())
        window._unsent_retry = retry  # type: ignore[attr-defined]


def _show_unsent(window: MainWindow, text: str) -> None:
    """The kept edits stay in sight (a label in the status bar) until sent or refused."""
    label = window.findChild(QLabel, "unsentEdits")
    if label is None:
        label = QLabel(window)
        label.setObjectName("unsentEdits")
        label.setStyleSheet("QLabel { color: palette(bright-text); background: #b35900; "
                            "padding: 1px 6px; border-radius: 3px; }")
        window.statusBar().addPermanentWidget(label)
    # at most two fifths of the window: the status bar's own message and the plan's name stay
    # readable beside it; the whole text is the label's tooltip
    room = max(200, window.width() * 2 // 5)
    label.setText(label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room))
    label.setToolTip(text)
    label.setVisible(bool(text))


def ask_password(parent: QWidget, url: str) -> str | None:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    dialog = QInputDialog(parent)
    dialog.setObjectName("serverPassword")
    dialog.setWindowTitle(tr(PASSWORD_TITLE))
    dialog.setLabelText(tr(PASSWORD_LABEL).replace("%1", parsed.username or getpass.getuser())
                        .replace("%2", parsed.host or "localhost"))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.textValue():
        return None
    return dialog.textValue()


def _choose(parent: QWidget, plans: list[tuple[str, str]]) -> str | None:
    titles = [f"{title} ({uuid[:8]})" for uuid, title in plans]
    dialog = QInputDialog(parent)
    dialog.setObjectName("choosePlan")
    dialog.setWindowTitle(tr(CHOOSE_TITLE))
    dialog.setLabelText(tr(CHOOSE_LABEL))
    dialog.setComboBoxItems(titles)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return plans[titles.index(dialog.textValue())][0]


class ConnectDialog(QDialog):
    """Where the plan is: host, port, database, user, password; then which plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to Server"))
        settings = QSettings()
        self.host = QLineEdit(str(settings.value("server/host", "localhost")))
        self.port = QLineEdit(str(settings.value("server/port", "5432")))
        self.port.setValidator(QIntValidator(1, 65535, self))
        self.database = QLineEdit(str(settings.value("server/database", "")))
        self.user = QLineEdit(str(settings.value("server/user", "") or getpass.getuser()))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QCheckBox(self.tr("&Require an encrypted connection (TLS)"))
        self.tls.setChecked(settings.value("server/requireTls", False, bool))
        form = QFormLayout()
        for label, field in ((self.tr("Hos&t:"), self.host), (self.tr("&Port:"), self.port),
                             (self.tr("Data&base:"), self.database), (self.tr("&User:"), self.user),
                             (self.tr("Pass&word:"), self.password)):
            form.addRow(label, field)
            form.labelForField(field).setBuddy(field)  # type: ignore[union-attr]
        form.addRow("", self.tls)
        note = QLabel(self.tr("The password is not kept: LC Planner asks for it each time. "
                              "The connection is encrypted whenever the server offers it."))
        note.setWordWrap(True)
        self.list_button = QPushButton(self.tr("Li&st Plans"))
        self.list_button.clicked.connect(self.list_plans)
        self.plans = QListWidget()
        self.plans.setObjectName("serverPlans")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("connectError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.addButton(self.tr("&Open"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setEnabled(False)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.plans.currentItemChanged.connect(
            lambda item, _old: self.open_button.setEnabled(item is not None))
        self.plans.itemActivated.connect(lambda _item: self._accept())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.list_button)
        layout.addWidget(self.plans)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def base_url(self, with_password: bool = False) -> str:
        """The database's URL from the fields (the password only for connecting now)."""
        user = quote(self.user.text().strip(), safe="")
        secret = quote(self.password.text(), safe="") if with_password else ""
        login = f"{user}:{secret}@" if secret else (f"{user}@" if user else "")
        url = (f"postgresql://{login}{self.host.text().strip() or 'localhost'}:"
               f"{self.port.text().strip() or '5432'}/{quote(self.database.text().strip())}")
        return url + ("?sslmode=require" if self.tls.isChecked() else "")

    def url(self) -> str:
        """The chosen plan's URL, without the password."""
        from ..server.targets import with_plan

        item = self.plans.currentItem()
        base = self.base_url()
        return with_plan(base, item.data(256)) if item is not None else base

    def list_plans(self) -> None:
        """Connect and list the database's plans (or say in the dialog why not)."""
        from sqlalchemy.exc import OperationalError, ProgrammingError

        from ..server.errors import ServerUnreachable
        from ..server.store import engine_of, plans, shown

        self.plans.clear()
        self.error.clear()
        engine = engine_of(self.base_url(with_password=True))
        try:
            with busy():
                found = plans(engine)
        except OperationalError as exc:
            found = []
            self.error.setText(ServerUnreachable(None, shown(engine.url),
                                                 getattr(exc, "orig", exc)).message())
        except ProgrammingError:  # no plan table
            found = []
            self.error.setText(self.tr("This database holds no LC Planner plans."))
        finally:
            engine.dispose()
        for uuid, title in found:
            item = QListWidgetItem(title)
            item.setData(256, uuid)
            item.setToolTip(uuid)
            self.plans.addItem(item)
        if found:
            self.plans.setCurrentRow(0)
            self.plans.setFocus()
            self._remember()

    def _remember(self) -> None:
        settings = QSettings()
        for key, field in (("host", self.host), ("port", self.port),
                           ("database", self.database), ("user", self.user)):
            settings.setValue(f"server/{key}", field.text().strip())
        settings.setValue("server/requireTls", self.tls.isChecked())

    def _accept(self) -> None:
        if self.plans.currentItem() is not None:
            self.accept()

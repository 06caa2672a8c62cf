"""Team mode on the command line (issue 16): a plan between a file and a shared server.

    lcplanner publish FILE URL            copy a .lcplan file's plan to a PostgreSQL database
    lcplanner take-offline URL FILE       a .lcplan copy of a server plan for a workshop offline
    lcplanner merge URL FILE              merge that copy back when the network is there again
    lcplanner upgrade-server URL          bring a database saved by an older LC Planner up to date
    lcplanner grant URL USER viewer|editor   who may read, who may change the plan (roles)
    lcplanner revoke URL USER             take them back

A URL is ``postgresql://user@host:port/database``, with ``?plan=UUID`` when the database holds
several plans; ``info``, ``check``, ``export``, ``pdf``, ``report`` and the group commands take
one wherever they take a file.  The password comes from PGPASSWORD or ~/.pgpass, or is asked
for when the command runs in a terminal; it is never written anywhere.  Exit codes: 0 done, 3 a
plan or server that cannot be read or is refused.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from PySide6.QtCore import QObject

from . import i18n

COMMANDS = ("publish", "take-offline", "upgrade-server", "grant", "revoke")


class ServerCli(QObject):
    """The commands' texts (context "ServerCli")."""

    def __init__(self, lang: str | None = None) -> None:
        super().__init__()
        self._texts = i18n.Texts(lang or i18n.system_language())

    def tr(self, source: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        return self._texts("ServerCli", source, n)

    def help_texts(self) -> dict[str, str]:
        return {
            "publish": self.tr("copy a plan file's plan to a PostgreSQL server, for the city "
                               "team to edit together"),
            "take_offline": self.tr("write a plan file copy of a server plan for a workshop "
                                    "without network; merge it back later"),
            "upgrade_server": self.tr("upgrade the plans of a server database saved by an older "
                                      "LC Planner (everyone's windows on it must be closed)"),
            "offline_force": self.tr("replace the file if it exists"),
            "grant": self.tr("let a server user view or edit the plan (PostgreSQL roles; run by "
                             "the plan's owner)"),
            "revoke": self.tr("take a server user's access to the plan away"),
        }

    def granted(self) -> str:
        """%1 the user, %2 viewer or editor (as typed), %3 the plan's title."""
        return self.tr("%1 is now %2 of “%3”.")

    def revoked(self) -> str:
        """%1 the user, %2 the plan's title."""
        return self.tr("%1 no longer has access to “%2”.")

    def published(self) -> str:
        """%1 the file, %2 the URL that names the plan on the server."""
        return self.tr("Published %1 as %2")

    def offline(self) -> str:
        """%1 the file written, %2 the server plan."""
        return self.tr("Wrote %1, a copy of %2 to take offline; merge it back with: "
                       "lcplanner merge URL FILE")

    def upgraded(self) -> str:
        """%1 the database, %2 the schema version now."""
        return self.tr("Upgraded %1 to schema version %2.")

    def password(self) -> str:
        """The prompt for a server's password: %1 user, %2 server."""
        return self.tr("Password for %1 on %2: ")


def add_server_parsers(sub: Any, help_texts: dict[str, str]) -> None:
    h = {**ServerCli().help_texts(), **help_texts}
    publish = sub.add_parser("publish", help=h["publish"])
    publish.add_argument("file")
    publish.add_argument("url")
    offline = sub.add_parser("take-offline", help=h["take_offline"])
    offline.add_argument("url")
    offline.add_argument("file")
    offline.add_argument("--force", action="store_true", help=h["offline_force"])
    upgrade = sub.add_parser("upgrade-server", help=h["upgrade_server"])
    upgrade.add_argument("url")
    grant = sub.add_parser("grant", help=h["grant"])
    grant.add_argument("url")
    grant.add_argument("user")
    grant.add_argument("role", choices=["viewer", "editor"])
    revoke = sub.add_parser("revoke", help=h["revoke"])
    revoke.add_argument("url")
    revoke.add_argument("user")


def asked_password(url: str) -> str:
    """``url`` with a password typed at the terminal when it has none and none is set for
    libpq (PGPASSWORD, ~/.pgpass is libpq's own); unchanged otherwise (a script, a pipe)."""
    from sqlalchemy.engine import make_url

    from .server.targets import is_server

    if not is_server(url) or os.environ.get("PGPASSWORD") or not sys.stdin.isatty():
        return url
    parsed = make_url(url)
    if parsed.password or os.path.exists(os.path.expanduser("~/.pgpass")):
        return url
    prompt = ServerCli().password().replace("%1", parsed.username or getpass.getuser()) \
        .replace("%2", parsed.host or "localhost")
    secret = getpass.getpass(prompt)
    if not secret:
        return url
    return parsed.set(password=secret).render_as_string(hide_password=False)


def run_server(options: argparse.Namespace, out: Any) -> int:
    """Run one of the commands; ``out`` prints a line (cli.py's guarded printer)."""
    from .server import targets

    texts = ServerCli()
    if options.command == "publish":
        where = targets.publish(options.file, asked_password(options.url))
        out(texts.published().replace("%1", str(options.file)).replace("%2", _shown(where)))
        return 0
    if options.command == "take-offline":
        path = targets.take_offline(asked_password(options.url), options.file, options.force)
        out(texts.offline().replace("%1", str(path)).replace("%2", _shown(options.url)))
        return 0
    if options.command in ("grant", "revoke"):
        return _roles(options, texts, out)
    from .core.planfile import SCHEMA_VERSION
    from .server.errors import ServerTooNew
    from .server.store import engine_of, schema_of, upgrade

    url, _plan = targets.split(asked_password(options.url))
    engine = engine_of(url)
    try:
        version = schema_of(engine)
        if version is not None and version > SCHEMA_VERSION:
            raise ServerTooNew(None, _shown(url), version, SCHEMA_VERSION)
        upgrade(engine)
    finally:
        engine.dispose()
    out(texts.upgraded().replace("%1", _shown(url)).replace("%2", str(SCHEMA_VERSION)))
    return 0


def _roles(options: argparse.Namespace, texts: ServerCli, out: Any) -> int:
    from .server import roles, targets

    from sqlalchemy.exc import ProgrammingError

    from .server.errors import RolesRefused

    doc = targets.open_document(asked_password(options.url), read_only=True)
    try:
        plan, engine = doc.plan(), doc.file.engine
        if options.command == "grant":
            roles.grant(engine, plan.uuid, options.user, options.role)
            out(texts.granted().replace("%1", options.user).replace("%2", options.role)
                .replace("%3", plan.title))
        else:
            roles.revoke(engine, plan.uuid, options.user)
            out(texts.revoked().replace("%1", options.user).replace("%2", plan.title))
    except ProgrammingError as exc:  # not the owner: no right to make roles or policies
        raise RolesRefused(None, getattr(exc, "orig", exc)) from exc
    finally:
        doc.close()
    return 0


def _shown(url: str) -> str:
    """A URL as printed: never its password."""
    from .server.store import shown

    return shown(url)

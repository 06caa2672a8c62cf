"""A real PostgreSQL server for the server tests (issue 16): each test gets a database of its own.

The server's URL comes from LCPLANNER_TEST_POSTGRES (``scripts/postgres.sh start`` prints one).
Without it, a test that needs the server is skipped with the reason, on a developer's machine;
in CI (``CI`` set) a missing server fails the test instead: CI always runs them.
"""

from __future__ import annotations

import itertools
import os
import uuid

import pytest

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

"""A throwaway database on the benchmark server (the server benchmarks share it)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager


def server_url() -> str:
    """The server LCPLANNER_TEST_POSTGRES names (scripts/postgres.sh start prints it)."""
    server = os.environ.get("LCPLANNER_TEST_POSTGRES")
    if not server:
        raise SystemExit("export LCPLANNER_TEST_POSTGRES (scripts/postgres.sh start prints it)")
    return server


@contextmanager
def scratch_database(prefix: str) -> Iterator[str]:
    """A new, empty database on that server, dropped afterwards: its URL."""
    from sqlalchemy import create_engine, text

    server = server_url()
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server.replace("postgresql://", "postgresql+psycopg://", 1),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.rpartition("/")[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

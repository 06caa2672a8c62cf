"""Issue 16: who may do what. A viewer reads and is refused edits with a clear message; an
editor edits; someone without a role sees nothing; the database itself enforces it (row-level
security and table rights), not only the window."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from test_cli import run  # noqa: E402

from lcplanner.core.document import PlanDocument  # noqa: E402
from lcplanner.core.errors import ViewerOnly  # noqa: E402
from lcplanner.server.store import ServerPlan  # noqa: E402
from lcplanner.server.targets import open_document  # noqa: E402


@pytest.fixture
def people(postgres_url):  # type: ignore[no-untyped-def]
    """Three login roles of the server (trust authentication: no passwords)."""
    tag = uuid.uuid4().hex[:6]
    names = {who: f"lcp_t_{who}_{tag}" for who in ("ana", "bora", "cem")}
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for name in names.values():
            conn.execute(text(f'CREATE ROLE "{name}" LOGIN'))
    yield names
    with admin.connect() as conn:
        for name in names.values():
            conn.execute(text(f'DROP OWNED BY "{name}"'))
            conn.execute(text(f'DROP ROLE "{name}"'))
        for (role,) in conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE "
                                         "'lcp\\_%\\_viewer' OR rolname LIKE 'lcp\\_%\\_editor'")):
            members = conn.execute(text("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r "
                                        "ON r.oid = m.roleid WHERE r.rolname = :r"),
                                   {"r": role}).scalar()
            if not members:
                conn.execute(text(f'DROP OWNED BY "{role}"'))
                conn.execute(text(f'DROP ROLE "{role}"'))
    admin.dispose()


def _as(url: str, user: str) -> str:
    return url.replace("postgresql+psycopg://postgres@", f"postgresql://{user}@", 1)


def test_viewer_editor_and_nobody(postgres_url, people):
    owner = PlanDocument(ServerPlan.create(postgres_url, "Bolu", language="en"))
    play = owner.add_action("BB1", "Play houses")
    ident = owner.plan().uuid
    other = PlanDocument(ServerPlan.create(postgres_url, "Konya", language="en"))
    other.add_action("BB1", "Konya's own action")
    other_ident = other.plan().uuid
    owner.close()
    other.close()
    url = postgres_url.replace("+psycopg", "") + f"?plan={ident}"
    said = run("grant", url, people["ana"], "editor").stdout
    assert people["ana"] in said and "editor" in said
    run("grant", url, people["bora"], "viewer")

    ana = open_document(_as(postgres_url, people["ana"]) + f"?plan={ident}")
    try:
        assert not ana.read_only
        ana.update_action(play, title="Play houses for toddlers")
    finally:
        ana.close()

    bora = open_document(_as(postgres_url, people["bora"]) + f"?plan={ident}")
    try:
        assert bora.read_only and bora.action(play).title == "Play houses for toddlers"
        with pytest.raises(ViewerOnly) as refused:
            bora.update_action(play, title="Play houses in parks")
        assert "view this plan but not change it" in refused.value.message()
    finally:
        bora.close()
    # the database refuses it too, whatever program a viewer uses
    raw = create_engine(_as(postgres_url, people["bora"]).replace("postgresql://",
                                                                  "postgresql+psycopg://"))
    with raw.connect() as conn:
        with pytest.raises(Exception, match="permission denied"):
            conn.execute(text("UPDATE action SET title = 'x'"))
        conn.rollback()
        titles = [t for (t,) in conn.execute(text("SELECT title FROM action"))]
        assert titles == ["Play houses for toddlers"]  # Konya's plan is not there for him
    raw.dispose()

    cem = run("info", _as(postgres_url, people["cem"]) + f"?plan={ident}", ok=False)
    assert cem.returncode == 3 and "no access" in cem.stderr
    also = run("info", _as(postgres_url, people["ana"]) + f"?plan={other_ident}", ok=False)
    assert also.returncode == 3  # an editor of Bolu sees no Konya
    run("revoke", url, people["ana"])
    gone = run("info", _as(postgres_url, people["ana"]) + f"?plan={ident}", ok=False)
    assert gone.returncode == 3
    refused = run("grant", _as(postgres_url, people["bora"]) + f"?plan={ident}", people["cem"],
                  "editor", ok=False)
    assert refused.returncode == 3 and "Only the owner" in refused.stderr
    unknown = run("grant", url, "nobody_at_all", "viewer", ok=False)
    assert unknown.returncode == 3 and "no user nobody_at_all" in unknown.stderr

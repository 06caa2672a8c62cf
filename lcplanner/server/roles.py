"""Who may do what with a plan on a server: viewer and editor, as PostgreSQL roles (issue 16).

Each plan has two group roles, ``lcp_<uuid>_viewer`` and ``lcp_<uuid>_editor`` (role names are
the server's, shared by its databases: the plan's UUID keeps them apart).  A person's login role
is granted one of them (`lcplanner grant URL USER viewer|editor`).  The database enforces it:
table rights come with the group roles (a viewer may only read), and row-level security shows
and lets change only the rows of plans one is a viewer or editor of.  The owner of the tables
(who published the plans) is not bound by it.  A database nobody granted anything keeps working
as before: protection starts with the first grant.

The window learns beforehand whether the person may edit (:func:`may_edit`) and opens the plan
read-only otherwise, so an edit is refused with a message that says why, not by the database.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

from ..core.model import TABLES_PARENT_FIRST

KINDS = ("viewer", "editor")
_CONTENT = [m.__table__.name for m in TABLES_PARENT_FIRST]  # type: ignore[attr-defined]

# The plans the current user may read (editing false) or change (true), as an array the policies
# compare with ``= ANY ((SELECT ...)::integer[])``: a scalar subquery, worked out once per
# statement, not once per row (a function per row made reading 10,000 actions three times as
# slow).  SECURITY DEFINER: it reads the plan table as its owner, past the policies.
_PLANS = """
CREATE OR REPLACE FUNCTION lcp_plans(editing boolean) RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(plan.id), '{}') FROM plan, pg_roles r
    WHERE r.rolname IN ('lcp_' || replace(plan.uuid, '-', '') || '_editor',
                        CASE WHEN editing THEN NULL
                             ELSE 'lcp_' || replace(plan.uuid, '-', '') || '_viewer' END)
      AND pg_has_role(current_user, r.oid, 'MEMBER')
$$"""


def role_name(plan_uuid: str, kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(kind)
    return f"lcp_{plan_uuid.replace('-', '')}_{kind}"


def protected(conn: Connection) -> bool:
    """Whether row-level security guards the database's plans."""
    return bool(conn.execute(text(
        "SELECT relrowsecurity FROM pg_class WHERE relname = 'action' "
        "AND relnamespace = 'public'::regnamespace")).scalar())


def protect(conn: Connection) -> None:
    """Turn on the policies (once per database; run by the tables' owner)."""
    conn.execute(text(_PLANS))
    conn.execute(text("REVOKE ALL ON FUNCTION lcp_plans(boolean) FROM PUBLIC"))
    may = "{column} = ANY ((SELECT lcp_plans({editing}))::integer[])"
    for table in _CONTENT:
        column = "id" if table == "plan" else "plan_id"
        writes = may.format(column=column, editing="true")
        _guard(conn, table, may.format(column=column, editing="false"), writes, writes)
    mine = "s.plan_id = ANY ((SELECT lcp_plans({editing}))::integer[])"
    for table, where in (
            ("snapshot", mine.replace("s.plan_id", "plan_id")),
            ("snapshot_part", f"EXISTS (SELECT 1 FROM snapshot s WHERE s.id = snapshot_id "
             f"AND {mine})"),
            ("snapshot_chunk", f"EXISTS (SELECT 1 FROM snapshot_part p JOIN snapshot s ON s.id = "
             f"p.snapshot_id WHERE p.chunk_id = snapshot_chunk.id AND {mine})")):
        # a chunk is written before the part that names it: any editor may add one
        _guard(conn, table, where.format(editing="false"), where.format(editing="true"), "true")


def _guard(conn: Connection, table: str, read: str, write: str, check: str) -> None:
    """Row-level security on ``table``: who sees a row (``read``), who changes it."""
    conn.execute(text(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY'))
    for name in ("lcp_read", "lcp_write"):
        conn.execute(text(f'DROP POLICY IF EXISTS {name} ON "{table}"'))
    conn.execute(text(f'CREATE POLICY lcp_read ON "{table}" FOR SELECT USING ({read})'))
    conn.execute(text(f'CREATE POLICY lcp_write ON "{table}" FOR ALL USING ({write}) '
                      f"WITH CHECK ({check})"))


def grant(engine: Engine, plan_uuid: str, user: str, kind: str) -> None:
    """Make ``user`` a viewer or an editor of the plan (and nothing else of it)."""
    with engine.begin() as conn:
        if not protected(conn):
            protect(conn)
        quoted = _quoted(conn, user)
        for other in KINDS:
            name = role_name(plan_uuid, other)
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                                  {"n": name}).scalar()
            if not exists:
                conn.execute(text(f'CREATE ROLE "{name}" NOLOGIN'))
            tables = ", ".join(f'"{t}"' for t in (*_CONTENT, "snapshot", "snapshot_part",
                                                  "snapshot_chunk", "alembic_version"))
            rights = "SELECT, INSERT, UPDATE, DELETE" if other == "editor" else "SELECT"
            conn.execute(text(f'GRANT {rights} ON {tables} TO "{name}"'))
            conn.execute(text(f'GRANT EXECUTE ON FUNCTION lcp_plans(boolean) TO "{name}"'))
            if other == "editor":
                conn.execute(text(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public "
                                  f'TO "{name}"'))
            conn.execute(text(f'REVOKE "{name}" FROM {quoted}'))
        conn.execute(text(f'GRANT "{role_name(plan_uuid, kind)}" TO {quoted}'))


def revoke(engine: Engine, plan_uuid: str, user: str) -> None:
    """Take the plan's roles from ``user``: they no longer see it."""
    with engine.begin() as conn:
        quoted = _quoted(conn, user)
        for kind in KINDS:
            name = role_name(plan_uuid, kind)
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                            {"n": name}).scalar():
                conn.execute(text(f'REVOKE "{name}" FROM {quoted}'))


def may_edit(conn: Connection, plan_uuid: str) -> bool:
    """Whether the connected user may change the plan (before trying: a clear refusal)."""
    if not protected(conn):
        return bool(conn.execute(text("SELECT has_table_privilege('action', 'UPDATE')")).scalar())
    return bool(conn.execute(text(
        "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
        "OR pg_get_userbyid((SELECT relowner FROM pg_class WHERE relname = 'action' "
        "AND relnamespace = 'public'::regnamespace)) = current_user "
        "OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = :n "
        "AND pg_has_role(current_user, r.oid, 'MEMBER'))"),
        {"n": role_name(plan_uuid, "editor")}).scalar())


def _quoted(conn: Connection, user: str) -> str:
    """The login role's name as SQL quotes it (refused when there is no such role)."""
    from .errors import NoSuchUser

    if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": user}).scalar():
        raise NoSuchUser(None, user)
    return conn.execute(text("SELECT quote_ident(:n)"), {"n": user}).scalar_one()

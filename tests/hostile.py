"""Makers of hostile or altered plan files: what another program or a person with a text editor can
do to a `.lcplan` that travels by e-mail.  Each maker gets a copy of a real demo plan (``path``)
and alters it in place; ``KINDS`` says what the store must do with it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

REFUSED, OPENS = "refused", "opens"


def _sql(path: Path, *statements: str, ignore_checks: bool = False, schema: bool = False) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        if ignore_checks:
            con.execute("PRAGMA ignore_check_constraints = ON")
        if schema:
            con.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            con.execute(statement)
        if schema:
            con.execute("PRAGMA writable_schema = RESET")
    finally:
        con.close()


def _edit_ddl(path: Path, table: str, old: str, new: str) -> None:
    """Change a table's CREATE statement in place (what a hex editor or writable_schema does)."""
    con = sqlite3.connect(path, isolation_level=None)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    assert old in sql, (old, sql)
    version = con.execute("PRAGMA schema_version").fetchone()[0]
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql.replace(old, new), table))
    con.execute(f"PRAGMA schema_version = {version + 1}")
    con.close()


def trigger_wipes_organisations(path: Path) -> None:
    _sql(path, "CREATE TRIGGER wipe AFTER UPDATE ON action BEGIN "
               "DELETE FROM organisation; UPDATE plan SET title = 'pwned'; END")


def trigger_grows_file(path: Path) -> None:
    _sql(path, "CREATE TABLE ballast (b BLOB)",
         "CREATE TRIGGER grow AFTER UPDATE ON action BEGIN "
         "INSERT INTO ballast VALUES (zeroblob(200000000)); END")


def trigger_copies_titles(path: Path) -> None:
    _sql(path, "CREATE TABLE loot (t TEXT)",
         "CREATE TRIGGER steal AFTER INSERT ON action BEGIN "
         "INSERT INTO loot SELECT title FROM action; END")


def view_shadows_table(path: Path) -> None:
    _sql(path, "ALTER TABLE organisation RENAME TO organisation_real",
         "CREATE VIEW organisation AS SELECT * FROM organisation_real UNION ALL "
         "SELECT 'Fake Org', 'private', '', '', '', '', plan_id, id + 100000, uuid || 'x' "
         "FROM organisation_real")


def view_never_ends(path: Path) -> None:
    _sql(path, "ALTER TABLE indicator RENAME TO indicator_real",
         "CREATE VIEW indicator AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
         "SELECT NULL, NULL, 'x', 'count', '', NULL, NULL, NULL, NULL, NULL, '', n, 1, n, 'u' FROM r")


def check_calls_function(path: Path) -> None:
    _edit_ddl(path, "action", "CONSTRAINT ck_action_percent CHECK (percent BETWEEN 0 AND 100)",
              "CONSTRAINT ck_action_percent CHECK (percent BETWEEN 0 AND 100 "
              "AND length(randomblob(400000000)) > 0)")


def generated_column_calls_function(path: Path) -> None:
    _edit_ddl(path, "organisation", "notes TEXT NOT NULL, ",
              "notes TEXT NOT NULL, evil BLOB AS (zeroblob(400000000)), ")


def schema_that_does_not_parse(path: Path) -> None:
    _edit_ddl(path, "organisation", "notes TEXT NOT NULL, ",
              "notes TEXT NOT NULL, evil BLOB AS (randomblob(400000000)), ")


def expression_index(path: Path) -> None:
    _sql(path, "CREATE INDEX ix_evil ON action (length(zeroblob(1000) || title))")


def missing_table(path: Path) -> None:
    _sql(path, "PRAGMA foreign_keys = OFF", "DROP TABLE budget_line")


def missing_column(path: Path) -> None:
    _sql(path, "ALTER TABLE action DROP COLUMN risks")


def null_in_text(path: Path) -> None:
    _edit_ddl(path, "action", "title TEXT NOT NULL", "title TEXT")
    _sql(path, "UPDATE action SET title = NULL WHERE id = 2")


def bad_date(path: Path) -> None:
    _sql(path, "UPDATE action SET start_date = 'next spring' WHERE id = 3", ignore_checks=True)


def bad_datetime(path: Path) -> None:
    _sql(path, "UPDATE plan SET created_at = 'yesterday'")


def bad_amount(path: Path) -> None:
    _sql(path, "UPDATE budget_line SET amount = 'lots' WHERE id = 1", ignore_checks=True)


def bad_year(path: Path) -> None:
    _sql(path, "UPDATE budget_line SET year = '2027a' WHERE id = 2")


def bad_integer(path: Path) -> None:
    _sql(path, "UPDATE action SET priority = 'high' WHERE id = 4", ignore_checks=True)


def bad_boolean(path: Path) -> None:
    _sql(path, "UPDATE budget_line SET confirmed = 7 WHERE id = 3")


def blob_in_text(path: Path) -> None:
    _sql(path, "UPDATE organisation SET name = X'00FF10' WHERE id = 1")


def bad_json(path: Path) -> None:
    _sql(path, "UPDATE action SET key_features = '[broken' WHERE id = 5")


def json_not_a_list(path: Path) -> None:
    _sql(path, "UPDATE objective SET benefits = '{\"a\": 1}' WHERE id = 1")


def _prompt(texts: str) -> str:
    return ("INSERT INTO prompt (id, uuid, plan_id, area, code, texts, position) VALUES "
            f"(1, 'aaaaaaaa-0000-4000-8000-000000000001', 1, 'BB1', 'K1', '{texts}', 0)")


def prompt_texts_not_an_object(path: Path) -> None:
    _sql(path, _prompt('["x"]'))


def prompt_text_not_text(path: Path) -> None:
    _sql(path, _prompt('{"en": 5}'))


def prompt_texts_good(path: Path) -> None:
    _sql(path, _prompt('{"en": "Crèches", "tr": "Kreşler"}'))


def unknown_area_of_a_card(path: Path) -> None:
    _sql(path, "INSERT INTO idea (id, uuid, plan_id, area, text, author, group_name, position) "
         "VALUES (1, 'bbbbbbbb-0000-4000-8000-000000000001', 1, 'ZZ9', 'Lost card', '', '', 0)")


def huge_text(path: Path) -> None:
    _sql(path, "UPDATE action SET description = printf('%.*c', 5000000, 'x') WHERE id = 6")


def unknown_codes(path: Path) -> None:
    _sql(path, "UPDATE action SET status = 'lost' WHERE id = 1",
         "UPDATE action_partner SET role = 'boss' WHERE id = 1",
         "UPDATE organisation SET sector = 'aliens' WHERE id = 2",
         "UPDATE indicator SET kind = 'vibes' WHERE id = 1",
         "UPDATE budget_line SET source = 'lottery' WHERE id = 1",
         "UPDATE action SET key_features = '[\"nope\"]' WHERE id = 2")


def approval_status_not_known(path: Path) -> None:
    """A cover would print a status nobody chose: refused (schema 4)."""
    _sql(path, "UPDATE plan SET approval_status = 'rubber-stamped', approved_on = '2026-05-01'")


def municipal_role_not_known(path: Path) -> None:
    _sql(path, "UPDATE action SET municipal_role = 'mayor' WHERE id = 3")


def municipal_role_not_text(path: Path) -> None:
    _sql(path, "UPDATE action SET municipal_role = 7 WHERE id = 4")


def unknown_area(path: Path) -> None:
    _sql(path, "UPDATE action SET area = 'BB9', objective_id = NULL WHERE id = 7")


def wal_mode(path: Path) -> None:
    _sql(path, "PRAGMA journal_mode = WAL", "UPDATE plan SET country = 'Türkiye'")


WAL_CHILD = """
import os, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA journal_mode = WAL")
con.execute("PRAGMA wal_autocheckpoint = 0")
con.execute("UPDATE plan SET country = 'WAL'")
os._exit(0)  # leave -wal and -shm behind, as a crashed tool does
"""


def wal_left_behind(path: Path) -> None:
    subprocess.run([sys.executable, "-c", WAL_CHILD, str(path)], check=True, timeout=30)
    assert Path(f"{path}-wal").exists()


def fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


# name -> (maker, what the store must do, whether rescue applies)
KINDS = {
    "trigger_wipes_organisations": (trigger_wipes_organisations, REFUSED),
    "trigger_grows_file": (trigger_grows_file, REFUSED),
    "trigger_copies_titles": (trigger_copies_titles, REFUSED),
    "view_shadows_table": (view_shadows_table, REFUSED),
    "view_never_ends": (view_never_ends, REFUSED),
    "check_calls_function": (check_calls_function, REFUSED),
    "generated_column_calls_function": (generated_column_calls_function, REFUSED),
    "schema_that_does_not_parse": (schema_that_does_not_parse, REFUSED),
    "expression_index": (expression_index, REFUSED),
    "missing_table": (missing_table, REFUSED),
    "missing_column": (missing_column, REFUSED),
    "null_in_text": (null_in_text, REFUSED),
    "bad_date": (bad_date, REFUSED),
    "bad_datetime": (bad_datetime, REFUSED),
    "bad_amount": (bad_amount, REFUSED),
    "bad_year": (bad_year, REFUSED),
    "bad_integer": (bad_integer, REFUSED),
    "bad_boolean": (bad_boolean, REFUSED),
    "blob_in_text": (blob_in_text, REFUSED),
    "bad_json": (bad_json, REFUSED),
    "json_not_a_list": (json_not_a_list, REFUSED),
    "huge_text": (huge_text, REFUSED),
    "prompt_texts_not_an_object": (prompt_texts_not_an_object, REFUSED),
    "prompt_text_not_text": (prompt_text_not_text, REFUSED),
    "prompt_texts_good": (prompt_texts_good, OPENS),
    "unknown_area_of_a_card": (unknown_area_of_a_card, OPENS),
    "approval_status_not_known": (approval_status_not_known, REFUSED),
    "municipal_role_not_known": (municipal_role_not_known, REFUSED),
    "municipal_role_not_text": (municipal_role_not_text, REFUSED),
    "unknown_codes": (unknown_codes, OPENS),
    "unknown_area": (unknown_area, OPENS),
    "wal_mode": (wal_mode, OPENS),
    "wal_left_behind": (wal_left_behind, OPENS),
    "fifo": (fifo, REFUSED),
}

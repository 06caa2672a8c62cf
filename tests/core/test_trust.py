"""The trust check: the forms it accepts are the ones LC Planner writes, and nothing else."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from lcplanner.core import errors
from lcplanner.core.document import PlanDocument
from lcplanner.core.schema_forms import FORMS
from lcplanner.core.trust import canonical

ROOT = Path(__file__).resolve().parents[2]


def _maker():
    spec = importlib.util.spec_from_file_location("make_schema_forms",
                                                  ROOT / "scripts" / "make_schema_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_every_form_todays_code_writes_is_listed():
    """Fails after a schema change until scripts/make_schema_forms.py has recorded the new forms."""
    for version, table in _maker().current_forms().items():
        for key, forms in table.items():
            assert forms <= set(FORMS[version][key]), (version, key)


def test_canonical_ignores_spacing_case_and_quoting_but_not_content():
    a = 'CREATE TABLE "plan" (\n\tid INTEGER NOT NULL, CONSTRAINT ck CHECK (a >= b))'
    b = "create table [plan] ( id integer   not null , constraint ck check ( a>=b ) )"
    assert canonical(a) == canonical(b)
    assert canonical(a) != canonical(a.replace(">=", ">"))
    assert canonical("CHECK (x = 'A')") != canonical("CHECK (x = 'a')")  # literals kept as written
    assert canonical("a -- comment\n b /* c */") == "a b"


@pytest.mark.parametrize("statement, words", [
    ("CREATE TRIGGER t AFTER INSERT ON plan BEGIN SELECT 1; END", "trigger, t"),
    ("CREATE VIEW v AS SELECT 1", "view, v"),
    ("CREATE TABLE extra (x)", "did not make, extra"),
    ("CREATE INDEX ix_more ON action (title)", "did not make, ix_more"),
    ("DROP INDEX ix_action_lead_id", "ix_action_lead_id was changed or is missing"),
    ("ALTER TABLE organisation ADD COLUMN hobby TEXT", "organisation.hobby"),
])
def test_each_kind_of_change_is_named(tmp_path, statement, words):
    path = tmp_path / "p.lcplan"
    PlanDocument.create(path, "Bolu").close()
    con = sqlite3.connect(path)
    con.execute(statement)
    con.commit()
    con.close()
    with pytest.raises(errors.UntrustedPlan) as caught:
        PlanDocument.open(path)
    assert words in caught.value.message() and "p.lcplan" in caught.value.message()
    assert caught.value.rescuable


def test_older_schema_is_checked_against_its_own_forms(tmp_path, data_dir):
    path = tmp_path / "v1.lcplan"
    path.write_bytes((data_dir / "plan-schema-1.lcplan").read_bytes())
    con = sqlite3.connect(path)
    con.execute("CREATE TRIGGER t AFTER UPDATE ON action BEGIN DELETE FROM organisation; END")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(errors.UntrustedPlan):
        PlanDocument.open(path)  # refused before any migration ran
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*backup*"))


@pytest.mark.parametrize("read_only", [False, True])
def test_functions_registered_on_a_connection_are_unreachable_from_a_schema(tmp_path, read_only):
    """SQLAlchemy registers regexp() and floor() on its pysqlite connections; with
    trusted_schema=OFF no view, trigger, CHECK or index of a file may call them."""
    from sqlalchemy.exc import OperationalError

    from lcplanner.core.planfile import make_engine

    path = tmp_path / "f.db"
    con = sqlite3.connect(path)
    con.execute("CREATE VIEW v AS SELECT 1 AS one")
    con.commit()
    con.close()
    writer = make_engine(path)
    with writer.begin() as conn:  # a view written through our own connection, as a file could hold
        conn.exec_driver_sql("CREATE VIEW calls AS SELECT regexp('a', 'a') AS r, floor(1.5) AS f")
    writer.dispose()
    engine = make_engine(path, read_only=read_only)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
            assert conn.exec_driver_sql("SELECT regexp('a', 'a')").scalar() == 1  # ours, in our SQL
            with pytest.raises(OperationalError, match="unsafe use of"):
                conn.exec_driver_sql("SELECT * FROM calls").all()
    finally:
        engine.dispose()

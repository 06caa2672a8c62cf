"""Issue 16, first step: the plan's schema on PostgreSQL.  The same Alembic scripts that upgrade
a .lcplan file build it on a real server and match the model; every value of the demo plan
(amounts beyond 32 bits, JSON lists, dates, reports, snapshots' bytes) goes in and comes back
the same; the store's checks hold there too (a period's form, per cent, owners)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, insert, select, text
from sqlalchemy.exc import DataError, IntegrityError

from lcplanner.core.demo import build_demo
from lcplanner.core.model import TABLES_PARENT_FIRST, Base


def _upgraded(url: str):  # type: ignore[no-untyped-def]
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", "lcplanner.core:migrations")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return engine


def test_the_migrations_build_the_models_schema_on_postgresql(postgres_url):
    engine = _upgraded(postgres_url)
    try:
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            amount = conn.execute(text(
                "SELECT data_type FROM information_schema.columns "
                "WHERE table_name = 'budget_line' AND column_name IN ('amount', 'spent')"))
            assert {row[0] for row in amount} == {"bigint"}
    finally:
        engine.dispose()


def test_every_value_of_a_plan_goes_in_and_comes_back(postgres_url, tmp_path):
    doc = build_demo(tmp_path / "demo.lcplan", "tr")
    try:
        doc.update_budget_line(doc.budget_lines()[0].id, amount=Decimal("123456789012.34"),
                               spent=Decimal("98765432101.99"))  # beyond 32 bits in hundredths
        doc.take_snapshot("Onaylanan")
        state = doc.take_state(with_plan=True).tables
        with doc.file.engine.connect() as conn:  # the snapshot's own tables too
            for model in (*Base.metadata.sorted_tables,):
                if model.name.startswith("snapshot"):
                    state[model.name] = [dict(r._mapping) for r in conn.execute(select(model))]
    finally:
        doc.close()
    engine = _upgraded(postgres_url)
    try:
        with engine.begin() as conn:
            for table in Base.metadata.sorted_tables:
                if state.get(table.name):
                    conn.execute(insert(table), state[table.name])
        with engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                back = [{k: v for k, v in r._mapping.items() if k != "row_version"}
                        for r in conn.execute(select(table).order_by(table.c.id))]
                assert back == sorted(state.get(table.name, []), key=lambda r: r["id"]), table.name
        assert any(state["progress_update"]) and any(state["measurement"])
        assert {m.__table__.name for m in TABLES_PARENT_FIRST} <= set(state)
    finally:
        engine.dispose()


def test_the_stores_checks_hold_on_postgresql(postgres_url):
    engine = _upgraded(postgres_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO plan (id, uuid, city, country, title, vision, "
                              "period_start, period_end, currency, language, created_at, "
                              "updated_at) VALUES (1, 'p', 'Bolu', '', 'Plan', '', 2026, 2028, "
                              "'TRY', 'tr', now(), now())"))
            conn.execute(text("INSERT INTO action (id, uuid, plan_id, area, code, title, "
                              "description, target_groups, status, priority, percent, "
                              "key_features, guideline_areas, notes, risks, position) VALUES "
                              "(1, 'a', 1, 'BB1', 'BB1-1', 'T', '', '', 'on_track', 3, 10, "
                              "'[]', '[]', '', '', 0)"))
        good = ("INSERT INTO progress_update (uuid, plan_id, action_id, period, status, percent, "
                "note, reported_on, reported_by) VALUES (:u, 1, 1, :p, 'on_track', :pc, '', "
                ":d, '')")
        with engine.begin() as conn:
            conn.execute(text(good), {"u": "u1", "p": "2027-Q2", "pc": 40, "d": dt.date(2027, 5, 1)})
            conn.execute(text(good), {"u": "u2", "p": "2027", "pc": 50, "d": None})
        # a period in another form, a % out of range; a period longer than its column is
        # refused too (PostgreSQL keeps a VARCHAR's length, which SQLite does not)
        for period, percent in (("2027-Q7", 10), ("27", 10), ("2027-Q1; x", 10), ("2026", 101)):
            with pytest.raises((IntegrityError, DataError)):
                with engine.begin() as conn:
                    conn.execute(text(good), {"u": f"bad{period}", "p": period, "pc": percent,
                                              "d": None})
        with pytest.raises(IntegrityError):  # one report per action and period
            with engine.begin() as conn:
                conn.execute(text(good), {"u": "u3", "p": "2027", "pc": 60, "d": None})
    finally:
        engine.dispose()

"""Make the sample plan file of each released schema version, for the migration tests.

Run once per new schema version (``python tests/data/make_samples.py``) and commit the result:
the file must stay as that version of LC Planner wrote it, so later versions prove they still
open it.  Schema 1 is written by its own Alembic script and plain SQL (no current model code).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

HERE = Path(__file__).parent
APPLICATION_ID = 0x4C43504C


def _empty_schema(path: Path, revision: str) -> None:
    """A new file with the tables of one Alembic revision, as that release created them."""
    path.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", "lcplanner.core:migrations")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


def make_schema_1(path: Path) -> None:
    _empty_schema(path, "0001")
    con = sqlite3.connect(path)
    now = "2026-03-01 09:00:00.000000"
    con.executescript(f"""
    PRAGMA application_id = {APPLICATION_ID};
    PRAGMA user_version = 1;
    INSERT INTO plan VALUES ('Bolu', 'Türkiye', 'Öğrenen Bolu 2026-2028', 'Herkes için öğrenme.',
        2026, 2028, 'TRY', 'tr', '{now}', '{now}', 1, '11111111-1111-4111-8111-111111111111');
    INSERT INTO organisation VALUES ('Bolu Belediyesi', 'local_government', 'Ayşe Kaya',
        'ayse@example.org', '+90 374 000 00 00', '', 1, 1, '22222222-2222-4222-8222-222222222201');
    INSERT INTO organisation VALUES ('İl Milli Eğitim Müdürlüğü', 'national_government', '', '', '',
        '', 1, 2, '22222222-2222-4222-8222-222222222202');
    INSERT INTO organisation VALUES ('IŞIK Gençlik Derneği', 'civil_society', '', '', '', '', 1, 3,
        '22222222-2222-4222-8222-222222222203');
    INSERT INTO objective VALUES ('BB1', 'BB1-O1', 'Okul öncesi eğitime erişimi artırmak', '["B1"]',
        0, 1, 1, '33333333-3333-4333-8333-333333333301');
    INSERT INTO objective VALUES ('FC2', 'FC2-O1', 'Koordinasyon kurulu kurmak', '[]', 0, 1, 2,
        '33333333-3333-4333-8333-333333333302');
    INSERT INTO action VALUES (1, 'BB1', 'BB1-1', 'Mahalle oyun evleri', 'Üç mahallede.',
        '3-6 yaş çocuklar', 1, '2026-02-01', '2027-06-30', 'on_track', 1, 25, '["BB1.1"]',
        '["access"]', 'Not', 0, 1, 1, '44444444-4444-4444-8444-444444444401');
    INSERT INTO action VALUES (1, 'BB1', 'BB1-2', 'Ebeveyn okulu', '', '', NULL, NULL, NULL,
        'not_started', 3, 0, '[]', '[]', '', 1, 1, 2, '44444444-4444-4444-8444-444444444402');
    INSERT INTO action VALUES (2, 'FC2', 'FC2-1', 'Öğrenen Şehir Kurulu', '', '', 2, '2026-01-15',
        '2026-12-31', 'done', 2, 100, '["FC2.1"]', '["coordinate"]', '', 0, 1, 3,
        '44444444-4444-4444-8444-444444444403');
    INSERT INTO action_partner VALUES (1, 2, 'advisor', 0, 1, 1, '55555555-5555-4555-8555-555555555501');
    INSERT INTO action_partner VALUES (1, 3, 'implementer', 1, 1, 2, '55555555-5555-4555-8555-555555555502');
    INSERT INTO budget_line VALUES (1, 2026, 85000050, 'municipal', 1, 1, 1, '66666666-6666-4666-8666-666666666601');
    INSERT INTO budget_line VALUES (1, 2027, 60000000, 'national', 0, 1, 2, '66666666-6666-4666-8666-666666666602');
    INSERT INTO indicator VALUES (1, NULL, 'Açılan oyun evi', 'count', 'adet', '0', 2025, '3', 2028,
        '1', 'Belediye kayıtları', 0, 1, 1, '77777777-7777-4777-8777-777777777701');
    INSERT INTO indicator VALUES (NULL, 1, 'Okullaşma oranı', 'rate', '%', '78.5', 2025, '92', 2028,
        NULL, 'MEB', 0, 1, 2, '77777777-7777-4777-8777-777777777702');
    """)
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("VACUUM")
    con.close()


def make_schema_2(path: Path) -> None:
    """Schema 2 (actions have risks) as release 0.2 wrote it: its Alembic scripts and plain SQL
    with named columns, a plan with objectives, actions, partners, budget lines and indicators."""
    _empty_schema(path, "0002")
    con = sqlite3.connect(path)
    now = "2026-09-01 09:00:00.000000"
    action = ("INSERT INTO action (id, uuid, plan_id, objective_id, area, code, title, description, "
              "target_groups, lead_id, start_date, end_date, status, priority, percent, "
              "key_features, guideline_areas, notes, risks, position) VALUES ")
    con.executescript(f"""
    PRAGMA application_id = {APPLICATION_ID};
    PRAGMA user_version = 2;
    INSERT INTO plan (id, uuid, city, country, title, vision, period_start, period_end, currency,
        language, created_at, updated_at) VALUES (1, '11111111-1111-4111-8111-222222222222',
        'Eskişehir', 'Türkiye', 'Öğrenen Eskişehir 2027-2029', 'Herkes için, her yerde öğrenme.',
        2027, 2029, 'TRY', 'tr', '{now}', '{now}');
    INSERT INTO organisation (id, uuid, plan_id, name, sector, contact_person, email, phone, notes)
        VALUES (1, '22222222-2222-4222-8222-222222222211', 1, 'Tepebaşı Belediyesi',
        'local_government', '', '', '', ''),
        (2, '22222222-2222-4222-8222-222222222212', 1, 'Anadolu Üniversitesi', 'education',
        'Prof. Işık', '', '', ''),
        (3, '22222222-2222-4222-8222-222222222213', 1, 'Halk Eğitim Merkezi', '', '', '', '', '');
    INSERT INTO objective (id, uuid, plan_id, area, code, statement, benefits, position) VALUES
        (1, '33333333-3333-4333-8333-333333333311', 1, 'BB2', 'BB2-O1',
        'Her mahallede bir öğrenme noktası', '["B1"]', 0);
    {action}(1, '44444444-4444-4444-8444-444444444411', 1, 1, 'BB2', 'BB2-1', 'Mahalle kütüphaneleri',
        'Dört mahallede.', 'Aileler', 1, '2027-03-01', '2028-06-30', 'on_track', 2, 30,
        '["BB2.1"]', '["access"]', '', 'Bina kiraları artabilir.', 0),
        (2, '44444444-4444-4444-8444-444444444412', 1, NULL, 'FC3', 'FC3-1', 'Gönüllü eğitmenler',
        '', '', NULL, NULL, NULL, 'not_started', 3, 0, '[]', '[]', '', '', 0);
    INSERT INTO action_partner (id, uuid, plan_id, action_id, organisation_id, role, position)
        VALUES (1, '55555555-5555-4555-8555-555555555511', 1, 1, 2, 'advisor', 0),
        (2, '55555555-5555-4555-8555-555555555512', 1, 1, 3, 'implementer', 1);
    INSERT INTO budget_line (id, uuid, plan_id, action_id, year, amount, source, confirmed) VALUES
        (1, '66666666-6666-4666-8666-666666666611', 1, 1, 2027, 12500050, 'municipal', 1);
    INSERT INTO indicator (id, uuid, plan_id, action_id, objective_id, name, kind, unit, baseline,
        baseline_year, target, target_year, actual, source, position) VALUES
        (1, '77777777-7777-4777-8777-777777777711', 1, 1, NULL, 'Açılan kütüphane', 'count',
        'adet', '0', 2026, '4', 2029, NULL, 'Belediye', 0);
    """)
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("VACUUM")
    con.close()


def make_schema_3(path: Path) -> None:
    """Schema 3 (the workshop) as release 0.3 wrote it: a plan with actions, partners, budget and
    indicators, and a workshop's stakeholders, attendance, stock-take, cards, votes and a card
    that became an action.  No approval record or municipal role yet (schema 4 adds them)."""
    _empty_schema(path, "0003")
    con = sqlite3.connect(path)
    now = "2027-02-01 09:00:00.000000"
    action = ("INSERT INTO action (id, uuid, plan_id, objective_id, area, code, title, description, "
              "target_groups, lead_id, start_date, end_date, status, priority, percent, "
              "key_features, guideline_areas, notes, risks, position) VALUES ")
    con.executescript(f"""
    PRAGMA application_id = {APPLICATION_ID};
    PRAGMA user_version = 3;
    INSERT INTO plan (id, uuid, city, country, title, vision, period_start, period_end, currency,
        language, created_at, updated_at) VALUES (1, '11111111-1111-4111-8111-333333333333',
        'Cork', 'Ireland', 'Cork Learning City Action Plan 2027-2029', 'Learning for all.',
        2027, 2029, 'EUR', 'en', '{now}', '{now}');
    INSERT INTO organisation (id, uuid, plan_id, name, sector, contact_person, email, phone, notes)
        VALUES (1, '22222222-2222-4222-8222-222222222221', 1, 'Cork City Council',
        'local_government', 'Síle Murphy', 'sile@example.org', '', ''),
        (2, '22222222-2222-4222-8222-222222222222', 1, 'University College Cork', 'education',
        '', '', '', ''),
        (3, '22222222-2222-4222-8222-222222222223', 1, 'Cork ETB', '', '', '', '', '');
    INSERT INTO objective (id, uuid, plan_id, area, code, statement, benefits, position) VALUES
        (1, '33333333-3333-4333-8333-333333333321', 1, 'BB2', 'BB2-O1',
        'Learning in every neighbourhood', '["B1", "B2"]', 0);
    {action}(1, '44444444-4444-4444-8444-444444444421', 1, 1, 'BB2', 'BB2-1',
        'Lifelong Learning Festival', 'A week of free events.', 'Everyone', 1, '2027-03-20',
        '2027-03-27', 'on_track', 1, 40, '["BB2.1"]', '["celebrate"]', 'Yearly.',
        'Venues may cost more.', 0),
        (2, '44444444-4444-4444-8444-444444444422', 1, 1, 'BB2', 'BB2-2', 'Learning Neighbourhoods',
        '', '', 2, NULL, NULL, 'not_started', 3, 0, '[]', '[]', '', '', 1),
        (3, '44444444-4444-4444-8444-444444444423', 1, NULL, 'FC2', 'FC2-1', 'Learning City Board',
        '', '', NULL, '2027-01-15', NULL, 'done', 2, 100, '[]', '[]', '', '', 0);
    INSERT INTO action_partner (id, uuid, plan_id, action_id, organisation_id, role, position)
        VALUES (1, '55555555-5555-4555-8555-555555555521', 1, 1, 2, 'implementer', 0),
        (2, '55555555-5555-4555-8555-555555555522', 1, 1, 3, 'funder', 1);
    INSERT INTO budget_line (id, uuid, plan_id, action_id, year, amount, source, confirmed) VALUES
        (1, '66666666-6666-4666-8666-666666666621', 1, 1, 2027, 2500000, 'municipal', 1),
        (2, '66666666-6666-4666-8666-666666666622', 1, 1, 2028, 1000050, 'international', 0);
    INSERT INTO indicator (id, uuid, plan_id, action_id, objective_id, name, kind, unit, baseline,
        baseline_year, target, target_year, actual, source, position) VALUES
        (1, '77777777-7777-4777-8777-777777777721', 1, 1, NULL, 'Festival events', 'count',
        'events', '300', 2026, '500', 2029, NULL, 'Festival office', 0),
        (2, '77777777-7777-4777-8777-777777777722', 1, NULL, 1, 'Adults in learning', 'rate', '%',
        '12', 2026, '18', 2029, NULL, 'CSO', 0);
    INSERT INTO workshop (id, uuid, plan_id, name, held_on, position) VALUES
        (1, '88888888-8888-4888-8888-888888888821', 1, 'Kick-off', '2026-11-05', 0);
    INSERT INTO stakeholder (id, uuid, plan_id, organisation_id, person, influence, interest,
        notes, position) VALUES (1, '99999999-9999-4999-8999-999999999921', 1, 2, 'Dean', 4, 5,
        '', 0);
    INSERT INTO attendance (id, uuid, plan_id, stakeholder_id, workshop_id) VALUES
        (1, 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaa21', 1, 1, 1);
    INSERT INTO prompt (id, uuid, plan_id, area, code, texts, position) VALUES
        (1, 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbb21', 1, 'BB2', 'BB2.1',
        '{{"en": "Learning in families and communities"}}', 0);
    INSERT INTO rating (id, uuid, plan_id, area, prompt_code, level, evidence) VALUES
        (1, 'cccccccc-cccc-4ccc-8ccc-cccccccccc21', 1, 'BB2', 'BB2.1', 2, 'Festival since 2004');
    INSERT INTO initiative (id, uuid, plan_id, area, prompt_code, title, owner_id, reach, note,
        position) VALUES (1, 'dddddddd-dddd-4ddd-8ddd-dddddddddd21', 1, 'BB2', 'BB2.1',
        'Lifelong Learning Festival', 1, '30,000 visitors', '', 0);
    INSERT INTO idea (id, uuid, plan_id, area, text, author, group_name, impact, effort, position)
        VALUES (1, 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeee21', 1, 'BB2', 'A festival week', 'Table 1',
        '', 80, 30, 0);
    INSERT INTO voter_group (id, uuid, plan_id, name, budget, position) VALUES
        (1, 'ffffffff-ffff-4fff-8fff-ffffffffff21', 1, 'Table 1', 5, 0);
    INSERT INTO vote (id, uuid, plan_id, idea_id, group_id, dots) VALUES
        (1, 'abababab-abab-4bab-8bab-abababababa1', 1, 1, 1, 3);
    INSERT INTO idea_link (id, uuid, plan_id, idea_id, action_id, objective_id) VALUES
        (1, 'cdcdcdcd-cdcd-4dcd-8dcd-cdcdcdcdcdc1', 1, 1, 1, NULL);
    """)
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("VACUUM")
    con.close()


def make_schema_4(path: Path) -> None:
    """Schema 4 as release 0.4 wrote it: schema 3's plan upgraded by its own script, with an
    approval record and the municipality's role in an action.  No snapshots yet (schema 5)."""
    make_schema_3(path)
    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", "lcplanner.core:migrations")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
    engine.dispose()
    con = sqlite3.connect(path)
    con.executescript("""
    PRAGMA user_version = 4;
    UPDATE plan SET approval_status = 'approved', approved_on = '2027-03-15', version = '1.0',
        prepared_by = 'Learning City Office';
    UPDATE action SET municipal_role = 'coordinating' WHERE id = 1;
    """)
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("VACUUM")
    con.close()


def make_schema_5(path: Path) -> None:
    """Schema 5 as release 0.5 wrote it: schema 4's plan upgraded by its own script, with a
    measured value on an indicator.  Status, % and the measured value are single fields here;
    schema 6 turns them into the first progress update and measurement."""
    make_schema_4(path)
    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", "lcplanner.core:migrations")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0005")
    engine.dispose()
    con = sqlite3.connect(path)
    con.executescript("""
    PRAGMA user_version = 5;
    UPDATE indicator SET actual = '12' WHERE id = 1;
    UPDATE action SET status = 'delayed', percent = 15 WHERE id = 2;
    """)
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("VACUUM")
    con.close()


def make_schema_6(path: Path) -> None:
    """Schema 6 as release 0.6 wrote it: schema 5's plan upgraded by its own script, with a
    milestone, a second progress update and a measurement.  Rows carry no version yet; schema 7
    gives every row version 1."""
    make_schema_5(path)
    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", "lcplanner.core:migrations")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0006")
    engine.dispose()
    con = sqlite3.connect(path)
    con.executescript("""
    PRAGMA user_version = 6;
    INSERT INTO milestone (action_id, name, due_on, done, position, plan_id, uuid)
        VALUES (2, 'Pilot classes open', '2027-03-01', 0, 0, 1,
                '6a0e4d1c-6f7b-4d8e-9a51-000000000601');
    INSERT INTO progress_update (action_id, period, status, percent, note, reported_on,
                                 reported_by, plan_id, uuid)
        VALUES (2, '2027', 'on_track', 40, 'Back on track', '2027-12-15', 'Education dept.', 1,
                '6a0e4d1c-6f7b-4d8e-9a51-000000000602');
    UPDATE action SET status = 'on_track', percent = 40 WHERE id = 2;
    INSERT INTO measurement (indicator_id, measured_on, value, source, note, plan_id, uuid)
        VALUES (1, '2027-06-30', '20', 'Survey', '', 1, '6a0e4d1c-6f7b-4d8e-9a51-000000000603');
    UPDATE indicator SET actual = '20' WHERE id = 1;
    """)
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    for version, make in ((1, make_schema_1), (2, make_schema_2), (3, make_schema_3),
                          (4, make_schema_4), (5, make_schema_5), (6, make_schema_6)):
        target = HERE / f"plan-schema-{version}.lcplan"
        if not target.exists():  # a released sample is never rewritten: delete it to remake
            make(target)
            print("wrote", target)

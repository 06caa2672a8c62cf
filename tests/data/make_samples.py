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


if __name__ == "__main__":
    for version, make in ((1, make_schema_1), (2, make_schema_2)):
        target = HERE / f"plan-schema-{version}.lcplan"
        if not target.exists():  # a released sample is never rewritten: delete it to remake
            make(target)
            print("wrote", target)

"""Schema versions: older files are backed up and upgraded, newer ones refused, scripts match the model."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from lcplanner.core import errors
from lcplanner.core.document import PlanDocument
from lcplanner.core.model import Base
from lcplanner.core.planfile import REVISIONS, SCHEMA_VERSION


@pytest.fixture
def v1_file(tmp_path: Path, data_dir: Path) -> Path:
    target = tmp_path / "bolu.lcplan"
    shutil.copyfile(data_dir / "plan-schema-1.lcplan", target)
    return target


def test_every_released_schema_has_a_sample_file(data_dir):
    for version in range(1, SCHEMA_VERSION):
        assert (data_dir / f"plan-schema-{version}.lcplan").is_file(), version


def test_schema_1_upgrades_keeping_all_data_and_a_backup(v1_file):
    original = hashlib.sha256(v1_file.read_bytes()).hexdigest()
    doc = PlanDocument.open(v1_file)
    try:
        backup = doc.file.backup
        assert backup is not None and backup.exists() and backup.parent == v1_file.parent
        plan = doc.plan()
        assert (plan.city, plan.title, plan.uuid) == (
            "Bolu", "Öğrenen Bolu 2026-2028", "11111111-1111-4111-8111-111111111111")
        orgs = {o.name: o for o in doc.organisations()}
        assert set(orgs) == {"Bolu Belediyesi", "İl Milli Eğitim Müdürlüğü", "IŞIK Gençlik Derneği"}
        bb1 = doc.actions("BB1")
        assert [a.code for a in bb1] == ["BB1-1", "BB1-2"]
        first = bb1[0]
        assert first.lead_name == "Bolu Belediyesi"
        assert [(p.name, p.role) for p in first.partners] == [
            ("İl Milli Eğitim Müdürlüğü", "advisor"), ("IŞIK Gençlik Derneği", "implementer")]
        assert first.budget_total == Decimal("1450000.50")
        assert first.risks == ""  # the column schema 2 added
        assert [i.name for i in doc.indicators(action_id=first.id)] == ["Açılan oyun evi"]
        assert doc.indicators(objective_id=1)[0].baseline == "78.5"
        doc.update_action(first.id, risks="Bina tadilatı gecikebilir")
        assert doc.action(first.id).risks == "Bina tadilatı gecikebilir"
    finally:
        doc.close()
    con = sqlite3.connect(v1_file)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == REVISIONS[SCHEMA_VERSION]
    con.close()
    # The backup is the file as it was: schema 1, same rows.
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM action").fetchone()[0] == 3
    assert "risks" not in [r[1] for r in con.execute("PRAGMA table_info(action)")]
    con.close()
    assert original != hashlib.sha256(v1_file.read_bytes()).hexdigest()


def test_old_file_read_only_asks_for_an_upgrade_and_is_untouched(v1_file):
    before = v1_file.read_bytes()
    with pytest.raises(errors.NeedsUpgrade):
        PlanDocument.open(v1_file, read_only=True)
    assert v1_file.read_bytes() == before


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_migrated_schema_equals_the_model(tmp_path, data_dir, version):
    """The Alembic scripts and the ORM model describe the same schema (no drift)."""
    target = tmp_path / "up.lcplan"
    shutil.copyfile(data_dir / f"plan-schema-{version}.lcplan", target)
    PlanDocument.open(target).close()
    engine = create_engine(f"sqlite:///{target}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_a_fresh_file_needs_no_migration(doc):
    assert doc.file.backup is None
    assert not list(doc.path.parent.glob("*backup*"))

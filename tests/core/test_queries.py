"""Rows for views: actions with names, Turkish search and sort, and the per-area summary."""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal

import pytest

from lcplanner.core import framework
from lcplanner.core.document import PlanDocument


@pytest.fixture
def doc(store_doc):  # type: ignore[no-untyped-def]
    """The document's tests run on a plan file and on a PostgreSQL server (issue 16)."""
    return store_doc


@pytest.fixture
def demo(demo_file):
    document = PlanDocument.open(demo_file)
    yield document
    document.close()


def test_turkish_search_folds_the_turkish_way(doc):
    izmir = doc.add_organisation("İZMİR Kent Konseyi")
    isik = doc.add_action("BB2", "IŞIK atölyesi", description="Gençlerle")
    doc.add_action("BB2", "işik değil", description="noktalı i ile")
    doc.add_action("BB6", "Festival", lead_id=izmir)
    partner_of = doc.add_action("BB1", "Okuma", description="")
    doc.set_partners(partner_of, [(izmir, "partner")])
    assert [a.title for a in doc.search("ışık")] == ["IŞIK atölyesi"]
    assert [a.id for a in doc.search("ışık")] == [isik]
    assert sorted(a.title for a in doc.search("izmir")) == ["Festival", "Okuma"]  # lead, partner
    assert [a.title for a in doc.search("GENÇLERLE")] == ["IŞIK atölyesi"]
    assert [a.title for a in doc.search("kent festival")] == ["Festival"]  # every word must match
    assert doc.search("   ") == []
    assert [a.title for a in doc.search("izmir", area="BB6")] == ["Festival"]
    assert {a.title for a in doc.search("isik", accents=False)} == {"IŞIK atölyesi", "işik değil"}
    assert doc.search("100%_") == []  # SQL wildcards are plain text


def test_search_follows_edits_of_leads_partners_and_organisations(doc):
    action = doc.add_action("BB3", "Mesleki kurs")
    assert doc.search("odası") == []
    chamber = doc.add_organisation("Sanayi Odası", sector="private")
    doc.set_partners(action, [(chamber, "funder")])
    assert [a.id for a in doc.search("odası")] == [action]  # a new partner is found at once
    doc.set_partners(action, [])
    assert doc.search("odası") == []
    doc.update_action(action, lead_id=chamber)
    assert [a.id for a in doc.search("SANAYİ")] == [action]
    other = doc.add_organisation("Ticaret Odası")
    doc.merge_organisations(other, chamber)  # the lead moves to the organisation that stays
    assert doc.search("sanayi") == [] and [a.id for a in doc.search("ticaret")] == [action]
    doc.update_action(action, title="Usta öğretici kursu")
    assert [a.id for a in doc.search("öğretici")] == [action] and doc.search("mesleki") == []


def test_english_plan_folds_the_english_way(tmp_path):
    doc = PlanDocument.create(tmp_path / "en.lcplan", "Cork", language="en")
    try:
        doc.add_action("BB1", "INCLUSION week")
        assert [a.title for a in doc.search("inclusion")] == ["INCLUSION week"]
    finally:
        doc.close()


def test_organisations_sort_by_turkish_collation(doc):
    for name in ["Şehir Tiyatrosu", "Sanat Derneği", "Çocuk Vakfı", "Cemevi", "İl Müdürlüğü",
                 "Işık Derneği", "Öğretmenevi", "Okul Aile Birliği"]:
        doc.add_organisation(name)
    assert [o.name for o in doc.organisations()] == [
        "Cemevi", "Çocuk Vakfı", "Işık Derneği", "İl Müdürlüğü", "Okul Aile Birliği",
        "Öğretmenevi", "Sanat Derneği", "Şehir Tiyatrosu"]


def test_action_rows_carry_names_and_totals(demo):
    rows = demo.actions("BB1")
    assert rows and all(r.area == "BB1" for r in rows)
    first = rows[0]
    assert first.lead_name and first.partners and first.objective_code.startswith("BB1-O")
    lines = demo.budget_lines(first.id)
    assert first.budget_total == sum((b.amount for b in lines), Decimal("0.00"))
    assert first.indicator_count == len(demo.indicators(action_id=first.id))
    assert [r.position for r in rows] == sorted(r.position for r in rows)


def test_summary_equals_the_rows(demo):
    """The grouped-SQL summary agrees with sums made by hand over every action row."""
    rows = demo.actions()
    lines = demo.budget_lines()
    area_of = {r.id: r.area for r in rows}
    budget: dict[str, dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for line in lines:
        budget[area_of[line.action_id]][line.year] += line.amount
    summary = {s.area: s for s in demo.summary()}
    assert list(summary) == [a.code for a in framework.PLAN_AREAS]
    objectives = Counter(o.area for o in demo.objectives())
    for code, s in summary.items():
        mine = [r for r in rows if r.area == code]
        assert s.actions == len(mine) and s.objectives == objectives[code]
        assert s.status_counts == {st: sum(r.status == st for r in mine) for st in s.status_counts}
        assert s.budget_by_year == dict(budget[code])
        assert s.budget_total == sum(budget[code].values(), Decimal("0.00"))
        for gap in ("lead", "indicator", "budget", "dates"):
            assert getattr(s, f"missing_{gap}") == sum(gap in r.missing for r in mine), (code, gap)
    assert sum(s.missing_lead for s in summary.values()) == 2  # the demo's deliberate gaps
    assert any(s.incomplete for s in summary.values())

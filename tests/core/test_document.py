"""Every document command, its validation errors, the changed signal, batches and undo snapshots."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from lcplanner.core.document import PlanDocument
from lcplanner.core.errors import NotFound, ValidationError


@pytest.fixture
def doc(store_doc):  # type: ignore[no-untyped-def]
    """The document's tests run on a plan file and on a PostgreSQL server (issue 16)."""
    return store_doc


@pytest.fixture
def seen(doc):
    events: list[tuple[str, list[int]]] = []
    doc.changed.connect(lambda kind, ids: events.append((kind, list(ids))))
    return events


def _reopen(doc: PlanDocument) -> PlanDocument:
    from lcplanner.server.targets import open_document

    path = doc.path
    doc.close()
    return open_document(path)  # a file, or the server plan's URL


def _fails(field: str, call, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    assert caught.value.field == field
    assert caught.value.message()
    return caught.value


def test_plan_properties(doc, seen):
    doc.update_plan(title="  Öğrenen İzmir 2030\x07 ", vision="Satır 1\r\nSatır 2", currency="eur",
                    period_end=2030, language="tr-TR")
    plan = doc.plan()
    assert (plan.title, plan.vision, plan.currency, plan.period_end, plan.language) == (
        "Öğrenen İzmir 2030", "Satır 1\nSatır 2", "EUR", 2030, "tr_TR")
    assert plan.years == (2026, 2027, 2028, 2029, 2030)
    assert seen == [("plan", [plan.id])]
    _fails("title", doc.update_plan, title="   ")
    _fails("period_end", doc.update_plan, period_end=2020)
    _fails("currency", doc.update_plan, currency="lira")
    _fails("language", doc.update_plan, language="Türkçe")
    _fails("nonsense", doc.update_plan, nonsense=1)
    assert doc.plan().title == "Öğrenen İzmir 2030"  # refused edits changed nothing


def test_organisations(doc, seen):
    mem = doc.add_organisation("İl Milli Eğitim Müdürlüğü", sector="national_government",
                               email="info@meb.example.org")
    doc.add_organisation("Çevre Derneği", sector="civil_society")
    doc.add_organisation("Cumhuriyet Lisesi", sector="education")
    assert [o.name for o in doc.organisations()] == [
        "Cumhuriyet Lisesi", "Çevre Derneği", "İl Milli Eğitim Müdürlüğü"]
    _fails("name", doc.add_organisation, "İL MİLLİ EĞİTİM MÜDÜRLÜĞÜ")  # same name, Turkish case
    _fails("name", doc.add_organisation, "")
    _fails("sector", doc.add_organisation, "X", sector="church")
    _fails("email", doc.update_organisation, mem, email="not an address")
    doc.update_organisation(mem, name="Milli Eğitim", phone="+90 312")
    assert doc.find_organisation("MİLLİ eğitim") == mem
    assert doc.find_organisation("nobody") is None
    with pytest.raises(NotFound):
        doc.update_organisation(9999, name="x")
    assert seen[0] == ("organisation", [mem])  # the new row's id is reported


def test_objectives_and_codes(doc):
    first = doc.add_objective("BB2", "Mahallelerde öğrenme", benefits=["B1", "B3"])
    second = doc.add_objective("bb2", "Kütüphaneler")
    rows = doc.objectives("BB2")
    assert [(o.code, o.benefits) for o in rows] == [("BB2-O1", ("B1", "B3")), ("BB2-O2", ())]
    _fails("area", doc.add_objective, "B1", "Benefits hold no objectives")
    _fails("area", doc.add_objective, "BB9", "No such block")
    _fails("statement", doc.add_objective, "BB1", " ")
    _fails("benefits", doc.add_objective, "BB1", "x", benefits=["B7"])
    _fails("code", doc.update_objective, second, code="BB2-O1")
    doc.update_objective(second, code="K-1", statement="Halk kütüphaneleri")
    assert doc.move_objective(second, 0) == 1
    assert [o.id for o in doc.objectives("BB2")] == [second, first]


def test_actions_full_cycle(doc, seen):
    lead = doc.add_organisation("Belediye")
    partner = doc.add_organisation("Halk Eğitim Merkezi")
    funder = doc.add_organisation("Kalkınma Ajansı", sector="national_government")
    objective = doc.add_objective("BB3", "İşyerinde öğrenme")
    action = doc.add_action("BB3", "Usta-çırak programı", objective_id=objective, lead_id=lead,
                            start_date="2026-03-01", end_date=dt.date(2027, 6, 30),
                            status="on_track", priority=1, percent=40,
                            key_features=["BB3.4", "BB3.1"], guideline_areas=["access"],
                            description="Açıklama\x0bikinci satır", target_groups="Gençler",
                            notes="Not")
    doc.set_partners(action, [(partner, "implementer"), (funder, "funder")])
    row = doc.action(action)
    assert row.code == "BB3-1" and row.objective_code == "BB3-O1"
    assert row.lead_name == "Belediye"
    assert [(p.name, p.role) for p in row.partners] == [
        ("Halk Eğitim Merkezi", "implementer"), ("Kalkınma Ajansı", "funder")]
    assert row.key_features == ("BB3.1", "BB3.4")  # framework order
    assert row.description == "Açıklama\nikinci satır"
    assert row.missing == ("indicator", "budget")
    doc.update_action(action, end_date=None)
    assert doc.action(action).missing == ("indicator", "budget", "dates")
    doc.set_partners(action, [(funder, "advisor")])
    assert [(p.name, p.role) for p in doc.action(action).partners] == [("Kalkınma Ajansı", "advisor")]
    assert ("action", [action]) in seen


@pytest.mark.parametrize("fields, field", [
    ({"title": "   "}, "title"),
    ({"start_date": "2027-01-01", "end_date": "2026-12-31"}, "end_date"),
    ({"start_date": "31.12.2026"}, "start_date"),
    ({"percent": 101}, "percent"),
    ({"percent": -1}, "percent"),
    ({"priority": 0}, "priority"),
    ({"priority": 2.5}, "priority"),
    ({"status": "finished"}, "status"),
    ({"area": "BB7"}, "area"),
    ({"key_features": ["BB9.1"]}, "key_features"),
    ({"guideline_areas": ["party"]}, "guideline_areas"),
    ({"lead_id": 999}, "lead_id"),
])
def test_action_validation(doc, fields, field):
    action = doc.add_action("BB1", "Okuma saati", start_date="2026-05-01")
    before = doc.action(action)
    _fails(field, doc.update_action, action, **fields)
    assert doc.action(action) == before


def test_action_end_before_existing_start_and_foreign_refs(doc, tmp_path):
    action = doc.add_action("BB1", "Okuma saati", start_date="2026-05-01")
    _fails("end_date", doc.update_action, action, end_date="2026-04-30")
    _fails("end_date", doc.add_action, "BB1", "Ters", start_date="2026-05-01", end_date="2026-01-01")
    other = PlanDocument.create(tmp_path / "other.lcplan", "Konya")
    foreign_org = other.add_organisation("Konya Belediyesi")
    other.close()
    objective = doc.add_objective("BB2", "Aileler")
    _fails("objective_id", doc.update_action, action, objective_id=objective)  # another area
    _fails("lead_id", doc.update_action, action, lead_id=foreign_org + 100)
    org = doc.add_organisation("Belediye")
    doc.update_action(action, lead_id=org)
    _fails("partners", doc.set_partners, action, [(org, "partner")])  # the lead is no partner
    second = doc.add_organisation("MEB")
    _fails("partners", doc.set_partners, action, [(second, "partner"), (second, "funder")])
    with pytest.raises(ValidationError):
        doc.set_partners(action, [(second, "sponsor")])


def test_moving_an_action_to_another_area_leaves_its_objective(doc):
    objective = doc.add_objective("BB1", "Okul öncesi")
    action = doc.add_action(None, "Oyun evi", objective_id=objective)
    assert doc.action(action).area == "BB1"
    doc.update_action(action, area="BB2")
    row = doc.action(action)
    assert (row.area, row.objective_id) == ("BB2", None)


def test_reorder_actions(doc):
    ids = [doc.add_action("BB4", f"Eylem {i}") for i in range(5)]
    assert doc.move_action(ids[4], 0) == 4
    assert [a.id for a in doc.actions("BB4")] == [ids[4], *ids[:4]]
    doc.move_action(ids[4], 99)  # past the end clamps to the end
    assert [a.id for a in doc.actions("BB4")] == ids


def test_budget_lines(doc):
    action = doc.add_action("FC3", "Fon başvurusu")
    line = doc.add_budget_line(action, 2026, "1234.565", source="international", confirmed=True)
    doc.add_budget_line(action, 2027, Decimal("100"), source="in_kind")
    lines = doc.budget_lines(action)
    assert [(b.year, b.amount, b.source, b.confirmed) for b in lines] == [
        (2026, Decimal("1234.57"), "international", True), (2027, Decimal("100.00"), "in_kind", False)]
    assert doc.action(action).budget_total == Decimal("1334.57")
    _fails("amount", doc.add_budget_line, action, 2026, "-5")
    _fails("amount", doc.add_budget_line, action, 2026, "on bin")
    _fails("amount", doc.add_budget_line, action, 2026, "NaN")
    _fails("year", doc.add_budget_line, action, 20260, "5")
    _fails("source", doc.update_budget_line, line, source="lottery")
    doc.update_budget_line(line, amount=0)
    assert doc.budget_lines(action)[0].amount == Decimal("0.00")
    with pytest.raises(NotFound):
        doc.add_budget_line(4242, 2026, "1")


def test_indicators_of_each_kind(doc):
    action = doc.add_action("BB5", "Eğitici eğitimi")
    objective = doc.add_objective("BB5", "Kalite")
    rate = doc.add_indicator("Katılım oranı", action_id=action, kind="rate", unit="%",
                             baseline="12.50", baseline_year=2025, target=30, target_year=2028)
    yes = doc.add_indicator("Plan kabul edildi", objective_id=objective, kind="yes_no",
                            baseline=False, target="yes")
    text = doc.add_indicator("Öğrenci görüşleri", action_id=action, kind="qualitative",
                             target="Olumlu\x07 geri bildirim")
    rows = {i.id: i for i in doc.indicators(action_id=action) + doc.indicators(objective_id=objective)}
    assert (rows[rate].baseline, rows[rate].target, rows[rate].baseline_year) == ("12.5", "30", 2025)
    assert (rows[yes].baseline, rows[yes].target) == ("no", "yes")
    assert rows[text].target == "Olumlu geri bildirim"
    _fails("baseline", doc.update_indicator, rate, baseline="yüksek")
    _fails("target", doc.update_indicator, yes, target="maybe")
    _fails("target", doc.update_indicator, text, kind="count")  # the stored text is no count
    _fails("kind", doc.update_indicator, rate, kind="feeling")
    _fails("name", doc.update_indicator, rate, name="")
    _fails("owner", doc.add_indicator, "İki sahip", action_id=action, objective_id=objective)
    _fails("owner", doc.add_indicator, "Sahipsiz")
    doc.update_indicator(rate, actual="18", kind="count")
    assert doc.indicators(action_id=action)[0].actual == "18"
    assert doc.action(action).indicator_count == 2


def test_delete_and_restore_put_back_ids_and_uuids(doc):
    org = doc.add_organisation("Belediye")
    partner = doc.add_organisation("Dernek")
    objective = doc.add_objective("BB6", "Öğrenme festivali")
    action = doc.add_action("BB6", "Festival", objective_id=objective, lead_id=org)
    doc.set_partners(action, [(partner, "partner")])
    doc.add_budget_line(action, 2026, "5000")
    doc.add_indicator("Ziyaretçi", action_id=action, kind="count", target="1000")
    doc.add_indicator("Festival yapıldı", objective_id=objective, kind="yes_no")
    before = (doc.objectives(), doc.actions(), doc.budget_lines(), doc.indicators(),
              doc.organisations())

    snap = doc.delete_objective(objective)  # with its action, links, budget and indicators
    assert doc.actions() == [] and doc.budget_lines() == [] and doc.indicators() == []
    doc.restore(snap)
    assert (doc.objectives(), doc.actions(), doc.budget_lines(), doc.indicators(),
            doc.organisations()) == before

    snap = doc.delete_organisation(org)  # the action loses its lead
    assert doc.action(action).lead_id is None
    doc.restore(snap)
    assert doc.action(action).lead_name == "Belediye"

    snap = doc.delete_organisation(partner)
    assert doc.action(action).partners == ()
    doc.restore(snap)
    assert doc.actions() == before[1]

    snap = doc.delete_action(action)
    with pytest.raises(NotFound):
        doc.action(action)
    doc.restore(snap)
    assert doc.actions() == before[1]
    for line in doc.budget_lines():
        doc.restore(doc.delete_budget_line(line.id))
    for ind in doc.indicators():
        doc.restore(doc.delete_indicator(ind.id))
    assert (doc.budget_lines(), doc.indicators()) == (before[2], before[3])


def test_every_edit_is_committed_at_once(doc):
    org = doc.add_organisation("Üniversite", sector="education")
    action = doc.add_action("BB1", "Yaz okulu", lead_id=org)
    doc.add_budget_line(action, 2027, "750000.25", source="private")
    reopened = _reopen(doc)
    try:
        row = reopened.actions("BB1")[0]
        assert (row.title, row.lead_name, row.budget_total) == (
            "Yaz okulu", "Üniversite", Decimal("750000.25"))
    finally:
        reopened.close()


def test_batch_is_all_or_nothing(doc, seen):
    with doc.batch():
        doc.add_organisation("A")
        doc.add_organisation("B")
    assert len(doc.organisations()) == 2
    assert seen == [("all", [])]  # one signal for the whole group
    with pytest.raises(ValidationError):
        with doc.batch():
            doc.add_organisation("C")
            doc.add_action("BB1", "")  # invalid: the whole batch rolls back
    assert [o.name for o in doc.organisations()] == ["A", "B"]


def test_merge_duplicate_organisations_and_split_them_again(doc):
    keep = doc.add_organisation("İl Milli Eğitim Müdürlüğü", sector="national_government")
    drop = doc.add_organisation("Milli Eğitim", sector="national_government")
    other = doc.add_organisation("Belediye")
    led = doc.add_action("BB1", "Okuma", lead_id=drop)
    both = doc.add_action("BB1", "Yaz okulu", lead_id=other)
    doc.set_partners(both, [(keep, "partner"), (drop, "funder")])
    moved = doc.add_action("BB2", "Aile", lead_id=other)
    doc.set_partners(moved, [(drop, "advisor")])
    keep_led = doc.add_action("BB3", "Mesleki", lead_id=keep)
    doc.set_partners(keep_led, [(drop, "partner")])
    before = (doc.actions(), doc.organisations())

    snap = doc.merge_organisations(keep, drop)
    assert [o.name for o in doc.organisations()] == ["Belediye", "İl Milli Eğitim Müdürlüğü"]
    assert doc.action(led).lead_id == keep
    assert [(p.organisation_id, p.role) for p in doc.action(both).partners] == [(keep, "partner")]
    assert [(p.organisation_id, p.role) for p in doc.action(moved).partners] == [(keep, "advisor")]
    assert doc.action(keep_led).partners == ()  # the lead is not also its own partner
    _fails("organisation", doc.merge_organisations, keep, keep)

    doc.restore(snap)
    assert (doc.actions(), doc.organisations()) == before


def test_text_past_the_limit_is_refused_and_nothing_changes(doc):
    from lcplanner.core.validate import MAX_LINE, MAX_TEXT

    action = doc.add_action("BB1", "Okuma saatleri", description="kısa")
    with pytest.raises(ValidationError) as caught:
        doc.update_action(action, description="x" * (MAX_TEXT + 1))
    assert caught.value.field == "description" and "100,000" in caught.value.message()
    with pytest.raises(ValidationError):
        doc.add_action("BB1", "y" * (MAX_LINE + 1))
    with pytest.raises(ValidationError):
        doc.update_action(action, code="C" * 33)
    assert doc.action(action).description == "kısa" and len(doc.actions()) == 1
    doc.update_action(action, description="x" * MAX_TEXT)  # the limit itself fits
    assert len(doc.action(action).description) == MAX_TEXT


def test_the_register_counts_follow_a_change_of_lead_but_a_title_edit_keeps_them(doc):
    a = doc.add_organisation("Halk Eğitim Merkezi")
    b = doc.add_organisation("Belediye")
    action = doc.add_action("BB1", "Okuma saatleri", lead_id=a)
    counts = {o.name: o.leads for o in doc.organisations()}
    assert counts == {"Belediye": 0, "Halk Eğitim Merkezi": 1}
    doc.update_action(action, title="Okuma saatleri 2")  # the register's cache may stay
    assert {o.name: o.leads for o in doc.organisations()} == counts
    doc.update_action(action, lead_id=b)  # now the counts move
    assert {o.name: o.leads for o in doc.organisations()} == {"Belediye": 1, "Halk Eğitim Merkezi": 0}

"""The demo plan: every building block and condition filled, in Turkish and in English."""

import pytest

from lcplanner.core import framework
from lcplanner.core.demo import build_demo


@pytest.mark.parametrize("lang, city, sample_org", [("tr", "Ilgınova", "Işık Gençlik Derneği"),
                                                    ("en", "Ilgınova", "Işık Youth Association")])
def test_demo_plan_in_each_language(tmp_path, lang, city, sample_org):
    doc = build_demo(tmp_path / f"demo-{lang}.lcplan", lang)
    try:
        plan = doc.plan()
        assert (plan.city, plan.language, plan.currency) == (city, lang, "TRY")
        assert plan.period_end - plan.period_start == 2
        summary = {s.area: s for s in doc.summary()}
        for area in framework.BUILDING_BLOCKS:
            assert 2 <= summary[area.code].objectives <= 3
            assert 4 <= summary[area.code].actions <= 8
        for area in framework.CONDITIONS:
            assert summary[area.code].actions >= 2
        assert all(len(s.budget_by_year) == 3 for s in summary.values() if s.actions > 2)
        assert sample_org in [o.name for o in doc.organisations()]
        assert sum(1 for a in doc.actions() if a.indicator_count) > 35
        assert [i for i in doc.check() if i.severity == "error"] == []
    finally:
        doc.close()

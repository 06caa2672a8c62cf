"""One truth for gaps (issue 10, item 12): the summary (overview, navigator, Excel summary) and
``check`` count the same gaps, area by area, on a plan with every kind of gap."""

from __future__ import annotations

import random
from collections import Counter

from lcplanner.core import framework
from lcplanner.core.document import PlanDocument


def _plan_with_gaps(path) -> PlanDocument:
    rng = random.Random(5)
    doc = PlanDocument.create(path, "Bolu", period_start=2026, period_end=2028)
    orgs = [doc.add_organisation(f"Kurum {i}") for i in range(4)]
    for n in range(120):
        area = rng.choice(sorted(framework.PLAN_AREA_CODES))
        fields = {}
        if rng.random() < 0.6:
            fields["lead_id"] = rng.choice(orgs)
        if rng.random() < 0.5:
            fields["start_date"] = f"2026-0{rng.randint(1, 9)}-01"
        if rng.random() < 0.5:
            fields["end_date"] = "2028-12-31"
        if rng.random() < 0.1:
            fields["status"] = "cancelled"
        action = doc.add_action(area, f"Eylem {n}", **fields)
        if rng.random() < 0.5:
            doc.add_budget_line(action, 2027, rng.choice(["0", "1500.00"]))
        if rng.random() < 0.5:
            doc.add_indicator(f"Gösterge {n}", action_id=action, kind="count", target=10)
    return doc


def test_summary_and_check_count_the_same_gaps(tmp_path):
    doc = _plan_with_gaps(tmp_path / "gaps.lcplan")
    try:
        by_code = {a.code: a.area for a in doc.actions()}
        from_check = Counter(by_code[i.args[0]] for i in doc.check()
                             if i.severity == "warning" and i.text.startswith("Action %1 has no"))
        for s in doc.summary():
            total = s.missing_lead + s.missing_indicator + s.missing_budget + s.missing_dates
            assert total == from_check.get(s.area, 0), s.area
            assert s.incomplete == bool(total)  # the navigator's warning mark
        rows = doc.actions()
        assert sum(len(r.missing) for r in rows) == sum(from_check.values()) > 50
        cancelled = [r for r in rows if r.status == "cancelled"]
        assert cancelled and all(not r.missing for r in cancelled)
    finally:
        doc.close()


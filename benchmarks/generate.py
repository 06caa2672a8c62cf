"""Make a large plan for benchmarks: N actions with organisations, partners, budgets, indicators.

The file is created by LC Planner itself (schema, pragmas, plan row); the bulk rows go in with
SQLAlchemy Core in one transaction, since the point is to measure reading and editing a big plan,
not to time 50,000 validated commands.  Deterministic for a given seed.

    python benchmarks/generate.py OUT.lcplan [--actions 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import uuid
from pathlib import Path

from sqlalchemy import insert

from lcplanner.core import framework
from lcplanner.core.document import PlanDocument
from lcplanner.core.model import (
    Action,
    ActionPartner,
    BudgetLine,
    Indicator,
    Measurement,
    Milestone,
    Objective,
    Organisation,
    ProgressUpdate,
)
from lcplanner.core.vocab import FundingSource, IndicatorKind, Role, Sector, Status

WORDS = ("okul", "kütüphane", "gençlik", "kadın", "kooperatif", "dijital", "beceri", "mahalle",
         "öğrenme", "festival", "müze", "ışık", "İZMİR", "istihdam", "atölye", "çocuk", "şenlik",
         "gönüllü", "üniversite", "eğitim", "kurs", "rehberlik", "engelli", "göçmen", "yaşlı")


SYLLABLES = ("ka", "le", "mi", "so", "tu", "ra", "ne", "dı", "şe", "gö", "çu", "ba", "ye", "lı", "or")


def _vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    """Made-up words plus the real ones above, so a real word is as rare as in a real plan."""
    made = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size)]
    return made + list(WORDS)


_VOCAB: list[str] = []


def _text(rng: random.Random, n: int) -> str:
    if not _VOCAB:
        _VOCAB.extend(_vocabulary(random.Random(0)))
    return " ".join(rng.choice(_VOCAB) for _ in range(n))


def make_plan(path: Path, n_actions: int = 10_000, seed: int = 1, monitoring: bool = True) -> Path:
    rng = random.Random(seed)
    path.unlink(missing_ok=True)
    doc = PlanDocument.create(path, "Büyükşehir", "Benchmark plan", period_start=2026,
                              period_end=2030, language="tr")
    plan_id = doc.plan_id
    areas = [a.code for a in framework.PLAN_AREAS]
    n_orgs = max(20, n_actions // 25)
    orgs = [dict(id=i + 1, uuid=str(uuid.UUID(int=rng.getrandbits(128))), plan_id=plan_id,
                 name=f"{_text(rng, 2).title()} {i}", sector=rng.choice(Sector.codes()),
                 contact_person="", email="", phone="", notes="") for i in range(n_orgs)]
    objectives = [dict(id=i + 1, uuid=str(uuid.uuid4()), plan_id=plan_id, area=areas[i % 9],
                       code=f"{areas[i % 9]}-O{i // 9 + 1}", statement=_text(rng, 8), benefits=["B1"],
                       position=i // 9) for i in range(max(9, n_actions // 20))]
    actions, partners, budget, indicators = [], [], [], []
    updates: list[dict] = []  # type: ignore[type-arg]
    stones: list[dict] = []  # type: ignore[type-arg]
    measures: list[dict] = []  # type: ignore[type-arg]
    for i in range(n_actions):
        objective = objectives[i % len(objectives)]
        start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(0, 1000))
        actions.append(dict(
            id=i + 1, uuid=str(uuid.uuid4()), plan_id=plan_id, objective_id=objective["id"],
            area=objective["area"], code=f"{objective['area']}-{i + 1}", title=_text(rng, 5),
            description=_text(rng, 40), target_groups=_text(rng, 3),
            lead_id=rng.randrange(1, n_orgs + 1) if rng.random() > 0.05 else None,
            start_date=start, end_date=start + dt.timedelta(days=rng.randrange(30, 700)),
            status=rng.choice(Status.codes()), priority=rng.randint(1, 5),
            percent=rng.randrange(0, 101), key_features=[f"{objective['area']}.1"],
            guideline_areas=["plan"], notes=_text(rng, 10), risks="", position=i))
        for k, org in enumerate(rng.sample(range(1, n_orgs + 1), 2)):
            partners.append(dict(uuid=str(uuid.uuid4()), plan_id=plan_id, action_id=i + 1,
                                 organisation_id=org, role=rng.choice(Role.codes()), position=k))
        for year in rng.sample(range(2026, 2031), 2):
            amount = rng.randrange(1000, 2_000_000)
            budget.append(dict(uuid=str(uuid.uuid4()), plan_id=plan_id, action_id=i + 1, year=year,
                               amount=amount, source=rng.choice(FundingSource.codes()),
                               confirmed=rng.random() > .5,
                               spent=amount // 2 if monitoring and year == 2026 else None))
        if monitoring:  # issue 15: a year's report, a milestone, two measurements
            if actions[-1]["status"] != "not_started":
                updates.append(dict(uuid=str(uuid.uuid4()), plan_id=plan_id, action_id=i + 1,
                                    period="2026", status=actions[-1]["status"],
                                    percent=actions[-1]["percent"], note=_text(rng, 6),
                                    reported_on=dt.date(2026, 12, 1), reported_by=""))
            stones.append(dict(uuid=str(uuid.uuid4()), plan_id=plan_id, action_id=i + 1,
                               name=_text(rng, 2), due_on=start + dt.timedelta(days=20),
                               done=False, position=0))
            for k, day in enumerate((dt.date(2026, 6, 30), dt.date(2026, 12, 31))):
                measures.append(dict(uuid=str(uuid.uuid4()), plan_id=plan_id, indicator_id=i + 1,
                                     measured_on=day, value=str(rng.randrange(0, 60) * (k + 1)),
                                     source="", note=""))
        indicators.append(dict(uuid=str(uuid.uuid4()), plan_id=plan_id, action_id=i + 1,
                               objective_id=None, name=_text(rng, 3), kind=IndicatorKind.COUNT.value,
                               unit="adet", baseline="0", baseline_year=2025, target="100",
                               target_year=2030, actual=None, source="", position=0))
    with doc.file.engine.execution_options(lc_write=True).begin() as conn:
        for model, rows in ((Organisation, orgs), (Objective, objectives), (Action, actions),
                            (ActionPartner, partners), (BudgetLine, budget), (Indicator, indicators),
                            (ProgressUpdate, updates), (Milestone, stones),
                            (Measurement, measures)):
            if rows:
                conn.execute(insert(model), rows)
    doc.close()
    return path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--actions", type=int, default=10_000)
    args = parser.parse_args()
    print(make_plan(args.out, args.actions))

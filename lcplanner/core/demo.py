"""Build the demo plan (a fictional Turkish city) from ``resources/demo/demo_plan.json``.

The data file holds every text in Turkish and English; the builder picks one language and runs the
ordinary document commands inside one batch, so the demo passes the same validation as a plan made
by hand and lands in one transaction.
"""

from __future__ import annotations

import json
import os
from typing import Any

from . import demo_monitoring
from .document import PlanDocument
from .resources import resource

DEMO_LANGUAGES = ("tr", "en")


def _text(value: Any, lang: str) -> Any:
    """{'tr': ..., 'en': ...} -> the chosen language; anything else as it is."""
    if isinstance(value, dict) and value and set(value) <= set(DEMO_LANGUAGES):
        return value.get(lang) or value.get("en") or ""
    return value


def load_demo_data() -> dict[str, Any]:
    with open(resource("demo", "demo_plan.json"), encoding="utf-8") as fh:
        return json.load(fh)


def build_demo(path: str | os.PathLike[str], lang: str = "tr",
               overwrite: bool = False) -> PlanDocument:
    """Create a demo plan file at ``path`` in ``lang`` ('tr' or 'en') and return it open."""
    if lang not in DEMO_LANGUAGES:
        lang = "en"
    data = load_demo_data()
    p = data["plan"]

    def populate(doc: PlanDocument) -> None:
        with doc.batch():
            _fill(doc, data, lang)
            demo_monitoring.add_history(doc, lang)

    doc = PlanDocument.create(path, _text(p["city"], lang), _text(p["title"], lang),
                              overwrite=overwrite, populate=populate,
                              country=_text(p["country"], lang),
                              vision=_text(p["vision"], lang), period_start=p["period_start"],
                              period_end=p["period_end"], currency=p["currency"], language=lang,
                              approval_status=p.get("approval_status", "draft"),
                              version=p.get("version", ""),
                              prepared_by=_text(p.get("prepared_by", ""), lang),
                              reporting=p.get("reporting", "quarter"))
    return doc


def _add_indicators(doc: PlanDocument, items: list[dict[str, Any]], lang: str,
                    **owner: int) -> None:
    for ind in items:
        doc.add_indicator(
            _text(ind["name"], lang), kind=ind["kind"], unit=_text(ind.get("unit", ""), lang),
            baseline=_text(ind.get("baseline"), lang), baseline_year=ind.get("baseline_year"),
            target=_text(ind.get("target"), lang), target_year=ind.get("target_year"),
            actual=_text(ind.get("actual"), lang), source=_text(ind.get("source", ""), lang),
            **owner)


def _fill(doc: PlanDocument, data: dict[str, Any], lang: str) -> None:
    orgs: dict[str, int] = {}
    for org in data["organisations"]:
        orgs[org["key"]] = doc.add_organisation(
            _text(org["name"], lang), sector=org["sector"],
            contact_person=org.get("contact_person", ""), email=org.get("email", ""),
            phone=org.get("phone", ""), notes=_text(org.get("notes", ""), lang))
    for obj in data["objectives"]:
        objective_id = doc.add_objective(obj["area"], _text(obj["statement"], lang),
                                         benefits=obj.get("benefits", []))
        _add_indicators(doc, obj.get("indicators", []), lang, objective_id=objective_id)
        for act in obj["actions"]:
            action_id = doc.add_action(
                obj["area"], _text(act["title"], lang), objective_id=objective_id,
                description=_text(act.get("description", ""), lang),
                target_groups=_text(act.get("target_groups", ""), lang),
                lead_id=orgs[act["lead"]] if act.get("lead") else None,
                start_date=act.get("start"), end_date=act.get("end"), status=act["status"],
                priority=act["priority"], percent=act["percent"],
                key_features=act.get("key_features", []),
                guideline_areas=act.get("guideline_areas", []),
                notes=_text(act.get("notes", ""), lang),
                municipal_role=act.get("municipal_role", ""))
            doc.set_partners(action_id, [(orgs[key], role) for key, role in act.get("partners", [])])
            for line in act.get("budget", []):
                doc.add_budget_line(action_id, line["year"], line["amount"], source=line["source"],
                                    confirmed=line["confirmed"])
            _add_indicators(doc, act.get("indicators", []), lang, action_id=action_id)

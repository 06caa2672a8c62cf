"""The framework catalogue: the 3 + 6 + 3 structure with UIL's names, prompts, guideline areas."""

from lcplanner.core import framework as fw


def test_three_six_three_with_official_names():
    assert [a.code for a in fw.BENEFITS] == ["B1", "B2", "B3"]
    assert [a.code for a in fw.BUILDING_BLOCKS] == [f"BB{i}" for i in range(1, 7)]
    assert [a.code for a in fw.CONDITIONS] == ["FC1", "FC2", "FC3"]
    names = {a.code: a.name for a in fw.AREAS}
    assert names["BB2"] == "Re-vitalised learning in families and communities"
    assert names["BB4"] == "Extended use of modern learning technologies"
    assert names["BB5"] == "Enhanced quality in learning"
    assert names["FC3"] == "Mobilisation and utilisation of resources"
    assert names["B1"] == "Individual empowerment and social cohesion"
    assert not any(a.plannable for a in fw.BENEFITS)
    assert all(a.plannable for a in fw.PLAN_AREAS)


def test_every_plan_area_has_prompts_with_its_own_codes():
    for area in fw.PLAN_AREAS:
        prompts = fw.key_features_of(area.code)
        assert 3 <= len(prompts) <= 6, area.code
        assert [p.code for p in prompts] == [f"{area.code}.{i}" for i in range(1, len(prompts) + 1)]
    assert len(fw.KEY_FEATURE_BY_CODE) == len(fw.KEY_FEATURES)
    assert "paraphrase" in fw.KEY_FEATURES_NOTE


def test_six_guideline_areas():
    assert [g.code for g in fw.GUIDELINE_AREAS] == ["plan", "coordinate", "celebrate", "access",
                                                    "monitor", "fund"]


def test_labels_translate_through_qt(qapp):
    # No translator installed: the source text comes back unchanged, through Qt's machinery.
    assert fw.tr_label(fw.AREA_BY_CODE["BB1"].name) == "Inclusive learning in the education system"

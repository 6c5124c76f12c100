"""Where a site's zone class comes from and why it changes (``class_source``, ``diverted``, ``rule``) are written
in the run's language; the regime table's activities and their sources in the catalogue's Russian words."""

from __future__ import annotations

from ecopark_plugin.core.model.i18n import using
from ecopark_plugin.core.zones import protection as zones

from .test_input_messages_ru import _english_runs
from .test_zones import exchanges, point_sites


def _classes(language):
    with using(language):
        return zones.hazard_classes(point_sites(25832, ("23.51", "99.00", "35.11"), hazard=[None, None, "V"]))


def test_the_class_source_in_english_as_before_and_in_russian():
    english = _classes("en")["class_source"].tolist()
    assert english[0] == (
        "inferred: NACE 23.51 cement (SanPiN 2.2.1/2.1.1.1200-03 (2007 edition) 7.1.4, class II item 1: cement)"
    )
    assert english[1].startswith("inferred: any other activity (assumption (EcoPark 2026): class IV")
    assert english[2] == "given"
    russian = _classes("ru")["class_source"].tolist()
    assert russian[0] == (
        "по виду деятельности: NACE 23.51 цемент (СанПиН 2.2.1/2.1.1.1200-03 (ред. 2007 г.) 7.1.4, класс II, п. 1: "
        "цемент)"
    )
    assert russian[2] == "задан"
    for text in russian:
        assert _english_runs(text.replace("EcoPark", "")) == [], text


def _reduced(language):
    with using(language):
        full = zones.reduction_zones(point_sites(25832, ("35.11", "23.51")), exchanges(1000, 460))
        partial = zones.reduction_zones(point_sites(25832, ("35.11", "23.51")), exchanges(1000, 400))
    return full, partial


def test_why_a_class_changes_in_english_as_before_and_in_russian():
    full, partial = _reduced("en")
    assert full.steps["rule"].tolist()[0] == "1 class(es) down: every zone-driving output diverted"
    assert partial.steps["rule"].tolist()[0] == "no change: an output below its share"
    assert (
        full.steps["diverted"].iloc[0] == "fgd_gypsum 92% (rule 'minerals': 90%); fly_ash 100% (rule 'minerals': 90%)"
    )
    assert full.after["class_source"].iloc[0].startswith("reduced by the chosen exchanges: fgd_gypsum 92%")
    full, partial = _reduced("ru")
    assert full.steps["rule"].tolist()[0] == "классов ниже: 1 — все выходы, задающие зону, направлены на использование"
    assert partial.steps["rule"].tolist()[0] == "без изменений: доля одного из выходов ниже порога"
    assert full.steps["diverted"].iloc[0] == (
        "fgd_gypsum 92 % (правило 'minerals': 90 %); fly_ash 100 % (правило 'minerals': 90 %)"
    )
    assert full.after["class_source"].iloc[0].startswith("снижен выбранными обменами: fgd_gypsum 92 %")

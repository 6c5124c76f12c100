"""Counts read right in English and Russian: the engine's plural forms, and the runner's summary."""

from types import SimpleNamespace

import pandas as pd
import pytest

from ecopark_plugin.__main__ import format_summary
from ecopark_plugin.core.model.i18n import english_plural, plural_form, translate


@pytest.mark.parametrize(
    ("n", "form"),
    [
        (0, 2),
        (1, 0),
        (2, 1),
        (4, 1),
        (5, 2),
        (11, 2),
        (12, 2),
        (14, 2),
        (21, 0),
        (22, 1),
        (101, 0),
        (111, 2),
        (1004, 1),
    ],
)
def test_russian_plural_forms_follow_qts_rule(n, form):
    assert plural_form(n, "ru") == form


def test_english_plural_endings():
    assert [english_plural("%n site(s), %n box(es), %n facility(ies)", n) for n in (1, 2)] == [
        "%n site, %n box, %n facility",
        "%n sites, %n boxes, %n facilities",
    ]
    assert plural_form(1, "en") == 0 and plural_form(0, "en") == plural_form(2, "en") == 1


def test_a_plural_message_of_the_shipped_catalogue_in_both_languages():
    text = "Sanitary zones: {} ha before, {} ha after ({} ha freed, %n site(s) in a lower class)"
    assert translate("RunnerSummary", text, "en", 1).endswith("1 site in a lower class)")
    assert translate("RunnerSummary", text, "en", 3).endswith("3 sites in a lower class)")
    ru = [translate("RunnerSummary", text, "ru", n) for n in (1, 3, 5, 21, 1500)]
    assert [t.rsplit(", ", 1)[1] for t in ru] == [
        "1 площадка в более низком классе)",
        "3 площадки в более низком классе)",
        "5 площадок в более низком классе)",
        "21 площадка в более низком классе)",
        "1\u00a0500 площадок в более низком классе)",
    ]


def result(n: int):
    """A run's summary and chosen exchanges with every count ``n``."""
    summary = {
        "sites": n,
        "streams_user": n,
        "streams_inferred": 0,
        "candidates": n,
        "feasible": n,
        "selected": n,
        "partners": 2 * n,
        "tonnes_diverted": 1234.0,
        "mwh_exchanged": 0.0,
        "m3_exchanged": 0.0,
        "net_benefit_eur": 56789.0,
        "co2_avoided_t": 12.0,
        "transport_cost_eur": 100.0,
        "co2_transport_t": 1.0,
        "net_benefit_by_basis_eur": {"reported": 56789.0},
        "baseline_selected": n,
        "baseline_net_benefit_eur": 10.0,
        "network": {"links": n, "clusters": 1, "closed_loops": 0},
        "anchors": [],
        "zones": {
            "regime": "sanpin",
            "zone_area_before_ha": 100.0,
            "zone_area_after_ha": 90.0,
            "freed_ha": 10.0,
            "sites_reduced": n,
        },
        "road_network": {"edges": n, "length_km": 3.0, "components": 1},
        "sites_off_network": 0,
        "modes_chosen": {"truck": n},
    }
    row = {
        "selected": True,
        "supplier_name": "Power station",
        "receiver_name": "Plasterboard plant",
        "rule_id": "R7",
        "stream_en": "Gypsum",
        "quantity_selected": 80000.0,
        "unit": "t",
        "distance_km": 1.5,
        "mode_chain": "truck+ship",
        "net_benefit": 56789.0,
        "co2_avoided_t": 12.0,
    }
    return SimpleNamespace(summary=summary, exchanges=pd.DataFrame([row] * n))


def test_the_runner_summary_counts_in_english():
    one, two = format_summary(result(1), "en"), format_summary(result(2), "en")
    for phrase in (
        "1 site;",
        "1 candidate exchange:",
        "1 link;",
        "1 site in a lower class",
        "1 edge,",
        ": 1 exchange,",
    ):
        assert phrase in one
    for phrase in ("2 sites;", "2 candidate exchanges:", "2 links;", "2 sites in a lower class", "2 edges,"):
        assert phrase in two
    assert "1 sites" not in one and "(s)" not in one + two
    assert "Net benefit 56,789 EUR/yr" in one and "Gypsum" in one and "truck+ship" in one
    assert "clusters: 1; closed loops: 0" in one


def test_the_runner_summary_counts_in_russian():
    catalogue = SimpleNamespace(rules=pd.DataFrame({"rule_id": ["R7"], "stream_ru": ["Гипс"]}))
    texts = {n: format_summary(result(n), "ru", catalogue) for n in (1, 3, 5)}
    assert "1 площадка;" in texts[1] and "3 площадки;" in texts[3] and "5 площадок;" in texts[5]
    assert "1 площадка в более низком классе" in texts[1] and "5 площадок в более низком классе" in texts[5]
    assert "Сеть: 1 связь;" in texts[1] and "Сеть: 3 связи;" in texts[3] and "Сеть: 5 связей;" in texts[5]
    assert "Чистая выгода 56\u00a0789 евро/год" in texts[1]
    row = texts[1].splitlines()[-1]
    assert "Гипс" in row and "80\u00a0000 т " in row and "1,5 авто+судно" in row
    # no English word of the summary left (names of sites and of layers aside)
    for word in (
        "site",
        "exchange",
        "benefit",
        "zones",
        "before",
        "after",
        "Network",
        "supplier",
        "EUR",
        "truck",
        "t/yr",
    ):
        assert word not in texts[5].replace("site_risk", ""), word

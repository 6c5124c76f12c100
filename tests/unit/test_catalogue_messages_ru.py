"""The checks of catalogue files (a user's own rules, profiles, zone classes and reduction rules) and of a site's
hazard class speak the run's language; in English the very words they said before."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from ecopark_plugin.core.model.errors import CatalogueError, InputError
from ecopark_plugin.core.model.i18n import using
from ecopark_plugin.core.symbiosis.catalogue import COLUMNS, PROFILES_FILE, RULES_FILE, Catalogue, load_profiles
from ecopark_plugin.core.zones import protection as zones
from ecopark_plugin.core.zones.regimes import load_regime

from .test_input_messages_ru import _english_runs


def _said(call, language, error=CatalogueError):
    with using(language), pytest.raises(error) as err:
        call()
    return str(err.value)


def _rules(tmp_path):
    rules = pd.read_csv(RULES_FILE, dtype=str, keep_default_na=False).head(3)[list(COLUMNS)]
    rules.loc[1, "family"] = "magic"
    rules.loc[2, "substitution_ratio"] = "lots"
    path = tmp_path / "mine.csv"
    rules.to_csv(path, index=False)
    return path


def _profiles(tmp_path):
    profiles = pd.read_csv(PROFILES_FILE, dtype=str, keep_default_na=False).head(3)
    profiles.loc[0, "confidence"] = "1.5"
    profiles.loc[1, "direction"] = "sideways"
    profiles.loc[2, "tonnes_or_units_per_year"] = "much"
    path = tmp_path / "profiles.csv"
    profiles.to_csv(path, index=False)
    return path


def _reduction(tmp_path):
    path = tmp_path / "reduction.csv"
    path.write_text("match,min_diverted_share,class_steps,basis\nfly_ash,1.5,7,\n", encoding="utf-8")
    return path


def _classes(tmp_path):
    path = tmp_path / "classes.csv"
    path.write_text('nace,hazard_class,activity,basis\n*,VI,anything,""\n', encoding="utf-8")
    return path


CASES = {
    "rules": (
        lambda p: Catalogue.load([_rules(p)]),
        [
            "mine.csv row 3, column 'family': 'magic' is none of",
            "mine.csv row 4, column 'substitution_ratio': 'lots' is not a number",
        ],
    ),
    "profiles": (
        lambda p: load_profiles(_profiles(p)),
        [
            "profiles.csv row 2, column 'confidence': 1.5 is not within 0-1",
            "profiles.csv row 3, column 'direction': 'sideways' is neither output nor input",
            "profiles.csv row 4: could not convert string to float: 'much'",
        ],
    ),
    "reduction rules": (
        lambda p: zones.load_reduction_rules(_reduction(p)),
        [
            "row 2, min_diverted_share: '1.5' is not in (0, 1]; row 2, class_steps: '7' is not 0-4; "
            "row 2, basis: every rule needs its basis"
        ],
    ),
    "hazard classes": (
        lambda p: zones.load_hazard_classes(_classes(p), regime=load_regime("vng")),
        ["row 2, hazard_class: 'VI' is not a class of the vng regime", "row 2, basis: every class needs its basis"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_catalogue_file_check_reads_in_english_as_before_and_in_russian(case, tmp_path):
    call, english = CASES[case]
    said = _said(lambda: call(tmp_path), "en")
    for part in english:
        assert part in said, said
    russian = _said(lambda: call(tmp_path), "ru")
    assert russian != said
    for line in russian.replace(str(tmp_path), "").split("\n"):
        assert re.search("[а-яё]{4,}", line), line
        assert _english_runs(line) == [], line


def test_a_figure_of_a_catalogue_file_is_quoted_in_russian_format(tmp_path):
    russian = _said(lambda: load_profiles(_profiles(tmp_path)), "ru")
    assert "profiles.csv, строка 2, столбец 'confidence': 1,5 — не в пределах 0–1" in russian, russian
    assert "profiles.csv, строка 4: строку не удаётся прочитать как число: 'much'" in russian, russian


def test_a_sites_class_the_regime_does_not_know_reads_in_russian():
    from .test_zone_regimes import sites

    frame = sites(["24.10"]).assign(hazard_class=["VI"])
    call = lambda: zones.hazard_classes(frame, regime=load_regime("vng"))  # noqa: E731
    english = _said(call, "en", InputError)
    assert "site " in english and "class 'VI' is not a class of the vng regime" in english
    russian = _said(call, "ru", InputError)
    assert "'VI' — не класс режима vng" in russian and _english_runs(russian) == [], russian

"""Shared fixtures. ``../shared/data`` holds the real public data sets; tests on them skip without it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ECOPARK_SHARED_DATA", ROOT.parent / "shared" / "data"))
SAMPLE = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"
UNIT_DATA = Path(__file__).parent / "unit" / "data"


@pytest.fixture
def shared_data() -> Path:
    if not (SHARED / "eprtr_nordics").is_dir():
        pytest.skip(f"real data not found at {SHARED} (a user's clone has no ../shared; set ECOPARK_SHARED_DATA)")
    return SHARED


@pytest.fixture
def small_catalogue():
    from ecopark_plugin.core.symbiosis.catalogue import Catalogue, _check_rules, _read_csv, load_profiles

    path = UNIT_DATA / "rules_small.csv"
    return Catalogue(_check_rules(_read_csv(path), path), load_profiles(UNIT_DATA / "profiles_small.csv"))

"""ecopark:whatif on the Kalundborg sample, and the What if dialog."""

from pathlib import Path

import pandas as pd
import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_data" / "kalundborg.gpkg"
NEAR_ASNAES = "11.085,55.665 [EPSG:4326]"  # about 1 km from Asnæs power station


def test_new_cement_plant_near_asnaes(provider, tmp_path):
    import processing

    result = processing.run(
        "ecopark:whatif",
        {
            "SITES": f"{SAMPLE}|layername=sites",
            "STREAMS": f"{SAMPLE}|layername=streams",
            "POINT": NEAR_ASNAES,
            "NEW_ID": "NEWC",
            "NEW_NAME": "New cement",
            "NACE": "23.51",
            "OUTPUT_JOINED": str(tmp_path / "joined.gpkg"),
            "OUTPUT_CHANGES": str(tmp_path / "changes.gpkg"),
        },
    )
    import geopandas as gpd

    joined = gpd.read_file(tmp_path / "joined.gpkg")
    pairs = sorted(zip(joined["supplier"], joined["receiver"], joined["stream"]))
    assert ("ASV", "NEWC", "fly_ash") in pairs
    assert all("NEWC" in (s, r) for s, r, _ in pairs) and joined["selected"].all()
    ash = joined[joined["stream"] == "fly_ash"].iloc[0]
    assert ash["straight_km"] < 3  # the point was transformed from lon/lat into the sites' UTM
    changes = pd.DataFrame(gpd.read_file(tmp_path / "changes.gpkg")).set_index("figure")
    net = changes.loc["Net benefit, EUR a year"]
    assert net["difference"] == pytest.approx(net["after"] - net["before"])
    assert result["NET_BENEFIT_GAIN"] == pytest.approx(net["difference"])
    assert result["NET_BENEFIT_GAIN"] > 1e6
    assert result["CO2_GAIN"] == pytest.approx(changes.loc["Net CO2 avoided, t a year", "difference"])
    assert changes.loc["Exchanges chosen", "difference"] == len(joined)


def test_clashing_id_is_refused(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="id 'ASV' is already the id of site"):
        processing.run(
            "ecopark:whatif",
            {
                "SITES": f"{SAMPLE}|layername=sites",
                "POINT": NEAR_ASNAES,
                "NEW_ID": "ASV",
                "NACE": "23.51",
                "OUTPUT_JOINED": "TEMPORARY_OUTPUT",
                "OUTPUT_CHANGES": "TEMPORARY_OUTPUT",
            },
        )


def test_dialog_values_and_refusals(qgis_iface):
    from ecopark_plugin.core.symbiosis.catalogue import Catalogue
    from ecopark_plugin.gui.whatif_dialog import WhatIfDialog, nace_choices

    choices = nace_choices(Catalogue.load().profiles)
    assert dict(choices)["23.51"].startswith("out: cement_kiln_dust") and "in: clinker" in dict(choices)["23.51"]
    dialog = WhatIfDialog(None, choices)
    dialog.name.setText("New cement")
    dialog.nace.setCurrentIndex(dialog.nace.findData("23.51"))
    site, streams = dialog.values()
    assert site == {"site_id": "NEW", "name": "New cement", "nace": "23.51"} and streams is None
    dialog.nace.setEditText("3511")  # typed, not chosen
    assert dialog.values()[0]["nace"] == "35.11"
    dialog.add_row("input", "fly_ash", "1000", "t/yr")
    dialog.add_row("sideways", "steam", "-5", "bananas")
    assert dialog.values() is None
    note = dialog.note.text()
    assert "Stream row 2, direction: 'sideways'" in note and "Stream row 2, quantity: '-5'" in note
    assert "Stream row 2, unit: 'bananas'" in note and "row 1" not in note
    dialog.table.removeRow(1)
    site, streams = dialog.values()
    assert streams.to_dict("records") == [
        {"direction": "input", "stream": "fly_ash", "quantity": 1000.0, "unit": "t/yr"}
    ]
    dialog.nace.setEditText("cement")
    assert dialog.values() is None and "NACE code: 'cement'" in dialog.note.text()

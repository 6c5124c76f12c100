"""Text tables as users have them: encoding, separator, decimal mark and coordinate columns, told from the file."""

import pytest

from ecopark_plugin.core.model.errors import InputError
from ecopark_plugin.core.model.tables import table_format


@pytest.mark.parametrize(
    "text, written, read_as, separator, decimal, x, y",
    [
        ("site_id,name,lon,lat\nA,Power,11.0,55.6\n", "utf-8", "utf-8-sig", ",", ".", "lon", "lat"),
        ("id;navn;x;y\nASV;Ørsted Asnæsværket;630827,57;6170169,71\n", "cp1252", "cp1252", ";", ",", "x", "y"),
        (
            "id;имя;Easting;Northing\nA;Электростанция;630827,5;6170169,7\n",
            "cp1251",
            "cp1251",
            ";",
            ",",
            "Easting",
            "Northing",
        ),
        ("id\tname\nA\tPower\n", "utf-8", "utf-8-sig", "\t", ".", None, None),
    ],
)
def test_the_format_of_a_table_is_told_from_the_file(tmp_path, text, written, read_as, separator, decimal, x, y):
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode(written))
    found = table_format(path)
    assert (found.encoding, found.separator, found.decimal, found.x, found.y) == (read_as, separator, decimal, x, y)


def test_a_file_that_is_no_known_text_names_itself(tmp_path):
    path = tmp_path / "binary.csv"
    path.write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 10)  # undefined in cp1252, isolated high bytes
    with pytest.raises(InputError, match="binary.csv.*neither UTF-8"):
        table_format(path)

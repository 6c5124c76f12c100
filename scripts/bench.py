"""EcoPark benchmarks, side by side with what a QGIS user would otherwise run.

Each case runs in its own process so that its peak memory (max RSS) is its own. Writes a list of
records {case, tool, seconds, peak_mb, origins, destinations, note} to --out (JSON) and a Markdown
table to --table.

    make bench            # or: python scripts/bench.py --shared ../shared/data --out output/bench.json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RADIUS_KM = 50.0


def _nordic(shared: Path):
    from ecopark_plugin.core.eprtr import import_eprtr

    folder = shared / "eprtr_nordics"
    return import_eprtr(
        folder / "F1_4_Air_Releases_Facilities_Nordics.csv", folder / "F4_2_WasteTransfers_Facilities_Nordics.csv"
    )


def case_engine(shared: Path) -> dict:
    from ecopark_plugin.core.catalogue import Catalogue
    from ecopark_plugin.core.pipeline import run

    sites = _nordic(shared)
    catalogue = Catalogue.load()
    start = time.perf_counter()
    result = run(sites, None, catalogue)
    seconds = time.perf_counter() - start
    s = result.summary
    return {
        "seconds": seconds,
        "origins": len(sites),
        "destinations": len(sites),
        "note": f"whole pipeline from sector profiles: {s['streams_inferred']} streams inferred, "
        f"{s['candidates']} candidates, {s['selected']} chosen",
    }


def case_kdtree_pairs(shared: Path) -> dict:
    from scipy.spatial import cKDTree

    from ecopark_plugin.core.geodesy import chord_radius, geodesic_km, lonlat, unit_vectors

    sites = _nordic(shared)
    start = time.perf_counter()
    lon, lat = lonlat(sites)
    pairs = cKDTree(unit_vectors(lon, lat)).query_pairs(chord_radius(RADIUS_KM), output_type="ndarray")
    km = geodesic_km(lon[pairs[:, 0]], lat[pairs[:, 0]], lon[pairs[:, 1]], lat[pairs[:, 1]])
    n = int((km <= RADIUS_KM).sum())
    return {
        "seconds": time.perf_counter() - start,
        "origins": len(sites),
        "destinations": len(sites),
        "note": f"{n} site pairs within {RADIUS_KM:g} km (geodesic)",
    }


def _qgis_layer(shared: Path):
    from ecopark_plugin.qgis_io.app import start_qgis

    start_qgis()
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    sites = _nordic(shared).to_crs("EPSG:3035")  # a metric CRS, as a careful user would pick
    layer = QgsVectorLayer("Point?crs=EPSG:3035&field=site_id:string", "sites", "memory")
    features = []
    for sid, geom in zip(sites["site_id"], sites.geometry):
        f = QgsFeature(layer.fields())
        f.setAttributes([sid])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(geom.x, geom.y)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def _timed_qgis(shared: Path, algorithm: str, params: dict, note) -> dict:
    """Run a QGIS algorithm on the register as a user would; ``note`` gets the output's row count.

    Parameters given as ``None`` take the register layer too (an algorithm run on the layer against itself).
    """
    layer = _qgis_layer(shared)
    import processing

    inputs = {key: layer if value is None else value for key, value in params.items()}
    start = time.perf_counter()
    out = processing.run(algorithm, {**inputs, "INPUT": layer, "OUTPUT": "memory:"})
    return {
        "seconds": time.perf_counter() - start,
        "origins": layer.featureCount(),
        "destinations": layer.featureCount(),
        "note": note(out["OUTPUT"].featureCount()),
    }


def case_qgis_join_nearest(shared: Path) -> dict:
    params = {
        "INPUT_2": None,
        "FIELDS_TO_COPY": ["site_id"],
        "DISCARD_NONMATCHING": True,
        "PREFIX": "n_",
        "NEIGHBORS": 100_000,
        "MAX_DISTANCE": RADIUS_KM * 1000,
    }
    return _timed_qgis(
        shared,
        "native:joinbynearest",
        params,
        lambda n: f"{n} rows (each pair twice, plus self-pairs) within {RADIUS_KM:g} km, planar EPSG:3035",
    )


def case_qgis_distance_matrix(shared: Path) -> dict:
    params = {
        "INPUT_FIELD": "site_id",
        "TARGET": None,
        "TARGET_FIELD": "site_id",
        "MATRIX_TYPE": 0,
        "NEAREST_POINTS": 0,
    }
    return _timed_qgis(
        shared,
        "qgis:distancematrix",
        params,
        lambda n: f"full linear matrix, {n} rows; pairs within {RADIUS_KM:g} km still to be filtered",
    )


CASES = {
    # name: (case, tool, function)
    "engine": ("Nordic register: whole pipeline", "EcoPark engine (KD-tree per rule, HiGHS LP)", case_engine),
    "kdtree": (
        f"Nordic register: site pairs within {RADIUS_KM:g} km",
        "EcoPark KD-tree on unit-sphere vectors + geodesic check",
        case_kdtree_pairs,
    ),
    "join": (
        f"Nordic register: site pairs within {RADIUS_KM:g} km",
        "QGIS native:joinbynearest (all neighbours, max distance)",
        case_qgis_join_nearest,
    ),
    "matrix": (
        f"Nordic register: site pairs within {RADIUS_KM:g} km",
        "QGIS qgis:distancematrix (linear N x N)",
        case_qgis_distance_matrix,
    ),
}


def run_case(name: str, shared: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    record = CASES[name][2](shared)
    record["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(record))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "output" / "bench.json")
    parser.add_argument("--table", type=Path, default=ROOT / "output" / "bench.md")
    parser.add_argument("--case", choices=sorted(CASES), help=argparse.SUPPRESS)
    parser.add_argument("--only", nargs="*", choices=sorted(CASES), help="run only these cases")
    args = parser.parse_args()
    if args.case:
        run_case(args.case, args.shared)
        return 0
    if not (args.shared / "eprtr_nordics").is_dir():
        print(f"bench: the real data is not at {args.shared} (use --shared)", file=sys.stderr)
        return 2
    records = []
    for name in args.only or list(CASES):
        case, tool, _ = CASES[name]
        print(f"running {tool} ...", file=sys.stderr)
        proc = subprocess.run(
            [sys.executable, __file__, "--case", name, "--shared", str(args.shared)], capture_output=True, text=True
        )
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return 1
        record = json.loads(proc.stdout.strip().splitlines()[-1])
        records.append({"case": case, "tool": tool, **record})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(records, indent=2) + "\n", encoding="utf-8")
    lines = ["| case | tool | seconds | peak MB | origins x destinations | note |", "|---|---|---:|---:|---|---|"]
    lines += [
        f"| {r['case']} | {r['tool']} | {r['seconds']:.2f} | {r['peak_mb']:.0f} | "
        f"{r['origins']} x {r['destinations']} | {r['note']} |"
        for r in records
    ]
    args.table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`make validate`: the engine against the corpus of documented symbiosis networks.

Runs the engine on every network of resources/validation from its sites alone (NACE codes and locations, no
streams), and Kalundborg and Händelö also from the Nordic E-PRTR register as a user would (when
../shared/data is there); prints a table and writes output/validation.md and output/validation.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ecopark_plugin.core.model.parameters import Parameters  # noqa: E402
from ecopark_plugin.core.symbiosis.catalogue import Catalogue  # noqa: E402
from ecopark_plugin.core.validation.corpus import CORPUS_DIR, load_corpus  # noqa: E402
from ecopark_plugin.core.validation.measure import run_register, run_sites, totals  # noqa: E402

#: the networks CI measures on every run (quick; a broken measure shows at once)
QUICK = ["kalundborg_dk", "sotenas_se", "dunkirk_fr"]
#: the bbox (lon/lat) of the register run of each network that has one
REGISTER_BBOX = {"kalundborg_dk": (10.95, 55.6, 11.25, 55.75), "handelo_se": (16.0, 58.5, 16.4, 58.7)}


def register_run(network, shared: Path, catalogue, params):
    from ecopark_plugin.core.symbiosis.register import import_eprtr_folder

    table = network.folder / "register.csv"
    folder = shared / "eprtr_nordics"
    if not table.is_file() or network.id not in REGISTER_BBOX or not folder.is_dir():
        return None
    rows = list(csv.DictReader(table.open(encoding="utf-8")))
    facilities = import_eprtr_folder(folder, bbox=REGISTER_BBOX[network.id])
    ids = {r["id"]: set(filter(None, r["register_ids"].split(";"))) for r in rows if r["register"] != "added"}
    added = [r["id"] for r in rows if r["register"] == "added"]
    return run_register(network, facilities, ids, added, catalogue, params)


def pct(value) -> str:
    return "–" if value is None else f"{value:.2f}"


def markdown(scores, sums) -> str:
    lines = [
        "| network | mode | documented | found among candidates | found among chosen | chosen | precision |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for s in scores:
        lines.append(
            f"| {s.network} | {s.mode} | {s.documented} | {s.found_candidates} | {s.found_chosen} | {s.chosen} | "
            f"{pct(s.precision)} |"
        )
    for mode, t in sums.items():
        lines.append(
            f"| **all ({mode})** | {mode} | {t['documented']} | {t['found_candidates']} | {t['found_chosen']} | "
            f"{t['chosen']} | {pct(t['precision'])} |"
        )
    lines += ["", "Recall among chosen: " + ", ".join(f"{m} {pct(t['recall_chosen'])}" for m, t in sums.items())]
    lines += ["", "## Documented exchanges missed, and why", ""]
    lines += ["| network | mode | supplier | receiver | stream | status | why |", "|---|---|---|---|---|---|---|"]
    for s in scores:
        for r in s.exchanges:
            if not r["chosen"]:
                lines.append(
                    f"| {s.network} | {s.mode} | {r['supplier']} | {r['receiver']} | {r['stream']} | {r['status']} | "
                    f"{r['why']} |"
                )
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "output")
    parser.add_argument("--quick", action="store_true", help=f"only {', '.join(QUICK)}")
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    args = parser.parse_args(argv)
    catalogue, params = Catalogue.load(), Parameters()
    networks = load_corpus(args.corpus, QUICK if args.quick else None)
    scores = []
    for network in networks:
        scores.append(run_sites(network, catalogue, params))
        print(f"{network.id}: sites", file=sys.stderr)
    if args.shared.is_dir():
        for network in networks:
            found = register_run(network, args.shared, catalogue, params)
            if found is not None:
                scores.append(found)
                print(f"{network.id}: register", file=sys.stderr)
    else:
        print(f"register runs skipped: {args.shared} is absent (it holds the Nordic E-PRTR files)", file=sys.stderr)
    sums = {mode: totals([s for s in scores if s.mode == mode]) for mode in dict.fromkeys(s.mode for s in scores)}
    args.out.mkdir(parents=True, exist_ok=True)
    text = markdown(scores, sums)
    (args.out / "validation.md").write_text(text, encoding="utf-8")
    payload = {"totals": sums, "networks": [s.record() for s in scores]}
    (args.out / "validation.json").write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
    print(text.split("\n## ")[0])
    print(f"wrote {args.out / 'validation.md'} and {args.out / 'validation.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The plausibility audit of the engine on the whole Nordic E-PRTR register, from sector profiles alone.

Runs the main job (``core.job.run``) on every facility of the register and counts the chosen exchanges
that break each rule of ``ecopark_plugin.core.validation.audit``. Writes, in --out:

    audit.md          rule, count, share of chosen; totals chosen, EUR/yr, t CO2/yr (also printed)
    audit.json        the counts and totals
    audit_sample.csv  30 chosen exchanges drawn at random (fixed seed) with the evidence behind each

    make audit        # or: python scripts/audit.py --shared ../shared/data --out output
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE_SEED = 20260101
SAMPLE_SIZE = 30


def nordic_sites(shared: Path, countries: list[str] | None = None):
    """The register's facilities (releases and waste transfers tables)."""
    from ecopark_plugin.core.symbiosis.register import import_eprtr_folder

    return import_eprtr_folder(shared / "eprtr_nordics", countries)


def table(counts: dict, chosen: int, summary: dict, flagged: int, evidence: dict | None = None) -> str:
    """The Markdown report: one row per rule, then the totals."""
    from ecopark_plugin.core.validation.audit import RULES

    def share(n):
        return f"{100.0 * n / chosen:.1f} %" if chosen else "-"

    lines = ["| rule | what it finds | count | share of chosen |", "|---|---|---:|---:|"]
    lines += [f"| {name} | {RULES[name]} | {counts[name]:,} | {share(counts[name])} |" for name in RULES]
    lines.append(f"| **any rule** | chosen exchanges breaking at least one rule | {flagged:,} | {share(flagged)} |")
    lines += [
        "",
        f"Chosen exchanges: {chosen:,}; net benefit {summary.get('net_benefit_eur', 0):,.0f} EUR/yr; "
        f"CO2 avoided {summary.get('co2_avoided_t', 0):,.0f} t CO2/yr.",
    ]
    by = summary.get("net_benefit_by_basis_eur") or {}
    total = sum(by.values())
    if total:
        rests = ", ".join(f"{k} {v:,.0f} EUR/yr ({v / total:.0%})" for k, v in by.items())
        lines += ["", f"The new net benefit rests on: {rests}."]
    if summary.get("baseline_selected"):
        lines += [
            "",
            f"Baseline (exists already, not in the net benefit): {summary['baseline_selected']:,} exchanges, "
            f"{summary['baseline_net_benefit_eur']:,.0f} EUR/yr.",
        ]
    if evidence:
        lines += [
            "",
            f"Evidence-only run (`--evidence-only`: no exchange resting on a sector default): {evidence['chosen']:,} "
            f"chosen; net benefit {evidence['net_benefit_eur']:,.0f} EUR/yr; CO2 avoided "
            f"{evidence['co2_avoided_t']:,.0f} t CO2/yr; {evidence['flagged']:,} breaking a rule.",
        ]
    left = summary.get("sites_left_out")
    if left:
        lines += ["", f"Facilities left out by register hygiene: {left}."]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "output")
    parser.add_argument("--countries", nargs="*", help="only these countries (as the register writes them)")
    parser.add_argument("--seed", type=int, default=SAMPLE_SEED, help="seed of the sample for a person")
    args = parser.parse_args()
    if not (args.shared / "eprtr_nordics").is_dir():
        print(f"audit: skipped, the register is not at {args.shared}/eprtr_nordics (use --shared)", file=sys.stderr)
        return 0

    from ecopark_plugin.core.job import Job, run
    from ecopark_plugin.core.model.parameters import Parameters
    from ecopark_plugin.core.symbiosis.catalogue import Catalogue
    from ecopark_plugin.core.validation.audit import audit, audit_sample, chosen_of

    start = time.perf_counter()
    sites = nordic_sites(args.shared, args.countries)
    catalogue = Catalogue.load()
    print(f"audit: running the main job on {len(sites):,} facilities ...", file=sys.stderr)
    result = run(Job(sites, catalogue=catalogue)).result
    chosen = chosen_of(result.exchanges)
    violations, counts = audit(chosen, sites, catalogue)
    sample = audit_sample(
        chosen, sites, result.streams, n=SAMPLE_SIZE, seed=args.seed, catalogue=catalogue, violations=violations
    )
    flagged = int(violations["exchange_id"].nunique())
    summary = result.summary
    # what the register alone can defend: the same run, choosing no exchange that rests on a default
    strict = chosen_of(run(Job(sites, catalogue=catalogue, params=Parameters(evidence_only=True))).result.exchanges)
    strict_violations, _ = audit(strict, sites, catalogue)
    evidence = {
        "chosen": len(strict),
        "net_benefit_eur": float(strict["net_benefit"].sum()),
        "co2_avoided_t": float(strict["co2_avoided_t"].sum()),
        "flagged": int(strict_violations["exchange_id"].nunique()),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    text = table(counts, len(chosen), summary, flagged, evidence)
    (args.out / "audit.md").write_text(text, encoding="utf-8")
    record = {
        "facilities": len(sites),
        "chosen": len(chosen),
        "flagged": flagged,
        "counts": counts,
        "net_benefit_eur": summary.get("net_benefit_eur"),
        "co2_avoided_t": summary.get("co2_avoided_t"),
        "net_benefit_by_basis_eur": summary.get("net_benefit_by_basis_eur"),
        "baseline_selected": summary.get("baseline_selected"),
        "baseline_net_benefit_eur": summary.get("baseline_net_benefit_eur"),
        "sites_left_out": summary.get("sites_left_out"),
        "evidence_only": evidence,
        "seconds": round(time.perf_counter() - start, 1),
    }
    (args.out / "audit.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    sample.to_csv(args.out / "audit_sample.csv", index=False)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

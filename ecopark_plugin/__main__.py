"""Command line: ``python -m ecopark_plugin run --sites FILE [--streams FILE] --out FILE.gpkg``.

Runs the main job headless through QGIS (so any source QGIS reads can be given) and prints a
summary table. Run ``python -m ecopark_plugin run --help`` for every option.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .core.model.i18n import format_number as num
from .core.model.i18n import translator
from .runner_options import build_parser, requested_language
from .runner_summary import format_summary, summary_language

tr = translator("RunnerSummary")


def count(n: int) -> str:
    """A count as the runner's language writes it (``1234`` in English, as before; ``1 234`` in Russian)."""
    from .core.model.i18n import localised_number

    return localised_number(str(n))


def _mapping(text: str | None) -> dict:
    """``'site_id=FacilityId,name=facilityName'`` -> dict."""
    if not text:
        return {}
    pairs = [p.split("=", 1) for p in text.split(",") if p.strip()]
    bad = [p[0] for p in pairs if len(p) != 2]
    if bad:
        raise SystemExit(tr("error: {}").format(tr("--map expects model=field pairs, got {}").format(", ".join(bad))))
    return {k.strip(): v.strip() for k, v in pairs}


def import_mapping(args):
    """The import mapping of the command line: ``--mapping``'s file, then the options over it."""
    from .core.model.mapping import ImportMapping

    base = ImportMapping.load(args.mapping) if args.mapping else ImportMapping()
    sites = {
        "site_id": args.id_field,
        "name": args.name_field,
        "nace": args.activity_field,
        "x": args.x_field,
        "y": args.y_field,
        "year": args.year_field,
        **_mapping(args.map_sites),
    }
    streams = {"quantity": args.quantity_field, "unit": args.unit_field, **_mapping(args.map_streams)}
    separator = {"tab": "\t", "\\t": "\t"}.get(args.separator, args.separator)
    table = {
        "encoding": args.encoding,
        "separator": separator,
        "decimal": args.decimal,
        "header": None if args.header is None else args.header == "yes",
    }
    given = ImportMapping(
        {k: v for k, v in sites.items() if v},
        {k: v for k, v in streams.items() if v},
        args.activity_kind or "auto",
        args.sites_crs,
        {k: v for k, v in table.items() if v is not None},
    )
    return base.merged(given)


def resolved_mapping(frame, mapping):
    """``mapping`` with what was detected written in (:func:`~.core.model.mapping.resolved`), to save."""
    from .core.model.mapping import resolved

    return resolved(frame, mapping)


def cmd_inspect(args) -> int:
    from .headless import start_qgis

    start_qgis(with_processing=False)
    from .core.model.errors import EcoParkError
    from .core.model.mapping import describe
    from .core.model.tables import table_format
    from .qgis_io.layers import layer_to_frame, load_vector

    try:
        mapping = import_mapping(args)
        path = Path(args.inspect.split("|")[0])
        is_text = path.suffix.lower() in (".csv", ".txt") and path.exists()
        fmt = table_format(path, **mapping.table) if is_text else None
        frame = layer_to_frame(load_vector(args.inspect, args.sites_layer, "sites", points=False, table=mapping.table))
        print(tr("{}:").format(args.inspect))
        print(describe(frame, mapping, fmt))
        if args.save_mapping:
            saved = resolved_mapping(frame, mapping).save(args.save_mapping)
            print("\n" + tr("Wrote the mapping to {}").format(saved))
    except (EcoParkError, ValueError, OSError) as exc:
        print(tr("error: {}").format(exc), file=sys.stderr)
        return 1
    return 0


def check_router(args) -> None:
    """The router's options, checked before anything is read (EcoParkError names the one missing)."""
    from .core.model.errors import EcoParkError
    from .qgis_io import postgis

    if args.router != "pgrouting":
        if args.router_schema:
            raise EcoParkError("--router-schema is for --router pgrouting")
        return
    if not args.db:
        raise EcoParkError("--router pgrouting needs --db: the PostgreSQL database with pgRouting to route in")
    if not args.network:
        raise EcoParkError(
            "--router pgrouting needs a road network (--network): pgRouting routes on it, loaded into --db"
        )
    if args.router_schema:
        postgis.check_schema_name(args.router_schema)


def cmd_import(args) -> int:
    """``--import-only``: the sites table imported alone (:func:`~.qgis_io.job_inputs.import_to_gpkg`)."""
    from .headless import start_qgis

    start_qgis(with_processing=False)
    from .core.model.errors import EcoParkError
    from .core.model.rejects import REJECTED_LAYER, summary_line
    from .qgis_io.job_inputs import import_to_gpkg
    from .qgis_io.layers import read_table

    out = Path(args.out)
    source = Path(str(args.sites).split("|")[0])
    try:
        mapping = import_mapping(args)
        frame, fmt = read_table(args.sites, args.sites_layer, mapping.table)
        decimal = fmt.decimal if fmt is not None else None
        imported = import_to_gpkg(frame, mapping, source.name, out, args.overwrite, source=source, decimal=decimal)
        if args.save_mapping:
            imported.mapping.save(args.save_mapping)
    except (EcoParkError, ValueError, OSError) as exc:
        print(tr("error: {}").format(exc), file=sys.stderr)
        return 1
    print(
        tr("{} sites from {} rows of {} written to {} (layer 'sites')").format(
            count(len(imported.sites)), count(len(frame)), source.name, out
        )
    )
    if imported.notes.get("older_years"):
        print(
            tr("{} rows of earlier years left out (each site's latest year kept)").format(
                count(imported.notes["older_years"])
            )
        )
    if len(imported.rejected):
        print(
            tr("{}, each with its reason in layer '{}' of {}:").format(
                summary_line(imported.rejected), REJECTED_LAYER, out
            )
        )
        for row in imported.rejected.head(20).itertuples():
            print(tr("  row {}: {}").format(row.source_row, row.reason))
    return 0


def cmd_run(args) -> int:
    """The main job; with ``--language`` the map's legend and credits, the messages and the report are in
    that language."""
    from contextlib import nullcontext

    from .core.model.i18n import using

    with using(args.language) if args.language else nullcontext():
        return _run(args)


def _run(args) -> int:
    if args.inspect:
        return cmd_inspect(args)
    missing = [name for name, value in (("--sites", args.sites), ("--out", args.out)) if not value]
    if missing:
        print(
            tr("error: {}").format(
                tr("the following arguments are required: {} (or --inspect FILE)").format(", ".join(missing))
            ),
            file=sys.stderr,
        )
        return 2
    if args.import_only:
        return cmd_import(args)
    from .headless import start_qgis

    start_qgis(with_processing=False)
    if args.language:
        from .i18n import install_language

        install_language(args.language)
    from qgis.core import QgsVectorLayer

    from .core.model.errors import EcoParkError, InputError
    from .core.model.i18n import localised_number, translate_marked
    from .core.model.parameters import Parameters
    from .core.model.rejects import REJECTED_LAYER, as_frame
    from .core.model.tables import table_format
    from .core.report.content import DEFAULT_TITLE
    from .core.symbiosis.catalogue import Catalogue
    from .core.zones.protection import load_hazard_classes, load_reduction_rules
    from .core.zones.regimes import regime_for
    from .qgis_io.job_inputs import job_from_layers, run_and_write
    from .qgis_io.layers import layer_to_frame, load_vector
    from .qgis_io.render import render_map_png, result_map_layers
    from .qgis_io.report import write_report
    from .qgis_io.results import styled_layers, write_project

    args.title = args.title or translate_marked("Report", DEFAULT_TITLE)
    out = Path(args.out)
    png = None if args.no_png else Path(args.png) if args.png else out.with_suffix(".png")
    qgz = None if args.no_project else Path(args.project) if args.project else out.with_suffix(".qgz")
    report_html = Path(args.report) if args.report else None
    report_pdf = Path(args.pdf) if args.pdf else None
    from .qgis_io import postgis

    try:
        for name in ("sites", "streams", "network", "rail", "waterways", "ports", "terminals", "housing", "existing"):
            if postgis.is_postgis(getattr(args, name)):
                setattr(args, name, postgis.layer_uri(getattr(args, name), args.db, name))
        if args.schema:
            postgis.check_schema_name(args.schema)
            if not args.db:
                raise EcoParkError(tr("--schema needs --db: the database to write the scenario into"))
            if not args.overwrite and postgis.schema_exists(args.db, args.schema):
                raise EcoParkError(
                    tr("schema {} exists in the database; pass --overwrite to replace it").format(args.schema)
                )
        check_router(args)
    except EcoParkError as exc:
        print(tr("error: {}").format(exc), file=sys.stderr)
        return 2
    inputs = [getattr(args, name) for name in ("sites", "streams", "network", "rail", "waterways", "ports")]
    inputs += [args.terminals, args.housing, args.existing]
    taken = {Path(str(i).split("|")[0]).resolve() for i in inputs if i and not postgis.is_postgis(i)}
    for target in (out, png, qgz, report_html, report_pdf):
        if target is not None and target.resolve() in taken:
            print(
                tr("error: {}").format(
                    tr("{} is also an input; writing it would replace the input's layers. Choose another --out").format(
                        target
                    )
                ),
                file=sys.stderr,
            )
            return 2
        if target is not None and target.exists() and not args.overwrite:
            print(
                tr("error: {}").format(tr("{} exists; pass --overwrite to replace it").format(target)), file=sys.stderr
            )
            return 2
    router = None
    try:
        if args.router == "pgrouting":
            from .qgis_io.pgrouting import Router

            router = Router(args.db, args.router_schema, overwrite=args.overwrite)
            router.check()
        params = Parameters.from_json(Path(args.params).read_text(encoding="utf-8")) if args.params else Parameters()
        if args.objective:
            params.objective = args.objective
        if args.no_infer:
            params.infer_streams = False
        if args.evidence_only:
            params.evidence_only = True
        if args.route_weight:
            params.route_weight = args.route_weight
        if args.modes:
            params.modes = tuple(m.strip() for m in args.modes.split(",") if m.strip())
        if args.zone_regime:
            params.zone_regime = args.zone_regime
        params.check()
        catalogue = Catalogue.load(args.catalogue)
        rules = load_reduction_rules(args.zone_rules) if args.zone_rules else None
        existing = layer_to_frame(load_vector(args.existing, None, "existing")) if args.existing else None
        regime = regime_for(params)
        classes = load_hazard_classes(args.hazard_classes, regime=regime) if args.hazard_classes else None
        # a CSV's coordinates are read by the engine, which names (or, with --skip-bad-rows, sets apart) a row
        # whose coordinates are no numbers: QGIS would leave it out without a word
        mapping = import_mapping(args)
        sites = load_vector(
            args.sites, args.sites_layer, "sites", crs=mapping.sites_crs, points=False, table=mapping.table
        )
        streams = load_vector(args.streams, args.streams_layer, "streams") if args.streams else None

        def progress(pct, stage):
            # the stage in the run's language (a stage the catalogue does not name shows as given)
            if not args.quiet:
                shown = translate_marked("EngineStages", stage)
                print(tr("[{}%] {}").format(localised_number(f"{pct:5.1f}"), shown), file=sys.stderr)

        job = job_from_layers(
            sites,
            streams,
            mapping=mapping,
            params=params,
            catalogue=catalogue,
            networks={
                "road": args.network,
                "rail": args.rail,
                "water": args.waterways,
                "ports": args.ports,
                "terminals": args.terminals,
            },
            housing=args.housing,
            housing_kind=args.housing_kind,
            population_field=args.population_field,
            levels_field=args.levels_field,
            rules=rules,
            classes=classes,
            existing=existing,
            sites_crs=mapping.sites_crs,
            skip_bad_rows=args.skip_bad_rows,
            road_costs=router,
        )
        sites_file = Path(str(args.sites).split("|")[0])
        if sites_file.suffix.lower() in (".csv", ".txt") and sites_file.exists():
            job.sites_decimal = table_format(sites_file, **mapping.table).decimal
        streams_file = Path(str(args.streams).split("|")[0]) if args.streams else None
        if streams_file is not None and streams_file.suffix.lower() in (".csv", ".txt") and streams_file.exists():
            # the quantities are read with the streams table's own decimal mark, as detected
            job.streams_decimal = table_format(streams_file).decimal
        if args.save_mapping:
            resolved_mapping(job.sites, mapping).save(args.save_mapping)
        outcome = run_and_write(job, out, args.overwrite, progress)
        result, names = outcome.result, outcome.names
        if args.schema:
            progress(100, tr("PostGIS: writing schema {}").format(args.schema))
            # the rows left out go beside the results, as in the GeoPackage
            rejected = outcome.outcome.rejected
            tables = {REJECTED_LAYER: as_frame(rejected)} if len(rejected) else {}
            postgis.write_scenario({**outcome.outcome.layers, **tables}, args.db, args.schema, overwrite=args.overwrite)
        credits = outcome.credits
        if png is not None:
            styled = styled_layers(out, names, labels=args.labels)
            render_map_png(
                path=png, title=args.title, credits=credits, overwrite=args.overwrite, **result_map_layers(styled)
            )
        if qgz is not None:
            write_project(qgz, args.scenario or args.title, out, names, overwrite=args.overwrite)
        if report_html is not None or report_pdf is not None:
            # the figures come from the run's frames in memory; the written layers only draw the map
            write_report(
                {name: QgsVectorLayer(f"{out}|layername={name}", name, "ogr") for name in names},
                params,
                args.title,
                html=report_html,
                pdf=report_pdf,
                overwrite=args.overwrite,
                credits=credits,
                catalogue=catalogue,
                progress=lambda pct, stage: progress(
                    pct, tr("Report: {}").format(translate_marked("EngineStages", stage))
                ),
                frames=outcome.outcome.layers,
                language=args.language,
            )
    except InputError as exc:
        print(tr("error: {}").format(exc), file=sys.stderr)
        rows = {p.feature for p in exc.problems if p.feature is not None}
        if rows and not args.skip_bad_rows:
            from .core.model.i18n import using

            with using(summary_language(args.language)):
                advice = tr(
                    "%n row(s) cannot be used. Mend them, or run with --skip-bad-rows to go on without them (they are "
                    "then written, with their reasons, to the layer 'rejected' of {})",
                    len(rows),
                ).format(out)
            print(advice, file=sys.stderr)
        return 1
    except (EcoParkError, ValueError, OSError) as exc:
        print(tr("error: {}").format(exc), file=sys.stderr)
        return 1
    finally:
        if router is not None:
            router.close()
    language = summary_language(args.language)
    print(format_summary(result, language, catalogue))
    from .core.model.i18n import using

    with using(language):
        print(closing_lines(args, result, outcome, router, out, (png, qgz, report_html, report_pdf)))
    return 0


def closing_lines(args, result, outcome, router, out: Path, files) -> str:
    """What the runner says after the summary: pgRouting's load, the import, the rows left out, the files
    written; in the current language of :mod:`core.model.i18n`."""
    from .core.model.rejects import REJECTED_LAYER

    lines = []
    if router is not None and router.loaded:
        where = (
            tr("table {}").format(router.table)
            if args.router_schema
            else tr("a temporary schema (dropped after the run)")
        )
        lines.append(
            tr(
                "Road distances by pgRouting: %n edge(s) loaded in {} s into {}; queries {} s", router.loaded["edges"]
            ).format(num(router.loaded["seconds"], 1), where, num(router.query_seconds, 1))
        )
    notes = result.summary.get("import") or {}
    if notes.get("older_years") or notes.get("activity_kind") not in (None, "nace"):
        lines.append(
            tr(
                "Import: %n row(s) of earlier years left out (each site's latest year kept); activity codes: {}",
                notes.get("older_years", 0),
            ).format(notes.get("activity_kind"))
        )
    rejected = outcome.outcome.rejected
    if len(rejected):
        parts = ", ".join(f"{layer} {n}" for layer, n in rejected["source_layer"].value_counts().items())
        lines.append(
            "\n"
            + tr(
                "%n row(s) rejected ({}): left out of the run, each with its reason in layer '{}' of {}", len(rejected)
            ).format(parts, REJECTED_LAYER, out)
        )
    written = ", ".join(str(p) for p in files if p is not None)
    names = ", ".join(outcome.names)
    lines.append("\n" + tr("Wrote {} (layers {})").format(out, names) + (f", {written}" if written else ""))
    if args.schema:
        lines.append(
            tr("Wrote schema {} of the database (tables {}, styles in layer_styles)").format(args.schema, names)
        )
    return "\n".join(lines)


def main(argv=None) -> int:
    from .core.model.i18n import LANGUAGES, using

    language = requested_language(sys.argv[1:] if argv is None else list(argv))
    with using(language if language in LANGUAGES else None):
        args = build_parser().parse_args(argv)
    if args.command == "run":
        return cmd_run(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())

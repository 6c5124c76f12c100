"""The runner's options (``python -m ecopark_plugin run --help``), their help in the language ``--language``
names: :func:`requested_language` reads it before the command line is parsed."""

from __future__ import annotations

import argparse
import re
import sys

from .core.model.i18n import QT_TRANSLATE_NOOP, current, translate_marked, translator

#: the options' help and argparse's own words, in the current language (English: argparse's words as before)
tr_help = translator("RunnerHelp")
#: core.model.mapping.ACTIVITY_KINDS, written out: the engine (pandas, pyproj) loads only after QGIS has started
ACTIVITY_KINDS = ("auto", "nace", "eprtr", "okved2")
#: core.model.tables.ENCODINGS, written out likewise
TABLE_ENCODINGS = ("utf-8-sig", "utf-8", "cp1251", "cp1252", "latin-1")


#: argparse's own error messages (Python's English words) and their translatable forms
_ARGPARSE_ERRORS = (
    (
        re.compile(r"^argument (.+?): invalid choice: (.+) \(choose from (.+)\)$"),
        QT_TRANSLATE_NOOP("RunnerHelp", "argument {}: invalid choice: {} (choose from {})"),
    ),
    (
        re.compile(r"^argument (.+?): expected one argument$"),
        QT_TRANSLATE_NOOP("RunnerHelp", "argument {}: expected one argument"),
    ),
    (re.compile(r"^unrecognized arguments: (.+)$"), QT_TRANSLATE_NOOP("RunnerHelp", "unrecognized arguments: {}")),
    (
        re.compile(r"^the following arguments are required: (.+)$"),
        QT_TRANSLATE_NOOP("RunnerHelp", "the following arguments are required: {}"),
    ),
)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose own errors (an unknown option or choice) speak the current language."""

    def error(self, message):
        if current() == "en":
            super().error(message)
        for pattern, source in _ARGPARSE_ERRORS:
            found = pattern.match(message)
            if found:
                message = translate_marked("RunnerHelp", source).format(*found.groups())
                break
        self.print_usage(sys.stderr)
        self.exit(2, tr_help("{}: error: {}").format(self.prog, message) + "\n")


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's own words (usage, options, the help option) in the current language."""

    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, tr_help("usage: ") if prefix is None else prefix)


def _localised(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``parser``'s titles and help option in the current language (English: argparse's own words)."""
    parser._positionals.title = tr_help("positional arguments")
    parser._optionals.title = tr_help("options")
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = tr_help("show this help message and exit")
    return parser


def requested_language(argv: list[str]) -> str | None:
    """The ``--language`` of a command line, read before it is parsed (so that ``--help`` speaks it)."""
    for i, arg in enumerate(argv):
        if arg == "--language" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--language="):
            return arg.split("=", 1)[1]
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m ecopark_plugin",
        description=tr_help("EcoPark eco-industrial park planner"),
        formatter_class=_HelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser(
        "run",
        help=tr_help("find, price and choose exchanges; write a GeoPackage and a map"),
        formatter_class=_HelpFormatter,
    )
    _localised(parser)
    _localised(run)
    run.add_argument(
        "--sites", help=tr_help("sites: GeoPackage, shapefile, GeoJSON, CSV or XLSX with coordinates, PostGIS URI")
    )
    run.add_argument("--sites-layer", help=tr_help("layer name inside a multi-layer sites file (default: 'sites')"))
    run.add_argument(
        "--sites-crs",
        help=tr_help(
            "CRS of a CSV's coordinate columns, e.g. EPSG:25832 for a register's x/y in metres (default EPSG:4326)"
        ),
    )
    run.add_argument(
        "--streams", help=tr_help("streams table (CSV, GeoPackage ...); omitted: streams from sector profiles")
    )
    run.add_argument(
        "--streams-layer", help=tr_help("layer name inside a multi-layer streams file (default: 'streams')")
    )
    run.add_argument("--out", help=tr_help("output GeoPackage (layers 'sites' and 'exchanges')"))
    run.add_argument("--png", help=tr_help("map image to write (default: beside --out, same name .png)"))
    run.add_argument("--no-png", action="store_true", help=tr_help("do not render a map image"))
    run.add_argument(
        "--title", help=tr_help("map and report title (default: 'EcoPark: proposed industrial symbiosis', translated)")
    )
    run.add_argument("--map-sites", help=tr_help("field mapping, e.g. site_id=FacilityId,name=facilityName,nace=NACE"))
    run.add_argument("--map-streams", help=tr_help("field mapping of the streams table, e.g. quantity=tonnes"))
    imp = run.add_argument_group(tr_help("import mapping (a register's table as it is published)"))
    imp.add_argument(
        "--inspect", metavar="FILE", help=tr_help("print what is detected in a sites table and the mapping used")
    )
    imp.add_argument("--mapping", metavar="FILE.json", help=tr_help("read the import mapping from this file"))
    imp.add_argument(
        "--save-mapping", metavar="FILE.json", help=tr_help("write the mapping used to this file, for next year")
    )
    imp.add_argument(
        "--import-only",
        action="store_true",
        help=tr_help(
            "only import the --sites table: write its sites and the rows refused (layers 'sites', 'rejected') "
            "to --out, as the panel's Import a register's table and ecopark:importtable do"
        ),
    )
    imp.add_argument("--id-field", help=tr_help("column of the site id"))
    imp.add_argument("--name-field", help=tr_help("column of the site name"))
    imp.add_argument("--activity-field", help=tr_help("column of the activity code"))
    imp.add_argument(
        "--activity-kind",
        choices=ACTIVITY_KINDS,
        help=tr_help(
            "what the activity codes are: NACE Rev.2, E-PRTR Annex I (mapped to NACE), OKVED2 (default: detected)"
        ),
    )
    imp.add_argument("--x-field", "--lon-field", dest="x_field", help=tr_help("column of x (easting or longitude)"))
    imp.add_argument("--y-field", "--lat-field", dest="y_field", help=tr_help("column of y (northing or latitude)"))
    imp.add_argument("--year-field", help=tr_help("column of the reporting year: each site's latest year is kept"))
    imp.add_argument("--encoding", choices=TABLE_ENCODINGS, help=tr_help("a CSV's encoding (default: detected)"))
    imp.add_argument("--separator", help=tr_help("a CSV's separator: ',' ';' '|' or 'tab' (default: detected)"))
    imp.add_argument("--decimal", choices=(".", ","), help=tr_help("a CSV's decimal mark (default: detected)"))
    imp.add_argument(
        "--header",
        choices=("yes", "no"),
        help=tr_help(
            "whether a CSV's first row names its columns (default: detected; without one they are field_1 ...)"
        ),
    )
    imp.add_argument("--quantity-field", help=tr_help("column of the streams table's quantity"))
    imp.add_argument("--unit-field", help=tr_help("column of the streams table's unit"))
    run.add_argument("--params", help=tr_help("parameters file (JSON); see README for the names"))
    run.add_argument("--catalogue", action="append", help=tr_help("extra catalogue rules (CSV); may repeat"))
    run.add_argument(
        "--objective", choices=("benefit", "co2", "weighted"), help=tr_help("what the optimiser maximises")
    )
    run.add_argument("--no-infer", action="store_true", help=tr_help("do not infer streams from sectors"))
    run.add_argument(
        "--evidence-only",
        action="store_true",
        help=tr_help(
            "choose only exchanges whose quantity rests on reported or derived figures, none on a sector default"
        ),
    )
    run.add_argument(
        "--network",
        help=tr_help("road network: an OSM extract (.osm.pbf) or a line layer file (file.gpkg|layername=roads)"),
    )
    run.add_argument(
        "--router",
        choices=("in-process", "pgrouting"),
        default="in-process",
        help=tr_help(
            "road router: in-process (default), or pgrouting: the --network goes into a table of --db and "
            "pgRouting computes the candidate pairs' road distances"
        ),
    )
    run.add_argument(
        "--router-schema",
        help=tr_help(
            "with --router pgrouting: keep the network's table (road_edges) in this schema of --db "
            "(default: a temporary schema, dropped after the run)"
        ),
    )
    run.add_argument("--rail", help=tr_help("rail network: an OSM extract or a line layer file"))
    run.add_argument("--waterways", help=tr_help("waterway network between ports: an OSM extract or a line layer file"))
    run.add_argument("--ports", help=tr_help("ports (points) for ship transport"))
    run.add_argument("--terminals", help=tr_help("rail freight terminals (points)"))
    run.add_argument(
        "--modes", help=tr_help("transport modes allowed, comma-separated (truck,rail,ship,pipeline); one forces it")
    )
    run.add_argument(
        "--route-weight", choices=("length", "time"), help=tr_help("shortest (default) or fastest truck routes")
    )
    run.add_argument(
        "--housing",
        help=tr_help("housing: buildings, residential land use or population (an OSM extract or any layer file)"),
    )
    run.add_argument(
        "--housing-kind",
        choices=("auto", "buildings", "landuse", "population"),
        default="auto",
        help=tr_help("what the housing layer holds (default: guessed; from an OSM extract: buildings unless landuse)"),
    )
    run.add_argument("--population-field", help=tr_help("field of the housing layer with its population"))
    run.add_argument("--levels-field", help=tr_help("field of a buildings layer with its storeys"))
    run.add_argument(
        "--zone-rules", help=tr_help("pollution-reduction rule (CSV; default: the shipped zone_reduction.csv)")
    )
    run.add_argument(
        "--hazard-classes",
        help=tr_help("activity -> class table in the zone regime's classes (CSV; default: the regime's own)"),
    )
    run.add_argument(
        "--zone-regime",
        choices=("sanpin", "vng", "nrw"),
        help=tr_help(
            "zone classes and widths: sanpin (Russia, default), vng (Netherlands), nrw (North Rhine-Westphalia)"
        ),
    )
    run.add_argument(
        "--existing",
        help=tr_help(
            "exchanges that exist already (CSV or layer with supplier, receiver, stream): the baseline, "
            "reported apart from the new benefit"
        ),
    )
    run.add_argument("--scenario", help=tr_help("scenario name: the layer group of the project (default: the title)"))
    run.add_argument("--project", help=tr_help("QGIS project to write (default: beside --out, same name .qgz)"))
    run.add_argument("--no-project", action="store_true", help=tr_help("do not write a QGIS project"))
    run.add_argument("--labels", action="store_true", help=tr_help("label the chosen links with stream and quantity"))
    run.add_argument(
        "--language",
        choices=("en", "ru"),
        help=tr_help(
            "language and number format of the report (default: the system's, English when it has no translation)"
        ),
    )
    run.add_argument(
        "--report",
        metavar="FILE.html",
        help=tr_help(
            "write the report as one self-contained HTML file: map, figures, tables, charts, assumptions (default: none)"
        ),
    )
    run.add_argument("--pdf", metavar="FILE.pdf", help=tr_help("write the same report as a PDF (default: none)"))
    run.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help=tr_help(
            "run without the sites and streams rows that cannot be used (each written with its reason to the "
            "layer 'rejected' of --out) instead of stopping"
        ),
    )
    run.add_argument(
        "--db",
        help=tr_help(
            "PostgreSQL database (libpq string 'host=... dbname=...', postgresql:// URL or a QGIS connection name) "
            "for inputs given as postgis:schema.table and for --schema"
        ),
    )
    run.add_argument(
        "--schema",
        help=tr_help(
            "also write the result layers, with their styles, into this schema of --db (one transaction; an "
            "existing schema is kept unless --overwrite)"
        ),
    )
    run.add_argument("--overwrite", action="store_true", help=tr_help("replace existing output files"))
    run.add_argument("--quiet", action="store_true", help=tr_help("no progress lines"))
    return parser

"""The plugin's translatable strings and the Qt Linguist sources of their translations.

    python scripts/i18n.py update [--lang ru]   merge the strings into resources/i18n/ecopark_<lang>.ts
    python scripts/i18n.py check                exit 1 on a string without a finished translation, a
                                                 translation whose placeholders differ, or a tr() call
                                                 whose context or text cannot be read from the source

pylupdate cannot see strings held in class attributes (an algorithm's DISPLAY, GROUP and HELP, read by
``EcoParkAlgorithm.tr``), so the sources are read with ``ast``. A string is translatable with a context
the extractor can tell:

- ``self.tr("...")`` in a method of class ``C``: context ``C``, and the name of every subclass that
  inherits the method (PyQt's and ``EcoParkAlgorithm``'s ``tr`` use the class name of the instance);
- ``DISPLAY``, ``GROUP`` and ``HELP`` of every ``EcoParkAlgorithm`` subclass, inherited values included:
  context the subclass's name;
- ``tr("...")`` where the module (or the one it imports ``tr`` from) defines ``tr = translator("Ctx")`` or
  ``def tr(text): return QCoreApplication.translate("Ctx", text)``: context ``Ctx``;
- ``QCoreApplication.translate("Ctx", "...")`` and ``QT_TRANSLATE_NOOP("Ctx", "...")`` (the engine has a Qt-free
  ``QT_TRANSLATE_NOOP`` for texts in dicts, shown through ``translate_marked``);
- the texts of the shipped catalogue's columns in ``CATALOGUE_TEXTS`` (the sources of the exchange rules'
  figures, which the report lists): context ``CatalogueSources``.

Anything else given to a ``tr`` (an f-string, a variable, ``other.tr(...)``) is reported by ``check``.

A count passed as well (``tr("%n site(s)", n)``, ``QCoreApplication.translate(ctx, text, None, n)``) makes a
plural message (``numerus="yes"``): its translation has one form per plural form of the language (Russian:
three), and Qt picks the form for the count and puts the count at ``%n``.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import string
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "ecopark_plugin"
TS_DIR = ROOT / "resources" / "i18n"
ALGORITHM_BASE = "EcoParkAlgorithm"
#: class attributes that EcoParkAlgorithm passes through self.tr
ALGORITHM_TEXTS = ("DISPLAY", "GROUP", "HELP")
TRANSLATE_CALLS = ("translate", "QT_TRANSLATE_NOOP")
#: catalogue files (resources/catalogue) and their columns whose texts the report shows: context CatalogueSources
CATALOGUE_TEXTS = {
    "exchange_rules.csv": ("source_ratio", "source_price", "source_co2", "source_disposal"),
    "sector_sizes.csv": ("product", "co2_source"),
    # a stream's basis (and so an exchange's explanation) quotes its sector profile's (core/symbiosis/profiles.py)
    "sector_profiles.csv": ("basis",),
    # a zone's class_source quotes the regime's activity table (core/zones/protection.py)
    "hazard_classes.csv": ("activity", "basis"),
    "zone_activities_vng.csv": ("activity", "basis"),
    "zone_activities_nrw.csv": ("activity", "basis"),
}
CATALOGUE_CONTEXT = "CatalogueSources"


@dataclass(frozen=True)
class Location:
    path: Path
    line: int


@dataclass
class Message:
    context: str
    source: str
    locations: list[Location] = field(default_factory=list)
    #: a plural message: translated with one form per plural form of the language
    numerus: bool = False


@dataclass
class Extraction:
    """Messages in source order, keyed by (context, source), and what could not be read."""

    messages: dict[tuple[str, str], Message] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, context: str, source: str, path: Path, line: int, numerus: bool = False) -> None:
        if not source:
            return
        message = self.messages.setdefault((context, source), Message(context, source))
        message.numerus = message.numerus or numerus
        location = Location(path, line)
        if location not in message.locations:
            message.locations.append(location)


@dataclass
class _Class:
    name: str
    bases: list[str]
    attrs: dict[str, ast.expr]
    attr_lines: dict[str, int]
    methods: set[str]
    path: Path


def _text(node: ast.AST | None) -> str | None:
    """A string literal, including ``"a" + "b"`` (implicit concatenation is already one constant)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _local_translators(tree: ast.Module) -> dict[str, str]:
    """Module-level ``tr`` functions with a fixed context: name -> context."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            call = node.value
            if _name(call.func) == "translator" and call.args and _text(call.args[0]) is not None:
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        found[target.id] = _text(call.args[0])
        elif isinstance(node, ast.FunctionDef) and node.args.args:
            body = [n for n in node.body if not (isinstance(n, ast.Expr) and _text(n.value) is not None)]
            if len(body) == 1 and isinstance(body[0], ast.Return) and isinstance(body[0].value, ast.Call):
                call = body[0].value
                param = node.args.args[0].arg
                if (
                    _name(call.func) == "translate"
                    and len(call.args) >= 2
                    and _text(call.args[0]) is not None
                    and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == param
                ):
                    found[node.name] = _text(call.args[0])
    return found


def _imported_translators(tree: ast.Module, module: str, is_package: bool, known: dict[str, dict[str, str]]):
    """``from .x import tr`` of a translator defined in another scanned module: local name -> context."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            package = module.split(".") if is_package else module.split(".")[:-1]
            base = package[: len(package) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
        else:
            target = node.module or ""
        for alias in node.names:
            context = known.get(target, {}).get(alias.name)
            if context is not None:
                found[alias.asname or alias.name] = context
    return found


def _classes(trees: dict[Path, ast.Module]) -> dict[str, _Class]:
    classes = {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            attrs, lines, methods = {}, {}, set()
            for item in node.body:
                if isinstance(item, ast.Assign):
                    for target in item.targets:
                        if isinstance(target, ast.Name):
                            attrs[target.id], lines[target.id] = item.value, item.lineno
                elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) and item.value:
                    attrs[item.target.id], lines[item.target.id] = item.value, item.lineno
                elif isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    methods.add(item.name)
            bases = [b for b in (_name(base) for base in node.bases) if b]
            classes[node.name] = _Class(node.name, bases, attrs, lines, methods, path)
    return classes


def _mro(name: str, classes: dict[str, _Class]) -> list[_Class]:
    """The known classes ``name`` resolves attributes through, itself first (depth-first, left to right)."""
    order, todo = [], [name]
    while todo:
        current = todo.pop(0)
        if current in classes and classes[current] not in order:
            order.append(classes[current])
            todo = classes[current].bases + todo
    return order


def _is_algorithm(name: str, classes: dict[str, _Class]) -> bool:
    return name != ALGORITHM_BASE and any(ALGORITHM_BASE in c.bases for c in _mro(name, classes))


def _inheritors(owner: str, method: str, classes: dict[str, _Class]) -> list[str]:
    """``owner`` and each class whose ``method`` resolves to ``owner``'s: the contexts of its self.tr."""
    names = []
    for name in classes:
        for cls in _mro(name, classes):
            if method in cls.methods:
                if cls.name == owner:
                    names.append(name)
                break
    return sorted(names, key=lambda n: (n != owner, n))


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: Path, root: Path, translators: dict[str, str], classes, out: Extraction):
        self.path, self.root, self.translators, self.classes, self.out = path, root, translators, classes, out
        self.class_stack: list[str] = []
        self.function_stack: list[ast.FunctionDef] = []
        self.method: str | None = None  # the class method a call sits in, however deeply nested

    def where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(self.root).as_posix()}:{node.lineno}"

    def problem(self, node: ast.AST, text: str) -> None:
        self.out.problems.append(f"{self.where(node)}: {text}")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast naming
        if _is_algorithm(node.name, self.classes):
            for attr in ALGORITHM_TEXTS:
                for cls in _mro(node.name, self.classes):
                    if attr in cls.attrs:
                        text = _text(cls.attrs[attr])
                        if text is None:
                            self.problem(node, f"{node.name}.{attr} is not a string literal")
                        else:
                            self.out.add(node.name, text, cls.path, cls.attr_lines[attr])
                        break
        self.class_stack.append(node.name)
        saved = self.method, self.function_stack
        self.method, self.function_stack = None, []
        self.generic_visit(node)
        self.class_stack.pop()
        self.method, self.function_stack = saved

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast naming
        is_method = self.class_stack and self.method is None and not self.function_stack
        if is_method:
            self.method = node.name
        self.function_stack.append(node)
        self.generic_visit(node)
        self.function_stack.pop()
        if is_method:
            self.method = None

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815 - ast naming

    def _is_parameter(self, node: ast.AST) -> bool:
        """An argument of an enclosing function: a wrapper passing it on (``def tr(self, text): ...``)."""
        return isinstance(node, ast.Name) and any(
            node.id in {a.arg for a in f.args.posonlyargs + f.args.args + f.args.kwonlyargs}
            for f in self.function_stack
        )

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast naming
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            self._method_tr(node, func)
        elif isinstance(func, ast.Name) and func.id in self.translators:
            counted = len(node.args) >= 2 or any(k.arg == "n" for k in node.keywords)
            self._literal(node, node.args[0] if node.args else None, self.translators[func.id], numerus=counted)
        elif isinstance(func, ast.Name) and func.id == "tr":
            self.problem(node, "tr() without a context the extractor can read: define tr = translator('Context')")
        elif _name(func) in TRANSLATE_CALLS and len(node.args) >= 2:
            context, text = _text(node.args[0]), node.args[1]
            wrapper = (self._is_parameter(node.args[0]) or _is_type_name(node.args[0])) and self._is_parameter(text)
            if context is not None:
                self._literal(node, text, context, lookup=True, numerus=len(node.args) >= 4)
            elif not wrapper:
                self.problem(node, f"{_name(func)}() with a context that is not a string literal")
        self.generic_visit(node)

    def _method_tr(self, node: ast.Call, func: ast.Attribute) -> None:
        arg = node.args[0] if node.args else None
        if not (isinstance(func.value, ast.Name) and func.value.id == "self" and self.class_stack and self.method):
            self.problem(node, "tr() on another object: its context is unknown; use self.tr or a module tr")
            return
        if (
            isinstance(arg, ast.Attribute)
            and isinstance(arg.value, ast.Name)
            and arg.value.id == "self"
            and arg.attr in ALGORITHM_TEXTS
        ):
            return  # EcoParkAlgorithm's displayName/group/shortHelpString: the class attributes are read above
        owner = self.class_stack[-1]
        # a count: self.tr(text, n) of EcoParkAlgorithm, self.tr(text, disambiguation, n) of a QObject
        counted = len(node.args) >= 3 or any(k.arg == "n" for k in node.keywords)
        counted = counted or (len(node.args) == 2 and _text(node.args[1]) is None)
        for context in _inheritors(owner, self.method, self.classes) or [owner]:
            self._literal(node, arg, context, numerus=counted)

    def _literal(
        self, node: ast.Call, arg: ast.AST | None, context: str, lookup: bool = False, numerus: bool = False
    ) -> None:
        """Record the string ``arg``; ``lookup``: translate(ctx, text) of a string marked elsewhere is fine;
        ``numerus``: a plural message (a count is passed)."""
        text = _text(arg)
        if text is not None:
            self.out.add(context, text, self.path, arg.lineno, numerus)
        elif isinstance(arg, ast.JoinedStr):
            self.problem(node, "an f-string cannot be translated: use tr('... {name} ...').format(name=...)")
        elif not (lookup and self._is_parameter(arg)):
            self.problem(node, "tr() of something that is not a string literal cannot be extracted")


def _is_type_name(node: ast.AST) -> bool:
    """``type(self).__name__``: EcoParkAlgorithm.tr's context."""
    return isinstance(node, ast.Attribute) and node.attr == "__name__"


def extract(paths: list[Path], root: Path = ROOT) -> Extraction:
    """Every translatable string of ``paths`` (Python files under ``root``) with its context."""
    paths = sorted(paths)
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in paths}
    names = {p: _module_name(p, root) for p in paths}
    translators = {names[p]: _local_translators(t) for p, t in trees.items()}
    for _ in range(len(paths)):  # imports of imports
        changed = False
        for p, tree in trees.items():
            found = _imported_translators(tree, names[p], p.name == "__init__.py", translators)
            if any(translators[names[p]].get(k) != v for k, v in found.items()):
                translators[names[p]].update(found)
                changed = True
        if not changed:
            break
    classes = _classes(trees)
    out = Extraction()
    for p, tree in trees.items():
        _Visitor(p, root, translators[names[p]], classes, out).visit(tree)
    return out


def extract_catalogue(out: Extraction, root: Path = ROOT) -> Extraction:
    """Add the texts of :data:`CATALOGUE_TEXTS` to ``out`` (context :data:`CATALOGUE_CONTEXT`, located at
    their row: line 1 is the header)."""
    import csv

    for name, columns in CATALOGUE_TEXTS.items():
        path = root / "resources" / "catalogue" / name
        with path.open(encoding="utf-8", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                for column in columns:
                    text = (row.get(column) or "").strip()
                    if text:
                        out.add(CATALOGUE_CONTEXT, text, path, line)
    return out


def plugin_sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / "ecopark_plugin").rglob("*.py") if "__pycache__" not in p.parts)


# --- placeholders ---------------------------------------------------------------------------------


def placeholders(text: str) -> tuple[list[str], Counter, Counter]:
    """(positional ``{}`` fields in order, named or numbered ``{...}`` fields, Qt ``%1`` markers).

    Raises ``ValueError`` when ``text`` is not a valid format string.
    """
    positional, named = [], Counter()
    for _, name, spec, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        token = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        if name == "":
            positional.append(token)
        else:
            named[token] += 1
    return positional, named, Counter(re.findall(r"%L?\d+", text))


def placeholder_problem(source: str, translation: str) -> str | None:
    """Why ``translation`` would format differently from ``source``, or ``None``."""
    try:
        expected = placeholders(source)
    except ValueError:
        return None  # not a format string: braces are text
    try:
        got = placeholders(translation)
    except ValueError as exc:
        return f"the translation is not a valid format string ({exc})"
    if got != expected:

        def show(p):
            return " ".join(p[0] + sorted(p[1].elements()) + sorted(p[2].elements())) or "none"

        return f"placeholders differ: source has {show(expected)}, translation has {show(got)}"
    return None


# --- .ts files ---------------------------------------------------------------------------------------


@dataclass
class Entry:
    """One message of a .ts file; ``kind`` is None (finished), unfinished, vanished or obsolete."""

    context: str
    source: str
    translation: str = ""
    kind: str | None = "unfinished"
    comment: str = ""
    locations: list[Location] = field(default_factory=list)
    #: a plural message's forms (``translation`` is then unused)
    forms: list[str] | None = None

    @property
    def numerus(self) -> bool:
        return self.forms is not None

    @property
    def finished(self) -> bool:
        if self.numerus:
            return self.kind is None and bool(self.forms) and all(self.forms)
        return self.kind is None and bool(self.translation)

    def texts(self) -> list[str]:
        """The translated text, or each plural form."""
        return list(self.forms) if self.numerus else [self.translation]


#: plural forms a language has (Qt's numerus rules); two where not listed
PLURAL_FORMS = {"ru": 3, "uk": 3, "pl": 3, "cs": 3, "ja": 1, "zh": 1}


def ts_language(ts: Path) -> str:
    return ts.stem.split("_", 1)[1] if "_" in ts.stem else ts.stem


def read_ts(ts: Path) -> list[Entry]:
    if not ts.exists():
        return []
    entries = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = None
            if message.get("numerus") == "yes":
                found = translation.findall("numerusform") if translation is not None else []
                forms = [(f.text or "") for f in found]
            entries.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    (translation.text or "").strip()
                    if forms is not None and translation is not None
                    else (translation.text or "")
                    if translation is not None
                    else "",
                    translation.get("type") if translation is not None else "unfinished",
                    message.findtext("translatorcomment") or "",
                    forms=forms,
                )
            )
    return entries


def merge(old: list[Entry], extraction: Extraction, language: str = "ru") -> list[Entry]:
    """The messages of ``extraction`` with the translations of ``old``; messages gone from the sources
    are kept as vanished (finished before) or obsolete (unfinished), or dropped when never translated."""
    by_key = {(e.context, e.source): e for e in old}
    suggestions = {(e.source, e.numerus): e for e in old if e.finished}
    count = PLURAL_FORMS.get(language.split("_")[0], 2)
    merged = []
    for (context, source), message in extraction.messages.items():
        entry = by_key.get((context, source))
        blank = [""] * count if message.numerus else None
        if entry is None or entry.numerus != message.numerus:
            # a known text in a new context: offered, but a translator confirms it
            known = suggestions.get((source, message.numerus))
            text = known.translation if known else ""
            forms = list(known.forms) if known and known.numerus else blank
            merged.append(Entry(context, source, text, "unfinished", "", message.locations, forms))
            continue
        kind = {"vanished": None, "obsolete": "unfinished"}.get(entry.kind, entry.kind)
        forms = entry.forms if not message.numerus else (entry.forms + [""] * count)[:count]
        merged.append(Entry(context, source, entry.translation, kind, entry.comment, message.locations, forms))
    for entry in old:
        if (entry.context, entry.source) not in extraction.messages and (entry.translation or any(entry.forms or [])):
            kind = "vanished" if entry.kind in (None, "vanished") else "obsolete"
            merged.append(Entry(entry.context, entry.source, entry.translation, kind, entry.comment, forms=entry.forms))
    contexts = sorted({e.context for e in merged})
    return [e for c in contexts for e in merged if e.context == c]


def _xml(text: str) -> str:
    return escape(text, {"'": "&apos;", '"': "&quot;"})


def write_ts(ts: Path, entries: list[Entry], language: str) -> None:
    """Write ``entries`` as Qt Linguist TS 2.1, laid out as Qt's own tools write it (lconvert output)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    context = None
    for entry in entries:
        if entry.context != context:
            if context is not None:
                lines.append("</context>")
            context = entry.context
            lines += ["<context>", f"    <name>{_xml(context)}</name>"]
        lines.append('    <message numerus="yes">' if entry.numerus else "    <message>")
        for loc in entry.locations:
            filename = Path(os.path.relpath(loc.path, ts.parent)).as_posix()
            lines.append(f'        <location filename="{_xml(filename)}" line="{loc.line}"/>')
        lines.append(f"        <source>{_xml(entry.source)}</source>")
        if entry.comment:
            lines.append(f"        <translatorcomment>{_xml(entry.comment)}</translatorcomment>")
        kind = f' type="{entry.kind}"' if entry.kind else ""
        if entry.numerus:
            lines.append(f"        <translation{kind}>")
            lines += [f"            <numerusform>{_xml(form)}</numerusform>" for form in entry.forms]
            lines.append("        </translation>")
        else:
            lines.append(f"        <translation{kind}>{_xml(entry.translation)}</translation>")
        lines.append("    </message>")
    if context is not None:
        lines.append("</context>")
    lines.append("</TS>")
    tmp = ts.with_suffix(".ts.part")
    ts.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(ts)


def update(ts: Path, extraction: Extraction) -> list[Entry]:
    entries = merge(read_ts(ts), extraction, ts_language(ts))
    write_ts(ts, entries, ts_language(ts))
    return entries


def check(ts_files: list[Path], extraction: Extraction) -> list[str]:
    """Every reason the translations are not ready to ship; empty when they are."""
    problems = list(extraction.problems)
    for ts in ts_files:
        entries = {(e.context, e.source): e for e in read_ts(ts)}
        for key, message in extraction.messages.items():
            entry = entries.get(key)
            if entry is None or not entry.finished:
                where = message.locations[0]
                state = "missing from the .ts (run make i18n)" if entry is None else "not translated (unfinished)"
                problems.append(f"{ts.name}: [{key[0]}] {_short(key[1])!r} ({where.path.name}:{where.line}): {state}")
        for key, message in extraction.messages.items():
            entry = entries.get(key)
            if entry is not None and entry.numerus != message.numerus:
                want = "a plural message (a count is passed)" if message.numerus else "not a plural message"
                problems.append(f"{ts.name}: [{key[0]}] {_short(key[1])!r}: {want}; run `make i18n`")
        for entry in entries.values():
            if entry.kind in ("vanished", "obsolete"):
                continue
            for text in entry.texts():
                why = placeholder_problem(entry.source, text) if text else None
                if why:
                    problems.append(f"{ts.name}: [{entry.context}] {_short(entry.source)!r}: {why}")
    return problems


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("update", "check"))
    parser.add_argument("--lang", action="append", help="language code (ru, de ...); default: every .ts there is")
    parser.add_argument("--ts-dir", type=Path, default=TS_DIR)
    args = parser.parse_args(argv)
    extraction = extract_catalogue(extract(plugin_sources()))
    if args.lang:
        ts_files = [args.ts_dir / f"ecopark_{lang}.ts" for lang in args.lang]
    else:
        ts_files = sorted(args.ts_dir.glob("ecopark_*.ts")) or [args.ts_dir / "ecopark_ru.ts"]
    if args.command == "update":
        for problem in extraction.problems:
            print(f"warning: {problem}", file=sys.stderr)
        for ts in ts_files:
            entries = update(ts, extraction)
            counts = Counter("finished" if e.finished else (e.kind or "unfinished") for e in entries)
            print(
                f"{ts.relative_to(ROOT) if ts.is_relative_to(ROOT) else ts}: {len(extraction.messages)} messages; "
                + ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
            )
        return 0
    problems = check(ts_files, extraction)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} translation problem(s); run `make i18n` and translate in Qt Linguist", file=sys.stderr)
        return 1
    print(f"{len(extraction.messages)} messages, all translated in {', '.join(t.name for t in ts_files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

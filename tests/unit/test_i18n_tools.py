"""scripts/i18n.py: the strings it finds and their contexts, the .ts it writes, and the shipped translations."""

import ast
import importlib.util
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("ecopark_i18n_tool", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tool = _tool()

SOURCES = {
    "base.py": """
        from qgis.PyQt.QtCore import QCoreApplication

        class EcoParkAlgorithm:
            GROUP = "Symbiosis"

            def tr(self, text):
                return QCoreApplication.translate(type(self).__name__, text)

            def displayName(self):
                return self.tr(self.DISPLAY)

            def helper(self):
                return self.tr("Inherited text")
        """,
    "util.py": """
        from qgis.PyQt.QtCore import QCoreApplication
        from .i18n import translator

        tr = translator("Util")

        def direct():
            return QCoreApplication.translate("Direct", "Direct text")

        def bad(alg, name, label):
            alg.tr("other object")
            tr(f"hello {name}")
            return tr(label)
        """,
    "algs.py": """
        from .base import EcoParkAlgorithm
        from .util import tr as shared

        class Alpha(EcoParkAlgorithm):
            DISPLAY = "Alpha"
            HELP = ("Help "
                    "text")

            def initAlgorithm(self):
                for key, label in (("A", self.tr("Param {name}")), ("B", shared("Shared"))):
                    pass

        class Beta(Alpha):
            DISPLAY = "Beta"
            GROUP = "Maps"

            def helper(self):
                return "overridden: no Inherited text in Beta"
        """,
    "plugin.py": """
        from qgis.PyQt.QtCore import QCoreApplication

        def tr(text: str) -> str:
            \"\"\"The plugin's context.\"\"\"
            return QCoreApplication.translate("Plugin", text)

        MENU = tr("Menu")
        """,
}


@pytest.fixture
def extraction(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name, text in SOURCES.items():
        (package / name).write_text(textwrap.dedent(text))
    return tool.extract(sorted(package.glob("*.py")), tmp_path)


def test_contexts_class_attributes_and_inheritance(extraction):
    assert set(extraction.messages) == {
        ("Alpha", "Alpha"),
        ("Alpha", "Symbiosis"),  # GROUP inherited from the base, context the subclass
        ("Alpha", "Help text"),  # implicit concatenation
        ("Alpha", "Param {name}"),
        ("Beta", "Param {name}"),  # initAlgorithm is inherited: at run time tr uses the name Beta
        ("Alpha", "Inherited text"),
        ("EcoParkAlgorithm", "Inherited text"),  # Beta overrides helper, so not Beta
        ("Beta", "Beta"),
        ("Beta", "Maps"),
        ("Beta", "Help text"),
        ("Util", "Shared"),  # a module tr imported under another name
        ("Direct", "Direct text"),
        ("Plugin", "Menu"),
    }
    located = extraction.messages[("Alpha", "Symbiosis")].locations
    assert [(loc.path.name, loc.line) for loc in located] == [("base.py", 5)]


def test_unreadable_calls_are_reported(extraction):
    problems = "\n".join(extraction.problems)
    assert len(extraction.problems) == 3, problems
    assert "util.py:11: tr() on another object" in problems
    assert "util.py:12: an f-string" in problems
    assert "util.py:13: tr() of something that is not a string literal" in problems


@pytest.mark.parametrize(
    ("source", "translation", "ok"),
    [
        ("{} of {} links", "{} из {} связей", True),
        ("{n} sites; {a:,.0f} ha", "{a:,.0f} га; площадок: {n}", True),  # named fields may move
        ("{a:,.0f} ha", "{a} га", False),  # the format spec is part of the placeholder
        ("{} network: {:,} edges", "{:,} рёбер в сети {}", False),  # positional ones may not move
        ("{name} missing", "нет {имя}", False),
        ("%1 of %2", "%2 из %1", True),
        ("%1 of %2", "%1 из", False),
        ("Plain text", "Простой текст", True),
        ("Layer {}", "Слой {", False),  # a broken format string
    ],
)
def test_placeholders(source, translation, ok):
    assert (tool.placeholder_problem(source, translation) is None) == ok


def test_update_merges_keeps_and_retires(tmp_path, extraction):
    ts = tmp_path / "i18n" / "ecopark_ru.ts"
    tool.update(ts, extraction)
    entries = tool.read_ts(ts)
    assert len(entries) == len(extraction.messages) and all(e.kind == "unfinished" for e in entries)
    assert [e.context for e in entries] == sorted(e.context for e in entries)
    problems = tool.check([ts], extraction)
    assert sum("not translated" in p for p in problems) == len(extraction.messages)

    for entry in entries:
        entry.translation, entry.kind = f"ru:{entry.source}", None
    by_key = {(e.context, e.source): e for e in entries}
    by_key[("Alpha", "Param {name}")].translation = "Параметр {имя}"
    tool.write_ts(ts, entries, "ru")
    problems = tool.check([ts], extraction)
    assert problems == [
        *extraction.problems,
        "ecopark_ru.ts: [Alpha] 'Param {name}': placeholders differ: source has {name}, translation has {имя}",
    ]

    gone = ("Direct", "Direct text")
    removed = extraction.messages.pop(gone)
    tool.update(ts, extraction)
    kinds = {(e.context, e.source): e.kind for e in tool.read_ts(ts)}
    assert kinds[gone] == "vanished" and kinds[("Plugin", "Menu")] is None
    extraction.messages[gone] = removed
    tool.update(ts, extraction)
    back = {(e.context, e.source): e for e in tool.read_ts(ts)}[gone]
    assert (back.kind, back.translation) == (None, "ru:Direct text")


def test_a_known_text_in_a_new_context_is_offered_unfinished(tmp_path, extraction):
    ts = tmp_path / "ecopark_ru.ts"
    tool.write_ts(ts, [tool.Entry("Old", "Alpha", "Альфа", None)], "ru")
    entries = {(e.context, e.source): e for e in tool.update(ts, extraction)}
    assert (entries[("Alpha", "Alpha")].translation, entries[("Alpha", "Alpha")].kind) == ("Альфа", "unfinished")
    assert entries[("Old", "Alpha")].kind == "vanished"


@pytest.mark.skipif(shutil.which("lconvert") is None, reason="Qt's lconvert is not installed (qttools5-dev-tools)")
def test_the_shipped_ts_is_laid_out_as_qt_writes_it(tmp_path):
    """lconvert reads the file with Qt Linguist's own reader and writes it back unchanged."""
    ts = ROOT / "resources" / "i18n" / "ecopark_ru.ts"
    out = tmp_path / "roundtrip.ts"
    subprocess.run(["lconvert", "-i", str(ts), "-o", str(out)], check=True)
    assert out.read_text(encoding="utf-8") == ts.read_text(encoding="utf-8")


def test_every_plugin_string_has_a_finished_russian_translation():
    """What CI enforces: a new English string fails here until `make i18n` and a translation."""
    extraction = tool.extract_catalogue(tool.extract(tool.plugin_sources()))
    problems = tool.check(sorted((ROOT / "resources" / "i18n").glob("ecopark_*.ts")), extraction)
    assert problems == [], "\n".join(problems)
    contexts = {context for context, _ in extraction.messages}
    assert {"FindExchanges", "ZoneAlgorithms", "NetworkParameters", "LayerStyles", "EcoParkPlugin"} <= contexts
    assert {"ParameterSources", "CatalogueSources", "MapCredits"} <= contexts


def test_engine_stages_are_all_marked_for_translation():
    """Core has no Qt: its stage names are listed in processing/base.py; a new stage must be added there."""
    stages = set()
    for path in (ROOT / "ecopark_plugin" / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in (
                "progress_stage",
                "stage",
                "step",
                "progress",
            ):
                text = tool._text(node.args[-1]) if node.args else None
                if text:
                    stages.add(text)
    assert len(stages) >= 15
    marked = {source for context, source in tool.extract(tool.plugin_sources()).messages if context == "EngineStages"}
    assert stages <= marked, stages - marked


def test_every_legend_label_of_the_shipped_styles_is_translatable():
    """apply_style shows the .qml labels translated; a new label in a style must be marked in styles.py."""
    import re

    labels = set()
    for qml in (ROOT / "resources" / "styles").glob("*.qml"):
        labels |= {label for label in re.findall(r' label="([^"]+)"', qml.read_text(encoding="utf-8"))}
    assert len(labels) >= 25
    marked = {source for context, source in tool.extract(tool.plugin_sources()).messages if context == "LayerStyles"}
    assert labels <= marked, labels - marked


def test_every_map_tip_of_the_shipped_styles_is_marked_for_translation():
    """apply_style translates a shipped map tip by its exact text: each .qml's must be one of MAP_TIPS,
    marked in styles.py (scripts/build_styles.py writes them from there)."""
    import html
    import re

    tips = set()
    for qml in (ROOT / "resources" / "styles").glob("*.qml"):
        tips |= {html.unescape(t) for t in re.findall(r"<mapTip[^>]*>(.*?)</mapTip>", qml.read_text(encoding="utf-8"))}
    tips.discard("")
    assert len(tips) >= 9
    marked = {source for context, source in tool.extract(tool.plugin_sources()).messages if context == "LayerStyles"}
    assert tips <= marked, tips - marked


def test_counted_strings_become_plural_messages_with_the_languages_forms(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "count.py").write_text(
        textwrap.dedent(
            """
            from qgis.PyQt.QtCore import QCoreApplication
            from .i18n import translator

            tr = translator("Count")

            def f(n):
                return tr("%n site(s)", n), tr("Plain"), QCoreApplication.translate("Count", "%n row(s)", None, n)
            """
        )
    )
    extraction = tool.extract([package / "count.py"], tmp_path)
    plural = {source for (_, source), m in extraction.messages.items() if m.numerus}
    assert plural == {"%n site(s)", "%n row(s)"} and ("Count", "Plain") in extraction.messages
    ts = tmp_path / "ecopark_ru.ts"
    entries = {e.source: e for e in tool.update(ts, extraction)}
    assert entries["%n site(s)"].forms == ["", "", ""] and entries["Plain"].forms is None
    text = ts.read_text(encoding="utf-8")
    assert text.count('<message numerus="yes">') == 2 and text.count("<numerusform></numerusform>") == 6
    assert sum("not translated" in p for p in tool.check([ts], extraction)) == 3
    # three forms filled: finished; a form with other placeholders is refused
    for entry in entries.values():
        entry.kind = None
        if entry.numerus:
            entry.forms = ["%n площадка", "%n площадки", "%n площадок"]
        else:
            entry.translation = "Просто"
    entries["%n row(s)"].forms[2] = "%n строк {}"
    tool.write_ts(ts, list(entries.values()), "ru")
    back = {e.source: e for e in tool.read_ts(ts)}
    assert back["%n site(s)"].forms == ["%n площадка", "%n площадки", "%n площадок"] and back["%n site(s)"].finished
    problems = tool.check([ts], extraction)
    assert len(problems) == 1 and "'%n row(s)': placeholders differ" in problems[0]


def test_a_count_given_to_self_tr_makes_a_plural_message_a_disambiguation_does_not(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "alg.py").write_text(
        textwrap.dedent(
            """
            class Alg:
                def run(self, rows, n):
                    return (
                        self.tr("%n row(s) read", len(rows)),
                        self.tr("%n site(s)", n=n),
                        self.tr("Open", "menu"),
                        self.tr("%n file(s)", "dialog", n),
                    )
            """
        )
    )
    extraction = tool.extract([package / "alg.py"], tmp_path)
    plural = {source for (_, source), m in extraction.messages.items() if m.numerus}
    assert plural == {"%n row(s) read", "%n site(s)", "%n file(s)"} and ("Alg", "Open") in extraction.messages

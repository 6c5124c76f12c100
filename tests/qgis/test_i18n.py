"""The plugin in Russian: the compiled translations, the language QGIS's locale settings pick, and the
plugin's own settings under ecopark/ (nothing written anywhere else)."""

import importlib.util
import re
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QLocale, QSettings

from ecopark_plugin.i18n import install_translator, remove_translator, user_locale

ROOT = Path(__file__).resolve().parents[2]
CYRILLIC = re.compile("[А-Яа-яЁё]")


@pytest.fixture(scope="module")
def qm_folder(tmp_path_factory):
    """The .ts compiled by lrelease as `make package` does it, into a temporary folder."""
    spec = importlib.util.spec_from_file_location("ecopark_package_script", ROOT / "scripts" / "package.py")
    package = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(package)
    folder = tmp_path_factory.mktemp("i18n")
    written = package.compile_translations(folder)
    assert folder / "ecopark_ru.qm" in written
    return folder


@pytest.fixture
def russian(qm_folder, qgis_app):
    translator = install_translator("ru_RU", folder=qm_folder)
    assert translator is not None
    yield translator
    remove_translator(translator)


def _algorithms():
    return [a for a in QgsApplication.processingRegistry().algorithms() if a.provider().id() == "ecopark"]


def _russian(text: str, english: str) -> bool:
    return bool(CYRILLIC.search(text)) and text != english


def test_every_algorithm_speaks_russian(provider, russian):
    algorithms = _algorithms()
    assert len(algorithms) >= 11
    for alg in algorithms:
        assert _russian(alg.displayName(), alg.DISPLAY), alg.id()
        assert _russian(alg.group(), alg.GROUP), alg.id()
        assert _russian(alg.shortHelpString(), alg.HELP), alg.id()
        assert len(alg.shortHelpString()) > 0.6 * len(alg.HELP), alg.id()  # the whole help, not a title
        assert alg.groupId() == alg.GROUP.lower().replace(" ", "")  # ids stay English: scripts keep working
    find = QgsApplication.processingRegistry().algorithmById("ecopark:findexchanges")
    assert find.displayName() == "Поиск обменов промышленного симбиоза"
    assert "санитарно-защитных зон (СЗЗ)" in find.shortHelpString()


def test_parameters_outputs_and_messages_in_russian(provider, russian):
    # a fresh instance: parameters are described when an algorithm is created, as the dialog does
    alg = QgsApplication.processingRegistry().createAlgorithmById("ecopark:findexchanges")
    descriptions = [d.description() for d in alg.parameterDefinitions()] + [
        o.description() for o in alg.outputDefinitions()
    ]
    assert len(descriptions) > 40
    english = [d for d in descriptions if not CYRILLIC.search(d)]
    assert english == []
    modes = alg.parameterDefinition("MODES").options()
    assert modes == ["Автотранспорт", "Железная дорога", "Морской транспорт", "Трубопровод"]
    assert alg.parameterDefinition("SCENARIO").defaultValue() == "Сценарий EcoPark"
    # module-level helpers have their own context, whichever algorithm uses them
    zones = QgsApplication.processingRegistry().createAlgorithmById("ecopark:protectionzones")
    assert zones.parameterDefinition("SITE_HAZARD").description().startswith("Поле класса опасности")
    from ecopark_plugin.processing.base import Progress
    from ecopark_plugin.qgis_io.styles import legend_names

    assert legend_names()["zones"] == "Санитарно-защитные зоны, до"

    class Feedback:
        text = None

        def setProgress(self, percent):
            pass

        def setProgressText(self, text):
            self.text = text

    feedback = Feedback()
    Progress(feedback)(20, "Matching suppliers and receivers")
    assert feedback.text == "Сопоставление поставщиков и получателей"


def test_result_layers_styled_in_russian(russian):
    from qgis.core import QgsVectorLayer

    from ecopark_plugin.qgis_io.styles import apply_style

    sites = QgsVectorLayer("Point?crs=EPSG:25832&field=nace:string&field=name:string", "s", "memory")
    apply_style(sites, "sites")
    labels = [c.label() for c in sites.renderer().categories()]
    assert "Энергетика, теплоснабжение (NACE 35)" in labels and all(CYRILLIC.search(x) for x in labels)
    zones = QgsVectorLayer("Polygon?crs=EPSG:25832&field=hazard_class:integer", "z", "memory")
    apply_style(zones, "zones")
    assert [c.label() for c in zones.renderer().categories()][:2] == ["Класс I", "Класс II"]
    risk = QgsVectorLayer("Point?crs=EPSG:25832&field=pop_in_zone:double", "r", "memory")
    apply_style(risk, "site_risk")
    assert [r.label() for r in risk.renderer().ranges()][0] == "нет жителей в зоне"


def test_english_locale_gives_english(provider, qm_folder, qgis_app):
    for locale in ("en_US", "en", "C", ""):
        assert install_translator(locale, folder=qm_folder) is None
    assert install_translator("de_DE", folder=qm_folder) is None  # no German translation: English shows
    find = QgsApplication.processingRegistry().algorithmById("ecopark:findexchanges")
    assert find.displayName() == "Find symbiosis exchanges"
    assert find.group() == "Symbiosis"
    from qgis.core import QgsVectorLayer

    from ecopark_plugin.qgis_io.styles import apply_style

    zones = QgsVectorLayer("Polygon?crs=EPSG:25832&field=hazard_class:integer", "z", "memory")
    apply_style(zones, "zones")
    assert [c.label() for c in zones.renderer().categories()][:2] == ["Class I", "Class II"]


def test_removing_the_translator_brings_english_back(provider, qm_folder, qgis_app):
    find = QgsApplication.processingRegistry().algorithmById("ecopark:findexchanges")
    translator = install_translator("ru", folder=qm_folder)
    assert find.displayName() == "Поиск обменов промышленного симбиоза"
    remove_translator(translator)
    assert find.displayName() == "Find symbiosis exchanges"


def test_user_locale_follows_the_override_flag(tmp_path, qgis_app):
    settings = QSettings(str(tmp_path / "QGIS3.ini"), QSettings.Format.IniFormat)
    settings.setValue("locale/userLocale", "ru_RU")
    settings.setValue("locale/overrideFlag", False)
    previous = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        assert user_locale(settings) == "de_DE"  # without the override, the system's locale, as in QGIS
    finally:
        QLocale.setDefault(previous)
    settings.setValue("locale/overrideFlag", True)
    assert user_locale(settings) == "ru_RU"
    settings.setValue("locale/userLocale", "")
    assert user_locale(settings) == ""  # QGIS then runs in English


def _snapshot():
    settings = QgsSettings()
    return {key: settings.value(key) for key in settings.allKeys()}


def test_translator_from_the_profile_settings_and_nothing_written(provider, qm_folder, qgis_app):
    """install_translator() reads QGIS's locale keys; only ecopark/ keys are ever written, by the helper."""
    from ecopark_plugin.qgis_io import settings as ecopark_settings

    settings = QgsSettings()
    saved = {k: settings.value(k) for k in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "ru_RU")
    try:
        before = _snapshot()
        translator = install_translator(folder=qm_folder)
        assert translator is not None
        find = QgsApplication.processingRegistry().algorithmById("ecopark:findexchanges")
        assert find.displayName() == "Поиск обменов промышленного симбиоза"
        remove_translator(translator)
        assert _snapshot() == before

        ecopark_settings.set_value("test/answer", 42)
        assert settings.value("ecopark/test/answer", type=int) == 42
        assert ecopark_settings.value("test/answer", 0, type=int) == 42
        assert ecopark_settings.value("test/missing", "fallback") == "fallback"
        after = _snapshot()
        changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        assert changed == {"ecopark/test/answer"}
        ecopark_settings.remove("test")
        assert _snapshot() == before
        for bad in ("", "/locale/userLocale", "ecopark/x", "../locale/userLocale"):
            with pytest.raises(ValueError, match="relative to 'ecopark/'"):
                ecopark_settings.set_value(bad, 1)
        settings.setValue("locale/overrideFlag", False)  # the stored ru_RU no longer counts
        previous = QLocale()
        QLocale.setDefault(QLocale("en_GB"))
        try:
            assert install_translator(folder=qm_folder) is None
            QLocale.setDefault(QLocale("ru_RU"))
            translator = install_translator(folder=qm_folder)
            assert translator is not None
            remove_translator(translator)
        finally:
            QLocale.setDefault(previous)
    finally:
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


@pytest.mark.parametrize(
    ("name", "want"), [("en_US", "45,749,275"), ("ru_RU", "45\u00a0749\u00a0275"), ("de_DE", "45.749.275")]
)
def test_panel_figures_are_grouped_even_where_qgis_omits_group_separators(name, want, qgis_app):
    """QGIS sets the default locale without group separators unless *Show group separator* is ticked (its
    default): the panel groups its figures all the same, in the locale's own way."""
    from ecopark_plugin.gui.context import number

    previous = QLocale()
    desktop = QLocale(name)
    desktop.setNumberOptions(desktop.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    QLocale.setDefault(desktop)
    try:
        assert QLocale().toString(45749275.0, "f", 0) == "45749275"  # as QGIS's own widgets write it
        assert number(45749275.4) == want
    finally:
        QLocale.setDefault(previous)


#: English words a Russian label or map tip must not show (outside its [% expressions %])
ENGLISH_WORDS = (
    "by",
    "links",
    "net",
    "benefit",
    "avoided",
    "hazard",
    "class",
    "zone",
    "zones",
    "people",
    "homes",
    "sites",
    "before",
    "after",
    "Score",
    "score",
    "excluded",
    "exchange",
    "road",
    "rail",
    "housing",
    "transport",
    "freed",
    "outside",
    "other",
    "potential",
    "EUR",
    "yr",
    "ha",
    "km",
    "m",
    "t",
    "MWh",
    "truck",
    "pipeline",
)


@pytest.fixture(scope="module")
def rustavi_run(tmp_path_factory):
    """The runner's Russian case (``make demo-ru``) written to a GeoPackage."""
    import os
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("ru_map") / "rustavi.gpkg"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "ecopark_plugin", "run", "--sites", ROOT / "resources/sample_data/rustavi.gpkg"]
    command += ["--out", out, "--no-png", "--language", "ru", "--quiet"]
    done = subprocess.run(list(map(str, command)), cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return out


def _styled(path, name):
    from qgis.core import QgsVectorLayer

    from ecopark_plugin.qgis_io.styles import apply_style

    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid() and layer.featureCount() > 0, name
    apply_style(layer, name, labels=True)
    return layer


def _freed_land():
    """A zone_reduction layer (the Rustavi run frees none) with one piece of 1,234.6 ha, styled."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from ecopark_plugin.qgis_io.styles import apply_style

    layer = QgsVectorLayer("Polygon?crs=EPSG:25832&field=name:string&field=freed_ha:double", "r", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Asnæs", 1234.6])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 10 0, 10 10, 0 0))"))
    assert layer.dataProvider().addFeature(feature)
    apply_style(layer, "zone_reduction")
    return layer


def _evaluated(layer, text: str, template: bool = False) -> list[str]:
    """``text`` (a label expression, or a map tip template) for every feature of ``layer``."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    shown = []
    for feature in layer.getFeatures():
        context.setFeature(feature)
        if template:
            shown.append(QgsExpression.replaceExpressionText(text, context))
        else:
            expression = QgsExpression(text)
            assert not expression.hasParserError(), expression.parserErrorString()
            shown.append(expression.evaluate(context))
            assert not expression.hasEvalError(), expression.evalErrorString()
    return shown


def _english_words(text: str) -> set[str]:
    """The words of ``ENGLISH_WORDS`` in ``text`` outside its [% expressions %] and HTML tags."""
    plain = re.sub(r"<[^>]+>|&\w+;", " ", re.sub(r"\[%.*?%\]", " ", text))
    return {w for w in ENGLISH_WORDS if re.search(rf"(?<![\w/]){re.escape(w)}(?!\w)", plain)}


def test_map_labels_and_map_tips_of_a_run_in_russian(russian, rustavi_run):
    import pandas as pd

    from ecopark_plugin.qgis_io.styles import MAP_TIPS, STYLES, style_file

    rules = pd.read_csv(ROOT / "resources/catalogue/exchange_rules.csv")
    russian_stream = dict(zip(rules["stream"], rules["stream_ru"]))
    exchanges = _styled(rustavi_run, "exchanges")
    expression = exchanges.labeling().settings().fieldName
    chosen = [f for f in exchanges.getFeatures() if f["selected"]]
    assert chosen
    labels = [x for x in _evaluated(exchanges, expression) if x]
    assert len(labels) == len(chosen)
    for feature, label in zip(chosen, labels):
        units = {"t": "т", "MWh": "МВт·ч", "m3": "м³"}
        quantity = f"{round(feature['quantity_selected']):,}".replace(",", "\u00a0")
        assert label == f"{russian_stream[feature['stream']]} {quantity} {units[feature['unit']]}"
        assert feature["stream_en"] not in label and "stream_ru" not in exchanges.fields().names()
    assert any("МВт·ч" in x for x in labels) and any(x.endswith(" т") for x in labels)
    tips = _evaluated(exchanges, exchanges.mapTipTemplate(), template=True)
    for feature, tip in zip(exchanges.getFeatures(), tips):
        assert tip.startswith(f"<b>{russian_stream[feature['stream']]}</b>: {feature['supplier_name']} &rarr; ")
        assert "евро/год" in tip and "предотвращено CO2" in tip and not _english_words(tip), tip
    assert any("трубопровод" in t for t in tips)

    reduction = _freed_land()
    assert _evaluated(reduction, reduction.labeling().settings().fieldName) == ["1\u00a0235 га освобождено"]
    # the captions; values such as a zone's class_source are the engine's text in the layer, as written
    for name in ("sites", "zones", "zones_after"):
        layer = _styled(rustavi_run, name)
        assert not _english_words(layer.mapTipTemplate()), (name, layer.mapTipTemplate())
        tips = _evaluated(layer, layer.mapTipTemplate(), template=True)
        assert tips and all(CYRILLIC.search(tip.split("<br>")[0]) for tip in tips), (name, tips)
    assert any(" га<br>" in tip and "класс опасности" in tip for tip in tips)

    # every shipped style's map tip, on a layer of its geometry: translated, no English word left
    from qgis.core import QgsVectorLayer

    from ecopark_plugin.qgis_io.styles import apply_style

    for qml in sorted(STYLES.glob("*.qml")):
        name = qml.stem.removesuffix("_polygon").removesuffix("_point")
        geometry = {"_polygon": "Polygon", "_point": "Point"}.get(qml.stem.removeprefix(name), "Polygon")
        layer = QgsVectorLayer(f"{geometry}?crs=EPSG:25832", name, "memory")
        layer.loadNamedStyle(str(qml))
        if not layer.mapTipTemplate():
            continue
        assert layer.mapTipTemplate() in MAP_TIPS.values(), qml.name
        english = layer.mapTipTemplate()
        if style_file(name, layer) == qml:
            apply_style(layer, name)
            assert layer.mapTipTemplate() != english and CYRILLIC.search(layer.mapTipTemplate())
            assert not _english_words(layer.mapTipTemplate()), (qml.name, layer.mapTipTemplate())


def test_map_labels_and_map_tips_stay_english_without_a_translation(qgis_app, rustavi_run):
    from qgis.core import QgsVectorLayer

    exchanges = _styled(rustavi_run, "exchanges")
    shipped = QgsVectorLayer(f"{rustavi_run}|layername=exchanges", "x", "ogr")
    shipped.loadNamedStyle(str(ROOT / "resources/styles/exchanges.qml"))
    assert exchanges.labeling().settings().fieldName == shipped.labeling().settings().fieldName
    assert exchanges.mapTipTemplate() == shipped.mapTipTemplate()
    chosen = [f for f in exchanges.getFeatures() if f["selected"]]
    labels = [x for x in _evaluated(exchanges, exchanges.labeling().settings().fieldName) if x]
    assert labels == [f"{f['stream_en']} {round(f['quantity_selected']):,} {f['unit']}" for f in chosen]
    reduction = _freed_land()
    assert _evaluated(reduction, reduction.labeling().settings().fieldName) == ["1,235 ha freed"]


def _result_layer():
    """A memory layer with two result fields and one of the user's own."""
    from qgis.core import QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QMetaType

    layer = QgsVectorLayer("LineString?crs=EPSG:25832", "exchanges", "memory")
    layer.dataProvider().addAttributes(
        [
            QgsField("net_benefit", QMetaType.Type.Double),
            QgsField("fails_if", QMetaType.Type.QString),
            QgsField("my_note", QMetaType.Type.QString),
        ]
    )
    layer.updateFields()
    return layer


def test_result_fields_are_named_in_russian(russian):
    from ecopark_plugin.qgis_io.styles import apply_style

    layer = _result_layer()
    layer.setFieldAlias(2, "Моя заметка")
    apply_style(layer, "exchanges")
    names = [f.displayName() for f in layer.fields()]
    assert names == ["Чистая выгода, евро/год", "При каких условиях не состоится", "Моя заметка"]
    assert layer.fields().names() == ["net_benefit", "fails_if", "my_note"]  # scripts keep the names


def test_result_fields_are_named_in_english_without_a_translation(qgis_app):
    from ecopark_plugin.qgis_io.field_names import ALIASES
    from ecopark_plugin.qgis_io.styles import apply_style

    layer = _result_layer()
    apply_style(layer, "exchanges")
    assert [f.displayName() for f in layer.fields()] == ["Net benefit, EUR/yr", "Fails if", "my_note"]
    # every field a run writes has a label
    from ecopark_plugin.core.model.outputs import EXCHANGE_FIELDS, SITE_FIELDS_OUT
    from ecopark_plugin.core.zones.housing import CONFLICT_FIELDS
    from ecopark_plugin.core.zones.protection import REDUCTION_FIELDS, ZONE_FIELDS

    written = {*EXCHANGE_FIELDS, *SITE_FIELDS_OUT, *ZONE_FIELDS, *REDUCTION_FIELDS, *CONFLICT_FIELDS}
    assert written - {"geometry"} <= set(ALIASES), sorted(written - set(ALIASES))

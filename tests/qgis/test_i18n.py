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

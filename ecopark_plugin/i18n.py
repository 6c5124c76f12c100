"""The plugin's translations: which language QGIS runs in, and the compiled ``i18n/ecopark_<lang>.qm``.

Sources (``resources/i18n/*.ts``) are kept up to date by ``scripts/i18n.py update`` (``make i18n``);
``make package`` compiles them into the plugin's ``i18n/`` folder. Strings are looked up by context:
``EcoParkAlgorithm.tr`` and Qt's ``self.tr`` use the class name; module code uses a function made by
:func:`translator` with a fixed context, which ``scripts/i18n.py`` reads from the module.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core.model.i18n import catalogue, english_plural, language_of

#: where ``make package`` puts the compiled translations
I18N_DIR = Path(__file__).resolve().parent / "i18n"


def translator(context: str) -> Callable[..., str]:
    """A ``tr`` for module-level code: ``tr = translator("NetworkParameters")``.

    ``tr(text, n)`` translates a count: Qt picks the translation's plural form for ``n`` (Russian has three)
    and writes ``n`` at ``%n``. The English source marks its plural ending ``(s)`` (``"%n site(s)"``), which
    reads "1 site", "2 sites" where no translation applies.
    """

    def tr(text: str, n: int | None = None) -> str:
        if n is None:
            return QCoreApplication.translate(context, text)
        return english_plural(QCoreApplication.translate(context, text, None, int(n)), int(n))

    return tr


def user_locale(settings=None) -> str:
    """The locale QGIS translates its interface into, as ``QgsApplication.locale()`` decides it.

    ``locale/userLocale`` counts only when ``locale/overrideFlag`` is set (Options > General > Override
    system locale); otherwise the system's locale does. Reads the settings, never writes them.
    ``settings`` is any object with QSettings' ``value``; the QGIS profile's by default.
    """
    settings = settings if settings is not None else QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        return settings.value("locale/userLocale", "", type=str) or ""
    return QLocale().name()


def _candidates(locale: str) -> list[str]:
    """``pt_BR`` -> ``["pt_BR", "pt"]``; English, ``C`` and empty -> none (the sources are English)."""
    name = locale.replace("-", "_").split(".")[0]
    language = name.split("_")[0].lower()
    if language in ("", "c", "en"):
        return []
    return list(dict.fromkeys([name, language]))


def install_translator(locale: str | None = None, folder: Path | None = None) -> QTranslator | None:
    """Load ``ecopark_<lang>.qm`` for ``locale`` (default: QGIS's user locale) and install it.

    Returns the installed translator, to hand to :func:`remove_translator` on unload, or ``None`` when
    the language is English or has no translation (the English sources then show).
    """
    folder = Path(folder) if folder is not None else I18N_DIR
    app = QCoreApplication.instance()
    if app is None:
        return None
    for name in _candidates(user_locale() if locale is None else locale):
        path = folder / f"ecopark_{name}.qm"
        if not path.is_file():
            continue
        # parented to the application: Qt drops a translator that is destroyed, so it must not die with
        # a Python reference the caller forgot to keep
        qt_translator = QTranslator(app)
        if qt_translator.load(str(path)) and QCoreApplication.installTranslator(qt_translator):
            return qt_translator
        qt_translator.deleteLater()
    return None


class CatalogueTranslator(QTranslator):
    """Qt's lookups answered from the .ts sources through the engine's catalogue (:mod:`.core.model.i18n`):
    for the runner in a source checkout, where ``make package`` has compiled no ``.qm``. Plural messages
    are not in that catalogue; they show in English."""

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.language = language

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        # None is a null QString, which Qt reads as "not here, ask the next translator"; an empty string
        # would be a translation, blanking every text of QGIS's own (a scale bar's labels, for one)
        return catalogue(self.language).get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not catalogue(self.language)


def install_language(language: str) -> QTranslator | None:
    """Translate Qt's lookups (map legends, titles, messages) into ``language`` for this session: the compiled
    ``.qm`` where there is one, else the .ts sources through :class:`CatalogueTranslator`."""
    installed = install_translator(language)
    app = QCoreApplication.instance()
    if installed is not None or app is None or language_of(language) == "en":
        return installed
    qt_translator = CatalogueTranslator(language_of(language), app)
    if QCoreApplication.installTranslator(qt_translator):
        return qt_translator
    qt_translator.deleteLater()
    return None


def remove_translator(qt_translator: QTranslator | None) -> None:
    """Undo :func:`install_translator` (``None`` is accepted, for an English session)."""
    if qt_translator is None:
        return
    QCoreApplication.removeTranslator(qt_translator)
    qt_translator.setParent(None)

"""Every tab and dialog of the panel fits a 1366 x 768 laptop screen with QGIS's default docks, in English and
in Russian (longer words): the panel at its first width shows no tab wider than itself, the results table's
default columns fit it, and every dialog's OK and Cancel lie on the screen."""

import importlib.util
import re
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt
from qgis.PyQt.QtWidgets import QDialogButtonBox, QLineEdit, QScrollArea, QTableView, QTabWidget, QWidget

from ecopark_plugin.core.symbiosis.catalogue import Catalogue
from ecopark_plugin.gui.context import DOCK_WIDTH, number
from ecopark_plugin.gui.exchange_table import COLUMNS_KEY, DEFAULT_COLUMNS, FIELDS, ColumnChooser
from ecopark_plugin.gui.whatif_dialog import WhatIfDialog, nace_choices
from ecopark_plugin.i18n import install_translator, remove_translator
from ecopark_plugin.i18n import translator as translator_for
from ecopark_plugin.qgis_io import settings

from . import test_dock, test_panel_import

# the panel's fixtures, shared with test_dock
canvas_bridge, dock, kalundborg = test_dock.canvas_bridge, test_dock.dock, test_dock.kalundborg
wait_for = test_dock.wait_for

ROOT = Path(__file__).resolve().parents[2]
CYRILLIC = re.compile("[А-Яа-яЁё]")
SCREEN_W, SCREEN_H = 1366, 768
#: the height QGIS leaves a right-hand dock on a maximised 1366 x 768 window: the screen less the desktop's
#: panel (~30), window title (~30), menu bar (~25), the three rows of QGIS's default toolbars at this width
#: (~3 x 37) and the status bar (~26), and the dock's title (~25). Measured: 598 px under Xvfb at 1366 x 768
#: with no window manager (no title bar, no desktop panel, which take ~60 px more)
DOCK_HEIGHT = 520
#: the panel's width in the Russian desktop at 1366 x 768 (QGIS's own docks on the left are wider in Russian)
NARROWEST = 540
#: px a desktop style's frames and scroll bar may take beyond the test's
STYLE_SLACK = 16
#: a dialog's frame and title bar
FRAME_W, FRAME_H = 20, 60


@pytest.fixture(scope="module")
def qm_folder(tmp_path_factory):
    """The .ts compiled by lrelease as `make package` does it."""
    spec = importlib.util.spec_from_file_location("ecopark_package_script", ROOT / "scripts" / "package.py")
    package = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(package)
    folder = tmp_path_factory.mktemp("i18n")
    package.compile_translations(folder)
    return folder


@pytest.fixture(params=["en", "ru"])
def language(request, qm_folder, qgis_app):
    """The panel's language: English (the sources) or Russian (installed before the panel is made)."""
    translator = install_translator("ru_RU", folder=qm_folder) if request.param == "ru" else None
    assert request.param == "en" or translator is not None
    yield request.param
    if translator is not None:
        remove_translator(translator)


def settle():
    for _ in range(3):
        QCoreApplication.processEvents()


def show_at_first_size(dock, width: int = DOCK_WIDTH) -> None:
    """Show the panel alone at the size QGIS first gives it on the laptop screen."""
    dock.setFloating(True)  # a window of its own: its parent, QGIS's main window, is not shown in the tests
    dock.resize(width, DOCK_HEIGHT)
    dock.show()
    settle()


def fits_on_screen(dialog) -> None:
    """``dialog`` at its size hint fits the screen, and its OK and Cancel lie inside it."""
    hint, least = dialog.sizeHint(), dialog.minimumSizeHint()
    assert hint.width() <= SCREEN_W - FRAME_W and hint.height() <= SCREEN_H - FRAME_H, (type(dialog), hint)
    assert least.width() <= hint.width() and least.height() <= hint.height()
    dialog.resize(hint)
    dialog.show()
    settle()
    buttons = dialog.findChild(QDialogButtonBox)
    box = buttons.geometry()
    box.moveTopLeft(buttons.mapTo(dialog, buttons.rect().topLeft()))
    assert dialog.rect().contains(box), (type(dialog), box, dialog.rect())
    dialog.close()


def test_every_tab_fits_the_panel_at_its_first_width(language, dock):
    # the worst case: every collapsible group open
    for box in dock.findChildren(QgsCollapsibleGroupBox):
        box.setCollapsed(False)
    show_at_first_size(dock)
    least = dock.minimumSizeHint()
    assert least.width() <= DOCK_WIDTH and least.height() <= DOCK_HEIGHT, least
    for index in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(index)
        settle()
        tab, name = dock.tabs.widget(index), dock.tabs.tabText(index)
        assert tab.minimumSizeHint().width() <= tab.width(), (language, name, tab.minimumSizeHint(), tab.width())
        areas = [tab] if isinstance(tab, QScrollArea) else tab.findChildren(QScrollArea)
        for area in (a for a in areas if a.widget() is not None):
            inner = area.widget().minimumSizeHint().width()
            # nothing wider than the panel (with room for a desktop style's wider frames): no sideways
            # scrolling, no clipped label
            assert inner <= area.viewport().width() - STYLE_SLACK, (language, name, inner, area.viewport().width())
            assert area.horizontalScrollBar().maximum() == 0, (language, name)
    dock.hide()


def test_dialogs_fit_the_screen(language, dock, tmp_path):
    from ecopark_plugin.gui.site_editor import NewSiteDialog

    sites = dock.sites
    dialogs = [
        WhatIfDialog(None, nace_choices(Catalogue.load().profiles)),
        dock.site_dialog(next(sites.getFeatures())),
        NewSiteDialog(sites, dock.run_tab.inputs.mapping(dock.site_fields)),
    ]
    for dialog in dialogs:
        fits_on_screen(dialog)
        # OK and Cancel in the panel's language, also where Qt's own translations are not installed
        words = sorted(b.text() for b in dialog.findChild(QDialogButtonBox).buttons())
        assert words == (["Cancel", "OK"] if language == "en" else ["ОК", "Отмена"]), words
    # the import dialog with a wide register loaded: long column names, long values, a CRS chosen
    table = tmp_path / "reestr.csv"
    header = ["Идентификатор объекта НВОС", "Наименование объекта", "Код ОКВЭД2 основного вида деятельности"]
    header += ["Координата X (МСК-50, м)", "Координата Y (МСК-50, м)", "Отчётный год", "Адрес объекта"]
    row = ["45-0150-001234-П", "ООО «Очень длинное название предприятия» " * 3, "24.10.1", "2 193 456,5"]
    row += ["470 123,4", "2023", "Московская область, городской округ Подольск, ул. Промышленная, д. 1"]
    table.write_bytes((";".join(header) + "\n" + ";".join(row) + "\n").encode("cp1251"))
    dialog = dock.run_tab.import_dialog()
    dialog.file.setFilePath(str(table))
    test_panel_import.settled(dialog)
    dialog.crs.setCrs(QgsCoordinateReferenceSystem("EPSG:32637"))
    assert dialog.frame is not None and len(dialog.frame.columns) == 7
    fits_on_screen(dialog)


def test_results_table_shows_default_columns_that_fit_and_remembers_the_users(language, dock):
    settings.remove(COLUMNS_KEY)
    dock.scenario_edit.setText("Columns")
    dock.run_button.click()
    wait_for(dock)
    show_at_first_size(dock, NARROWEST)
    dock.tabs.setCurrentIndex(2)
    settle()
    table = dock.table
    shown = [f for c, f in enumerate(FIELDS) if not table.isColumnHidden(c)]
    assert shown == list(DEFAULT_COLUMNS)
    assert dock.proxy.rowCount() > 3  # a real table of exchanges, with long site names
    width = sum(table.columnWidth(c) for c in range(len(FIELDS)) if not table.isColumnHidden(c))
    assert width <= table.viewport().width() and table.horizontalScrollBar().maximum() == 0
    # the header's menu adds a column; a new panel shows the same columns
    menu = dock.results_tab.columns.menu()
    actions = {a.data(): a for a in menu.actions() if a.isCheckable()}
    assert set(actions) == set(FIELDS) and all(actions[f].isChecked() == (f in shown) for f in FIELDS)
    actions["mode_chain"].setChecked(True)
    assert not table.isColumnHidden(FIELDS.index("mode_chain"))
    assert "mode_chain" in ColumnChooser.remembered()
    from qgis.PyQt.QtWidgets import QTableView

    other = QTableView()
    other.setModel(dock.proxy)
    assert "mode_chain" in ColumnChooser(other).visible()
    # the last column cannot be hidden
    dock.results_tab.columns.set_visible(["net_benefit"])
    lone = {a.data(): a for a in dock.results_tab.columns.menu().actions() if a.isCheckable()}
    assert not lone["net_benefit"].isEnabled()
    settings.remove(COLUMNS_KEY)
    dock.hide()


#: English words the Russian panel must not show (its labels, buttons, titles, hints and notes)
ENGLISH_WORDS = re.compile(
    r"\b(Run|Cancel|Scenario|Scenarios|Results|Parameters|Siting|Help|Choose|Load|sample|Output|folder|Layer|"
    r"field|none|optional|Replace|exchanges?|Add|Forget|Compare|Export|Report|Zoom|Filter|Chosen|Start|Try|"
    r"Transport|Pipes|Streams|Sites|Industrial|Housing|Road|Rail|What if|Clusters|Suitability)\b"
)


def visible_texts(widget) -> list[str]:
    """Every text a user reads on ``widget``: labels, buttons, check boxes, group titles, tab names, headers,
    placeholders."""
    texts = []
    for child in widget.findChildren(QWidget):
        for getter in ("text", "title", "placeholderText"):
            if isinstance(child, QLineEdit) and getter == "text":
                continue  # what the user typed (or a file path), not the panel's words
            value = getattr(child, getter, None)
            if callable(value):
                try:
                    text = value()
                except TypeError:
                    continue
                if isinstance(text, str) and text:
                    texts.append(re.sub(r"<[^>]+>", " ", text))
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for table in widget.findChildren(QTableView):
        model = table.model()
        if model is not None:
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    return texts


def test_the_russian_panel_speaks_russian_with_russian_numbers(qm_folder, qgis_app, dock):
    translator = install_translator("ru_RU", folder=qm_folder)
    before = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    try:
        from ecopark_plugin.gui.dock import EcoParkDock

        panel = EcoParkDock(dock.iface, None)
        panel.sites_combo.setLayer(dock.sites)
        texts = visible_texts(panel)
        english = [t for t in texts if ENGLISH_WORDS.search(t) and not CYRILLIC.search(t)]
        assert english == []
        # numbers as Russians write them, and plural forms by the count
        assert number(1234567.4) == "1\u00a0234\u00a0567" and number(0.5, 1) == "0,5"
        tr = translator_for("EcoParkDock")
        assert [tr("%n site(s) in a lower class", n) for n in (1, 3, 5, 21)] == [
            "1 площадка в более низком классе",
            "3 площадки в более низком классе",
            "5 площадок в более низком классе",
            "21 площадка в более низком классе",
        ]
        assert QCoreApplication.translate("EngineStages", "Drawing routes") == "Прорисовка маршрутов"
        panel.unload()
        panel.deleteLater()
    finally:
        QLocale.setDefault(before)
        remove_translator(translator)
    # in English the count decides the ending too
    tr = translator_for("EcoParkDock")
    assert tr("%n site(s) in a lower class", 1) == "1 site in a lower class"
    assert tr("%n site(s) in a lower class", 2) == "2 sites in a lower class"


def test_what_the_russian_panel_puts_on_the_map_and_in_the_message_bar_is_russian(qm_folder, qgis_app, dock, tmp_path):
    """Beyond the panel's own widgets: the sample's group and layers, the scenario's layers and legend, its print
    layout, the stage and summary after a run, and the message bar's words."""
    from qgis.core import Qgis, QgsLayerTreeGroup, QgsProject

    translator = install_translator("ru_RU", folder=qm_folder)
    before = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    try:
        from ecopark_plugin.gui.dock import EcoParkDock

        dock.iface.messageBar().clear_messages()
        dock.iface.messageBar().clearWidgets()  # and the messages with buttons of the tests before
        panel = EcoParkDock(dock.iface, None)
        panel.load_sample()
        panel.output_dir.setFilePath(str(tmp_path / "out"))
        panel.scenario_edit.setText("Базовый")
        panel.run_button.click()
        wait_for(panel)
        project = QgsProject.instance()
        names = []
        for node in project.layerTreeRoot().findLayers():
            names.append(node.name())
            layer = node.layer()
            names += [item.label() for item in layer.renderer().legendSymbolItems()] if layer.renderer() else []
        names += [g.name() for g in project.layerTreeRoot().findGroups(True) if isinstance(g, QgsLayerTreeGroup)]
        names += [layout.name() for layout in project.layoutManager().layouts()]
        levels = (
            Qgis.MessageLevel.Info,
            Qgis.MessageLevel.Warning,
            Qgis.MessageLevel.Critical,
            Qgis.MessageLevel.Success,
        )
        bar = [m for level in levels for m in dock.iface.messageBar().get_messages(level)]
        bar += [item.text() for item in dock.iface.messageBar().items()]  # the messages with buttons
        texts = names + bar + visible_texts(panel) + [panel.stage.text(), panel.summary.text()]
        english = sorted({t for t in texts if ENGLISH_WORDS.search(t) and not CYRILLIC.search(t)})
        assert english == []
        assert any("Калуннборг" in n for n in names) and "Базовый" in names
        assert bar and all(CYRILLIC.search(m) for m in bar), bar
        # the streams by the catalogue's Russian names, the modes translated
        proxy = panel.proxy
        for field in ("stream_en", "mode_chain"):
            column = FIELDS.index(field)
            cells = [proxy.index(r, column).data() for r in range(proxy.rowCount() - 1)]
            assert cells and all(CYRILLIC.search(c) for c in cells), (field, cells)
        # a second scenario, trucks only: the exchanges only the first has, by the streams' Russian names
        for mode, box in panel.parameters.modes.items():
            box.setChecked(mode == "truck")
        panel.scenario_edit.setText("Грузовики")
        panel.run_button.click()
        wait_for(panel)
        panel.compare_a.setCurrentText("Базовый")
        panel.compare_b.setCurrentText("Грузовики")
        panel.compare()
        only = panel.compare_links.text()
        assert "(Технологический пар)" in only and "(Process steam)" not in only, only
        panel.unload()
        panel.deleteLater()
    finally:
        QLocale.setDefault(before)
        remove_translator(translator)


def test_questions_answer_in_the_panels_language(language):
    """The panel's questions (run a scenario again? write the report again?) with Yes and No in its language,
    and the button pressed returned."""
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QMessageBox

    from ecopark_plugin.gui.context import ask

    seen = {}

    def press_no():
        box = QApplication.activeModalWidget()
        seen["words"] = sorted(b.text() for b in box.buttons())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(200, press_no)
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    assert ask(None, "?", "?", buttons, QMessageBox.StandardButton.Yes) == QMessageBox.StandardButton.No
    assert seen["words"] == (["No", "Yes"] if language == "en" else ["Да", "Нет"])

"""What the panel tells a new user: the first-run hint of the Run tab with the sample to try, and where the
README's pages on the panel are."""

from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

from ..core.model.errors import EcoParkError
from ..core.symbiosis.catalogue import RESOURCES
from ..processing.base import REPOSITORY
from .context import tr

#: the README's section on the panel (GitHub's anchor of "In the QGIS desktop")
HELP_URL = f"{REPOSITORY}#in-the-qgis-desktop"
#: the sample shipped with the plugin: Kalundborg's register sites, their streams and the ports
SAMPLE = RESOURCES / "sample_data" / "kalundborg.gpkg"
#: the sample's layers, by the Run tab's input they fill
SAMPLE_LAYERS = {"sites": "sites", "streams": "streams", "ports": "ports"}


def sample_group() -> str:
    """The name of the sample's layer group, in the user's language."""
    return tr("EcoPark sample (Kalundborg)")


def sample_copy() -> Path:
    """The user's copy of the sample, in the QGIS profile's ``ecopark`` folder: site edits go there, never into
    the plugin's own file. Made once; an existing copy (with the user's edits) is kept."""
    target = Path(QgsApplication.qgisSettingsDirPath()) / "ecopark" / SAMPLE.name
    if not target.exists():
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(SAMPLE, target)
        except OSError as exc:
            raise EcoParkError(tr("The sample cannot be copied to {}: {}").format(target, exc)) from exc
    return target


def load_sample(project: QgsProject) -> dict[str, QgsVectorLayer]:
    """The sample's sites, streams and ports added to ``project`` in their own group (once: layers already
    there are reused); the layers by the Run tab's input they fill."""
    path = sample_copy()
    names = {"sites": tr("Kalundborg sites"), "streams": tr("Kalundborg streams"), "ports": tr("Kalundborg ports")}
    root = project.layerTreeRoot()
    group = root.findGroup(sample_group()) or root.insertGroup(0, sample_group())
    layers = {}
    for key, table in SAMPLE_LAYERS.items():
        source = f"{path}|layername={table}"
        layer = next((lay for lay in project.mapLayers().values() if lay.source() == source), None)
        if layer is None:
            layer = QgsVectorLayer(source, names[key], "ogr")
            if not layer.isValid():
                raise EcoParkError(tr("{}: layer '{}' cannot be opened").format(path, table))
            if project.addMapLayer(layer, False) is None:
                raise EcoParkError(tr("{}: QGIS refused to add layer '{}' to the project").format(path, table))
            group.addLayer(layer)
        layers[key] = layer
    return layers


class FirstRunHint(QFrame):
    """A short note at the top of the Run tab until the project has a scenario: what to do first, with a
    button that loads the sample. ``sampleRequested`` is emitted by the button."""

    sampleRequested = pyqtSignal()  # noqa: N815 - Qt naming

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("firstRunHint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        text = QLabel(
            tr(
                "<b>Start here.</b> Try the Kalundborg sample (its sites, streams and ports are filled in below), "
                "or choose your own layer of industrial sites and check the fields guessed for it. Then give the "
                "scenario a name and press <b>Run</b>."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.sample_button = QPushButton(tr("Load the Kalundborg sample"))
        self.sample_button.setObjectName("loadSample")
        self.sample_button.clicked.connect(self.sampleRequested)
        layout.addWidget(self.sample_button)

"""The ``ecopark`` Processing provider."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.symbiosis.catalogue import RESOURCES


class EcoParkProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "ecopark"

    def name(self) -> str:
        return "EcoPark"

    def longName(self) -> str:
        return self.tr("EcoPark: eco-industrial park planning")

    def icon(self) -> QIcon:
        return QIcon(str(RESOURCES / "icons" / "ecopark.svg"))

    def loadAlgorithms(self) -> None:
        from .build_network import BuildNetwork
        from .candidate_distances import CandidateDistances
        from .clusters_algorithm import ExchangeClusters
        from .compare_scenarios import CompareScenarios
        from .find_exchanges import FindExchanges
        from .housing_exposure import HousingExposure
        from .import_eprtr import ImportEprtr
        from .import_table import ImportTable
        from .network_analysis import NetworkAnalysis
        from .protection_zones import ProtectionZones
        from .reduction_zones import ReductionZones
        from .render_map import RenderMap
        from .report_algorithm import WriteReport
        from .route_links import RouteLinks
        from .site_risk import SiteRisk
        from .suitability_algorithm import Suitability
        from .whatif_algorithm import WhatIfPlant

        for algorithm in (
            FindExchanges(),
            RenderMap(),
            WriteReport(),
            CompareScenarios(),
            ImportEprtr(),
            ImportTable(),
            NetworkAnalysis(),
            BuildNetwork(),
            CandidateDistances(),
            RouteLinks(),
            ProtectionZones(),
            ReductionZones(),
            HousingExposure(),
            SiteRisk(),
            ExchangeClusters(),
            Suitability(),
            WhatIfPlant(),
        ):
            self.addAlgorithm(algorithm)

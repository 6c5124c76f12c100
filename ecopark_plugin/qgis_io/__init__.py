"""QGIS at the edge: layers <-> frames, styling and map rendering. The engine never sees QGIS."""

"""pyproj inside QGIS's worker threads.

pyproj 3.7 keeps one PROJ context per operating-system thread (a native thread-local pointer) but hands the
duty of freeing it to an object in a Python ``threading.local``, which lives as long as the thread's Python
thread state. A QGIS task thread (a Qt pool thread, not started by Python) gets a new Python thread state for
each task, so the context is freed when a task ends while the thread still points at it: the next task on
that thread that builds a CRS reads freed memory. On Debian 13 (pyproj 3.7.1, PROJ 9.6, QGIS 3.44) that is a
segmentation fault, and QGIS goes down with it. Holding on to each thread's context keeps it alive; there is
one per pool thread, a few in all.
"""

from __future__ import annotations

_KEPT: list = []


def keep_proj_context() -> None:
    """Keep this thread's pyproj context alive beyond the Python thread state (call it in the worker thread,
    at the end of each task). Does nothing on a pyproj without per-thread contexts (before 3.7)."""
    try:
        from pyproj._context import get_context_manager
    except ImportError:
        return
    try:
        manager = get_context_manager()
    except AttributeError:  # this thread made no context
        return
    if not any(kept is manager for kept in _KEPT):
        _KEPT.append(manager)

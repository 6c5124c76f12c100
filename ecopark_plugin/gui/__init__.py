"""Desktop widgets: the dock panel, dialogs and background tasks (thin layers over the engine)."""

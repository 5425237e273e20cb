"""The Qt layer: windows, views, dialogs and workers over the core services."""

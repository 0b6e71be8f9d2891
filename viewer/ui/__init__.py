"""The Qt desktop interface: models over the corpus, panels, the main window."""

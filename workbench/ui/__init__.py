"""The Qt shell: windows, panes, item models, workers and undo commands over the services."""

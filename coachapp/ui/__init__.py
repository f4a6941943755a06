"""Qt Widgets only: the main window, one view per area, dialogs and item models."""

"""The pages of the main window's content area."""

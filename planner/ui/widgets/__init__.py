"""The main window's views and panels."""

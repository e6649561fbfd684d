"""Dialogs for editing records and running exports and imports."""

"""The calendar server in the window: the background sync, its status, and its undo steps."""

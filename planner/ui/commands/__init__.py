"""The controller's user actions by subject, each one transaction and one undo step."""

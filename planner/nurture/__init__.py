"""The planning brain: pure functions over domain values, no Qt, no SQL."""

"""Plain values of the planner: no Qt, no SQL."""

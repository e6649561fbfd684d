"""The calendar connection's fixed names, apart so the command line can show them cheaply."""

PASSWORD_VARIABLE = "NURTURE_PLANNER_CALENDAR_PASSWORD"
DEFAULT_CALENDAR = "Nurture plan"
# The range published by default, as export-ics writes it (ical_export.DEFAULT_WEEKS_AHEAD).
DEFAULT_WEEKS_AHEAD = 13

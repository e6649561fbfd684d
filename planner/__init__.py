"""Nurture Planner: plan touch-points with dream clients and existing accounts, offline."""

__version__ = "0.1.0"
APP_NAME = "Nurture Planner"
APP_ID = "org.nurtureplanner.NurturePlanner"
APP_SLUG = "nurture-planner"

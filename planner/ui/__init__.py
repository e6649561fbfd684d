"""The PySide6 user interface; the only package (with app.py) that imports Qt."""

from planner.ui.feature_scan import spare_own_modules

spare_own_modules()

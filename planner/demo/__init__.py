"""Synthetic portfolios for demos, tests and benchmarks: believable accounts, people and touches.

The rep in this story sells industrial packaging (boxes, films, protective materials and packing
lines) to manufacturers, retailers and labs. Every name is made up: company websites and e-mail
addresses use the reserved `.example` domain and phone numbers come from the UK ranges kept for
drama. The same seed and `today` always give the same portfolio.
"""

from __future__ import annotations

from planner.demo.book import DEMO_HOLIDAYS, SIZES, DemoSize, DemoStats
from planner.demo.generator import generate

__all__ = ["DEMO_HOLIDAYS", "SIZES", "DemoSize", "DemoStats", "generate"]

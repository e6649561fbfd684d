"""Printable pages: the visit brief and the trip pack, written as PDF by Qt."""

"""Tests for the planner's domain, without Qt."""

"""Tests for the planner's plain layers, without Qt."""

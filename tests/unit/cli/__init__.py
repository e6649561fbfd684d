"""Tests for the planner's storage, without Qt."""

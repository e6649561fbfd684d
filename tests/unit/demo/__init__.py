"""Tests for the demo book generator, without Qt."""

"""Tests for the read side: the queries the screens run."""

"""Spreekuur reports: anonymous figures only."""

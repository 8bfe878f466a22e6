"""Spreekuur reports: anonymous figures, and the one named print: a resident's own overview (inzage)."""

"""Welzijn op Recept reports."""

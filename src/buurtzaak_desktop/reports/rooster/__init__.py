"""Rooster print-outs: the day and week schedules for the notice board."""

"""Rooster services: booking rooms, series, closing days, hygiene, the "what is free?" query and occupancy.

Interfaces for other areas:
- ``bookings.book`` / ``bookings.cancel``: create or cancel bookings; ``activity.book_sessions`` and
  ``activity.cancel_sessions`` do it for an activity's sessions (linked by ``activity_id``).
- ``bhv.register_bhv_lookup``: the volunteers area plugs in its BHV certificate list here.
- ``occupancy.occupancy_for_month``: booked hours / open hours per room, for the regiegroep report.
"""

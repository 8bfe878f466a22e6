"""Rooster services: booking rooms, series, closing days, hygiene, the "what is free?" query and occupancy.

Interfaces for other areas:
- ``bookings.book`` / ``bookings.cancel``: create or cancel bookings; ``activity.book_sessions`` and
  ``activity.cancel_sessions`` do it for an activity's sessions (linked by ``activity_id``).
- ``bhv.bhv_holders_on`` / ``bhv.find_bhv_holder``: the BHV beheerders come from the volunteers area's certificates
  (``vrijwilligers.certificates.valid_holders_in``); a booking links one by ``bhv_volunteer_id``.
- ``occupancy.occupancy_for_month``: booked hours / open hours per room, for the regiegroep report.
"""

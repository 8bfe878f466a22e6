"""What the Rooster's services hand to the UI: read-only rooms and bookings (defined in domain/rooster/read_models)."""

from __future__ import annotations

from buurtzaak_desktop.domain.rooster.read_models import BookingInfo, RoomInfo, RoosterView

__all__ = ["BookingInfo", "RoomInfo", "RoosterView"]

"""Pure rules of the room planning: opening hours, overlaps, recurrence and the house rules (no Qt, no database)."""

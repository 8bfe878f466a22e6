"""The regiegroep month pack as PDF and xlsx."""

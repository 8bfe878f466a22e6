"""The Vrijwilligers area's rules: availability per dagdeel, certificate expiry, trainings, POP talks, hours."""

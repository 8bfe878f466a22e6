"""The domain: De Buurtzaak's rules, as plain Python. No Qt, no database."""

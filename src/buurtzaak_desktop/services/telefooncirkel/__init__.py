"""The Telefooncirkel: circles in a fixed calling order, away periods, daily rounds, the coordinator's actions."""

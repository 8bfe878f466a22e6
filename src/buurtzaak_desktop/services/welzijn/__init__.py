"""Welzijn op Recept: verwijzers, participants with their intake, arrangement and bondgenoot, the follow-up."""

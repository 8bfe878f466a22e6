"""Printed output of the Activiteiten tab."""

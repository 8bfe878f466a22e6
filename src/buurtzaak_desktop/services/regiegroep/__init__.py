"""The regiegroep month pack: the figures the coordinator takes to the monthly meeting."""

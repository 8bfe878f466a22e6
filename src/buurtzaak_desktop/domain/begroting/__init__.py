"""Pure rules of the Begroting tab: budget figures, pro-rata expectations, initiative statuses and the fund."""

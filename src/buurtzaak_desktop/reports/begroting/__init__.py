"""Reports of the Begroting tab: the xlsx export with live formulas."""

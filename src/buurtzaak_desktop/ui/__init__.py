"""The Qt layer: a thin package per tab on top of the services. Views never write the database themselves."""

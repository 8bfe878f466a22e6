"""Services: the operations the tabs and the command line perform, each one a transaction. No Qt."""

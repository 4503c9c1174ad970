"""Use cases: each function runs one unit of work on a Database and returns plain data."""

"""Alembic revisions of the MentorDesk schema.

HEAD and KNOWN_REVISIONS let a database be opened without importing Alembic when it is
already current (start-up time); a test keeps them equal to the script directory.
"""

HEAD = "0002"
KNOWN_REVISIONS = frozenset({"0001", "0002"})

"""Alembic environment: runs on the connection MentorDesk hands over.

No fileConfig() here: it would disable MentorDesk's own loggers.
"""

from alembic import context
from sqlalchemy import create_engine

from mentordesk.store.models import Base

config = context.config
connection = config.attributes.get("connection")


def _run(conn) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=conn,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    # When MentorDesk already began the transaction this is a no-op: the upgrade and the
    # checks after it commit or roll back as one.
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # developer use: `alembic -x url=sqlite:///dev.sqlite3 revision --autogenerate`
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.sqlite3")
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()

"""Schema migrations: one head, models and revisions agree, and no row is ever lost.

The populated database used here is written with plain SQL exactly as MentorDesk wrote
revision 0001 (the oldest schema a user can have), so the tests keep working when later
revisions change the models: every later revision is applied to it step by step.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import CheckConstraint, inspect
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateTable

from mentordesk.config import DatabaseTarget
from mentordesk.store import database, migrations
from mentordesk.store.backup import backup_dir, list_backups
from mentordesk.store.database import alembic_config, make_engine, open_database
from mentordesk.store.errors import DatabaseTooNew, MigrationFailed
from mentordesk.store.models import Base
from mentordesk.store.sqlite_file import inspect_file

MIGRATIONS_DIR = Path(migrations.__file__).parent
OLDEST = "0001"  # the revision the fixture rows below are written for

Rows = dict[str, list[tuple[Any, ...]]]


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def revision_chain() -> list[str]:
    """Every revision, oldest first."""
    return [r.revision for r in reversed(list(script_directory().walk_revisions()))]


# --- a database as MentorDesk 0001 wrote it -------------------------------------------

_DEFAULTS: dict[str, dict[str, Any]] = {
    "organisation": {
        "sector": "",
        "country": "DK",
        "language": "en",
        "address": "",
        "notes": "",
        "brand_colour": "#1F4E79",
        "created_at": "2025-01-02 09:00:00.000000",
    },
    "contact": {"role": "HR", "email": "", "phone": ""},
    "person": {
        "last_name": "Hansen",
        "phone": "",
        "department": "Sales",
        "job_title": "Manager",
        "location": "Aarhus",
        "time_zone": "Europe/Copenhagen",
        "languages": json.dumps(["da", "en"]),
        "gender": "",
        "biography": "",
        "created_at": "2025-01-02 09:00:00.000000",
    },
    "programme": {
        "kind": "internal",
        "template_key": "leadership",
        "status": "running",
        "purpose": "Grow leaders",
        "strategic_topics": json.dumps(["growth"]),
        "learning_themes": json.dumps(["network", "change"]),
        "target_group": "",
        "success_criteria": "",
        "start_date": "2025-02-01",
        "end_date": "2025-12-01",
        "meeting_rhythm": "monthly",
        "language": "en",
        "separate_organisations": 0,
        "matching_settings": json.dumps({"weights": {"goals": 2}}),
        "created_at": "2025-01-03 09:00:00.000000",
    },
    "programme_role": {"role": "sponsor", "description": "CEO"},
    "milestone": {"place": "HQ", "agenda": "", "start_time": "09:00:00.000000"},
    "participant": {
        "status": "matched",
        "goals": json.dumps(["lead change"]),
        "expertise": json.dumps(["finance"]),
        "capacity": 1,
        "application_notes": "",
        "created_at": "2025-01-04 09:00:00.000000",
    },
    "preference": {"kind": "wish"},
    "pairing": {
        "mentor_role": "mentor",
        "mentee_role": "mentee",
        "status": "active",
        "score": 0.8,
        "explanation": json.dumps(["shared goals"]),
        "locked": 0,
        "started_on": "2025-03-01",
        "end_reason": "",
        "created_at": "2025-02-20 09:00:00.000000",
    },
    "interview": {
        "date": "2025-01-20",
        "interviewer": "Consultant",
        "answers": json.dumps({"motivation": "high"}),
        "notes": "confidential words",
        "confidential": 1,
        "created_at": "2025-01-20 10:00:00.000000",
    },
    "follow_up": {
        "owner": "consultant",
        "due": "2025-04-01",
        "status": "open",
        "skip_reason": "",
        "outcome": "",
    },
    "meeting_report": {"minutes": 60, "topics": json.dumps(["career"])},
    "survey": {"questions": json.dumps([{"key": "q1", "text": "How?", "type": "likert5"}])},
    "response": {"answers": json.dumps({"q1": 4}), "received_on": "2025-06-01"},
    "material_text": {"language": "en", "text": "Welcome"},
}

# Parents before children.
TABLE_ORDER = (
    "organisation",
    "contact",
    "person",
    "programme",
    "programme_organisation",
    "programme_role",
    "milestone",
    "participant",
    "preference",
    "pairing",
    "interview",
    "follow_up",
    "meeting_report",
    "survey",
    "response",
    "material_text",
)


def fixture_rows() -> dict[str, list[dict[str, Any]]]:
    """Several rows in every table of revision 0001, with every kind of link."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLE_ORDER}

    def add(table: str, **values: Any) -> int:
        row = {**_DEFAULTS.get(table, {}), **values}
        if "id" not in row and table != "programme_organisation":
            row["id"] = len(rows[table]) + 1
        rows[table].append(row)
        return int(row.get("id", 0))

    for o in range(1, 4):
        org = add("organisation", name=f"Organisation {o}", notes=f"Client number {o}")
        add("contact", organisation_id=org, name=f"HR {o}", email=f"hr{o}@org{o}.example")
        add("contact", organisation_id=org, name=f"Sponsor {o}", role="Sponsor")
        people = []
        for p in range(8):
            people.append(
                add(
                    "person",
                    organisation_id=org,
                    first_name=f"Person{o}{p}",
                    email=f"p{p}@org{o}.example",
                    level=p % 4,
                    manager_id=people[0] if people else None,
                )
            )
        for g in range(2):
            prog = add(
                "programme",
                organisation_id=org,
                name=f"Programme {o}.{g}",
                hr_contact_id=people[0],
                kind="cross" if g else "internal",
            )
            if g:
                for guest in range(1, 4):
                    if guest != org:
                        add("programme_organisation", programme_id=prog, organisation_id=guest)
            add("programme_role", programme_id=prog, person_id=people[0])
            for m, kind in enumerate(("kickoff", "midterm", "closing")):
                add(
                    "milestone",
                    programme_id=prog,
                    kind=kind,
                    title=kind.title(),
                    date=f"2025-0{3 + 3 * m}-10",
                )
            mentors = [
                add("participant", programme_id=prog, person_id=people[1 + i], role="mentor")
                for i in range(2)
            ]
            mentees = [
                add("participant", programme_id=prog, person_id=people[3 + i], role="mentee")
                for i in range(3)
            ]
            add("preference", participant_id=mentees[0], person_id=people[1])
            add("preference", participant_id=mentees[1], person_id=people[2], kind="avoid")
            pairings = [
                add(
                    "pairing",
                    programme_id=prog,
                    mentor_id=mentors[i],
                    mentee_id=mentees[i],
                )
                for i in range(2)
            ]
            interview = add(
                "interview", programme_id=prog, kind="matching", participant_id=mentees[2]
            )
            add("interview", programme_id=prog, kind="follow-up", pairing_id=pairings[0])
            add("interview", programme_id=prog, kind="sponsor", person_id=people[0], confidential=0)
            add(
                "follow_up",
                programme_id=prog,
                pairing_id=pairings[0],
                title="Call the pair",
                interview_id=interview,
            )
            add("follow_up", programme_id=prog, participant_id=mentees[2], title="Find a mentor")
            for pairing in pairings:
                add("meeting_report", pairing_id=pairing, date="2025-03-15")
            for kind in ("midterm", "final"):
                survey = add("survey", programme_id=prog, kind=kind, title=f"{kind} survey")
                add(
                    "response",
                    survey_id=survey,
                    participant_id=mentees[0],
                    respondent_role="mentee",
                )
                add(
                    "response",
                    survey_id=survey,
                    participant_id=mentors[0],
                    respondent_role="mentor",
                )
            add("material_text", programme_id=prog, key="kickoff.welcome")
    return rows


def write_fixture(path: Path) -> None:
    """Insert the fixture rows with foreign keys on, so they are valid as written."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        with conn:
            for table, table_rows in fixture_rows().items():
                for row in table_rows:
                    columns = ", ".join(row)
                    marks = ", ".join("?" for _ in row)
                    conn.execute(
                        f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values())
                    )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


# --- looking at a database file ----------------------------------------------------------


def user_tables(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name"
        )
    ]


def columns_of(path: Path) -> dict[str, list[str]]:
    with closing(sqlite3.connect(path)) as conn:
        return {
            t: [c[1] for c in conn.execute(f"PRAGMA table_info({t})")] for t in user_tables(conn)
        }


def primary_keys(path: Path) -> Rows:
    """Every table's primary keys, in order."""
    found: Rows = {}
    with closing(sqlite3.connect(path)) as conn:
        for table in user_tables(conn):
            info = conn.execute(f"PRAGMA table_info({table})").fetchall()
            keys = ", ".join(c[1] for c in sorted((c for c in info if c[5]), key=lambda c: c[5]))
            found[table] = conn.execute(f"SELECT {keys} FROM {table} ORDER BY {keys}").fetchall()
    return found


def all_rows(path: Path, columns: dict[str, list[str]]) -> Rows:
    """Every row of the given tables, only the given columns, in rowid order."""
    with closing(sqlite3.connect(path)) as conn:
        return {
            table: conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY rowid").fetchall()
            for table, cols in columns.items()
        }


def revision_of(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def upgrade(path: Path, revision: str) -> None:
    """One upgrade exactly as MentorDesk runs it: foreign keys off, one transaction."""
    engine = make_engine(DatabaseTarget(path=path), foreign_keys=False)
    try:
        with engine.connect() as conn, conn.begin():
            command.upgrade(alembic_config(conn), revision)
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        engine.dispose()


@pytest.fixture
def populated(tmp_path: Path) -> Path:
    """A database at the oldest revision with several rows in every table."""
    path = tmp_path / "older.sqlite3"
    upgrade(path, OLDEST)
    write_fixture(path)
    return path


# --- the revisions themselves ------------------------------------------------------------


def test_exactly_one_head_and_one_base() -> None:
    scripts = script_directory()
    assert len(scripts.get_heads()) == 1, scripts.get_heads()
    assert len(scripts.get_bases()) == 1, scripts.get_bases()
    assert revision_chain()[0] == OLDEST


def test_head_and_known_revisions_match_the_script_directory() -> None:
    scripts = script_directory()
    assert scripts.get_current_head() == migrations.HEAD
    assert {r.revision for r in scripts.walk_revisions()} == set(migrations.KNOWN_REVISIONS)
    # The open path uses the names it imported.
    assert database.HEAD == migrations.HEAD
    assert database.KNOWN_REVISIONS == migrations.KNOWN_REVISIONS


def test_upgrade_from_empty_creates_every_table_of_the_models(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    upgrade(path, "head")
    engine = make_engine(DatabaseTarget(path=path))
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert tables == set(Base.metadata.tables) | {"alembic_version"}
    assert revision_of(path) == migrations.HEAD


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    db = open_database(DatabaseTarget(path=tmp_path / "fresh.sqlite3"))
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "compare_server_default": True}
            )
            assert compare_metadata(context, Base.metadata) == []
            # Autogenerate does not compare CHECK constraints or foreign-key actions on
            # SQLite: compare those here.
            inspector = inspect(conn)
            for table in Base.metadata.sorted_tables:
                reflected_checks = {
                    c["name"]: _normalised(c["sqltext"], table.name)
                    for c in inspector.get_check_constraints(table.name)
                }
                model_checks = {
                    c.name: _normalised(
                        c.sqltext.compile(
                            dialect=db.engine.dialect, compile_kwargs={"literal_binds": True}
                        ),
                        table.name,
                    )
                    for c in table.constraints
                    if isinstance(c, CheckConstraint)
                }
                assert reflected_checks == model_checks, table.name
                reflected_fks = {
                    (
                        tuple(fk["constrained_columns"]),
                        fk["referred_table"],
                        tuple(fk["referred_columns"]),
                        (fk.get("options") or {}).get("ondelete"),
                    )
                    for fk in inspector.get_foreign_keys(table.name)
                }
                model_fks = {
                    (
                        tuple(c.name for c in fk.columns),
                        fk.referred_table.name,
                        tuple(e.column.name for e in fk.elements),
                        fk.ondelete,
                    )
                    for fk in table.foreign_key_constraints
                }
                assert reflected_fks == model_fks, table.name
    finally:
        db.close()


def _normalised(sql: object, table: str) -> str:
    return re.sub(r"\s+", " ", str(sql)).replace(f"{table}.", "").strip()


def test_constraint_names_are_unique_as_postgresql_requires(tmp_path: Path) -> None:
    """A name used twice in one table works in SQLite but fails on a PostgreSQL server."""
    for table in Base.metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=postgresql.dialect()))
        names = re.findall(r"CONSTRAINT (\w+)", ddl)
        assert len(names) == len(set(names)), f"{table.name}: {sorted(names)}"
        assert all(len(n) <= 63 for n in names), "PostgreSQL truncates names at 63 bytes"
    index_names = [i.name for t in Base.metadata.sorted_tables for i in t.indexes]
    assert len(index_names) == len(set(index_names))
    # And the schema the migrations write.
    path = tmp_path / "fresh.sqlite3"
    upgrade(path, "head")
    with closing(sqlite3.connect(path)) as conn:
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table'"):
            names = re.findall(r"CONSTRAINT (\w+)", sql)
            assert len(names) == len(set(names)), f"{name}: {sorted(names)}"


# --- no row is lost -----------------------------------------------------------------------


def test_every_revision_step_keeps_every_row(populated: Path, tmp_path: Path) -> None:
    """From the oldest revision, each later revision is applied to a populated copy."""
    chain = revision_chain()
    current = populated
    before = primary_keys(current)
    assert all(before[t] for t in TABLE_ORDER), "the fixture fills every table"
    for step, revision in enumerate(chain[1:], start=1):
        copy = tmp_path / f"step-{step}-{revision}.sqlite3"
        shutil.copyfile(current, copy)  # the file is closed: a file copy is complete
        upgrade(copy, revision)
        after = primary_keys(copy)
        assert revision_of(copy) == revision
        for table, keys in before.items():
            assert table in after, f"revision {revision} dropped table {table}"
            assert len(after[table]) == len(keys), f"{revision}: row count of {table}"
            assert after[table] == keys, f"{revision}: primary keys of {table}"
        current, before = copy, after
    # And the real open path on the result: nothing left to do, nothing changed.
    expected = all_rows(current, columns_of(current))
    db = open_database(DatabaseTarget(path=current))
    db.close()
    assert revision_of(current) == migrations.HEAD
    assert all_rows(current, columns_of(current)) == expected
    assert inspect_file(current).ok


def test_opening_a_current_database_changes_nothing(populated: Path) -> None:
    if migrations.HEAD != OLDEST:
        upgrade(populated, "head")
    expected = all_rows(populated, columns_of(populated))
    db = open_database(DatabaseTarget(path=populated))
    db.close()
    assert all_rows(populated, columns_of(populated)) == expected
    assert not backup_dir(populated).exists(), "no migration, so no pre-migration backup"


def test_opening_a_new_file_creates_the_schema_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "new" / "office.sqlite3"
    db = open_database(DatabaseTarget(path=path))
    db.close()
    assert revision_of(path) == migrations.HEAD
    assert set(columns_of(path)) == set(Base.metadata.tables)
    assert not backup_dir(path).exists()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_database(DatabaseTarget(path=path)).close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    digest, mtime = sha256(path), path.stat().st_mtime_ns
    with pytest.raises(DatabaseTooNew) as refused:
        open_database(DatabaseTarget(path=path))
    assert refused.value.revision == "ffff_future"
    assert str(path) in str(refused.value) and "newer MentorDesk" in str(refused.value)
    assert sha256(path) == digest and path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.sqlite3"]


# --- a real later revision, in a copy of the script directory ------------------------------

_NEXT_REVISION = '''\
"""test step

Revision ID: 9001
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rebuilding parent tables: with foreign keys on, the copy-drop-rename would fire
    # ON DELETE CASCADE / SET NULL on their children.
    with op.batch_alter_table("programme", recreate="always") as batch_op:
        batch_op.add_column(
            sa.Column("colour", sa.String(7), nullable=False, server_default="#000000")
        )
    with op.batch_alter_table("person", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("pronouns", sa.String(30), nullable=True))
{extra}

def downgrade() -> None:
    pass
'''

_FAIL_HALFWAY = """\
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO half_done (id) VALUES (1)")
    op.execute("DELETE FROM milestone")
    raise RuntimeError("this step fails on purpose")
"""


@pytest.fixture
def next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Install a copy of the migrations with one more revision (9001) as the head."""

    def install(extra: str = "") -> None:
        scripts = tmp_path / "migrations"
        shutil.copytree(
            MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )
        (scripts / "versions" / "9001_test_step.py").write_text(
            _NEXT_REVISION.format(down=migrations.HEAD, extra=extra)
        )
        real_config = database.alembic_config

        def config(connection: Any = None) -> Any:
            cfg = real_config(connection)
            cfg.set_main_option("script_location", str(scripts))
            return cfg

        monkeypatch.setattr(database, "alembic_config", config)
        monkeypatch.setattr(database, "HEAD", "9001")
        monkeypatch.setattr(
            database, "KNOWN_REVISIONS", frozenset(migrations.KNOWN_REVISIONS | {"9001"})
        )

    return install


def test_opening_an_older_database_backs_it_up_and_keeps_every_row(
    populated: Path, next_revision: Any
) -> None:
    if migrations.HEAD != OLDEST:
        upgrade(populated, "head")
    next_revision()
    old_columns = columns_of(populated)
    expected = all_rows(populated, old_columns)

    db = open_database(DatabaseTarget(path=populated))
    db.close()

    assert revision_of(populated) == "9001"
    new_columns = columns_of(populated)
    assert "colour" in new_columns["programme"] and "pronouns" in new_columns["person"]
    # Every row of every table, every old column: the rebuilt parents and their children.
    assert all_rows(populated, old_columns) == expected
    with closing(sqlite3.connect(populated)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT DISTINCT colour FROM programme").fetchall() == [("#000000",)]

    backups = list_backups(populated)
    assert [b.reason for b in backups] == ["pre-migration"]
    assert revision_of(backups[0].path) == migrations.HEAD
    assert all_rows(backups[0].path, old_columns) == expected
    assert inspect_file(backups[0].path).ok


def test_a_failing_migration_is_rolled_back_whole(populated: Path, next_revision: Any) -> None:
    if migrations.HEAD != OLDEST:
        upgrade(populated, "head")
    next_revision(_FAIL_HALFWAY)
    columns = columns_of(populated)
    expected = all_rows(populated, columns)

    with pytest.raises(MigrationFailed) as failed:
        open_database(DatabaseTarget(path=populated))

    message = str(failed.value)
    assert str(populated) in message and "rolled back" in message
    backups = list_backups(populated)
    assert [b.reason for b in backups] == ["pre-migration"]
    assert str(backups[0].path) in message
    # The file is exactly as it was: no new table, no new column, no row lost.
    assert revision_of(populated) == migrations.HEAD
    assert columns_of(populated) == columns
    assert all_rows(populated, columns) == expected
    health = inspect_file(populated)
    assert health.ok, health.detail
    with closing(sqlite3.connect(populated)) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in names
        assert not any(n.startswith("_alembic_tmp") for n in names)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_migration_that_raises_inside_alembic_leaves_no_table_behind(
    populated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same, with the failure injected into Alembic's own upgrade command."""
    if migrations.HEAD != OLDEST:
        upgrade(populated, "head")
    columns = columns_of(populated)
    expected = all_rows(populated, columns)

    def broken_upgrade(config: Any, revision: str) -> None:
        conn = config.attributes["connection"]
        conn.exec_driver_sql("CREATE TABLE stray (id INTEGER PRIMARY KEY)")
        conn.exec_driver_sql("DELETE FROM interview")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'half'")
        raise RuntimeError("disk said no")

    monkeypatch.setattr(command, "upgrade", broken_upgrade)
    target = DatabaseTarget(path=populated)
    with pytest.raises(MigrationFailed):
        database._migrate(target, None)

    assert revision_of(populated) == migrations.HEAD
    assert all_rows(populated, columns) == expected
    assert inspect_file(populated).ok
    with closing(sqlite3.connect(populated)) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name='stray'").fetchall() == []

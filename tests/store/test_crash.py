"""A writer killed at any moment loses no committed row and leaves a healthy file.

A child process (forked, so it starts at once) opens the database through MentorDesk's
own open path and commits one organisation per unit of work, reporting each id on a pipe
only after its commit returned. The parent kills it with SIGKILL at a random moment, then
opens the database the way the app does and looks for every reported row.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import time
import traceback
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select as sql_select

from mentordesk.config import DatabaseTarget
from mentordesk.store.database import open_database
from mentordesk.store.models import Organisation
from mentordesk.store.sqlite_file import inspect_file

ROUNDS = 200

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.name != "posix" or not hasattr(os, "fork"), reason="needs fork and SIGKILL"
    ),
]


def _writer(path: Path, report_fd: int, round_no: int, seed: int) -> None:
    """The child: commit organisations until killed. Never returns."""
    try:
        rng = random.Random(seed)
        db = open_database(DatabaseTarget(path=path))
        n = 0
        deadline = time.monotonic() + 20  # a safety net; the parent kills long before
        while time.monotonic() < deadline:
            with db.unit_of_work() as session:
                org = Organisation(
                    name=f"round {round_no} row {n}",
                    # Now and then a row larger than a page, so overflow pages are written.
                    notes="x" * rng.choice((0, 10, 5000)),
                )
                session.add(org)
                session.flush()
                new_id = org.id
            os.write(report_fd, f"{new_id}\n".encode())
            n += 1
    except BaseException:
        traceback.print_exc()
        os._exit(1)
    os._exit(0)


def _read_ids(fd: int, chunks: list[bytes], wanted: int, timeout: float) -> int:
    """Read reports until `wanted` ids arrived (or timeout); return how many arrived."""
    deadline = time.monotonic() + timeout
    while b"".join(chunks).count(b"\n") < wanted:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            break
        data = os.read(fd, 65536)
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks).count(b"\n")


def test_killed_writer_loses_no_committed_row(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    open_database(DatabaseTarget(path=path)).close()  # the schema exists before round 1
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    reported: set[int] = set()
    kills_before_first_commit = 0

    for round_no in range(ROUNDS):
        read_fd, write_fd = os.pipe()
        child_seed = rng.randrange(1 << 30)
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(read_fd)
            _writer(path, write_fd, round_no, child_seed)
        os.close(write_fd)
        chunks: list[bytes] = []
        try:
            # A random moment: sometimes while it is still opening the database, mostly
            # after some commits, always at an unknown point inside a transaction.
            wanted = rng.choice((0, 0, 1, 3, 8, 20))
            _read_ids(read_fd, chunks, wanted, timeout=10)
            time.sleep(rng.uniform(0, 0.004))
        finally:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        # Whatever the child managed to report before it died.
        while data := os.read(read_fd, 65536):
            chunks.append(data)
        os.close(read_fd)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
            f"round {round_no}: the writer ended by itself (status {status}); seed {seed}"
        )
        ids = {int(line) for line in b"".join(chunks).split()}
        if not ids:
            kills_before_first_commit += 1
        reported |= ids

        # The next start of the app: its open path quick-checks the file and recovers
        # the write-ahead log.
        health = inspect_file(path)
        assert health.ok, f"round {round_no}: {health.detail}; seed {seed}"
        db = open_database(DatabaseTarget(path=path))
        try:
            with db.unit_of_work() as session:
                check = session.connection().exec_driver_sql("PRAGMA quick_check").fetchall()
                present = set(session.scalars(sql_select(Organisation.id)))
        finally:
            db.close()
        assert check == [("ok",)], f"round {round_no}: {check}; seed {seed}"
        missing = reported - present
        assert not missing, f"round {round_no}: committed rows lost: {sorted(missing)}; seed {seed}"

    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # The rounds really did both: kill during commits, and kill before any.
    assert len(reported) > ROUNDS
    assert 0 < kills_before_first_commit < ROUNDS

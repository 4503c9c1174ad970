"""One MentorDesk per database file; a crash never leaves the file locked."""

from __future__ import annotations

import hashlib
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.config import DatabaseTarget
from mentordesk.store.backup import make_backup
from mentordesk.store.database import open_database
from mentordesk.store.errors import DatabaseLocked
from mentordesk.store.lock import DatabaseLock
from mentordesk.store.models import Organisation

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    db = open_database(DatabaseTarget(path=path))
    with db.unit_of_work() as session:
        session.add(Organisation(name="Existing"))
    db.close()
    return path


def hold_lock_in_child(path: Path) -> tuple[int, int]:
    """Fork a process that takes the lock and holds it until killed.

    Returns its pid and the write end of a pipe the child waits on: should the test
    process itself die, the child sees the pipe close and ends too.
    """
    report_r, report_w = os.pipe()
    alive_r, alive_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.close(report_r)
            os.close(alive_w)
            lock = DatabaseLock(path)
            lock.acquire()
            os.write(report_w, b"locked")
            os.read(alive_r, 1)  # blocks until killed (or the parent is gone)
        finally:
            os._exit(1)
    os.close(report_w)
    os.close(alive_r)
    reply = os.read(report_r, 10)
    os.close(report_r)
    if reply != b"locked":
        kill(pid)
        pytest.fail("the child process could not take the lock")
    return pid, alive_w


def kill(pid: int) -> None:
    """SIGKILL a child and reap it; a child already gone is fine."""
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


@pytest.fixture
def locked_elsewhere(office: Path) -> Iterator[int]:
    pid, alive = hold_lock_in_child(office)
    try:
        yield pid
    finally:
        kill(pid)
        os.close(alive)


def test_a_second_lock_on_the_same_file_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    with DatabaseLock(path):
        assert Path(f"{path}.lock").exists()
        with pytest.raises(DatabaseLocked) as refused:
            DatabaseLock(path).acquire()
        assert refused.value.path == path
        assert f"MentorDesk is already open on {path}" in str(refused.value)
    # Released: the next one succeeds, and a lock on another file never conflicted.
    with DatabaseLock(path), DatabaseLock(tmp_path / "other.sqlite3"):
        pass


def test_release_is_safe_to_repeat(tmp_path: Path) -> None:
    lock = DatabaseLock(tmp_path / "office.sqlite3")
    lock.acquire()
    lock.release()
    lock.release()
    lock.acquire()
    lock.release()


@needs_fork
def test_a_lock_held_by_a_killed_process_is_released(office: Path) -> None:
    pid, alive = hold_lock_in_child(office)
    try:
        with pytest.raises(DatabaseLocked):
            DatabaseLock(office).acquire()
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        with DatabaseLock(office):
            pass
    finally:
        kill(pid)
        os.close(alive)


@needs_fork
@pytest.mark.parametrize(
    "argv", [["new", "organisation", "Newcomer"], ["demo"]], ids=["new organisation", "demo"]
)
def test_cli_writes_are_refused_while_another_process_holds_the_lock(
    office: Path,
    locked_elsewhere: int,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    if argv == ["demo"]:
        pytest.importorskip("mentordesk.services.demo")
    before = fingerprint(office)

    code = main(["--db", str(office), *argv])

    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.startswith(f"mentordesk: MentorDesk is already open on {office}")
    assert "Close it there first" in err
    assert fingerprint(office) == before

    kill(locked_elsewhere)
    if argv[0] == "new":
        assert main(["--db", str(office), *argv]) == 0
        assert capsys.readouterr().out.strip() == "2"


@needs_fork
def test_cli_restore_is_refused_while_another_process_holds_the_lock(
    office: Path, locked_elsewhere: int, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = make_backup(office)
    before = fingerprint(office)
    assert main(["--db", str(office), "restore", str(saved)]) == 1
    assert "MentorDesk is already open on" in capsys.readouterr().err
    assert fingerprint(office) == before

"""A database on a drive or in a folder MentorDesk may not write to.

Refused with a message that says what to do, nothing written; a backup there can still
be restored from.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.config import DatabaseTarget
from mentordesk.gui import opening
from mentordesk.services import organisations
from mentordesk.store.database import open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="folder permissions and mounts")


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture
def read_only_database(tmp_path: Path) -> Iterator[Path]:
    """A MentorDesk database (WAL mode, closed) in a folder nobody may write to: a
    read-only bind mount when the tests run as root, whom file modes do not stop, else
    a folder without write permission."""
    source = tmp_path / "usb stick"
    source.mkdir()
    db = open_database(DatabaseTarget(path=source / "office.sqlite3"))
    organisations.create_organisation(db, name="Nordlys Energi A/S")
    db.close()
    if os.geteuid() != 0:
        source.chmod(0o555)
        yield source / "office.sqlite3"
        source.chmod(0o755)
        return
    mounted = tmp_path / "read-only"
    mounted.mkdir()
    if subprocess.run(["mount", "--bind", str(source), str(mounted)], check=False).returncode:
        pytest.skip("this machine cannot bind-mount a folder read-only")
    try:
        remount = ["mount", "-o", "remount,ro,bind", str(mounted)]
        if subprocess.run(remount, check=False).returncode:
            pytest.skip("this machine cannot bind-mount a folder read-only")
        yield mounted / "office.sqlite3"
    finally:
        subprocess.run(["umount", str(mounted)], check=True)


def test_the_command_line_refuses_it_and_writes_nothing(
    read_only_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = read_only_database.parent
    before = fingerprint(folder)
    for command in (["list", "organisations"], ["check"], ["new", "organisation", "Acme"]):
        assert main(["--db", str(read_only_database), *command]) == 1
        err = capsys.readouterr().err
        assert f"cannot write to {read_only_database}" in err
        assert "Copy the file to a folder of yours" in err
    assert fingerprint(folder) == before


def test_the_app_refuses_to_open_it(
    read_only_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(opening, "show_error", lambda _parent, _title, text: shown.append(text))
    target = DatabaseTarget(path=read_only_database)
    assert opening.open_interactively(None, target, quitting=True) is None
    assert len(shown) == 1 and f"cannot write to {read_only_database}" in shown[0]


def test_a_backup_on_it_can_be_restored_from(
    read_only_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(read_only_database.parent)
    office = tmp_path / "office.sqlite3"
    assert main(["--db", str(office), "new", "organisation", "Later"]) == 0
    assert main(["--db", str(office), "restore", str(read_only_database)]) == 0
    capsys.readouterr()
    assert main(["--db", str(office), "list", "organisations"]) == 0
    listed = capsys.readouterr().out
    assert "Nordlys Energi A/S" in listed and "Later" not in listed
    assert fingerprint(read_only_database.parent) == before

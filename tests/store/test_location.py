"""A database in a cloud-sync folder or on a network drive gets a warning in plain words."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from mentordesk.store import location
from mentordesk.store.location import shared_location_warning


@pytest.mark.parametrize(
    "folder",
    [
        "/home/karen/Dropbox/MentorDesk",
        "/Users/karen/Library/CloudStorage/OneDrive-Consulting/Clients",
        "/Users/karen/Library/Mobile Documents/com~apple~CloudDocs",
        "/home/karen/Google Drive/work",
        "/home/karen/Nextcloud",
    ],
)
def test_a_cloud_sync_folder_gets_a_warning(folder: str) -> None:
    path = Path(PurePosixPath(folder) / "mentordesk.sqlite3")
    warning = shared_location_warning(path)
    assert warning is not None
    assert str(path) in warning and "cloud-sync folder" in warning
    assert "local folder" in warning


def test_a_windows_network_share_gets_a_warning() -> None:
    path = Path(r"\\fileserver\team\mentordesk.sqlite3")
    warning = shared_location_warning(path)
    assert warning is not None and "network drive" in warning


def test_a_network_filesystem_gets_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(location, "_filesystem_type", lambda _path: "nfs4")
    warning = shared_location_warning(tmp_path / "mentordesk.sqlite3")
    assert warning is not None
    assert "network drive" in warning and "shared MentorDesk server" in warning


def test_a_local_folder_gets_no_warning(tmp_path: Path) -> None:
    assert shared_location_warning(tmp_path / "mentordesk.sqlite3") is None
    assert shared_location_warning(tmp_path / "sub" / "not-yet-created.sqlite3") is None


@pytest.mark.skipif(not Path("/proc/mounts").exists(), reason="reads /proc/mounts (Linux)")
def test_the_filesystem_type_of_a_local_folder_is_found(tmp_path: Path) -> None:
    found = location._filesystem_type(tmp_path / "mentordesk.sqlite3")
    assert found is not None and found not in location.NETWORK_FILESYSTEMS

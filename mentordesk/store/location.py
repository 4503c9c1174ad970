"""Warn about database files in folders that SQLite's write-ahead log cannot share."""

from __future__ import annotations

import os
from pathlib import Path

SYNC_FOLDER_NAMES = (
    "dropbox",
    "onedrive",
    "icloud",
    "google drive",
    "googledrive",
    "box sync",
    "nextcloud",
    "owncloud",
    "mobile documents",
)
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "sshfs",
    "fuse.sshfs",
    "9p",
    "afpfs",
    "webdav",
    "davfs",
    "fuse.rclone",
}


def shared_location_warning(db_path: Path) -> str | None:
    """A warning in plain words when the file sits on a network or cloud-sync folder."""
    lowered = str(db_path).lower()
    if any(name in lowered for name in SYNC_FOLDER_NAMES):
        return (
            f"{db_path} is in a cloud-sync folder. Syncing a database that is in use can "
            "damage it; keep it in a local folder (MentorDesk makes its own backups)."
        )
    if str(db_path).startswith("\\\\") or _filesystem_type(db_path) in NETWORK_FILESYSTEMS:
        return (
            f"{db_path} is on a network drive. The database needs a local disk; for a "
            "team, use a shared MentorDesk server instead."
        )
    return None


def _filesystem_type(path: Path) -> str | None:
    """The filesystem type from /proc/mounts (Linux); None elsewhere."""
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return None
    best, best_type = "", None
    target = os.path.realpath(path.parent if not path.is_dir() else path)
    for line in mounts.read_text().splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type

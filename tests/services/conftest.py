from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.config import DatabaseTarget
from mentordesk.store.database import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(DatabaseTarget(path=tmp_path / "office.sqlite3"))
    yield database
    database.close()

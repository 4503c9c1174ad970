"""An organisation's SVG logo brands the header of its papers, in vector form, with its
text in the embedded fonts; a damaged logo falls back to the organisation's name."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk.config import DatabaseTarget
from mentordesk.printing.base import svg_drawing
from mentordesk.services.materials import render_material
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import Organisation, Programme

ORGANISATION = "Nordlys Energi A/S"
LOGO = b"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60" viewBox="0 0 240 60">
  <circle cx="30" cy="30" r="24" fill="#e4572e"/>
  <path d="M18 40 L30 14 L42 40 Z" fill="#ffffff"/>
  <text x="66" y="40" font-family="Arial" font-weight="bold" font-size="28"
        fill="#1f4e79">NORDLYS</text>
</svg>"""


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(DatabaseTarget(path=tmp_path / "office.sqlite3"))
    yield database
    database.close()


def _programme(db: Database, logo: bytes, mime: str = "image/svg+xml") -> int:
    with db.unit_of_work() as session:
        org = Organisation(name=ORGANISATION, logo=logo, logo_mime=mime)
        programme = Programme(name="Leadership Mentoring 2026", organisation=org)
        session.add(programme)
        session.flush()
        return programme.id


def _text(pdf: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_header_draws_the_svg_logo_not_the_name(db: Database, tmp_path: Path) -> None:
    pdf = render_material(db, "pair-list", _programme(db, LOGO))  # no pairs: no name elsewhere
    reader = PdfReader(io.BytesIO(pdf))
    text = _text(pdf)
    assert ORGANISATION not in text  # the fallback is absent
    assert "NORDLYS" in text  # the logo's own text
    content = reader.pages[0].get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
    assert ".894118 .341176 .180392 rg" in content  # the circle's orange fill
    assert " c\n" in content or " c " in content  # curves of the circle: drawn as vectors
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    path = tmp_path / "logo.pdf"
    path.write_bytes(pdf)
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert lines and all(" yes " in line.split("  ", 1)[1] for line in lines), lines
    assert all("Helvetica" not in line for line in lines)


def test_a_damaged_logo_prints_the_name(db: Database) -> None:
    pdf = render_material(db, "pair-list", _programme(db, b"<svg><circle r='oops'"))
    assert _text(pdf).startswith(ORGANISATION)


def test_the_logo_is_read_once_for_a_run_of_materials(db: Database) -> None:
    programme_id = _programme(db, LOGO.replace(b"NORDLYS", b"NORDLYS ONCE"))
    before = svg_drawing.cache_info()
    for key in ("pair-list", "overview", "badges"):
        render_material(db, key, programme_id)
    after = svg_drawing.cache_info()
    assert after.misses - before.misses == 1
    assert after.hits - before.hits >= 2

"""A programme's own wording of the standard texts: listed, saved whole, restored, printed."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mentordesk.services.errors import InputRefused
from mentordesk.services.material_texts import (
    list_material_texts,
    restore_standard_text,
    save_material_texts,
)
from mentordesk.services.materials import render_material
from mentordesk.store.database import Database
from mentordesk.store.models import MaterialText, Organisation, Programme

OWN_GUIDE = "Meet for coffee first.\r\n\r\n\r\n- Bring one question each.  "


@pytest.fixture
def programme_id(db: Database) -> int:
    with db.unit_of_work() as session:
        org = Organisation(name="Kingsbridge Building Society")
        programme = Programme(name="Women in Leadership", organisation=org)
        session.add(programme)
        session.flush()
        return programme.id


def _rows(db: Database) -> list[tuple[str, str, str]]:
    with db.unit_of_work() as session:
        return [
            (r.key, r.language.value, r.text)
            for r in session.scalars(select(MaterialText).order_by(MaterialText.key))
        ]


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages
    )


def test_lists_every_standard_text_with_no_own_wording_at_first(
    db: Database, programme_id: int
) -> None:
    texts = {t.key: t for t in list_material_texts(db, programme_id, "da")}
    assert {"mentor_role_guide", "confidentiality_clause", "ending_clause"} <= set(texts)
    clause = texts["confidentiality_clause"]
    assert clause.title == "Fortrolighed"  # the Danish title
    assert clause.own is None and clause.printed == clause.standard
    assert "\n\n" in texts["mentor_role_guide"].standard  # paragraphs a blank line apart


def test_save_stores_the_own_wording_tidied_and_the_papers_print_it(
    db: Database, programme_id: int
) -> None:
    records = save_material_texts(
        db, programme_id, "en", {"first_meeting_guide": OWN_GUIDE, "ending_clause": None}
    )
    guide = next(r for r in records if r.key == "first_meeting_guide")
    assert guide.own == "Meet for coffee first.\n\n- Bring one question each."
    assert _rows(db) == [("first_meeting_guide", "en", guide.own)]
    printed = _text(render_material(db, "kickoff-pack", programme_id, language="en"))
    assert "Your first meeting Meet for coffee first. • Bring one question each." in printed
    assert "The first meeting sets the tone" not in printed
    # the Danish papers keep the standard Danish wording
    assert list_material_texts(db, programme_id, "da")[0].own is None


def test_the_standard_wording_or_a_blank_text_stores_nothing(
    db: Database, programme_id: int
) -> None:
    standard = {t.key: t.standard for t in list_material_texts(db, programme_id, "en")}
    save_material_texts(db, programme_id, "en", {"ending_clause": standard["ending_clause"]})
    save_material_texts(db, programme_id, "en", {"mentor_role_guide": "   \n\n "})
    assert _rows(db) == []


def test_restore_puts_the_standard_wording_back(db: Database, programme_id: int) -> None:
    save_material_texts(db, programme_id, "en", {"ending_clause": "We part as friends."})
    restored = restore_standard_text(db, programme_id, "en", "ending_clause")
    assert restored.own is None
    assert restored.printed.startswith("The relationship ends when the programme closes.")
    assert _rows(db) == []


@pytest.mark.parametrize(
    ("texts", "field"),
    [
        ({"ending_clause": "Ours.", "no_such_text": "x"}, "key"),
        ({"ending_clause": "Ours.", "mentor_role_guide": "x" * 20_001}, "mentor_role_guide"),
    ],
)
def test_a_refused_save_changes_nothing(
    db: Database, programme_id: int, texts: dict[str, str], field: str
) -> None:
    with pytest.raises(InputRefused) as refused:
        save_material_texts(db, programme_id, "en", texts)
    assert refused.value.field == field
    assert _rows(db) == []


def test_unknown_programme_or_language_is_refused(db: Database, programme_id: int) -> None:
    with pytest.raises(InputRefused) as refused:
        list_material_texts(db, programme_id + 99, "en")
    assert refused.value.field == "programme"
    with pytest.raises(InputRefused) as refused:
        list_material_texts(db, programme_id, "de")
    assert refused.value.field == "language"

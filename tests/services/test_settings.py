"""Consultancy settings are stored in the database and refused when out of range."""

from __future__ import annotations

import dataclasses

import pytest

from mentordesk.services.errors import InputRefused
from mentordesk.services.settings import ConsultancySettings, read_settings, save_settings
from mentordesk.store.database import Database


def test_defaults_until_saved_then_the_saved_values(db: Database) -> None:
    assert read_settings(db) == ConsultancySettings()
    saved = save_settings(
        db,
        ConsultancySettings(
            consultancy_name=" Nordic Mentoring ApS ",
            consultancy_contact="hello@nordicmentoring.dk",
            anonymity_threshold=7,
            paper="letter",
        ),
    )
    assert saved.consultancy_name == "Nordic Mentoring ApS"
    assert read_settings(db).anonymity_threshold == 7
    assert read_settings(db).paper == "letter"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"anonymity_threshold": 2}, "anonymity_threshold"),
        ({"consultancy_name": "  "}, "consultancy_name"),
        ({"paper": "a5"}, "paper"),
    ],
)
def test_a_value_out_of_range_changes_nothing(
    db: Database, change: dict[str, object], field: str
) -> None:
    save_settings(db, ConsultancySettings(anonymity_threshold=6))
    with pytest.raises(InputRefused) as refused:
        save_settings(db, dataclasses.replace(ConsultancySettings(), **change))  # type: ignore[arg-type]
    assert refused.value.field == field
    assert read_settings(db).anonymity_threshold == 6

"""The consultancy's settings that travel with its data: stored in the database, so the
GUI, the CLI and a colleague opening a backup all see the same values."""

from __future__ import annotations

from dataclasses import dataclass

from mentordesk.printing.data import DEFAULT_CONSULTANCY, DEFAULT_CONSULTANCY_CONTACT
from mentordesk.services.errors import InputRefused
from mentordesk.services.records import Record
from mentordesk.store.database import Database
from mentordesk.store.models import Setting

DEFAULT_ANONYMITY_THRESHOLD = 5
PAPERS = ("a4", "letter")
MIN_ANONYMITY_THRESHOLD = 3


@dataclass(frozen=True)
class ConsultancySettings(Record):
    consultancy_name: str = DEFAULT_CONSULTANCY
    consultancy_contact: str = DEFAULT_CONSULTANCY_CONTACT
    # No breakdown of evaluation results is shown for a group with fewer responses.
    anonymity_threshold: int = DEFAULT_ANONYMITY_THRESHOLD
    paper: str = "a4"


def read_settings(db: Database) -> ConsultancySettings:
    """The stored settings, with the defaults for any never set."""
    defaults = ConsultancySettings()
    with db.unit_of_work() as session:
        stored = {row.key: row.value for row in session.query(Setting)}
    return ConsultancySettings(
        consultancy_name=str(stored.get("consultancy_name", defaults.consultancy_name)),
        consultancy_contact=str(stored.get("consultancy_contact", defaults.consultancy_contact)),
        anonymity_threshold=int(stored.get("anonymity_threshold", defaults.anonymity_threshold)),
        paper=str(stored.get("paper", defaults.paper)),
    )


def save_settings(db: Database, settings: ConsultancySettings) -> ConsultancySettings:
    """Store every setting in one transaction; a value out of range changes nothing."""
    if not settings.consultancy_name.strip():
        raise InputRefused(
            "The consultancy's name is empty: type the name to print in the papers' footer.",
            field="consultancy_name",
        )
    if settings.anonymity_threshold < MIN_ANONYMITY_THRESHOLD:
        raise InputRefused(
            f"The anonymity threshold must be at least {MIN_ANONYMITY_THRESHOLD} responses, "
            "or single answers could be traced to a person.",
            field="anonymity_threshold",
        )
    if settings.paper not in PAPERS:
        raise InputRefused(
            f"Unknown paper size {settings.paper!r}: choose A4 or US Letter.", field="paper"
        )
    values = {
        "consultancy_name": settings.consultancy_name.strip(),
        "consultancy_contact": settings.consultancy_contact.strip(),
        "anonymity_threshold": settings.anonymity_threshold,
        "paper": settings.paper,
    }
    with db.unit_of_work() as session:
        for key, value in values.items():
            session.merge(Setting(key=key, value=value))
    return read_settings(db)

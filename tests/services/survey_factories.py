"""Small programmes with participants, for the survey, evaluation, report and CLI tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentordesk.store.database import Database
from mentordesk.store.models import (
    Interview,
    Language,
    Organisation,
    Participant,
    ParticipantStatus,
    Person,
    Programme,
    Role,
)

THEMES = ["Building a network of alliances", "Clarity about one's career"]
CONFIDENTIAL_NOTE = "Plans to resign after the bonus is paid; tell nobody."


@dataclass(frozen=True)
class Office:
    programme_id: int
    organisation_id: int
    names: list[str]  # every participant's full name


def make_programme(
    db: Database,
    *,
    mentors: int = 6,
    mentees: int = 9,
    name: str = "Leaders 2025",
    organisation: str = "Acme",
    language: str = "en",
    themes: list[str] | None = None,
    organisation_id: int | None = None,
) -> Office:
    """A programme of `mentors` and `mentees` (accepted), one withdrawn mentee, and one
    confidential interview note about the first mentee."""
    with db.unit_of_work() as s:
        org = s.get(Organisation, organisation_id) if organisation_id else None
        if org is None:
            org = Organisation(name=organisation)
            s.add(org)
        programme = Programme(
            organisation=org,
            name=name,
            language=Language(language),
            learning_themes=list(THEMES if themes is None else themes),
        )
        s.add(programme)
        names = []
        parts = []
        roles = [Role.MENTOR] * mentors + [Role.MENTEE] * (mentees + 1)
        for n, role in enumerate(roles):
            first, last = f"Zelda{n}{name[:3]}", "Quixote"
            person = Person(
                organisation=org,
                first_name=first,
                last_name=last,
                email=f"zelda{n}.{''.join(filter(str.isalnum, name.lower()))}@acme.com",
            )
            withdrawn = n == len(roles) - 1
            parts.append(
                Participant(
                    programme=programme,
                    person=person,
                    role=role,
                    status=ParticipantStatus.WITHDRAWN if withdrawn else ParticipantStatus.ACCEPTED,
                )
            )
            names.append(f"{first} {last}")
        s.add_all(parts)
        s.flush()
        s.add(
            Interview(
                programme_id=programme.id,
                participant_id=parts[mentors].id,
                kind="final",
                date=date(2025, 6, 1),
                interviewer="Karen Holm",
                confidential=True,
                notes=CONFIDENTIAL_NOTE,
            )
        )
        s.flush()
        return Office(programme.id, org.id, names)

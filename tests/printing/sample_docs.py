"""Plain programme data of any size, for the printing tests and the benchmark."""

from __future__ import annotations

import io
from datetime import date, time

from pypdf import PdfReader

from mentordesk.printing.data import (
    Branding,
    ContactInfo,
    MilestoneInfo,
    PairInfo,
    PersonCard,
    ProgrammeDoc,
    RoleInfo,
)
from mentordesk.printing.i18n import standard_texts
from mentordesk.services.templates import DEFAULT_LEARNING_THEMES

FIRST = ["Søren", "Małgorzata", "Jiří", "Ayşe", "Γιώργος", "Anne-Mette", "Łukasz", "Zoë"]
LAST = ["Østergaard", "Wiśniewska", "Dvořák", "Yılmaz", "Παπαδόπουλος", "Ærø", "Šťastný"]


def person(i: int, role: str) -> PersonCard:
    return PersonCard(
        participant_id=i + 1,
        first_name=FIRST[i % len(FIRST)],
        last_name=f"{LAST[i % len(LAST)]}{i:03d}",
        role=role,
        status="matched",
        job_title="Senior Project Manager, Grid Operations" if i % 2 else "Analyst",
        organisation="Nordlys Energi A/S",
        department="Grid",
        goals=("Clarity about one's career", "Leading teams across sites"),
        expertise=("Leading change", "Stakeholder management"),
        biography="Leads a team of twelve across two sites and enjoys building networks. " * 2,
    )


def programme_doc(pairs: int, *, language: str = "en") -> ProgrammeDoc:
    """A programme of `pairs` mentors and `pairs` mentees, all paired."""
    mentors = [person(i, "mentor") for i in range(pairs)]
    mentees = [person(pairs + i, "mentee") for i in range(pairs)]
    return ProgrammeDoc(
        id=1,
        name="Leadership Mentoring 2027",
        organisation="Nordlys Energi A/S",
        language=language,
        branding=Branding(organisation_name="Nordlys Energi A/S", colour="#0B6E4F"),
        purpose="Strengthen the leaders of the green transition. " * 3,
        strategic_topics=("Leadership pipeline", "Collaboration across sites"),
        learning_themes=DEFAULT_LEARNING_THEMES,
        start_date=date(2027, 1, 15),
        end_date=date(2027, 12, 15),
        meeting_rhythm="Every 4–6 weeks, 1.5 hours",
        meeting_interval_weeks=6,
        meeting_length_minutes=90,
        roles=(RoleInfo("Henrik Østergaard", "sponsor", "Executive sponsor"),),
        hr_contact=ContactInfo("Stine Husum", "Head of HR", "stine@example.com"),
        milestones=(
            MilestoneInfo(
                7,
                "kickoff",
                "Kick-off workshop",
                date(2027, 1, 15),
                time(9),
                time(15, 30),
                "Auditorium 2",
                "09:00 Welcome\n10:00 Roles\n12:00 Lunch\n13:00 First meeting",
            ),
            MilestoneInfo(8, "closing", "Closing meeting", date(2027, 12, 15)),
        ),
        participants=tuple(sorted(mentors + mentees, key=lambda c: c.sort_key)),
        pairs=tuple(PairInfo(i + 1, mentors[i], mentees[i], "active") for i in range(pairs)),
        texts=standard_texts(language),
    )


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())

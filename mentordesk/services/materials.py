"""Printed materials: load a programme into plain data, in one unit of work, and print.

Interviews are never loaded here: no confidential note can reach a printed paper.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mentordesk.printing.data import (
    DEFAULT_CONSULTANCY,
    DEFAULT_CONSULTANCY_CONTACT,
    DEFAULT_CONSULTANT,
    Branding,
    ContactInfo,
    MilestoneInfo,
    PairInfo,
    PersonCard,
    ProgrammeDoc,
    RoleInfo,
    StandardText,
)
from mentordesk.printing.i18n import LANGUAGES, standard_texts
from mentordesk.services.errors import InputRefused
from mentordesk.store.database import Database
from mentordesk.store.models import (
    MaterialText,
    Pairing,
    PairingStatus,
    Participant,
    ParticipantStatus,
    Person,
    Programme,
    ProgrammeRole,
)

PRINTED_PAIRINGS = (PairingStatus.CONFIRMED, PairingStatus.ACTIVE)
# Applicants not yet admitted and people who withdrew get no badge, page or line.
PRINTED_PARTICIPANTS = (
    ParticipantStatus.ACCEPTED,
    ParticipantStatus.MATCHED,
    ParticipantStatus.COMPLETED,
)
PAPERS = ("a4", "letter")


@dataclass(frozen=True)
class Consultancy:
    """Who prints: the consultancy in the footer, the consultant on a badge."""

    name: str = DEFAULT_CONSULTANCY
    contact: str = DEFAULT_CONSULTANCY_CONTACT
    consultant: str = DEFAULT_CONSULTANT


@dataclass(frozen=True)
class MaterialOptions:
    milestone_id: int | None = None
    interview_kind: str | None = None
    paper: str = "a4"


@dataclass(frozen=True)
class Material:
    key: str
    title: str
    title_da: str
    render: Callable[[ProgrammeDoc, MaterialOptions], bytes]
    uses_milestone: bool = False
    uses_interview_kind: bool = False


def _card(part: Participant) -> PersonCard:
    person = part.person
    return PersonCard(
        participant_id=part.id,
        first_name=person.first_name,
        last_name=person.last_name,
        role=part.role.value,
        status=part.status.value,
        job_title=person.job_title,
        organisation=person.organisation.name,
        department=person.department,
        email=person.email or "",
        goals=tuple(part.goals),
        expertise=tuple(part.expertise),
        biography=person.biography,
    )


def _texts(session: Session, programme_id: int, language: str) -> dict[str, StandardText]:
    texts = standard_texts(language)
    overrides = session.scalars(
        select(MaterialText).where(
            MaterialText.programme_id == programme_id, MaterialText.language == language
        )
    )
    for own in overrides:
        paragraphs = tuple(x.strip() for x in own.text.split("\n\n") if x.strip())
        base = texts.get(own.key, StandardText(title=""))
        texts[own.key] = replace(base, body=paragraphs)
    return texts


def load_programme_doc(
    db: Database,
    programme_id: int,
    *,
    language: str | None = None,
    consultancy: Consultancy | None = None,
) -> ProgrammeDoc:
    """Everything printable about one programme, read in one unit of work."""
    if language is not None and language not in LANGUAGES:
        raise InputRefused(
            f"Unknown language {language!r}: use one of {', '.join(LANGUAGES)}.",
            field="language",
        )
    who = consultancy or Consultancy()
    with db.unit_of_work() as session:
        programme = session.get(
            Programme,
            programme_id,
            options=[
                selectinload(Programme.organisation),
                selectinload(Programme.milestones),
                selectinload(Programme.roles).selectinload(ProgrammeRole.person),
            ],
        )
        if programme is None:
            raise InputRefused(f"There is no programme with ID {programme_id}.", field="programme")
        lang = language or programme.language.value
        org = programme.organisation
        participants = session.scalars(
            select(Participant)
            .where(
                Participant.programme_id == programme_id,
                Participant.status.in_(PRINTED_PARTICIPANTS),
            )
            .options(selectinload(Participant.person).selectinload(Person.organisation))
        ).all()
        cards = {part.id: _card(part) for part in participants}
        pairs: list[PairInfo] = []
        for pairing in session.scalars(
            select(Pairing)
            .where(Pairing.programme_id == programme_id, Pairing.status.in_(PRINTED_PAIRINGS))
            .order_by(Pairing.id)
        ):
            mentor = cards.get(pairing.mentor_id) or _card(pairing.mentor)
            mentee = cards.get(pairing.mentee_id) or _card(pairing.mentee)
            pairs.append(
                PairInfo(pairing.id, mentor, mentee, pairing.status.value, pairing.started_on)
            )
        hr = programme.hr_contact
        return ProgrammeDoc(
            id=programme.id,
            name=programme.name,
            organisation=org.name,
            language=lang,
            branding=Branding(
                organisation_name=org.name,
                colour=org.brand_colour,
                logo=org.logo,
                logo_mime=org.logo_mime,
                consultancy=who.name,
                consultancy_contact=who.contact,
            ),
            purpose=programme.purpose,
            strategic_topics=tuple(programme.strategic_topics),
            learning_themes=tuple(programme.learning_themes),
            target_group=programme.target_group,
            start_date=programme.start_date,
            end_date=programme.end_date,
            meeting_rhythm=programme.meeting_rhythm,
            meeting_interval_weeks=programme.meeting_interval_weeks,
            meeting_length_minutes=programme.meeting_length_minutes,
            roles=tuple(
                RoleInfo(r.person.full_name, r.role.value, r.description, r.person.job_title)
                for r in sorted(programme.roles, key=lambda r: (r.role.value != "sponsor", r.id))
            ),
            hr_contact=(
                ContactInfo(hr.full_name, hr.job_title, hr.email or "", hr.phone)
                if hr is not None
                else None
            ),
            milestones=tuple(
                MilestoneInfo(
                    m.id,
                    m.kind.value,
                    m.title,
                    m.date,
                    m.start_time,
                    m.end_time,
                    m.place,
                    m.agenda,
                )
                for m in sorted(programme.milestones, key=lambda m: (m.date, m.id))
            ),
            participants=tuple(sorted(cards.values(), key=lambda c: c.sort_key)),
            pairs=tuple(pairs),
            texts=_texts(session, programme_id, lang),
            consultant=who.consultant,
        )


# --- the materials -----------------------------------------------------------------------


def _overview(doc: ProgrammeDoc, o: MaterialOptions) -> bytes:
    from mentordesk.printing.overview import render_overview

    return render_overview(doc, paper=o.paper)


def _agreements(doc: ProgrammeDoc, o: MaterialOptions) -> bytes:
    from mentordesk.printing.agreements import render_agreements

    return render_agreements(doc, paper=o.paper)


def _pair_list(doc: ProgrammeDoc, o: MaterialOptions) -> bytes:
    from mentordesk.printing.pair_list import render_pair_list

    return render_pair_list(doc, paper=o.paper)


def _badges(doc: ProgrammeDoc, o: MaterialOptions) -> bytes:
    from mentordesk.printing.badges import render_badges

    return render_badges(doc, paper=o.paper)


def _attendance(doc: ProgrammeDoc, o: MaterialOptions) -> bytes:
    from mentordesk.printing.attendance import render_attendance

    return render_attendance(doc, milestone_id=o.milestone_id, paper=o.paper)


def _kickoff_pack(doc: ProgrammeDoc, o: MaterialOptions) -> bytes:
    from mentordesk.printing.kickoff_pack import render_kickoff_pack

    return render_kickoff_pack(doc, milestone_id=o.milestone_id, paper=o.paper)


def _certificates(doc: ProgrammeDoc, o: MaterialOptions) -> bytes:
    from mentordesk.printing.certificates import render_certificates

    return render_certificates(doc, paper=o.paper)


MATERIALS: dict[str, Material] = {
    m.key: m
    for m in (
        Material("overview", "Programme overview", "Programoversigt", _overview),
        Material("agreements", "Mentoring agreements", "Mentoraftaler", _agreements),
        Material("pair-list", "Pair list", "Parliste", _pair_list),
        Material("badges", "Name badges", "Navneskilte", _badges),
        Material(
            "attendance", "Attendance sheet", "Deltagerliste", _attendance, uses_milestone=True
        ),
        Material(
            "kickoff-pack",
            "Kick-off workshop pack",
            "Materiale til kick-off-workshop",
            _kickoff_pack,
            uses_milestone=True,
        ),
        Material("certificates", "Certificates", "Deltagerbeviser", _certificates),
    )
}


def render_material(
    db: Database,
    material_key: str,
    programme_id: int,
    *,
    milestone_id: int | None = None,
    interview_kind: str | None = None,
    language: str | None = None,
    paper: str = "a4",
    consultancy: Consultancy | None = None,
) -> bytes:
    """Print one material of one programme as PDF bytes; InputRefused says what is wrong."""
    material = MATERIALS.get(material_key)
    if material is None:
        raise InputRefused(
            f"Unknown material {material_key!r}: choose one of {', '.join(MATERIALS)}.",
            field="material",
        )
    paper = paper.lower()
    if paper not in PAPERS:
        raise InputRefused(f"Unknown paper {paper!r}: use a4 or letter.", field="paper")
    if milestone_id is not None and not material.uses_milestone:
        raise InputRefused(f"The {material.title.lower()} take no milestone.", field="milestone")
    if interview_kind is not None and not material.uses_interview_kind:
        raise InputRefused(
            f"The {material.title.lower()} take no interview kind.", field="interview_kind"
        )
    doc = load_programme_doc(db, programme_id, language=language, consultancy=consultancy)
    if milestone_id is not None and doc.milestone(milestone_id) is None:
        raise InputRefused(
            f"Programme {programme_id} has no milestone with ID {milestone_id}.",
            field="milestone",
        )
    options = MaterialOptions(milestone_id=milestone_id, interview_kind=interview_kind, paper=paper)
    return material.render(doc, options)

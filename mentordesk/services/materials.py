"""Printed materials: load a programme into plain data, in one unit of work, and print.

Interviews are never loaded here: no confidential note can reach a printed paper.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

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
from mentordesk.services.settings import read_settings
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

if TYPE_CHECKING:
    from mentordesk.printing.evaluation_form import Questionnaire
    from mentordesk.printing.interview_guide import InterviewGuide
    from mentordesk.printing.report import ReportData

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
    survey: str = "midterm"
    # The questions of the chosen survey, loaded for a material that uses_survey.
    questionnaire: Questionnaire | None = None
    # The programme's questions of the chosen kind, loaded for a material that
    # uses_interview_kind.
    interview_guide: InterviewGuide | None = None
    # The anonymised results of the chosen survey, loaded for a material that uses_results.
    report: ReportData | None = None


@dataclass(frozen=True)
class Material:
    key: str
    title: str
    title_da: str
    render: Callable[[ProgrammeDoc, MaterialOptions], bytes]
    uses_milestone: bool = False
    uses_interview_kind: bool = False
    uses_survey: bool = False
    uses_results: bool = False


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


def consultancy_from_settings(db: Database) -> Consultancy:
    """The consultancy of the stored settings; its name signs the badges when it is not
    the default one."""
    stored = read_settings(db)
    name = stored.consultancy_name
    consultant = DEFAULT_CONSULTANT if name == DEFAULT_CONSULTANCY else name
    return Consultancy(name, stored.consultancy_contact, consultant)


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
    who = consultancy or consultancy_from_settings(db)
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


def _evaluation_form(doc: ProgrammeDoc, o: MaterialOptions) -> bytes:
    from mentordesk.printing.evaluation_form import render_evaluation_form

    assert o.questionnaire is not None, "render_material loads the survey"
    return render_evaluation_form(doc, o.questionnaire, paper=o.paper)


def _questionnaire(db: Database, programme_id: int, kind: str, language: str) -> Questionnaire:
    """The programme's survey of this kind; the built-in set in the paper's language when
    the programme has none of its own."""
    from mentordesk.printing.evaluation_form import Questionnaire, SurveyQuestion
    from mentordesk.services import surveys

    if kind not in surveys.SURVEY_KINDS:
        raise InputRefused(
            f"Unknown survey {kind!r}: choose {' or '.join(surveys.SURVEY_KINDS)}.",
            field="survey",
        )
    record = surveys.programme_survey(db, programme_id, kind)
    title, questions = record.title, record.questions
    if record.id is None:
        title = surveys.builtin_title(kind, language)
        with db.unit_of_work() as session:
            themes = list(session.get_one(Programme, programme_id).learning_themes)
        questions = surveys.builtin_questions(kind, themes, language)
    return Questionnaire(
        kind=kind,
        title=title,
        questions=tuple(
            SurveyQuestion(q["key"], q["text"], q["type"], q.get("theme", "")) for q in questions
        ),
    )


def _report(doc: ProgrammeDoc, o: MaterialOptions) -> bytes:
    from mentordesk.printing.report import render_report

    assert o.report is not None, "render_material loads the results"
    return render_report(doc, o.report, paper=o.paper)


def _report_data(db: Database, programme_id: int, kind: str | None) -> ReportData:
    """The results of the chosen survey; by default the final one once it has responses."""
    from datetime import date

    from mentordesk.printing.report import ReportData
    from mentordesk.services.evaluation import report_survey_kind, survey_results

    chosen = kind or report_survey_kind(db, programme_id)
    return ReportData(survey_results(db, programme_id, chosen), date.today())


def _interview_guide(doc: ProgrammeDoc, o: MaterialOptions) -> bytes:
    from mentordesk.printing.interview_guide import render_interview_guide

    assert o.interview_guide is not None, "render_material loads the questions"
    return render_interview_guide(doc, o.interview_guide, paper=o.paper)


def _guide(db: Database, programme_id: int, kind: str, language: str) -> InterviewGuide:
    """The programme's questions of one kind of interview; the built-in ones in the
    paper's language when the programme has not edited them."""
    from mentordesk.printing.interview_guide import GuideQuestion, InterviewGuide
    from mentordesk.services.interview_templates import get_template

    template = get_template(db, programme_id, kind, language=language)
    return InterviewGuide(
        kind=template.kind,
        title=template.title,
        questions=tuple(GuideQuestion(q.text, q.type) for q in template.questions),
    )


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
        Material(
            "interview-guide",
            "Interview guide",
            "Interviewguide",
            _interview_guide,
            uses_interview_kind=True,
        ),
        Material(
            "evaluation-form",
            "Evaluation form",
            "Evalueringsskema",
            _evaluation_form,
            uses_survey=True,
        ),
        Material(
            "report",
            "Evaluation report",
            "Evalueringsrapport",
            _report,
            uses_survey=True,
            uses_results=True,
        ),
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
    paper: str | None = None,
    consultancy: Consultancy | None = None,
    survey: str | None = None,
) -> bytes:
    """Print one material of one programme as PDF bytes; InputRefused says what is wrong.

    The paper and the consultancy in the footer are the stored settings' unless given.
    """
    material = MATERIALS.get(material_key)
    if material is None:
        raise InputRefused(
            f"Unknown material {material_key!r}: choose one of {', '.join(MATERIALS)}.",
            field="material",
        )
    paper = (paper or read_settings(db).paper).lower()
    if paper not in PAPERS:
        raise InputRefused(f"Unknown paper {paper!r}: use a4 or letter.", field="paper")
    if milestone_id is not None and not material.uses_milestone:
        raise InputRefused(f"The {material.title.lower()} take no milestone.", field="milestone")
    if interview_kind is not None and not material.uses_interview_kind:
        raise InputRefused(
            f"The {material.title.lower()} take no interview kind.", field="interview_kind"
        )
    if survey is not None and not material.uses_survey:
        raise InputRefused(f"The {material.title.lower()} take no survey.", field="survey")
    doc = load_programme_doc(db, programme_id, language=language, consultancy=consultancy)
    if milestone_id is not None and doc.milestone(milestone_id) is None:
        raise InputRefused(
            f"Programme {programme_id} has no milestone with ID {milestone_id}.",
            field="milestone",
        )
    kind = survey or "midterm"
    options = MaterialOptions(
        milestone_id=milestone_id,
        interview_kind=interview_kind,
        paper=paper,
        survey=kind,
        questionnaire=(
            _questionnaire(db, programme_id, kind, doc.language) if material.uses_survey else None
        ),
        interview_guide=(
            _guide(db, programme_id, interview_kind or "matching", doc.language)
            if material.uses_interview_kind
            else None
        ),
        report=_report_data(db, programme_id, survey) if material.uses_results else None,
    )
    return material.render(doc, options)

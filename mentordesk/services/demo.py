"""The realistic demo: four client organisations and four programmes, one in each phase.

`fill_demo` writes, in one unit of work, everything a consultant's database would hold a
year into the job:

- Nordlys Energi (a Danish utility), Meridian Freight (an international logistics group
  with people in Poland, Czechia, Türkiye and Greece), Kingsbridge Building Society (UK)
  and Brightwater Medical (US), each with a reporting hierarchy of 30-46 people;
- a closed programme at Kingsbridge (ended pairings, final interviews, surveys with
  responses), a running one at Nordlys (active pairs, meeting reports, follow-ups of which
  some are overdue), a cross-organisational one hosted by Meridian in the matching phase,
  and one at Brightwater still being designed.

Content is deterministic: a fixed random seed, and every date relative to `today`.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.matching.model import MatchSettings, MenteeCandidate, MentorCandidate
from mentordesk.matching.rules import broken_rules
from mentordesk.matching.scoring import score_pair
from mentordesk.services import demo_data as data
from mentordesk.services.errors import InputRefused
from mentordesk.services.surveys import builtin_questions, builtin_title
from mentordesk.store.database import Database
from mentordesk.store.models import (
    Contact,
    FollowUp,
    FollowUpOwner,
    FollowUpStatus,
    Interview,
    Language,
    MeetingReport,
    Milestone,
    MilestoneKind,
    Organisation,
    Pairing,
    PairingStatus,
    Participant,
    ParticipantStatus,
    Person,
    Preference,
    PreferenceKind,
    Programme,
    ProgrammeKind,
    ProgrammeRole,
    ProgrammeRoleKind,
    ProgrammeStatus,
    Response,
    Role,
    Survey,
    SurveyKind,
)

SEED = 20_240_611
TOTAL_STEPS = 5
PROGRAMME_COMPLETED = "Programme completed"

_GENDERS = {"f": "female", "m": "male", "x": "non-binary", "": ""}


@dataclass(frozen=True)
class DemoSummary:
    """What the demo wrote."""

    organisations: int
    people: int
    programmes: int
    participants: int
    pairings: int
    interviews: int
    follow_ups: int

    def __str__(self) -> str:
        return (
            f"{self.organisations} organisations, {self.people} people, "
            f"{self.programmes} programmes, {self.participants} participants, "
            f"{self.pairings} pairings, {self.interviews} interviews, "
            f"{self.follow_ups} follow-ups"
        )


def fill_demo(
    db: Database,
    *,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo, all or nothing.

    Refused (InputRefused) when the database already holds an organisation, and when
    `cancelled()` answers True at one of the checkpoints; either way nothing is written.
    """
    day = today or date.today()
    with db.unit_of_work() as session:
        if session.scalar(select(Organisation.id).limit(1)) is not None:
            raise InputRefused(
                "This database already holds data, and the demo only fills an empty "
                "database: nothing was changed. Choose a new database file for the demo."
            )
        return _Builder(session, day, progress, cancelled).build()


# ---------------------------------------------------------------------------------------
# Names, e-mail addresses, phone numbers, logos


_FOLD = str.maketrans(
    {"æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "ı": "i", "œ": "oe", "ð": "d"}
)
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
    "ω": "o",
}  # fmt: skip


def ascii_fold(text: str) -> str:
    """Lower-case ASCII for an e-mail address: 'Søren' -> 'soren', 'Γιώργος' -> 'giorgos'."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).replace("ου", "ou")
    return "".join(_GREEK.get(c, c) for c in folded)


def email_local_part(first_name: str, last_name: str) -> str:
    """'Søren', 'Løkke Ærøe' -> 'soren.lokke'; 'Femke', 'van Dijk' -> 'femke.vandijk'."""
    tokens = last_name.split()
    if any(t[:1].islower() for t in tokens):
        surname = "".join(tokens)
    else:
        surname = tokens[0] if tokens else ""
    local = ascii_fold(first_name) + ("." + ascii_fold(surname) if surname else "")
    return re.sub(r"[^a-z0-9.-]", "", local)


def _logo_svg(initials: str, colour: str) -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" '
        'viewBox="0 0 240 240">'
        f'<rect width="240" height="240" rx="36" fill="{colour}"/>'
        '<text x="120" y="152" text-anchor="middle" '
        'font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="96" '
        f'font-weight="bold" fill="#FFFFFF">{initials}</text></svg>'
    ).encode()


def _hours_apart(a: Person, b: Person) -> int:
    offsets = data.TZ_OFFSET_HOURS
    return abs(offsets.get(a.time_zone, 0) - offsets.get(b.time_zone, 0))


def _weekday(day: date) -> date:
    """The day itself, or the Monday after a weekend."""
    return day + timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)


# ---------------------------------------------------------------------------------------
# The builder


@dataclass(frozen=True)
class _Position:
    department: str
    title: str
    level: int
    manager: int | None  # index into the organisation's positions


@dataclass
class _Org:
    spec: data.OrganisationSpec
    row: Organisation
    people: list[Person]
    ceo: Person
    hr_contact: Person
    hr_director: Person
    sponsor: Person
    directors: list[Person]


@dataclass
class _Prog:
    row: Programme
    kickoff: date
    closing: date
    mentors: list[Participant] = field(default_factory=list)
    mentees: list[Participant] = field(default_factory=list)
    pairings: list[Pairing] = field(default_factory=list)


@dataclass
class _Counts:
    participants: int = 0
    pairings: int = 0
    interviews: int = 0
    follow_ups: int = 0


class _Builder:
    def __init__(
        self,
        session: Session,
        today: date,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.session = session
        self.today = today
        self.rng = random.Random(SEED)
        self._progress = progress
        self._cancelled = cancelled
        self.orgs: dict[str, _Org] = {}
        self.taken: set[Person] = set()  # people already taking part in a programme
        self.counts = _Counts()

    # -- plumbing ---------------------------------------------------------------------

    def _checkpoint(self, done: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise InputRefused("The demo was cancelled; nothing was written.")
        if self._progress is not None:
            self._progress(done, TOTAL_STEPS)

    def _add(self, rows: Iterable[Any]) -> None:
        self.session.add_all(list(rows))
        self.session.flush()

    def _ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def _past(self, day: date) -> date:
        """A date no later than yesterday."""
        return min(day, self.today - timedelta(days=1))

    def build(self) -> DemoSummary:
        self._checkpoint(0)
        for spec in data.ORGANISATIONS:
            self._organisation(spec)
        self._checkpoint(1)
        # Each programme draws from its own stream, so that who takes part and who is
        # paired with whom does not depend on `today`; only the dates do.
        for step, build_programme in enumerate(
            (
                self._closed_programme,
                self._running_programme,
                self._cross_programme,
                self._design_programme,
            ),
            start=2,
        ):
            self.rng = random.Random(SEED + step)
            build_programme()
            self._checkpoint(step)
        return DemoSummary(
            organisations=len(self.orgs),
            people=sum(len(o.people) for o in self.orgs.values()),
            programmes=4,
            participants=self.counts.participants,
            pairings=self.counts.pairings,
            interviews=self.counts.interviews,
            follow_ups=self.counts.follow_ups,
        )

    # -- organisations and people -------------------------------------------------------

    @staticmethod
    def _positions(spec: data.OrganisationSpec) -> list[_Position]:
        """CEO -> directors -> managers -> team leads and specialists -> graduates."""
        positions = [_Position("Executive Management", spec.ceo_title, 6, None)]
        managers: list[tuple[data.Department, int, int]] = []
        for dept in spec.departments:
            director = len(positions)
            positions.append(_Position(dept.name, dept.director, 5, 0))
            for j, title in enumerate(dept.managers):
                managers.append((dept, len(positions), j))
                positions.append(_Position(dept.name, title, 4, director))
        reports = [0] * len(managers)
        for i in range(len(spec.names) - len(positions)):
            reports[i % len(managers)] += 1
        specialist_no: dict[str, int] = {}
        for (dept, manager, j), count in zip(managers, reports, strict=True):
            lead = manager
            for k in range(count):
                if k == 0:
                    lead = len(positions)
                    positions.append(_Position(dept.name, dept.seniors[j], 3, manager))
                elif k == 1 or (k == 2 and j == 0):
                    n = specialist_no.get(dept.name, 0)
                    specialist_no[dept.name] = n + 1
                    title = dept.specialists[n % len(dept.specialists)]
                    positions.append(_Position(dept.name, title, 2, lead if k == 1 else manager))
                else:
                    positions.append(_Position(dept.name, dept.graduate, 1, lead))
        return positions

    def _organisation(self, spec: data.OrganisationSpec) -> None:
        rng = self.rng
        org = Organisation(
            name=spec.name,
            sector=spec.sector,
            country=spec.country,
            language=Language(spec.language),
            address=spec.address,
            notes=spec.notes,
            brand_colour=spec.colour,
            logo=_logo_svg(spec.initials, spec.colour),
            logo_mime="image/svg+xml",
        )
        names = list(spec.names[1:])
        rng.shuffle(names)
        names.insert(0, spec.names[0])
        people: list[Person] = []
        locals_used: set[str] = set()
        for position, (first, last, gender, home_key) in zip(
            self._positions(spec), names, strict=True
        ):
            home = spec.homes[home_key]
            languages = data.ONLY_LANGUAGES.get((first, last)) or (
                home.languages + data.EXTRA_LANGUAGES.get((first, last), ())
            )
            base = local = email_local_part(first, last)
            n = 2
            while local in locals_used:
                local, n = f"{base}{n}", n + 1
            locals_used.add(local)
            people.append(
                Person(
                    organisation=org,
                    first_name=first,
                    last_name=last,
                    email=f"{local}@{spec.domain}",
                    phone="".join(str(rng.randint(0, 9)) if c == "#" else c for c in home.phone),
                    department=position.department,
                    job_title=position.title,
                    level=position.level,
                    location=home.city,
                    time_zone=home.time_zone,
                    languages=list(languages),
                    manager=None if position.manager is None else people[position.manager],
                    gender=_GENDERS[gender],
                    biography=self._biography(spec, position) if position.level >= 4 else "",
                )
            )
        hr_department = spec.departments[-1].name
        hr_people = [p for p in people if p.department == hr_department]
        hr_director = next(p for p in hr_people if p.level == 5)
        hr_contact = next(p for p in hr_people if p.level == 4)
        ceo = people[0]
        sponsor = ceo if spec.sponsor_is_ceo else hr_director
        invoice_name, invoice_role, invoice_email = spec.invoice_contact
        org.contacts = [
            Contact(
                name=hr_contact.full_name,
                role=f"HR contact ({hr_contact.job_title})",
                email=hr_contact.email or "",
                phone=hr_contact.phone,
            ),
            Contact(
                name=sponsor.full_name,
                role=f"Sponsor ({sponsor.job_title})",
                email=sponsor.email or "",
                phone=sponsor.phone,
            ),
            Contact(name=invoice_name, role=invoice_role, email=invoice_email),
        ]
        self._add([org, *people])
        self.orgs[spec.key] = _Org(
            spec=spec,
            row=org,
            people=people,
            ceo=ceo,
            hr_contact=hr_contact,
            hr_director=hr_director,
            sponsor=sponsor,
            directors=[p for p in people if p.level == 5],
        )

    def _biography(self, spec: data.OrganisationSpec, position: _Position) -> str:
        rng = self.rng
        return rng.choice(data.BIOGRAPHIES).format(
            title=position.title,
            org=spec.short_name,
            years=rng.randint(4, 19),
            prev=rng.choice(data.PREVIOUS_CAREERS),
            team=rng.randint(8, 60),
            department=position.department,
        )

    # -- building blocks of a programme -------------------------------------------------

    def _milestones(
        self,
        prog: Programme,
        kickoff: date,
        plan: Sequence[tuple[MilestoneKind, str, int, str]],
        sponsor: Person,
    ) -> list[Milestone]:
        agendas = {
            MilestoneKind.KICKOFF: (
                time(9),
                time(15, 30),
                f"09:00 Welcome by {sponsor.full_name}\n"
                "09:20 The purpose of the programme and its learning themes\n"
                "10:00 The roles of mentor and mentee\n"
                "11:00 Mentors and mentees meet\n"
                "12:00 Lunch\n"
                "13:00 First conversation: expectations and agreement\n"
                "14:30 Follow-up, practicalities and next steps\n"
                "15:15 Close",
            ),
            MilestoneKind.NETWORK: (
                time(15),
                time(17, 30),
                "15:00 Experiences so far, in groups of three pairs\n"
                "15:45 Theme session: {theme}\n"
                "16:45 Networking with refreshments",
            ),
            MilestoneKind.MIDTERM: (
                time(13),
                time(16),
                "13:00 Results of the mid-term survey\n"
                "13:45 What works, what to adjust: pairs in groups\n"
                "15:00 Plan for the second half\n"
                "15:45 Close",
            ),
            MilestoneKind.CLOSING: (
                time(13),
                time(16, 30),
                f"13:00 Welcome by {sponsor.full_name}\n"
                "13:15 Results and learning from the pairs\n"
                "14:15 Evaluation\n"
                "15:00 Certificates and celebration",
            ),
        }
        rows = []
        for kind, title, offset, place in plan:
            start, end, agenda = agendas[kind]
            theme = title.split(": ", 1)[1] if ": " in title else "Leading change"
            rows.append(
                Milestone(
                    programme=prog,
                    kind=kind,
                    title=title,
                    date=_weekday(kickoff + timedelta(days=offset)),
                    start_time=start,
                    end_time=end,
                    place=place,
                    agenda=agenda.replace("{theme}", theme),
                )
            )
        return rows

    def _pick(
        self,
        org: _Org,
        levels: Sequence[int],
        count: int,
        *,
        where: Callable[[Person], bool] | None = None,
    ) -> list[Person]:
        excluded = {org.ceo, org.hr_contact, org.hr_director, org.sponsor}
        pool = [
            p
            for p in org.people
            if p.level in levels
            and p not in excluded
            and p not in self.taken
            and (where is None or where(p))
        ]
        chosen = self.rng.sample(pool, min(count, len(pool)))
        self.taken.update(chosen)
        return chosen

    def _participants(
        self,
        prog: _Prog,
        org: _Org,
        *,
        mentors: int,
        mentees: int,
        mentee_levels: Sequence[int] = (2, 3),
        where_mentee: Callable[[Person], bool] | None = None,
        where_mentor: Callable[[Person], bool] | None = None,
    ) -> tuple[list[Participant], list[Participant]]:
        rng = self.rng
        topics = org.spec.topics
        new_mentors = [
            Participant(
                programme=prog.row,
                person=person,
                role=Role.MENTOR,
                status=ParticipantStatus.ACCEPTED,
                expertise=rng.sample(data.LEARNING_THEMES, 3) + rng.sample(topics, 2),
                capacity=rng.choice((1, 2, 2, 3)),
                application_notes=rng.choice(data.MENTOR_NOTES),
            )
            for person in self._pick(org, (4, 5), mentors, where=where_mentor)
        ]
        new_mentees = [
            Participant(
                programme=prog.row,
                person=person,
                role=Role.MENTEE,
                status=ParticipantStatus.ACCEPTED,
                goals=[*rng.sample(data.LEARNING_THEMES, 2), rng.choice(topics)],
                capacity=1,
                application_notes=rng.choice(
                    data.MENTEE_NOTES
                    + (data.WOMEN_MENTEE_NOTES if person.gender == "female" else ())
                ),
            )
            for person in self._pick(org, mentee_levels, mentees, where=where_mentee)
        ]
        prog.mentors.extend(new_mentors)
        prog.mentees.extend(new_mentees)
        return new_mentors, new_mentees

    @staticmethod
    def _line(person: Person) -> list[Person]:
        """The person's managers, nearest first."""
        line: list[Person] = []
        manager = person.manager
        while manager is not None and manager not in line:
            line.append(manager)
            manager = manager.manager
        return line

    def eligible(self, mentor: Participant, mentee: Participant, *, cross: bool) -> bool:
        """The rules a pairing must keep, whoever proposes it."""
        mp, tp = mentor.person, mentee.person
        if mp is tp or (mp.organisation is tp.organisation) == cross:
            return False
        if mp in self._line(tp) or tp in self._line(mp):
            return False
        if not set(mp.languages) & set(tp.languages):
            return False
        if (mp.level or 0) <= (tp.level or 0):
            return False
        avoided = any(
            pref.kind == PreferenceKind.AVOID and pref.person is mp for pref in mentee.preferences
        ) or any(
            pref.kind == PreferenceKind.AVOID and pref.person is tp for pref in mentor.preferences
        )
        return not avoided

    def _candidate_data(self, participant: Participant) -> dict[str, Any]:
        """What the matching engine knows of a (flushed) participant."""
        person = participant.person
        return {
            "participant_id": participant.id,
            "person_id": person.id,
            "name": person.full_name,
            "email": person.email or "",
            "organisation_id": person.organisation_id,
            "department": person.department,
            "level": person.level,
            "location": person.location,
            "time_zone": person.time_zone,
            "languages": tuple(person.languages),
            "managers": tuple(m.id for m in self._line(person)),
            "wishes": frozenset(
                p.person.id for p in participant.preferences if p.kind == PreferenceKind.WISH
            ),
            "avoids": frozenset(
                p.person.id for p in participant.preferences if p.kind == PreferenceKind.AVOID
            ),
        }

    def _score(
        self, mentor: Participant, mentee: Participant, *, cross: bool
    ) -> tuple[float, list[str]] | None:
        """The matching engine's score and reasons for the pair; None if it forbids it."""
        settings = MatchSettings(separate_organisations=cross)
        mentor_data = MentorCandidate(
            **self._candidate_data(mentor), tags=tuple(mentor.expertise), capacity=1
        )
        mentee_data = MenteeCandidate(**self._candidate_data(mentee), tags=tuple(mentee.goals))
        if broken_rules(mentor_data, mentee_data, settings):
            return None
        score, reasons = score_pair(mentor_data, mentee_data, settings)
        return round(score, 2), reasons

    def _match(
        self,
        prog: _Prog,
        mentees: Sequence[Participant],
        *,
        cross: bool,
        load: dict[Participant, int] | None = None,
        exclude: Sequence[Participant] = (),
    ) -> list[Pairing]:
        """Greedy matching that keeps the rules: each mentee gets the best free mentor.

        Scores and reasons are the matching engine's, so they read as the app shows them.
        """
        load = {} if load is None else load
        pairings = []
        for mentee in mentees:
            best: tuple[float, Participant, list[str]] | None = None
            for mentor in prog.mentors:
                if mentor in exclude or load.get(mentor, 0) >= mentor.capacity:
                    continue
                if not self.eligible(mentor, mentee, cross=cross):
                    continue
                scored = self._score(mentor, mentee, cross=cross)
                if scored is None:
                    continue
                score, reasons = scored
                # Spread the mentees: a mentor without a mentee first, then the best score.
                if best is None or (load.get(best[1], 0), -best[0]) > (
                    load.get(mentor, 0),
                    -score,
                ):
                    best = (score, mentor, reasons)
            if best is None:
                continue
            score, mentor, reasons = best
            load[mentor] = load.get(mentor, 0) + 1
            pairings.append(
                Pairing(
                    programme_id=prog.row.id,
                    mentor_id=mentor.id,
                    mentee_id=mentee.id,
                    score=score,
                    explanation=reasons,
                )
            )
        return pairings

    def _by_id(self, prog: _Prog, participant_id: int) -> Participant:
        return next(p for p in prog.mentors + prog.mentees if p.id == participant_id)

    def _meetings(
        self, pairing: Pairing, prog: _Prog, first: date, last: date
    ) -> list[MeetingReport]:
        rng = self.rng
        mentee = self._by_id(prog, pairing.mentee_id)
        goal_topics = [data.THEME_LABELS.get(g, g).capitalize() for g in mentee.goals]
        reports: list[MeetingReport] = []
        day = first + timedelta(days=rng.randint(5, 12))
        while day <= last:
            topics = (
                ["Agreement and expectations", "Goals for the programme"]
                if not reports
                else [*rng.sample(data.MEETING_TOPICS[2:], 2), rng.choice(goal_topics)]
            )
            reports.append(
                MeetingReport(
                    pairing_id=pairing.id,
                    date=_weekday(day),
                    minutes=rng.choice((60, 75, 90, 90, 90, 105, 120)),
                    topics=topics,
                )
            )
            day += timedelta(days=rng.randint(30, 44))
        return reports

    def _interview(
        self,
        prog: _Prog,
        kind: str,
        day: date,
        *,
        participant: Participant | None = None,
        pairing: Pairing | None = None,
        person: Person | None = None,
        answers: dict[str, Any],
        notes: str,
        confidential: bool = True,
        interviewer: str = data.LEAD_CONSULTANT,
    ) -> Interview:
        self.counts.interviews += 1
        return Interview(
            programme=prog.row,
            kind=kind,
            date=day,
            interviewer=interviewer,
            participant=participant,
            pairing=pairing,
            person=person,
            answers=answers,
            notes=notes,
            confidential=confidential,
        )

    def _matching_interview(self, prog: _Prog, participant: Participant, day: date) -> Interview:
        rng = self.rng
        first = participant.person.first_name
        if participant.role == Role.MENTEE:
            personal = rng.random() < 0.35
            pool = data.CONFIDENTIAL_MENTEE_NOTES if personal else data.ORDINARY_MENTEE_NOTES
            answers: dict[str, Any] = {
                "goals": "; ".join(participant.goals),
                "motivation": participant.application_notes,
                "wishes_for_mentor": rng.choice(
                    (
                        "Someone outside my own department who has led change.",
                        "A mentor who has made the move from specialist to leader.",
                        "Somebody senior who will challenge me, not just agree.",
                        "No strong wishes; open to a mentor from any area.",
                    )
                ),
                "availability": rng.choice(
                    ("Every 4–6 weeks, in person", "Monthly, online is fine", "Flexible")
                ),
            }
        else:
            personal = rng.random() < 0.15
            pool = data.CONFIDENTIAL_MENTOR_NOTES if personal else data.ORDINARY_MENTOR_NOTES
            answers = {
                "motivation": participant.application_notes,
                "experience_as_mentor": rng.choice(
                    ("First time as a mentor", "Mentored once before", "Several earlier mentees")
                ),
                "what_i_offer": "; ".join(participant.expertise[:3]),
                "capacity": participant.capacity,
            }
        return self._interview(
            prog,
            "matching",
            self._past(_weekday(day)),
            participant=participant,
            answers=answers,
            notes=rng.choice(pool).format(first=first),
            interviewer=rng.choice(
                (data.LEAD_CONSULTANT, data.LEAD_CONSULTANT, data.ASSOCIATE_CONSULTANT)
            ),
        )

    def _follow_up(
        self,
        prog: _Prog,
        title: str,
        due: date,
        *,
        pairing: Pairing | None = None,
        participant: Participant | None = None,
        owner: FollowUpOwner = FollowUpOwner.CONSULTANT,
        done: date | None = None,
        outcome: str = "",
        interview: Interview | None = None,
        skipped: str = "",
    ) -> FollowUp:
        self.counts.follow_ups += 1
        status = FollowUpStatus.OPEN
        if skipped:
            status = FollowUpStatus.SKIPPED
        elif done is not None:
            status = FollowUpStatus.DONE
        return FollowUp(
            programme_id=prog.row.id,
            pairing=pairing,
            participant=participant,
            title=title,
            owner=owner,
            due=due,
            status=status,
            skip_reason=skipped,
            outcome=outcome,
            interview_id=None if interview is None else interview.id,
            completed_on=done,
        )

    def _call_interview(
        self,
        prog: _Prog,
        pairing: Pairing,
        day: date,
        call: tuple[str, int, str],
        *,
        doubtful: bool = False,
    ) -> Interview:
        rng = self.rng
        outcome, meetings, signed = call
        joint = not doubtful and rng.random() < 0.2
        return self._interview(
            prog,
            "follow-up",
            day,
            pairing=pairing,
            answers={
                "meetings_held": meetings,
                "agreement_signed": signed,
                "chemistry": "Uncertain"
                if doubtful
                else rng.choice(("Good", "Very good", "Good, still getting to know each other")),
                "satisfaction": 5 if doubtful else rng.randint(7, 9),
                "next_meeting_booked": "Yes",
            },
            notes=(
                outcome + " Joint call with mentor and mentee; the summary may be shared with HR."
                if joint
                else outcome
            ),
            confidential=not joint,
        )

    def _add_participants(self, prog: _Prog) -> None:
        rows = prog.mentors + prog.mentees
        self.counts.participants += len(rows)
        self._add(rows)

    def _add_pairings(self, prog: _Prog, pairings: Sequence[Pairing]) -> None:
        prog.pairings.extend(pairings)
        self.counts.pairings += len(pairings)
        self._add(pairings)

    # -- 1: the closed programme (Kingsbridge, Women in Leadership) ----------------------

    def _closed_programme(self) -> None:
        rng = self.rng
        org = self.orgs["kingsbridge"]
        kickoff = _weekday(self._ago(420))
        closing = _weekday(kickoff + timedelta(days=358))
        row = Programme(
            organisation=org.row,
            name=f"Women in Leadership {kickoff.year}",
            kind=ProgrammeKind.INTERNAL,
            template_key="women-in-leadership",
            status=ProgrammeStatus.CLOSED,
            purpose=(
                "Increase the share of women in senior roles at Kingsbridge by giving "
                "talented women a senior sparring partner, visibility with the leadership "
                "team and a clear next step in their careers."
            ),
            strategic_topics=[
                "Diversity in leadership",
                "Leadership pipeline",
                "Retention of talent",
            ],
            learning_themes=list(data.LEARNING_THEMES),
            target_group=(
                "Women in specialist, team-leader or first-line manager roles who want to "
                "move into leadership within two years; all sites, including the branches."
            ),
            success_criteria=(
                "At least 85% of pairs meet every 4–6 weeks; 80% of mentees report clear "
                "progress on their goals; within 18 months a third of the mentees have "
                "applied for a leadership role; 80% would recommend the programme."
            ),
            hr_contact=org.hr_contact,
            start_date=kickoff,
            end_date=closing,
            meeting_rhythm="Every 4–6 weeks, 1.5 hours",
            meeting_interval_weeks=6,
            meeting_length_minutes=90,
            language=Language.EN,
        )
        place = "Kingsbridge House, Conference Suite, 14 Park Row, Leeds"
        row.milestones = self._milestones(
            row,
            kickoff,
            (
                (MilestoneKind.KICKOFF, "Kick-off workshop", 0, place),
                (
                    MilestoneKind.NETWORK,
                    "Network meeting: Visibility and influence",
                    91,
                    "Kingsbridge, Manchester branch office, Deansgate",
                ),
                (MilestoneKind.MIDTERM, "Mid-term review", 182, place),
                (MilestoneKind.NETWORK, "Network meeting: Careers and next steps", 273, place),
                (MilestoneKind.CLOSING, "Closing meeting", 358, place),
            ),
            org.sponsor,
        )
        row.roles = [
            ProgrammeRole(
                person=org.sponsor, role=ProgrammeRoleKind.SPONSOR, description="Executive sponsor"
            ),
            ProgrammeRole(
                person=org.hr_director,
                role=ProgrammeRoleKind.SPONSOR,
                description="Sponsor, People Director",
            ),
            *(
                ProgrammeRole(
                    person=d,
                    role=ProgrammeRoleKind.AMBASSADOR,
                    description=f"Ambassador for {d.department}",
                )
                for d in org.directors[:2]
            ),
        ]
        self._add([row])
        prog = _Prog(row, kickoff, closing)
        self._participants(
            prog, org, mentors=7, mentees=9, where_mentee=lambda p: p.gender == "female"
        )
        self._ensure_capacity(prog, len(prog.mentees) + 1)
        self._wish(prog.mentees[0], prog, cross=False)
        self._wish(prog.mentees[4], prog, cross=False)
        self._add_participants(prog)

        pairings = self._match(prog, prog.mentees, cross=False)
        for pairing in pairings:
            pairing.status = PairingStatus.ENDED
            pairing.started_on = kickoff
            pairing.ended_on = closing
            pairing.end_reason = PROGRAMME_COMPLETED
            pairing.locked = True
        self._add_pairings(prog, pairings)
        matched = {p.mentor_id for p in pairings} | {p.mentee_id for p in pairings}
        for participant in prog.mentors + prog.mentees:
            participant.status = (
                ParticipantStatus.COMPLETED
                if participant.id in matched
                else ParticipantStatus.WITHDRAWN
            )

        interviews: list[Interview] = []
        rows: list[Any] = []
        for participant in prog.mentors + prog.mentees:
            day = kickoff - timedelta(days=rng.randint(18, 45))
            interviews.append(self._matching_interview(prog, participant, day))
        for pairing in pairings:
            rows += self._meetings(pairing, prog, kickoff, closing - timedelta(days=10))
            interviews.append(
                self._interview(
                    prog,
                    "mid-term",
                    _weekday(kickoff + timedelta(days=rng.randint(175, 200))),
                    pairing=pairing,
                    answers={
                        "meetings_held": rng.randint(4, 5),
                        "satisfaction": rng.randint(6, 9),
                        "progress_on_goals": rng.choice(
                            (
                                "Good progress on both goals",
                                "Progress on one goal, the other needs a new angle",
                                "Clear progress; the career goal is sharper",
                            )
                        ),
                        "what_works": rng.choice(data.MIDTERM_WORKS),
                        "what_to_adjust": rng.choice(data.MIDTERM_ADJUST),
                    },
                    notes=rng.choice(
                        (
                            "A well-functioning pair. Both say the relationship is open.",
                            "Meetings moved twice because of the year-end; agreed fixed dates.",
                            "The mentee wants more challenge; the mentor agreed to push more.",
                        )
                    ),
                    interviewer=data.ASSOCIATE_CONSULTANT,
                )
            )
        for participant in prog.mentors + prog.mentees:
            if participant.status != ParticipantStatus.COMPLETED:
                continue
            personal = rng.random() < 0.25
            pool = data.FINAL_CONFIDENTIAL_NOTES if personal else data.FINAL_ORDINARY_NOTES
            interviews.append(
                self._interview(
                    prog,
                    "final-evaluation",
                    self._past(_weekday(closing + timedelta(days=rng.randint(3, 24)))),
                    participant=participant,
                    answers={
                        "satisfaction": rng.choice((7, 8, 8, 9, 9, 10)),
                        "goals_reached": rng.choice(("Fully", "Mostly", "Mostly", "Partly")),
                        "most_valuable": rng.choice(data.FINAL_MOST_VALUABLE),
                        "would_recommend": rng.choice(("Yes", "Yes", "Yes", "Probably")),
                    },
                    notes=rng.choice(pool).format(first=participant.person.first_name),
                )
            )
        interviews.append(
            self._interview(
                prog,
                "sponsor",
                self._past(_weekday(closing + timedelta(days=30))),
                person=org.sponsor,
                answers={
                    "satisfaction": 9,
                    "results_seen": "Three mentees have moved into leadership roles, two more "
                    "are shortlisted. The board has noticed the change in the pipeline.",
                    "next_round": "Yes: a second round next autumn, open to men as mentees "
                    "in a separate track.",
                    "report_to": "Nominations Committee, spring meeting",
                },
                notes="Sponsor very satisfied. Wants the evaluation report in the board "
                "template and the quotes anonymised. Budget for a second round approved.",
                confidential=False,
            )
        )
        self._add(interviews + rows)

        completed = [
            p for p in prog.mentees + prog.mentors if p.status == ParticipantStatus.COMPLETED
        ]
        follow_ups = []
        skip_at = rng.randrange(len(pairings))
        for i, pairing in enumerate(pairings):
            due = _weekday(kickoff + timedelta(days=14))
            follow_ups.append(
                self._follow_up(
                    prog,
                    "Follow-up call two weeks after kick-off",
                    due,
                    pairing=pairing,
                    done=due + timedelta(days=rng.randint(0, 4)),
                    outcome=rng.choice(data.FOLLOW_UP_OUTCOMES)[0],
                )
            )
            due = _weekday(kickoff + timedelta(days=182))
            if i == skip_at:
                follow_ups.append(
                    self._follow_up(
                        prog,
                        "Check-in at month 6",
                        due,
                        pairing=pairing,
                        skipped="Covered by the mid-term interview with the pair the same week.",
                    )
                )
            else:
                follow_ups.append(
                    self._follow_up(
                        prog,
                        "Check-in at month 6",
                        due,
                        pairing=pairing,
                        done=due + timedelta(days=rng.randint(0, 6)),
                        outcome=rng.choice(data.CHECK_IN_OUTCOMES),
                    )
                )
        follow_ups += [
            self._follow_up(
                prog,
                "Collect the final evaluation forms",
                closing + timedelta(days=14),
                owner=FollowUpOwner.HR,
                done=closing + timedelta(days=16),
                outcome=f"{len(completed) - 1} of {len(completed)} forms returned; "
                "one mentor was on leave.",
            ),
            self._follow_up(
                prog,
                "Send the evaluation report to the sponsors",
                self._past(closing + timedelta(days=35)),
                done=self._past(closing + timedelta(days=33)),
                outcome="Report sent; presented to the Nominations Committee.",
            ),
        ]
        midterm = Survey(
            programme_id=row.id,
            kind=SurveyKind.MIDTERM,
            title=builtin_title("midterm", row.language.value),
            questions=builtin_questions("midterm", row.learning_themes, row.language.value),
        )
        final = Survey(
            programme_id=row.id,
            kind=SurveyKind.FINAL,
            title=builtin_title("final", row.language.value),
            questions=builtin_questions("final", row.learning_themes, row.language.value),
        )
        self._add([*follow_ups, midterm, final])

        responses = []
        mid_day = _weekday(kickoff + timedelta(days=175))
        for participant in completed[: len(completed) - 3]:
            responses.append(
                self._response(midterm, participant, mid_day + timedelta(days=rng.randint(0, 9)))
            )
        for participant in completed[:-1]:  # one mentor did not answer
            day = self._past(closing + timedelta(days=rng.randint(1, 12)))
            responses.append(self._response(final, participant, day))
        self._add(responses)

    def _response(self, survey: Survey, participant: Participant, day: date) -> Response:
        rng = self.rng
        mood = rng.gauss(0.0, 0.35)
        answers: dict[str, Any] = {}
        for q in survey.questions:
            key, kind = q["key"], q["type"]
            if kind == "likert5":
                answers[key] = max(1, min(5, round(rng.gauss(4.1 + mood, 0.7))))
            elif kind == "scale10":
                answers[key] = max(1, min(10, round(rng.gauss(8.2 + 2 * mood, 1.1))))
            elif key in ("works",):
                answers[key] = rng.choice(data.MIDTERM_WORKS)
            elif key in ("adjust",):
                answers[key] = rng.choice(data.MIDTERM_ADJUST)
            elif key == "most_valuable":
                answers[key] = rng.choice(data.FINAL_MOST_VALUABLE)
            else:
                answers[key] = rng.choice(data.FINAL_IMPROVE)
        return Response(
            survey_id=survey.id,
            participant_id=participant.id,
            respondent_role=participant.role,
            answers=answers,
            received_on=day,
        )

    def _ensure_capacity(self, prog: _Prog, needed: int) -> None:
        """Raise the smallest capacities until the mentors can take `needed` mentees."""
        mentors = sorted(prog.mentors, key=lambda m: m.capacity)
        i = 0
        while sum(m.capacity for m in mentors) < needed:
            mentors[i % len(mentors)].capacity += 1
            i += 1

    def _wish(self, participant: Participant, prog: _Prog, *, cross: bool) -> None:
        """A wish for an eligible person of the other role."""
        others = prog.mentors if participant.role == Role.MENTEE else prog.mentees
        candidates = [
            o
            for o in others
            if (
                self.eligible(o, participant, cross=cross)
                if participant.role == Role.MENTEE
                else self.eligible(participant, o, cross=cross)
            )
        ]
        near = [o for o in candidates if _hours_apart(o.person, participant.person) < 5]
        if candidates:
            chosen = self.rng.choice(near or candidates)
            Preference(participant=participant, person=chosen.person, kind=PreferenceKind.WISH)

    def _avoid(self, participant: Participant, person: Person) -> None:
        Preference(participant=participant, person=person, kind=PreferenceKind.AVOID)

    # -- 2: the running programme (Nordlys Energi, internal leadership) ------------------

    def _running_programme(self) -> None:
        rng = self.rng
        org = self.orgs["nordlys"]
        kickoff = _weekday(self._ago(160))
        closing = _weekday(kickoff + timedelta(days=358))
        row = Programme(
            organisation=org.row,
            name=f"Leadership Mentoring {kickoff.year}–{(kickoff.year + 1) % 100:02d}",
            kind=ProgrammeKind.INTERNAL,
            template_key="leadership",
            status=ProgrammeStatus.RUNNING,
            purpose=(
                "Strengthen Nordlys Energi's leaders for the green transition: new managers "
                "and senior specialists learn from experienced leaders across grid, "
                "renewables and the customer business, and rebuild the network across "
                "sites that the last reorganisation broke up."
            ),
            strategic_topics=[
                "The green transition and electrification",
                "Collaboration across business units and sites",
                "Leadership pipeline for critical roles",
            ],
            learning_themes=list(data.LEARNING_THEMES),
            target_group=(
                "Newly appointed managers, team leads and senior specialists on their way "
                "into leadership, from all business units and all sites (Copenhagen, "
                "Aarhus, Esbjerg, Odense and Hamburg)."
            ),
            success_criteria=(
                "At least 85% of pairs meet at least six times; mentees report progress "
                "on two or more goals at the closing meeting; 80% would recommend the "
                "programme; no more than two pairs end early."
            ),
            hr_contact=org.hr_contact,
            start_date=kickoff,
            end_date=closing,
            meeting_rhythm="Every 4–6 weeks, 1.5 hours",
            meeting_interval_weeks=5,
            meeting_length_minutes=90,
            language=Language.EN,
        )
        hq = "Nordlys Energi, Kalvebod Brygge 45, Copenhagen: Auditorium 2"
        row.milestones = self._milestones(
            row,
            kickoff,
            (
                (MilestoneKind.KICKOFF, "Kick-off workshop", 0, hq),
                (
                    MilestoneKind.NETWORK,
                    "Network meeting: Leading across sites",
                    91,
                    "Nordlys Energi, Aarhus office, Sønderhøj 12",
                ),
                (MilestoneKind.MIDTERM, "Mid-term review", 182, hq),
                (
                    MilestoneKind.NETWORK,
                    "Network meeting: The green transition",
                    273,
                    "Nordlys Energi, Esbjerg harbour office",
                ),
                (MilestoneKind.CLOSING, "Closing meeting", 358, hq),
            ),
            org.sponsor,
        )
        row.roles = [
            ProgrammeRole(
                person=org.ceo, role=ProgrammeRoleKind.SPONSOR, description="Executive sponsor"
            ),
            *(
                ProgrammeRole(
                    person=d,
                    role=ProgrammeRoleKind.AMBASSADOR,
                    description=f"Ambassador for {d.department}",
                )
                for d in org.directors[:3]
            ),
        ]
        self._add([row])
        prog = _Prog(row, kickoff, closing)
        self._participants(prog, org, mentors=10, mentees=13)
        self._ensure_capacity(prog, len(prog.mentees) + 2)
        for mentor in prog.mentors:
            mentor.status = ParticipantStatus.MATCHED
        late = prog.mentees[-1]  # joined after the kick-off
        late.application_notes = (
            f"Joined after the kick-off: took over a team in {late.person.department} in "
            f"{late.person.location} when the former team lead left. Briefed on the "
            "programme individually."
        )
        self._wish(prog.mentees[1], prog, cross=False)
        self._wish(prog.mentees[6], prog, cross=False)
        self._wish(prog.mentors[2], prog, cross=False)
        # One mentee asks not to be matched with a former manager from another unit.
        avoid_target = next(
            m for m in prog.mentors if self.eligible(m, prog.mentees[2], cross=False)
        )
        self._avoid(prog.mentees[2], avoid_target.person)
        self._add_participants(prog)

        load: dict[Participant, int] = {}
        first_round = self._match(prog, prog.mentees[:-1], cross=False, load=load)
        for pairing in first_round:
            pairing.status = PairingStatus.ACTIVE
            pairing.started_on = kickoff
            pairing.locked = True
        failed, withdrawn, quiet = first_round[3], first_round[7], first_round[5]
        failed.status = PairingStatus.ENDED
        failed.ended_on = _weekday(kickoff + timedelta(days=49))
        failed.end_reason = (
            "The chemistry did not work; after the follow-up call both agreed to end the "
            "pairing and the mentee was rematched."
        )
        withdrawn.status = PairingStatus.ENDED
        withdrawn.ended_on = _weekday(kickoff + timedelta(days=84))
        withdrawn.end_reason = "The mentee withdrew: parental leave for the rest of the programme."
        self._add_pairings(prog, first_round)
        for pairing in (failed, withdrawn):
            mentor = self._by_id(prog, pairing.mentor_id)
            load[mentor] -= 1
        failed_mentee = self._by_id(prog, failed.mentee_id)
        failed_mentor = self._by_id(prog, failed.mentor_id)
        rematch = self._match(
            prog, [failed_mentee], cross=False, load=load, exclude=[failed_mentor]
        )
        for pairing in rematch:
            pairing.status = PairingStatus.ACTIVE
            pairing.started_on = _weekday(kickoff + timedelta(days=63))
            pairing.locked = True
            pairing.explanation = [*pairing.explanation, "Rematch after the first pairing ended"]
        late_pairing = self._match(prog, [late], cross=False, load=load)
        for pairing in late_pairing:
            pairing.status = PairingStatus.CONFIRMED
        self._add_pairings(prog, rematch + late_pairing)

        withdrawn_mentee = self._by_id(prog, withdrawn.mentee_id)
        for mentee in prog.mentees:
            mentee.status = ParticipantStatus.MATCHED
        withdrawn_mentee.status = ParticipantStatus.WITHDRAWN
        busy = {p.mentor_id for p in prog.pairings if p.status != PairingStatus.ENDED}
        for mentor in prog.mentors:
            mentor.status = (
                ParticipantStatus.MATCHED if mentor.id in busy else ParticipantStatus.ACCEPTED
            )

        # Interviews and meeting reports
        interviews: list[Interview] = []
        reports: list[Any] = []
        for participant in prog.mentors + prog.mentees[:-1]:
            day = kickoff - timedelta(days=rng.randint(14, 40))
            interviews.append(self._matching_interview(prog, participant, day))
        interviews.append(self._matching_interview(prog, late, self._ago(24)))
        interviews.append(
            self._interview(
                prog,
                "sponsor",
                _weekday(kickoff - timedelta(days=75)),
                person=org.ceo,
                answers={
                    "purpose": "Leaders who can carry the green transition and work across "
                    "the business units instead of in silos.",
                    "success_looks_like": "New managers who stay, and who know whom to call "
                    "in the other units. Fewer escalations to the executive team.",
                    "risks": "The field sites see it as a Copenhagen thing; mentors too busy "
                    "in the outage season.",
                    "sponsor_role": "Opens the kick-off, joins the closing meeting, mentions "
                    "the programme in the quarterly town hall.",
                },
                notes="Design meeting with the CEO and the Head of Leadership Development. "
                "Agreed on 12–14 pairs and an English-language programme because of Hamburg.",
                confidential=False,
            )
        )
        call_due = _weekday(kickoff + timedelta(days=14))
        calls: dict[int, Interview] = {}
        skip_call = first_round[9]
        for pairing in first_round:
            if pairing is quiet:
                last = kickoff + timedelta(days=60)
            elif pairing.ended_on is not None:
                last = pairing.ended_on
            else:
                last = self.today - timedelta(days=2)
            reports += self._meetings(pairing, prog, kickoff, last)
            if pairing is skip_call:
                continue
            call = (
                (
                    "The mentee is unsure about the chemistry; agreed to give it one more "
                    "meeting and to talk again after it.",
                    1,
                    "Yes",
                )
                if pairing is failed
                else rng.choice(data.FOLLOW_UP_OUTCOMES)
            )
            interview = self._call_interview(
                prog,
                pairing,
                self._past(call_due + timedelta(days=rng.randint(0, 5))),
                call,
                doubtful=pairing is failed,
            )
            calls[pairing.id] = interview
            interviews.append(interview)
        for pairing in rematch:
            assert pairing.started_on is not None
            reports += self._meetings(pairing, prog, pairing.started_on, self._ago(2))
            day = self._past(_weekday(pairing.started_on + timedelta(days=15)))
            interview = self._call_interview(
                prog, pairing, day, ("Good restart: the new match feels right.", 1, "Yes")
            )
            calls[pairing.id] = interview
            interviews.append(interview)
        self._add(interviews + reports)

        # Follow-ups: a call two weeks after kick-off per pair, check-ins at months 3 and 6.
        follow_ups: list[FollowUp] = []
        for pairing in first_round:
            if pairing is skip_call:
                follow_ups.append(
                    self._follow_up(
                        prog,
                        "Follow-up call two weeks after kick-off",
                        call_due,
                        pairing=pairing,
                        skipped="The pair had already met twice and asked not to be called; "
                        "checked in by e-mail instead.",
                    )
                )
            else:
                interview = calls[pairing.id]
                follow_ups.append(
                    self._follow_up(
                        prog,
                        "Follow-up call two weeks after kick-off",
                        call_due,
                        pairing=pairing,
                        done=interview.date,
                        outcome=interview.notes,
                        interview=interview,
                    )
                )
        for pairing in rematch:
            interview = calls[pairing.id]
            follow_ups.append(
                self._follow_up(
                    prog,
                    "Follow-up call two weeks after the rematch",
                    interview.date,
                    pairing=pairing,
                    done=interview.date,
                    outcome=interview.notes,
                    interview=interview,
                )
            )
        month3 = _weekday(kickoff + timedelta(days=91))
        month6 = _weekday(kickoff + timedelta(days=182))
        ongoing = [p for p in first_round if p.status != PairingStatus.ENDED] + rematch
        overdue = {quiet.id, ongoing[1].id, ongoing[6].id}
        for pairing in ongoing:
            if pairing.id in overdue:
                follow_ups.append(
                    self._follow_up(prog, "Check-in at month 3", month3, pairing=pairing)
                )
            else:
                follow_ups.append(
                    self._follow_up(
                        prog,
                        "Check-in at month 3",
                        month3,
                        pairing=pairing,
                        done=self._past(month3 + timedelta(days=rng.randint(0, 8))),
                        outcome=rng.choice(data.CHECK_IN_OUTCOMES),
                    )
                )
            follow_ups.append(self._follow_up(prog, "Check-in at month 6", month6, pairing=pairing))
        quiet_mentee = self._by_id(prog, quiet.mentee_id)
        follow_ups += [
            self._follow_up(
                prog,
                "No meeting reported for three months: call the pair",
                self._ago(3),
                pairing=quiet,
            ),
            self._follow_up(
                prog,
                "Remind mentees to book the mid-term review",
                month6 - timedelta(days=28),
                owner=FollowUpOwner.HR,
            ),
            self._follow_up(
                prog,
                f"Rematch {failed_mentee.person.full_name}",
                _weekday(kickoff + timedelta(days=56)),
                participant=failed_mentee,
                done=_weekday(kickoff + timedelta(days=60)),
                outcome="New mentor found in another business unit; first meeting booked.",
            ),
            self._follow_up(
                prog,
                f"Exit conversation with {withdrawn_mentee.person.full_name}",
                _weekday(kickoff + timedelta(days=90)),
                participant=withdrawn_mentee,
                owner=FollowUpOwner.HR,
                done=_weekday(kickoff + timedelta(days=92)),
                outcome="Parental leave until after the closing meeting; would like to join "
                "the next round. Certificate not issued.",
            ),
            self._follow_up(
                prog,
                f"Send the agreement template to {late.person.full_name}",
                self._ago(-5),
                participant=late,
                owner=FollowUpOwner.HR,
            ),
            self._follow_up(
                prog,
                f"Personal check-in with {quiet_mentee.person.first_name} about workload",
                self._ago(12),
                participant=quiet_mentee,
            ),
        ]
        survey = Survey(
            programme_id=row.id,
            kind=SurveyKind.MIDTERM,
            title=builtin_title("midterm", row.language.value),
            questions=builtin_questions("midterm", row.learning_themes, row.language.value),
        )
        self._add([*follow_ups, survey])

    # -- 3: the cross-organisational programme in matching (hosted by Meridian) ----------

    def _cross_programme(self) -> None:
        rng = self.rng
        host = self.orgs["meridian"]
        guests = [self.orgs[k] for k in ("nordlys", "kingsbridge", "brightwater")]
        kickoff = _weekday(self._ago(-45))
        closing = _weekday(kickoff + timedelta(days=358))
        row = Programme(
            organisation=host.row,
            name=f"Cross-Mentoring Circle {kickoff.year}",
            kind=ProgrammeKind.CROSS_ORGANISATIONAL,
            template_key="cross",
            status=ProgrammeStatus.MATCHING,
            separate_organisations=True,
            purpose=(
                "Give leaders from four organisations a confidential sparring partner "
                "outside their own organisation, broaden their perspective on leading "
                "across cultures, sites and time zones, and build a network between the "
                "companies."
            ),
            strategic_topics=[
                "Leading across cultures and time zones",
                "Perspective from outside",
                "Leadership development",
            ],
            learning_themes=list(data.LEARNING_THEMES),
            target_group=(
                "Leaders with two to ten years of leadership experience, nominated by the "
                "participating organisations; mentors are senior leaders with experience "
                "of mentoring."
            ),
            success_criteria=(
                "Every pair completes the programme with at least seven meetings; "
                "participants report new perspectives and a wider network at the closing "
                "meeting; each organisation wants to join the next round."
            ),
            hr_contact=host.hr_contact,
            start_date=kickoff,
            end_date=closing,
            meeting_rhythm="Every 6 weeks, 1.5 hours, online or in person",
            meeting_interval_weeks=6,
            meeting_length_minutes=90,
            language=Language.EN,
        )
        row.guest_organisations = [g.row for g in guests]
        place = "Meridian Freight Group, Wilhelminakade 91, Rotterdam, and online"
        row.milestones = self._milestones(
            row,
            kickoff,
            (
                (MilestoneKind.KICKOFF, "Kick-off workshop", 0, place),
                (
                    MilestoneKind.NETWORK,
                    "Network meeting: Leading across cultures",
                    91,
                    "Online (Microsoft Teams), 15:00 CET",
                ),
                (
                    MilestoneKind.MIDTERM,
                    "Mid-term review",
                    182,
                    "Nordlys Energi, Kalvebod Brygge 45, Copenhagen",
                ),
                (
                    MilestoneKind.NETWORK,
                    "Network meeting: Careers across borders",
                    273,
                    "Online (Microsoft Teams), 15:00 CET",
                ),
                (MilestoneKind.CLOSING, "Closing meeting", 358, place),
            ),
            host.sponsor,
        )
        row.roles = [
            ProgrammeRole(
                person=host.sponsor,
                role=ProgrammeRoleKind.SPONSOR,
                description="Sponsor, host organisation",
            ),
            *(
                ProgrammeRole(
                    person=g.hr_contact,
                    role=ProgrammeRoleKind.AMBASSADOR,
                    description=f"Ambassador at {g.spec.short_name}",
                )
                for g in guests
            ),
        ]
        self._add([row])
        prog = _Prog(row, kickoff, closing)

        def speaks_english(person: Person) -> bool:
            return "en" in person.languages

        for org, mentors, mentees in (
            (host, 3, 4),
            (self.orgs["nordlys"], 2, 3),
            (self.orgs["kingsbridge"], 2, 2),
            (self.orgs["brightwater"], 3, 3),
        ):
            self._participants(
                prog,
                org,
                mentors=mentors,
                mentees=mentees,
                where_mentee=speaks_english,
                where_mentor=speaks_english,
            )
        # Interleave organisations so that statuses spread over all of them.
        prog.mentees.sort(key=lambda p: (p.person.last_name, p.person.first_name))
        applied = {2, 7, 10}
        withdrawn_at = 5
        for i, mentee in enumerate(prog.mentees):
            if i in applied:
                mentee.status = ParticipantStatus.APPLIED
            elif i == withdrawn_at:
                mentee.status = ParticipantStatus.WITHDRAWN
                mentee.application_notes += (
                    " Withdrew after nomination: moving to a new role abroad in the autumn."
                )
        prog.mentors[-1].status = ParticipantStatus.APPLIED
        self._wish(prog.mentees[0], prog, cross=True)
        self._wish(prog.mentees[3], prog, cross=True)
        self._wish(prog.mentors[1], prog, cross=True)
        avoid_target = next(
            m for m in prog.mentors if self.eligible(m, prog.mentees[1], cross=True)
        )
        self._avoid(prog.mentees[1], avoid_target.person)
        self._add_participants(prog)

        accepted = [m for m in prog.mentees if m.status == ParticipantStatus.ACCEPTED]
        proposals = self._match(prog, accepted[:3], cross=True)
        for pairing in proposals:
            pairing.status = PairingStatus.PROPOSED
        self._add_pairings(prog, proposals)

        interviews: list[Interview] = [
            self._matching_interview(prog, p, self._ago(rng.randint(3, 30)))
            for p in prog.mentors + prog.mentees
            if p.status in (ParticipantStatus.ACCEPTED, ParticipantStatus.WITHDRAWN)
        ]
        interviews.append(
            self._interview(
                prog,
                "sponsor",
                _weekday(self._ago(120)),
                person=host.sponsor,
                answers={
                    "purpose": "Our leaders sit in nine countries; they need perspective "
                    "from outside logistics and a network beyond the group.",
                    "success_looks_like": "Every organisation wants to join the next round.",
                    "guest_organisations": "Nordlys Energi, Kingsbridge, Brightwater Medical",
                    "risks": "Time zones between Istanbul and San Diego; mentors cancelling.",
                },
                notes="Agreed that no pair is formed within one organisation and that "
                "Brightwater's pairs get mentors in compatible time zones where possible.",
                confidential=False,
            )
        )
        self._add(interviews)

        follow_ups = [
            self._follow_up(
                prog,
                f"Matching interview with {p.person.full_name}",
                self._ago(-rng.randint(2, 9)) if i else self._ago(2),
                participant=p,
            )
            for i, p in enumerate(
                m for m in prog.mentees + prog.mentors if m.status == ParticipantStatus.APPLIED
            )
        ]
        follow_ups += [
            self._follow_up(
                prog,
                "Collect nominations from the guest organisations",
                self._ago(35),
                owner=FollowUpOwner.HR,
                done=self._ago(33),
                outcome="Nominations received from all three guest organisations.",
            ),
            self._follow_up(
                prog,
                "Send the match proposal to the HR contacts for approval",
                self._ago(-14),
            ),
            self._follow_up(
                prog,
                "Book rooms and catering for the kick-off in Rotterdam",
                self._ago(-21),
                owner=FollowUpOwner.HR,
            ),
        ]
        self._add(follow_ups)

    # -- 4: the programme in design (Brightwater) ----------------------------------------

    def _design_programme(self) -> None:
        org = self.orgs["brightwater"]
        kickoff = _weekday(self._ago(-150))
        closing = _weekday(kickoff + timedelta(days=266))
        row = Programme(
            organisation=org.row,
            name=f"Emerging Leaders Mentoring {kickoff.year}",
            kind=ProgrammeKind.INTERNAL,
            template_key="talent",
            status=ProgrammeStatus.DESIGN,
            purpose=(
                "Prepare high-potential engineers and specialists for their first "
                "leadership role and keep them at Brightwater as the company grows across "
                "four sites."
            ),
            strategic_topics=[
                "Leadership pipeline",
                "Retention of talent",
                "One Brightwater culture across sites",
            ],
            learning_themes=list(data.LEARNING_THEMES),
            target_group=(
                "High-potential individual contributors and first-time people leaders in "
                "R&D, Operations & Quality and Sales & Marketing, nominated by their VP."
            ),
            success_criteria=(
                "Retention of participants after two years above 90%; at least half of "
                "the mentees in a leadership role within two years; every mentee leaves "
                "with a written development plan."
            ),
            hr_contact=org.hr_contact,
            start_date=kickoff,
            end_date=closing,
            meeting_rhythm="Every 4 weeks, 1 hour",
            meeting_interval_weeks=4,
            meeting_length_minutes=60,
            language=Language.EN,
        )
        hq = "Brightwater Medical HQ, 200 Seaport Boulevard, Boston: Harbor Room"
        row.milestones = self._milestones(
            row,
            kickoff,
            (
                (MilestoneKind.KICKOFF, "Kick-off workshop", 0, hq),
                (MilestoneKind.MIDTERM, "Mid-term review", 137, "Online (Zoom), 12:00 ET"),
                (MilestoneKind.CLOSING, "Closing meeting", 266, hq),
            ),
            org.ceo,
        )
        row.roles = [
            ProgrammeRole(
                person=org.ceo, role=ProgrammeRoleKind.SPONSOR, description="Executive sponsor"
            ),
            ProgrammeRole(
                person=org.hr_director,
                role=ProgrammeRoleKind.SPONSOR,
                description="Programme owner, VP Human Resources",
            ),
            *(
                ProgrammeRole(
                    person=d,
                    role=ProgrammeRoleKind.AMBASSADOR,
                    description=f"Ambassador for {d.department}",
                )
                for d in org.directors
                if d is not org.hr_director
            ),
        ]
        self._add([row])
        prog = _Prog(row, kickoff, closing)
        interview = self._interview(
            prog,
            "sponsor",
            _weekday(self._ago(12)),
            person=org.ceo,
            answers={
                "purpose": "We lose our best engineers in year three. I want them to see a "
                "future here, and to be ready when we open the new site.",
                "success_looks_like": "Regretted attrition among the nominated people "
                "below 5%; two of them leading teams at the new site.",
                "risks": "VPs nominating the loudest rather than the best; mentors who cancel.",
                "sponsor_role": "Opens the kick-off in person and hosts the closing dinner.",
            },
            notes="First design meeting with the CEO and the VP Human Resources. The "
            "target group and the number of pairs (about 15) are still to be agreed with "
            "the VPs.",
            confidential=False,
        )
        self._add([interview])
        self._add(
            [
                self._follow_up(
                    prog,
                    "Agree the target group and nominations with the VPs",
                    self._ago(-10),
                    owner=FollowUpOwner.HR,
                ),
                self._follow_up(
                    prog,
                    "Send the programme overview to the sponsor for approval",
                    self._ago(-5),
                ),
                self._follow_up(
                    prog,
                    "Design meeting with the CEO",
                    self._ago(12),
                    done=interview.date,
                    outcome="Purpose and success criteria agreed.",
                    interview=interview,
                ),
            ]
        )

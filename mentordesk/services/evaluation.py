"""Evaluation results of a programme's survey, and comparisons across programmes.

Anonymity: no figure or open answer is given for a group with fewer responses than the
consultancy's anonymity threshold. When one of the two role groups (mentors, mentees) is
too small, the other is withheld as well, or the small group's figures could be derived by
subtracting the other group from the total.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from statistics import fmean
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from mentordesk.exchange.response_import import SCALE_TOP
from mentordesk.services.errors import InputRefused
from mentordesk.services.records import Record
from mentordesk.services.settings import read_settings
from mentordesk.services.surveys import SURVEY_KINDS
from mentordesk.store.database import Database
from mentordesk.store.models import (
    Participant,
    ParticipantStatus,
    Programme,
    Response,
    Role,
    Survey,
    SurveyKind,
)

ROLES = (Role.MENTOR.value, Role.MENTEE.value)
# Participants expected to answer a survey: not those who only applied or withdrew.
_EXPECTED = (ParticipantStatus.ACCEPTED, ParticipantStatus.MATCHED, ParticipantStatus.COMPLETED)


@dataclass(frozen=True)
class ResponseRate(Record):
    role: str  # "all", "mentor" or "mentee"
    responses: int
    participants: int

    @property
    def rate(self) -> float | None:
        return self.responses / self.participants if self.participants else None


@dataclass(frozen=True)
class QuestionResult(Record):
    key: str
    text: str
    type: str
    theme: str
    n: int
    hidden: bool
    mean: float | None = None
    # Counts of the answers 1..top (rated questions), shown groups only.
    distribution: list[int] = field(default_factory=list)
    # Open answers, sorted so the order says nothing of who wrote them; shown groups only.
    answers: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ThemeResult(Record):
    theme: str
    learning_theme: bool
    questions: int
    mean: float | None  # the mean of its Likert questions' means; None when hidden
    hidden: bool


@dataclass(frozen=True)
class GroupResult(Record):
    group: str  # "all", "mentor" or "mentee"
    responses: int
    hidden: bool
    # Why it is hidden: "small" (fewer responses than the threshold) or "other-small"
    # (the other role group is too small, and this one would give it away).
    hidden_reason: str
    questions: list[QuestionResult]
    themes: list[ThemeResult]

    def question(self, key: str) -> QuestionResult | None:
        return next((q for q in self.questions if q.key == key), None)


@dataclass(frozen=True)
class SurveyResults(Record):
    programme_id: int
    programme_name: str
    organisation_name: str
    language: str
    kind: str
    title: str
    threshold: int
    stored: bool  # False when the programme has no survey of this kind
    rates: list[ResponseRate]
    overall: GroupResult
    roles: list[GroupResult]

    def rate(self, role: str = "all") -> ResponseRate:
        return next(r for r in self.rates if r.role == role)

    def group(self, role: str) -> GroupResult:
        return next(g for g in self.roles if g.group == role)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _question_result(
    question: dict[str, str], answers: list[dict[str, Any]], threshold: int, group_hidden: bool
) -> QuestionResult:
    key, type_ = question["key"], question["type"]
    values = [a[key] for a in answers if a.get(key) not in (None, "")]
    hidden = group_hidden or len(values) < threshold
    result = QuestionResult(
        key=key,
        text=question["text"],
        type=type_,
        theme=question.get("theme", ""),
        n=len(values),
        hidden=hidden,
    )
    if hidden:
        return result
    top = SCALE_TOP.get(type_)
    if top is None:
        return replace(result, answers=sorted(str(v).strip() for v in values))
    numbers = [int(v) for v in values]
    return replace(
        result,
        mean=_round(fmean(numbers)),
        distribution=[numbers.count(value) for value in range(1, top + 1)],
    )


def _theme_results(
    questions: list[QuestionResult], learning_themes: Sequence[str], hidden: bool
) -> list[ThemeResult]:
    """Themes of the Likert questions, the programme's learning themes first."""
    by_theme: dict[str, list[QuestionResult]] = {}
    for q in questions:
        if q.type == "likert5" and q.theme:
            by_theme.setdefault(q.theme, []).append(q)
    order = [t for t in learning_themes if t in by_theme]
    order += [t for t in by_theme if t not in order]
    results = []
    for theme in order:
        members = by_theme[theme]
        means = [q.mean for q in members if q.mean is not None]
        theme_hidden = hidden or not means
        results.append(
            ThemeResult(
                theme=theme,
                learning_theme=theme in learning_themes,
                questions=len(members),
                mean=None if theme_hidden else _round(fmean(means)),
                hidden=theme_hidden,
            )
        )
    return results


def _group(
    name: str,
    questions: list[dict[str, str]],
    answers: list[dict[str, Any]],
    learning_themes: Sequence[str],
    threshold: int,
    hidden_reason: str = "",
) -> GroupResult:
    if not hidden_reason and len(answers) < threshold:
        hidden_reason = "small"
    hidden = bool(hidden_reason)
    results = [_question_result(q, answers, threshold, hidden) for q in questions]
    return GroupResult(
        group=name,
        responses=len(answers),
        hidden=hidden,
        hidden_reason=hidden_reason,
        questions=results,
        themes=_theme_results(results, learning_themes, hidden),
    )


def _participants_by_role(session: Session, programme_id: int) -> dict[str, int]:
    rows = session.execute(
        select(Participant.role, func.count())
        .where(Participant.programme_id == programme_id, Participant.status.in_(_EXPECTED))
        .group_by(Participant.role)
    )
    counts = {role: 0 for role in ROLES}
    counts.update({role.value: count for role, count in rows})
    return counts


def _survey_kind(kind: str) -> SurveyKind:
    if kind not in SURVEY_KINDS:
        raise InputRefused(
            f"Unknown survey {kind!r}: choose {' or '.join(SURVEY_KINDS)}.", field="survey"
        )
    return SurveyKind(kind)


def _results(
    session: Session, programme: Programme, kind: SurveyKind, threshold: int
) -> SurveyResults:
    survey = session.scalars(
        select(Survey).where(Survey.programme_id == programme.id, Survey.kind == kind)
    ).one_or_none()
    questions: list[dict[str, str]] = list(survey.questions) if survey else []
    responses = (
        list(session.scalars(select(Response).where(Response.survey_id == survey.id)))
        if survey
        else []
    )
    by_role = {
        role: [r.answers for r in responses if r.respondent_role == Role(role)] for role in ROLES
    }
    participants = _participants_by_role(session, programme.id)
    rates = [ResponseRate("all", len(responses), sum(participants.values()))]
    rates += [ResponseRate(role, len(by_role[role]), participants[role]) for role in ROLES]

    themes = list(programme.learning_themes)
    small = [role for role in ROLES if len(by_role[role]) < threshold]
    roles = [
        _group(
            role,
            questions,
            by_role[role],
            themes,
            threshold,
            "small" if role in small else ("other-small" if small else ""),
        )
        for role in ROLES
    ]
    return SurveyResults(
        programme_id=programme.id,
        programme_name=programme.name,
        organisation_name=programme.organisation.name,
        language=programme.language.value,
        kind=kind.value,
        title=survey.title if survey else "",
        threshold=threshold,
        stored=survey is not None,
        rates=rates,
        overall=_group("all", questions, [r.answers for r in responses], themes, threshold),
        roles=roles,
    )


def survey_results(
    db: Database, programme_id: int, kind: str, *, threshold: int | None = None
) -> SurveyResults:
    """The results of the programme's survey, anonymised by the threshold (the stored
    setting unless given)."""
    survey_kind = _survey_kind(kind)
    limit = read_settings(db).anonymity_threshold if threshold is None else threshold
    with db.unit_of_work() as session:
        programme = session.get(
            Programme, programme_id, options=[joinedload(Programme.organisation)]
        )
        if programme is None:
            raise InputRefused(
                f"There is no programme {programme_id}: pick one from the list of programmes.",
                field="programme",
            )
        return _results(session, programme, survey_kind, limit)


def results_json(results: SurveyResults) -> dict[str, Any]:
    """The results as one JSON document: hidden groups and questions carry "hidden": true
    and no figures."""

    def question(q: QuestionResult) -> dict[str, Any]:
        out: dict[str, Any] = {"key": q.key, "text": q.text, "type": q.type, "theme": q.theme}
        if q.hidden:
            return out | {"hidden": True}
        out |= {"hidden": False, "n": q.n}
        if q.type == "text":
            return out | {"answers": q.answers}
        return out | {"mean": q.mean, "distribution": q.distribution}

    def group(g: GroupResult) -> dict[str, Any]:
        out: dict[str, Any] = {"responses": g.responses, "hidden": g.hidden}
        if g.hidden:
            return out
        return out | {
            "questions": [question(q) for q in g.questions],
            "themes": [
                {"theme": t.theme, "learning_theme": t.learning_theme, "mean": t.mean}
                for t in g.themes
            ],
        }

    def rate(r: ResponseRate) -> dict[str, Any]:
        return {
            "responses": r.responses,
            "participants": r.participants,
            "rate": None if r.rate is None else round(r.rate, 3),
        }

    overall = group(results.overall)
    return {
        "programme_id": results.programme_id,
        "programme": results.programme_name,
        "survey": results.kind,
        "title": results.title,
        "anonymity_threshold": results.threshold,
        "response_rate": {r.role: rate(r) for r in results.rates},
        "hidden": results.overall.hidden,
        "questions": overall.get("questions", []),
        "themes": overall.get("themes", []),
        "roles": {g.group: group(g) for g in results.roles},
    }


# -- comparison across programmes ---------------------------------------------------------


@dataclass(frozen=True)
class ComparisonColumn(Record):
    key: str
    text: str
    theme: str


@dataclass(frozen=True)
class ComparisonRow(Record):
    programme_id: int
    programme_name: str
    organisation_name: str
    responses: int
    response_rate: float | None
    hidden: bool  # fewer responses than the threshold: no figures
    satisfaction: float | None
    means: dict[str, float | None]


@dataclass(frozen=True)
class Comparison(Record):
    kind: str
    threshold: int
    columns: list[ComparisonColumn]
    rows: list[ComparisonRow]


def _shared_likert_questions(surveys: Iterable[Survey]) -> list[ComparisonColumn]:
    """The Likert questions (by key) of every survey, in the order of the first."""
    question_sets = [{q["key"]: q for q in s.questions if q["type"] == "likert5"} for s in surveys]
    if not question_sets:
        return []
    shared = set(question_sets[0]).intersection(*question_sets[1:])
    first = question_sets[0]
    return [
        ComparisonColumn(key=k, text=first[k]["text"], theme=first[k].get("theme", ""))
        for k in first
        if k in shared
    ]


def compare_programmes(
    db: Database,
    kind: str = "final",
    *,
    organisation_id: int | None = None,
    threshold: int | None = None,
) -> Comparison:
    """One row per programme with a survey of this kind (of one organisation, or all of the
    consultant's): responses, response rate, mean satisfaction and the mean of every Likert
    question the surveys share. A programme under the threshold shows counts only."""
    survey_kind = _survey_kind(kind)
    limit = read_settings(db).anonymity_threshold if threshold is None else threshold
    with db.unit_of_work() as session:
        query = (
            select(Survey)
            .join(Programme, Programme.id == Survey.programme_id)
            .where(Survey.kind == survey_kind)
            .order_by(Programme.start_date, Programme.name)
        )
        if organisation_id is not None:
            query = query.where(Programme.organisation_id == organisation_id)
        surveys = list(session.scalars(query))
        columns = _shared_likert_questions(surveys)
        rows = []
        for survey in surveys:
            programme = session.get(
                Programme, survey.programme_id, options=[joinedload(Programme.organisation)]
            )
            assert programme is not None
            results = _results(session, programme, survey_kind, limit)
            overall = results.overall
            satisfaction = overall.question("satisfaction")
            rows.append(
                ComparisonRow(
                    programme_id=programme.id,
                    programme_name=programme.name,
                    organisation_name=programme.organisation.name,
                    responses=overall.responses,
                    response_rate=_round(results.rate().rate),
                    hidden=overall.hidden,
                    satisfaction=satisfaction.mean if satisfaction else None,
                    means={
                        c.key: (q.mean if (q := overall.question(c.key)) else None) for c in columns
                    },
                )
            )
        return Comparison(kind=survey_kind.value, threshold=limit, columns=columns, rows=rows)


def report_survey_kind(db: Database, programme_id: int) -> str:
    """The survey a report is about unless one is chosen: the final evaluation once it has
    responses, else the mid-term one."""
    with db.unit_of_work() as session:
        kinds = session.scalars(
            select(Survey.kind)
            .join(Response, Response.survey_id == Survey.id)
            .where(Survey.programme_id == programme_id)
        ).all()
    return SurveyKind.FINAL.value if SurveyKind.FINAL in kinds else SurveyKind.MIDTERM.value

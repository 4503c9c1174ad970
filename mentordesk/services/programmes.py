"""Programmes."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from mentordesk.services.errors import InputRefused
from mentordesk.services.records import OrganisationNode, ProgrammeNode, ProgrammeRecord
from mentordesk.store.database import Database
from mentordesk.store.models import Organisation, Programme


def list_programmes(
    db: Database, *, organisation_id: int | None = None, programme_id: int | None = None
) -> list[ProgrammeRecord]:
    query = (
        select(Programme)
        .options(
            selectinload(Programme.organisation),
            selectinload(Programme.guest_organisations),
            selectinload(Programme.milestones),
        )
        .order_by(Programme.start_date.desc(), Programme.id)
    )
    if organisation_id is not None:
        query = query.where(Programme.organisation_id == organisation_id)
    if programme_id is not None:
        query = query.where(Programme.id == programme_id)
    with db.unit_of_work() as session:
        return [
            ProgrammeRecord(
                id=p.id,
                name=p.name,
                organisation_id=p.organisation_id,
                organisation_name=p.organisation.name,
                status=p.status.value,
                kind=p.kind.value,
                language=p.language.value,
                start_date=p.start_date,
                end_date=p.end_date,
                guest_organisation_ids=[o.id for o in p.guest_organisations],
                purpose=p.purpose,
                strategic_topics=list(p.strategic_topics),
                learning_themes=list(p.learning_themes),
                target_group=p.target_group,
                success_criteria=p.success_criteria,
                hr_contact_id=p.hr_contact_id,
                meeting_rhythm=p.meeting_rhythm,
                meeting_interval_weeks=p.meeting_interval_weeks,
                meeting_length_minutes=p.meeting_length_minutes,
                separate_organisations=p.separate_organisations,
                template_key=p.template_key,
                milestones=[
                    {
                        "id": m.id,
                        "kind": m.kind.value,
                        "title": m.title,
                        "date": m.date.isoformat(),
                        "place": m.place,
                    }
                    for m in p.milestones
                ],
            )
            for p in session.scalars(query)
        ]


def get_programme(db: Database, programme_id: int) -> ProgrammeRecord:
    found = list_programmes(db, programme_id=programme_id)
    if not found:
        raise InputRefused(f"There is no programme with ID {programme_id}.", field="programme")
    return found[0]


def navigation_tree(db: Database, *, include_archived: bool = False) -> list[OrganisationNode]:
    """Client organisations, each with its programmes: the main window's navigation pane."""
    with db.unit_of_work() as session:
        org_query = select(Organisation.id, Organisation.name, Organisation.archived_at).order_by(
            func.lower(Organisation.name), Organisation.id
        )
        if not include_archived:
            org_query = org_query.where(Organisation.archived_at.is_(None))
        programmes: dict[int, list[ProgrammeNode]] = {}
        for pid, org_id, name, status in session.execute(
            select(Programme.id, Programme.organisation_id, Programme.name, Programme.status)
            .where(Programme.archived_at.is_(None))
            .order_by(Programme.start_date.desc(), Programme.id)
        ):
            programmes.setdefault(org_id, []).append(ProgrammeNode(pid, name, status.value))
        return [
            OrganisationNode(oid, name, archived is not None, programmes.get(oid, []))
            for oid, name, archived in session.execute(org_query)
        ]

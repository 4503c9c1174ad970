"""A generated large MentorDesk database for the start-up benchmark.

50 organisations, 20,000 people in reporting hierarchies, 200 programmes with
participants, pairings, milestones, interviews and follow-ups, written with bulk inserts
(`session.execute(insert(Model), rows)`) in one unit of work: a second or two.

    python tests/bench/large_db.py             the cached file (built when missing)
    python tests/bench/large_db.py --rebuild   rebuild the cached file
    python tests/bench/large_db.py FILE        write one to a new FILE
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from mentordesk.config import DatabaseTarget
from mentordesk.store.database import open_database
from mentordesk.store.migrations import HEAD
from mentordesk.store.models import (
    FollowUp,
    FollowUpStatus,
    Interview,
    Milestone,
    MilestoneKind,
    Organisation,
    Pairing,
    PairingStatus,
    Participant,
    ParticipantStatus,
    Person,
    Programme,
    ProgrammeStatus,
    Role,
)

ORGANISATIONS = 50
PEOPLE = 20_000
PROGRAMMES = 200
MENTORS_PER_PROGRAMME = 20
MENTEES_PER_PROGRAMME = 30
SPAN_OF_CONTROL = 6  # direct reports per manager
SEED = 1_234_567
LAYOUT_VERSION = 1  # bump when the generated content changes: the cache is rebuilt

FIRST = (
    "Anna", "Ben", "Clara", "David", "Emil", "Freja", "Gustav", "Hanna", "Ida", "Jonas",
    "Karen", "Lars", "Maja", "Niels", "Olga",
)  # fmt: skip
LAST = (
    "Andersen", "Berg", "Christensen", "Dahl", "Eriksen", "Frost", "Holm", "Jensen",
    "Kowalski", "Larsen", "Nowak",
)  # fmt: skip
DEPARTMENTS = ("Finance", "Sales", "Operations", "IT", "HR", "Legal", "Marketing", "R&D")
TITLES = ("Specialist", "Team lead", "Manager", "Senior manager", "Director", "Vice president")
THEMES = ["Building a network", "Leading change", "Manager to leader", "Role model", "Career"]


@dataclass(frozen=True)
class LargeSummary:
    organisations: int
    people: int
    programmes: int
    participants: int
    pairings: int
    milestones: int
    interviews: int
    follow_ups: int

    def __str__(self) -> str:
        return ", ".join(
            f"{value:,} {name.replace('_', '-')}" for name, value in vars(self).items()
        )


def cache_path(directory: Path | None = None) -> Path:
    """Where the cached large database lives (per schema revision and layout)."""
    base = directory or Path(tempfile.gettempdir()) / "mentordesk-bench"
    return base / f"large-r{HEAD}-v{LAYOUT_VERSION}.sqlite3"


def cached_large_database(directory: Path | None = None, *, rebuild: bool = False) -> Path:
    """The large database, built once and reused by later benchmark runs."""
    path = cache_path(directory)
    if rebuild or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".building")
        for leftover in path.parent.glob(partial.name + "*"):
            leftover.unlink()
        build_large_database(partial)
        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        partial.replace(path)
    return path


def build_large_database(path: Path, *, today: date | None = None) -> LargeSummary:
    """Write the large database to a new file at `path`."""
    if path.exists():
        raise FileExistsError(f"{path} exists; the large database is only written to a new file")
    rng = random.Random(SEED)
    today = today or date(2025, 6, 1)
    rows = _generate(rng, today)
    db = open_database(DatabaseTarget(path=path))
    try:
        with db.unit_of_work() as session:
            for model, batch in rows:
                if batch:
                    session.execute(insert(model), batch)
    finally:
        db.close()
    counts = {model.__tablename__: len(batch) for model, batch in rows}
    return LargeSummary(
        organisations=counts["organisation"],
        people=counts["person"],
        programmes=counts["programme"],
        participants=counts["participant"],
        pairings=counts["pairing"],
        milestones=counts["milestone"],
        interviews=counts["interview"],
        follow_ups=counts["follow_up"],
    )


def _generate(rng: random.Random, today: date) -> list[tuple[type[Any], list[dict[str, Any]]]]:
    organisations: list[dict[str, Any]] = []
    people: list[dict[str, Any]] = []
    people_of: dict[int, list[int]] = {}
    per_org = PEOPLE // ORGANISATIONS
    for o in range(1, ORGANISATIONS + 1):
        organisations.append(
            {
                "id": o,
                "name": f"Client {o:02d} A/S",
                "sector": rng.choice(("Energy", "Logistics", "Finance", "Health", "Retail")),
                "country": rng.choice(("DK", "SE", "NO", "DE", "UK", "PL")),
                "notes": "",
                "brand_colour": f"#{rng.randrange(0x1000000):06X}",
            }
        )
        ids = []
        for i in range(per_org):
            person_id = len(people) + 1
            first, last = rng.choice(FIRST), rng.choice(LAST)
            # A tree: person i reports to person (i - 1) // SPAN_OF_CONTROL of the same
            # organisation; the first one is the chief executive.
            manager = ids[(i - 1) // SPAN_OF_CONTROL] if i else None
            depth = 0 if not i else len(_ancestry(i))
            people.append(
                {
                    "id": person_id,
                    "organisation_id": o,
                    "first_name": first,
                    "last_name": last,
                    "email": f"{first}.{last}.{i}@client{o}.example".lower(),
                    "department": rng.choice(DEPARTMENTS),
                    "job_title": TITLES[max(0, len(TITLES) - 1 - depth)],
                    "level": depth,
                    "location": rng.choice(("Copenhagen", "Aarhus", "Oslo", "Warsaw", "London")),
                    "time_zone": "Europe/Copenhagen",
                    "languages": ["en"],
                    "manager_id": manager,
                    "biography": "",
                }
            )
            ids.append(person_id)
        people_of[o] = ids

    programmes: list[dict[str, Any]] = []
    milestones: list[dict[str, Any]] = []
    participants: list[dict[str, Any]] = []
    pairings: list[dict[str, Any]] = []
    interviews: list[dict[str, Any]] = []
    follow_ups: list[dict[str, Any]] = []
    statuses = list(ProgrammeStatus)
    for p in range(1, PROGRAMMES + 1):
        org = (p - 1) % ORGANISATIONS + 1
        start = today - timedelta(days=rng.randrange(0, 700))
        programmes.append(
            {
                "id": p,
                "organisation_id": org,
                "name": f"Leadership {start.year} #{p}",
                "status": statuses[p % len(statuses)],
                "purpose": "Develop the next generation of leaders.",
                "learning_themes": THEMES,
                "start_date": start,
                "end_date": start + timedelta(days=300),
                "hr_contact_id": people_of[org][1],
            }
        )
        for k, kind in enumerate(
            (
                MilestoneKind.KICKOFF,
                MilestoneKind.NETWORK,
                MilestoneKind.MIDTERM,
                MilestoneKind.CLOSING,
            )
        ):
            milestones.append(
                {
                    "programme_id": p,
                    "kind": kind,
                    "title": kind.value.title(),
                    "date": start + timedelta(days=90 * k),
                    "place": "Head office",
                }
            )
        chosen = rng.sample(people_of[org][1:], MENTORS_PER_PROGRAMME + MENTEES_PER_PROGRAMME)
        mentor_ids, mentee_ids = [], []
        for n, person_id in enumerate(chosen):
            participant_id = len(participants) + 1
            role = Role.MENTOR if n < MENTORS_PER_PROGRAMME else Role.MENTEE
            participants.append(
                {
                    "id": participant_id,
                    "programme_id": p,
                    "person_id": person_id,
                    "role": role,
                    "status": ParticipantStatus.MATCHED,
                    "goals": ["Lead change"],
                    "expertise": ["Finance"],
                    "capacity": 2 if role is Role.MENTOR else 1,
                }
            )
            (mentor_ids if role is Role.MENTOR else mentee_ids).append(participant_id)
        for n, mentee in enumerate(mentee_ids):
            pairing_id = len(pairings) + 1
            pairings.append(
                {
                    "id": pairing_id,
                    "programme_id": p,
                    "mentor_id": mentor_ids[n % len(mentor_ids)],
                    "mentee_id": mentee,
                    "status": PairingStatus.ACTIVE,
                    "score": round(rng.random(), 3),
                    "explanation": ["Shared goals"],
                    "started_on": start + timedelta(days=30),
                }
            )
            interviews.append(
                {
                    "programme_id": p,
                    "kind": "matching",
                    "date": start - timedelta(days=10),
                    "participant_id": mentee,
                    "notes": "Motivated; wants a mentor outside the line.",
                    "confidential": True,
                }
            )
            follow_ups.append(
                {
                    "programme_id": p,
                    "pairing_id": pairing_id,
                    "title": "Check in with the pair",
                    "due": start + timedelta(days=60 + rng.randrange(0, 200)),
                    "status": FollowUpStatus.OPEN,
                }
            )
    return [
        (Organisation, organisations),
        (Person, people),
        (Programme, programmes),
        (Milestone, milestones),
        (Participant, participants),
        (Pairing, pairings),
        (Interview, interviews),
        (FollowUp, follow_ups),
    ]


def _ancestry(index: int) -> list[int]:
    """The chain of managers' indexes above person `index` of an organisation."""
    chain = []
    while index:
        index = (index - 1) // SPAN_OF_CONTROL
        chain.append(index)
    return chain


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build the large benchmark database.")
    parser.add_argument("file", nargs="?", type=Path, help="write a new database here")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached one")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.file is not None:
        print(f"{build_large_database(args.file)} in {time.perf_counter() - started:.1f} s")
        target = args.file
    else:
        target = cached_large_database(rebuild=args.rebuild)
    # The last line is the database's path: the benchmark reads it.
    print(target.resolve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Benchmark: import of a 20,000-row XLSX of participants.

Run with `python tests/bench/bench_import.py [ROWS]`. Writes the workbook with openpyxl
(realistic columns, a five-wide manager hierarchy), then, three times on a fresh SQLite
database, times the preview (read with calamine + validate) and the apply (one unit of
work), and once more the preview of the same file against the filled database (every row
an update). Prints the medians and PASS/OVER against the 5-second budget of the preview.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from mentordesk.config import DatabaseTarget
from mentordesk.services.participant_import import apply_import, preview_import
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import Organisation, Programme

ROWS = 20_000
BUDGET_SECONDS = 5.0
RUNS = 3

FIRST = ["Anna", "Bo", "Clara", "Dennis", "Emma", "Frederik", "Ida", "Jonas", "Karen", "Mads"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Sørensen", "Rasmussen", "Møller"]
DEPARTMENTS = ["Finance", "Sales", "R&D", "HR", "Operations", "Legal", "IT", "Marketing"]
LOCATIONS = ["Aarhus", "København", "Odense", "Aalborg", "Hamburg", "Malmö"]
GOALS = ["Lead change", "Build a network", "Career clarity", "Strategic thinking", "Role model"]


def write_workbook(path: Path, rows: int) -> None:
    workbook = Workbook(write_only=True)
    info = workbook.create_sheet("Info")
    info.append(["HR export", "participants"])
    sheet = workbook.create_sheet("Participants")
    sheet.append(["Participants of the leadership programme"])
    sheet.append([])
    sheet.append(
        [
            "First name",
            "Last name",
            "E-mail",
            "Role",
            "Department",
            "Job title",
            "Level",
            "Manager email",
            "Location",
            "Languages",
            "Goals",
            "Expertise",
            "Capacity",
            "Phone",
            "Gender",
        ]
    )
    for i in range(rows):
        manager = "" if i == 0 else f"Person{(i - 1) // 5}@Acme.example"
        mentor = i % 3 == 0
        sheet.append(
            [
                FIRST[i % len(FIRST)],
                f"{LAST[i % len(LAST)]} {i}",
                f"Person{i}@Acme.example",
                "Mentor" if mentor else "mentee",
                DEPARTMENTS[i % len(DEPARTMENTS)],
                "Head of unit" if mentor else "Specialist",
                float(1 + i % 7),
                manager,
                LOCATIONS[i % len(LOCATIONS)],
                "da; en" if i % 2 else "en",
                f"{GOALS[i % len(GOALS)]}; {GOALS[(i + 2) % len(GOALS)]}",
                f"{DEPARTMENTS[(i + 3) % len(DEPARTMENTS)]}, coaching",
                float(1 + i % 3) if mentor else None,
                4520000000 + i,
                "female" if i % 2 else "male",
            ]
        )
        if i % 1000 == 999:
            sheet.append([])  # blank rows, as in real exports
    workbook.save(path)


def fresh_database(folder: Path, name: str) -> tuple[Database, int]:
    db = open_database(DatabaseTarget(path=folder / f"{name}.sqlite3"))
    with db.unit_of_work() as session:
        organisation = Organisation(name="Acme")
        session.add(organisation)
        session.flush()
        programme = Programme(name="Leadership 2025", organisation_id=organisation.id)
        session.add(programme)
        session.flush()
        return db, programme.id


def main() -> int:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else ROWS
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        workbook = folder / "participants.xlsx"
        started = time.perf_counter()
        write_workbook(workbook, rows)
        print(f"wrote {rows:,} rows with openpyxl in {time.perf_counter() - started:.2f} s")

        preview_times: list[float] = []
        apply_times: list[float] = []
        update_times: list[float] = []
        for run in range(RUNS):
            db, programme_id = fresh_database(folder, f"run{run}")
            try:
                started = time.perf_counter()
                preview = preview_import(db, programme_id, workbook)
                preview_times.append(time.perf_counter() - started)
                assert not preview.has_errors, preview.errors[:3]
                assert preview.counts.new_people == rows, preview.counts

                started = time.perf_counter()
                summary = apply_import(db, programme_id, preview)
                apply_times.append(time.perf_counter() - started)
                assert summary.new_participants == rows

                started = time.perf_counter()
                again = preview_import(db, programme_id, workbook)
                update_times.append(time.perf_counter() - started)
                assert again.counts.updated_people == rows, again.counts
            finally:
                db.close()

    preview_median = statistics.median(preview_times)
    print(
        f"read+validate (preview), new people:      median {preview_median:.2f} s  "
        f"(runs: {', '.join(f'{t:.2f}' for t in preview_times)})"
    )
    print(
        f"read+validate (preview), all existing:    median {statistics.median(update_times):.2f} s"
        f"  (runs: {', '.join(f'{t:.2f}' for t in update_times)})"
    )
    print(
        f"apply (one unit of work):                 median {statistics.median(apply_times):.2f} s"
        f"  (runs: {', '.join(f'{t:.2f}' for t in apply_times)})"
    )
    verdict = "PASS" if preview_median <= BUDGET_SECONDS else "OVER"
    print(f"{verdict}: preview of {rows:,} rows {preview_median:.2f} s (budget {BUDGET_SECONDS} s)")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())

"""The programme workflow through the command line: new, import, match, export, lists."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mentordesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def programme(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    db = tmp_path / "office.sqlite3"
    assert run(capsys, "--db", str(db), "new", "organisation", "Nordlys")[0] == 0
    code, out, _ = run(
        capsys,
        "--db",
        str(db),
        "new",
        "programme",
        "Ledere 2027",
        "--organisation",
        "1",
        "--start",
        "2027-02-01",
        "--json",
    )
    assert code == 0
    record = json.loads(out)
    assert record["start_date"] == "2027-02-01" and record["status"] == "design"
    assert next(m["date"] for m in record["milestones"]) == "2027-02-01"
    return db, str(record["id"])


HR_FILE = (
    "Fornavn;Efternavn;E-mail;Rolle;Niveau;Leders e-mail;Kompetencer;Mål;Sprog\n"
    "Åse;Brøndum;ase@nordlys.dk;mentor;5;;Leading change;;da,en\n"
    "Søren;Løkke;SOREN@nordlys.dk;adept;2;ase@nordlys.dk;;Leading change;da\n"
    "Jens;Ærø;jens@nordlys.dk;mentor;4;;Career;;da\n"
    "Mia;Høj;mia@nordlys.dk;adept;2;;;Career;da\n"
)


def test_import_then_match_then_confirm(
    programme: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, pid = programme
    sheet = tmp_path / "hr.csv"
    sheet.write_text(HR_FILE, encoding="cp1252")
    code, out, _ = run(
        capsys,
        "--db",
        str(db),
        "import",
        "participants",
        str(sheet),
        "--programme",
        pid,
        "--dry-run",
    )
    assert code == 0 and "nothing was written" in out
    _, out, _ = run(capsys, "--db", str(db), "list", "participants", "--json")
    assert json.loads(out) == []

    assert (
        run(capsys, "--db", str(db), "import", "participants", str(sheet), "--programme", pid)[0]
        == 0
    )
    _, out, _ = run(capsys, "--db", str(db), "list", "participants", "--programme", pid, "--json")
    people = {row["email"]: row for row in json.loads(out)}
    assert people["soren@nordlys.dk"]["role"] == "mentee"
    assert people["ase@nordlys.dk"]["role"] == "mentor"

    code, out, _ = run(capsys, "--db", str(db), "match", "--programme", pid, "--json")
    proposal = json.loads(out)
    assert code == 0 and len(proposal["pairs"]) == 2 and proposal["unmatched"] == []
    pairs = {(p["mentor"], p["mentee"]) for p in proposal["pairs"]}
    # Åse manages Søren: she is in his line of management and may never be his mentor.
    assert ("ase@nordlys.dk", "soren@nordlys.dk") not in pairs
    assert all(p["reasons"] and isinstance(p["score"], float | int) for p in proposal["pairs"])

    code, _, _ = run(capsys, "--db", str(db), "match", "--programme", pid, "--apply", "--confirm")
    assert code == 0
    _, out, _ = run(capsys, "--db", str(db), "list", "pairings", "--programme", pid, "--json")
    stored = json.loads(out)
    assert {(p["mentor_email"], p["mentee_email"]) for p in stored} == pairs
    assert {p["status"] for p in stored} == {"confirmed"}

    out_file = tmp_path / "pairs.xlsx"
    assert (
        run(
            capsys,
            "--db",
            str(db),
            "export",
            "pairings",
            "--programme",
            pid,
            "--out",
            str(out_file),
        )[0]
        == 0
    )
    rows = list(load_workbook(out_file).active.iter_rows(values_only=True))
    assert len(rows) == 3 and "Mentor email" in rows[0]


def test_a_broken_spreadsheet_is_reported_and_nothing_written(
    programme: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, pid = programme
    sheet = tmp_path / "broken.csv"
    sheet.write_text(
        HR_FILE.replace("jens@nordlys.dk", "jens@").replace(";4;", ";senior;"), encoding="utf-8"
    )
    code, out, _ = run(
        capsys, "--db", str(db), "import", "participants", str(sheet), "--programme", pid
    )
    assert code == 1
    assert "broken.csv, row 4, column 'E-mail'" in out
    assert "row 4, column 'Niveau'" in out
    _, out, _ = run(capsys, "--db", str(db), "list", "participants", "--json")
    assert json.loads(out) == []


def test_export_participants_csv_reimports(
    programme: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, pid = programme
    sheet = tmp_path / "hr.csv"
    sheet.write_text(HR_FILE, encoding="utf-8-sig")
    run(capsys, "--db", str(db), "import", "participants", str(sheet), "--programme", pid)
    exported = tmp_path / "participants.csv"
    assert (
        run(
            capsys,
            "--db",
            str(db),
            "export",
            "participants",
            "--programme",
            pid,
            "--out",
            str(exported),
        )[0]
        == 0
    )
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["Email"] for r in rows} == {
        "ase@nordlys.dk",
        "soren@nordlys.dk",
        "jens@nordlys.dk",
        "mia@nordlys.dk",
    }
    _code, out, _ = run(
        capsys, "--db", str(db), "new", "programme", "Next", "--organisation", "1", "--json"
    )
    second = str(json.loads(out)["id"])
    assert (
        run(
            capsys, "--db", str(db), "import", "participants", str(exported), "--programme", second
        )[0]
        == 0
    )
    _, out, _ = run(
        capsys, "--db", str(db), "list", "participants", "--programme", second, "--json"
    )
    assert len(json.loads(out)) == 4
    _, out, _ = run(capsys, "--db", str(db), "list", "organisations", "--json")
    assert json.loads(out)[0]["people"] == 4  # updated, not duplicated


def test_wrong_start_date_is_refused(
    programme: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = programme
    code, _, err = run(
        capsys,
        "--db",
        str(db),
        "new",
        "programme",
        "X",
        "--organisation",
        "1",
        "--start",
        "2027-02-30",
    )
    assert code == 1 and "--start" in err and "YYYY-MM-DD" in err


def test_confidential_notes_never_leave_without_asking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite3"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    _, out, _ = run(
        capsys, "--db", str(db), "list", "interviews", "--include-confidential", "--json"
    )
    everything = json.loads(out)
    shared = {i["notes"] for i in everything if not i["confidential"]}
    # Only text that no shareable note also contains can prove a leak.
    secrets = [
        i["notes"]
        for i in everything
        if i["confidential"] and i["notes"] and not any(i["notes"] in text for text in shared)
    ]
    assert secrets
    for args in (("--json",), ()):
        _, out, _ = run(capsys, "--db", str(db), "list", "interviews", *args)
        assert not any(secret in out for secret in secrets)
    _, out, _ = run(capsys, "--db", str(db), "list", "interviews", "--json")
    hidden = [i for i in json.loads(out) if i["confidential"]]
    assert hidden and {i["notes"] for i in hidden} == {"confidential"}
    assert all({"id", "kind", "date", "confidential", "notes"} <= i.keys() for i in hidden)


def test_followups_due(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite3"
    run(capsys, "--db", str(db), "demo")
    _, out, _ = run(capsys, "--db", str(db), "list", "followups", "--json")
    everything = json.loads(out)
    _, out, _ = run(capsys, "--db", str(db), "list", "followups", "--due", "--json")
    due = json.loads(out)
    assert 0 < len(due) < len(everything)
    assert all(f["status"] == "open" and {"id", "due", "status"} <= f.keys() for f in due)


def test_print_writes_a_pdf_a_reader_sees(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    db = tmp_path / "demo.sqlite3"
    run(capsys, "--db", str(db), "demo")
    _, out, _ = run(capsys, "--db", str(db), "list", "programmes", "--json")
    programme = next(p for p in json.loads(out) if p["status"] == "running")
    pdf = tmp_path / "out" / "overview.pdf"
    code, _, err = run(
        capsys,
        "--db",
        str(db),
        "print",
        "overview",
        "--programme",
        str(programme["id"]),
        "--out",
        str(pdf),
        "--paper",
        "letter",
    )
    assert code == 0, err
    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert programme["name"] in text
    assert round(float(reader.pages[0].mediabox.width)) == 612  # US Letter
    code, _, err = run(
        capsys,
        "--db",
        str(db),
        "print",
        "brochure",
        "--programme",
        str(programme["id"]),
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "overview" in err and not (tmp_path / "x.pdf").exists()


def test_plan_attention_and_calendar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from icalendar import Calendar

    db = tmp_path / "demo.sqlite3"
    run(capsys, "--db", str(db), "demo")
    _, out, _ = run(capsys, "--db", str(db), "list", "programmes", "--json")
    running = str(next(p for p in json.loads(out) if p["status"] == "running")["id"])

    code, out, _ = run(capsys, "--db", str(db), "attention", "--json")
    items = json.loads(out)
    assert code == 0 and items and all(i["detail"] for i in items)

    code, out, _ = run(
        capsys, "--db", str(db), "plan", "followups", "--programme", running, "--json"
    )
    planned = json.loads(out)
    assert code == 0 and planned
    code, out, _ = run(
        capsys, "--db", str(db), "plan", "followups", "--programme", running, "--json"
    )
    assert json.loads(out) == []  # nothing planned twice

    ics = tmp_path / "plan.ics"
    code, _, _ = run(
        capsys, "--db", str(db), "export", "calendar", "--programme", running, "--out", str(ics)
    )
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert code == 0 and len(events) > len(planned)
    assert len({str(e["UID"]) for e in events}) == len(events)

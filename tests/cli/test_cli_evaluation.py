"""`mentordesk import responses`, `mentordesk results` and `mentordesk print report` on
copies of a demo database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk.cli import main
from mentordesk.store.backup import make_backup


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    make_backup(demo_template, out=path)
    return path


def _programme_id(capsys: pytest.CaptureFixture[str], db: Path, status: str) -> int:
    code, out, _ = run(capsys, "--db", str(db), "list", "programmes", "--json")
    assert code == 0
    return next(p["id"] for p in json.loads(out) if p["status"] == status)


def _results(capsys: pytest.CaptureFixture[str], db: Path, programme: int, survey: str) -> dict:  # type: ignore[type-arg]
    code, out, _ = run(
        capsys,
        "--db",
        str(db),
        "results",
        "--programme",
        str(programme),
        "--survey",
        survey,
        "--json",
    )
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def test_results_json_of_the_closed_programme(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    closed = _programme_id(capsys, demo, "closed")
    document = _results(capsys, demo, closed, "final")
    rate = document["response_rate"]
    assert rate["all"]["responses"] == 15 and rate["all"]["participants"] == 16
    assert rate["all"]["rate"] == pytest.approx(15 / 16, abs=0.001)
    assert set(rate) == {"all", "mentor", "mentee"}
    assert document["anonymity_threshold"] == 5 and document["hidden"] is False
    trust = next(q for q in document["questions"] if q["key"] == "trust")
    assert trust["hidden"] is False and trust["n"] == 15
    assert sum(trust["distribution"]) == 15 and 1 <= trust["mean"] <= 5
    themes = [t["theme"] for t in document["themes"]]
    assert themes[0] == "Building a network of alliances across the organisation"
    assert document["roles"]["mentor"]["hidden"] is False
    assert document["roles"]["mentor"]["responses"] == 6

    code, out, _ = run(capsys, "--db", str(demo), "results", "--programme", str(closed))
    assert code == 0
    assert "responses (all): 15 of 16 (94%)" in out
    assert "satisfaction: mean" in out


def test_results_are_hidden_under_the_threshold(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    running = _programme_id(capsys, demo, "running")
    assert _results(capsys, demo, running, "midterm")["hidden"] is True
    answers = tmp_path / "answers.csv"
    answers.write_text("role,trust,satisfaction\n" + "mentee,4,8\n" * 4, encoding="utf-8")
    code, _, _ = run(
        capsys,
        "--db",
        str(demo),
        "import",
        "responses",
        str(answers),
        "--programme",
        str(running),
        "--survey",
        "midterm",
    )
    assert code == 0
    document = _results(capsys, demo, running, "midterm")
    assert document["response_rate"]["all"]["responses"] == 4
    assert document["hidden"] is True and document["questions"] == []
    assert document["roles"]["mentee"] == {"responses": 4, "hidden": True}
    assert "mean" not in json.dumps(document)
    code, out, _ = run(
        capsys, "--db", str(demo), "results", "--programme", str(running), "--survey", "midterm"
    )
    assert "fewer than 5 responses: not shown to protect anonymity" in out


def test_import_refuses_a_bad_file_dry_runs_then_imports(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    running = _programme_id(capsys, demo, "running")
    export = tmp_path / "online.csv"
    export.write_text("Role,trust,satisfaction\nmentee,4,9\nmentor,6,8\n", encoding="utf-8")
    args = [
        "--db",
        str(demo),
        "import",
        "responses",
        str(export),
        "--programme",
        str(running),
        "--survey",
        "midterm",
    ]
    code, out, _ = run(capsys, *args)
    assert code == 1
    assert "error: online.csv, row 3, column 'trust': '6' is not an answer to a 1-5 question" in out
    assert "Nothing is imported until the errors are corrected." in out
    assert _results(capsys, demo, running, "midterm")["response_rate"]["all"]["responses"] == 0

    export.write_text("Role,trust,satisfaction\nmentee,4,9\nmentor,5,8\n", encoding="utf-8")
    code, out, _ = run(capsys, *args, "--dry-run")
    assert code == 0 and "2 responses" in out and "Dry run: nothing was written." in out
    assert _results(capsys, demo, running, "midterm")["response_rate"]["all"]["responses"] == 0

    code, out, _ = run(capsys, *args)
    assert code == 0 and "Imported online.csv: 2 responses." in out
    rate = _results(capsys, demo, running, "midterm")["response_rate"]
    assert (rate["all"]["responses"], rate["mentor"]["responses"]) == (2, 1)


def test_wrong_usage_and_refusals(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    code, _, err = run(
        capsys, "--db", str(demo), "import", "responses", "x.csv", "--programme", "1"
    )
    assert code == 2 and "--survey" in err
    code, _, err = run(capsys, "--db", str(demo), "results", "--programme", "999")
    assert code == 1 and "no programme 999" in err
    code, _, err = run(capsys, "--db", str(demo), "results", "--programme", "1", "--survey", "x")
    assert code == 2


def test_print_report(capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path) -> None:
    closed = _programme_id(capsys, demo, "closed")
    out_file = tmp_path / "report.pdf"
    code, _out, err = run(
        capsys,
        "--db",
        str(demo),
        "print",
        "report",
        "--programme",
        str(closed),
        "--out",
        str(out_file),
    )
    assert code == 0, err
    text = "\n".join(page.extract_text() for page in PdfReader(out_file).pages)
    assert "Evaluation report" in text
    assert "15 of 16" in text

"""The MentorDesk command line. Without a subcommand it opens the app.

Exit status: 0 success, 1 input refused (the message says what and where), 2 wrong usage.
A refused command changes nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from mentordesk import __version__
from mentordesk.config import DB_ENV_VAR, DatabaseTarget, resolve_target

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

LISTABLE = (
    "organisations",
    "programmes",
    "participants",
    "pairings",
    "interviews",
    "followups",
)


class Refused(Exception):
    """A refusal to report on stderr with exit status 1."""


MATERIAL_NAMES = (
    "overview, kickoff-pack, agreements, pair-list, badges, attendance, evaluation-form, "
    "interview-guide, certificates, report"
)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help="database file or server URL (default: $MENTORDESK_DB, else the file in "
        "your user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="mentordesk",
        description="MentorDesk: mentoring programmes for consultancies. "
        "Without a command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"MentorDesk {__version__}")
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("demo", parents=[common], help="fill the database with the realistic demo")

    new = commands.add_parser("new", parents=[common], help="create a record")
    new_what = new.add_subparsers(dest="what", metavar="WHAT", required=True)
    new_org = new_what.add_parser("organisation", parents=[common], help="a client organisation")
    new_org.add_argument("name", metavar="NAME")
    new_org.add_argument("--json", action="store_true", help="print the new record as JSON")
    new_prog = new_what.add_parser("programme", parents=[common], help="a programme")
    new_prog.add_argument("name", metavar="NAME")
    new_prog.add_argument(
        "--organisation", type=int, required=True, metavar="ID", help="the host organisation"
    )
    new_prog.add_argument(
        "--template",
        default="leadership",
        metavar="KEY",
        help="leadership (default), cross, talent, women-in-leadership",
    )
    new_prog.add_argument("--start", metavar="YYYY-MM-DD", help="start date (default: today)")
    new_prog.add_argument("--json", action="store_true", help="print the new record as JSON")

    listing = commands.add_parser("list", parents=[common], help="list records")
    listing.add_argument("what", choices=LISTABLE)
    listing.add_argument("--programme", type=int, metavar="ID", help="only this programme's")
    listing.add_argument("--due", action="store_true", help="follow-ups: only open ones now due")
    listing.add_argument(
        "--include-confidential",
        action="store_true",
        help="interviews: show confidential notes (otherwise shown as 'confidential')",
    )
    listing.add_argument(
        "--kind", metavar="KIND", help="interviews: only this kind (matching, follow-up, ...)"
    )
    listing.add_argument("--json", action="store_true", help="one JSON array on stdout")

    importing = commands.add_parser("import", parents=[common], help="import from a spreadsheet")
    import_what = importing.add_subparsers(dest="what", metavar="WHAT", required=True)
    import_participants = import_what.add_parser(
        "participants", parents=[common], help="mentors and mentees from a CSV or XLSX file"
    )
    import_participants.add_argument("file", type=Path, metavar="FILE")
    import_participants.add_argument("--programme", type=int, required=True, metavar="ID")
    import_participants.add_argument(
        "--dry-run", action="store_true", help="check and report only; write nothing"
    )
    import_participants.add_argument("--sheet", metavar="NAME", help="XLSX sheet to read")
    import_participants.add_argument(
        "--header-row", type=int, metavar="N", help="row number of the header (default: found)"
    )
    import_participants.add_argument(
        "--role", choices=("mentor", "mentee"), help="role for rows whose role cell is empty"
    )
    import_responses = import_what.add_parser(
        "responses", parents=[common], help="survey responses from an online survey's export"
    )
    import_responses.add_argument("file", type=Path, metavar="FILE")
    import_responses.add_argument("--programme", type=int, required=True, metavar="ID")
    import_responses.add_argument("--survey", choices=("midterm", "final"), required=True)
    import_responses.add_argument(
        "--dry-run", action="store_true", help="check and report only; write nothing"
    )
    import_responses.add_argument("--sheet", metavar="NAME", help="XLSX sheet to read")

    results = commands.add_parser(
        "results", parents=[common], help="evaluation results (anonymity threshold applied)"
    )
    results.add_argument("--programme", type=int, required=True, metavar="ID")
    results.add_argument(
        "--survey", choices=("midterm", "final"), default="final", help="default: final"
    )
    results.add_argument("--json", action="store_true", help="one JSON document on stdout")

    match = commands.add_parser("match", parents=[common], help="propose the optimal pairs")
    match.add_argument("--programme", type=int, required=True, metavar="ID")
    match.add_argument(
        "--apply", action="store_true", help="store the proposal as proposed pairings"
    )
    match.add_argument(
        "--confirm", action="store_true", help="with --apply: store them as confirmed pairings"
    )
    match.add_argument("--json", action="store_true", help="one JSON document on stdout")

    printing = commands.add_parser("print", parents=[common], help="print a material to PDF")
    printing.add_argument(
        "material",
        metavar="MATERIAL",
        # Written out rather than read from services.materials: that import would load
        # SQLAlchemy for every command. A test keeps the two lists equal.
        help=MATERIAL_NAMES,
    )
    printing.add_argument("--programme", type=int, required=True, metavar="ID")
    printing.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    printing.add_argument(
        "--milestone",
        type=int,
        metavar="ID",
        help="attendance, kick-off pack (default: the kick-off workshop)",
    )
    printing.add_argument(
        "--interview-kind", metavar="KIND", help="interview guide (default: matching)"
    )
    printing.add_argument(
        "--language", choices=("en", "da"), help="default: the programme's language"
    )
    printing.add_argument(
        "--paper", choices=("a4", "letter"), help="default: the setting (A4 unless changed)"
    )
    printing.add_argument(
        "--survey", choices=("midterm", "final"), help="evaluation form (default: midterm)"
    )

    exporting = commands.add_parser(
        "export", parents=[common], help="write participants or pairings to XLSX or CSV"
    )
    exporting.add_argument("what", choices=("participants", "pairings", "calendar"))
    exporting.add_argument("--programme", type=int, required=True, metavar="ID")
    exporting.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=".xlsx or .csv; .ics for the calendar of follow-ups and milestones",
    )

    plan = commands.add_parser("plan", parents=[common], help="plan the follow-ups")
    plan_what = plan.add_subparsers(dest="what", metavar="WHAT", required=True)
    plan_followups = plan_what.add_parser(
        "followups", parents=[common], help="a follow-up plan from the milestones and rhythm"
    )
    plan_followups.add_argument("--programme", type=int, required=True, metavar="ID")
    plan_followups.add_argument(
        "--replace-open", action="store_true", help="plan the open follow-ups again"
    )
    plan_followups.add_argument("--json", action="store_true", help="one JSON array on stdout")

    attention = commands.add_parser(
        "attention", parents=[common], help="what needs attention now, across all clients"
    )
    attention.add_argument("--programme", type=int, metavar="ID", help="only this programme")
    attention.add_argument("--json", action="store_true", help="one JSON array on stdout")

    backup = commands.add_parser("backup", parents=[common], help="write a checked backup")
    backup.add_argument("--out", type=Path, metavar="FILE", help="where to write it")
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="replace the database with a backup (the current state is backed up first)",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    commands.add_parser("check", parents=[common], help="integrity and foreign-key check")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _opens_the_app(argv: Sequence[str]) -> bool:
    """True when the arguments only name a database: then the app opens."""
    expect_path = False
    for arg in argv:
        if expect_path:
            expect_path = False
        elif arg == "--db":
            expect_path = True
        elif not (arg.startswith("--db=") or arg == "--quit-when-shown"):
            return False
    return not expect_path


def _app_parser() -> argparse.ArgumentParser:
    """The options of opening the app: building every subcommand's parser would cost
    the start-up some ten milliseconds."""
    parser = argparse.ArgumentParser(prog="mentordesk")
    parser.add_argument("--db", metavar="PATH|URL")
    parser.add_argument("--quit-when-shown", action="store_true")
    parser.set_defaults(command=None)
    return parser


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _app_parser() if _opens_the_app(argv) else build_parser()
    args = parser.parse_args(argv)
    db_option = getattr(args, "db", None)
    try:
        target = resolve_target(db_option)
    except ValueError as exc:
        named_by = "--db" if db_option else DB_ENV_VAR
        print(f"mentordesk: {named_by}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.command is None:
        from mentordesk.gui.app import run_app

        return run_app(target, quit_when_shown=args.quit_when_shown)
    from mentordesk.services.errors import InputRefused
    from mentordesk.store.errors import StoreError

    handler: Callable[[argparse.Namespace, DatabaseTarget], int] = _HANDLERS[args.command]
    try:
        return handler(args, target)
    except (Refused, InputRefused, StoreError, FileNotFoundError) as exc:
        print(f"mentordesk: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:  # a file it may not read or write, a full disk, ...
        where = exc.filename or target.display_name()
        print(f"mentordesk: {where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_REFUSED


@contextmanager
def _opened(target: DatabaseTarget, *, create: bool = True, lock: bool = False) -> Iterator[Any]:
    from mentordesk.store.database import open_database
    from mentordesk.store.lock import DatabaseLock

    guard = DatabaseLock(target.path) if lock and target.path is not None else None
    if guard:
        guard.acquire()
    try:
        db = open_database(target, create=create)
        try:
            yield db
        finally:
            db.close()
    finally:
        if guard:
            guard.release()


def _print_json(value: Any) -> None:
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _print_table(rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    if not rows:
        print("(none)")
        return
    cells = [[str(row.get(c, "")) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    print("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for r in cells:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())


def _cmd_demo(_args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.services.demo import fill_demo

    with _opened(target, lock=True) as db:
        summary = fill_demo(db)
    print(f"Demo written to {target.display_name()}: {summary}")
    return EXIT_OK


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Refused(f"{option}: {value!r} is not a date; write it as YYYY-MM-DD.") from None


def _cmd_new(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.services.records import Record

    record: Record
    if args.what == "organisation":
        from mentordesk.services.organisations import create_organisation

        with _opened(target, lock=True) as db:
            record = create_organisation(db, args.name)
    else:
        from mentordesk.services.design import create_programme
        from mentordesk.services.programmes import get_programme

        start = _parse_date(args.start, "--start")
        with _opened(target, lock=True) as db:
            new_id = create_programme(
                db, args.name, args.organisation, template_key=args.template, start=start
            )
            record = get_programme(db, new_id)
    if args.json:
        _print_json(record.to_json())
    else:
        print(record.to_json()["id"])
    return EXIT_OK


_LIST_COLUMNS = {
    "organisations": ("id", "name", "country", "people", "programmes", "archived"),
    "programmes": ("id", "name", "organisation_name", "status", "start_date", "end_date"),
    "participants": ("id", "name", "email", "organisation_name", "role", "status"),
    "pairings": ("id", "mentor_name", "mentor_email", "mentee_name", "mentee_email", "status"),
    "interviews": ("id", "date", "kind", "with_whom", "interviewer", "confidential", "notes"),
    "followups": ("id", "due", "status", "title", "subject", "owner"),
}


def _cmd_list(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.services import (
        followups,
        interviews,
        organisations,
        pairings,
        participants,
        programmes,
    )

    if args.programme is not None and args.what == "organisations":
        raise Refused("list organisations takes no --programme.")
    if args.kind is not None and args.what != "interviews":
        raise Refused(f"list {args.what} takes no --kind: it is for interviews.")
    with _opened(target, create=False) as db:
        if args.programme is not None:
            programmes.get_programme(db, args.programme)
        if args.what == "organisations":
            records: Sequence[Any] = organisations.list_organisations(db)
        elif args.what == "programmes":
            records = programmes.list_programmes(db, programme_id=args.programme)
        elif args.what == "participants":
            records = participants.list_participants(db, programme_id=args.programme)
        elif args.what == "pairings":
            records = pairings.list_pairings(db, programme_id=args.programme)
        elif args.what == "interviews":
            records = interviews.list_interviews(
                db,
                programme_id=args.programme,
                include_confidential=args.include_confidential,
                kind=args.kind,
            )
        else:
            records = followups.list_followups(db, programme_id=args.programme, due_only=args.due)
    rows = [r.to_json() for r in records]
    if args.json:
        _print_json(rows)
    else:
        _print_table(rows, _LIST_COLUMNS[args.what])
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.services.participant_import import apply_import, format_report, preview_import

    if args.what == "responses":
        return _cmd_import_responses(args, target)
    if not args.file.is_file():
        raise Refused(f"There is no file {args.file}.")
    with _opened(target, create=False, lock=not args.dry_run) as db:
        preview = preview_import(
            db,
            args.programme,
            args.file,
            sheet=args.sheet,
            header_row=args.header_row,
            default_role=args.role,
        )
        print(format_report(preview))
        if preview.has_errors:
            return EXIT_REFUSED
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_OK
        summary = apply_import(db, args.programme, preview)
    print(
        f"Imported {args.file.name}: {summary.new_people} new and {summary.updated_people} "
        f"updated people, {summary.new_participants} new and {summary.updated_participants} "
        "updated participants."
    )
    return EXIT_OK


def _cmd_import_responses(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.services import surveys

    if not args.file.is_file():
        raise Refused(f"There is no file {args.file}.")
    with _opened(target, create=False, lock=not args.dry_run) as db:
        preview = surveys.preview_response_import(
            db, args.programme, args.survey, args.file, sheet=args.sheet
        )
        print(surveys.response_import_report(db, args.programme, args.survey, preview))
        if preview.has_errors:
            return EXIT_REFUSED
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_OK
        imported = surveys.import_responses(
            db, args.programme, args.survey, args.file, sheet=args.sheet
        )
    print(f"Imported {args.file.name}: {len(imported)} responses.")
    return EXIT_OK


def _cmd_results(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.services.evaluation import results_json, survey_results

    with _opened(target, create=False) as db:
        document = results_json(survey_results(db, args.programme, args.survey))
    if args.json:
        _print_json(document)
        return EXIT_OK
    print(f"{document['title'] or args.survey}: {document['programme']}")
    for role, rate in document["response_rate"].items():
        share = "–" if rate["rate"] is None else f"{rate['rate']:.0%}"
        print(f"  responses ({role}): {rate['responses']} of {rate['participants']} ({share})")
    hidden = f"fewer than {document['anonymity_threshold']} responses: not shown"
    if document["hidden"]:
        print(f"  results: {hidden} to protect anonymity")
        return EXIT_OK
    for theme in document["themes"]:
        mean = hidden if theme["mean"] is None else f"{theme['mean']:.2f}"
        print(f"  theme  {theme['theme']}: {mean}")
    for question in document["questions"]:
        if question["hidden"]:
            figure = hidden
        elif question["type"] == "text":
            figure = f"{question['n']} open answers"
        else:
            figure = f"mean {question['mean']:.2f} (n={question['n']})"
        print(f"  {question['key']}: {figure}")
    for role, group in document["roles"].items():
        if group["hidden"]:
            print(f"  {role}s: {group['responses']} responses, not shown to protect anonymity")
    return EXIT_OK


def _cmd_match(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.services.matching import (
        apply_proposal,
        proposal_pairs,
        result_to_json,
        run_matching,
    )

    if args.confirm and not args.apply:
        raise Refused("--confirm goes with --apply.")
    with _opened(target, create=False, lock=args.apply) as db:
        result = run_matching(db, args.programme)
        stored = (
            apply_proposal(db, args.programme, proposal_pairs(result), confirm=args.confirm)
            if args.apply
            else None
        )
    document = result_to_json(result)
    if args.json:
        _print_json(document)
    else:
        for pair in document["pairs"]:
            print(f"{pair['mentor']}  ->  {pair['mentee']}  score {pair['score']:.1f}")
            for reason in pair["reasons"]:
                print(f"    {reason}")
        for left in document["unmatched"]:
            print(f"unmatched: {left['mentee']}: {left['reason']}")
        print(f"{len(document['pairs'])} pairs, {len(document['unmatched'])} unmatched.")
    if stored is not None:
        state = "confirmed" if args.confirm else "proposed"
        print(f"Stored {stored} {state} pairings.", file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK


def _cmd_print(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.services.materials import MATERIALS, render_material

    if args.material not in MATERIALS:
        raise Refused(
            f"There is no material {args.material!r}; choose one of {', '.join(MATERIALS)}."
        )
    if args.out.suffix.lower() != ".pdf":
        raise Refused(f"--out: {args.out.name} must end in .pdf.")
    with _opened(target, create=False) as db:
        pdf = render_material(
            db,
            args.material,
            args.programme,
            milestone_id=args.milestone,
            interview_kind=args.interview_kind,
            language=args.language,
            paper=args.paper,
            survey=args.survey,
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(pdf)
    print(f"Written: {args.out}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.exchange.export import export_pairings, export_participants
    from mentordesk.services import pairings, participants, programmes

    with _opened(target, create=False) as db:
        programmes.get_programme(db, args.programme)
        if args.what == "calendar":
            from mentordesk.services.followups import export_programme_calendar

            written = export_programme_calendar(db, args.programme, args.out)
        elif args.what == "participants":
            written = export_participants(
                participants.list_participants(db, programme_id=args.programme), args.out
            )
        else:
            written = export_pairings(
                pairings.list_pairings(db, programme_id=args.programme), args.out
            )
    print(f"Written: {written}")
    return EXIT_OK


def _cmd_plan(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.services.followups import generate_plan

    with _opened(target, create=False, lock=True) as db:
        planned = generate_plan(db, args.programme, replace_open=args.replace_open)
    if args.json:
        _print_json([r.to_json() for r in planned])
    else:
        _print_table([r.to_json() for r in planned], _LIST_COLUMNS["followups"])
        print(f"{len(planned)} follow-ups planned.")
    return EXIT_OK


def _cmd_attention(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.services.attention import needs_attention

    with _opened(target, create=False) as db:
        items = needs_attention(db, programme_id=args.programme, today=date.today())
    rows = [item.to_json() for item in items]
    if args.json:
        _print_json(rows)
    else:
        _print_table(rows, ("date", "severity", "programme_name", "subject", "detail"))
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.services.maintenance import back_up

    with _opened(target, create=False) as db:
        made = back_up(db, out=args.out.resolve() if args.out else None)
    print(f"Backup written: {made}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.services.maintenance import restore

    kept = restore(target, args.file.resolve())
    print(f"Restored {target.display_name()} from {args.file}.")
    if kept:
        print(f"The state before the restore is kept in {kept}.")
    return EXIT_OK


def _cmd_check(_args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.services.maintenance import check_database

    with _opened(target, create=False) as db:
        report = check_database(db)
    print(report.summary())
    return EXIT_OK if report.healthy else EXIT_REFUSED


_HANDLERS: dict[str, Callable[[argparse.Namespace, DatabaseTarget], int]] = {
    "demo": _cmd_demo,
    "new": _cmd_new,
    "list": _cmd_list,
    "import": _cmd_import,
    "match": _cmd_match,
    "results": _cmd_results,
    "print": _cmd_print,
    "export": _cmd_export,
    "plan": _cmd_plan,
    "attention": _cmd_attention,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
}

"""The MentorDesk command line. Without a subcommand it opens the app.

Exit status: 0 success, 1 input refused (the message says what and where), 2 wrong usage.
A refused command changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from mentordesk import __version__
from mentordesk.config import DatabaseTarget, resolve_target

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

LISTABLE = ("organisations", "programmes", "participants", "pairings")


class Refused(Exception):
    """A refusal to report on stderr with exit status 1."""


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
    listing.add_argument("--json", action="store_true", help="one JSON array on stdout")

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
    args = build_parser().parse_args(argv)
    try:
        target = resolve_target(getattr(args, "db", None))
    except ValueError as exc:
        print(f"mentordesk: --db: {exc}", file=sys.stderr)
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
}


def _cmd_list(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from mentordesk.services import organisations, pairings, participants, programmes

    if args.programme is not None and args.what == "organisations":
        raise Refused("list organisations takes no --programme.")
    with _opened(target, create=False) as db:
        if args.programme is not None:
            programmes.get_programme(db, args.programme)
        if args.what == "organisations":
            records: Sequence[Any] = organisations.list_organisations(db)
        elif args.what == "programmes":
            records = programmes.list_programmes(db, programme_id=args.programme)
        elif args.what == "participants":
            records = participants.list_participants(db, programme_id=args.programme)
        else:
            records = pairings.list_pairings(db, programme_id=args.programme)
    rows = [r.to_json() for r in records]
    if args.json:
        _print_json(rows)
    else:
        _print_table(rows, _LIST_COLUMNS[args.what])
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
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
}

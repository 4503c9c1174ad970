"""A programme's follow-up plan and milestones as an iCalendar file (RFC 5545).

Outlook, Apple Calendar and Google Calendar all import it:

- every open follow-up with a due date is an all-day VEVENT (Google Calendar and Outlook
  ignore VTODO on import), marked free (TRANSP:TRANSPARENT) so it blocks no time;
- every milestone is a VEVENT with its start and end in the programme's local time (with
  a VTIMEZONE when the time zone is known, floating local time otherwise), or an all-day
  event when it has no times; LOCATION is its place and DESCRIPTION its agenda;
- UIDs are stable (followup-<id>@mentordesk, milestone-<id>@mentordesk), so importing a
  newer export updates the events instead of duplicating them.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event

from mentordesk.services.errors import InputRefused

PRODID = "-//MentorDesk//MentorDesk Calendar Export//EN"
DEFAULT_EVENT_LENGTH = timedelta(hours=1)


@dataclass(frozen=True)
class CalendarFollowUp:
    id: int
    title: str
    subject: str
    owner: str
    due: date


@dataclass(frozen=True)
class CalendarMilestone:
    id: int
    kind: str
    title: str
    date: date
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    agenda: str = ""


@dataclass(frozen=True)
class ProgrammeCalendar:
    programme_id: int
    programme_name: str
    organisation_name: str = ""
    time_zone: str = ""  # an IANA name such as Europe/Copenhagen; "" = floating local time
    followups: Sequence[CalendarFollowUp] = field(default_factory=tuple)
    milestones: Sequence[CalendarMilestone] = field(default_factory=tuple)


def followup_uid(followup_id: int) -> str:
    return f"followup-{followup_id}@mentordesk"


def milestone_uid(milestone_id: int) -> str:
    return f"milestone-{milestone_id}@mentordesk"


def _zone(name: str) -> ZoneInfo | None:
    if not name.strip():
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def build_calendar(data: ProgrammeCalendar, *, stamp: datetime | None = None) -> Calendar:
    """The calendar of a programme's plan: open follow-ups and milestones."""
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    zone = _zone(data.time_zone)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", data.programme_name)
    if zone is not None:
        cal.add("x-wr-timezone", data.time_zone.strip())

    for m in sorted(data.milestones, key=lambda m: (m.date, m.start_time or time.min, m.id)):
        event = Event()
        event.add("uid", milestone_uid(m.id))
        event.add("dtstamp", stamp)
        event.add("summary", f"{m.title} – {data.programme_name}")
        if m.start_time is None:
            event.add("dtstart", m.date)
            event.add("dtend", m.date + timedelta(days=1))
        else:
            start = datetime.combine(m.date, m.start_time, tzinfo=zone)
            end = (
                datetime.combine(m.date, m.end_time, tzinfo=zone)
                if m.end_time is not None and m.end_time >= m.start_time
                else start + DEFAULT_EVENT_LENGTH
            )
            event.add("dtstart", start)
            event.add("dtend", end)
        if m.place:
            event.add("location", m.place)
        if m.agenda:
            event.add("description", m.agenda)
        event.add("categories", ["MentorDesk", "Milestone"])
        cal.add_component(event)

    for f in sorted(data.followups, key=lambda f: (f.due, f.id)):
        event = Event()
        event.add("uid", followup_uid(f.id))
        event.add("dtstamp", stamp)
        event.add("summary", f"{f.title}: {f.subject}" if f.subject else f.title)
        event.add("dtstart", f.due)
        event.add("dtend", f.due + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        owner = "HR" if f.owner == "hr" else "Consultant"
        lines = [f"Follow-up in {data.programme_name}"]
        if data.organisation_name:
            lines[0] += f" ({data.organisation_name})"
        if f.subject:
            lines.append(f"About: {f.subject}")
        lines.append(f"Owner: {owner}")
        event.add("description", "\n".join(lines))
        event.add("categories", ["MentorDesk", "Follow-up"])
        cal.add_component(event)

    if zone is not None:
        cal.add_missing_timezones()
    return cal


def export_calendar(
    data: ProgrammeCalendar, path: str | Path, *, stamp: datetime | None = None
) -> Path:
    """Write the programme's calendar to an .ics file; never a half-written file."""
    path = Path(path)
    if path.suffix.lower() != ".ics":
        raise InputRefused(
            f"{path.name}: choose a file name ending in .ics to export the calendar to.",
            field="path",
        )
    content = build_calendar(data, stamp=stamp).to_ical()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".ics", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path

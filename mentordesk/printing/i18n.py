"""Headings and labels in English and Danish, dates, and the standard texts."""

from __future__ import annotations

import json
from datetime import date, time
from functools import lru_cache
from importlib.resources import files

from mentordesk.printing.data import StandardText

LANGUAGES = ("en", "da")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "page_of": "Page {n} of {m}",
        "overview": "Programme overview",
        "purpose": "Purpose",
        "target_group": "Target group",
        "strategic_topics": "Strategic topics",
        "learning_themes": "Learning themes",
        "timeline": "Timeline",
        "date": "Date",
        "time": "Time",
        "event": "Event",
        "place": "Place",
        "sponsors_ambassadors": "Sponsors and ambassadors",
        "name": "Name",
        "role": "Role",
        "sponsor": "Sponsor",
        "ambassador": "Ambassador",
        "contacts": "Contacts",
        "hr_contact": "HR contact",
        "consultant_label": "Consultant",
        "meeting_rhythm": "Meeting rhythm",
        "every_weeks": "Pairs meet every {n} weeks",
        "minutes_each": "for about {n} minutes",
        "period": "Period",
        "agreement": "Mentoring agreement",
        "mentor": "Mentor",
        "mentee": "Mentee",
        "consultant": "Consultant",
        "goals": "Goals",
        "goals_hint": "The mentee's goals for the relationship; add or adjust them together.",
        "expertise": "Expertise",
        "biography": "About",
        "signatures": "Signatures",
        "signature": "Signature",
        "signature_mentor": "Mentor's signature",
        "signature_mentee": "Mentee's signature",
        "date_place": "Date and place",
        "practical": "How we work together",
        "our_rhythm": "We meet",
        "pair_list": "Pair list",
        "pairs_count": "{n} pairs",
        "no_pairs": "No pairs have been confirmed yet.",
        "organisation": "Organisation",
        "job_title": "Job title",
        "status": "Status",
        "started": "Started",
        "confirmed": "Confirmed",
        "active": "Active",
        "badges": "Name badges",
        "attendance": "Attendance",
        "no_milestone": "The programme has no milestone to print.",
        "no_participants": "The programme has no participants yet.",
        "kickoff_pack": "Kick-off workshop pack",
        "agenda": "Agenda",
        "personal_page": "Personal page",
        "your_role": "Your role in the programme",
        "your_mentee": "Your mentee",
        "your_mentees": "Your mentees",
        "your_mentor": "Your mentor",
        "no_partner": "Your partner will be announced by the consultant.",
        "contents": "Contents",
        "not_set": "To be decided",
        "certificate": "Certificate of participation",
        "certifies": "This is to certify that",
        "completed_as": "has completed the programme",
        "as_role": "as {role}",
        "no_completed": "No participant has completed the programme yet.",
        "interview_guide": "Interview guide",
        "interviewee": "Interviewee",
        "interviewer": "Interviewer",
        "notes": "Notes",
    },
    "da": {
        "page_of": "Side {n} af {m}",
        "overview": "Programoversigt",
        "purpose": "Formål",
        "target_group": "Målgruppe",
        "strategic_topics": "Strategiske temaer",
        "learning_themes": "Læringstemaer",
        "timeline": "Tidsplan",
        "date": "Dato",
        "time": "Tidspunkt",
        "event": "Aktivitet",
        "place": "Sted",
        "sponsors_ambassadors": "Sponsorer og ambassadører",
        "name": "Navn",
        "role": "Rolle",
        "sponsor": "Sponsor",
        "ambassador": "Ambassadør",
        "contacts": "Kontaktpersoner",
        "hr_contact": "HR-kontakt",
        "consultant_label": "Konsulent",
        "meeting_rhythm": "Mødefrekvens",
        "every_weeks": "Parrene mødes hver {n}. uge",
        "minutes_each": "i cirka {n} minutter",
        "period": "Periode",
        "agreement": "Mentoraftale",
        "mentor": "Mentor",
        "mentee": "Mentee",
        "consultant": "Konsulent",
        "goals": "Mål",
        "goals_hint": "Mentees mål for forløbet; tilføj eller justér dem sammen.",
        "expertise": "Kompetencer",
        "biography": "Om",
        "signatures": "Underskrifter",
        "signature": "Underskrift",
        "signature_mentor": "Mentors underskrift",
        "signature_mentee": "Mentees underskrift",
        "date_place": "Dato og sted",
        "practical": "Sådan arbejder vi sammen",
        "our_rhythm": "Vi mødes",
        "pair_list": "Parliste",
        "pairs_count": "{n} par",
        "no_pairs": "Der er endnu ingen bekræftede par.",
        "organisation": "Organisation",
        "job_title": "Stilling",
        "status": "Status",
        "started": "Startet",
        "confirmed": "Bekræftet",
        "active": "Aktiv",
        "badges": "Navneskilte",
        "attendance": "Deltagerliste",
        "no_milestone": "Programmet har ingen aktivitet at udskrive.",
        "no_participants": "Programmet har endnu ingen deltagere.",
        "kickoff_pack": "Materiale til kick-off-workshop",
        "agenda": "Dagsorden",
        "personal_page": "Personlig side",
        "your_role": "Din rolle i programmet",
        "your_mentee": "Din mentee",
        "your_mentees": "Dine mentees",
        "your_mentor": "Din mentor",
        "no_partner": "Konsulenten giver besked om, hvem du skal arbejde sammen med.",
        "contents": "Indhold",
        "not_set": "Aftales senere",
        "certificate": "Deltagerbevis",
        "certifies": "Hermed bekræftes det, at",
        "completed_as": "har gennemført programmet",
        "as_role": "som {role}",
        "no_completed": "Ingen deltagere har endnu gennemført programmet.",
        "interview_guide": "Interviewguide",
        "interviewee": "Interviewperson",
        "interviewer": "Interviewer",
        "notes": "Noter",
    },
}

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "da": [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
}


def lang(language: str) -> str:
    return language if language in LANGUAGES else "en"


def labels(language: str) -> dict[str, str]:
    return LABELS[lang(language)]


def format_date(day: date | None, language: str) -> str:
    if day is None:
        return ""
    month = _MONTHS[lang(language)][day.month - 1]
    if lang(language) == "da":
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def format_time(start: time | None, end: time | None) -> str:
    if start is None:
        return ""
    text = start.strftime("%H:%M")
    if end is not None:
        text += f"–{end.strftime('%H:%M')}"
    return text


def format_period(start: date | None, end: date | None, language: str) -> str:
    if start is None and end is None:
        return ""
    return f"{format_date(start, language)} – {format_date(end, language)}".strip(" –")


@lru_cache(maxsize=4)
def _read_texts(language: str) -> dict[str, dict[str, object]]:
    path = files("mentordesk.resources") / "texts" / f"{lang(language)}.json"
    loaded: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def standard_texts(language: str) -> dict[str, StandardText]:
    """The built-in standard texts in one language, keyed by text key."""
    out: dict[str, StandardText] = {}
    for key, raw in _read_texts(language).items():
        body = raw.get("body", [])
        themes = raw.get("themes", {})
        names = raw.get("theme_names", {})
        out[key] = StandardText(
            title=str(raw.get("title", "")),
            body=tuple(str(b) for b in body) if isinstance(body, list) else (),
            themes=dict(themes) if isinstance(themes, dict) else {},
            theme_names=dict(names) if isinstance(names, dict) else {},
        )
    return out

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
        "report": "Evaluation report",
        "report_prepared": "Prepared by {consultancy} · {date}",
        "report_survey": "Survey",
        "report_key_figures": "Key figures",
        "report_response_rate": "Response rate",
        "report_answered": "{n} of {m} participants answered",
        "report_satisfaction": "Overall satisfaction",
        "report_recommend": "Would recommend the programme",
        "report_theme_mean": "Learning themes, mean",
        "report_out_of": "out of {top}",
        "decimal_mark": ".",
        "report_anonymity": (
            "To protect anonymity, no result is shown for a group of fewer than {n} "
            "responses, and open answers are quoted without names."
        ),
        "report_group": "Group",
        "report_participants": "Participants",
        "report_responses": "Responses",
        "report_all": "All participants",
        "report_mentors": "Mentors",
        "report_mentees": "Mentees",
        "report_role_unknown": "Role not given",
        "report_themes": "Results per learning theme",
        "report_themes_intro": (
            "Mean agreement with the statements about each theme, from 1 (strongly disagree) "
            "to 5 (strongly agree)."
        ),
        "report_questions": "Results per question",
        "report_questions_intro": "How the answers to each statement were spread.",
        "report_ratings": "Ratings from 1 to 10",
        "report_mean": "Mean",
        "report_roles": "Mentors and mentees",
        "report_roles_intro": "Mean per theme, mentors compared with mentees.",
        "report_roles_hidden": (
            "Not shown: the {who} gave fewer than {n} responses, so a comparison could "
            "reveal individual answers."
        ),
        "report_open": "Selected open answers",
        "report_open_intro": (
            "Quoted as written, without names. An answer given by several respondents is "
            "marked with their number."
        ),
        "report_hidden": "Fewer than {n} responses: not shown to protect anonymity.",
        "report_no_responses": "No responses to this survey have been received yet.",
        "form_intro": (
            "This form is anonymous: please do not write your name on it. Tick one box "
            "per question and write freely in the open questions. Your answers are only "
            "reported together with those of others, never one by one."
        ),
        "form_return": "Please hand the completed form back to the consultant.",
        "i_am": "I take part as",
        "form_statements": "How far do you agree?",
        "likert_1": "Strongly disagree",
        "likert_2": "Disagree",
        "likert_3": "Neither",
        "likert_4": "Agree",
        "likert_5": "Strongly agree",
        "scale_ends": "1 = lowest · 10 = highest",
        "form_ratings": "Your rating",
        "form_open": "In your own words",
        "form_thanks": "Thank you for your answers.",
        "interview_guide": "Interview guide",
        "interviewee": "Interviewee",
        "interviewer": "Interviewer",
        "notes": "Notes",
        "guide_scale_ends": "Circle one: 1 = very poor, 10 = excellent",
        "yes": "Yes",
        "no": "No",
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
        "report": "Evalueringsrapport",
        "report_prepared": "Udarbejdet af {consultancy} · {date}",
        "report_survey": "Evaluering",
        "report_key_figures": "Nøgletal",
        "report_response_rate": "Svarprocent",
        "report_answered": "{n} af {m} deltagere har svaret",
        "report_satisfaction": "Samlet tilfredshed",
        "report_recommend": "Vil anbefale programmet",
        "report_theme_mean": "Læringstemaer, gennemsnit",
        "report_out_of": "ud af {top}",
        "decimal_mark": ",",
        "report_anonymity": (
            "Af hensyn til anonymiteten vises ingen resultater for en gruppe med færre end "
            "{n} besvarelser, og åbne svar citeres uden navne."
        ),
        "report_group": "Gruppe",
        "report_participants": "Deltagere",
        "report_responses": "Besvarelser",
        "report_all": "Alle deltagere",
        "report_mentors": "Mentorer",
        "report_mentees": "Mentees",
        "report_role_unknown": "Rolle ikke oplyst",
        "report_themes": "Resultater pr. læringstema",
        "report_themes_intro": (
            "Gennemsnitlig enighed i udsagnene om hvert tema, fra 1 (helt uenig) til 5 (helt enig)."
        ),
        "report_questions": "Resultater pr. spørgsmål",
        "report_questions_intro": "Sådan fordelte svarene sig på hvert udsagn.",
        "report_ratings": "Vurderinger fra 1 til 10",
        "report_mean": "Gennemsnit",
        "report_roles": "Mentorer og mentees",
        "report_roles_intro": "Gennemsnit pr. tema, mentorer sammenlignet med mentees.",
        "report_roles_hidden": (
            "Ikke vist: {who} har afgivet færre end {n} besvarelser, så en sammenligning "
            "kunne afsløre enkeltpersoners svar."
        ),
        "report_open": "Udvalgte åbne svar",
        "report_open_intro": (
            "Citeret som skrevet, uden navne. Et svar, som flere har givet, er markeret med "
            "antallet."
        ),
        "report_hidden": "Færre end {n} besvarelser: ikke vist af hensyn til anonymiteten.",
        "report_no_responses": "Der er endnu ikke modtaget besvarelser på denne evaluering.",
        "form_intro": (
            "Skemaet er anonymt: skriv venligst ikke dit navn på det. Sæt ét kryds ved "
            "hvert spørgsmål, og skriv frit i de åbne spørgsmål. Dine svar rapporteres kun "
            "samlet med andres, aldrig enkeltvis."
        ),
        "form_return": "Aflevér venligst det udfyldte skema til konsulenten.",
        "i_am": "Jeg deltager som",
        "form_statements": "Hvor enig er du?",
        "likert_1": "Helt uenig",
        "likert_2": "Uenig",
        "likert_3": "Hverken/eller",
        "likert_4": "Enig",
        "likert_5": "Helt enig",
        "scale_ends": "1 = lavest · 10 = højest",
        "form_ratings": "Din vurdering",
        "form_open": "Med dine egne ord",
        "form_thanks": "Tak for dine svar.",
        "interview_guide": "Interviewguide",
        "interviewee": "Interviewperson",
        "interviewer": "Interviewer",
        "notes": "Noter",
        "guide_scale_ends": "Sæt ring om ét tal: 1 = meget dårligt, 10 = fremragende",
        "yes": "Ja",
        "no": "Nej",
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

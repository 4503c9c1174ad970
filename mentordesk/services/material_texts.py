"""A programme's own wording of the standard texts of its printed papers.

The standard texts (role guides, first-meeting guide, clauses, ...) come with MentorDesk in
English and Danish. A programme may word any of them its own way, per language; the papers
print its own wording where there is one. Text is plain: paragraphs are separated by a
blank line, and a paragraph starting "- " prints as a bullet.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.printing.i18n import LANGUAGES, standard_texts
from mentordesk.services.errors import InputRefused
from mentordesk.services.records import Record
from mentordesk.store.database import Database
from mentordesk.store.models import Language, MaterialText, Programme

MAX_TEXT_LENGTH = 20_000


@dataclass(frozen=True)
class MaterialTextRecord(Record):
    key: str
    language: str
    title: str
    standard: str  # the built-in wording, paragraphs separated by blank lines
    own: str | None  # the programme's wording; None when the standard one is printed

    @property
    def printed(self) -> str:
        return self.own if self.own is not None else self.standard


def normalised(text: str) -> str:
    """Plain text as stored: lines trimmed at the end, paragraphs one blank line apart."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    return "\n\n".join(paragraphs)


def _check_language(language: str) -> Language:
    if language not in LANGUAGES:
        raise InputRefused(
            f"Unknown language {language!r}: use one of {', '.join(LANGUAGES)}.",
            field="language",
        )
    return Language(language)


def _check_programme(session: Session, programme_id: int) -> None:
    if session.get(Programme, programme_id) is None:
        raise InputRefused(f"There is no programme with ID {programme_id}.", field="programme")


def _own_rows(session: Session, programme_id: int, language: Language) -> dict[str, MaterialText]:
    rows = session.scalars(
        select(MaterialText).where(
            MaterialText.programme_id == programme_id, MaterialText.language == language
        )
    )
    return {row.key: row for row in rows}


def _records(session: Session, programme_id: int, language: Language) -> list[MaterialTextRecord]:
    own = _own_rows(session, programme_id, language)
    return [
        MaterialTextRecord(
            key=key,
            language=language.value,
            title=text.title,
            standard="\n\n".join(text.body),
            own=own[key].text if key in own else None,
        )
        for key, text in standard_texts(language.value).items()
    ]


def list_material_texts(db: Database, programme_id: int, language: str) -> list[MaterialTextRecord]:
    """Every standard text in one language, with the programme's own wording if any."""
    lang = _check_language(language)
    with db.unit_of_work() as session:
        _check_programme(session, programme_id)
        return _records(session, programme_id, lang)


def save_material_texts(
    db: Database, programme_id: int, language: str, texts: Mapping[str, str | None]
) -> list[MaterialTextRecord]:
    """Store the programme's wording of the given texts in one transaction.

    A text given as None, blank, or as the standard wording goes back to the standard one.
    A refusal (unknown text, too long) changes nothing.
    """
    lang = _check_language(language)
    standard = standard_texts(lang.value)
    cleaned: dict[str, str | None] = {}
    for key, text in texts.items():
        if key not in standard:
            raise InputRefused(
                f"There is no standard text {key!r}: choose one of {', '.join(standard)}.",
                field="key",
            )
        wording = normalised(text or "")
        if len(wording) > MAX_TEXT_LENGTH:
            raise InputRefused(
                f"The text “{standard[key].title}” is {len(wording):,} characters long: "
                f"shorten it to at most {MAX_TEXT_LENGTH:,}.",
                field=key,
            )
        same = wording == normalised("\n\n".join(standard[key].body))
        cleaned[key] = None if not wording or same else wording
    with db.unit_of_work() as session:
        _check_programme(session, programme_id)
        own = _own_rows(session, programme_id, lang)
        for key, own_wording in cleaned.items():
            row = own.get(key)
            if own_wording is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(
                    MaterialText(
                        programme_id=programme_id, key=key, language=lang, text=own_wording
                    )
                )
            else:
                row.text = own_wording
        session.flush()
        return _records(session, programme_id, lang)


def restore_standard_text(
    db: Database, programme_id: int, language: str, key: str
) -> MaterialTextRecord:
    """Print the standard wording of one text again: the programme's own is removed."""
    records = save_material_texts(db, programme_id, language, {key: None})
    return next(r for r in records if r.key == key)

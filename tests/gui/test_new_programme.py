"""Creating a programme from a template or as a copy, through the New programme dialog."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from mentordesk.config import DatabaseTarget
from mentordesk.gui.dialogs.new_programme import NewProgrammeDialog
from mentordesk.services import design, participants, programmes
from mentordesk.services.design import RoleData
from mentordesk.services.organisations import OrganisationInput, save_organisation
from mentordesk.services.people import PersonInput, save_person
from mentordesk.services.templates import TEMPLATES
from mentordesk.store.database import Database, open_database
from mentordesk.store.models import Participant, Role


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(DatabaseTarget(path=tmp_path / "t.sqlite3"))
    yield database
    database.close()


@pytest.fixture
def org(db: Database) -> int:
    return save_organisation(db, OrganisationInput(name="Nordlys Energi", country="Denmark"))


@pytest.fixture
def other_org(db: Database) -> int:
    return save_organisation(db, OrganisationInput(name="Meridian Freight"))


def open_dialog(qtbot, db: Database, organisation_id: int | None = None) -> NewProgrammeDialog:
    dialog = NewProgrammeDialog(db, organisation_id=organisation_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_create(qtbot, dialog: NewProgrammeDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert button.text() == "Create programme"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_create_from_a_template(qtbot, db, org, other_org):
    dialog = open_dialog(qtbot, db, organisation_id=org)
    ui = dialog.ui
    assert ui.organisationCombo.currentText() == "Nordlys Energi"  # preselected
    assert ui.startDateEdit.date().toPython() == date.today()
    assert ui.startDateEdit.calendarPopup()
    # Every template is offered with its title and description.
    shown = {
        ui.templateList.model().index(row, 0).data()
        for row in range(ui.templateList.model().rowCount())
    }
    assert shown == {t.title for t in TEMPLATES.values()}

    qtbot.keyClicks(ui.nameEdit, "Graduate Mentoring 2026")
    dialog.select_template("talent")
    start = date(2026, 2, 2)
    ui.startDateEdit.setDate(QDate(start))
    click_create(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    full = design.read_programme(db, dialog.created_programme_id)
    template = TEMPLATES["talent"]
    assert full.design.name == "Graduate Mentoring 2026"
    assert full.design.organisation_id == org
    assert full.design.learning_themes == template.learning_themes
    assert full.design.start_date == start
    assert [m.title for m in full.milestones] == [p.title for p in template.milestones]
    assert [m.date for m in full.milestones] == [
        start + timedelta(days=p.offset_days) for p in template.milestones
    ]
    assert full.milestones[0].date == start


def test_a_name_is_required_and_the_dialog_stays_open(qtbot, db, org):
    dialog = open_dialog(qtbot, db, organisation_id=org)

    click_create(qtbot, dialog)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert dialog.created_programme_id is None
    assert not dialog.ui.nameError.isHidden()
    assert dialog.ui.nameError.text() == "A programme needs a name."
    assert dialog.ui.nameEdit.property("invalid") is True
    assert programmes.list_programmes(db) == []


def test_copy_an_earlier_programme_to_a_new_start(qtbot, db, org):
    source_start = date(2025, 3, 3)
    source_id = design.create_programme(
        db, "Leadership Mentoring 2025", org, template_key="leadership", start=source_start
    )
    sponsor = save_person(db, org, PersonInput("Henrik", "Østergaard", job_title="CEO"))
    hr = save_person(db, org, PersonInput("Stine", "Husum", job_title="HR partner"))
    source = design.read_programme(db, source_id)
    design.save_design(
        db,
        source_id,
        replace(
            source.design,
            roles=(RoleData(sponsor, "sponsor", "Executive sponsor"),),
            hr_contact_id=hr,
            purpose="Grow our leaders.",
        ),
    )
    with db.unit_of_work() as session:
        session.add(Participant(programme_id=source_id, person_id=hr, role=Role.MENTOR))

    dialog = open_dialog(qtbot, db, organisation_id=org)
    ui = dialog.ui
    qtbot.mouseClick(ui.copyRadio, Qt.MouseButton.LeftButton)
    dialog.select_source(source_id)
    assert ui.sourceCombo.currentText() == "Leadership Mentoring 2025 — Nordlys Energi (3 Mar 2025)"
    # Default: one year after the source's start, and the year in the name moved on.
    assert ui.startDateEdit.date().toPython() == date(2026, 3, 3)
    assert ui.nameEdit.text() == "Leadership Mentoring 2026"
    assert not ui.organisationCombo.isEnabled()

    new_start = date(2026, 4, 13)
    ui.startDateEdit.setDate(QDate(new_start))
    click_create(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    copy = design.read_programme(db, dialog.created_programme_id)
    source = design.read_programme(db, source_id)
    delta = new_start - source_start
    assert copy.design.name == "Leadership Mentoring 2026"
    assert copy.design.purpose == "Grow our leaders."
    assert copy.design.status == "design"
    assert [(m.title, m.date) for m in copy.milestones] == [
        (m.title, m.date + delta) for m in source.milestones
    ]
    # No people: no sponsors, no HR contact, no participants.
    assert copy.design.roles == ()
    assert copy.design.hr_contact_id is None
    assert participants.list_participants(db, programme_id=copy.id) == []
    assert len(participants.list_participants(db, programme_id=source_id)) == 1


def test_copy_mode_is_off_without_earlier_programmes(qtbot, db, org):
    dialog = open_dialog(qtbot, db)
    assert not dialog.ui.copyRadio.isEnabled()
    assert dialog.ui.templateRadio.isChecked()
    assert dialog.ui.sourceCombo.count() == 0


def test_interactive_widgets_have_names(qtbot, db, org):
    dialog = open_dialog(qtbot, db, organisation_id=org)
    ui = dialog.ui
    for widget in (
        ui.templateRadio,
        ui.templateList,
        ui.copyRadio,
        ui.sourceCombo,
        ui.nameEdit,
        ui.organisationCombo,
        ui.startDateEdit,
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel),
    ):
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
    assert ui.nameLabel.buddy() is ui.nameEdit
    assert "&Name" in ui.nameLabel.text()

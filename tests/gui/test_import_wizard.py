"""The import wizard end to end: files written by the tests, a copy of the demo database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
    QWizard,
)
from sqlalchemy import func, select

from mentordesk.gui.dialogs.import_wizard import (
    ERROR_FILL,
    IGNORE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    SHEET_PAGE,
    ImportWizard,
)
from mentordesk.gui.pages.participants import ParticipantsPage
from mentordesk.services.participants import list_participants, participant_detail
from mentordesk.services.people import get_person
from mentordesk.services.programmes import list_programmes
from mentordesk.store.database import Database
from mentordesk.store.models import Participant, Person

DOMAIN = "brightwatermedical.com"
TIMEOUT = 15_000


def programme_id(db: Database, status: str) -> int:
    return next(p.id for p in list_programmes(db) if p.status == status)


def counts(db: Database) -> tuple[int, int]:
    with db.unit_of_work() as session:
        return (
            session.scalar(select(func.count()).select_from(Person)) or 0,
            session.scalar(select(func.count()).select_from(Participant)) or 0,
        )


def wizard_for(qtbot, db: Database, programme: int) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(db, programme)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def start(qtbot, wizard: ImportWizard, path: Path, role: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Page 1: choose the file and press Next; waits until the file has been read."""
    wizard.set_file(path, role)
    with qtbot.waitSignal(wizard.previewReady, timeout=TIMEOUT):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)


def recheck(qtbot, wizard: ImportWizard, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(wizard.previewReady, timeout=TIMEOUT):
        action()


def combo_field(wizard: ImportWizard, header: str) -> str | None:
    preview = wizard.preview
    assert preview is not None
    index = next(h.index for h in preview.headers if h.text == header)
    return wizard._combos[index].currentData()


def import_button(wizard: ImportWizard):  # type: ignore[no-untyped-def]
    return wizard.button(QWizard.WizardButton.FinishButton)


def finish(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    # Plain attributes only: the page deletes the wizard once it has closed.
    qtbot.waitUntil(lambda: wizard.summary is not None and wizard._closed, timeout=TIMEOUT)


DANISH_CSV = (
    "Fornavn;Efternavn;E-mail;Rolle;Afdeling;Stilling;Mål\r\n"
    f"Søren;Ærø;soeren.aeroe@{DOMAIN};Adept;R&D;Ingeniør;Lederskab, Netværk\r\n"
    f"Åse;Øberg;aase.oeberg(at){DOMAIN};Mentor;Kvalitet;Direktør;\r\n"
    f"Ashley;Nguyen;ashley.nguyen@{DOMAIN};mentor;;;\r\n"
)


def test_danish_csv_with_an_error_then_corrected(qtbot, demo_db: Database, tmp_path: Path) -> None:
    design = programme_id(demo_db, "design")
    path = tmp_path / "nominations.csv"
    path.write_bytes(DANISH_CSV.encode("cp1252"))
    before = counts(demo_db)

    page = ParticipantsPage(demo_db)
    qtbot.addWidget(page)
    page.load(design)
    page.show()
    qtbot.mouseClick(page.ui.emptyImportButton, Qt.MouseButton.LeftButton)
    wizard = page.dialog
    assert isinstance(wizard, ImportWizard)
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == "Import participants into Emerging Leaders Mentoring 2026"

    # Page 1 -> page 3: one sheet, headers recognised, so no header step.
    start(qtbot, wizard, path)
    assert wizard.currentId() == MAPPING_PAGE
    assert combo_field(wizard, "Fornavn") == "first_name"
    assert combo_field(wizard, "E-mail") == "email"
    assert combo_field(wizard, "Rolle") == "role"
    assert combo_field(wizard, "Mål") == "goals"
    assert not wizard.mapping_page.ui.mappingError.isVisible()
    examples = wizard.mapping_page.ui.mappingContents.findChild(
        type(wizard.mapping_page.ui.mappingError), "mappingExample0"
    )
    assert examples is not None and "Søren" in examples.toolTip()

    # Page 4: every row, the bad one red, Import disabled, the fix named.
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PREVIEW_PAGE
    ui = wizard.preview_page.ui
    model = wizard.rows_model
    assert model.rowCount() == 3
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles[:3] == ["Row", "Result", "Problems"]
    assert "Email" in titles and "Goals" in titles and "Department" in titles
    row_of = {model.index(r, 0).data(): r for r in range(3)}
    bad = row_of["3"]
    assert model.index(bad, 1).data() == "Not imported"
    assert model.index(bad, 0).data(Qt.ItemDataRole.BackgroundRole).color() == QColor(ERROR_FILL)
    assert "is not an email address" in model.index(bad, titles.index("Problems")).data()
    assert model.index(row_of["2"], 1).data() == "New person"
    assert model.index(row_of["4"], 1).data() == "Joins"  # Ashley Nguyen is already a person
    assert model.index(row_of["2"], titles.index("First name")).data() == "Søren"
    assert not import_button(wizard).isEnabled()
    message = ui.messageLabel.text()
    assert "Nothing can be imported" in message
    assert f"nominations.csv, row 3, column 'E-mail': 'aase.oeberg(at){DOMAIN}'" in message
    assert "correct it in the file" in message
    assert "semicolon-separated" in ui.summaryLabel.text()
    assert "1 error" in ui.summaryLabel.text()
    ui.previewTable.setCurrentIndex(wizard.rows_proxy.mapFromSource(model.index(bad, 0)))
    assert ui.rowDetailLabel.text().startswith("Row 3, column 'E-mail': 'aase.oeberg(at)")
    ui.problemsOnlyCheck.setChecked(True)
    assert wizard.rows_proxy.rowCount() == 1
    ui.problemsOnlyCheck.setChecked(False)
    assert counts(demo_db) == before  # nothing written

    # Correct the file in "Excel", read it again: Import is enabled and writes everything.
    path.write_bytes(DANISH_CSV.replace("(at)", "@").encode("cp1252"))
    recheck(qtbot, wizard, lambda: qtbot.mouseClick(ui.reloadButton, Qt.MouseButton.LeftButton))
    assert not wizard.preview.has_errors  # type: ignore[union-attr]
    assert import_button(wizard).isEnabled()
    assert "Ready to import" in ui.messageLabel.text()
    finish(qtbot, wizard)

    qtbot.waitUntil(lambda: page.dialog is None)
    assert counts(demo_db) == (before[0] + 2, before[1] + 3)
    people = {r.name: r for r in list_participants(demo_db, programme_id=design)}
    assert set(people) == {"Søren Ærø", "Åse Øberg", "Ashley Nguyen"}
    soeren = people["Søren Ærø"]
    assert soeren.role == "mentee"
    assert soeren.goals == ["Lederskab", "Netværk"]
    assert soeren.department == "R&D"
    assert soeren.job_title == "Ingeniør"
    assert people["Åse Øberg"].role == "mentor"
    assert people["Ashley Nguyen"].job_title == "VP, Research & Development"  # kept
    assert page.notice() == (
        "Imported nominations.csv: 3 new participants, 0 updated participants, 2 new people."
    )
    assert len(page.records()) == 3


def test_xlsx_with_the_header_on_row_3_and_a_second_sheet(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    design = programme_id(demo_db, "design")
    path = tmp_path / "hr-export.xlsx"
    book = Workbook()
    notes = book.active
    notes.title = "Read me"
    notes.append(["Nominations for the Emerging Leaders programme"])
    notes.append(["One person per row on the sheet Participants."])
    sheet = book.create_sheet("Participants")
    sheet.append(["Emerging Leaders 2026: nominations"])
    sheet.append([])
    sheet.append(["First name", "Last name", "Email", "Role", "Level", "Capacity", "Expertise"])
    sheet.append(["Nora", "Lindqvist", f"nora.lindqvist@{DOMAIN}", "Mentor", 5, 2, "Regulatory"])
    sheet.append(["Omar", "Haddad", f"omar.haddad@{DOMAIN}", "Mentee", 2, None, None])
    sheet.append(["Priya", "Raman", f"priya.raman@{DOMAIN}", "mentee", 3.0, None, None])
    book.save(path)
    before = counts(demo_db)

    wizard = wizard_for(qtbot, demo_db, design)
    start(qtbot, wizard, path)
    # Several sheets: the header step is shown, with what was found.
    assert wizard.currentId() == SHEET_PAGE
    ui = wizard.sheet_page.ui
    assert [ui.sheetCombo.itemText(i) for i in range(ui.sheetCombo.count())] == [
        "Read me",
        "Participants",
    ]
    assert ui.sheetCombo.currentText() == "Participants"
    status = ui.sheetStatusLabel.text()
    assert status.startswith("Headers on row 3 of sheet 'Participants'")
    sample = wizard.sample_model
    assert [sample.row_number(r) for r in range(sample.rowCount())] == [1, 3, 4, 5, 6]
    assert sample.index(1, 1).data() == "First name"

    # A data row as header row is questioned; an empty row cannot be the header row.
    recheck(qtbot, wizard, lambda: wizard.choose_header_row(4))
    assert ui.sheetStatusLabel.property("state") == "error"
    assert "0 of 7 columns recognised. Is this the header row?" in ui.sheetStatusLabel.text()
    recheck(qtbot, wizard, lambda: wizard.choose_header_row(2))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Row 2 of sheet 'Participants' of hr-export.xlsx is empty" in ui.sheetStatusLabel.text()
    recheck(qtbot, wizard, lambda: wizard.choose_header_row(3))
    assert ui.sheetStatusLabel.property("state") == "ready"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # The other sheet has no headers at all.
    recheck(qtbot, wizard, lambda: wizard.choose_sheet("Read me"))
    assert "no header row found" in ui.sheetStatusLabel.text().lower()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    recheck(qtbot, wizard, lambda: wizard.choose_sheet("Participants"))
    assert wizard.preview.header_row == 3  # type: ignore[union-attr]

    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == MAPPING_PAGE
    assert combo_field(wizard, "Capacity") == "capacity"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PREVIEW_PAGE
    assert wizard.rows_model.rowCount() == 3
    assert "sheet 'Participants'" in wizard.preview_page.ui.summaryLabel.text()
    assert "headers on row 3" in wizard.preview_page.ui.summaryLabel.text()
    assert counts(demo_db) == before
    finish(qtbot, wizard)

    assert counts(demo_db) == (before[0] + 3, before[1] + 3)
    people = {r.name: r for r in list_participants(demo_db, programme_id=design)}
    nora = people["Nora Lindqvist"]
    assert (nora.role, nora.capacity, nora.level, nora.expertise) == (
        "mentor",
        2,
        5,
        ["Regulatory"],
    )
    assert people["Priya Raman"].level == 3
    assert wizard.summary is not None
    assert wizard.summary.new_participants == 3


def test_mapping_an_unknown_header_to_email_makes_the_file_valid(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    cross = programme_id(demo_db, "matching")
    path = tmp_path / "guests.csv"
    path.write_text(
        "First name,Last name,Mail address,Organisation,Internal ID\n"
        "Tom,Baker,tom.baker@kingsbridge.example,Kingsbridge Building Society,K-17\n"
        "Ida,Lund,ida.lund@nordlys.example,Nordlys Energi A/S,N-03\n",
        encoding="utf-8",
    )
    before = counts(demo_db)
    wizard = wizard_for(qtbot, demo_db, cross)
    start(qtbot, wizard, path, role="mentee")
    assert wizard.currentId() == MAPPING_PAGE
    ui = wizard.mapping_page.ui
    assert combo_field(wizard, "Mail address") is None
    assert combo_field(wizard, "Internal ID") is None
    assert ui.mappingError.isVisible()
    assert "there is no column for email" in ui.mappingError.text().lower()

    # Going on shows the same error and Import stays disabled.
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert not import_button(wizard).isEnabled()
    assert "no column for email" in wizard.preview_page.ui.messageLabel.text()
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentId() == MAPPING_PAGE

    # The user picks Email in the combo box of "Mail address".
    preview = wizard.preview
    assert preview is not None
    column = next(h.index for h in preview.headers if h.text == "Mail address")
    combo = wizard._combos[column]
    assert combo.itemText(0) == IGNORE
    assert combo.accessibleName() == "Import column C (Mail address) as"
    recheck(
        qtbot,
        wizard,
        lambda: (combo.setCurrentIndex(combo.findData("email")), combo.activated.emit(0)),
    )
    assert combo_field(wizard, "Mail address") == "email"
    assert not ui.mappingError.isVisible()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert import_button(wizard).isEnabled()
    assert counts(demo_db) == before
    finish(qtbot, wizard)

    assert counts(demo_db) == (before[0] + 2, before[1] + 2)
    people = {r.email: r for r in list_participants(demo_db, programme_id=cross)}
    tom = people["tom.baker@kingsbridge.example"]
    assert (tom.name, tom.role, tom.organisation_name) == (
        "Tom Baker",
        "mentee",
        "Kingsbridge Building Society",
    )
    assert get_person(demo_db, tom.person_id).email == "tom.baker@kingsbridge.example"
    assert participant_detail(demo_db, tom.id).status == "applied"


def test_cancel_writes_nothing_and_a_missing_file_is_named(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    design = programme_id(demo_db, "design")
    before = counts(demo_db)
    wizard = wizard_for(qtbot, demo_db, design)
    start(qtbot, wizard, tmp_path / "missing.csv")
    assert wizard.currentId() == 0
    error = wizard.file_page.ui.fileError
    assert error.isVisible()
    assert "missing.csv" in error.text()

    path = tmp_path / "ok.csv"
    path.write_text(f"First name,Last name,Email\nEva,Holm,eva.holm@{DOMAIN}\n", encoding="utf-8")
    start(qtbot, wizard, path, role="mentor")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert import_button(wizard).isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible()
    assert wizard.summary is None
    assert counts(demo_db) == before


@pytest.mark.slow
def test_a_large_file_is_checked_off_the_gui_thread(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    design = programme_id(demo_db, "design")
    path = tmp_path / "big.csv"
    lines = ["First name;Last name;Email;Role;Department"]
    lines += [f"Person{i};Number{i};p{i}@{DOMAIN};mentee;Dept {i % 40}" for i in range(20_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    wizard = wizard_for(qtbot, demo_db, design)
    wizard.set_file(path)
    ticks: list[int] = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(wizard.previewReady, timeout=60_000):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        assert wizard.busy
        assert wizard.file_page.ui.fileBusy.isVisible()
    timer.stop()
    assert ticks  # the GUI thread kept running while the file was checked
    assert wizard.currentId() == MAPPING_PAGE
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.rows_model.rowCount() == 20_000
    assert import_button(wizard).isEnabled()


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets without an object name or accessible name."""
    interactive = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in root.findChildren(QWidget)
        if isinstance(w, interactive)
        and not isinstance(w, QHeaderView)
        and not w.objectName().startswith("qt_")
        and (not w.objectName() or not w.accessibleName())
    ]


def test_every_interactive_widget_of_the_wizard_has_names(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(f"First name,Last name,Email,Role\nEva,Holm,eva@{DOMAIN},mentor\n", "utf-8")
    wizard = wizard_for(qtbot, demo_db, programme_id(demo_db, "design"))
    start(qtbot, wizard, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PREVIEW_PAGE
    assert unnamed(wizard) == []

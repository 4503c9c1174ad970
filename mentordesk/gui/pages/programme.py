"""The programme area: one tab per part of a programme."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView, QWidget

from mentordesk.gui.forms.ui_programme_page import Ui_ProgrammePage
from mentordesk.gui.pages.design import DesignPage
from mentordesk.gui.pages.start import plural
from mentordesk.gui.table_models import (
    PARTICIPANT_COLUMNS,
    RecordFilterProxy,
    RecordTableModel,
    format_date,
    humanise,
    pairings_model,
    participants_model,
)
from mentordesk.services import pairings, participants, programmes
from mentordesk.services.records import PairingRecord, ParticipantRecord, ProgrammeRecord
from mentordesk.store.database import Database

KIND_NAMES = {"internal": "Internal", "cross": "Cross-organisational"}
LANGUAGE_NAMES = {"en": "English", "da": "Danish"}
ORGANISATION_COLUMN = [c.title for c in PARTICIPANT_COLUMNS].index("Organisation")
TABS = ("design", "participants", "matching", "pairings", "interviews", "followUp", "materials")


class RecordTable:
    """A search box, a count and a sortable table over one list of records."""

    def __init__(
        self,
        model: RecordTableModel,
        table: QTableView,
        search: QLineEdit,
        count: QLabel,
        describe: Callable[[list], str],
        noun: str,
    ) -> None:
        self.model = model
        self.proxy = RecordFilterProxy(table)
        self.proxy.setSourceModel(model)
        self.table = table
        self.search = search
        self.count = count
        self.describe = describe
        self.noun = noun
        table.setModel(self.proxy)
        header = table.horizontalHeader()
        header.setObjectName(f"{table.objectName()}Header")
        header.setAccessibleName(f"Columns of {noun}: click to sort")
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        search.textChanged.connect(self._search)
        self._sized = False

    def set_records(self, records: list) -> None:
        self.model.set_records(records)
        if records and not self._sized:
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            last = self.model.columnCount() - 1
            for column in range(last):
                header.resizeSection(column, min(header.sectionSize(column) + 16, 300))
            # The last column takes the room that is left (its text is elided, never cut
            # off behind a scroll bar; the tooltip shows it whole).
            header.resizeSection(last, 120)
            self._sized = True
        self._update_count()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if total == 0:
            self.count.setText(f"No {self.noun} yet.")
        elif shown == total:
            self.count.setText(self.describe(self.model.records()))
        else:
            self.count.setText(f"Showing {shown} of {plural(total, self.noun[:-1])}")


def describe_participants(records: list[ParticipantRecord]) -> str:
    mentors = sum(1 for r in records if r.role == "mentor")
    mentees = sum(1 for r in records if r.role == "mentee")
    return (
        f"{plural(len(records), 'participant')}: "
        f"{plural(mentors, 'mentor')}, {plural(mentees, 'mentee')}"
    )


def describe_pairings(records: list[PairingRecord]) -> str:
    by_status: dict[str, int] = {}
    for record in records:
        by_status[record.status] = by_status.get(record.status, 0) + 1
    detail = ", ".join(f"{n} {status}" for status, n in sorted(by_status.items()))
    return f"{plural(len(records), 'pairing')}: {detail}"


class ProgrammePage(QWidget):
    """A programme: its title, and a tab per part of the programme's work."""

    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgrammePage()
        self.ui.setupUi(self)
        self.programme: ProgrammeRecord | None = None
        self.db = db
        self.design = DesignPage(db, undo_stack, self.ui.designTab)
        # The programme's name and facts stand above the tabs already.
        self.design.ui.programmeTitle.hide()
        self.design.ui.headerFacts.hide()
        self.ui.designLayout.addWidget(self.design)
        self.participants = RecordTable(
            participants_model(self),
            self.ui.participantsTable,
            self.ui.participantsSearch,
            self.ui.participantsCount,
            describe_participants,
            "participants",
        )
        self.pairings = RecordTable(
            pairings_model(self),
            self.ui.pairingsTable,
            self.ui.pairingsSearch,
            self.ui.pairingsCount,
            describe_pairings,
            "pairings",
        )

    def tab_index(self, name: str) -> int:
        """The index of a tab by its name in TABS ("participants", "followUp", ...)."""
        return self.ui.programmeTabs.indexOf(getattr(self.ui, f"{name}Tab"))

    def show_tab(self, name: str) -> None:
        self.ui.programmeTabs.setCurrentIndex(self.tab_index(name))

    def set_database(self, db: Database) -> None:
        self.db = db
        self.programme = None
        self.design.set_database(db)

    def editor(self) -> DesignPage:
        """The part of the page that may hold unsaved edits."""
        return self.design

    def load(self, db: Database, programme_id: int, organisation_names: Mapping[int, str]) -> None:
        """Show a programme: its design, participants and pairings."""
        if db is not self.db:
            self.set_database(db)
        record = programmes.get_programme(db, programme_id)
        self.programme = record
        self._show_summary(record, organisation_names)
        self.design.load(programme_id)
        self.participants.set_records(participants.list_participants(db, programme_id=record.id))
        # Everyone of an internal programme is of the host organisation: no column for it.
        self.ui.participantsTable.setColumnHidden(ORGANISATION_COLUMN, record.kind == "internal")
        self.pairings.set_records(pairings.list_pairings(db, programme_id=record.id))

    def _show_summary(self, p: ProgrammeRecord, organisation_names: Mapping[int, str]) -> None:
        guests = [organisation_names.get(i, f"organisation {i}") for i in p.guest_organisation_ids]
        ui = self.ui
        ui.programmeName.setText(p.name)
        if p.start_date and p.end_date:
            span = f"{format_date(p.start_date)} – {format_date(p.end_date)}"
        elif p.start_date:
            span = f"from {format_date(p.start_date)}"
        else:
            span = "no dates yet"
        hosts = p.organisation_name + (f" with {', '.join(guests)}" if guests else "")
        ui.programmeSubtitle.setText(
            f"{hosts}   ·   {KIND_NAMES.get(p.kind, humanise(p.kind))}   ·   "
            f"{humanise(p.status)}   ·   {span}"
        )

"""The programmes of a client organisation, on its page."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from mentordesk.gui.forms.ui_organisation_page import Ui_OrganisationPage
from mentordesk.gui.table_models import format_date
from mentordesk.gui.theme import icon
from mentordesk.gui.wording import humanise
from mentordesk.services import programmes
from mentordesk.store.database import Database

PROGRAMME_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OrganisationProgrammes(QWidget):
    """The programmes an organisation hosts; Enter opens one."""

    programme_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationPage()
        self.ui.setupUi(self)
        self.organisation_id: int | None = None
        self.model = QStandardItemModel(self)
        self.ui.programmesList.setModel(self.model)
        self.ui.programmesList.activated.connect(self._activated)

    def load(self, db: Database, organisation_id: int) -> None:
        hosted = programmes.list_programmes(db, organisation_id=organisation_id)
        self.organisation_id = organisation_id
        self.model.clear()
        for programme in hosted:
            dates = (
                f"{format_date(programme.start_date)} – {format_date(programme.end_date)}"
                if programme.start_date
                else "no dates yet"
            )
            item = QStandardItem(
                icon("programme"), f"{programme.name}   ·   {humanise(programme.status)}, {dates}"
            )
            item.setData(programme.id, PROGRAMME_ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if not hosted:
            empty = QStandardItem("No programmes yet.")
            empty.setEnabled(False)
            self.model.appendRow(empty)
        self.ui.programmesHeading.setText(f"&Programmes ({len(hosted)})")

    def _activated(self, index: QModelIndex) -> None:
        programme_id = index.data(PROGRAMME_ID_ROLE)
        if programme_id is not None:
            self.programme_activated.emit(int(programme_id))

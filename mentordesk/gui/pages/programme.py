"""The programme area: one tab per part of a programme."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from mentordesk.gui.forms.ui_programme_page import Ui_ProgrammePage
from mentordesk.gui.pages.design import DesignPage
from mentordesk.gui.pages.evaluation import EvaluationPage
from mentordesk.gui.pages.followup import FollowUpPage
from mentordesk.gui.pages.interviews import InterviewsPage
from mentordesk.gui.pages.matching import MatchingPage
from mentordesk.gui.pages.materials import MaterialsPage
from mentordesk.gui.pages.pairings import PairingsPage
from mentordesk.gui.pages.participants import ParticipantsPage
from mentordesk.gui.table_models import format_date
from mentordesk.gui.wording import humanise
from mentordesk.services import programmes
from mentordesk.services.records import ProgrammeRecord
from mentordesk.store.database import Database

KIND_NAMES = {"internal": "Internal", "cross": "Cross-organisational"}
LANGUAGE_NAMES = {"en": "English", "da": "Danish"}
TABS = (
    "design",
    "participants",
    "matching",
    "pairings",
    "interviews",
    "followUp",
    "evaluation",
    "materials",
)


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
        self.participants = ParticipantsPage(db, self.ui.participantsTab)
        self.ui.participantsLayout.addWidget(self.participants)
        self.matching = MatchingPage(db, self.ui.matchingTab)
        self.ui.matchingLayout.addWidget(self.matching)
        self.pairings = PairingsPage(db, self.ui.pairingsTab)
        self.ui.pairingsLayout.addWidget(self.pairings)
        self.interviews = InterviewsPage(db, self.ui.interviewsTab)
        self.ui.interviewsLayout.addWidget(self.interviews)
        self.followup = FollowUpPage(db, self.ui.followUpTab)
        self.ui.followUpLayout.addWidget(self.followup)
        self.evaluation = EvaluationPage(db, self.ui.evaluationTab)
        self.ui.evaluationLayout.addWidget(self.evaluation)
        self.materials = MaterialsPage(db, self.ui.materialsTab)
        self.ui.materialsLayout.addWidget(self.materials)
        # Each page shows what the others changed.
        self.participants.participantsChanged.connect(self._participants_changed)
        self.matching.pairingsChanged.connect(self._pairings_changed)
        self.pairings.pairingsChanged.connect(self._pairings_changed)
        self.matching.participantsRequested.connect(lambda: self.show_tab("participants"))
        self.pairings.matchingRequested.connect(lambda: self.show_tab("matching"))
        self.followup.followupsChanged.connect(lambda _pid: self.design.refresh_dashboard())
        # A call recorded from the Follow-up tab is an interview; an interview may end a concern.
        self.followup.followupsChanged.connect(self.interviews.load)
        self.interviews.interviewsChanged.connect(self.followup.load)

    def tab_index(self, name: str) -> int:
        """The index of a tab by its name in TABS ("participants", "followUp", ...)."""
        return self.ui.programmeTabs.indexOf(getattr(self.ui, f"{name}Tab"))

    def show_tab(self, name: str) -> None:
        self.ui.programmeTabs.setCurrentIndex(self.tab_index(name))

    def set_database(self, db: Database) -> None:
        self.db = db
        self.programme = None
        for page in (
            self.design,
            self.participants,
            self.matching,
            self.pairings,
            self.interviews,
            self.followup,
            self.evaluation,
            self.materials,
        ):
            page.set_database(db)

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
        self.participants.load(programme_id)
        self.matching.load(programme_id)
        self.pairings.load(programme_id)
        self.interviews.load(programme_id)
        self.followup.load(programme_id)
        self.evaluation.load(programme_id)
        self.materials.load(programme_id)

    def _participants_changed(self, programme_id: int) -> None:
        self.matching.load(programme_id)
        self.design.refresh_dashboard()

    def _pairings_changed(self, programme_id: int) -> None:
        for page in (
            self.participants,
            self.matching,
            self.pairings,
            self.interviews,
            self.followup,
        ):
            page.load(programme_id)
        self.design.refresh_dashboard()

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

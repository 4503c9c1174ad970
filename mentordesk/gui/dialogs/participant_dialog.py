"""Dialogs of the Participants page: choosing people, and editing one participant.

`PeoplePickerDialog` lists people of the programme's organisations with a search box and
a tick box per person; with `role_choice` it adds the ticked people as mentors or mentees
(the Add participants dialog), without it it hands back the ticked people (wishes and
avoids). `ParticipantDialog` edits role, status, goals or expertise, languages, capacity,
wishes, avoids and application notes; OK saves through the service, a refusal is shown at
its field, Cancel with unsaved edits asks first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QCursor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.gui.dialogs.person_dialog import FORM_STYLE, name_parts, parse_languages
from mentordesk.gui.editing import FieldErrors, confirm_leave
from mentordesk.gui.forms.ui_participant_dialog import Ui_ParticipantDialog
from mentordesk.gui.table_models import SORT_ROLE, RecordFilterProxy
from mentordesk.gui.wording import humanise
from mentordesk.services.errors import InputRefused
from mentordesk.services.participants import (
    MAX_CAPACITY,
    MIN_CAPACITY,
    STATUSES,
    ParticipantInput,
    ProgrammePerson,
    participant_detail,
    programme_people,
    save_participant,
)
from mentordesk.store.database import Database

AnyIndex = QModelIndex | QPersistentModelIndex
PERSON_ROLE = Qt.ItemDataRole.UserRole + 20
THEME_ROLE = Qt.ItemDataRole.UserRole + 21
CHECK_BOX_WIDTH = 24
ROLE_NAMES = {"mentor": "Mentor", "mentee": "Mentee"}
STATUS_HINTS = {
    "applied": "Applied: nominated or applied, not yet accepted",
    "accepted": "Accepted into the programme and ready for matching",
    "matched": "Matched: set when a pairing is proposed or confirmed",
    "withdrawn": "Withdrawn: left the programme; their history is kept",
    "completed": "Completed the programme",
}
TAG_WORDS = {
    "mentee": ("Goals: what they want to learn", "goal", "Goals"),
    "mentor": ("Expertise: what they can offer", "area of expertise", "Expertise"),
}

DIALOG_STYLE = (
    FORM_STYLE
    + """
QListWidget[invalid="true"], QSpinBox[invalid="true"], QComboBox[invalid="true"] {
    border: 1px solid #B3261E; border-radius: 3px;
}
QListWidget::item { padding: 3px 2px; }
"""
)


def person_text(person: ProgrammePerson, *, show_organisation: bool) -> str:
    """'Anna Berg — Meridian Freight · Head of Finance (mentor)'."""
    facts = [person.organisation_name] if show_organisation else []
    if person.job_title:
        facts.append(person.job_title)
    text = person.name + (f" — {' · '.join(facts)}" if facts else "")
    if person.role:
        text += f" ({person.role})"
    return text


# --------------------------------------------------------------------------- choosing people


class PeoplePickerModel(QAbstractTableModel):
    """People in rows with a tick box before the name; the ticks survive searching."""

    checkedChanged = Signal()

    def __init__(self, *, show_role: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = ["Name", "Organisation", "Department", "Job title"]
        if show_role:
            self.columns.append("In the programme")
        self.columns.append("Email")
        self._people: list[ProgrammePerson] = []
        self.checked: set[int] = set()

    def set_people(self, people: Sequence[ProgrammePerson]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.checked &= {p.id for p in self._people}
        self.endResetModel()

    def person(self, row: int) -> ProgrammePerson:
        return self._people[row]

    def people(self) -> list[ProgrammePerson]:
        return list(self._people)

    def checked_ids(self) -> list[int]:
        """The ticked people in the order of the list."""
        return [p.id for p in self._people if p.id in self.checked]

    def set_checked(self, person_id: int, checked: bool) -> None:
        for row, person in enumerate(self._people):
            if person.id == person_id:
                self.setData(
                    self.index(row, 0),
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                    Qt.ItemDataRole.CheckStateRole,
                )
                return

    def toggle(self, row: int) -> None:
        person = self._people[row]
        self.set_checked(person.id, person.id not in self.checked)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def _value(self, person: ProgrammePerson, column: int) -> str:
        title = self.columns[column]
        return {
            "Name": person.name,
            "Organisation": person.organisation_name,
            "Department": person.department,
            "Job title": person.job_title,
            "In the programme": ROLE_NAMES.get(person.role, ""),
            "Email": person.email,
        }[title]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._value(person, index.column())
        if role == SORT_ROLE:
            if index.column() == 0:
                return f"{person.last_name} {person.first_name}".casefold()
            return self._value(person, index.column()).casefold()
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if person.id in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [person.name, person.job_title, person.department, person.email]
            return "\n".join(line for line in lines if line)
        if role == PERSON_ROLE:
            return person.id
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        person = self._people[index.row()]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self.checked.add(person.id)
        else:
            self.checked.discard(person.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None


class PeoplePickerDialog(QDialog):
    """Tick people of the programme's organisations; search narrows the list.

    With `role_choice` the dialog also asks for the role and, on OK, calls
    `submit(person_ids, role)`; an InputRefused from it is shown in the dialog, which
    stays open. `chosen_ids` and `chosen_role` hold the outcome.
    """

    def __init__(
        self,
        people: Sequence[ProgrammePerson],
        *,
        title: str,
        prompt: str,
        show_organisation: bool,
        role_choice: bool = False,
        submit: Callable[[list[int], str], Any] | None = None,
        noun: str = "people",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePickerDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setStyleSheet(DIALOG_STYLE)
        self.setSizeGripEnabled(True)
        self.resize(860, 560)
        self.submit = submit
        self.role_choice = role_choice
        self.noun = noun
        self.chosen_ids: list[int] = []
        self.chosen_role = "mentee"
        self.result_value: Any = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        self.prompt_label = QLabel(prompt, self)
        self.prompt_label.setObjectName("pickerPromptLabel")
        self.prompt_label.setAccessibleName("What to do")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setProperty("role", "hint")
        layout.addWidget(self.prompt_label)

        search_row = QHBoxLayout()
        search_row.setSpacing(8)
        search_label = QLabel("&Search", self)
        search_label.setObjectName("pickerSearchLabel")
        search_label.setAccessibleName("Search label")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("pickerSearchEdit")
        self.search_edit.setAccessibleName(f"Search {noun}")
        self.search_edit.setPlaceholderText("Name, organisation, department, job title or email")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(320)
        search_label.setBuddy(self.search_edit)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit)
        search_row.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("pickerCountLabel")
        self.count_label.setAccessibleName(f"Number of {noun} shown and ticked")
        self.count_label.setProperty("role", "hint")
        search_row.addWidget(self.count_label)
        layout.addLayout(search_row)

        self.model = PeoplePickerModel(show_role=not role_choice, parent=self)
        self.model.set_people(people)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("pickerTable")
        self.table.setAccessibleName(noun.capitalize())
        self.table.setToolTip("Tick the people to choose: click the box, or press Space")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((200, 170, 160, 200, 110)):
            if column < self.model.columnCount() - 1:
                self.table.setColumnWidth(column, width)
        organisation_column = self.model.columns.index("Organisation")
        self.table.setColumnHidden(organisation_column, not show_organisation)
        layout.addWidget(self.table, 1)

        if role_choice:
            role_row = QHBoxLayout()
            role_row.setSpacing(12)
            role_label = QLabel("Add them as:", self)
            role_label.setObjectName("pickerRoleLabel")
            role_label.setAccessibleName("Role label")
            self.mentor_radio = QRadioButton("&Mentors", self)
            self.mentor_radio.setObjectName("mentorRadio")
            self.mentor_radio.setAccessibleName("Add as mentors")
            self.mentee_radio = QRadioButton("Men&tees", self)
            self.mentee_radio.setObjectName("menteeRadio")
            self.mentee_radio.setAccessibleName("Add as mentees")
            self.mentee_radio.setChecked(True)
            self.role_group = QButtonGroup(self)
            self.role_group.addButton(self.mentor_radio)
            self.role_group.addButton(self.mentee_radio)
            self.role_group.buttonToggled.connect(lambda *_: self._update())
            role_row.addWidget(role_label)
            role_row.addWidget(self.mentor_radio)
            role_row.addWidget(self.mentee_radio)
            role_row.addStretch(1)
            layout.addLayout(role_row)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("pickerErrorLabel")
        self.error_label.setAccessibleName("Why nobody was added")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors = FieldErrors(self.error_label)
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("pickerButtonBox")
        self.buttons.setAccessibleName("OK or Cancel")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("pickerOkButton")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("pickerCancelButton")
        cancel.setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.search_edit.textChanged.connect(self._search)
        self.model.checkedChanged.connect(self._update)
        self.table.doubleClicked.connect(self._double_clicked)
        toggle = QShortcut(QKeySequence(Qt.Key.Key_Space), self.table)
        toggle.setContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.activated.connect(lambda: self._toggle(self.table.currentIndex()))
        self.search_edit.installEventFilter(self)
        name_parts(self)
        self._update()
        self.search_edit.setFocus()

    # -- ticking ----------------------------------------------------------------------
    def _toggle(self, index: QModelIndex) -> None:
        if index.isValid():
            self.model.toggle(self.proxy.mapToSource(index).row())

    def _double_clicked(self, index: QModelIndex) -> None:
        """Double-click ticks or unticks; on the tick box itself the clicks already did."""
        if index.column() == 0:
            where = self.table.viewport().mapFromGlobal(QCursor.pos())
            if where.x() - self.table.visualRect(index).left() < CHECK_BOX_WIDTH:
                return
        self._toggle(index)

    def set_checked(self, person_ids: Sequence[int], checked: bool = True) -> None:
        for person_id in person_ids:
            self.model.set_checked(person_id, checked)

    def role(self) -> str:
        if not self.role_choice:
            return ""
        return "mentor" if self.mentor_radio.isChecked() else "mentee"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box moves into the list."""
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.proxy.rowCount():
                self.table.setFocus()
                self.table.setCurrentIndex(self.proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update()

    def _update(self) -> None:
        ticked = len(self.model.checked)
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        if total == 0:
            self.count_label.setText("Nobody to choose")
        else:
            shown_text = f"{shown} of {total} shown" if shown != total else f"{total} people"
            self.count_label.setText(f"{shown_text} · {ticked} ticked")
        if self.role_choice:
            role = "mentors" if self.role() == "mentor" else "mentees"
            if ticked == 1:
                role = role[:-1]
            text = f"Add {ticked} as {role}" if ticked else "Add"
        else:
            text = f"Choose {ticked}" if ticked else "Choose"
        self.ok_button.setText(text)
        self.ok_button.setAccessibleName(text)
        self.ok_button.setEnabled(ticked > 0)

    # -- closing ----------------------------------------------------------------------
    def accept(self) -> None:
        ids = self.model.checked_ids()
        if not ids:
            return
        self.chosen_ids = ids
        self.chosen_role = self.role()
        if self.submit is not None:
            self.errors.clear()
            try:
                self.result_value = self.submit(ids, self.chosen_role)
            except InputRefused as refusal:
                self.errors.show(refusal)
                return
        super().accept()


# --------------------------------------------------------------------------- tags


class TagList:
    """Goals or expertise: the programme's learning themes as tick boxes, plus free tags.

    Free tags are added through the "other" line edit; a theme typed there is ticked
    instead of added twice. Delete removes a selected free tag.
    """

    def __init__(
        self, view: QListWidget, edit: QLineEdit, add_button: Any, themes: Sequence[str]
    ) -> None:
        self.view = view
        self.edit = edit
        # Learning themes are whole sentences: wrapped, never cut off behind a scroll bar.
        view.setWordWrap(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.themes = [t for t in themes if t.strip()]
        self._order: list[str] = []
        completer = QCompleter(self.themes, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.popup().setObjectName("otherTagSuggestions")
        completer.popup().setAccessibleName("Suggested learning themes")
        edit.setCompleter(completer)
        add_button.clicked.connect(self.add_typed)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)

    def set_tags(self, tags: Sequence[str]) -> None:
        view = self.view
        view.clear()
        self._order = list(tags)
        chosen = {t.casefold() for t in tags}
        for theme in self.themes:
            self._item(theme, theme.casefold() in chosen, theme=True)
        known = {t.casefold() for t in self.themes}
        for tag in tags:
            if tag.casefold() not in known:
                self._item(tag, True, theme=False)
                known.add(tag.casefold())

    def _item(self, text: str, checked: bool, *, theme: bool) -> QListWidgetItem:
        item = QListWidgetItem(text, self.view)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(THEME_ROLE, theme)
        item.setToolTip(
            "A learning theme of the programme"
            if theme
            else "Their own words: not a learning theme of the programme (Delete removes it)"
        )
        return item

    def tags(self) -> list[str]:
        """The ticked tags: those given to set_tags in their order, then the new ones."""
        ticked = [
            self.view.item(row).text()
            for row in range(self.view.count())
            if self.view.item(row).checkState() == Qt.CheckState.Checked
        ]
        wanted = {t.casefold() for t in ticked}
        tags = [t for t in self._order if t.casefold() in wanted]
        kept = {t.casefold() for t in tags}
        return tags + [t for t in ticked if t.casefold() not in kept]

    def add(self, text: str) -> None:
        tag = " ".join(text.split())
        if not tag:
            return
        for row in range(self.view.count()):
            item = self.view.item(row)
            if item.text().casefold() == tag.casefold():
                item.setCheckState(Qt.CheckState.Checked)
                self.view.setCurrentItem(item)
                return
        item = self._item(tag, True, theme=False)
        self.view.setCurrentItem(item)
        self.view.scrollToItem(item)

    def add_typed(self) -> None:
        self.add(self.edit.text())
        self.edit.clear()

    def remove_selected(self) -> None:
        for item in self.view.selectedItems():
            if not item.data(THEME_ROLE):
                self.view.takeItem(self.view.row(item))


# --------------------------------------------------------------------------- the participant


class ParticipantDialog(QDialog):
    """Edit one participant of a programme; implements the Editor protocol of editing.py."""

    participantSaved = Signal(int)

    def __init__(self, db: Database, participant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParticipantDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(DIALOG_STYLE)
        self._db = db
        self._participant_id = participant_id
        self._saved = False
        self.picker: PeoplePickerDialog | None = None
        ui = self.ui

        detail = participant_detail(db, participant_id)
        self.detail = detail
        self.people = {p.id: p for p in programme_people(db, detail.programme_id)}
        self.show_organisation = detail.programme_kind != "internal" or (
            len({p.organisation_id for p in self.people.values()}) > 1
        )

        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Save")
        ok.setObjectName("okButton")
        ok.setAccessibleName("Save participant")
        ok.setToolTip("Save the participant and close")
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName("Cancel")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

        for role, name in ROLE_NAMES.items():
            ui.roleCombo.addItem(name, role)
        for status in STATUSES:
            ui.statusCombo.addItem(humanise(status), status)
            ui.statusCombo.setItemData(
                ui.statusCombo.count() - 1, STATUS_HINTS[status], Qt.ItemDataRole.ToolTipRole
            )
        ui.capacitySpin.setRange(MIN_CAPACITY, MAX_CAPACITY)
        ui.capacitySpin.valueChanged.connect(self._capacity_suffix)

        self.errors = FieldErrors(ui.formError)
        self.errors.register("role", ui.roleCombo, ui.roleError)
        self.errors.register("status", ui.statusCombo, ui.statusError)
        self.errors.register("capacity", ui.capacitySpin, ui.capacityError)
        self.errors.register("languages", ui.languagesEdit, ui.languagesError)
        self.errors.register("goals", ui.tagsList, ui.tagsError)
        self.errors.register("expertise", ui.tagsList, ui.tagsError)
        self.errors.register("wishes", ui.wishesList, ui.wishesError)
        self.errors.register("avoids", ui.avoidsList, ui.avoidsError)

        self.tag_list = TagList(
            ui.tagsList, ui.otherTagEdit, ui.addTagButton, detail.learning_themes
        )
        # Goals belong to mentees and expertise to mentors; both are kept while the role
        # is switched back and forth, and both are saved.
        self._tags = {"mentee": list(detail.goals), "mentor": list(detail.expertise)}
        self._shown_role = detail.role

        self.setWindowTitle(f"Edit {detail.name}")
        self.setAccessibleName(f"Participant {detail.name}")
        ui.nameLabel.setText(detail.name)
        facts = [detail.organisation_name, detail.job_title, detail.department, detail.email]
        ui.factsLabel.setText("   ·   ".join(f for f in facts if f))
        ui.roleCombo.setCurrentIndex(max(ui.roleCombo.findData(detail.role), 0))
        ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(detail.status), 0))
        ui.capacitySpin.setValue(max(MIN_CAPACITY, min(detail.capacity, MAX_CAPACITY)))
        self._capacity_suffix(ui.capacitySpin.value())
        ui.languagesEdit.setText(", ".join(detail.languages))
        ui.notesEdit.setPlainText(detail.application_notes)
        for entry in detail.wishes:
            self._add_person(ui.wishesList, entry.person_id, entry.name)
        for entry in detail.avoids:
            self._add_person(ui.avoidsList, entry.person_id, entry.name)
        if detail.pairings:
            ui.roleCombo.setToolTip(
                f"{detail.name} is in pairings of this programme, so the role cannot change"
            )
        self._show_role(detail.role)

        ui.roleCombo.currentIndexChanged.connect(lambda _i: self._role_changed())
        ui.addWishesButton.clicked.connect(lambda: self.choose_people("wishes"))
        ui.addAvoidsButton.clicked.connect(lambda: self.choose_people("avoids"))
        ui.removeWishesButton.clicked.connect(lambda: self._remove_people(ui.wishesList))
        ui.removeAvoidsButton.clicked.connect(lambda: self._remove_people(ui.avoidsList))
        for view in (ui.wishesList, ui.avoidsList):
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda view=view: self._remove_people(view))
            view.itemSelectionChanged.connect(self._update_buttons)
        ui.otherTagEdit.installEventFilter(self)
        self._update_buttons()
        self._initial = self._form_state()
        name_parts(self)
        ui.roleCombo.setFocus()

    def _capacity_suffix(self, value: int) -> None:
        self.ui.capacitySpin.setSuffix(" mentee at a time" if value == 1 else " mentees at a time")

    # -- role and tags ----------------------------------------------------------------
    def role(self) -> str:
        return str(self.ui.roleCombo.currentData())

    def _role_changed(self) -> None:
        self._tags[self._shown_role] = self.tag_list.tags()
        self._show_role(self.role())

    def _show_role(self, role: str) -> None:
        ui = self.ui
        self._shown_role = role
        self.tag_list.set_tags(self._tags[role])
        title, noun, plural_noun = TAG_WORDS[role]
        ui.tagsGroup.setTitle(title)
        ui.tagsGroup.setAccessibleName(plural_noun)
        ui.tagsList.setAccessibleName(plural_noun)
        ui.otherTagEdit.setPlaceholderText(f"Another {noun}, then Enter")
        ui.otherTagEdit.setAccessibleName(f"Other {noun}")
        ui.tagsError.setAccessibleName(f"{plural_noun} problem")
        mentor = role == "mentor"
        ui.participationForm.setRowVisible(ui.capacitySpin, mentor)
        if not mentor:
            ui.capacityError.hide()

    def tags(self) -> dict[str, list[str]]:
        """Goals (of a mentee) and expertise (of a mentor) as the form holds them now."""
        tags = dict(self._tags)
        tags[self._shown_role] = self.tag_list.tags()
        return tags

    def add_tag(self, text: str) -> None:
        self.tag_list.add(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the "other" box adds the tag instead of closing the dialog."""
        if watched is self.ui.otherTagEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                popup = self.ui.otherTagEdit.completer().popup()
                if self.ui.otherTagEdit.text().strip() and not popup.isVisible():
                    self.tag_list.add_typed()
                    return True
        return super().eventFilter(watched, event)

    # -- wishes and avoids ------------------------------------------------------------
    def _add_person(self, view: QListWidget, person_id: int, name: str) -> None:
        person = self.people.get(person_id)
        text = person_text(person, show_organisation=self.show_organisation) if person else name
        item = QListWidgetItem(text, view)
        item.setData(PERSON_ROLE, person_id)
        item.setToolTip(text)

    def _ids(self, view: QListWidget) -> list[int]:
        return [int(view.item(row).data(PERSON_ROLE)) for row in range(view.count())]

    def wishes(self) -> list[int]:
        return self._ids(self.ui.wishesList)

    def avoids(self) -> list[int]:
        return self._ids(self.ui.avoidsList)

    def _remove_people(self, view: QListWidget) -> None:
        for item in view.selectedItems():
            view.takeItem(view.row(item))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        ui.removeWishesButton.setEnabled(bool(ui.wishesList.selectedItems()))
        ui.removeAvoidsButton.setEnabled(bool(ui.avoidsList.selectedItems()))

    def choose_people(self, kind: str) -> PeoplePickerDialog:
        """Open the picker for wishes or avoids; the ticked people are added on OK."""
        view = self.ui.wishesList if kind == "wishes" else self.ui.avoidsList
        taken = {self.detail.person_id, *self.wishes(), *self.avoids()}
        other_role = "mentee" if self.role() == "mentor" else "mentor"
        # People of the other role first: they are whom a wish or avoid is usually about.
        people = sorted(
            (p for p in self.people.values() if p.id not in taken),
            key=lambda p: (p.role != other_role, p.last_name.casefold(), p.first_name.casefold()),
        )
        first = self.detail.name.split()[0] if self.detail.name else "They"
        if kind == "wishes":
            title = f"Wishes of {self.detail.name}"
            prompt = f"Tick the people {first} would like to be paired with."
        else:
            title = f"People {self.detail.name} should avoid"
            prompt = (
                f"Tick the people {first} must not be paired with, such as their own manager "
                "or someone they work closely with."
            )
        picker = PeoplePickerDialog(
            people,
            title=title,
            prompt=prompt,
            show_organisation=self.show_organisation,
            noun="people",
            parent=self,
        )
        self.picker = picker

        def chosen(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                for person_id in picker.chosen_ids:
                    self._add_person(view, person_id, self.people[person_id].name)
                self._update_buttons()
            self.picker = None
            picker.deleteLater()

        picker.finished.connect(chosen)
        picker.open()
        return picker

    # -- the form ---------------------------------------------------------------------
    def _form_state(self) -> tuple[object, ...]:
        ui = self.ui
        tags = self.tags()
        return (
            self.role(),
            ui.statusCombo.currentData(),
            ui.capacitySpin.value(),
            ui.languagesEdit.text().strip(),
            tuple(tags["mentee"]),
            tuple(tags["mentor"]),
            tuple(self.wishes()),
            tuple(self.avoids()),
            ui.notesEdit.toPlainText(),
        )

    def participant_input(self) -> ParticipantInput:
        ui = self.ui
        tags = self.tags()
        return ParticipantInput(
            role=self.role(),
            status=str(ui.statusCombo.currentData()),
            goals=tuple(tags["mentee"]),
            expertise=tuple(tags["mentor"]),
            languages=parse_languages(ui.languagesEdit.text()),
            capacity=ui.capacitySpin.value(),
            application_notes=ui.notesEdit.toPlainText(),
            wishes=tuple(self.wishes()),
            avoids=tuple(self.avoids()),
        )

    @property
    def participant_id(self) -> int:
        return self._participant_id

    def has_unsaved_changes(self) -> bool:
        return self._form_state() != self._initial

    def save(self) -> bool:
        self.errors.clear()
        try:
            save_participant(self._db, self._participant_id, self.participant_input())
        except InputRefused as refusal:
            self.errors.show(refusal)
            return False
        self._saved = True
        self._initial = self._form_state()
        self.participantSaved.emit(self._participant_id)
        return True

    def discard(self) -> None:
        self._initial = self._form_state()

    def editing_title(self) -> str:
        return self.detail.name

    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        if not confirm_leave(self, self):
            return
        if self._saved:
            super().accept()
        else:
            super().reject()

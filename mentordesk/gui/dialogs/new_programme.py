"""Create a programme from a built-in template or by copying an earlier one."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from mentordesk.gui.dialogs.milestone_dialog import FORM_STYLE
from mentordesk.gui.editing import FieldErrors, wire_dialog_buttons
from mentordesk.gui.forms.ui_programme_new_dialog import Ui_NewProgrammeDialog
from mentordesk.gui.table_models import format_date
from mentordesk.services import design, organisations, programmes
from mentordesk.services.errors import InputRefused
from mentordesk.services.records import ProgrammeRecord
from mentordesk.services.templates import TEMPLATES
from mentordesk.store.database import Database

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2
PADDING = 8


class TemplateDelegate(QStyledItemDelegate):
    """A template as its title in bold over its description."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        return title, QFont(option.font)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title_font, text_font = self._fonts(option)
        width = max(200, option.rect.width() or 400) - 2 * PADDING
        description = str(index.data(DESCRIPTION_ROLE) or "")
        text_rect = QFontMetrics(text_font).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, description
        )
        return QSize(width, QFontMetrics(title_font).height() + text_rect.height() + 2 * PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        title_text, option.text = option.text, ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        muted = palette.highlightedText().color() if selected else palette.placeholderText().color()
        title_font, text_font = self._fonts(option)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title_h = QFontMetrics(title_font).height()
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), title_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_text,
        )
        painter.setFont(text_font)
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.left(), rect.top() + title_h, rect.width(), rect.height() - title_h),
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            str(index.data(DESCRIPTION_ROLE) or ""),
        )
        painter.restore()


def one_year_later(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


_YEARS = re.compile(r"\b(19\d\d|20\d\d)(?:([–/-])(\d\d))?\b")


def shift_years(name: str, years: int) -> str:
    """ "Leadership 2025–26" moved on by a year is "Leadership 2026–27"; "" without a year."""
    if not _YEARS.search(name):
        return ""

    def moved(match: re.Match[str]) -> str:
        text = str(int(match.group(1)) + years)
        if match.group(3):
            text += f"{match.group(2)}{(int(match.group(3)) + years) % 100:02d}"
        return text

    return _YEARS.sub(moved, name)


def programme_label(p: ProgrammeRecord) -> str:
    start = format_date(p.start_date) if p.start_date else "no start date"
    return f"{p.name} — {p.organisation_name} ({start})"


class NewProgrammeDialog(QDialog):
    """Name, host organisation and start date of a new programme, and what it starts from.

    Accepting creates the programme (services.design.create_programme or copy_programme);
    a refusal is shown at its field and the dialog stays open. After acceptance
    `created_programme_id` is the new programme's ID.
    """

    def __init__(
        self, db: Database, parent: QWidget | None = None, organisation_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewProgrammeDialog()
        self.ui.setupUi(self)
        self.db = db
        self.created_programme_id: int | None = None
        self._date_touched = False
        self._setting_date = False
        self._suggested_name = ""
        ui = self.ui

        self.templates = QStandardItemModel(self)
        for template in TEMPLATES.values():
            item = QStandardItem(template.title)
            item.setData(template.key, KEY_ROLE)
            item.setData(template.description, DESCRIPTION_ROLE)
            item.setData(f"{template.title}: {template.description}", Qt.ItemDataRole.ToolTipRole)
            item.setData(
                f"{template.title}. {template.description}",
                Qt.ItemDataRole.AccessibleTextRole,
            )
            item.setEditable(False)
            self.templates.appendRow(item)
        ui.templateList.setModel(self.templates)
        ui.templateList.setItemDelegate(TemplateDelegate(ui.templateList))
        ui.templateList.setCurrentIndex(self.templates.index(0, 0))

        self.organisations = organisations.list_organisations(db, include_archived=False)
        for organisation in self.organisations:
            ui.organisationCombo.addItem(organisation.name, organisation.id)
        if organisation_id is not None:
            ui.organisationCombo.setCurrentIndex(
                max(0, ui.organisationCombo.findData(organisation_id))
            )

        self.sources = programmes.list_programmes(db)
        for source in self.sources:
            ui.sourceCombo.addItem(programme_label(source), source.id)
        if organisation_id is not None:
            own = next((s for s in self.sources if s.organisation_id == organisation_id), None)
            if own is not None:
                ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData(own.id))
        if not self.sources:
            ui.copyRadio.setEnabled(False)
            ui.copyRadio.setToolTip("There is no earlier programme to copy yet.")

        self._set_date(date.today())
        ui.startDateEdit.dateChanged.connect(self._date_edited)
        ui.templateRadio.toggled.connect(self._mode_changed)
        ui.sourceCombo.currentIndexChanged.connect(self._source_changed)
        ui.templateList.doubleClicked.connect(lambda _index: ui.nameEdit.setFocus())

        self.errors = FieldErrors(ui.formError)
        self.errors.register("name", ui.nameEdit, ui.nameError)
        self.errors.register("organisation", ui.organisationCombo, ui.organisationError)
        self.errors.register("template", ui.templateList, ui.templateError)
        self.errors.register("programme", ui.sourceCombo, ui.sourceError)
        self.errors.register("start_date", ui.startDateEdit, ui.startError)
        ui.copyHint.setProperty("role", "hint")
        self.setStyleSheet(FORM_STYLE)  # after the roles are set

        wire_dialog_buttons(
            self,
            ui.buttonBox,
            ok_name="createProgrammeButton",
            cancel_name="cancelNewProgrammeButton",
            ok_text="Create programme",
        )
        self._mode_changed()
        self.resize(self.width(), self.sizeHint().height())
        ui.nameEdit.setFocus()

    # --- state ----------------------------------------------------------------------

    def copying(self) -> bool:
        return self.ui.copyRadio.isChecked()

    def template_key(self) -> str | None:
        index = self.ui.templateList.currentIndex()
        return None if not index.isValid() else str(index.data(KEY_ROLE))

    def select_template(self, key: str) -> None:
        for row in range(self.templates.rowCount()):
            index = self.templates.index(row, 0)
            if index.data(KEY_ROLE) == key:
                self.ui.templateList.setCurrentIndex(index)
                return
        raise KeyError(key)

    def select_source(self, programme_id: int) -> None:
        self.ui.copyRadio.setChecked(True)
        self.ui.sourceCombo.setCurrentIndex(self.ui.sourceCombo.findData(programme_id))

    def _source(self) -> ProgrammeRecord | None:
        source_id = self.ui.sourceCombo.currentData()
        return next((s for s in self.sources if s.id == source_id), None)

    def _set_date(self, day: date) -> None:
        self._setting_date = True
        self.ui.startDateEdit.setDate(QDate(day))
        self._setting_date = False

    def _date_edited(self) -> None:
        if not self._setting_date:
            self._date_touched = True

    def _mode_changed(self) -> None:
        ui = self.ui
        copying = self.copying()
        ui.templateList.setEnabled(not copying)
        ui.sourceCombo.setEnabled(copying)
        ui.copyHint.setEnabled(copying)
        ui.organisationCombo.setEnabled(not copying)
        ui.organisationCombo.setToolTip(
            "A copy belongs to the organisation of the programme it copies." if copying else ""
        )
        self.errors.clear()
        if copying:
            self._source_changed()
        elif not self._date_touched:
            self._set_date(date.today())

    def _source_changed(self) -> None:
        source = self._source()
        if source is None or not self.copying():
            return
        ui = self.ui
        ui.organisationCombo.setCurrentIndex(
            max(0, ui.organisationCombo.findData(source.organisation_id))
        )
        if source.start_date is not None and not self._date_touched:
            self._set_date(one_year_later(source.start_date))
        name = ui.nameEdit.text().strip()
        if not name or name == self._suggested_name:
            self._suggested_name = self._suggest_name(source)
            ui.nameEdit.setText(self._suggested_name)

    def _suggest_name(self, source: ProgrammeRecord) -> str:
        """The source's name with its years moved on; empty when it names no year."""
        if source.start_date is None:
            return ""
        return shift_years(
            source.name, self.ui.startDateEdit.date().year() - source.start_date.year
        )

    # --- accept ---------------------------------------------------------------------

    def accept(self) -> None:
        ui = self.ui
        name = ui.nameEdit.text()
        start = ui.startDateEdit.date().toPython()
        try:
            if self.copying():
                source = self._source()
                if source is None:
                    raise InputRefused("Choose the programme to copy.", field="programme")
                new_id = design.copy_programme(self.db, source.id, name, start)
            else:
                organisation_id = ui.organisationCombo.currentData()
                if organisation_id is None:
                    raise InputRefused(
                        "Add a client organisation first: a programme belongs to one.",
                        field="organisation",
                    )
                key = self.template_key()
                if key is None:
                    raise InputRefused("Choose a template.", field="template")
                new_id = design.create_programme(
                    self.db, name, int(organisation_id), template_key=key, start=start
                )
        except InputRefused as refusal:
            self.errors.show(refusal)
            return
        self.created_programme_id = new_id
        super().accept()

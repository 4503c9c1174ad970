"""The navigation pane's model: client organisations, under each its programmes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from mentordesk.gui.theme import icon
from mentordesk.gui.wording import humanise

if TYPE_CHECKING:
    from mentordesk.services.records import OrganisationNode, ProgrammeNode

# This module is on the window's start-up path, which stays clear of PySide6's `Qt`
# namespace: PySide6 builds all of its enums on first use (some 10 ms), so that waits
# until after the first paint. Hence the value of Qt.ItemDataRole.UserRole (a test
# holds it to Qt's), and the local imports below.
USER_ROLE = 0x0100
KIND_ROLE = USER_ROLE + 1
ID_ROLE = USER_ROLE + 2

ORGANISATION = "organisation"
PROGRAMME = "programme"

# Muted colours that tell the phases apart without shouting.
STATUS_COLOURS = {
    "design": "#6B7785",
    "recruiting": "#2A6496",
    "matching": "#7A4FA0",
    "running": "#2E7D4F",
    "closing": "#A86412",
    "closed": "#8A939C",
}


class NavigationModel(QStandardItemModel):
    """Two columns: the name, and for programmes their status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(["Name", "Status"])
        self.nodes: list[OrganisationNode] = []

    def load(self, nodes: Sequence[OrganisationNode]) -> None:
        self.nodes = list(nodes)
        self.removeRows(0, self.rowCount())
        root = self.invisibleRootItem()
        for organisation in self.nodes:
            root.appendRow(self._organisation_row(organisation))

    def _organisation_row(self, node: OrganisationNode) -> list[QStandardItem]:
        name = QStandardItem(icon("organisation"), node.name)
        name.setData(ORGANISATION, KIND_ROLE)
        name.setData(node.id, ID_ROLE)
        font = QFont(name.font())
        font.setWeight(QFont.Weight.DemiBold)
        name.setFont(font)
        count = len(node.programmes)
        name.setToolTip(f"{node.name}: {count} programme{'' if count == 1 else 's'}")
        for programme in node.programmes:
            name.appendRow(self._programme_row(programme, node.name))
        summary = QStandardItem("" if count else "no programmes")
        summary.setData(ORGANISATION, KIND_ROLE)
        summary.setData(node.id, ID_ROLE)
        summary.setForeground(QBrush(QColor("#8A939C")))
        for item in (name, summary):
            item.setEditable(False)
        return [name, summary]

    def _programme_row(self, node: ProgrammeNode, organisation: str) -> list[QStandardItem]:
        name = QStandardItem(icon("programme"), node.name)
        from PySide6.QtCore import Qt  # here, not at start-up

        status = QStandardItem(humanise(node.status))
        status.setForeground(QBrush(QColor(STATUS_COLOURS.get(node.status, "#6B7785"))))
        status.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for item in (name, status):
            item.setData(PROGRAMME, KIND_ROLE)
            item.setData(node.id, ID_ROLE)
            item.setEditable(False)
            item.setToolTip(f"{node.name} ({organisation}): {humanise(node.status)}")
        return [name, status]

    def counts(self) -> tuple[int, int]:
        """(organisations, programmes) in the tree."""
        return len(self.nodes), sum(len(n.programmes) for n in self.nodes)

    def find(self, kind: str, item_id: int) -> QModelIndex:
        """The name cell of an organisation or programme, or an invalid index."""
        for row in range(self.rowCount()):
            organisation = self.item(row, 0)
            if kind == ORGANISATION and organisation.data(ID_ROLE) == item_id:
                return organisation.index()
            if kind == PROGRAMME:
                for child_row in range(organisation.rowCount()):
                    child = organisation.child(child_row, 0)
                    if child.data(ID_ROLE) == item_id:
                        return child.index()
        return QModelIndex()

    def organisation_name(self, organisation_id: int) -> str:
        for node in self.nodes:
            if node.id == organisation_id:
                return node.name
        return ""


class NavigationFilter(QSortFilterProxyModel):
    """Keeps organisations and programmes whose name or status contains the filter text.

    A matching organisation keeps all its programmes; a matching programme keeps its
    organisation.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterKeyColumn(-1)

    def set_text(self, text: str) -> None:
        """Keep the rows that contain `text`, in any case."""
        pattern = QRegularExpression(
            QRegularExpression.escape(text.strip()),
            QRegularExpression.PatternOption.CaseInsensitiveOption,
        )
        self.setFilterRegularExpression(pattern)


def item_of(index: QModelIndex | QPersistentModelIndex) -> tuple[str, int] | None:
    """(kind, id) of a navigation index, from the model or its filter."""
    if not index.isValid():
        return None
    kind = index.data(KIND_ROLE)
    item_id = index.data(ID_ROLE)
    if kind is None or item_id is None:
        return None
    return str(kind), int(item_id)

"""The Evaluation page: a programme's mid-term and final survey, its responses and results.

Results come from `services.evaluation`, already anonymised: a group with fewer responses
than the anonymity threshold arrives without figures, and the page says why instead of
drawing it. Responses are typed in from paper (ResponseEntryDialog) or imported from an
online survey tool's export after a dry run.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentordesk.gui.charts import ChartRow, DistributionChart, MeanChart
from mentordesk.gui.dialogs.response_entry import ResponseEntryDialog
from mentordesk.gui.dialogs.survey_editor import SurveyEditorDialog
from mentordesk.gui.editing import PageMessages
from mentordesk.gui.forms.ui_evaluation_page import Ui_EvaluationPage
from mentordesk.gui.pages.start import plural
from mentordesk.gui.table_models import Column, RecordFilterProxy, RecordTableModel
from mentordesk.services import evaluation, programmes, surveys
from mentordesk.services.errors import InputRefused
from mentordesk.services.evaluation import (
    Comparison,
    ComparisonRow,
    GroupResult,
    ResponseRate,
    SurveyResults,
)
from mentordesk.store.database import Database

SURVEYS = (("final", "Final evaluation"), ("midterm", "Mid-term evaluation"))
COMPARISON_SCOPES = (("organisation", "This organisation's programmes"), ("all", "All programmes"))
ROLE_NAMES = {"mentor": "Mentors", "mentee": "Mentees"}

PAGE_STYLE = """
QLabel#responseSummary, QLabel#thresholdNote { color: #5B6573; }
QLabel#messageLabel { background: #E8F1FA; border: 1px solid #B9D3EA; border-radius: 4px;
    padding: 6px 10px; color: #12324F; }
QLabel#messageLabel[kind="error"] { background: #FCEBEA; border-color: #E8B4B0;
    color: #8C1D18; }
QLabel#rateText { font-size: 13px; }
QGroupBox { font-weight: 600; }
QGroupBox > QWidget { font-weight: normal; }
QTextBrowser#openAnswers { border: none; background: transparent; }
"""


def hidden_message(threshold: int, responses: int) -> str:
    if responses == 0:
        return "No responses yet."
    return f"Fewer than {threshold} responses: not shown to protect anonymity."


def group_message(group: GroupResult, threshold: int, other: str = "") -> str:
    """Why a group is not shown, in words."""
    if group.hidden_reason == "other-small":
        return (
            f"Not shown: the {other} have fewer than {threshold} responses, and their answers "
            "could be worked out from the total and this group."
        )
    return hidden_message(threshold, group.responses)


def percent(rate: ResponseRate) -> str:
    return "–" if rate.rate is None else f"{rate.rate:.0%}"


def _mean(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def _named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class EvaluationPage(PageMessages, QWidget):
    """A programme's evaluation. `load(programme_id)` shows it.

    Signals: `responsesChanged(programme_id)` after responses were entered or imported;
    `statusMessage(text)` with each message the page shows.
    """

    responsesChanged = Signal(int)
    statusMessage = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvaluationPage()
        self.ui.setupUi(self)
        self.setObjectName("evaluationPage")
        self.setStyleSheet(PAGE_STYLE)
        self.db = db
        self.programme_id: int | None = None
        self.organisation_id: int | None = None
        self.results: SurveyResults | None = None
        for kind, title in SURVEYS:
            self.ui.surveyCombo.addItem(title, kind)
        _named(self.ui.surveyCombo.view(), "surveyComboList", "Surveys")
        self._build_results()
        ui = self.ui
        ui.surveyCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.enterButton.clicked.connect(self.enter_responses)
        ui.importButton.clicked.connect(self.import_responses)
        ui.editSurveyButton.clicked.connect(self.edit_survey)
        for keys, slot in (("Ctrl+E", self.enter_responses), ("Ctrl+I", self.import_responses)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._show_message("")
        self._show_nothing()

    # --- layout -------------------------------------------------------------------------

    def _group(self, name: str, title: str) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title, self.ui.resultsContent)
        _named(box, name, title)
        layout = QVBoxLayout(box)
        self.ui.resultsLayout.addWidget(box)
        return box, layout

    def _build_results(self) -> None:
        content = self.ui.resultsContent
        self.rateGroup, layout = self._group("rateGroup", "Response rate")
        self.rateText = _named(QLabel(content), "rateText", "Response rate")
        assert isinstance(self.rateText, QLabel)
        self.rateText.setTextFormat(Qt.TextFormat.RichText)
        self.rateText.setWordWrap(True)
        layout.addWidget(self.rateText)
        self.thresholdNote = _named(QLabel(content), "thresholdNote", "Anonymity threshold")
        assert isinstance(self.thresholdNote, QLabel)
        self.thresholdNote.setWordWrap(True)
        layout.addWidget(self.thresholdNote)

        self.themeGroup, layout = self._group(
            "themeGroup", "Results per theme (mean; 1 strongly disagree – 5 strongly agree)"
        )
        self.themeChart = MeanChart("themeChart", "Mean per theme", top=5, parent=content)
        layout.addWidget(self.themeChart)

        self.statementGroup, layout = self._group("statementGroup", "Answers per statement")
        self.likertChart = DistributionChart(
            "likertChart", "Distribution of the answers per statement", content
        )
        layout.addWidget(self.likertChart)
        self.scaleChart = MeanChart(
            "scaleChart", "Mean of the 1 to 10 questions", top=10, parent=content
        )
        layout.addWidget(self.scaleChart)

        self.roleGroup, layout = self._group("roleGroup", "Mentors and mentees (mean per theme)")
        self.roleChart = MeanChart(
            "roleChart",
            "Mentors and mentees compared",
            top=5,
            series=("Mentors", "Mentees"),
            parent=content,
        )
        layout.addWidget(self.roleChart)

        self.openGroup, layout = self._group("openGroup", "Open answers (without names)")
        browser = QTextBrowser(content)
        self.openAnswers = browser
        _named(browser, "openAnswers", "Open answers")
        browser.setOpenLinks(False)
        browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        browser.document().documentLayout().documentSizeChanged.connect(
            lambda size: browser.setFixedHeight(int(size.height()) + 8)
        )
        layout.addWidget(browser)

        self.compareGroup, layout = self._group("compareGroup", "Comparison with other programmes")
        bar = QHBoxLayout()
        scope_label = QLabel("Com&pare with", content)
        scope_label.setObjectName("compareScopeLabel")
        self.compareScope = QComboBox(content)
        _named(self.compareScope, "compareScope", "Programmes to compare with")
        for key, text in COMPARISON_SCOPES:
            self.compareScope.addItem(text, key)
        _named(self.compareScope.view(), "compareScopeList", "Choices of programmes")
        scope_label.setBuddy(self.compareScope)
        bar.addWidget(scope_label)
        bar.addWidget(self.compareScope)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.compareModel = RecordTableModel([], self)
        self.compareProxy = RecordFilterProxy(self)
        self.compareProxy.setSourceModel(self.compareModel)
        table = QTableView(content)
        self.compareTable = table
        _named(table, "compareTable", "Programmes compared")
        table.setModel(self.compareProxy)
        table.setSortingEnabled(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        _named(table.horizontalHeader(), "compareTableHeader", "Columns of the comparison")
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setMaximumSectionSize(220)
        layout.addWidget(table)
        self.compareScope.currentIndexChanged.connect(lambda _i: self._load_comparison())
        self.ui.resultsLayout.addStretch(1)

    # --- loading ------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.db = db
        self._show_message("")
        self._show_nothing()

    def _show_nothing(self) -> None:
        self.programme_id = None
        self.results = None
        self.ui.responseSummary.setText("Choose a programme to see its evaluation.")
        for button in (self.ui.enterButton, self.ui.importButton, self.ui.editSurveyButton):
            button.setEnabled(False)
        self.ui.resultsArea.hide()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again: the threshold may have changed in Settings meanwhile."""
        super().showEvent(event)
        if self.programme_id is not None:
            self.refresh()

    def kind(self) -> str:
        return str(self.ui.surveyCombo.currentData())

    def set_kind(self, kind: str) -> None:
        self.ui.surveyCombo.setCurrentIndex(self.ui.surveyCombo.findData(kind))

    def load(self, programme_id: int) -> None:
        """Show the programme's evaluation: the final survey once it has responses, else
        the mid-term one."""
        if programme_id != self.programme_id:
            self._show_message("")
            self.programme_id = programme_id
            self.organisation_id = programmes.get_programme(self.db, programme_id).organisation_id
            final = surveys.programme_survey(self.db, programme_id, "final")
            kind = "final" if final.responses else "midterm"
            if kind != self.kind():
                self.set_kind(kind)  # refreshes
                return
        self.refresh()

    def refresh(self) -> None:
        if self.programme_id is None:
            return
        survey = surveys.programme_survey(self.db, self.programme_id, self.kind())
        results = evaluation.survey_results(self.db, self.programme_id, self.kind())
        self.results = results
        for button in (self.ui.enterButton, self.ui.importButton, self.ui.editSurveyButton):
            button.setEnabled(True)
        self.ui.resultsArea.show()
        state = "" if survey.id is not None else " · standard questions, not yet changed"
        self.ui.responseSummary.setText(
            f"{plural(results.overall.responses, 'response')} · "
            f"{len(survey.questions)} questions{state}"
        )
        self._show_rates(results)
        self._show_themes(results)
        self._show_statements(results)
        self._show_roles(results)
        self._show_open_answers(results)
        self._load_comparison()

    def _show_rates(self, results: SurveyResults) -> None:
        everyone = results.rate()
        parts = [
            f"<b>{everyone.responses} of {everyone.participants}</b> participants answered "
            f"(<b>{percent(everyone)}</b>)"
        ]
        for role in evaluation.ROLES:
            rate = results.rate(role)
            parts.append(
                f"{ROLE_NAMES[role]}: {rate.responses} of {rate.participants} ({percent(rate)})"
            )
        unknown = everyone.responses - sum(results.rate(r).responses for r in evaluation.ROLES)
        if unknown:
            parts.append(f"role not given: {unknown}")
        self.rateText.setText(" &nbsp;·&nbsp; ".join(parts))
        self.thresholdNote.setText(
            f"No result is shown for a group of fewer than {results.threshold} responses, so "
            "no answer can be traced to a person. Change the threshold in Settings (Ctrl+,)."
        )

    def _show_themes(self, results: SurveyResults) -> None:
        overall = results.overall
        if overall.hidden:
            self.themeChart.show_message(hidden_message(results.threshold, overall.responses))
            return
        self.themeChart.set_rows(
            [
                ChartRow(
                    t.theme,
                    [t.mean],
                    hidden_message(results.threshold, 1) if t.hidden else "",
                )
                for t in overall.themes
            ]
        )

    def _show_statements(self, results: SurveyResults) -> None:
        overall = results.overall
        message = hidden_message(results.threshold, overall.responses)
        if overall.hidden:
            self.likertChart.show_message(message)
            self.scaleChart.show_message("")
            self.scaleChart.hide()
            return
        self.scaleChart.show()

        def row(q: evaluation.QuestionResult, values: list[float | None]) -> ChartRow:
            note = f"fewer than {results.threshold} answers: not shown" if q.hidden else ""
            return ChartRow(q.text, values, note)

        self.likertChart.set_rows(
            [
                row(q, [float(v) for v in q.distribution])
                for q in overall.questions
                if q.type == "likert5"
            ]
        )
        self.scaleChart.set_rows(
            [row(q, [q.mean]) for q in overall.questions if q.type == "scale10"]
        )

    def _show_roles(self, results: SurveyResults) -> None:
        mentors, mentees = results.group("mentor"), results.group("mentee")
        if mentors.hidden or mentees.hidden:
            small, other = (
                (mentors, "mentees")
                if mentors.hidden_reason == "small"
                else (
                    mentees,
                    "mentors",
                )
            )
            if mentors.hidden_reason == "small" and mentees.hidden_reason == "small":
                text = (
                    f"Mentors {mentors.responses}, mentees {mentees.responses} responses: "
                    f"groups of fewer than {results.threshold} are not shown to protect "
                    "anonymity."
                )
            else:
                who = "mentors" if small is mentors else "mentees"
                text = (
                    f"The {who} gave fewer than {results.threshold} responses: neither group "
                    f"is shown, or the {who}' answers could be worked out from the total and "
                    f"the {other}."
                )
            self.roleChart.show_message(text)
            return
        mentee_means = {t.theme: t.mean for t in mentees.themes}
        self.roleChart.set_rows(
            [ChartRow(t.theme, [t.mean, mentee_means.get(t.theme)]) for t in mentors.themes]
        )

    def _show_open_answers(self, results: SurveyResults) -> None:
        overall = results.overall
        open_questions = [q for q in overall.questions if q.type == "text"]
        if not open_questions:
            html = "<p><i>The survey has no open questions.</i></p>"
        elif overall.hidden:
            html = f"<p><i>{escape(hidden_message(results.threshold, overall.responses))}</i></p>"
        else:
            parts = []
            for q in open_questions:
                parts.append(f"<p><b>{escape(q.text)}</b></p>")
                if q.hidden:
                    parts.append(
                        f"<p><i>Fewer than {results.threshold} answers: not shown to protect "
                        "anonymity.</i></p>"
                    )
                else:
                    items = "".join(
                        f"<li>{escape(text)}{f' <i>({count}×)</i>' if count > 1 else ''}</li>"
                        for text, count in Counter(q.answers).items()
                    )
                    parts.append(f"<ul>{items}</ul>")
            html = "".join(parts)
        self.openAnswers.setHtml(html)

    def _load_comparison(self) -> None:
        if self.programme_id is None or self.results is None:
            return
        organisation_id = None
        if self.compareScope.currentData() == "organisation":
            organisation_id = self.organisation_id
        comparison = evaluation.compare_programmes(
            self.db, self.kind(), organisation_id=organisation_id
        )
        self.compareModel.columns = self._comparison_columns(comparison)
        self.compareModel.set_records(comparison.rows)
        table = self.compareTable
        rows_height = sum(table.rowHeight(r) for r in range(self.compareProxy.rowCount()))
        table.setFixedHeight(
            min(360, table.horizontalHeader().sizeHint().height() + rows_height + 24)
        )

    @staticmethod
    def _comparison_columns(comparison: Comparison) -> list[Column]:
        hidden = "–"

        def figure(value: float | None, row: ComparisonRow) -> str:
            return hidden if row.hidden else _mean(value)

        columns = [
            Column("Programme", lambda r: r.programme_name),
            Column("Organisation", lambda r: r.organisation_name),
            Column("Responses", lambda r: r.responses, align_right=True),
            Column(
                "Response rate",
                lambda r: r.response_rate or 0.0,
                lambda r: "–" if r.response_rate is None else f"{r.response_rate:.0%}",
                align_right=True,
            ),
            Column(
                "Satisfaction",
                lambda r: r.satisfaction or 0.0,
                lambda r: figure(r.satisfaction, r),
                align_right=True,
                tooltip=f"Mean satisfaction, 1-10; – under {comparison.threshold} responses",
            ),
        ]
        for c in comparison.columns:
            title = c.theme if c.key.startswith("theme_") else c.key.replace("_", " ").title()
            columns.append(
                Column(
                    title,
                    lambda r, key=c.key: r.means.get(key) or 0.0,
                    lambda r, key=c.key: figure(r.means.get(key), r),
                    align_right=True,
                    tooltip=c.text,
                )
            )
        return columns

    # --- actions ------------------------------------------------------------------------

    def _changed(self, text: str) -> None:
        assert self.programme_id is not None
        self.refresh()
        self._show_message(text)
        self.responsesChanged.emit(self.programme_id)

    def enter_responses(self) -> None:
        if self.programme_id is None:
            return
        dialog = ResponseEntryDialog(self.db, self.programme_id, self.kind(), self)
        dialog.responsesSaved.connect(lambda _count: self.refresh())
        dialog.exec()
        saved = len(dialog.saved_ids)
        if saved:
            self._changed(f"{plural(saved, 'form')} entered.")

    def import_responses(self) -> None:
        if self.programme_id is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            "Import responses",
            str(Path.home()),
            "Spreadsheets (*.csv *.xlsx *.xls *.ods *.txt);;All files (*)",
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Dry run first: show what would be imported, then import on the user's word."""
        assert self.programme_id is not None
        kind = self.kind()
        try:
            preview = surveys.preview_response_import(self.db, self.programme_id, kind, path)
        except InputRefused as refusal:
            QMessageBox.warning(self, "Import responses", str(refusal))
            return
        report = surveys.response_import_report(self.db, self.programme_id, kind, preview)
        box = QMessageBox(self)
        box.setObjectName("importPreviewBox")
        box.setWindowTitle("Import responses")
        box.setText(report.splitlines()[-1])
        box.setDetailedText(report)
        if preview.has_errors or not preview.responses:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            box.exec()
            return
        box.setIcon(QMessageBox.Icon.Question)
        box.setInformativeText(f"Import {plural(len(preview.responses), 'response')}?")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            imported = surveys.import_responses(self.db, self.programme_id, kind, path)
        except InputRefused as refusal:
            QMessageBox.warning(self, "Import responses", str(refusal))
            return
        self._changed(f"{plural(len(imported), 'response')} imported from {Path(path).name}.")

    def edit_survey(self) -> None:
        if self.programme_id is None:
            return
        dialog = SurveyEditorDialog(self.db, self.programme_id, self.kind(), self)
        if dialog.exec():
            self._changed(f"{dialog.saved_title} saved.")

"""The programme timeline: markers, labels and the Today line where a user sees them."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, time, timedelta
from itertools import combinations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip

from mentordesk.gui.timeline import TimelineWidget
from mentordesk.services.design import MilestoneData

START = date(2025, 9, 1)
END = date(2026, 8, 31)


def standard_milestones(start: date = START) -> list[MilestoneData]:
    plan = [
        ("kickoff", "Kick-off workshop", 0),
        ("network", "Network meeting", 91),
        ("midterm", "Mid-term review", 182),
        ("network", "Network meeting: Leading change", 273),
        ("closing", "Closing meeting", 358),
    ]
    return [
        MilestoneData(kind, title, start + timedelta(days=offset), time(13), time(16), id=i + 1)
        for i, (kind, title, offset) in enumerate(plan)
    ]


@pytest.fixture
def timeline(qtbot) -> TimelineWidget:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 220)
    return widget


def test_a_marker_per_milestone_inside_the_widget_ordered_by_date(timeline):
    milestones = standard_milestones()
    # Given out of order: the widget sorts them by date.
    timeline.set_data(START, END, list(reversed(milestones)), date(2026, 1, 15))

    rects = timeline.marker_rects()

    assert set(rects) == {m.id for m in milestones}
    for rect in rects.values():
        assert timeline.rect().contains(rect)
    xs = [rects[m.id].center().x() for m in sorted(milestones, key=lambda m: m.date)]
    assert xs == sorted(xs)
    assert len(set(xs)) == len(xs)
    bar = timeline.bar_rect()
    assert bar is not None and timeline.rect().contains(bar)
    assert bar.left() <= xs[0] and xs[-1] <= bar.right() + 1


def test_today_line_lies_between_start_and_end(timeline):
    timeline.set_data(START, END, standard_milestones(), date(2026, 3, 1))

    bar = timeline.bar_rect()
    x = timeline.today_x()

    assert x is not None and bar is not None
    assert bar.left() < x < bar.right()
    # 1 March is exactly half a year in: the line sits near the middle of the bar.
    fraction = (x - bar.left()) / bar.width()
    assert 0.45 < fraction < 0.55


def test_today_far_from_the_span_draws_no_today_line(timeline):
    timeline.set_data(START, END, standard_milestones(), date(2030, 1, 1))
    assert timeline.today_x() is None
    timeline.set_data(START, END, standard_milestones(), START - timedelta(days=20))
    assert timeline.today_x() is not None  # near the span: still shown
    assert timeline.today_x() < timeline.bar_rect().left()


def test_labels_never_overlap_even_when_milestones_crowd(timeline):
    crowded = [
        MilestoneData("network", f"Network meeting {n}", START + timedelta(days=7 * n), id=n + 1)
        for n in range(4)
    ] + standard_milestones()[2:]
    crowded = [
        MilestoneData(m.kind, m.title, m.date, m.start_time, m.end_time, id=i + 1)
        for i, m in enumerate(crowded)
    ]
    timeline.resize(700, 260)
    timeline.set_data(START, END, crowded, date(2025, 10, 1))

    labels = timeline.label_rects()
    assert len(labels) == len(crowded)
    for (a, ra), (b, rb) in combinations(labels.items(), 2):
        assert not ra.intersects(rb), f"labels of milestones {a} and {b} overlap"
    for rect in labels.values():
        assert timeline.rect().contains(rect)
    # Some go above the bar and some below it.
    bar_y = timeline.bar_rect().center().y()
    assert any(r.bottom() < bar_y for r in labels.values())
    assert any(r.top() > bar_y for r in labels.values())


def test_tooltip_over_a_marker_names_the_milestone(timeline, qtbot):
    timeline.set_data(START, END, standard_milestones(), date(2026, 1, 15))
    timeline.show()
    qtbot.waitExposed(timeline)
    centre = timeline.marker_rects()[3].center()

    event = QHelpEvent(QEvent.Type.ToolTip, centre, timeline.mapToGlobal(centre))
    QApplication.sendEvent(timeline, event)

    assert "Mid-term review" in QToolTip.text()
    assert "2 Mar 2026" in QToolTip.text()
    assert timeline.milestone_at(centre).title == "Mid-term review"
    assert timeline.milestone_at(QPoint(2, 2)) is None


def test_empty_state_without_dates(timeline):
    timeline.set_data(None, None, [], date(2026, 1, 1))

    assert timeline.is_empty()
    assert timeline.marker_rects() == {}
    assert "start and end dates" in timeline.empty_text()
    assert "start and end dates" in timeline.accessibleDescription()
    timeline.set_data(END, START, [], date(2026, 1, 1))
    assert timeline.empty_text() == "The end date is before the start date."


def test_paints_markers_in_their_kind_colours(timeline):
    timeline.set_data(START, END, standard_milestones(), date(2026, 1, 15))
    image: QImage = timeline.grab().toImage()

    kickoff = timeline.marker_rects()[1].center()
    colour = image.pixelColor(kickoff * image.devicePixelRatio())
    # The kick-off marker is green (#2E7D32).
    assert colour.green() > colour.red() + 40 and colour.green() > colour.blue() + 40
    assert timeline.minimumHeight() >= 140
    assert timeline.heightForWidth(900) >= 140

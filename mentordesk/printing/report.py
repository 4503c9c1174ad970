"""The evaluation report for the sponsors: response rates, results per learning theme and
per question with charts, mentors against mentees, and selected open answers.

Built from the anonymised results of services.evaluation only: a group under the anonymity
threshold arrives without figures and is printed as a note. Nothing here reads interview
notes or participants' names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from mentordesk.printing.base import (
    FONT,
    GRID,
    MUTED,
    TEXT,
    BrandedDocument,
    Styles,
    gap,
    keep,
    p,
    table,
)
from mentordesk.printing.data import ProgrammeDoc
from mentordesk.printing.i18n import format_date, format_period, labels
from mentordesk.services.evaluation import GroupResult, QuestionResult, SurveyResults

LIKERT_COLOURS = [
    colors.HexColor(c) for c in ("#C0392B", "#E59866", "#D5D8DC", "#7FB3D5", "#1F618D")
]
ROLE_COLOURS = (colors.HexColor("#1F4E79"), colors.HexColor("#D68910"))
BAR_HEIGHT = 11
OPEN_ANSWERS_PER_QUESTION = 6


@dataclass(frozen=True)
class ReportData:
    """What the report prints besides the programme: its survey's anonymised results."""

    results: SurveyResults
    printed_on: date


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _number(value: float | None, t: dict[str, str]) -> str:
    """One decimal, with the paper's decimal mark (a comma in Danish)."""
    return "–" if value is None else f"{value:.1f}".replace(".", t["decimal_mark"])


def _label_cell(text: str, styles: Styles) -> Paragraph:
    return p(text, styles.cell)


def _drawing(width: float, height: float) -> Drawing:
    """A drawing in the embedded font from its first operator: no base-14 font sneaks in."""
    return Drawing(width, height, initialFontName=FONT)


def _mean_bar(values: Sequence[float | None], top: int, width: float, t: dict[str, str]) -> Drawing:
    """Bars of means on 1..top, one per value, with the figure at the end of each bar."""
    height = BAR_HEIGHT * len(values) + 4
    drawing = _drawing(width, height)
    span = width - 28
    for step in range(1, top + 1):
        x = span * (step - 1) / (top - 1)
        drawing.add(Line(x, 0, x, height, strokeColor=GRID, strokeWidth=0.3))
    for n, value in enumerate(values):
        if value is None:
            continue
        y = height - 2 - BAR_HEIGHT * (n + 1)
        bar = span * (value - 1) / (top - 1)
        colour = ROLE_COLOURS[n % len(ROLE_COLOURS)]
        drawing.add(Rect(0, y + 1, bar, BAR_HEIGHT - 2, fillColor=colour, strokeColor=None))
        # A white ground keeps the figure readable over the grid lines.
        drawing.add(
            Rect(bar + 1.5, y + 1.5, 15, BAR_HEIGHT - 3, fillColor=colors.white, strokeColor=None)
        )
        drawing.add(String(bar + 3, y + 3, _number(value, t), fontName=FONT, fontSize=7.5))
    return drawing


def _stacked_bar(distribution: Sequence[int], width: float) -> Drawing:
    """One bar of shares of the answers 1..5, each labelled with its percentage."""
    drawing = _drawing(width, BAR_HEIGHT + 4)
    total = sum(distribution) or 1
    span = width - 28
    x = 0.0
    for n, count in enumerate(distribution):
        share = count / total
        w = span * share
        if w <= 0:
            continue
        drawing.add(Rect(x, 2, w, BAR_HEIGHT, fillColor=LIKERT_COLOURS[n], strokeColor=None))
        if w > 16:
            ink = colors.white if n in (0, 4) else TEXT
            drawing.add(
                String(
                    x + w / 2,
                    4.5,
                    f"{share:.0%}",
                    fontName=FONT,
                    fontSize=6.5,
                    fillColor=ink,
                    textAnchor="middle",
                )
            )
        x += w
    drawing.add(
        String(
            span + 3, 4.5, f"n={sum(distribution)}", fontName=FONT, fontSize=6.5, fillColor=MUTED
        )
    )
    return drawing


def _scale_axis(top: int, width: float) -> Drawing:
    """The figures 1..top under a column of mean bars."""
    drawing = _drawing(width, 10)
    span = width - 28
    for step in range(1, top + 1):
        x = span * (step - 1) / (top - 1)
        drawing.add(
            String(
                x, 2, str(step), fontName=FONT, fontSize=6.5, fillColor=MUTED, textAnchor="middle"
            )
        )
    return drawing


def _legend(items: Sequence[tuple[colors.Color, str]], width: float) -> Drawing:
    drawing = _drawing(width, 12)
    x = 0.0
    for colour, text in items:
        drawing.add(Rect(x, 2, 7, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 10, 2.5, text, fontName=FONT, fontSize=7, fillColor=TEXT))
        x += 16 + len(text) * 3.9
    return drawing


def _chart_table(
    rows: Sequence[tuple[str, Flowable | str]],
    width: float,
    styles: Styles,
    *,
    axis: Drawing | None = None,
) -> Table:
    """Labels on the left (wrapped), charts on the right: long statements stay readable."""
    label_width = width * 0.42
    data: list[list[object]] = [
        [
            _label_cell(label, styles),
            chart if not isinstance(chart, str) else p(chart, styles.muted),
        ]
        for label, chart in rows
    ]
    if axis is not None:
        data.insert(0, ["", axis])  # on top, and again on every page the chart runs onto
    t = Table(
        data,
        colWidths=[label_width, width - label_width],
        hAlign="LEFT",
        repeatRows=1 if axis is not None else 0,
    )
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
            ]
        )
    )
    return t


def _key_figures(results: SurveyResults, t: dict[str, str], width: float, styles: Styles) -> Table:
    """Large figures in tiles: response rate, satisfaction, recommendation, themes."""
    overall = results.overall
    everyone = results.rate()
    tiles: list[tuple[str, str, str]] = [
        (
            _percent(everyone.rate),
            t["report_response_rate"],
            t["report_answered"].format(n=everyone.responses, m=everyone.participants),
        )
    ]
    for key, caption in (
        ("satisfaction", "report_satisfaction"),
        ("recommend", "report_recommend"),
    ):
        q = overall.question(key)
        if q is not None and q.type == "scale10":
            tiles.append((_number(q.mean, t), t[caption], t["report_out_of"].format(top=10)))
    themes = [th.mean for th in overall.themes if th.learning_theme and th.mean is not None]
    if themes and not overall.hidden:
        tiles.append(
            (
                _number(sum(themes) / len(themes), t),
                t["report_theme_mean"],
                t["report_out_of"].format(top=5),
            )
        )
    big = styles.title.clone("keyfigure", fontSize=24, leading=28, spaceAfter=0)
    caption_style = styles.h2.clone("tilecaption", fontSize=9.5, leading=12, spaceBefore=2)
    cells = [
        [p(figure, big), p(caption, caption_style), p(note, styles.muted)]
        for figure, caption, note in tiles
    ]
    column = width / len(cells)
    font = TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)])
    data = [[Table([[c] for c in cell], colWidths=[column - 10], style=font) for cell in cells]]
    grid = Table(data, colWidths=[column] * len(cells), hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.6, GRID),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.6, GRID),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F7F9FB")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return grid


def _rates(
    results: SurveyResults, t: dict[str, str], width: float, styles: Styles
) -> list[Flowable]:
    rows = [
        (t["report_all"], results.rate("all")),
        (t["report_mentors"], results.rate("mentor")),
        (t["report_mentees"], results.rate("mentee")),
    ]
    data = [(name, str(r.participants), str(r.responses), _percent(r.rate)) for name, r in rows]
    unknown = results.rate().responses - sum(r.responses for _n, r in rows[1:])
    if unknown:
        data.append((t["report_role_unknown"], "", str(unknown), ""))
    return [
        p(t["report_response_rate"], styles.h1),
        table(
            (
                t["report_group"],
                t["report_participants"],
                t["report_responses"],
                t["report_response_rate"],
            ),
            data,
            (width * 0.4, width * 0.2, width * 0.2, width * 0.2),
            styles,
        ),
    ]


def _themes(
    results: SurveyResults, t: dict[str, str], width: float, styles: Styles
) -> list[Flowable]:
    overall = results.overall
    out: list[Flowable] = [
        p(t["report_themes"], styles.h1),
        p(t["report_themes_intro"], styles.body),
    ]
    hidden = t["report_hidden"].format(n=results.threshold)
    chart_width = width * 0.58 - 4
    rows: list[tuple[str, Flowable | str]] = [
        (th.theme, hidden if th.hidden else _mean_bar([th.mean], 5, chart_width, t))
        for th in overall.themes
    ]
    return [*out, _chart_table(rows, width, styles, axis=_scale_axis(5, chart_width))]


def _questions(
    results: SurveyResults, t: dict[str, str], width: float, styles: Styles
) -> list[Flowable]:
    overall = results.overall
    chart_width = width * 0.58 - 4
    hidden = t["report_hidden"].format(n=results.threshold)

    def bar(q: QuestionResult) -> Flowable | str:
        return hidden if q.hidden else _stacked_bar(q.distribution, chart_width)

    likert = [(q.text, bar(q)) for q in overall.questions if q.type == "likert5"]
    out: list[Flowable] = [
        p(t["report_questions"], styles.h1),
        p(t["report_questions_intro"], styles.body),
    ]
    if likert:
        legend = _legend([(LIKERT_COLOURS[n], t[f"likert_{n + 1}"]) for n in range(5)], width)
        out += [legend, gap(1.5), _chart_table(likert, width, styles)]
    ratings = [
        (q.text, hidden if q.hidden else _mean_bar([q.mean], 10, chart_width, t))
        for q in overall.questions
        if q.type == "scale10"
    ]
    if ratings:
        out += [
            keep(
                p(t["report_ratings"], styles.h2),
                _chart_table(ratings, width, styles, axis=_scale_axis(10, chart_width)),
            )
        ]
    return out


def _roles(
    results: SurveyResults, t: dict[str, str], width: float, styles: Styles
) -> list[Flowable]:
    mentors, mentees = results.group("mentor"), results.group("mentee")
    out: list[Flowable] = [p(t["report_roles"], styles.h1)]
    if mentors.hidden or mentees.hidden:
        small: GroupResult = mentors if mentors.hidden_reason == "small" else mentees
        who = t["report_mentors"] if small is mentors else t["report_mentees"]
        out.append(
            p(t["report_roles_hidden"].format(who=who.lower(), n=results.threshold), styles.body)
        )
        return out
    chart_width = width * 0.58 - 4
    mentee_means = {th.theme: th.mean for th in mentees.themes}
    rows: list[tuple[str, Flowable | str]] = [
        (th.theme, _mean_bar([th.mean, mentee_means.get(th.theme)], 5, chart_width, t))
        for th in mentors.themes
    ]
    legend = _legend(
        [
            (ROLE_COLOURS[0], f"{t['report_mentors']} (n={mentors.responses})"),
            (ROLE_COLOURS[1], f"{t['report_mentees']} (n={mentees.responses})"),
        ],
        width,
    )
    chart = _chart_table(rows, width, styles, axis=_scale_axis(5, chart_width))
    return [keep(*out, p(t["report_roles_intro"], styles.body), legend, gap(1.5), chart)]


def _open_answers(results: SurveyResults, t: dict[str, str], styles: Styles) -> list[Flowable]:
    open_questions = [q for q in results.overall.questions if q.type == "text"]
    if not open_questions:
        return []
    out: list[Flowable] = [p(t["report_open"], styles.h1), p(t["report_open_intro"], styles.body)]
    quote = styles.bullet.clone("quote", fontName=FONT, textColor=TEXT)
    for q in open_questions:
        block: list[Flowable] = [p(q.text, styles.h2)]
        if q.hidden:
            block.append(p(t["report_hidden"].format(n=results.threshold), styles.muted))
        for text, count in Counter(q.answers).most_common(OPEN_ANSWERS_PER_QUESTION):
            suffix = f" ({count}×)" if count > 1 else ""
            block.append(Paragraph(f"<i>“{escape(text)}”</i>{suffix}", quote, bulletText="•"))
        out.append(keep(*block))
    return out


def render_report(doc: ProgrammeDoc, data: ReportData, *, paper: str = "a4") -> bytes:
    t = labels(doc.language)
    results = data.results
    d = BrandedDocument(
        branding=doc.branding,
        programme_name=doc.name,
        language=doc.language,
        paper=paper,
        title=t["report"],
    )
    s = d.styles
    w = d.frame_width
    period = format_period(doc.start_date, doc.end_date, doc.language)
    subtitle = " · ".join(x for x in (doc.name, doc.organisation, period) if x)
    story: list[Flowable] = [
        p(t["report"], s.title),
        p(subtitle, s.subtitle),
        p(
            f"{t['report_survey']}: {results.title}   ·   "
            + t["report_prepared"].format(
                consultancy=doc.branding.consultancy,
                date=format_date(data.printed_on, doc.language),
            ),
            s.muted,
        ),
        gap(5),
    ]
    if results.overall.responses == 0:
        story.append(p(t["report_no_responses"], s.body))
        return d.build(story)
    story += [
        p(t["report_key_figures"], s.h1),
        _key_figures(results, t, w, s),
        gap(2),
        p(t["report_anonymity"].format(n=results.threshold), s.muted),
    ]
    story += _rates(results, t, w, s)
    if results.overall.hidden:
        story += [gap(4), p(t["report_hidden"].format(n=results.threshold), s.body)]
        return d.build(story)
    story += _themes(results, t, w, s)
    story += _questions(results, t, w, s)
    story += _roles(results, t, w, s)
    story += _open_answers(results, t, s)
    return d.build(story)

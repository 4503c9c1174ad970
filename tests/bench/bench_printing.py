"""Printing benchmark: a programme of 200 participants (100 pairs).

Run with `python tests/bench/bench_printing.py` (not collected by pytest). Prints the
median of 5 runs of the kick-off pack, the agreements and the badges together, the page
count, pages per second, and the ratio to plain ReportLab rendering the same number of
comparable pages (a simple platypus document of paragraphs in the same embedded font).
Budgets: 3 s and a ratio of at most 1.5.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))

from sample_docs import programme_doc

from mentordesk.printing.agreements import render_agreements
from mentordesk.printing.badges import render_badges
from mentordesk.printing.base import FONT, FONT_BOLD, register_fonts
from mentordesk.printing.kickoff_pack import render_kickoff_pack

RUNS = 5
BUDGET_S = 3.0
RATIO = 1.5


def materials() -> list[bytes]:
    doc = programme_doc(100)
    return [render_kickoff_pack(doc), render_agreements(doc), render_badges(doc)]


def plain(pages: int) -> bytes:
    register_fonts()
    body = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=14.5)
    head = ParagraphStyle("h", fontName=FONT_BOLD, fontSize=14, leading=18)
    text = (
        "Head of Wind Projects at Nordlys Energi; leads twelve people across two sites "
        "and cares about networks, change and clear goals. "
    ) * 3
    story = []
    for i in range(pages):
        story += [Paragraph(f"Page {i + 1}: Søren Østergaard", head)]
        story += [Paragraph(text, body) for _ in range(5)]
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story[:-1])
    return buffer.getvalue()


def timed(fn: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()  # type: ignore[operator]
    return time.perf_counter() - start, result


def main() -> int:
    materials()  # warm up: fonts, imports
    runs = [timed(materials) for _ in range(RUNS)]
    seconds = statistics.median(r[0] for r in runs)
    pdfs: list[bytes] = runs[0][1]  # type: ignore[assignment]
    pages = sum(len(PdfReader(io.BytesIO(b)).pages) for b in pdfs)
    base_runs = [timed(lambda: plain(pages)) for _ in range(RUNS)]
    base = statistics.median(r[0] for r in base_runs)
    base_pages = len(PdfReader(io.BytesIO(base_runs[0][1])).pages)  # type: ignore[arg-type]
    ratio = seconds / base
    print("kick-off pack + agreements + badges, 200 participants / 100 pairs")
    print(f"  pages: {pages} (baseline {base_pages})")
    print(f"  median of {RUNS}: {seconds:.2f} s, {pages / seconds:.0f} pages/s")
    print(f"  plain ReportLab, same page count: {base:.2f} s; ratio {ratio:.2f}x")
    ok = seconds <= BUDGET_S and ratio <= RATIO
    print("  within budget" if ok else f"  OVER BUDGET ({BUDGET_S} s, {RATIO}x)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

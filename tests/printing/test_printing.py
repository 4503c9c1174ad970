"""The printing functions on plain data: long tables, paper sizes, fonts, languages."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER
from sample_docs import flat, pdf_pages, programme_doc

from mentordesk.printing.agreements import render_agreements
from mentordesk.printing.attendance import render_attendance
from mentordesk.printing.badges import render_badges
from mentordesk.printing.certificates import render_certificates
from mentordesk.printing.kickoff_pack import render_kickoff_pack
from mentordesk.printing.overview import render_overview
from mentordesk.printing.pair_list import render_pair_list

ALL = [
    render_overview,
    render_agreements,
    render_pair_list,
    render_badges,
    render_attendance,
    render_kickoff_pack,
    render_certificates,
]


def _fonts(data: bytes) -> list[tuple[str, bool]]:
    """Each font used on any page, and whether its program is embedded."""
    out = []
    for page in PdfReader(io.BytesIO(data)).pages:
        resources: Any = page["/Resources"]
        fonts: Any = resources.get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if font.get("/Subtype") == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            out.append((str(font["/BaseFont"]), embedded))
    return out


def test_pair_list_repeats_its_header_on_every_page() -> None:
    doc = programme_doc(80)
    pages = pdf_pages(render_pair_list(doc))
    assert len(pages) >= 3
    for text in pages:
        assert "Mentor" in text and "Mentee" in text and "Organisation" in text
    assert "Page 1 of" in pages[0]
    first = sorted(doc.pairs, key=lambda p: p.mentor.sort_key)[0]
    assert first.mentor.name in flat(pages[0])


def test_attendance_repeats_header_and_lists_everyone() -> None:
    doc = programme_doc(40, language="da")
    pages = pdf_pages(render_attendance(doc))
    assert len(pages) >= 3
    for text in pages:
        assert "Navn" in text and "Underskrift" in text
    everything = flat(" ".join(pages))
    for card in doc.participants:
        assert card.name in everything
    assert "Kick-off workshop" in pages[0]


@pytest.mark.parametrize("render", ALL)
def test_every_font_is_embedded(render) -> None:  # type: ignore[no-untyped-def]
    fonts = _fonts(render(programme_doc(5)))
    assert fonts
    assert all(embedded for _name, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts is not installed")
def test_pdffonts_agrees(tmp_path: Path) -> None:
    path = tmp_path / "pack.pdf"
    path.write_bytes(render_kickoff_pack(programme_doc(5)))
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        assert " yes yes yes " in line, line


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
@pytest.mark.parametrize("render", ALL)
def test_paper_size(render, paper: str, size: tuple[float, float]) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(io.BytesIO(render(programme_doc(3), paper=paper)))
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(size[0], abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(size[1], abs=0.5)


def test_agreements_one_page_per_pair_even_when_long() -> None:
    doc = programme_doc(6)
    pages = pdf_pages(render_agreements(doc))
    assert len(pages) == 6
    for pair, text in zip(sorted(doc.pairs, key=lambda p: p.mentor.sort_key), pages, strict=True):
        assert pair.mentor.name in flat(text) and pair.mentee.name in flat(text)
        assert "Mentoring agreement" in text and "Confidentiality" in text


def test_badges_eight_per_page_plus_the_consultant() -> None:
    doc = programme_doc(10)  # 20 participants and the consultant: 21 badges
    pages = pdf_pages(render_badges(doc))
    assert len(pages) == 3
    assert "Karen Holm" in pages[-1]
    for card in doc.participants[:8]:
        assert card.name in flat(pages[0])


def test_kickoff_pack_has_a_personal_page_per_participant() -> None:
    doc = programme_doc(4)
    pages = pdf_pages(render_kickoff_pack(doc))
    personal = [t for t in pages if "Personal page".upper() in t]
    assert len(personal) == len(doc.participants)
    for card, text in zip(doc.participants, personal, strict=True):
        assert card.name in flat(text)
        for partner in doc.partners(card.participant_id):
            assert partner.name in flat(text)


def test_danish_labels_and_texts() -> None:
    pages = pdf_pages(render_kickoff_pack(programme_doc(2, language="da")))
    everything = " ".join(pages)
    for heading in (
        "Dagsorden",
        "Mentorens rolle",
        "Menteens rolle",
        "Jeres første møde",
        "Læringstemaerne forklaret",
        "Side 1 af",
    ):
        assert heading in everything
    assert "Mentor's role" not in everything


def test_certificates_only_for_completed() -> None:
    doc = programme_doc(3)
    assert len(pdf_pages(render_certificates(doc))) == 1  # none completed: a note
    assert "No participant has completed" in pdf_pages(render_certificates(doc))[0]


def test_an_agreement_with_many_goals_still_fits_one_page() -> None:
    doc = programme_doc(2)
    long_goals = tuple(f"Goal number {i}: lead the change in the team" for i in range(40))
    pair = doc.pairs[0]
    doc = replace(doc, pairs=(replace(pair, mentee=replace(pair.mentee, goals=long_goals)),))
    pages = pdf_pages(render_agreements(doc))
    assert len(pages) == 1
    assert "Goal number 39" in pages[0]


def test_png_logo_in_the_header() -> None:
    image = pytest.importorskip("PIL.Image")
    buffer = io.BytesIO()
    image.new("RGB", (120, 40), (11, 110, 79)).save(buffer, format="PNG")
    doc = programme_doc(1)
    branded = replace(
        doc, branding=replace(doc.branding, logo=buffer.getvalue(), logo_mime="image/png")
    )
    reader = PdfReader(io.BytesIO(render_overview(branded)))
    resources: Any = reader.pages[0]["/Resources"]
    xobjects = resources.get_object()["/XObject"]
    assert len(xobjects) == 1
    # an SVG logo (no svglib) prints the organisation's name instead
    svg = replace(doc, branding=replace(doc.branding, logo=b"<svg/>", logo_mime="image/svg+xml"))
    assert "Nordlys Energi A/S" in pdf_pages(render_overview(svg))[0]

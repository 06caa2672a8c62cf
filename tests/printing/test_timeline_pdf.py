"""The timeline printed (issue 15): landscape pages of the window's own bars, every action on
them, type no smaller than 8 pt, the axis in the PDF's language."""

from __future__ import annotations

import pytest

from lcplanner.core.demo import build_demo
from lcplanner.printing.timeline_pdf import write_timeline_pdf
from pdfread import Pdf


@pytest.fixture(scope="module")
def demo(tmp_path_factory):  # type: ignore[no-untyped-def]
    doc = build_demo(tmp_path_factory.mktemp("tl") / "demo.lcplan", "tr")
    yield doc
    doc.close()


def test_every_action_on_landscape_pages_in_readable_type(demo, tmp_path):
    target = tmp_path / "timeline.pdf"
    done = write_timeline_pdf(demo, target)
    pdf = Pdf(target)
    assert done.pages == len(pdf) >= 2
    width, height = pdf.size(0)
    assert width > height  # landscape
    text = " ".join(pdf.texts)
    for action in demo.actions():
        assert action.code in text, action.code
    assert "Ç1" in pdf.text(0) and "Sayfa 1 /" in pdf.text(0)  # Turkish quarters, page numbers
    sizes = [piece.size for piece in pdf.pieces(0)]
    assert min(sizes) >= 7.9, min(sizes)


def test_in_english_and_a_folder_that_is_not_there(demo, tmp_path):
    from lcplanner.core.outfile import OutputError

    target = tmp_path / "timeline-en.pdf"
    write_timeline_pdf(demo, target, "en", "A3", "status")
    pdf = Pdf(target)
    assert "Q1" in pdf.text(0) and "Page 1 of" in pdf.text(0)
    assert pdf.size(0) == (1191.0, 842.0)  # A3 landscape
    with pytest.raises(OutputError):
        write_timeline_pdf(demo, tmp_path / "no" / "t.pdf")
    assert not (tmp_path / "no").exists()

"""The plan as a PDF, read back with pypdf as a reader's tools read it: pages, headers, page
numbers in the PDF's language, every action, the outcome indicators, Turkish letters, embedded
fonts, type size, paper sizes, Arabic right to left, and the one-page temple poster."""

from __future__ import annotations

import re

import pytest

from lcplanner.core import framework
from lcplanner.core.demo import build_demo
from lcplanner.printing.pdf import write_pdf
from pdfread import ARABIC, Pdf, embedded, logical, plain

A4 = (595.0, 842.0)  # points, portrait
A3 = (842.0, 1191.0)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("pdf")
    doc = build_demo(folder / "demo.lcplan", "tr")
    yield doc
    doc.close()


@pytest.fixture(scope="module")
def written(demo, tmp_path_factory):  # type: ignore[no-untyped-def]
    """Each PDF once per module: (lang, paper, poster) -> (report, Pdf)."""
    folder = tmp_path_factory.mktemp("out")
    cache: dict[tuple[str, str, bool], tuple[object, Pdf]] = {}

    def make(lang: str, paper: str = "A4", poster: bool = False):  # type: ignore[no-untyped-def]
        key = (lang, paper, poster)
        if key not in cache:
            target = folder / f"plan-{lang}-{paper}{'-poster' if poster else ''}.pdf"
            report = write_pdf(demo, target, lang, paper, poster)
            cache[key] = (report, Pdf(target))
        return cache[key]

    return make


def test_the_document_has_a_sensible_number_of_pages(written):
    report, pdf = written("tr")
    # cover, temple page, 44 actions in 9 areas (an area starts a page), the organisations
    assert 20 <= len(pdf) <= 70
    assert report.pages == len(pdf) and report.actions == 44 and report.language == "tr"
    assert all(text.strip() for text in pdf.texts), "an empty page"


def test_every_page_has_the_title_and_its_number_in_the_header(written, demo):
    _report, pdf = written("tr")
    title = plain(demo.plan().title)
    total = len(pdf)
    for i, text in enumerate(pdf.texts):
        header = text[:len(title) + 30]  # the header comes first: the title, then the number
        assert header.startswith(title), (i, header)
        assert f"Sayfa {i + 1} / {total}" in header, (i, header)  # Turkish: "Sayfa 3 / 45"
    header = plain(" ".join(p.text for p in pdf.header(5)))  # and it is the top line
    assert title in header and f"Sayfa 6 / {total}" in header


def test_english_page_numbers(written):
    _report, pdf = written("en")
    assert f"Page 2 of {len(pdf)}" in pdf.text(1)[:80]


def test_every_action_and_its_title_are_printed(written, demo):
    _report, pdf = written("tr")
    text = " ".join(pdf.texts)
    actions = demo.actions()
    assert len(actions) == 44
    for action in actions:
        assert re.search(rf"\b{re.escape(action.code)}\b", text), action.code
        assert plain(action.title) in text, action.title


def test_objectives_their_outcome_indicators_and_fields_are_printed(written, demo):
    _report, pdf = written("tr")
    text = " ".join(pdf.texts)
    outcome = [i for i in demo.indicators() if i.objective_id is not None]
    assert outcome, "the demo has outcome indicators"
    for indicator in outcome:
        assert plain(indicator.name) in text, indicator.name
        assert plain(indicator.source) in text, indicator.source
    for objective in demo.objectives():
        assert objective.code in text
    first = demo.actions()[0]
    for value in (first.description, first.target_groups, first.lead_name,
                  *(p.name for p in first.partners)):
        assert plain(value) in text, value
    assert "01.02.2026" in text and "30.06.2028" in text  # the first action's dates, Turkish way
    assert "₺850.000,00" in text  # a budget line, the Turkish way
    notes = [a.notes for a in demo.actions() if a.notes.strip()]
    assert notes and all(plain(n) in text for n in notes)


def test_turkish_letters_come_back_intact(written):
    _report, pdf = written("tr")
    text = " ".join(pdf.texts)
    for letter in "ğşıİçöüĞŞÇÖÜ":
        assert letter in text, letter
    assert "Ilgınova İlçe Milli Eğitim Müdürlüğü" in text
    assert "Yetişkin Eğitimcileri İçin Mesleki Gelişim Programı" in text


def test_every_font_is_embedded(written):
    for lang in ("tr", "ar"):
        _report, pdf = written(lang)
        fonts = pdf.fonts()
        assert fonts
        assert [name for name, font in fonts.items() if not embedded(font)] == []


def test_no_text_is_printed_smaller_than_9_pt(written):
    """Cover, temple page, and every sixth page after (headings, tables, area budgets, the
    organisations); sizes as printed, in points."""
    _report, pdf = written("tr")
    pages = sorted({0, 1, *range(2, len(pdf), 6), len(pdf) - 1})
    sizes = [p.size for i in pages for p in pdf.pieces(i)]
    assert min(sizes) >= 8.95, min(sizes)
    assert max(sizes) >= 20  # the cover's title


def test_a4_portrait_by_default_and_a3_when_asked(written):
    _report, a4 = written("tr")
    assert all(a4.size(i) == A4 for i in range(len(a4)))
    _report, a3 = written("tr", "A3")
    assert all(a3.size(i) == A3 for i in range(len(a3)))
    assert len(a3) <= len(a4)  # the same content on larger paper


def test_the_temple_page_shows_every_area(written):
    _report, pdf = written("tr")
    temple = pdf.text(1)
    for area in framework.AREAS:
        assert re.search(rf"\b{area.code}\b", temple), area.code
    assert "44 eylem" in temple and "18 hedef" in temple  # counts in Turkish plurals


def test_arabic_reads_right_to_left(written, demo):
    _report, ar = written("ar")
    _report, tr = written("tr")
    width = A4[0]
    assert sum(len(ARABIC.findall(t)) for t in ar.texts) > 1000
    arabic_digits = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    for i, text in enumerate(ar.texts):
        header = text[:80]
        assert "الصفحة" in logical(header), header  # "Page" in Arabic, in every header
        number = str(i + 1).translate(arabic_digits)
        assert number in header or number[::-1] in header, (number, header)  # as drawn
    # The title starts on the right in Arabic, on the left in Turkish (the page number opposite).
    title = plain(demo.plan().title).split()[0]
    ar_title = next(p for p in ar.header(2) if title in plain(p.text))
    tr_title = next(p for p in tr.header(2) if title in plain(p.text))
    assert tr_title.x < width * 0.25 < width * 0.5 < ar_title.x
    # An area's heading starts at the right margin: its code is the rightmost piece of its line.
    ar_code = next(p for p in ar.pieces(2) if plain(p.text) == "BB1")
    tr_code = next(p for p in tr.pieces(2) if plain(p.text).startswith("BB1 "))
    assert ar_code.x > width * 0.75 and tr_code.x < width * 0.25


def test_the_poster_is_one_landscape_a3_page_with_the_whole_temple(written):
    report, pdf = written("tr", "A3", True)
    assert len(pdf) == 1 and report.pages == 1 and report.poster
    assert pdf.size(0) == (A3[1], A3[0])  # landscape: 1191 × 842 pt
    text = pdf.text(0)
    for area in framework.AREAS:
        assert re.search(rf"\b{area.code}\b", text), area.code
    assert "Kişisel gelişim ve sosyal bütünleşme" in text  # a benefit's name
    assert "44 eylem" in text
    sizes = [p.size for p in pdf.pieces(0)]
    assert min(sizes) >= 9 and max(sizes) >= 30  # a title to read from across the room


def test_an_a1_poster(written):
    _report, pdf = written("en", "A1", True)
    assert len(pdf) == 1 and pdf.size(0) == (2384.0, 1684.0)
    assert min(p.size for p in pdf.pieces(0)) >= 12


def test_unknown_paper_is_a_programming_error(demo, tmp_path):
    with pytest.raises(ValueError):
        write_pdf(demo, tmp_path / "x.pdf", "tr", "Letter")
    assert not (tmp_path / "x.pdf").exists()


def test_an_empty_plan_prints_too(doc, tmp_path):
    report = write_pdf(doc, tmp_path / "empty.pdf")
    pdf = Pdf(tmp_path / "empty.pdf")
    assert report.pages == len(pdf) >= 3  # cover, temple, the areas
    assert "Öğrenen İzmir" in pdf.text(0)


def test_nothing_the_plan_holds_is_dropped(doc, tmp_path):
    """What the workbook once lost: an objective without actions, an action without objective,
    a budget line outside the period, risks, Guideline areas, key features with their text,
    an organisation's notes, a yes/no indicator; and user text that looks like markup."""
    from lcplanner.printing import labels as L

    words = L.Pdf("tr")
    library = doc.add_organisation("Kent Kütüphanesi", sector="local_government",
                                   notes="Cumartesi de açık")
    empty = doc.add_objective("BB2", "Okuma kültürünü yaygınlaştırmak")
    loose = doc.add_action("BB2", "Kitap <b>takası</b> & söyleşi", lead_id=library,
                           risks="Gönüllü bulunamazsa ertelenir", guideline_areas=["celebrate"],
                           key_features=["BB2.1"])
    doc.add_budget_line(loose, 2031, "1234.50", source="in_kind", confirmed=True)
    doc.add_indicator("Söyleşi yapıldı mı?", action_id=loose, kind="yes_no", baseline="no",
                      target="yes")
    write_pdf(doc, tmp_path / "full.pdf")
    text = " ".join(Pdf(tmp_path / "full.pdf").texts)
    assert doc.objective(empty).code in text and "Okuma kültürünü yaygınlaştırmak" in text
    assert plain(words(L.NO_ACTIONS)) in text and plain(words(L.NO_OBJECTIVE)) in text
    assert "Kitap <b>takası</b> & söyleşi" in text  # printed as typed, not as markup
    assert "Gönüllü bulunamazsa ertelenir" in text and words(L.RISKS) in text
    assert plain(words.framework("Celebrate learning")) in text
    assert "BB2.1 " + plain(words.framework(framework.KEY_FEATURE_BY_CODE["BB2.1"].text)) in text
    assert "2031" in text and "₺1.234,50" in text  # outside the 2026–2028 period, still there
    assert "Cumartesi de açık" in text and "Kent Kütüphanesi" in text
    assert plain(words(L.NO)) in text and plain(words(L.YES)) in text  # yes/no in Turkish


def test_the_cover_has_the_approval_record_and_actions_the_municipalitys_role(doc, tmp_path):
    """Schema 4's fields reach the PDF: the approval status, its date, version and who prepared
    the plan on the cover; the municipality's own role in an action beside its other fields."""
    import datetime as dt

    from lcplanner.printing import labels as L

    words = L.Pdf("tr")
    doc.update_plan(approval_status="approved", approved_on=dt.date(2027, 3, 12), version="1.2",
                    prepared_by="Stratejik Planlama Birimi")
    action = doc.add_action("BB1", "Okuma odaları")
    doc.update_action(action, municipal_role="influencing")
    write_pdf(doc, tmp_path / "approved.pdf")
    pages = Pdf(tmp_path / "approved.pdf").texts
    cover = pages[0]
    assert plain(words.vocabulary("Approved by the council")) in cover
    assert "12.03.2027" in cover and "1.2" in cover and "Stratejik Planlama Birimi" in cover
    assert plain(words(L.APPROVAL)) in cover
    text = " ".join(pages)
    assert plain(words.vocabulary("Influencing")) in text and plain(words(L.MUNICIPAL_ROLE)) in text

"""One colour per area (issue 11): readable text on every fill, twelve fills that stay apart (also
as people with the common colour-vision deficiencies see them), three recognisable families, and
the colours where a person sees them: the navigator's chips and the overview's temple."""

from __future__ import annotations

import itertools
import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap

from lcplanner.core import framework
from lcplanner.ui import area_colours
from lcplanner.ui.area_colours import BLACK, WHITE, contrast_ratio

CODES = [a.code for a in framework.AREAS]
MIN_DISTANCE = 20.0  # CIE76 ΔE between any two fills (about 2.3 is "just noticeable")
MIN_DISTANCE_SIMULATED = 15.0  # between the six building blocks, for each deficiency below

# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
DEFICIENCIES = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _linear(c: QColor) -> tuple[float, float, float]:
    def f(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return f(c.redF()), f(c.greenF()), f(c.blueF())


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of a linear sRGB triple."""
    r, g, b = (min(1.0, max(0.0, v)) for v in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _simulate(c: QColor, matrix) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    rgb = _linear(c)
    return tuple(sum(m * v for m, v in zip(row, rgb)) for row in matrix)  # type: ignore[return-value]


def test_every_area_has_a_colour_and_only_areas_do():
    assert area_colours.codes() == tuple(CODES)
    with pytest.raises(KeyError):
        area_colours.colour("BB7")


def test_contrast_ratio_is_wcags():
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), WHITE) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("code", CODES)
def test_text_on_every_fill_reaches_wcag_aa(code):
    fill, text = area_colours.colour(code), area_colours.text_colour(code)
    assert text in (BLACK, WHITE)
    assert contrast_ratio(fill, text) >= 4.5, (code, fill.name(), text.name())
    other = WHITE if text == BLACK else BLACK
    assert contrast_ratio(fill, text) >= contrast_ratio(fill, other)  # the better of the two


@pytest.mark.parametrize("code", CODES)
def test_the_light_tint_is_pale_and_black_text_reads_on_it(code):
    tint = area_colours.light(code)
    assert contrast_ratio(tint, BLACK) >= 7.0  # WCAG AAA: card text at any size
    assert tint != WHITE and tint.lightnessF() > area_colours.colour(code).lightnessF()


def test_the_twelve_fills_are_distinct():
    labs = {code: _lab(_linear(area_colours.colour(code))) for code in CODES}
    closest = min((math.dist(labs[a], labs[b]), a, b) for a, b in itertools.combinations(CODES, 2))
    assert closest[0] >= MIN_DISTANCE, closest


@pytest.mark.parametrize("deficiency", sorted(DEFICIENCIES))
def test_the_building_blocks_stay_apart_with_colour_blindness(deficiency):
    """The six columns stand side by side on the temple and the wall: they must not merge."""
    matrix = DEFICIENCIES[deficiency]
    labs = {a.code: _lab(_simulate(area_colours.colour(a.code), matrix))
            for a in framework.BUILDING_BLOCKS}
    closest = min((math.dist(labs[a], labs[b]), a, b) for a, b in itertools.combinations(labs, 2))
    assert closest[0] >= MIN_DISTANCE_SIMULATED, closest


def test_the_three_families_are_recognisable():
    """Benefits one hue (golds), conditions nearly without hue (stone), blocks hues of their own."""
    benefit_hues = [area_colours.colour(a.code).hsvHueF() * 360 for a in framework.BENEFITS]
    assert max(benefit_hues) - min(benefit_hues) <= 15
    for area in framework.CONDITIONS:
        assert area_colours.colour(area.code).hsvSaturationF() <= 0.15
    block_hues = sorted(area_colours.colour(a.code).hsvHueF() * 360 for a in framework.BUILDING_BLOCKS)
    gaps = [b - a for a, b in zip(block_hues, block_hues[1:])]
    assert min(gaps) >= 10  # six different hues, not shades of one
    for area in framework.BUILDING_BLOCKS:
        assert area_colours.colour(area.code).hsvSaturationF() >= 0.35


def test_colours_are_fresh_copies():
    mine = area_colours.colour("BB1")
    mine.setRed(1)
    assert area_colours.colour("BB1") != mine


# --- where a person sees them -----------------------------------------------------------------


def _chip_colours(pixmap: QPixmap) -> set[str]:
    image = pixmap.toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255}


def test_the_navigator_shows_each_areas_chip_and_keeps_the_warning(qapp, doc):
    from lcplanner.ui.navigator import NavigatorModel

    model = NavigatorModel()
    model.set_document(doc)
    sizes = set()
    for row in range(model.rowCount()):
        key = model.key(row)
        decoration = model.index(row).data(Qt.ItemDataRole.DecorationRole)
        if key not in framework.AREA_BY_CODE:
            assert decoration is None  # Overview, Organisations
            continue
        assert isinstance(decoration, QPixmap) and not decoration.isNull()
        sizes.add(decoration.deviceIndependentSize().toSize().toTuple())
        assert area_colours.colour(key).name() in _chip_colours(decoration), key
    assert len(sizes) == 1  # every area's name starts at the same place
    width, height = sizes.pop()
    assert height >= 16 and width > height  # the chip and room for the warning beside it
    model.set_document(None)


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_warning_mark_is_drawn_beside_the_chip(qapp, direction):
    from lcplanner.ui.navigator import NavigatorModel

    before = qapp.layoutDirection()
    qapp.setLayoutDirection(direction)
    try:
        model = NavigatorModel()
        plain = model._decoration("BB3", False).toImage()
        warned = model._decoration("BB3", True).toImage()
    finally:
        qapp.setLayoutDirection(before)
    chip = area_colours.colour("BB3").name()
    differs = [(x, y) for x in range(plain.width()) for y in range(plain.height())
               if plain.pixelColor(x, y) != warned.pixelColor(x, y)]
    assert differs, "the warning mark shows"
    assert all(plain.pixelColor(x, y).alpha() == 0 for x, y in differs)  # beside, not over, the chip
    ratio = plain.devicePixelRatio()
    inner = round(8 * ratio)  # the chip is next to the name: right in LTR, left in RTL
    x = plain.width() - inner if direction == Qt.LayoutDirection.LeftToRight else inner
    assert plain.pixelColor(x, plain.height() // 2).name() == chip


def test_the_temple_is_painted_in_the_area_colours(qtbot, doc):
    from lcplanner.ui.overview import OverviewPage

    page = OverviewPage()
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    qtbot.waitExposed(page)
    for code, button in page.buttons.items():
        image = button.grab().toImage()
        centre = image.pixelColor(image.width() // 2, 4 + 2).name()  # above the text, inside the edge
        assert centre == area_colours.colour(code).name(), code
    for benefit, label in page.roof.labels:
        image = label.grab().toImage()
        assert image.pixelColor(4, image.height() // 2).name() == area_colours.colour(benefit.code).name()
        assert benefit.code in label.text()

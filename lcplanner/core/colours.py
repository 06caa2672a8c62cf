"""The areas' colours as plain hex values: the one table the screen and print share.

The window (``ui/area_colours.py``, which explains the palette and turns these into QColors) and
the PDF (``printing/``) both read this table, so "BB2 is orange" holds on the projector and on the
printed page alike.  It lives in core because printing may not import ui, and because a colour is
data about the framework, not about a widget.  No Qt here: plain strings and arithmetic.
"""

from __future__ import annotations

from . import framework

# Where the hues come from: see ui/area_colours.py (Okabe-Ito, golds, stone greys).
AREA_FILLS: dict[str, str] = {
    # benefits: golds
    "B1": "#F0E442",  # lemon
    "B2": "#DDCC77",  # sand
    "B3": "#999933",  # olive
    # building blocks: distinct hues
    "BB1": "#0072B2",  # blue
    "BB2": "#E69F00",  # orange
    "BB3": "#009E73",  # bluish green
    "BB4": "#A890F0",  # violet
    "BB5": "#D55E00",  # vermilion
    "BB6": "#CC79A7",  # reddish purple
    # fundamental conditions: stone greys, the temple's steps darkening towards the ground
    "FC1": "#BDB6AB",  # light stone
    "FC2": "#6E6962",  # stone
    "FC3": "#3D3935",  # dark stone
}

assert set(AREA_FILLS) == {a.code for a in framework.AREAS}, "one colour for every area"


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    value = hex_colour.lstrip("#")
    return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black … 1 white)."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in _rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def text_on(hex_colour: str) -> str:
    """'#000000' or '#FFFFFF', whichever contrasts more with the fill (WCAG ratio)."""
    lum = luminance(hex_colour)
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#FFFFFF"


def tint(hex_colour: str, share: float = 0.25) -> str:
    """``share`` of the colour and the rest white: a pale background where black text reads."""
    r, g, b = (v * share + (1 - share) for v in _rgb(hex_colour))
    return "#{:02X}{:02X}{:02X}".format(*(round(v * 255) for v in (r, g, b)))

"""One colour per area of the framework: the app's visual identity on screen and on a projector.

The navigator, the overview's temple, the idea wall's cards and (later) the timeline all take an
area's colour from here, so a room learns "BB2 is orange" once and finds it everywhere.

The palette is chosen so the temple's three parts read as three families:

- **Benefits** (the roof, outcomes): golds, from lemon to olive, told apart by lightness.
- **Building blocks** (the columns): six distinct hues, red-orange round to purple.  Five come
  from Okabe and Ito's colour-universal palette (https://jfly.uni-koeln.de/color/); its sky blue
  (the same hue as its blue) gives way to a light violet, which also stays apart from the blue
  for protan and deutan eyes (the test simulates those).
- **Fundamental conditions** (the steps): warm stone greys, light to dark towards the ground.

Colour is never the only carrier of meaning: every place that shows a colour also shows the
area's code and name.  Text on a fill is black or white, whichever contrasts more; every pair
reaches WCAG's 4.5:1 (tests/ui/test_area_colours.py checks it, and that the twelve fills stay
apart).  ``light()`` is a pale tint for large surfaces (cards) where a full fill would shout.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from ..core import framework
from ..core.colours import AREA_FILLS

# The hex values live in core/colours.py (the PDF prints the same colours); the palette's story
# is this module's docstring.
_FILLS: dict[str, str] = AREA_FILLS

BLACK = QColor("#000000")
WHITE = QColor("#FFFFFF")
LIGHT_SHARE = 0.25  # how much of the fill a light tint keeps (the rest is white)

assert set(_FILLS) == {a.code for a in framework.AREAS}, "one colour for every area"


def _code(area_code: str) -> str:
    if area_code not in _FILLS:
        raise KeyError(f"no colour for area {area_code!r}")
    return area_code


def colour(area_code: str) -> QColor:
    """The area's fill colour (a new QColor each time: callers may change theirs)."""
    return QColor(_FILLS[_code(area_code)])


def text_colour(area_code: str) -> QColor:
    """Black or white, whichever reads better on the area's fill."""
    return text_on(colour(area_code))


def light(area_code: str) -> QColor:
    """A pale tint of the area's colour for card backgrounds; black text reads on it."""
    return mix(colour(area_code), WHITE, LIGHT_SHARE)


def border(area_code: str) -> QColor:
    """A darker edge, so pale fills (lemon, light stone) still stand out on a white page."""
    return colour(area_code).darker(140)


def mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    """``share_of_a`` of ``a`` and the rest of ``b``, per sRGB channel."""
    t = max(0.0, min(1.0, share_of_a))
    return QColor.fromRgbF(a.redF() * t + b.redF() * (1 - t),
                           a.greenF() * t + b.greenF() * (1 - t),
                           a.blueF() * t + b.blueF() * (1 - t))


def relative_luminance(c: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black … 1 white)."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 (none) … 21 (black on white)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(fill: QColor) -> QColor:
    """Black or white text for any background (also used by the workshop timer's flash)."""
    return QColor(BLACK) if contrast_ratio(fill, BLACK) >= contrast_ratio(fill, WHITE) else QColor(WHITE)


def codes() -> tuple[str, ...]:
    """Every area code with a colour, in the framework's order."""
    return tuple(a.code for a in framework.AREAS)

"""Text on screen (issue 10, item 14, first part): no literal "&", no dangling comma, a new plan in
the UI's language."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWidget

import pytest


def _literal_ampersands(root: QWidget) -> list[str]:
    """Labels that would show "&" as a character: a mnemonic without a buddy to underline it."""
    found = []
    for label in root.findChildren(QLabel):
        text = re.sub(r"&(amp|lt|gt|nbsp|quot);", "", label.text()).replace("&&", "")
        if "&" in text and label.buddy() is None:
            found.append(label.text())
    return found


@pytest.fixture
def demo_window(window, demo_file):
    assert window.open_path(demo_file)
    return window


def test_no_label_shows_a_literal_ampersand(demo_window):
    from lcplanner.ui.welcome import NewPlanDialog

    w = demo_window
    w.navigator.setCurrentIndex(w.navigator_model.index(0))
    assert _literal_ampersands(w.overview) == []
    dialog = NewPlanDialog(w)
    try:
        assert _literal_ampersands(dialog) == []
    finally:
        dialog.deleteLater()


def test_the_heading_has_no_dangling_comma_without_a_country(demo_window):
    w = demo_window
    w.navigator.setCurrentIndex(w.navigator_model.index(0))
    w.commander.update_plan(country="")
    text = w.overview.heading.text()
    assert w.doc.plan().city in text and ", ·" not in text and ",  ·" not in text


@pytest.mark.parametrize("locale, expected", [
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "en"),
    (QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey), "tr"),
    (QLocale(QLocale.Language.Chinese, QLocale.Country.China), "zh_CN"),
    (QLocale(QLocale.Language.Japanese, QLocale.Country.Japan), "en"),
])
def test_a_new_plan_is_in_the_ui_language(qtbot, window, modal, locale, expected):
    QLocale.setDefault(locale)
    seen = []

    def look(dialog) -> None:
        seen.append(dialog.language.currentData())
        dialog.reject()

    modal.next(look)
    assert not window.new_plan()
    modal.check()
    assert seen == [expected]
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_the_percent_in_the_editor_is_written_as_in_the_table(qtbot, window, demo_file):
    from lcplanner.ui import fmt

    for locale in (QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey),
                   QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)):
        QLocale.setDefault(locale)
        from lcplanner.ui.action_editor import ActionEditor

        editor = ActionEditor()
        qtbot.addWidget(editor)
        editor.percent.setValue(30)
        assert editor.percent.text() == fmt.percent(30)
    assert fmt.percent(30, QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey)) == "%30"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_the_lock_message_writes_the_time_as_people_do():
    from lcplanner.core.errors import PlanLocked

    QLocale.setDefault(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey))
    try:
        text = PlanLocked("/x/plan.lcplan", "ayse@laptop (pid 12)", "2026-11-28T01:38:10+00:00").message()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert "28.11.2026" in text and "T01:38" not in text and "+00:00" not in text
    assert "2026-11-28T01:38" in PlanLocked("/x", "a", "2026-11-28T01:38:10+00:00").english()


def test_dates_in_a_refusal_are_written_the_ui_languages_way():
    import datetime as dt

    from lcplanner.core import validate
    from lcplanner.core.errors import ValidationError

    QLocale.setDefault(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey))
    try:
        with pytest.raises(ValidationError) as caught:
            validate.check_dates(dt.date(2026, 2, 1), dt.date(2025, 1, 1))
        text = caught.value.message()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert "01.01.2025" in text and "01.02.2026" in text and "2025-01-01" not in text
    assert "2025-01-01" in caught.value.english()  # the log keeps ISO


@pytest.mark.parametrize("lang,presentation", [("tr", False), ("en", False), ("tr", True),
                                               ("ar", True), ("en", True)])
def test_the_area_page_fits_1024x768(qtbot, window, demo_file, lang, presentation):
    """Seen in screenshots: the Turkish budget and partner rows made the editor wider than its
    pane on an old projector, and in presentation type the action table and the editor scrolled
    sideways; nothing may need a horizontal scroll bar there (issue 11, item 6)."""
    from lcplanner.ui.language import apply_language

    apply_language(lang)
    try:
        assert window.open_path(demo_file)
        window.resize(1024, 768)
        if presentation:
            window.presentation_action.trigger()
        window.show_area("BB2")
        window.area_page.select_row(0)
        page = window.area_page
        editor = page.editor
        qtbot.waitExposed(editor)
        qtbot.waitUntil(lambda: editor.widget().width() <= editor.viewport().width())
        assert editor.horizontalScrollBar().maximum() == 0
        assert window.width() <= 1024
        header = page.table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if presentation:
            qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() == 0)
            assert shown[:2] == [0, 1]  # code and title at least
            assert header.sectionSize(1) >= page.table.fontMetrics().horizontalAdvance("M" * 12)
            assert editor.font().pixelSize() >= 18 or \
                editor.fontMetrics().height() >= 18  # projector type reaches the editor
            # the partners' role and buttons are one under another in the narrow pane
            assert editor.partners.controls.stacked() or \
                editor.partners.controls.width() >= editor.partners.controls.sizeHint().width()
            window.presentation_action.trigger()  # back: every column again, at its own width
            assert len([c for c in range(header.count()) if not header.isSectionHidden(c)]) == 9
        else:
            assert len(shown) == 9  # a laptop's table keeps every column (it may scroll)
    finally:
        apply_language("en")


@pytest.mark.parametrize("lang", ["tr", "ar"])
def test_the_temple_fits_a_projector_at_1024x768(qtbot, window, demo_file, lang):
    """Seen in screenshots: in presentation type the Turkish temple scrolled sideways (BB6 off
    screen: six columns as wide as "₺4.850.000,00"), and the Arabic amounts were clipped (their
    no-break space was taken for a place to wrap).  Whole units in the temple, the exact sum in
    the tooltip; every column at least as wide as its longest unbreakable word."""
    import re

    from lcplanner.ui.language import apply_language

    apply_language(lang)
    try:
        assert window.open_path(demo_file)
        window.resize(1024, 768)
        window.presentation_action.trigger()
        assert window.commander.set_rating("BB3", "", level=0)
        window.show_area("overview")
        overview = window.overview
        overview.refresh()
        qtbot.waitExposed(overview)
        qtbot.waitUntil(lambda: overview.horizontalScrollBar().maximum() == 0)
        for code, button in overview.buttons.items():
            fm = button.fontMetrics()
            words = re.split(r"[ \n]+", button.text())
            assert button.width() >= max(fm.horizontalAdvance(w) for w in words), (code, words)
            assert ",00" not in button.text() and "٫٠٠" not in button.text()
        assert fm.height() >= 18  # presentation type
        bb1 = overview.buttons["BB1"]
        assert "4.850.000" in bb1.toolTip() or "٤٬٨٥٠٬٠٠٠" in bb1.toolTip()
    finally:
        window.presentation_action.trigger()
        apply_language("en")

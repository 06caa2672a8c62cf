"""Dates are typed as people type them (issue 10, item 2): in the UI's locale, cleared, fixed, or
picked from a calendar that opens where it should."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from lcplanner.ui.date_field import display_format, format_date, parse_date

TR = QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DE = QLocale(QLocale.Language.German, QLocale.Country.Germany)
AR = QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)


@pytest.mark.parametrize("typed", ["01.09.2026", "1.9.2026", "01092026", "1/9/2026", "1 9 2026",
                                   "2026-09-01", "1.9.26", " 01.09.2026 "])
def test_turkish_ways_of_writing_the_first_of_september(typed):
    assert parse_date(typed, TR) == dt.date(2026, 9, 1)


def test_the_locales_own_order_and_no_date():
    assert parse_date("09/01/2026", US) == dt.date(2026, 9, 1)
    assert parse_date("09012026", US) == dt.date(2026, 9, 1)
    assert parse_date("1.9.26", DE) == dt.date(2026, 9, 1)
    assert parse_date("١/٩/٢٠٢٦", AR) == dt.date(2026, 9, 1)  # Arabic-Indic digits
    assert parse_date("", TR) is None and parse_date("   ", TR) is None


@pytest.mark.parametrize("typed", ["31.02.2026", "32.1.2026", "1.13.2026", "abc", "1.9", "1.9.2026.5",
                                   "010926", "1.9.1800"])
def test_what_is_not_a_date_is_refused(typed):
    if typed == "010926":  # six digits read as ddMMyy: a real date
        assert parse_date(typed, TR) == dt.date(2026, 9, 1)
        return
    with pytest.raises(ValueError):
        parse_date(typed, TR)


def test_shown_with_two_digit_day_and_month_and_a_four_digit_year():
    day = dt.date(2026, 2, 1)
    assert format_date(day, TR) == "01.02.2026"
    assert format_date(day, DE) == "01.02.2026"  # not 01.02.26
    assert "yyyy" in display_format(US) and format_date(day, US) == "02/01/2026"


@pytest.fixture
def turkish_editor(qtbot, window, demo_file):
    QLocale.setDefault(TR)
    assert window.open_path(demo_file)
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_area("BB2")
    page = window.area_page
    added = window.commander.add_action("BB2", "Tarihsiz eylem")
    page.select_action(added)
    assert page.editor.action_id == added
    yield window, page.editor, added
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_typing_a_date_saves_it_and_tab_moves_on(qtbot, turkish_editor):
    w, editor, action_id = turkish_editor
    field = editor.start.edit
    assert field.text() == "" and w.doc.action(action_id).start_date is None
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "01.09.2026")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not field.hasFocus()  # Tab leaves the field
    assert w.doc.action(action_id).start_date == dt.date(2026, 9, 1)
    assert field.text() == "01.09.2026"
    end = editor.end.edit
    end.setFocus()
    qtbot.keyClicks(end, "31122027")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert w.doc.action(action_id).end_date == dt.date(2027, 12, 31) and end.text() == "31.12.2027"
    w.undo_stack.undo()
    assert w.doc.action(action_id).end_date is None and end.text() == ""


def test_a_wrong_date_is_marked_at_the_field_and_nothing_is_saved(qtbot, turkish_editor):
    w, editor, action_id = turkish_editor
    field, steps = editor.start.edit, w.undo_stack.count()
    field.setFocus()
    qtbot.keyClicks(field, "31.02.2026")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert editor.start.hint.isVisible() and "Not a date" in editor.start.hint.text()
    assert w.doc.action(action_id).start_date is None and w.undo_stack.count() == steps
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # the saved value (none) comes back
    assert field.text() == "" and not editor.start.hint.isVisible()


def test_a_date_is_cleared_by_emptying_the_field(qtbot, turkish_editor):
    w, editor, action_id = turkish_editor
    field = editor.start.edit
    field.setFocus()
    qtbot.keyClicks(field, "1.9.2026")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert w.doc.action(action_id).start_date == dt.date(2026, 9, 1)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert w.doc.action(action_id).start_date is None


def test_the_calendar_opens_at_the_date_or_today_and_picks_by_keyboard(qtbot, turkish_editor):
    w, editor, action_id = turkish_editor
    field = editor.start.edit
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = QApplication.activePopupWidget().findChild(QCalendarWidget)
    assert calendar.selectedDate().toPython() == dt.date.today()  # no date yet: today, not 1900
    QApplication.activePopupWidget().close()
    qtbot.keyClicks(field, "15.03.2027")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = QApplication.activePopupWidget().findChild(QCalendarWidget)
    assert calendar.selectedDate().toPython() == dt.date(2027, 3, 15)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert w.doc.action(action_id).start_date == dt.date(2027, 3, 16)
    assert field.text() == "16.03.2027"

"""Where the window goes: the stored places per screen and the rule that keeps a frame on the screen.
(The window on real screens with a window manager: tests/screen/test_window_on_screen.py.)"""

from __future__ import annotations

from PySide6.QtCore import QRect

from reader.presentation.options import WINDOW_PLACES
from reader.ui.placement import MAX_PLACES, Place, fit_inside, format_places, parse_places


def test_places_round_trip_and_the_oldest_screen_is_forgotten_first() -> None:
    places = {f"HDMI-{n} 1920x1080": Place(10 * n, 20, 1280, 800, n % 2 == 0) for n in range(MAX_PLACES + 2)}
    text = format_places(places)
    kept = parse_places(text)
    assert list(kept) == list(places)[2:]  # the last used are kept
    assert kept["HDMI-9 1920x1080"] == Place(90, 20, 1280, 800, False)
    assert WINDOW_PLACES.validate(text) == text


def test_a_damaged_stored_place_is_skipped_and_the_others_kept() -> None:
    text = ("screen 1024x768=0,19,1024,749,1;junk;=1,2,3,4,0;x=1,2,3;y=a,b,c,d,0;z=0,0,-5,10,0;"
            "w=0,0,10,10,7;huge=0,0,999999,10,0;\\\\.\\DISPLAY1 1280x800=4,32,1272,764,0")
    assert parse_places(text) == {"screen 1024x768": Place(0, 19, 1024, 749, True),
                                  "\\\\.\\DISPLAY1 1280x800": Place(4, 32, 1272, 764, False)}
    assert parse_places("") == {}


def test_a_frame_is_moved_and_if_need_be_shrunk_into_the_available_area() -> None:
    available = QRect(0, 0, 1024, 728)  # a 1024x768 screen with a 40 px task bar below
    assert fit_inside(QRect(100, 50, 800, 600), available) == QRect(100, 50, 800, 600)
    assert fit_inside(QRect(400, 300, 800, 600), available) == QRect(224, 128, 800, 600)
    assert fit_inside(QRect(-30, -10, 800, 600), available) == QRect(0, 0, 800, 600)
    assert fit_inside(QRect(0, 0, 1282, 832), available) == available
    second_screen = QRect(1920, 0, 1280, 1024)
    assert fit_inside(QRect(100, 100, 1000, 700), second_screen) == QRect(1920, 100, 1000, 700)

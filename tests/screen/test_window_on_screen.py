"""The window on real screens of a library PC: Xvfb at 1024x768 and 1280x800 with a window manager
(openbox), fresh settings, each access profile chosen with its number key on the start screen.
The whole window, frame included, lies inside the screen, as the window manager places it
(xwininfo of openbox's frame), at the profile's sizes, with the largest text and with the
largest menus and buttons; and where the window was on a screen is where it opens next time.
Screenshots of each case are kept in the test's folder.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.presentation.options import FONT_SIZES, INTERFACE_SIZES
from reader.presentation.profiles import load_profiles
from reader.ui.access import PROFILES
from tests.screen.desktop import TOOLS, Desktop, Rect

pytestmark = [pytest.mark.screen, pytest.mark.timeout(300),
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb and openbox run on Linux")]

SCREENS = [(1024, 768), (1280, 800)]
PROFILE_IDS = [profile.id for profile in load_profiles(PROFILES)[0]]


@pytest.fixture
def desktop_at(tmp_path: Path) -> Callable[[int, int], Desktop]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    assert not missing, f"install {missing} (tools/setup.sh lists them)"
    return lambda width, height: Desktop(width, height, tmp_path)


def inside(desktop: Desktop) -> Callable[[Rect], bool]:
    return lambda frame: frame.inside(desktop.screen)


@pytest.mark.parametrize("screen", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
@pytest.mark.parametrize("profile_id", PROFILE_IDS)
def test_the_whole_window_is_on_the_screen_at_every_profile(desktop_at, tmp_path: Path, report,
                                                             screen: tuple[int, int], profile_id: str) -> None:
    with desktop_at(*screen) as desktop:
        desktop.start_app()
        first = desktop.frame_when("inside", inside(desktop))
        desktop.screenshot(tmp_path / "start-screen.png")
        assert first.inside(desktop.screen), f"at the start screen: frame {first} on a {desktop.screen} screen"
        # A screen smaller than 1280x800 with a title bar: the window opens maximised, filling it exactly.
        assert desktop.maximized() and first == desktop.screen, f"frame {first}"
        desktop.key(str(PROFILE_IDS.index(profile_id) + 1))
        desktop.wait_for_settings("start_screen_seen=true")
        frame = desktop.frame_when("inside", inside(desktop))
        desktop.screenshot(tmp_path / f"{profile_id}.png")
        assert frame.inside(desktop.screen), f"{profile_id}: frame {frame} on a {desktop.screen} screen"
        desktop.key(*["ctrl+plus"] * len(FONT_SIZES))  # the largest text
        desktop.wait_for_settings(f"font_size={FONT_SIZES[-1]:g}")
        largest = desktop.frame_when("inside", inside(desktop))
        desktop.screenshot(tmp_path / f"{profile_id}-largest-text.png")
        assert largest.inside(desktop.screen), f"{profile_id}, largest text: frame {largest}"
        report(f"  {screen[0]}x{screen[1]} screen, {profile_id}: frame {frame} (inner {desktop.inner()}), "
               f"largest text: frame {largest}")


@pytest.mark.parametrize("screen", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_the_largest_menus_and_buttons_fit_too(desktop_at, tmp_path: Path, report, screen: tuple[int, int]) -> None:
    with desktop_at(*screen) as desktop:
        desktop.settings.parent.mkdir(parents=True)
        desktop.settings.write_text("[General]\nstart_screen_seen=true\ntheme=white-on-black\nfont_size=32\n"
                                    f"interface_size={INTERFACE_SIZES[-1]:g}\n", encoding="utf-8")
        desktop.start_app()
        frame = desktop.frame_when("inside", inside(desktop))
        desktop.screenshot(tmp_path / "largest-interface.png")
        assert frame.inside(desktop.screen), f"frame {frame} on a {desktop.screen} screen"
        desktop.key(*["ctrl+plus"] * len(FONT_SIZES))
        desktop.wait_for_settings(f"font_size={FONT_SIZES[-1]:g}")
        largest = desktop.frame_when("inside", inside(desktop))
        desktop.screenshot(tmp_path / "largest-interface-and-text.png")
        assert largest.inside(desktop.screen), f"largest text: frame {largest}"
        report(f"  {screen[0]}x{screen[1]} screen, menus and buttons {INTERFACE_SIZES[-1]:g} pt: frame {frame}, "
               f"largest text too: {largest}")


def test_the_window_opens_where_it_was_on_each_screen(desktop_at, tmp_path: Path, report) -> None:
    """On a screen with room for the preferred size the window opens at 1280x800, centred, not
    maximised; moved and resized by the user (here through the window manager), it comes back
    there after a restart on that screen, while on a small screen it opens maximised; a stored
    place that no longer fits the screen is brought inside it."""
    home = tmp_path
    (home / "config" / "herning-laeser").mkdir(parents=True)
    (home / "config" / "herning-laeser" / "settings.ini").write_text("[General]\nstart_screen_seen=true\n",
                                                                      encoding="utf-8")
    placed = Rect(150, 90, 1000, 700)
    with desktop_at(1600, 1200) as desktop:
        desktop.start_app()
        inner = desktop.inner()
        assert not desktop.maximized()
        assert (inner.width, inner.height) == (1280, 800), f"inner {inner}"
        frame = desktop.frame()
        assert frame.inside(desktop.screen)
        assert abs((frame.x + frame.width / 2) - 800) <= 2 and abs((frame.y + frame.height / 2) - 600) <= 12, frame
        desktop.place_window(placed.x, placed.y, placed.width, placed.height)  # the window itself, inside its frame
        desktop.wait(lambda: desktop.inner() == placed, "the window moved")
        moved = desktop.frame()
        desktop.wait(lambda: "1600x1200=150,90,1000,700,0" in desktop.settings.read_text(encoding="utf-8"),
                     "the place remembered")
        desktop.quit_app()
    with desktop_at(1024, 768) as desktop:  # the same settings on a small screen
        desktop.start_app()
        small = desktop.frame_when("maximised", lambda f: f == desktop.screen)
        assert desktop.maximized() and small == desktop.screen, small
        desktop.wait(lambda: "1024x768=" in desktop.settings.read_text(encoding="utf-8"), "the place remembered")
        desktop.quit_app()
    with desktop_at(1600, 1200) as desktop:
        desktop.start_app()
        again = desktop.frame_when("back", lambda f: f == moved, 10)
        assert again == moved and desktop.inner() == placed, f"{again} after a restart, was {moved}"
        desktop.quit_app()
        text = desktop.settings.read_text(encoding="utf-8")
        desktop.settings.write_text(text.replace("1600x1200=150,90,1000,700,0", "1600x1200=1400,1000,1000,700,0"),
                                    encoding="utf-8")
        desktop.start_app()
        pulled = desktop.frame_when("inside", inside(desktop))
        assert pulled.inside(desktop.screen) and (desktop.inner().width, desktop.inner().height) == (1000, 700), pulled
    report(f"  1600x1200 screen: opened at inner {inner}, moved to frame {moved}, after a restart {again}; "
           f"1024x768 screen: {small} (maximised); a place off the screen came back as {pulled}")

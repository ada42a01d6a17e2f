"""Dialog buttons show their words, not the platform's icons: on a real display (Xvfb, Qt's xcb
platform, whose theme gives the buttons of a dialog icons) the "Close" button of the key list had
a dark cross that all but vanished on the white-on-black theme. (The offscreen platform used by
the other tests gives no icons at all, so this runs under Xvfb.)"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.desktop import end, start_xvfb

pytestmark = [pytest.mark.screen, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb runs on Linux")]

DIALOGS = """
import json
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from reader.presentation.themes import contrast_ratio, load_themes
from reader.ui import theming
from reader.ui.appearance import THEME_FOLDER
from reader.ui.help import HelpDialog

app = QApplication([])
results = {}
for theme_id in ("white-on-black", "yellow-on-black", "black-on-white"):
    theming.apply(app, load_themes(THEME_FOLDER)[theme_id], 12.0)
    help_dialog = HelpDialog(None)
    close = help_dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    palette = close.palette()
    results[theme_id] = {
        "close_icon": not close.icon().isNull(),
        "message_box_icons": [not button.icon().isNull() for button in box.buttons()],
        "contrast": contrast_ratio(palette.buttonText().color().name(), palette.button().color().name()),
        "text": close.text(),
    }
print(json.dumps(results))
"""


def test_dialog_buttons_are_words_in_every_theme(tmp_path) -> None:
    assert shutil.which("Xvfb"), "install Xvfb (tools/setup.sh lists it)"
    xvfb, display = start_xvfb()
    try:
        env = {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
               "XDG_RUNTIME_DIR": str(tmp_path), "LANG": "C.UTF-8"}
        result = subprocess.run([sys.executable, "-c", DIALOGS], cwd=ROOT, env=env, capture_output=True, text=True,
                                timeout=120, check=False)
    finally:
        end(xvfb)
    assert result.returncode == 0, result.stderr[-2000:]
    for theme_id, seen in json.loads(result.stdout).items():
        assert not seen["close_icon"] and not any(seen["message_box_icons"]), (theme_id, seen)
        assert seen["contrast"] >= 7.0 and seen["text"] == "Close", (theme_id, seen)

"""The read-aloud bar: large buttons for the read-aloud commands, speed, volume, voice, messages.

The buttons carry the registry's QActions (so keys, labels and enabled state are the same as
in the menu); the bar only lays them out large (at least 44 x 44 px) and adds the controls
that are values rather than commands. Everything flows onto as many rows as the window's
width needs (reader/ui/flow.py), so no label is ever elided.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSizePolicy,
    QSlider,
    QToolButton,
    QWidget,
)

from reader.ui.accessible import MIN_TARGET, name_by_label
from reader.ui.flow import FlowLayout, FlowToolBar, labelled

# The most of the window's height the bar takes; at the largest interface size in a small
# window its rows scroll beyond that, so the text keeps its room.
MAX_SHARE = 0.25

BUTTONS = ("speech.read_section", "speech.pause", "speech.stop", "speech.previous_sentence",
           "speech.next_sentence", "speech.slower", "speech.faster")


translate = QCoreApplication.translate


class SpeechBar(FlowToolBar):
    volume_chosen = Signal(int)
    voice_chosen = Signal(str)  # voice id, "" = the document's language
    voices_wanted = Signal()  # the voice list was opened before the voices are known

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__("", parent, max_share=MAX_SHARE)
        self.setObjectName("speech_bar")
        panel = self.panel
        panel.setObjectName("speech_panel")
        outer = self.column  # below the scrolling rows: a message is always in view
        outer.setContentsMargins(4, 4, 4, 4)
        # One flow for the commands and the values: they wrap onto more rows rather than
        # being elided when the window is narrow or the interface large.
        row = self.flow
        row.setSpacing(12)
        self.buttons: dict[str, QToolButton] = {}
        for action_id in BUTTONS:
            button = QToolButton(panel)
            button.setObjectName(f"button_{action_id}")
            button.setDefaultAction(actions[action_id])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setMinimumSize(MIN_TARGET, MIN_TARGET)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)  # never elided
            row.addWidget(button)
            self.buttons[action_id] = button
        self.rate_label = QLabel(panel)
        self.rate_label.setObjectName("speech_rate")
        # "Slower", "Faster" and the speed they set stay together on one row where they fit.
        speed = FlowLayout(spacing=6)
        speed.setContentsMargins(0, 0, 12, 0)  # the speed set apart from a "Volume" label after it
        for action_id in ("speech.slower", "speech.faster"):
            row.removeWidget(self.buttons[action_id])
            speed.addWidget(self.buttons[action_id])
        speed.addWidget(self.rate_label)
        row.add_layout(speed)
        # The values (volume, voice), each label kept with its control; any message below.
        self.volume_label = QLabel(panel)
        self.volume = QSlider(Qt.Orientation.Horizontal, panel)
        self.volume.setObjectName("speech_volume")
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(10)
        self.volume.setMinimumSize(120, MIN_TARGET)
        self.volume.valueChanged.connect(self.volume_chosen.emit)
        row.add_layout(labelled(self.volume_label, self.volume))
        self.voice_label = QLabel(panel)
        self.voice = _VoiceBox(panel)
        self.voice.setObjectName("speech_voice")
        self.voice.setMinimumHeight(MIN_TARGET)
        self.voice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.voice.setMinimumContentsLength(24)
        self.voice.opened.connect(self.voices_wanted.emit)
        self.voice.activated.connect(lambda index: self.voice_chosen.emit(str(self.voice.itemData(index) or "")))
        row.add_layout(labelled(self.voice_label, self.voice))
        self.message = QLabel(panel)
        self.message.setObjectName("speech_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message.hide()
        outer.addWidget(self.message)
        self._rate = 0
        self._voices: list[dict[str, str]] = []
        self._voice_id = ""
        self.retranslate()

    # -- values shown --------------------------------------------------------------------
    def show_rate(self, rate: int) -> None:
        self._rate = rate
        self.rate_label.setText(translate("SpeechBar", "{rate} words/min").format(rate=rate))
        self.rate_label.setAccessibleName(translate("SpeechBar", "Reading speed: {rate} words per minute").format(rate=rate))

    def show_volume(self, volume: int) -> None:
        self.volume.blockSignals(True)
        self.volume.setValue(volume)
        self.volume.blockSignals(False)
        self.volume.setAccessibleDescription(f"{volume} %")

    def show_voices(self, voices: list[dict[str, str]], chosen: str) -> None:
        self._voices = sorted(voices, key=lambda v: v["name"].lower())
        self._voice_id = chosen
        self.voice.blockSignals(True)
        self.voice.clear()
        self.voice.addItem(translate("SpeechBar", "Automatic (the document's language)"), "")
        for voice in self._voices:
            self.voice.addItem(f"{voice['name']} ({voice['language']})", voice["id"])
        if chosen and self.voice.findData(chosen) < 0:
            self.voice.addItem(chosen, chosen)
        self.voice.setCurrentIndex(max(0, self.voice.findData(chosen)))
        # Wide enough for the chosen entry in either language, so it is never cut off.
        self.voice.setMinimumContentsLength(max(24, len(self.voice.currentText()) + 2))
        self.voice.blockSignals(False)

    def show_message(self, text: str) -> None:
        """A message about reading aloud (a missing voice, a stopped engine); "" hides it."""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    def retranslate(self) -> None:
        self.setWindowTitle(translate("SpeechBar", "Read aloud"))
        self.setAccessibleName(translate("SpeechBar", "Read aloud"))
        # No mnemonics here: Alt+letters belong to the registry's commands (Alt+L, Alt+T...).
        name_by_label(self.volume_label, self.volume, translate("SpeechBar", "Volume"))
        name_by_label(self.voice_label, self.voice, translate("SpeechBar", "Voice"))
        if self._rate:
            self.show_rate(self._rate)
        self.show_voices(self._voices, self._voice_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _VoiceBox(QComboBox):
    opened = Signal()

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        self.opened.emit()
        super().showPopup()

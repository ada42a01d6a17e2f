"""Read aloud in the window, driven by keys, with the fake engine (reader/speech/fake.py).

What is asserted is what a person meets: what is spoken (the texts the engine was given),
what is highlighted and where the caret is, what the buttons and messages say.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from reader.presentation.themes import contrast_ratio
from reader.speech.fake import ENGLISH, FakeEngine
from reader.speech.service import IDLE, PAUSED, SPEAKING, SpeechService
from reader.ui.main_window import MainWindow
from reader.ui.read_aloud import SENTENCE_LAYER, WORD_LAYER
from tests.seen import seen

NO = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def reading_window(make_window, settings) -> Iterator[Callable[..., MainWindow]]:
    def make(engine: FakeEngine | None = None, speed: float = 4.0, output: bool = True) -> MainWindow:
        engine = engine or FakeEngine()
        engine.speed, engine.output = speed, output
        window = make_window(speech=SpeechService(settings, engine=engine))
        window.view.setFocus()
        return window

    yield make


def start_theme(window: MainWindow, qtbot, number: int = 1) -> None:
    window.view.move_to(window.document.themes[number - 1].blocks[1].start)
    with qtbot.waitSignal(window.speech.sentence_changed):
        qtbot.keyClick(window.view, Qt.Key.Key_F5)


def highlighted(window: MainWindow, layer: str) -> list[str]:
    return [window.document.text[a:b] for a, b in window.view.highlight_ranges(layer)]


def test_f5_reads_the_current_theme_with_the_danish_voice(reading_window, qtbot) -> None:
    window = reading_window()
    engine = window.speech.engine
    start_theme(window, qtbot)
    assert window.speech.state == SPEAKING
    assert highlighted(window, SENTENCE_LAYER) == ["Dannelse"]
    assert engine.voices_used[0] == "gmq/da"
    qtbot.waitUntil(lambda: len(engine.spoken) >= 3)
    assert engine.spoken[:2] == ["Dannelse",
                                 "Dannelse er populært det, som vi ved og kan, når vi har glemt, det vi har lært."]


def test_the_highlight_moves_through_sentences_and_words_with_the_caret(reading_window, qtbot) -> None:
    window = reading_window(speed=6.0)
    start_theme(window, qtbot)
    sentences, words = [], []
    window.speech.sentence_changed.connect(lambda a, b: sentences.append(window.document.text[a:b]))
    window.speech.word_changed.connect(lambda a, b: words.append((a, window.document.text[a:b])))
    qtbot.waitUntil(lambda: len(sentences) >= 3)
    assert sentences[0].startswith("Dannelse er populært det")
    assert sentences[1].startswith("Det er med andre ord")
    assert sentences[2].startswith("Vi ønsker at børn og unge")
    paragraph = window.document.themes[0].blocks[1].start
    spoken_words = [w for a, w in words if a >= paragraph]  # after the heading
    assert spoken_words[:5] == ["Dannelse", "er", "populært", "det", "som"]
    assert [a for a, _w in words] == sorted(a for a, _w in words)  # always forward
    # The word is drawn inside the sentence, in the theme's colours, and the caret follows it.
    qtbot.waitUntil(lambda: bool(window.view.highlight_ranges(WORD_LAYER)))
    sentence = window.view.highlight_ranges(SENTENCE_LAYER)[0]
    word = window.view.highlight_ranges(WORD_LAYER)[0]
    assert sentence[0] <= word[0] < word[1] <= sentence[1]
    assert window.view.position() == word[0]
    assert window.view.cursorRect().intersects(window.view.viewport().rect())
    selection = window.view.extraSelections()[-1]
    assert selection.format.background().color().name() == window.theme.word_background


def test_space_pauses_and_resumes_only_while_reading(reading_window, qtbot) -> None:
    window = reading_window()
    pause = window.binder.actions["speech.pause"]
    assert not pause.isEnabled()  # Space is the view's own key when nothing is read
    start_theme(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert window.speech.state == PAUSED
    assert window.read_aloud.bar.buttons["speech.pause"].text() == "Fortsæt"
    word_before = window.view.highlight_ranges(WORD_LAYER)
    qtbot.wait(300)
    assert window.view.highlight_ranges(WORD_LAYER) == word_before  # nothing moves while paused
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert window.speech.state == SPEAKING
    with qtbot.waitSignal(window.speech.word_changed):
        pass


def test_esc_stops_at_once_and_clears_the_highlight(reading_window, qtbot) -> None:
    window = reading_window()
    start_theme(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.speech.state == IDLE
    assert window.view.highlight_ranges(SENTENCE_LAYER) == []
    assert window.view.highlight_ranges(WORD_LAYER) == []
    assert not window.speech.engine.playing  # the worker has stopped the sound and waits for the next reading
    assert not window.binder.actions["speech.stop"].isEnabled()


def test_alt_arrows_skip_sentences_and_paragraphs(reading_window, qtbot, policy) -> None:
    window = reading_window(speed=0.5)  # slow, so nothing moves on by itself during the test
    start_theme(window, qtbot)
    theme = policy.themes[0]

    def press(key: Qt.Key) -> str:
        with qtbot.waitSignal(window.speech.sentence_changed):
            qtbot.keyClick(window.view, key, ALT)
        return highlighted(window, SENTENCE_LAYER)[0]

    assert press(Qt.Key.Key_Right).startswith("Dannelse er populært")
    assert press(Qt.Key.Key_Right).startswith("Det er med andre ord")
    assert press(Qt.Key.Key_Left).startswith("Dannelse er populært")
    assert press(Qt.Key.Key_Down).startswith("Disse egenskaber")  # next paragraph
    assert press(Qt.Key.Key_Down) == "Vi vil:"
    assert window.document.block_at(window.view.position()) == theme.commitments[0]
    assert press(Qt.Key.Key_Up).startswith("Disse egenskaber")  # back to the paragraph before


def test_quotes_are_introduced_with_their_speaker(reading_window, qtbot) -> None:
    window = reading_window()
    engine = window.speech.engine
    with qtbot.waitSignal(window.speech.sentence_changed):
        qtbot.keyClick(window.view, Qt.Key.Key_F7)
    assert highlighted(window, SENTENCE_LAYER) == ["Skoleelev, 2. klasse"]  # the speaker line stands for it
    qtbot.waitUntil(lambda: len(engine.spoken) >= 2)
    assert engine.spoken[0] == "Citat fra en skoleelev i anden klasse:"
    assert engine.spoken[1].startswith("Hvis du en dag blev første- og andenvælger")


def test_we_will_list_and_selection(reading_window, qtbot, policy) -> None:
    window = reading_window()
    engine = window.speech.engine
    window.view.move_to(policy.themes[1].start)
    with qtbot.waitSignal(window.speech.sentence_changed):
        qtbot.keyClick(window.view, Qt.Key.Key_F8)
    assert engine.spoken[0] == "Vi vil:"
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    engine.spoken.clear()
    paragraph = policy.themes[0].blocks[1]
    window.view.select_range(paragraph.start, paragraph.start + len("Dannelse er populært det"))
    with qtbot.waitSignal(window.speech.sentence_changed):
        qtbot.keyClick(window.view, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    assert engine.spoken == ["Dannelse er populært det"]


def test_read_selection_without_a_selection_says_what_to_do(reading_window, qtbot) -> None:
    window = reading_window()
    qtbot.keyClick(window.view, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    assert window.speech.state == IDLE
    assert "Markér" in window.read_aloud.bar.message.text()


def test_faster_and_slower_change_the_rate_and_it_persists(reading_window, qtbot, settings) -> None:
    window = reading_window()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, ALT)
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, ALT)
    assert settings.value("speech_rate") == 205  # two steps of the ladder: 175, 190, 205
    assert window.read_aloud.bar.rate_label.text() == "205 ord/min"
    for _ in range(40):
        qtbot.keyClick(window.view, Qt.Key.Key_Minus, ALT)
    assert settings.value("speech_rate") == 80  # the slowest step
    engine = window.speech.engine
    start_theme(window, qtbot)
    assert engine.rates[-1] == 80


def test_a_crashed_worker_is_reported_and_the_next_command_works(reading_window, qtbot,
                                                                 capfd: pytest.CaptureFixture[str]) -> None:
    window = reading_window()
    engine = window.speech.engine
    start_theme(window, qtbot)
    engine.crash()
    assert window.speech.state == IDLE
    message = window.read_aloud.bar.message
    # One clean sentence; what the worker said last (here "fake engine crashed") goes to the log only.
    assert seen(message) and message.text() == "Oplæsningen stoppede uventet: talesyntesen lukkede. Prøv igen."
    assert "herning-laeser: speech worker ended: fake engine crashed" in capfd.readouterr().err
    assert message.accessibleName() == message.text()
    assert window.view.highlight_ranges(SENTENCE_LAYER) == []
    start_theme(window, qtbot)  # tries again with a fresh engine
    assert window.speech.state == SPEAKING
    assert engine.starts == 2


def test_missing_danish_voice_is_told_plainly(reading_window, qtbot, settings) -> None:
    window = reading_window(FakeEngine(voices=[ENGLISH]))
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.read_aloud.bar.message.isVisible())
    assert "ingen dansk stemme" in window.read_aloud.bar.message.text()
    assert window.speech.state == IDLE
    settings.set("speech_voice", ENGLISH["id"])  # the user chooses another voice
    with qtbot.waitSignal(window.speech.sentence_changed):
        qtbot.keyClick(window.view, Qt.Key.Key_F5)
    assert window.speech.engine.voices_used[-1] == ENGLISH["id"]


def test_missing_engine_leaves_the_app_working(reading_window, qtbot) -> None:
    window = reading_window(FakeEngine(available=False))
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.read_aloud.bar.message.isVisible())
    assert window.read_aloud.bar.message.text() == (
        "Oplæsning er ikke mulig: talesyntesen espeak-ng er ikke installeret (Debian: apt install espeak-ng).")
    qtbot.keyClick(window, Qt.Key.Key_1, ALT)  # the rest of the app still answers
    assert window.contents.list.hasFocus()


def test_an_engine_failing_ahead_of_time_is_told_only_when_read_aloud_is_asked_for(reading_window, qtbot) -> None:
    """The worker starts after the first paint; on a PC without a working voice it fails then. Nobody asked
    yet: nothing is said (a screen-reader user would hear it at every start). F5 tries again and tells why."""
    engine = FakeEngine(available=False)
    window = reading_window(engine)
    window.speech.prepare()
    qtbot.waitUntil(lambda: engine.starts == 1 and not engine.running)  # started, failed, ended
    message = window.read_aloud.bar.message
    assert not message.isVisible() and message.text() == ""
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(message.isVisible)
    assert "ikke mulig:" in message.text()
    assert engine.starts == 2 and not engine.running  # tried again, and nothing is left running
    assert window.speech.state == IDLE


def test_highlighting_can_be_switched_off(reading_window, qtbot, settings) -> None:
    window = reading_window()
    window.binder.actions["speech.highlight"].trigger()  # background -> underline -> none
    window.binder.actions["speech.highlight"].trigger()
    assert settings.value("highlight_style") == "none"
    start_theme(window, qtbot)
    with qtbot.waitSignal(window.speech.word_changed):
        pass  # a word is being read
    assert window.view.highlight_ranges(SENTENCE_LAYER) == []
    assert window.view.highlight_ranges(WORD_LAYER) == []


def test_say_announces_without_highlighting(reading_window, qtbot) -> None:
    window = reading_window()
    engine = window.speech.engine
    with qtbot.waitSignal(window.speech.finished):
        window.speech.say("Du er i Tema 1: Dannelse.")
    assert engine.spoken == ["Du er i Tema 1: Dannelse."]
    assert window.view.highlight_ranges(SENTENCE_LAYER) == []


def test_speech_bar_has_large_named_buttons(reading_window) -> None:
    window = reading_window()
    bar = window.read_aloud.bar
    assert seen(bar)
    for button in bar.buttons.values():
        assert button.width() >= 44 and button.height() >= 44
        assert button.text() and "…" not in button.text()
        assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width()
    assert bar.buttons["speech.read_section"].text() == "Læs tema"
    assert bar.voice.accessibleName() == "Stemme"
    assert bar.volume.accessibleName() == "Lydstyrke"


def test_close_window_stops_reading(reading_window, qtbot) -> None:
    window = reading_window()
    start_theme(window, qtbot)
    window.close()
    assert window.speech.state == IDLE
    assert not window.speech.engine.is_running()


def test_space_is_an_ordinary_key_when_nothing_is_read(reading_window, qtbot) -> None:
    window = reading_window()
    window.view.move_to(window.document.themes[0].start)
    button = window.read_aloud.bar.buttons["speech.read_section"]
    button.setFocus()
    with qtbot.waitSignal(window.speech.sentence_changed):
        qtbot.keyClick(button, Qt.Key.Key_Space)  # the button's own key: it reads the theme
    qtbot.keyClick(button, Qt.Key.Key_Space)  # while reading, Space pauses wherever the focus is
    assert window.speech.state == PAUSED


def test_voice_and_volume_are_chosen_in_the_bar_and_persist(reading_window, qtbot, settings) -> None:
    window = reading_window()
    bar = window.read_aloud.bar
    with qtbot.waitSignal(window.speech.voices_changed):
        window.binder.actions["speech.voice"].trigger()  # "Choose voice…" goes to the list
    assert bar.voice.hasFocus()
    names = [bar.voice.itemText(i) for i in range(bar.voice.count())]
    assert names == ["Automatisk (dokumentets sprog)", "Danish (da)", "English (Great Britain) (en-gb)"]
    qtbot.keyClick(bar.voice, Qt.Key.Key_Down)
    qtbot.keyClick(bar.voice, Qt.Key.Key_Down)
    assert settings.value("speech_voice") == ENGLISH["id"]
    bar.volume.setFocus()
    qtbot.keyClick(bar.volume, Qt.Key.Key_PageDown)
    assert settings.value("speech_volume") == 90
    assert window.speech.engine.volume == pytest.approx(0.9)


def test_without_word_timing_the_sentence_is_highlighted(reading_window, qtbot) -> None:
    window = reading_window(FakeEngine(timing=False))
    start_theme(window, qtbot)
    with qtbot.waitSignal(window.speech.sentence_changed):
        pass
    assert highlighted(window, SENTENCE_LAYER)[0].startswith("Dannelse er populært")
    assert window.view.highlight_ranges(WORD_LAYER) == []


def test_highlight_colours_follow_the_colour_theme(reading_window, qtbot, settings) -> None:
    window = reading_window(speed=0.5)
    start_theme(window, qtbot)
    settings.set("theme", "yellow-on-black")
    qtbot.waitUntil(lambda: window.theme.id == "yellow-on-black")
    sentence = next(s for s in window.view.extraSelections() if s.cursor.selectedText() == "Dannelse")
    assert sentence.format.background().color().name() == window.theme.sentence_background
    assert sentence.format.foreground().color().name() == window.theme.sentence_text


def test_no_sound_card_is_said_and_the_reading_still_runs(reading_window, qtbot) -> None:
    window = reading_window(output=False)
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    start_theme(window, qtbot)
    assert "ingen lydudgang" in window.read_aloud.bar.message.text()  # seen
    assert any("ingen lydudgang" in text for text in said)  # and heard (the window's announcer)
    assert window.speech.state == SPEAKING


def _contrast(a, b) -> float:
    return contrast_ratio(a.name(), b.name())


@pytest.mark.parametrize("theme", ["system", "yellow-on-black", "black-on-cream"])
def test_the_spoken_word_has_7_to_1_contrast_on_screen(reading_window, qtbot, settings, theme: str) -> None:
    from collections import Counter

    from PySide6.QtGui import QColor, QTextCursor

    settings.set("theme", theme)
    window = reading_window(speed=0.3)
    start_theme(window, qtbot)
    qtbot.waitUntil(lambda: bool(window.view.highlight_ranges(WORD_LAYER)))
    start, end = window.view.highlight_ranges(WORD_LAYER)[0]
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(start)
    left = window.view.cursorRect(cursor)
    cursor.setPosition(end)
    rect = left.united(window.view.cursorRect(cursor)).adjusted(2, 1, -2, -1)
    image = window.view.viewport().grab(rect).toImage()
    pixels = Counter(image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height()))
    background = QColor(pixels.most_common(1)[0][0])
    assert background.name() == window.theme.word_background
    text = max((QColor(name) for name in pixels), key=lambda colour: _contrast(colour, background))
    assert _contrast(text, background) >= 7.0


def test_going_back_to_a_sentence_already_heard(reading_window, qtbot) -> None:
    window = reading_window(speed=8.0)
    start_theme(window, qtbot)  # the heading "Dannelse", heard to its end
    with qtbot.waitSignal(window.speech.sentence_changed):
        pass
    window.speech.engine.speed = 0.05  # hold the second sentence near its start
    assert highlighted(window, SENTENCE_LAYER)[0].startswith("Dannelse er populært")
    with qtbot.waitSignal(window.speech.sentence_changed):
        qtbot.keyClick(window.view, Qt.Key.Key_Left, ALT)
    assert highlighted(window, SENTENCE_LAYER) == ["Dannelse"]
    assert window.speech.state == SPEAKING


@pytest.mark.parametrize("language", ["da", "en"])
def test_voice_box_shows_its_whole_entry(reading_window, interface_language, qtbot, language: str) -> None:
    interface_language.switch(language)
    window = reading_window()
    box = window.findChild(QComboBox, "speech_voice")
    qtbot.waitUntil(lambda: box.currentText() != "")
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    text_area = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, box)
    assert box.fontMetrics().horizontalAdvance(box.currentText()) <= text_area.width()

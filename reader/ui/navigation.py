"""Structure navigation in the reading view: themes, quotes, "Vi vil" lists, paragraphs, sentences.

Every move puts the keyboard caret at the new place (screen readers and magnifiers follow
the caret), scrolls it into view, and announces where the user now is, e.g.
"Tema 2 af 4: Leg, læring og trivsel". A sentence move announces the sentence itself, to
screen readers only: the app's own voice reads the sentence at the caret in the document's
voice. The sentences are those read aloud, met in the order shown (``spoken.shown_order_script``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from reader.document import Block, BlockKind, Document, SectionKind
from reader.document.numbers import ItemKind, NumberedItem, find_item, numbered_items
from reader.presentation import navigation
from reader.presentation.navigation import Position, Target
from reader.speech.spoken import shown_order_script, spoken_number
from reader.texts import QT_TRANSLATE_NOOP
from reader.ui.announcer import Announcer
from reader.ui.reading_view import ReadingView

translate = QCoreApplication.translate


def _translate(text: str) -> str:
    return translate("Navigation", text)


def section_name(position: Position) -> str:
    section = position.section
    if section.kind is SectionKind.THEME:
        return translate("Navigation", "Theme {number} of {count}: {title}").format(
            number=position.theme_number, count=position.theme_count, title=section.title)
    return section.title


def describe_move(target: Target, position: Position) -> str:
    """What to announce after moving to a target."""
    block = position.block
    if target is Target.THEME:
        return section_name(position)
    if target is Target.QUOTE:
        return translate("Navigation", "Quote {number} of {count} in {section}: {speaker}").format(
            number=position.quote_number, count=position.quote_count, section=position.section.title,
            speaker=block.speaker.lstrip("—– ").strip())
    if target is Target.COMMITMENTS:
        return translate("Navigation", "List “{label}” {number} of {count} in {section}").format(
            label=block.label.rstrip(":"), number=position.commitments_number, count=position.commitments_count,
            section=position.section.title)
    return translate("Navigation", "{kind} {number} of {count} in {section}").format(
        kind=block_kind_name(block.kind), number=position.block_number, count=position.block_count,
        section=position.section.title)


def block_kind_name(kind: BlockKind) -> str:
    return {
        BlockKind.HEADING: translate("Navigation", "Heading"),
        BlockKind.PARAGRAPH: translate("Navigation", "Paragraph"),
        BlockKind.LIST: translate("Navigation", "List"),
        BlockKind.COMMITMENTS: translate("Navigation", "“We will” list"),
        BlockKind.QUOTE: translate("Navigation", "Quote"),
    }[kind]


def describe_position(position: Position) -> str:
    """The answer to "Where am I?": section, block (quote n of m), the number of the commitment or
    quote (2.3, C2.1), how far in."""
    block = position.block
    parts = [section_name(position)]
    if position.quote_number:
        parts.append(translate("Navigation", "Quote {number} of {count}: {speaker}").format(
            number=position.quote_number, count=position.quote_count, speaker=block.speaker.lstrip("—– ").strip()))
    elif position.commitments_number:
        parts.append(translate("Navigation", "“We will” list {number} of {count}").format(
            number=position.commitments_number, count=position.commitments_count))
    elif block.kind is BlockKind.HEADING:  # the level too: the text pane cannot expose it (Qt gives no heading role)
        parts.append(translate("Navigation", "{kind} {number} of {count}, level {level}").format(
            kind=block_kind_name(block.kind), number=position.block_number, count=position.block_count,
            level=block.level))
    else:
        parts.append(translate("Navigation", "{kind} {number} of {count}").format(
            kind=block_kind_name(block.kind), number=position.block_number, count=position.block_count))
    if position.number:
        parts.append(translate("Navigation", "Number {number}").format(number=position.number))
    parts.append(
        translate("Navigation", "{percent} percent into the document").format(percent=position.percent))
    return ". ".join(parts) + "."


def describe_item(item: NumberedItem) -> str:
    """What to announce after going to a number: "“We will” 2.3: Styrke ...", "Quote C2.1: Skoleelev"."""
    if item.kind is ItemKind.QUOTE:
        return translate("Navigation", "Quote {number}: {speaker}").format(
            number=item.number, speaker=item.block.speaker.lstrip("—– ").strip())
    return translate("Navigation", "“We will” {number}: {text}").format(number=item.number, text=item.text)


def spoken_text(text: str, number: str) -> str:
    """An announcement as the voice says it: the number "2.3" as "2 punkt 3"."""
    return text.replace(number, spoken_number(number)) if number else text


NO_NEXT = {
    Target.THEME: QT_TRANSLATE_NOOP("Navigation", "No next theme."),
    Target.QUOTE: QT_TRANSLATE_NOOP("Navigation", "No next quote."),
    Target.COMMITMENTS: QT_TRANSLATE_NOOP("Navigation", "No next “We will” list."),
    Target.PARAGRAPH: QT_TRANSLATE_NOOP("Navigation", "No next paragraph."),
}
NO_PREVIOUS = {
    Target.THEME: QT_TRANSLATE_NOOP("Navigation", "No previous theme."),
    Target.QUOTE: QT_TRANSLATE_NOOP("Navigation", "No previous quote."),
    Target.COMMITMENTS: QT_TRANSLATE_NOOP("Navigation", "No previous “We will” list."),
    Target.PARAGRAPH: QT_TRANSLATE_NOOP("Navigation", "No previous paragraph."),
}


def sentences(document: Document, block: Block) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of ``block``, in the order shown. Found block by block, so a
    move costs the same in a document of any length."""
    return sorted((sentence.start, sentence.end) for sentence in shown_order_script(document, block))


class StructureNavigator(QObject):
    """The handlers of the structure navigation commands, acting on one reading view."""

    def __init__(self, view: ReadingView, announcer: Announcer) -> None:
        super().__init__(view)
        self.view = view
        self.announcer = announcer

    @property
    def document(self) -> Document | None:
        return self.view.document_model

    def next(self, target: Target) -> None:
        document = self.document
        if document is None:
            return
        offset = navigation.next_start(document, target, self.view.position())
        if offset is None:
            self.announcer.announce(_translate(NO_NEXT[target]))
        else:
            self._go(offset, target)

    def previous(self, target: Target) -> None:
        document = self.document
        if document is None:
            return
        offset = navigation.previous_start(document, target, self.view.position())
        if offset is None:
            self.announcer.announce(_translate(NO_PREVIOUS[target]))
        else:
            self._go(offset, target)

    def next_sentence(self) -> None:
        document = self.document
        if document is None:
            return
        position = self.view.position()
        found = next((span for block in document.blocks if block.end > position
                      for span in sentences(document, block) if span[0] > position), None)
        if found is None:
            self.announcer.announce(translate("Navigation", "No next sentence."))
        else:
            self._to_sentence(document, *found)

    def previous_sentence(self) -> None:
        """To the start of the sentence the caret is in, or from its start to the one before."""
        document = self.document
        if document is None:
            return
        position = self.view.position()
        found = next((span for block in reversed(document.blocks) if block.start < position
                      for span in reversed(sentences(document, block)) if span[0] < position), None)
        if found is None:
            self.announcer.announce(translate("Navigation", "No previous sentence."))
        else:
            self._to_sentence(document, *found)

    def _to_sentence(self, document: Document, start: int, end: int) -> None:
        if not self.view.hasFocus():
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.follow_range(start, end)  # the whole sentence in view where it fits, its start first
        # The sentence is on screen at the caret; what the status bar said of the place before is cleared.
        self.announcer.announce(document.text[start:end], status=False, voice=False)
        self.announcer.clear_status()

    def theme(self, number: int) -> None:
        document = self.document
        if document is None:
            return
        offset = navigation.theme_start(document, number)
        if offset is None:
            message = translate("Navigation", "There is no theme {number}.")
            self.announcer.announce(message.format(number=number))
        else:
            self._go(offset, Target.THEME)

    def start(self) -> None:
        document = self.document
        if document is not None:
            self._move(0)
            self.view.verticalScrollBar().setValue(0)  # the very top, title margin included
            message = translate("Navigation", "Start of the document: {title}")
            self.announcer.announce(message.format(title=document.title))

    def end(self) -> None:
        document = self.document
        if document is not None:
            last = document.blocks[-1]
            self._move(last.end)
            self.announcer.announce(translate("Navigation", "End of the document. {section}").format(
                section=section_name(navigation.position_at(document, last.end))))

    def where_am_i(self) -> str:
        document = self.document
        number = ""
        if document is None:
            text = translate("Navigation", "No document is open.")
        else:
            position = navigation.position_at(document, self.view.position())
            text, number = describe_position(position), position.number
        # (screen readers, and the app's own voice when on, which says the number as words)
        self.announcer.announce(text, assertive=True, spoken=spoken_text(text, number))
        return text

    def go_to_number(self, typed: str) -> str:
        """Goes to the commitment, quote or theme a typed number names and announces it; returns ""
        then, or else the reason it could not (said too)."""
        document = self.document
        if document is None:
            return ""
        typed = typed.strip()
        item = find_item(document, typed)
        if item is not None:
            self._move(item.start)
            self.announcer.announce(describe_item(item))
            return ""
        if typed.isdigit() and navigation.theme_start(document, int(typed)) is not None:
            self.theme(int(typed))
            return ""
        items = numbered_items(document)
        if items:
            problem = translate("Navigation", "There is no number “{typed}”. Type the number of a commitment "
                                              "({first}), of a quote ({quote}) or of a theme.").format(
                typed=typed, first=items[0].number,
                quote=next((item.number for item in items if item.kind is ItemKind.QUOTE), "C1.1"))
        else:
            problem = translate("Navigation", "There is no number “{typed}”. This document has no numbered "
                                              "commitments or quotes; type the number of a theme.").format(typed=typed)
        self.announcer.announce(problem, assertive=True)
        return problem

    def _go(self, offset: int, target: Target) -> None:
        document = self.document
        assert document is not None
        self._move(offset)
        self.announcer.announce(describe_move(target, navigation.position_at(document, offset)))

    def _move(self, offset: int) -> None:
        if not self.view.hasFocus():
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.move_to(offset)

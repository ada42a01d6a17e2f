"""The one message catalogue for what the user sees and hears (no Qt).

Every text is written in English in the code and translated to Danish in
resources/translations/reader_da.ts, which ``tools/update_translations.py`` compiles to
reader_da.qm. Widgets translate through Qt (``self.tr()``, ``QCoreApplication.translate``) with
the translators ``reader.i18n.InterfaceLanguage`` installs. Code that runs before or without Qt
(``--check``, ``--help``, the exports, the kiosk configuration, messages of the document model)
calls ``translate(context, text)`` here, which reads the same compiled catalogue in plain Python,
in the language chosen once for the process with ``set_language()`` (the window keeps it in step
with the "language" setting). tests/test_i18n.py holds this reader's answers against Qt's own for
every message.
"""

from __future__ import annotations

import struct
from functools import cache
from pathlib import Path

LANGUAGES = ("da", "en")
SOURCE_LANGUAGE = "en"
DEFAULT_LANGUAGE = "da"

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_BLOCK = 0x69
# The tags of one message record in a .qm file (Qt's qtranslator.cpp).
_END, _TRANSLATION, _OBSOLETE1, _SOURCE_TEXT, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8

_language = DEFAULT_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for the catalogue where it is defined; it is translated where it is shown."""
    return text


def set_language(language: str) -> None:
    """The interface language of this process ("da" or "en"; anything else means Danish)."""
    global _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE


def language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    """``text`` in the interface language; the English text where the catalogue has none.

    (Two arguments, both literal where the text is written: that is the form pyside6-lupdate finds.)"""
    return translated(_language, context, text)


def translated(language: str, context: str, text: str) -> str:
    """``text`` in ``language``, for a text marked elsewhere (``QT_TRANSLATE_NOOP``)."""
    if language == SOURCE_LANGUAGE:
        return text
    return catalogue(language if language in LANGUAGES else DEFAULT_LANGUAGE).get((context, text), text)


def catalogue_path(language: str) -> Path:
    from reader.paths import RESOURCES

    return Path(str(RESOURCES / "translations" / f"reader_{language}.qm"))


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """Every (context, English text) -> translation of the compiled catalogue; empty when it cannot be read."""
    try:
        data = catalogue_path(language).read_bytes()
    except OSError:
        return {}
    return read_qm(data)


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """The messages of a .qm file as lrelease writes them (with their source texts and contexts)."""
    if not data.startswith(_QM_MAGIC):
        return {}
    messages: dict[tuple[str, str], str] = {}
    position = len(_QM_MAGIC)
    while position + 5 <= len(data):
        tag = data[position]
        (length,) = struct.unpack_from(">I", data, position + 1)
        block = data[position + 5:position + 5 + length]
        position += 5 + length
        if tag == _MESSAGES_BLOCK:
            messages.update(_read_messages(block))
    return messages


def _read_messages(block: bytes) -> dict[tuple[str, str], str]:
    messages: dict[tuple[str, str], str] = {}
    position = 0
    translation: str | None = None
    source = context = ""
    try:
        while position < len(block):
            tag = block[position]
            position += 1
            if tag == _END:
                if translation is not None:
                    messages[(context, source)] = translation
                translation, source, context = None, "", ""
                continue
            if tag == _OBSOLETE1:
                position += 4
                continue
            (length,) = struct.unpack_from(">I", block, position)
            position += 4
            if tag == _TRANSLATION:
                if length != 0xFFFFFFFF:  # a null translation: the text stays as it is
                    translation = block[position:position + length].decode("utf-16-be")
                    position += length
            elif tag in (_SOURCE_TEXT, _CONTEXT, _COMMENT):
                value = block[position:position + length].decode("utf-8")
                position += length
                if tag == _SOURCE_TEXT:
                    source = value
                elif tag == _CONTEXT:
                    context = value
            else:  # a record this reader does not know: the rest cannot be trusted
                break
    except (struct.error, UnicodeDecodeError):
        pass
    return messages

"""Accessibility by construction: a control's visible label is also what screen readers say.

``name_by_label`` does for a label and its control what every form row needs together: the
label shows its text (with the mnemonic), is the control's buddy (Alt+letter goes there), and the
control's accessible name is the same words without the mnemonic or a trailing colon (unless a
fuller ``name`` is given), with an optional accessible description. ``MIN_TARGET`` is the size a
control that is pressed gets at the least.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

MIN_TARGET = 44  # px: WCAG 2.5.5, target size (enhanced)


def plain(text: str) -> str:
    """A label as a screen reader should say it: without its mnemonic ampersand and trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip().removesuffix(":").rstrip()


def name_by_label(label: QLabel, control: QWidget, text: str, *, name: str = "", description: str = "") -> None:
    """``label`` shows ``text`` and names ``control`` (its buddy, and its accessible name)."""
    label.setText(text)
    label.setBuddy(control)
    control.setAccessibleName(name or plain(text))
    if description:
        control.setAccessibleDescription(description)

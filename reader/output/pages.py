"""The large-print copy: the policy (or one theme) laid out on paper pages, as PDF or on a printer.

The text is rendered from the model by the same renderer as the reading view
(``reader.output.text_document``), with the reader's own text size, font and spacing, but always
in a print-friendly high-contrast scheme: black text on white paper, quotes and the
"Vi vil:" lists on a very light grey, each commitment and quote with its number ("2.3",
"C2.1", as the reader shows them on request). Headings stay headings (larger, bold, and
marked as headings in the QTextDocument), and every page has a footer with the document's
title and "Side 3 af 9".

Qt's PDF writer produces real, selectable text in reading order with the document's
title in the PDF metadata, but it cannot write a tagged PDF (no structure tree, no
/Lang): Qt offers no API for that up to 6.11.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLine,
    QTextListFormat,
)

from reader.document import Document, Section, SectionKind
from reader.output.text_document import TextStyle, render

PAGE_MARGIN_MM = 18.0
PDF_RESOLUTION = 300
# The layout is made at 72 dots per inch, so one layout pixel is one typographic point
# (the renderer's spacing, given in pixels, keeps its proportion to the text on paper).
_LAYOUT_DPI = 72


class ExportError(Exception):
    """A copy that could not be made; the message is in the interface language."""


class ExportCancelledError(Exception):
    """The export was asked to stop (Ctrl+C or SIGTERM); nothing was saved."""


@dataclass(frozen=True)
class LargePrintResult:
    pages: int
    target: str  # the file or printer it went to


def _device_name(device: QPagedPaintDevice) -> str:
    if isinstance(device, QPdfWriter):
        return device.title() or "PDF"
    name = getattr(device, "printerName", None)
    return str(name()) if callable(name) else ""


def print_style(style: TextStyle) -> TextStyle:
    """The reader's style (size, font, spacing) in the print scheme: black on white, light-grey boxes."""
    screen = QGuiApplication.primaryScreen()
    screen_pixels_per_point = (screen.logicalDotsPerInchY() if screen is not None else 96.0) / 72
    black, white = QColor("#000000"), QColor("#ffffff")
    return dataclasses.replace(
        style,
        text=black,
        background=white,
        heading=black,
        link=black,
        quote_text=black,
        quote_background=QColor("#ececec"),  # 16.6:1 with black
        commitments_background=QColor("#f4f4f4"),
        # On paper the page is the column; spacing given in screen pixels becomes points.
        line_length=0,
        # Every commitment and quote with its number, so a printed copy can be pointed at ("2.3").
        show_numbers=True,
        line_focus=0,
        letter_spacing_px=style.letter_spacing_px / screen_pixels_per_point,
        word_spacing_px=style.word_spacing_px / screen_pixels_per_point,
    )


def theme_numbers(document: Document) -> list[int]:
    return [section.number for section in document.themes]


def extract(document: Document, theme_number: int | None) -> Document:
    """The whole document, or its title followed by one theme (``theme_number`` as in "Tema 2")."""
    if theme_number is None:
        return document
    theme = next((s for s in document.themes if s.number == theme_number), None)
    if theme is None:
        numbers = ", ".join(str(n) for n in theme_numbers(document))
        raise ExportError(QCoreApplication.translate(
            "LargePrint", "There is no theme {number}; the themes are numbered {numbers}.").format(
                number=theme_number, numbers=numbers))
    title_blocks = document.sections[0].blocks[:1]
    title = Section(SectionKind.INTRODUCTION, document.title, 0, title_blocks, document.sections[0].source_line)
    return dataclasses.replace(document, sections=(title, theme))


def _pages_with_text(text_document: QTextDocument, page_height: float) -> int:
    """Pages up to the one with the last line (the last block's bottom margin may open an empty page)."""
    pages = text_document.pageCount()  # lays the whole document out
    block = text_document.lastBlock()
    while block.isValid() and not block.layout().lineCount():
        block = block.previous()
    if not block.isValid():
        return 1
    layout = block.layout()
    line = layout.lineAt(layout.lineCount() - 1)
    bottom = layout.position().y() + line.y() + line.height()
    return max(1, min(pages, math.ceil(bottom / page_height - 1e-6)))


def _layout_device() -> QImage:
    """A paint device at 72 dots per inch: one layout pixel is one point."""
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(_LAYOUT_DPI / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    return device


def _page_of(top: float, page_height: float) -> int:
    """The page a line whose top is at ``top`` is drawn on.

    Half a point of tolerance: a line moved to a new page sits at its top, give or take rounding.
    """
    return math.floor((top + 0.5) / page_height)


# The lines of one block that go on one page: the block, and the first and last of its line numbers.
_PageLines = tuple[QTextBlock, int, int]


def _paginate(text_document: QTextDocument, page_height: float, pages: int) -> list[list[_PageLines]]:
    """For each page, the lines that start on it, block by block, found in one pass over the document.

    (Asking each page for its lines by walking every block made the copy take time in the square of
    its length: 10,000 paragraphs took 33 s.)
    """
    by_page: list[list[_PageLines]] = [[] for _ in range(pages)]
    block = text_document.begin()
    while block.isValid():
        text_layout = block.layout()
        origin_y = text_layout.position().y()
        run_page, run_first = -1, 0
        for index in range(text_layout.lineCount()):
            page = _page_of(origin_y + text_layout.lineAt(index).y(), page_height)
            if page != run_page:
                if 0 <= run_page < pages:
                    by_page[run_page].append((block, run_first, index - 1))
                run_page, run_first = page, index
        if 0 <= run_page < pages:
            by_page[run_page].append((block, run_first, text_layout.lineCount() - 1))
        block = block.next()
    return by_page


def _draw_page(text_document: QTextDocument, painter: QPainter, page: QRectF, lines_here: list[_PageLines]) -> None:
    """Draws the lines that start on ``page`` (``lines_here``), with their block backgrounds and list bullets.

    Qt's own ``drawContents`` with a clip also draws the line just above the clip; clipped
    text is invisible but stays in the PDF, where copying, searching and screen readers
    would meet a line twice at a page break. So each line is drawn here, once.
    """
    layout_of_document = text_document.documentLayout()
    width = text_document.pageSize().width()
    for block, first, last in lines_here:
        text_layout = block.layout()
        origin = text_layout.position()
        count = text_layout.lineCount()
        block_format = block.blockFormat()
        background = block_format.background()
        if background.style() != Qt.BrushStyle.NoBrush:  # as Qt paints it: behind the lines, to the right margin
            bounds = text_layout.boundingRect().translated(origin)
            top = bounds.top() if first == 0 else page.top()
            bottom = bounds.bottom() if last == count - 1 else page.bottom()
            left = bounds.left()
            painter.fillRect(QRectF(left, top, width - left - block_format.rightMargin(), bottom - top), background)
        if block.textList() is not None and first == 0:
            _draw_bullet(painter, block, origin, text_layout.lineAt(0), layout_of_document.paintDevice())
        for index in range(first, last + 1):
            text_layout.lineAt(index).draw(painter, origin)


def _draw_bullet(painter: QPainter, block: QTextBlock, origin: QPointF, first: QTextLine,
                 device: QPaintDevice) -> None:
    """The list bullet (or number) before an item's first line, where Qt's layout would put it."""
    text_list = block.textList()
    font = block.charFormat().font()
    metrics = QFontMetricsF(font, device)  # in layout units, like the positions
    baseline = origin.y() + first.y() + first.ascent()
    start = origin.x() + first.x()
    painter.save()
    painter.setPen(block.charFormat().foreground().color())
    if text_list.format().style() in (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                                      QTextListFormat.Style.ListSquare):
        radius = metrics.xHeight() * 0.4
        centre = QPointF(start - metrics.averageCharWidth() * 0.7 - radius, baseline - metrics.xHeight() / 2)
        painter.setBrush(block.charFormat().foreground())
        painter.drawEllipse(centre, radius, radius)
    else:
        label = text_list.itemText(block)
        painter.setFont(font)
        painter.drawText(QPointF(start - metrics.horizontalAdvance(label + " "), baseline), label)
    painter.restore()


def page_layout(page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4) -> QPageLayout:
    margins = QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    return QPageLayout(QPageSize(page_size), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def footer_text(title: str, page: int, pages: int) -> str:
    return QCoreApplication.translate("LargePrint", "{title} – page {page} of {pages}").format(
        title=title, page=page, pages=pages)


class LargePrint:
    """A laid-out copy: ``paint(device)`` draws it on a PDF writer or a printer."""

    def __init__(self, document: Document, style: TextStyle, *, theme_number: int | None = None) -> None:
        self.source = document
        self.document = extract(document, theme_number)
        self.style = style
        self.title = document.title
        if theme_number is not None:
            theme = self.document.sections[-1]
            self.title = QCoreApplication.translate("LargePrint", "{title}, theme {number}: {theme}").format(
                title=document.title, number=theme.number, theme=theme.title)

    def _layout(self, body: QSizeF) -> QTextDocument:
        text_document = render(self.document, self.style)
        text_document.setDocumentMargin(0)
        # No ligatures: "fi" is then copied, searched and read aloud from the PDF as "f" and "i",
        # not as the single character "ﬁ".
        no_ligatures = QTextCharFormat()
        no_ligatures.setFontFeatures({QFont.Tag("liga"): 0, QFont.Tag("clig"): 0})
        cursor = QTextCursor(text_document)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeCharFormat(no_ligatures)
        text_document.setUseDesignMetrics(True)
        self._layout_device = _layout_device()  # the layout keeps a pointer to it
        text_document.documentLayout().setPaintDevice(self._layout_device)
        text_document.setPageSize(body)
        return text_document

    def _footer_font(self) -> QFont:
        font = QFont(self.style.font_family)
        font.setPointSizeF(min(20.0, max(12.0, self.style.point_size * 0.75)))
        return font

    def _areas(self, layout: QPageLayout) -> tuple[QSizeF, QRectF]:
        """The text area and the footer area, in points from the top left of the printable rectangle."""
        paint = layout.paintRect(QPageLayout.Unit.Point)
        metrics = QFontMetricsF(self._footer_font(), _layout_device())
        # One line, or two when the title is long (a theme's), and a gap above for the rule.
        lines = 1 if metrics.horizontalAdvance(footer_text(self.title, 999, 999)) <= paint.width() else 2
        footer_height = metrics.height() * (lines + 1)
        body = QSizeF(paint.width(), paint.height() - footer_height)
        footer = QRectF(0, body.height(), paint.width(), footer_height)
        return body, footer

    def paint(self, device: QPagedPaintDevice, stop: Callable[[], bool] = lambda: False) -> int:
        """Draws every page on ``device`` (its page layout decides the paper); returns the page count.
        Raises ExportCancelledError before the next page once ``stop()`` is true."""
        layout = device.pageLayout()
        body, footer = self._areas(layout)
        text_document = self._layout(body)
        pages = _pages_with_text(text_document, body.height())
        by_page = _paginate(text_document, body.height(), pages)
        painter = QPainter()
        if not painter.begin(device):
            raise ExportError(QCoreApplication.translate("LargePrint", "The copy could not be started on {target}.").format(
                target=_device_name(device)))
        try:
            scale = device.logicalDpiY() / _LAYOUT_DPI
            for page in range(pages):
                if stop():
                    raise ExportCancelledError
                if page:
                    device.newPage()
                painter.save()
                painter.scale(scale, scale)
                painter.translate(0, -page * body.height())
                _draw_page(text_document, painter, QRectF(0, page * body.height(), body.width(), body.height()),
                           by_page[page])
                painter.restore()
                # The footer in device pixels, so its font size is in real points.
                area = QRectF(footer.x() * scale, footer.y() * scale, footer.width() * scale, footer.height() * scale)
                painter.setFont(self._footer_font())
                painter.setPen(QPen(QColor("#000000"), max(1.0, scale)))
                rule = area.top() + area.height() * 0.2
                painter.drawLine(QPointF(area.left(), rule), QPointF(area.right(), rule))
                painter.drawText(area.adjusted(0, area.height() * 0.3, 0, 0),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
                                     | Qt.TextFlag.TextWordWrap),
                                 footer_text(self.title, page + 1, pages))
        finally:
            painter.end()
        return pages

    def export_pdf(self, path: Path, stop: Callable[[], bool] = lambda: False) -> LargePrintResult:
        """Writes the copy to a PDF file; raises ExportError with a message for the user.

        The PDF is written beside ``path`` under a temporary name, checked (it ends with %%EOF
        and holds every page) and only then renamed over ``path``: a full disk or any other
        failure leaves the old file as it was and no partial file (``reader.files``)."""
        from reader.files import OutputError, atomic_output, verify_pdf

        pages = 0

        def verify(written: Path) -> None:
            verify_pdf(pages)(written)

        buffer = QBuffer()  # Qt's writer does not report a failed write: Python writes the bytes, and does
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(page_layout())
        writer.setTitle(self.title)
        writer.setCreator("Herning Læser")
        pages = self.paint(writer, stop)  # QPainter.end() completes the file
        del writer
        if stop():
            raise ExportCancelledError
        try:
            with atomic_output(path, verify=verify) as temporary:
                temporary.write_bytes(buffer.data().data())
        except OutputError as error:
            raise ExportError(str(error)) from error
        return LargePrintResult(pages, str(path))


def export_pdf(document: Document, path: Path, style: TextStyle, *, theme_number: int | None = None,
               stop: Callable[[], bool] = lambda: False) -> LargePrintResult:
    """The whole document or one theme as a large-print PDF in the print scheme of ``style``; ``stop()``
    true stops it before the next page (ExportCancelledError), saving nothing."""
    return LargePrint(document, print_style(style), theme_number=theme_number).export_pdf(path, stop)

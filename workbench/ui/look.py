"""How statuses look on screen: colours from the shared palette, plus a shape and a letter.

Colour alone fails in greyscale and for colour-blind readers, so every mark also carries the
status letter and a distinct shape (circle, triangle, diamond, square).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTextCharFormat,
)

from workbench.core.palette import STATUS_STYLES, StatusStyle
from workbench.core.vocabulary import Status
from workbench.ui import theme
from workbench.ui.vocabulary_names import status_letter, status_name


def style(status: Status) -> StatusStyle:
    return STATUS_STYLES[Status(status)]


def colour(status: Status) -> QColor:
    """The status's strong colour: marks, outlines, underlines."""
    return QColor(theme.current().status_mark[Status(status)])


def tint(status: Status) -> QColor:
    """The status's light (or, in the dark, deep) colour behind text."""
    return QColor(theme.current().status_tint[Status(status)])


def text_colour(status: Status) -> QColor:
    """The status named in text on the window's background."""
    return QColor(theme.current().status_text[Status(status)])


def name(status: Status) -> str:
    """The status's name in the window's language."""
    return status_name(status)


def label(status: Status) -> str:
    """ "● S Sourced": glyph, letter and name, the form used wherever text is enough."""
    return f"{style(status).glyph} {status_letter(status)} {status_name(status)}"


_UNDERLINES: dict[Status, QTextCharFormat.UnderlineStyle] = {
    Status.SOURCED: QTextCharFormat.UnderlineStyle.SingleUnderline,
    Status.RELAYED: QTextCharFormat.UnderlineStyle.DashUnderline,
    Status.DENIED: QTextCharFormat.UnderlineStyle.WaveUnderline,
    Status.UNVERIFIED: QTextCharFormat.UnderlineStyle.DotLine,
}


def underline_style(status: Status) -> QTextCharFormat.UnderlineStyle:
    """A different underline per status, so highlights differ even without colour."""
    return _UNDERLINES[Status(status)]


def shape_path(status: Status, rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    status = Status(status)
    if status is Status.SOURCED:
        path.addEllipse(rect)
    elif status is Status.RELAYED:
        path.moveTo(QPointF(rect.center().x(), rect.top()))
        path.lineTo(rect.bottomRight())
        path.lineTo(rect.bottomLeft())
        path.closeSubpath()
    elif status is Status.DENIED:
        c = rect.center()
        path.moveTo(QPointF(c.x(), rect.top()))
        path.lineTo(QPointF(rect.right(), c.y()))
        path.lineTo(QPointF(c.x(), rect.bottom()))
        path.lineTo(QPointF(rect.left(), c.y()))
        path.closeSubpath()
    else:
        path.addRoundedRect(rect, rect.width() * 0.2, rect.height() * 0.2)
    return path


def paint_mark(painter: QPainter, status: Status, rect: QRectF) -> None:
    """The shape in the status colour with the status letter on it."""
    status = Status(status)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#202020"), max(1.0, rect.width() / 16)))  # dark on any ground
    painter.setBrush(QBrush(colour(status)))
    painter.drawPath(shape_path(status, rect))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(max(6, int(rect.height() * (0.48 if status is Status.RELAYED else 0.6))))
    painter.setFont(font)
    painter.setPen(QColor(theme.current().mark_letter(status)))
    text_rect = QRectF(rect)
    if status is Status.RELAYED:
        text_rect.setTop(rect.top() + rect.height() * 0.3)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, status_letter(status))
    painter.restore()


def icon(status: Status, size: int = 32) -> QIcon:
    # The scheme and the letter are part of the key: each theme and language paints its own.
    return _icon(Status(status), size, theme.current().name, status_letter(status))


@cache
def _icon(status: Status, size: int, _scheme: str, letter: str) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_mark(painter, status, QRectF(1.5, 1.5, size - 3, size - 3))
    painter.end()
    return QIcon(pixmap)


def paint_chip(
    painter: QPainter,
    status: Status,
    rect: QRectF,
    direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight,
) -> None:
    """A rounded chip: tinted background, the mark, and the status name; the mark leads, on the
    right in a right-to-left window."""
    status = Status(status)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour(status), 1.2))
    painter.setBrush(QBrush(tint(status)))
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    side = rect.height() - 6
    mirrored = direction == Qt.LayoutDirection.RightToLeft
    left = rect.right() - 4 - side if mirrored else rect.left() + 4
    mark = QRectF(left, rect.top() + 3, side, side)
    paint_mark(painter, status, mark)
    painter.setPen(QColor(theme.current().tint_text))
    width = rect.width() - side - 14
    if mirrored:
        text = QRectF(rect.left() + 6, rect.top(), width, rect.height())
        align = Qt.AlignmentFlag.AlignRight
    else:
        text = QRectF(mark.right() + 4, rect.top(), width, rect.height())
        align = Qt.AlignmentFlag.AlignLeft
    painter.drawText(text, Qt.AlignmentFlag.AlignVCenter | align, status_name(status))
    painter.restore()

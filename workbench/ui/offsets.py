"""Character offsets between Python strings and Qt documents.

Spans in the library count Python characters (code points); a QTextDocument counts UTF-16 units,
so every character outside the Basic Multilingual Plane (emoji, rare scripts) shifts Qt's positions
by one. Plain text is loaded with `setPlainText`, where each newline becomes one block separator,
so newlines keep a one-to-one mapping.
"""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Converts between code-point offsets into `text` and positions in a Qt document of it."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        # Code-point offsets of the characters that take two UTF-16 units, in order.
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, offset: int) -> int:
        if not self._wide:
            return offset
        return offset + bisect_right(self._wide, offset - 1)

    def from_qt(self, position: int) -> int:
        if not self._wide:
            return position
        # The last code point that starts at or before `position` (a half pair rounds down).
        low, high = 0, min(position, self.length)
        while low < high:
            middle = (low + high + 1) // 2
            if self.to_qt(middle) <= position:
                low = middle
            else:
                high = middle - 1
        return low

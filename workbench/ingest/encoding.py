"""Turn the bytes of a plain-text file into text, whatever encoding it was saved in."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from workbench.core.errors import ImportRejected

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM begins with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Bytes that never occur in real text in an 8-bit encoding: NUL and the other C0 controls except
# tab, newlines, form feed and escape, plus DEL.
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B} | {0x7F}
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_MAX_CONTROL_RATIO = 0.02


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file; see `decode_text_noting`."""
    return decode_text_noting(data, name)[0]


def decode_text_noting(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Decode a text file, with a note when bytes had to be replaced."""
    text = _decode(data, name)
    if text is not None:
        return text, ()
    repaired = _mostly_utf8(data)
    if repaired is not None:
        text, bad = repaired
        plural = "s" if bad != 1 else ""
        return text, (f"{bad} byte sequence{plural} that were not valid UTF-8 became '\ufffd'",)
    best = from_bytes(data).best()
    if best is None:
        raise ImportRejected(f"{name}: the text encoding could not be recognised")
    return str(best), ()


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few bad bytes (a cut copy, a stray byte): keep the good UTF-8.

    A detector would pick a legacy encoding for the whole file and turn every curly quote and
    accent into mojibake. Text in a legacy encoding has almost no valid multi-byte UTF-8
    sequences, so many valid ones against few bad bytes means UTF-8.
    """
    text = data.decode("utf-8", "replace")
    # Each bad sequence becomes one U+FFFD; those the file itself holds are not bad.
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if valid >= 3 and bad * 3 <= valid:
        return text, bad
    return None


def _decode(data: bytes, name: str) -> str | None:
    """BOM, then UTF-16 without BOM, then strict UTF-8; None when only a guess is left.

    Strict UTF-8 is tried before the detector because it is right for most files and costs almost
    nothing; the detector only runs for legacy encodings such as Windows-1252 or Windows-1256.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, name)
    utf16 = _guess_utf16(data)
    if utf16 is not None:
        return _strict(data, utf16, name)
    _reject_binary(data, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportRejected(f"{name}: the text is not valid {encoding.upper()}") from exc
    if "\x00" in text:
        raise ImportRejected(f"{name}: this is a binary file, not text")
    return text


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: in real text one byte of each pair takes very few values.

    For English that byte is mostly 0x00, for Arabic mostly 0x06; in 8-bit text or in binary data
    both halves of the pairs vary freely.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    for high, low, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        top = max(set(high), key=high.count)
        narrow = high.count(top) / len(high) >= 0.6 and len(set(high)) <= 8
        if narrow and len(set(low)) > 8 and 0x00 in high:
            return encoding
    return None


def _reject_binary(data: bytes, name: str) -> None:
    # A stray NUL or two happens in badly saved pages; binary data is full of control bytes.
    sample = data[:65536]
    controls = len(sample.translate(None, _NOT_CONTROL))
    if controls / len(sample) > _MAX_CONTROL_RATIO:
        raise ImportRejected(f"{name}: this is a binary file, not text")

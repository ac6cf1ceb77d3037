"""A fingerprint of an article's words, to notice the same article imported twice."""

from __future__ import annotations

import hashlib
import unicodedata


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the text in Unicode NFC with all runs of whitespace made one space.

    Re-saving a page or re-wrapping its lines changes whitespace and sometimes the composition of
    accented or vowelled letters, never the words, so neither changes the hash.
    """
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()

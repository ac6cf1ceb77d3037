"""Article import: one reader per format (txt, md, html, docx, pdf) -> a plain ImportedArticle.

No database here: services store what these functions return. Every failure is an ImportRejected
whose message names the file and the reason in one line.
"""

from workbench.ingest.cleaning import clean_text
from workbench.ingest.fingerprint import content_hash
from workbench.ingest.language import detect_language
from workbench.ingest.reader import DEFAULT_MAX_BYTES, iter_article_files, read_article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "clean_text",
    "content_hash",
    "detect_language",
    "iter_article_files",
    "read_article",
]

"""Portable case files (`.fcase`): a zip with a versioned manifest, written and read without SQL."""

from workbench.bundle.contents import (
    FORMAT,
    VERSION,
    AnswerSheet,
    BundleArticle,
    BundleCase,
    BundleClaim,
    BundleContents,
    BundleEvidence,
    BundleKind,
    BundleMention,
    BundleSource,
)
from workbench.bundle.reader import Limits, read_bundle
from workbench.bundle.writer import write_bundle
from workbench.core.workshop import MarkedClaim, MarkedSpan

__all__ = [
    "FORMAT",
    "VERSION",
    "AnswerSheet",
    "BundleArticle",
    "BundleCase",
    "BundleClaim",
    "BundleContents",
    "BundleEvidence",
    "BundleKind",
    "BundleMention",
    "BundleSource",
    "Limits",
    "MarkedClaim",
    "MarkedSpan",
    "read_bundle",
    "write_bundle",
]

"""Fact-Check Workbench: an offline desk for checking the claims in news articles."""

__version__ = "0.1.0"

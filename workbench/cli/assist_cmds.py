"""Commands of the claim assistant (filled in as the assistant lands)."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:
    del commands

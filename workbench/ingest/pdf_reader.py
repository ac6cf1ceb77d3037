"""PDF articles, parsed in a child process with a time limit.

pypdf is pure Python and a crafted PDF can make it loop for minutes or swallow memory; a thread
cannot be stopped, a process can. The start-up cost (about a tenth of a second) is paid per PDF,
which are few in a case; text and web pages, the bulk of imports, are read in-process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from workbench.core.errors import ImportRejected
from workbench.ingest import pdf_text
from workbench.ingest.pdf_text import PdfText

TIMEOUT_SECONDS = 30.0

_CHILD = "import sys; sys.path.insert(0, sys.argv[1]); import pdf_text; pdf_text.main()"


def read_pdf(data: bytes, name: str) -> PdfText:
    """The text layer of a PDF, or ImportRejected for an encrypted, damaged or image-only file."""
    result = _run_child(data, name)
    if result.problem:
        raise ImportRejected(f"{name}: {result.problem}")
    return result


def _child_command() -> list[str]:
    if getattr(sys, "frozen", False):
        # The packaged program parses one PDF when started with --read-pdf (packaging/launch.py).
        return [sys.executable, "--read-pdf"]
    return [sys.executable, "-c", _CHILD, str(Path(pdf_text.__file__).parent)]


def _run_child(data: bytes, name: str) -> PdfText:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    try:
        done = subprocess.run(
            _child_command(),
            input=data,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise ImportRejected(
            f"{name}: reading the PDF took over {TIMEOUT_SECONDS:g} s; the file may be hostile"
        ) from exc
    if done.returncode != 0:
        raise ImportRejected(
            f"{name}: the PDF could not be read (the reader stopped with an error)"
        )
    try:
        return PdfText(**json.loads(done.stdout))
    except (ValueError, TypeError) as exc:
        raise ImportRejected(f"{name}: the PDF could not be read") from exc

from __future__ import annotations

import pytest
from dossiers import arabic_case, english_case

from workbench.core.records import CaseDossier


@pytest.fixture
def english() -> CaseDossier:
    return english_case()


@pytest.fixture
def arabic() -> CaseDossier:
    return arabic_case()

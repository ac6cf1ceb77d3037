from tests.ui.conftest import desk  # noqa: F401 - the real window on a temporary library

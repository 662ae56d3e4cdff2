import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english_messages():
    """Service messages are asserted in English (the msgids); requests still choose their
    own language (the admin's default is German)."""
    with translation.override("en"):
        yield

"""The outbox as its worker's first step leaves it: every stored message rendered, none sent.

Services store a message's kind, recipient and language; the worker renders it after commit
(core/outbox.py). Tests that run inside one rolled-back transaction never see that commit, so
they render here before they read subjects and bodies."""

from core.models import OutgoingEmail
from core.outbox import render_pending


def rendered():
    """`OutgoingEmail.objects`, after rendering whatever is not rendered yet."""
    render_pending()
    return OutgoingEmail.objects

"""Invitation e-mails stored before the outbox learnt to forget secrets (portal 0004) still
hold their personal links. Sent (or given-up) ones lose the token now, as delivery does
today; unsent ones name it in `redact_after_send`, so delivery removes it after sending.

A token is what `feedback.services.new_token` makes (secrets.token_urlsafe(32): 43 URL-safe
characters) after `/feedback/` in an invitation link; the public link (`/feedback/s/...`) and
the thanks page (`/feedback/danke/...`) are no secrets."""

import html
import re
from urllib.parse import quote

from django.db import migrations
from django.db.models import Q

TOKEN_IN_LINK = re.compile(r"/feedback/(?!s/|danke/)([A-Za-z0-9_-]{32,})")
REDACTED = "[…]"
MAX_ATTEMPTS = 12  # portal.mail.MAX_ATTEMPTS when this was written


def _redact(text: str, tokens) -> str:
    for token in tokens:
        for form in dict.fromkeys((token, html.escape(token), quote(token, safe=""))):
            text = text.replace(form, REDACTED)
    return text


def _outbox_model(apps):
    # The outbox moved to core later (core 0002, portal 0005); on a fresh database this may
    # run after that move, and then the model is core's (same rows, same table or renamed).
    try:
        return apps.get_model("core", "OutgoingEmail")
    except LookupError:
        return apps.get_model("portal", "OutgoingEmail")


def forget_links(apps, schema_editor):
    outgoing = _outbox_model(apps)
    db = schema_editor.connection.alias
    candidates = outgoing.objects.using(db).filter(
        Q(body_text__contains="/feedback/") | Q(body_html__contains="/feedback/")
    )
    for email in candidates.iterator(chunk_size=500):
        tokens = set(TOKEN_IN_LINK.findall(email.body_text))
        tokens |= set(TOKEN_IN_LINK.findall(email.body_html))
        if not tokens:
            continue
        if email.sent_at is not None or email.attempts >= MAX_ATTEMPTS:
            email.subject = _redact(email.subject, tokens)
            email.body_text = _redact(email.body_text, tokens)
            email.body_html = _redact(email.body_html, tokens)
            email.redact_after_send = []
        else:
            email.redact_after_send = sorted(set(email.redact_after_send or []) | tokens)
        email.save(update_fields=["subject", "body_text", "body_html", "redact_after_send"])


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0003_random_ids"),
        ("portal", "0004_outbox_redact_after_send"),
    ]

    operations = [migrations.RunPython(forget_links, migrations.RunPython.noop)]

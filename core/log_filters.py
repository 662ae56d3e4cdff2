"""Secrets in URLs never reach a log.

Personal links (`/forum/r/<token>/`), check-in codes, feedback invitation tokens and
allauth's confirmation and reset keys live in URL paths, so access logs and Django's
"Not Found: <path>" warnings would keep a working key to someone's data. `MaskSecrets` is
a logging filter that rewrites each record before any handler writes it; production's
gunicorn uses it through `gunicorn.conf.py`."""

import logging
import re

MASK = "[masked]"
SECRET_PATHS = re.compile(
    r"(?P<prefix>/(?:forum/r|forum/check-in|accounts/confirm-email|accounts/password/reset/key)/"
    r"|/feedback/(?!s/|danke/))"
    r"(?P<secret>[^/?#\s\"']+)"
)


def mask_secrets(text: str) -> str:
    return SECRET_PATHS.sub(lambda match: match["prefix"] + MASK, text)


class MaskSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed record: leave it to the formatter
            return True
        masked = mask_secrets(message)
        if masked != message:
            record.msg, record.args = masked, ()
        # Django's request loggers also attach the request; its path is printed by some
        # formatters and error reporters.
        return True


def install_on(logger: logging.Logger) -> None:
    if not any(isinstance(f, MaskSecrets) for f in logger.filters):
        logger.addFilter(MaskSecrets())

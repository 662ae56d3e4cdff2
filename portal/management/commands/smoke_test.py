"""Request the key public URLs in-process and fail on anything but the expected status.

Used by `make deploy-check` against production settings and a throw-away database."""

from django.core.management.base import BaseCommand, CommandError
from django.test import Client

URLS = [
    ("/health/", 200),
    ("/robots.txt", 200),
    ("/sitemap.xml", 200),
    ("/de/", 200),
    ("/ar/", 200),
    ("/de/search/?q=Anmeldung", 200),
    ("/de/accounts/login/", 200),
    ("/de/gibt-es-nicht/", 404),
    ("/admin/", 302),
]


class Command(BaseCommand):
    help = "Request key URLs in-process and check their status codes."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="localhost")

    def handle(self, *args, host, **options):
        # As behind the TLS-terminating proxy that production expects.
        client = Client(HTTP_HOST=host, HTTP_X_FORWARDED_PROTO="https")
        failures = []
        for url, expected in URLS:
            status = client.get(url).status_code
            mark = "ok" if status == expected else "FAIL"
            self.stdout.write(f"{mark:4} {status} {url}")
            if status != expected:
                failures.append(url)
        if failures:
            raise CommandError(
                f"{len(failures)} URL(s) answered unexpectedly: {', '.join(failures)}"
            )

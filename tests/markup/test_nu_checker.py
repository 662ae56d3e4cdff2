"""The W3C Nu Html Checker over every public page type in German and Arabic (issue 14.7).

The pages are rendered with the Django test client from one small world (tests/security/
world.py) and saved to a folder; the checker then reads them all in one Java run, because the
JVM takes seconds to start. The jar comes from npm (`npm install`: package.json at the root
names vnu-jar); without Java or the jar the test is skipped and says why. CI installs both
(.ci/run), so there it runs."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import Client

from tests.security.world import build_world

ROOT = Path(__file__).resolve().parents[2]
JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

needs_checker = pytest.mark.skipif(
    shutil.which("java") is None or not JAR.exists(),
    reason=(
        "the Nu Html Checker needs Java and node_modules/vnu-jar "
        "(`apt-get install default-jre-headless` and `npm install` at the repository root)"
    ),
)


def run_checker(paths: list[Path]) -> list[dict]:
    """Every message of the checker for `paths`, in one JVM run."""
    done = subprocess.run(  # noqa: S603 - fixed command, our own files
        ["java", "-Xss4m", "-jar", str(JAR), "--format", "json", "--stdout", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    return json.loads(done.stdout or "{}").get("messages", [])


def errors_by_file(messages: list[dict]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for message in messages:
        if message.get("type") == "error" or message.get("subType") == "fatal":
            name = Path(message.get("url", "").removeprefix("file:")).name
            where = f"line {message.get('lastLine', '?')}"
            extract = (message.get("extract") or "").strip().replace("\n", " ")[:160]
            found.setdefault(name, []).append(f"{where}: {message['message']} [{extract}]")
    return found


def _pages(world, language: str) -> dict[str, tuple[str, str, dict | None]]:
    """name -> (method, url, data): every page type someone without an account reaches."""
    other = f"/{language}"
    forum_id = world.other_forum.pk  # upcoming: the registration form is open
    event = world.other_forum.event.specific
    calendar = event.get_parent().url
    key = world.survey.public_key
    return {
        "home": ("get", f"{other}/", None),
        "welcome-index": ("get", f"{other}/ankommen/", None),
        "welcome-topic": ("get", f"{other}/ankommen/anmeldung/", None),
        "standard": ("get", f"{other}/ueber/", None),
        "calendar": ("get", calendar, None),
        "calendar-month": ("get", f"{calendar}month/", None),
        "calendar-past": ("get", f"{calendar}past/", None),
        "event": ("get", world.event.url, None),
        "forum-event": ("get", event.url, None),
        "register": ("get", f"{other}/forum/{forum_id}/register/", None),
        "register-errors": ("post", f"{other}/forum/{forum_id}/register/", {"name": ""}),
        "registered": ("get", f"{other}/forum/{forum_id}/registered/", None),
        "personal": ("get", f"{other}/forum/r/{world.personal_token}/", None),
        "feedback-form": ("get", f"{other}/feedback/{world.invitation_token}/", None),
        "feedback-public": ("get", f"{other}/feedback/s/{key}/", None),
        "feedback-thanks": ("get", f"{other}/feedback/danke/{key}/", None),
        "statistics": ("get", f"{other}/statistik/", None),
        "minutes-archive": ("get", world.minutes.get_parent().url, None),
        "minutes": ("get", world.minutes.url, None),
        "body": ("get", f"{world.minutes.get_parent().url}gremium/{world.body.slug}/", None),
        "search": ("get", f"{other}/search/?q=Forum", None),
        "not-found": ("get", f"{other}/gibt-es-nicht/", None),
        "bad-request": ("get", f"{calendar}?page=abc", None),
        "minutes-bad-year": ("get", f"{world.minutes.get_parent().url}?year=abc", None),
        "login": ("get", f"{other}/accounts/login/", None),
        "signup": ("get", f"{other}/accounts/signup/", None),
        "signup-errors": ("post", f"{other}/accounts/signup/", {"email": "kein-at"}),
        **{
            f"legal-{kind}": ("get", pages[language].url, None)
            for kind, pages in (world.legal or {}).items()
        },
        "barrier-report-errors": (
            "post",
            world.legal["accessibility"][language].url,
            {"message": "", "email": "kein-at"},
        ),
    }


def render_pages(world, folder: Path) -> dict[str, int]:
    """Save every page type in de and ar as HTML files; return each file's status code."""
    statuses = {}
    for language in ("de", "ar"):
        client = Client()
        for name, (method, url, data) in _pages(world, language).items():
            response = client.post(url, data) if method == "post" else client.get(url)
            if response.status_code in (301, 302):
                response = client.get(response["Location"])
            file = folder / f"{language}-{name}.html"
            file.write_bytes(response.content)
            statuses[file.name] = response.status_code
    return statuses


@needs_checker
@pytest.mark.django_db
def test_every_page_type_is_valid_html_in_german_and_arabic(tmp_path):
    world = build_world()
    statuses = render_pages(world, tmp_path)
    refused = ("not-found.html", "bad-request.html", "bad-year.html", "errors.html")
    unexpected = {
        name: code for name, code in statuses.items() if code != 200 and not name.endswith(refused)
    }
    assert not unexpected, f"pages that did not render: {unexpected}"
    assert statuses["de-not-found.html"] == 404
    assert statuses["ar-bad-request.html"] == 400
    assert statuses["de-minutes-bad-year.html"] == 400
    errors = errors_by_file(run_checker(sorted(tmp_path.glob("*.html"))))
    report = "\n".join(f"{name}:\n  " + "\n  ".join(lines) for name, lines in errors.items())
    assert not errors, f"Nu Html Checker errors:\n{report}"


@needs_checker
def test_the_checker_finds_an_error_when_there_is_one(tmp_path):
    """Negative control: a page with the two faults the issue named is reported."""
    page = tmp_path / "broken.html"
    page.write_text(
        '<!doctype html><html lang="de"><head><title>x</title></head><body>'
        '<form action=""><p><span><ul><li>x</li></ul></span></p></form></body></html>',
        encoding="utf-8",
    )
    errors = errors_by_file(run_checker([page]))
    text = " ".join(errors.get("broken.html", []))
    assert "action" in text
    assert "ul" in text

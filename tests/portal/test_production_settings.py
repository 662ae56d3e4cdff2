"""Production settings: refuse to start without a secret, pass `check --deploy` cleanly."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update({"DJANGO_SETTINGS_MODULE": "portal.settings.production", **env})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_check_deploy_reports_no_issues(tmp_path):
    # An empty database of its own: a developer's var/ database holds a Site for the
    # development address, which the deploy check rightly reports (portal.E001).
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="k" * 20 + "9fQ2-x7Lp0#Zr8@Vt3!mW6^sB1&nY4*cD5",
        ALLOWED_HOSTS="teilhabe.example.org",
        SITE_URL="https://teilhabe.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'deploy-check.sqlite3'}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "site_url",
    [
        "",
        "http://127.0.0.1:8000",
        "https://localhost",
        "https://127.0.0.1",
        "http://teilhabe.example.org",
        "https://app.localhost",
    ],
)
def test_production_refuses_a_local_or_plain_http_site_url(site_url):
    result = run_manage(
        "check",
        SECRET_KEY="k" * 20 + "9fQ2-x7Lp0#Zr8@Vt3!mW6^sB1&nY4*cD5",
        ALLOWED_HOSTS="teilhabe.example.org",
        SITE_URL=site_url,
    )
    assert result.returncode != 0
    assert "SITE_URL must be the public" in result.stderr

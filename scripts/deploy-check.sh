#!/usr/bin/env bash
# `make deploy-check`: production settings pass `check --deploy`, migrations are complete, and
# the site answers on a throw-away database with the demo content.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export DJANGO_SETTINGS_MODULE=portal.settings.production
export SECRET_KEY="deploy-check-$(python3 -c 'import secrets; print(secrets.token_urlsafe(48))')"
export ALLOWED_HOSTS=teilhabe.example.org,localhost SITE_URL=https://teilhabe.example.org
export DATABASE_URL="sqlite:///$scratch/check.sqlite3" STATIC_ROOT="$scratch/static" MEDIA_ROOT="$scratch/media"
export EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
M=".venv/bin/python manage.py"
echo "== check --deploy";            $M check --deploy --fail-level WARNING
echo "== migrations complete";       $M makemigrations --check --dry-run
echo "== migrate";                   $M migrate --no-input -v0
echo "== collectstatic";             $M collectstatic --no-input -v0
echo "== demo content";              $M load_demo >/dev/null
echo "== smoke test";                $M smoke_test --host localhost
echo "deploy-check passed"

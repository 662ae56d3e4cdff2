"""Every URL pattern of the project against every role, from one table.

A URL added to the project without a row here fails `test_every_url_pattern_is_in_the_table`.
Each cell is the expected status of a GET; responses a role may reach must not contain the
registrant's personal data unless the row names that role as allowed to see it."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests.security.world import PERSONAL_MARKERS, ROLES, SECRET_FREE_TEXT, build_world

OUR_APPS = ("core", "portal", "events", "forum", "seating", "feedback", "minutes", "directory")

#          anonymous citizen other_org organiser editor reviewer admin
PUBLIC = (200, 200, 200, 200, 200, 200, 200)
SIGNED_IN = (302, 200, 200, 200, 200, 200, 200)
# Wagtail admin: a role without access is sent away (302), as Wagtail does everywhere.
ADMIN_AREA = (302, 302, 200, 200, 200, 200, 200)  # any staff role
FORUM_ADMIN = (302, 302, 302, 200, 302, 302, 200)  # only this forum's organisers and admins
FORUM_ADMIN_ONLY = (302, 302, 302, 302, 302, 302, 200)  # deleting a forum: administrators
ORGANISER_ADMIN = (302, 302, 200, 200, 302, 302, 200)  # organisers' areas (listing their own)
POST_ONLY = (302, 302, 405, 405, 405, 405, 405)  # actions: a GET changes nothing
# Public-site pages for organisers: a signed-in person without the right gets 403 (check-in)
# or 404 (printouts do not reveal that another forum exists).
# The seating admin answers 403 (a 404 inside /admin/ would be redirected by the language
# middleware); POST-only actions check the forum first.
SEATING_ADMIN = (302, 302, 403, 200, 403, 403, 200)
SEATING_POST = (302, 302, 403, 405, 403, 403, 405)
SEATING_PRINT_REDIRECT = (302, 302, 403, 302, 403, 403, 302)  # forwards to the printable page
SITE_ORGANISER = (302, 403, 403, 200, 403, 403, 200)
# The forum's audit log answers 403 itself (forum/admin_views.forum_or_403), like seating.
FORUM_AUDIT = (302, 302, 403, 200, 403, 403, 200)
SITE_PRINT = (302, 404, 404, 200, 404, 404, 200)
# One survey in the admin (feedback/permissions.py): only the organisers of the forum of its
# event and administrators. Everyone else with admin access gets 403 — the organiser of
# another forum included — and an unknown survey id answers the same. POST-only actions check
# the survey before the method.
FEEDBACK_SURVEY = (302, 302, 403, 200, 403, 403, 200)
FEEDBACK_POST = (302, 302, 403, 405, 403, 403, 405)
# The yearly satisfaction survey belongs to no forum: editors (feedback.run_yearly_survey) and
# administrators. Editors therefore reach the survey listing (the yearly survey only), the
# start page and the figures too.
YEARLY_SURVEY = (302, 302, 403, 403, 200, 403, 200)
YEARLY_POST = (302, 302, 403, 403, 405, 403, 405)
FEEDBACK_STAFF = (302, 302, 200, 200, 200, 302, 200)

# The closed login and password doors (portal/urls.py): everyone not signed in is sent to
# allauth; someone signed in lands there only when an area refused them, and gets 403.
CLOSED_DOOR = (302, 403, 403, 403, 403, 403, 403)
# allauth's login: a form for visitors, a redirect onwards for whoever is signed in.
LOGIN = (200, 302, 302, 302, 302, 302, 302)

# The forum's outbox in the admin: 403 for anyone with admin access who does not organise the
# forum; the resend action checks the forum before the method.
SITE_OUTBOX = (302, 302, 403, 200, 403, 403, 200)
SITE_OUTBOX_POST = (302, 302, 403, 405, 403, 403, 405)

ORGANISER_AND_ADMIN = {"organiser", "admin"}
TOKEN_HOLDER = set(ROLES)  # whoever holds the personal link is the registrant

# name (or route for unnamed patterns) -> (url builder, expected statuses, roles that may see
# personal data in the response)
TABLE = {
    # portal: one way in (tests/portal/test_doors.py tries each door with MFA on)
    "account_login": (lambda w: "/de/accounts/login/", LOGIN, set()),
    "admin/login/": (lambda w: "/admin/login/?next=/admin/", CLOSED_DOOR, set()),
    "admin/password_reset/": (lambda w: "/admin/password_reset/", CLOSED_DOOR, set()),
    "^admin/password_reset/.+": (
        lambda w: "/admin/password_reset/confirm/MQ/set-password/",
        CLOSED_DOOR,
        set(),
    ),
    "django-admin/login/": (lambda w: "/django-admin/login/", CLOSED_DOOR, set()),
    "django-admin/password_change/": (
        lambda w: "/django-admin/password_change/",
        CLOSED_DOOR,
        set(),
    ),
    "^django-admin/password_change/.+": (
        lambda w: "/django-admin/password_change/done/",
        CLOSED_DOOR,
        set(),
    ),
    "de/_util/login/": (lambda w: "/de/_util/login/", CLOSED_DOOR, set()),
    # portal
    "sitemap": (lambda w: "/sitemap.xml", PUBLIC, set()),
    "robots": (lambda w: "/robots.txt", PUBLIC, set()),
    "brand_css": (lambda w: "/brand.css?v=1", PUBLIC, set()),
    "health": (lambda w: "/health/", PUBLIC, set()),
    "search": (lambda w: "/de/search/?q=Zarah", PUBLIC, set()),
    "translation_status": (lambda w: "/admin/translation-status/", ADMIN_AREA, set()),
    "translation_status_page": (
        lambda w: f"/admin/translation-status/{w.tree['home']['de'].pk}/",
        ADMIN_AREA,
        set(),
    ),
    # core: the whole outbox, texts included, for administrators (development's mailbox)
    "core_outbox": (lambda w: "/admin/outbox/", FORUM_ADMIN_ONLY, {"admin"}),
    "core_outbox_detail": (
        lambda w: f"/admin/outbox/{w.email.pk}/",
        FORUM_ADMIN_ONLY,
        {"admin"},
    ),
    "core_outbox_html": (
        lambda w: f"/admin/outbox/{w.email.pk}/html/",
        FORUM_ADMIN_ONLY,
        {"admin"},
    ),
    # events
    "events_feed": (lambda w: "/feeds/events/de.ics", PUBLIC, set()),
    "event_ics": (lambda w: f"/feeds/event/{w.event.pk}.ics", PUBLIC, set()),
    # forum: public and personal
    "forum:register": (lambda w: f"/de/forum/{w.forum.pk}/register/", PUBLIC, set()),
    "forum:registered": (lambda w: f"/de/forum/{w.forum.pk}/registered/", PUBLIC, set()),
    "forum:personal": (lambda w: f"/de/forum/r/{w.personal_token}/", PUBLIC, TOKEN_HOLDER),
    "forum:cancel": (lambda w: f"/de/forum/r/{w.personal_token}/cancel/", PUBLIC, TOKEN_HOLDER),
    "forum:personal_data": (
        lambda w: f"/de/forum/r/{w.personal_token}/my-data.json",
        PUBLIC,
        TOKEN_HOLDER,
    ),
    "forum:erase": (lambda w: f"/de/forum/r/{w.personal_token}/delete/", PUBLIC, set()),
    "forum:erased": (lambda w: "/de/forum/deleted/", PUBLIC, set()),
    "forum:my_registrations": (lambda w: "/de/forum/my-registrations/", SIGNED_IN, set()),
    "forum:check_in": (
        lambda w: f"/de/forum/{w.forum.pk}/check-in/",
        SITE_ORGANISER,
        ORGANISER_AND_ADMIN,
    ),
    "forum:check_in_scan": (
        lambda w: f"/de/forum/check-in/{w.check_in_code}/",
        SITE_ORGANISER,
        ORGANISER_AND_ADMIN,
    ),
    # forum: organiser dashboard and exports
    "forum_dashboard": (lambda w: f"/admin/forum/{w.forum.pk}/", FORUM_ADMIN, ORGANISER_AND_ADMIN),
    "forum_export_csv": (
        lambda w: f"/admin/forum/{w.forum.pk}/export.csv",
        FORUM_ADMIN,
        ORGANISER_AND_ADMIN,
    ),
    "forum_export_xlsx": (
        lambda w: f"/admin/forum/{w.forum.pk}/export.xlsx",
        FORUM_ADMIN,
        ORGANISER_AND_ADMIN,
    ),
    "forum_add": (lambda w: f"/admin/forum/{w.forum.pk}/add/", FORUM_ADMIN, ORGANISER_AND_ADMIN),
    "forum_erase": (lambda w: f"/admin/forum/{w.forum.pk}/erase/", FORUM_ADMIN, set()),
    "forum_message": (
        lambda w: f"/admin/forum/{w.forum.pk}/message/",
        FORUM_ADMIN,
        ORGANISER_AND_ADMIN,
    ),
    "forum_audit": (
        lambda w: f"/admin/forum/{w.forum.pk}/audit/",
        FORUM_AUDIT,
        ORGANISER_AND_ADMIN,
    ),
    "forum_audit_csv": (
        lambda w: f"/admin/forum/{w.forum.pk}/audit.csv",
        FORUM_AUDIT,
        ORGANISER_AND_ADMIN,
    ),
    "forum_undo_check_in": (
        lambda w: f"/admin/forum/{w.forum.pk}/registrations/{w.registration.pk}/undo-check-in/",
        POST_ONLY,
        set(),
    ),
    "forum_cancel_registration": (
        lambda w: f"/admin/forum/{w.forum.pk}/registrations/{w.registration.pk}/cancel/",
        POST_ONLY,
        ORGANISER_AND_ADMIN,
    ),
    # The forum's outbox: another forum's organiser (and every other staff role) gets 403.
    "forum_outbox": (
        lambda w: f"/admin/forum/{w.forum.pk}/outbox/",
        SITE_OUTBOX,
        ORGANISER_AND_ADMIN,
    ),
    "forum_resend_confirmation": (
        lambda w: f"/admin/forum/{w.forum.pk}/registrations/{w.registration.pk}/resend/",
        SITE_OUTBOX_POST,
        set(),
    ),
    "wagtailsnippets_forum_forum:add": (
        lambda w: "/admin/snippets/forum/forum/add/",
        ORGANISER_ADMIN,
        set(),
    ),
    "wagtailsnippets_forum_forum:edit": (
        lambda w: f"/admin/snippets/forum/forum/edit/{w.forum.pk}/",
        FORUM_ADMIN,
        set(),
    ),
    "wagtailsnippets_forum_forum:delete": (
        lambda w: f"/admin/snippets/forum/forum/delete/{w.forum.pk}/",
        FORUM_ADMIN_ONLY,
        set(),
    ),
    "wagtailsnippets_forum_forum:history": (
        lambda w: f"/admin/snippets/forum/forum/history/{w.forum.pk}/",
        FORUM_ADMIN,
        set(),
    ),
    "wagtailsnippets_forum_forum:history_results": (
        lambda w: f"/admin/snippets/forum/forum/history-results/{w.forum.pk}/",
        FORUM_ADMIN,
        set(),
    ),
    # seating
    "seating_admin:index": (lambda w: "/admin/seating/", ADMIN_AREA, set()),
    "seating_admin:plan": (
        lambda w: f"/admin/seating/{w.forum.pk}/",
        SEATING_ADMIN,
        ORGANISER_AND_ADMIN,
    ),
    "seating_admin:people": (
        lambda w: f"/admin/seating/{w.forum.pk}/people/",
        SEATING_ADMIN,
        ORGANISER_AND_ADMIN,
    ),
    "seating_admin:plan_action": (
        lambda w: f"/admin/seating/{w.forum.pk}/plan/",
        SEATING_POST,
        set(),
    ),
    "seating_admin:move": (
        lambda w: f"/admin/seating/{w.forum.pk}/move/",
        SEATING_ADMIN,
        ORGANISER_AND_ADMIN,
    ),
    "seating_admin:round": (
        lambda w: f"/admin/seating/{w.forum.pk}/round/",
        SEATING_POST,
        set(),
    ),
    "seating_admin:publish": (
        lambda w: f"/admin/seating/{w.forum.pk}/publish/",
        SEATING_POST,
        set(),
    ),
    "seating_admin:print": (
        lambda w: f"/admin/seating/{w.forum.pk}/print/",
        SEATING_PRINT_REDIRECT,
        set(),
    ),
    "seating:print_tables": (
        lambda w: f"/de/seating/{w.forum.pk}/print/tables/",
        SITE_PRINT,
        ORGANISER_AND_ADMIN,
    ),
    "seating:print_routes": (
        lambda w: f"/de/seating/{w.forum.pk}/print/routes/",
        SITE_PRINT,
        ORGANISER_AND_ADMIN,
    ),
    # feedback
    "feedback:invitation": (lambda w: f"/de/feedback/{w.invitation_token}/", PUBLIC, set()),
    "feedback:public": (lambda w: f"/de/feedback/s/{w.survey.public_key}/", PUBLIC, set()),
    "feedback:thanks": (lambda w: f"/de/feedback/danke/{w.survey.public_key}/", PUBLIC, set()),
    "feedback:statistics": (lambda w: "/de/statistik/", PUBLIC, set()),
    "feedback:statistics_csv": (lambda w: "/de/statistik/csv/", PUBLIC, set()),
    "feedback_surveys:index": (lambda w: "/admin/feedback/surveys/", FEEDBACK_STAFF, set()),
    "feedback_surveys:index_results": (
        lambda w: "/admin/feedback/surveys/results/",
        FEEDBACK_STAFF,
        set(),
    ),
    "feedback_surveys:add": (lambda w: "/admin/feedback/surveys/new/", FEEDBACK_STAFF, set()),
    "feedback_surveys:edit": (
        lambda w: f"/admin/feedback/surveys/edit/{w.survey.pk}/",
        FEEDBACK_SURVEY,
        set(),
    ),
    "feedback_surveys:delete": (
        lambda w: f"/admin/feedback/surveys/delete/{w.survey.pk}/",
        FEEDBACK_SURVEY,
        set(),
    ),
    "feedback_surveys:history": (
        lambda w: f"/admin/feedback/surveys/history/{w.survey.pk}/",
        FEEDBACK_SURVEY,
        set(),
    ),
    "feedback_surveys:history_results": (
        lambda w: f"/admin/feedback/surveys/history-results/{w.survey.pk}/",
        FEEDBACK_SURVEY,
        set(),
    ),
    "feedback_surveys:usage": (
        lambda w: f"/admin/feedback/surveys/usage/{w.survey.pk}/",
        FEEDBACK_SURVEY,
        set(),
    ),
    "feedback_surveys:results": (
        lambda w: f"/admin/feedback/surveys/results/{w.survey.pk}/",
        FEEDBACK_SURVEY,
        set(),
    ),
    "feedback_surveys:results_csv": (
        lambda w: f"/admin/feedback/surveys/results/{w.survey.pk}/csv/",
        FEEDBACK_SURVEY,
        set(),
    ),
    "feedback_surveys:moderate": (
        lambda w: f"/admin/feedback/surveys/results/{w.survey.pk}/moderate/",
        FEEDBACK_POST,
        set(),
    ),
    "feedback_surveys:publish": (
        lambda w: f"/admin/feedback/surveys/results/{w.survey.pk}/publish/",
        FEEDBACK_POST,
        set(),
    ),
    "feedback_surveys:invite": (
        lambda w: f"/admin/feedback/surveys/results/{w.survey.pk}/invite/",
        FEEDBACK_POST,
        set(),
    ),
    "feedback_surveys:qr": (
        lambda w: f"/admin/feedback/surveys/results/{w.survey.pk}/qr.svg",
        FEEDBACK_SURVEY,
        set(),
    ),
    "feedback_statistics:index": (lambda w: "/admin/feedback/statistics/", FEEDBACK_STAFF, set()),
    # minutes: OParl API
    "oparl:": (lambda w: "/oparl/v1.1/", PUBLIC, set()),
    "oparl:system": (lambda w: "/oparl/v1.1/system", PUBLIC, set()),
    "oparl:body-list": (lambda w: "/oparl/v1.1/body", PUBLIC, set()),
    "oparl:body": (lambda w: "/oparl/v1.1/body/1", PUBLIC, set()),
    "oparl:body-organizations": (
        lambda w: "/oparl/v1.1/body/1/organization",
        PUBLIC,
        set(),
    ),
    "oparl:body-persons": (lambda w: "/oparl/v1.1/body/1/person", PUBLIC, set()),
    "oparl:body-meetings": (lambda w: "/oparl/v1.1/body/1/meeting", PUBLIC, set()),
    "oparl:body-papers": (lambda w: "/oparl/v1.1/body/1/paper", PUBLIC, set()),
    "oparl:body-agendaitems": (
        lambda w: "/oparl/v1.1/body/1/agendaitem",
        PUBLIC,
        set(),
    ),
    "oparl:body-files": (lambda w: "/oparl/v1.1/body/1/file", PUBLIC, set()),
    "oparl:organization": (lambda w: f"/oparl/v1.1/organization/{w.body.pk}", PUBLIC, set()),
    "oparl:organization-meetings": (
        lambda w: f"/oparl/v1.1/organization/{w.body.pk}/meeting",
        PUBLIC,
        set(),
    ),
    "oparl:meeting": (lambda w: f"/oparl/v1.1/meeting/{w.meeting_id}", PUBLIC, set()),
    "oparl:location": (lambda w: "/oparl/v1.1/location/999999", (404,) * 7, set()),
    "oparl:agendaitem": (lambda w: f"/oparl/v1.1/agendaitem/{w.agenda_item_id}", PUBLIC, set()),
    "oparl:file": (lambda w: "/oparl/v1.1/file/999999", (404,) * 7, set()),
    # directory: HSDS 3.0 API (a volunteer without consent is in the world: never shown)
    "hsds:root": (lambda w: "/api/hsds/", PUBLIC, set()),
    "hsds:services": (lambda w: "/api/hsds/services", PUBLIC, set()),
    "hsds:service": (lambda w: f"/api/hsds/services/{w.service.translation_key}", PUBLIC, set()),
    "hsds:organizations": (lambda w: "/api/hsds/organizations", PUBLIC, set()),
    "hsds:organization": (
        lambda w: f"/api/hsds/organizations/{w.service.organization.translation_key}",
        PUBLIC,
        set(),
    ),
    "hsds:taxonomies": (lambda w: "/api/hsds/taxonomies", PUBLIC, set()),
    "hsds:taxonomy_terms": (lambda w: "/api/hsds/taxonomy_terms", PUBLIC, set()),
    "hsds:service_at_locations": (lambda w: "/api/hsds/service_at_locations", PUBLIC, set()),
    "oparl/v1.1/^(?P<rest>.*)$": (lambda w: "/oparl/v1.1/nonsense", (404,) * 7, set()),
}

# More rows for URL patterns already in the table: the yearly survey, an unknown survey id.
EXTRA_ROWS = {
    "yearly: edit": (
        lambda w: f"/admin/feedback/surveys/edit/{w.yearly_survey.pk}/",
        YEARLY_SURVEY,
    ),
    "yearly: delete": (
        lambda w: f"/admin/feedback/surveys/delete/{w.yearly_survey.pk}/",
        YEARLY_SURVEY,
    ),
    "yearly: results": (
        lambda w: f"/admin/feedback/surveys/results/{w.yearly_survey.pk}/",
        YEARLY_SURVEY,
    ),
    "yearly: results_csv": (
        lambda w: f"/admin/feedback/surveys/results/{w.yearly_survey.pk}/csv/",
        YEARLY_SURVEY,
    ),
    "yearly: qr": (
        lambda w: f"/admin/feedback/surveys/results/{w.yearly_survey.pk}/qr.svg",
        YEARLY_SURVEY,
    ),
    "yearly: moderate": (
        lambda w: f"/admin/feedback/surveys/results/{w.yearly_survey.pk}/moderate/",
        YEARLY_POST,
    ),
    "yearly: publish": (
        lambda w: f"/admin/feedback/surveys/results/{w.yearly_survey.pk}/publish/",
        YEARLY_POST,
    ),
    # Unknown ids answer like a survey of another forum: nobody learns which ids exist.
    "unknown survey: results": (
        lambda w: "/admin/feedback/surveys/results/987654/",
        (302, 302, 403, 403, 403, 403, 403),
    ),
    "unknown survey: edit": (
        lambda w: "/admin/feedback/surveys/edit/987654/",
        (302, 302, 403, 403, 403, 403, 403),
    ),
    # Reports about barriers (portal/wagtail_hooks.py, Wagtail's own views): editors, who
    # answer them, and administrators. Other staff are sent away as Wagtail does.
    "accessibility feedback: list": (
        lambda w: "/admin/accessibility-feedback/",
        (302, 302, 302, 302, 200, 302, 200),
    ),
    "accessibility feedback: inspect": (
        lambda w: f"/admin/accessibility-feedback/inspect/{w.accessibility_feedback_id}/",
        (302, 302, 302, 302, 200, 302, 200),
    ),
}
# Free texts of a survey before moderation: only on its organisers' and administrators' pages.
FREE_TEXT_READERS = {"feedback_surveys:results": ORGANISER_AND_ADMIN}

# Wagtail pages (served by Wagtail's catch-all, not by a project URL pattern): one row per
# page type and routable sub-page, so they stay in the matrix too.
PAGES = {
    "home": (lambda w: "/de/", PUBLIC),
    "welcome index": (lambda w: "/de/ankommen/", PUBLIC),
    "welcome topic": (lambda w: "/ar/ankommen/anmeldung/", PUBLIC),
    "standard page": (lambda w: "/de/ueber/", PUBLIC),
    "event page": (lambda w: w.event.url, PUBLIC),
    "event calendar": (lambda w: w.event.get_parent().url, PUBLIC),
    "minutes archive": (lambda w: w.minutes.get_parent().url, PUBLIC),
    "minutes page": (lambda w: w.minutes.url, PUBLIC),
    # The legal and accessibility pages (portal/models_legal.py); English has none, so the
    # German one is served.
    "imprint": (lambda w: "/de/impressum/", PUBLIC),
    "imprint (German fallback)": (lambda w: "/en/impressum/", PUBLIC),
    "privacy notice": (lambda w: "/ar/datenschutz/", PUBLIC),
    "accessibility statement": (lambda w: "/de/barrierefreiheit/", PUBLIC),
    "accessibility statement, report sent": (lambda w: "/ar/barrierefreiheit/?sent=1", PUBLIC),
    "easy language": (lambda w: "/ar/leichte-sprache/", PUBLIC),
    "sign language": (lambda w: "/de/gebaerdensprache/", PUBLIC),
}


def project_patterns() -> set[str]:
    found = set()

    def walk(patterns, prefix="", namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
                walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                callback = pattern.callback
                module = getattr(getattr(callback, "view_class", callback), "__module__", "")
                if module.split(".")[0] in OUR_APPS:
                    found.add(
                        f"{namespace}{pattern.name}"
                        if pattern.name
                        else prefix + str(pattern.pattern)
                    )

    walk(get_resolver().url_patterns)
    # The OParl root is named "" in its namespace; both spellings mean the same row.
    return {"oparl:" if name in ("oparl:", "oparl/v1.1/") else name for name in found}


def test_every_url_pattern_is_in_the_table():
    missing = project_patterns() - set(TABLE)
    stale = set(TABLE) - project_patterns()
    assert not missing, f"URL patterns without a row in the access matrix: {sorted(missing)}"
    assert not stale, f"rows for URL patterns that no longer exist: {sorted(stale)}"


@pytest.fixture
def world(db):
    return build_world()


def client_for(role, world):
    from django.test import Client

    client = Client()
    if role != "anonymous":
        client.force_login(world.users[role])
    return client


def test_access_matrix(world):
    problems = []
    rows = [(name, build, expected, allowed) for name, (build, expected, allowed) in TABLE.items()]
    rows += [(name, build, expected, set()) for name, (build, expected) in EXTRA_ROWS.items()]
    rows += [(f"page: {name}", build, expected, set()) for name, (build, expected) in PAGES.items()]
    for role_index, role in enumerate(ROLES):
        client = client_for(role, world)
        for name, build, expected, allowed in rows:
            url = build(world)
            response = client.get(url)
            want = expected[role_index]
            if response.status_code != want:
                problems.append(
                    f"{role:16} {name:45} {url}: {response.status_code}, expected {want}"
                )
                continue
            if getattr(response, "streaming", False):
                continue
            body = response.content.decode("utf-8", "replace")
            if role not in allowed:
                leaked = [marker for marker in PERSONAL_MARKERS if marker in body]
                if leaked:
                    problems.append(f"{role:16} {name:45} {url}: shows personal data {leaked}")
            if role not in FREE_TEXT_READERS.get(name, set()) and SECRET_FREE_TEXT in body:
                problems.append(f"{role:16} {name:45} {url}: shows an unmoderated free text")
    assert not problems, "\n" + "\n".join(problems)


# --- feedback: what a POST may change, and what an export may show --------------------------
# The table above sends GETs. Here each survey action is actually performed: by roles that
# must be refused (the organiser of another forum first of all) nothing changes; by the
# forum's own organiser each one takes effect.

REFUSED_FOR_THE_SURVEY = ("other_organiser", "editor", "reviewer")


def _survey_actions(world) -> list[tuple[str, str, dict]]:
    from tests.feedback.factories import survey_form_data

    survey = world.survey
    results = f"/admin/feedback/surveys/results/{survey.pk}"
    answer = str(world.free_text_answer.pk)
    return [
        ("moderate: approve", f"{results}/moderate/", {"answer": answer, "status": "approved"}),
        ("moderate: reject", f"{results}/moderate/", {"answer": answer, "status": "hidden"}),
        ("publish", f"{results}/publish/", {}),
        ("unpublish", f"{results}/publish/", {"action": "unpublish"}),
        ("invitations", f"{results}/invite/", {}),
        (
            "edit",
            f"/admin/feedback/surveys/edit/{survey.pk}/",
            survey_form_data(survey, title_de="Übernommen"),
        ),
        ("delete", f"/admin/feedback/surveys/delete/{survey.pk}/", {}),
    ]


def _yearly_actions(world) -> list[tuple[str, str, dict]]:
    yearly = world.yearly_survey
    results = f"/admin/feedback/surveys/results/{yearly.pk}"
    return [
        ("yearly: publish", f"{results}/publish/", {}),
        ("yearly: edit", f"/admin/feedback/surveys/edit/{yearly.pk}/", {"title_de": "Übernommen"}),
        ("yearly: delete", f"/admin/feedback/surveys/delete/{yearly.pk}/", {}),
    ]


def _feedback_state(world, invitation_runs) -> dict:
    from feedback.models import Answer, Survey

    surveys = {
        pk: (title, published)
        for pk, title, published in Survey.objects.values_list(
            "pk", "title", "results_published_at"
        )
    }
    return {
        "surveys": surveys,
        "moderation": Answer.objects.filter(pk=world.free_text_answer.pk)
        .values_list("moderation", flat=True)
        .first(),
        "invitation runs": list(invitation_runs),
    }


@pytest.fixture
def invitation_runs(monkeypatch):
    """The invite button's task, recorded instead of run."""
    from feedback import services

    runs = []
    monkeypatch.setattr(
        services, "invitations_send", lambda *, survey=None, **kw: runs.append(survey.pk)
    )
    return runs


def test_feedback_actions_are_refused_to_organisers_of_other_forums(world, invitation_runs):
    before = _feedback_state(world, invitation_runs)
    problems = []
    attempts = [
        (role, *action) for role in REFUSED_FOR_THE_SURVEY for action in _survey_actions(world)
    ]
    # The yearly survey belongs to no forum: not even this forum's organiser manages it.
    attempts += [
        (role, *action)
        for role in ("other_organiser", "organiser", "reviewer")
        for action in _yearly_actions(world)
    ]
    for role, name, url, data in attempts:
        response = client_for(role, world).post(url, data)
        if response.status_code != 403:
            problems.append(f"{role:16} POST {name:20} {url}: {response.status_code}, expected 403")
        elif SECRET_FREE_TEXT in response.content.decode("utf-8", "replace"):
            problems.append(f"{role:16} POST {name:20} {url}: shows an unmoderated free text")
    for role in REFUSED_FOR_THE_SURVEY:
        for survey in (world.survey, world.yearly_survey):
            if role == "editor" and survey is world.yearly_survey:
                continue
            response = client_for(role, world).get(
                f"/admin/feedback/surveys/results/{survey.pk}/csv/"
            )
            if response.status_code != 403 or getattr(response, "streaming", False):
                problems.append(f"{role:16} CSV of survey {survey.pk}: {response.status_code}")
    assert not problems, "\n" + "\n".join(problems)
    assert _feedback_state(world, invitation_runs) == before  # nothing changed


def test_feedback_actions_work_for_the_forums_own_organiser(world, invitation_runs):
    from feedback.models import Answer, Survey

    client = client_for("organiser", world)
    csv = client.get(f"/admin/feedback/surveys/results/{world.survey.pk}/csv/")
    assert csv.status_code == 200
    assert SECRET_FREE_TEXT in b"".join(csv.streaming_content).decode("utf-8-sig")
    results = client.get(f"/admin/feedback/surveys/results/{world.survey.pk}/")
    assert SECRET_FREE_TEXT in results.content.decode()

    def effect(name):
        survey = Survey.objects.filter(pk=world.survey.pk).first()
        answer = Answer.objects.filter(pk=world.free_text_answer.pk).first()
        return {
            "moderate: approve": answer and answer.moderation == "approved",
            "moderate: reject": answer and answer.moderation == "hidden",
            "publish": survey and survey.is_published,
            "unpublish": survey and not survey.is_published,
            "invitations": invitation_runs == [world.survey.pk],
            "edit": survey and survey.title.get("de") == "Übernommen",
            "delete": survey is None,
        }[name]

    for name, url, data in _survey_actions(world):
        response = client.post(url, data)
        assert response.status_code == 302, (name, response.status_code)
        assert effect(name), name


def test_editors_run_the_yearly_survey(world):
    from feedback.models import Survey

    client = client_for("editor", world)
    yearly = world.yearly_survey
    results = f"/admin/feedback/surveys/results/{yearly.pk}"
    assert client.get(f"{results}/csv/").status_code == 200
    assert client.post(f"{results}/publish/").status_code == 302
    assert Survey.objects.get(pk=yearly.pk).is_published
    assert client.post(f"/admin/feedback/surveys/delete/{yearly.pk}/").status_code == 302
    assert not Survey.objects.filter(pk=yearly.pk).exists()


def test_the_survey_listing_shows_only_the_surveys_one_manages(world):
    edit_url = f"/admin/feedback/surveys/edit/{world.survey.pk}/"
    yearly_url = f"/admin/feedback/surveys/edit/{world.yearly_survey.pk}/"
    own = client_for("organiser", world).get("/admin/feedback/surveys/").content.decode()
    other = client_for("other_organiser", world).get("/admin/feedback/surveys/").content.decode()
    editor = client_for("editor", world).get("/admin/feedback/surveys/").content.decode()
    admin = client_for("admin", world).get("/admin/feedback/surveys/").content.decode()
    assert edit_url in own and yearly_url not in own
    assert edit_url not in other and yearly_url not in other
    assert edit_url not in editor and yearly_url in editor
    assert edit_url in admin and yearly_url in admin

"""Impressum, privacy notice, accessibility statement and entry pages (issue 14 point 4):
where they may be created, the footer and home-page links in every language, the storage
periods shown, and the barrier report form with its bad-input cases."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import RequestFactory, override_settings
from django.utils import timezone, translation

from core.models import OutgoingEmail
from portal.legal import legal_links
from portal.models import HomePage, StandardPage, WelcomeIndexPage, WelcomePage
from portal.models_legal import (
    LEGAL_PAGE_TYPES,
    AccessibilityFeedback,
    LegalSettings,
)
from portal.services import accessibility_feedback_purge
from tests.portal.legal_tree import FEEDBACK_ADDRESS, SLUGS, add_legal_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def legal(site_tree):
    return add_legal_pages(site_tree, languages=("de", "ar"))


def footer_links(html: str) -> dict[str, str]:
    footer = html[html.index('<footer class="site-footer"') :]
    return {
        kind: href for href, kind in re.findall(r'<a href="([^"]+)" data-legal="([a-z_]+)"', footer)
    }


# --- where the pages may stand --------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(LEGAL_PAGE_TYPES))
def test_legal_pages_only_directly_below_a_home_page_and_once(site_tree, kind):
    model = LEGAL_PAGE_TYPES[kind]
    home = site_tree["home"]["de"]
    assert model.can_create_at(home)
    for parent in (site_tree["about"], site_tree["welcome_index"]["de"], site_tree["topic"]["de"]):
        assert not model.can_create_at(parent), f"{kind} creatable below {type(parent).__name__}"
    assert model.allowed_subpage_models() == []
    add_legal_pages(site_tree, languages=("de",))
    home = HomePage.objects.get(pk=home.pk)
    assert not model.can_create_at(home), "a second one below the same home page"
    # The other page types stay where they were.
    assert StandardPage.can_create_at(home)
    assert not WelcomePage.can_create_at(home) and WelcomeIndexPage.can_create_at(home)


# --- footer and home page -------------------------------------------------------------------


def _urls(tree):
    from tests.forum.factories import make_event
    from tests.minutes.factories import make_archive, make_body, make_minutes

    home = tree["home"]["de"]
    event = make_event(parent=home, title="Sprachcafé")
    minutes = make_minutes(make_archive(tree, languages=("de", "ar"))["de"], body=make_body())
    return {
        "home": "/{lang}/",
        "topic": "/{lang}/ankommen/anmeldung/",
        "event": event.url.replace("/de/", "/{lang}/", 1),
        "minutes": minutes.url.replace("/de/", "/{lang}/", 1),
    }


def test_footer_links_every_legal_page_in_the_visitors_language_else_in_german(
    client, site_tree, legal
):
    urls = _urls(site_tree)
    for name, pattern in urls.items():
        for lang in ("de", "ar", "fa"):
            response = client.get(pattern.format(lang=lang))
            assert response.status_code == 200, (name, lang)
            html = response.content.decode()
            links = footer_links(html)
            # Arabic pages exist; Persian ones don't, so Persian links lead to German pages.
            target = "ar" if lang == "ar" else "de"
            assert links == {kind: f"/{target}/{slug}/" for kind, slug in SLUGS.items()}, (
                name,
                lang,
            )
            assert '<a href="/sitemap.xml">' in html
            footer = html[html.index('<footer class="site-footer"') :]
            if lang == "fa":
                assert footer.count('hreflang="de"') == len(SLUGS)  # says where it leads
            else:
                assert 'hreflang="de"' not in footer


def test_footer_labels_are_in_the_visitors_language(client, legal):
    german = client.get("/de/").content.decode()
    arabic = client.get("/ar/").content.decode()
    for label in ("Impressum", "Datenschutz", "Barrierefreiheit", "Leichte Sprache"):
        assert f">{label}</a>" in german
    assert ">Impressum</a>" not in arabic


def test_home_page_links_easy_and_sign_language_near_the_top(client, legal):
    html = client.get("/ar/").content.decode()
    main = html[html.index("<main") :]
    entry = main.index('class="entry-links"')
    assert entry < main.index("<h1")  # above the heading, not somewhere down the page
    block = main[entry : main.index("</nav>", entry)]
    assert 'href="/ar/leichte-sprache/"' in block and 'href="/ar/gebaerdensprache/"' in block


def test_no_footer_link_to_an_unpublished_page(client, legal):
    legal["imprint"]["ar"].unpublish()
    links = footer_links(client.get("/ar/").content.decode())
    assert links["imprint"] == "/de/impressum/"  # the German one stands in
    legal["imprint"]["de"].unpublish()
    assert "imprint" not in footer_links(client.get("/ar/").content.decode())


def test_legal_links_cost_one_query_then_none(legal, django_assert_num_queries):
    from wagtail.models import Site

    from core.i18n import restricted_paths

    factory = RequestFactory()
    for lang in ("de", "ar", "fa"):
        with translation.override(lang):
            request = factory.get(f"/{lang}/")
            # What every page has looked up already (the menu, Wagtail's routing).
            Site.find_for_request(request)
            Site.get_site_root_paths()
            restricted_paths(request)
            with django_assert_num_queries(1):  # all five kinds, this language and German
                first = legal_links(request)
            assert len(first) == len(SLUGS)
            with django_assert_num_queries(0):
                again = legal_links(factory.get(f"/{lang}/"))  # a new request: the cache
            assert again == first


def test_the_footer_adds_one_query_to_a_page_when_its_cache_is_cold(client, legal):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(url):
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    warm = {}
    for lang in ("de", "ar", "fa"):
        queries(f"/{lang}/")  # Wagtail's own caches
        warm[lang] = queries(f"/{lang}/")
        for key in [k for k in cache._cache if "legal-links" in k]:  # locmem in tests
            cache.delete(key.split(":", 2)[2])  # without the key prefix and version
        assert queries(f"/{lang}/") == warm[lang] + 1, lang  # the same one query in each


# --- storage periods ------------------------------------------------------------------------


def _privacy_page(tree, legal):
    page = legal["privacy"]["de"]
    page.body = [{"type": "retention", "value": None}]
    page.save_revision().publish()
    return page


@override_settings(
    STAFF_SESSION_SECONDS=2 * 3600,
    SESSION_COOKIE_AGE=3 * 86400,
    ACCESSIBILITY_FEEDBACK_RETENTION_DAYS=77,
    LOG_RETENTION_DAYS=9,
    BACKUP_RETENTION_DAYS=41,
    ACCESSIBILITY_FEEDBACK_RATE="5/2h",
)
def test_storage_periods_come_from_the_settings(client, site_tree, legal):
    from tests.forum.factories import make_forum

    _privacy_page(site_tree, legal)
    html = client.get("/de/datenschutz/").content.decode()
    table = html[html.index('class="retention-table"') :]
    for shown in ("2 Stunden", "3 Tage", "77 Tage", "9 Tage", "41 Tage", "30 Tage", "2 Stunden"):
        assert shown in table, shown
    assert "90 Tage nach der Veranstaltung" in table  # the forum's default
    assert "24 Stunden" in table
    # The forums that still hold data decide the range shown.
    make_forum(parent=site_tree["home"]["de"], retention_days=30)
    make_forum(parent=site_tree["home"]["de"])  # the default, 90
    html = client.get("/de/datenschutz/").content.decode()
    assert "zwischen 30 und 90 Tagen" in html


def test_storage_periods_follow_a_changed_setting(client, site_tree, legal):
    """Negative control: the figure is not written into a template."""
    _privacy_page(site_tree, legal)
    with override_settings(ACCESSIBILITY_FEEDBACK_RETENTION_DAYS=365):
        assert "365 Tage" in client.get("/de/datenschutz/").content.decode()
    with override_settings(ACCESSIBILITY_FEEDBACK_RETENTION_DAYS=12):
        html = client.get("/de/datenschutz/").content.decode()
    assert "12 Tage" in html and "365 Tage" not in html


# --- the barrier report form ----------------------------------------------------------------

GOOD = {
    "message": "Der Kalender lässt sich mit der Tastatur nicht bedienen.",
    "location": "Veranstaltungskalender",
    "name": "Kim Beispiel",
    "email": "kim@example.org",
}


def test_a_report_is_stored_and_mailed_to_the_editors(
    client, legal, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ar/barrierefreiheit/", GOOD)
    assert response.status_code == 303
    assert response["Location"] == "/ar/barrierefreiheit/?sent=1#feedback"
    feedback = AccessibilityFeedback.objects.get()
    assert (feedback.message, feedback.name, feedback.email, feedback.language) == (
        GOOD["message"],
        GOOD["name"],
        GOOD["email"],
        "ar",
    )
    assert feedback.page_id == legal["accessibility"]["ar"].pk
    email = OutgoingEmail.objects.get()
    assert email.to == FEEDBACK_ADDRESS
    assert email.reply_to == GOOD["email"]
    assert email.about == f"portal.accessibility_feedback:{feedback.pk}"
    assert GOOD["message"] in email.body_text and "Rückmeldung" in email.subject  # German
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [FEEDBACK_ADDRESS]
    thanks = client.get(response["Location"]).content.decode()
    assert 'class="legal__sent"' in thanks


def test_without_an_address_the_report_is_kept_but_not_mailed(client, legal):
    settings = LegalSettings.objects.get()
    settings.accessibility_feedback_email = ""
    settings.save()
    assert client.post("/de/barrierefreiheit/", GOOD).status_code == 303
    assert AccessibilityFeedback.objects.count() == 1
    assert not OutgoingEmail.objects.exists()


@pytest.mark.parametrize(
    "data, field",
    [
        ({**GOOD, "message": "   "}, "message"),
        ({**GOOD, "message": "\x00\x01"}, "message"),
        ({**GOOD, "email": "kein-at-zeichen"}, "email"),
        ({**GOOD, "message": "x" * 5001}, "message"),
    ],
)
def test_errors_answer_400_with_a_summary_and_keep_everything_typed(client, legal, data, field):
    response = client.post("/de/barrierefreiheit/", data)
    assert response.status_code == 400
    html = response.content.decode()
    summary = html.index('class="error-summary"')
    assert summary < html.index("<h1")  # at the top
    assert f'href="#id_{field}"' in html[summary:]
    for name in ("location", "name"):
        assert f'value="{data[name]}"' in html  # nothing typed is lost
    if field != "message":
        assert data["message"] in html
    assert 'aria-invalid="true"' in html
    assert not AccessibilityFeedback.objects.exists() and not OutgoingEmail.objects.exists()


def test_errors_are_explained_in_the_visitors_language(client, legal):
    html = client.post("/ar/barrierefreiheit/", {**GOOD, "message": ""}).content.decode()
    assert "Please describe the barrier" not in html
    with translation.override("ar"):
        from django.utils.translation import gettext

        assert gettext("Please describe the barrier.") in html


@override_settings(ACCESSIBILITY_FEEDBACK_RATE="2/10m")
def test_too_many_reports_answer_429_in_the_visitors_language_and_keep_the_text(client, legal):
    for _ in range(2):
        assert client.post("/ar/barrierefreiheit/", GOOD).status_code == 303
    third = {**GOOD, "message": "Dritte Meldung, bitte nicht verlieren"}
    response = client.post("/ar/barrierefreiheit/", third)
    assert response.status_code == 429
    html = response.content.decode()
    assert third["message"] in html and f'value="{GOOD["name"]}"' in html
    assert "several reports" not in html  # not the English source text
    assert 'class="error-summary"' in html
    assert AccessibilityFeedback.objects.count() == 2


def test_the_honeypot_looks_like_success_and_keeps_nothing(client, legal):
    response = client.post("/de/barrierefreiheit/", {**GOOD, "homepage": "http://spam.example"})
    assert response.status_code == 303
    assert response["Location"].endswith("?sent=1#feedback")
    assert not AccessibilityFeedback.objects.exists()
    assert not OutgoingEmail.objects.exists()
    # Control: the same report without the honeypot is kept.
    client.post("/de/barrierefreiheit/", GOOD)
    assert AccessibilityFeedback.objects.count() == 1


def test_the_form_works_without_javascript_and_hides_the_honeypot(client, legal):
    html = client.get("/de/barrierefreiheit/").content.decode()
    form = html[html.index('<form method="post" action="/de/barrierefreiheit/#feedback"') :]
    assert "csrfmiddlewaretoken" in form
    assert '<div class="legal-form__hp" aria-hidden="true">' in form
    assert 'tabindex="-1"' in form
    assert "<script" not in html


def test_old_reports_and_their_emails_are_purged(client, legal):
    client.post("/de/barrierefreiheit/", GOOD)
    old = AccessibilityFeedback.objects.get()
    AccessibilityFeedback.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=366)
    )
    client.post("/de/barrierefreiheit/", {**GOOD, "message": "Neu"})
    assert OutgoingEmail.objects.count() == 2
    assert accessibility_feedback_purge() == 1
    assert list(AccessibilityFeedback.objects.values_list("message", flat=True)) == ["Neu"]
    assert OutgoingEmail.objects.count() == 1


def test_every_new_page_renders_in_german_and_arabic(client, legal):
    for slug in SLUGS.values():
        for lang in ("de", "ar"):
            response = client.get(f"/{lang}/{slug}/")
            assert response.status_code == 200, (slug, lang)
            assert f'<html lang="{lang}"' in response.content.decode()


def test_the_demo_content_loads_in_every_language(site_tree):
    from tests.portal.legal_tree import add_demo_legal_pages

    add_demo_legal_pages(site_tree)
    for kind, model in LEGAL_PAGE_TYPES.items():
        languages = set(model.objects.live().values_list("locale__language_code", flat=True))
        assert languages == set(site_tree["locales"]), kind
    privacy = LEGAL_PAGE_TYPES["privacy"].objects.get(locale__language_code="de")
    assert "retention" in [block.block_type for block in privacy.body]
    assert LegalSettings.objects.get().accessibility_feedback_email

"""The legal and accessibility pages as a person sees them: every page in all nine languages at
360, 768 and 1366 px is no wider than the screen; axe finds nothing in German, Arabic and
Persian; the barrier report form keeps what was typed after an error, without JavaScript."""

import pytest
from django.conf import settings

from tests.portal.legal_tree import SLUGS, add_demo_legal_pages
from tests.portal_tree import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
WIDTHS = (360, 768, 1366)


@pytest.fixture
def tree(transactional_db):
    tree = build_site_tree(languages=tuple(LANGUAGES))
    add_demo_legal_pages(tree)  # the real demo texts: long words, addresses, tables
    return tree


def overflow(tab) -> dict:
    """How far the document is wider than the viewport, and the elements of this branch's
    parts (main content and footer) that stick out of it. Deliberately off-screen helpers
    (skip link, visually hidden labels, the honeypot) are left out."""
    return tab.evaluate(
        """() => {
            const root = document.documentElement;
            const hidden = '.skip-link, .visually-hidden, .legal-form__hp';
            const wide = [...document.querySelectorAll('main, main *, footer, footer *')]
                .filter(el => !el.closest(hidden))
                .filter(el => {
                    const box = el.getBoundingClientRect();
                    return box.width > 0 && (box.right > root.clientWidth + 0.5 || box.left < -0.5);
                })
                .slice(0, 5)
                .map(el => `${el.tagName}.${el.className} ${el.getBoundingClientRect().width}`);
            return {scroll: root.scrollWidth, client: root.clientWidth, wide};
        }"""
    )


def test_every_legal_page_fits_every_screen_in_every_language(chromium, live_server, tree):
    """Nothing in the pages' content or the footer is wider than the screen, and the document
    is not (scrollWidth <= clientWidth)."""
    content, document = [], []
    for width in WIDTHS:
        context = chromium.new_context(viewport={"width": width, "height": 800})
        tab = context.new_page()
        for lang in LANGUAGES:
            for slug in SLUGS.values():
                response = tab.goto(f"{live_server.url}/{lang}/{slug}/")
                assert response.status == 200, (lang, slug)
                seen = overflow(tab)
                if seen["wide"]:
                    content.append(f"{width}px {lang} {slug}: {seen}")
                elif seen["scroll"] > seen["client"]:
                    document.append(f"{width}px {lang} {slug}: {seen}")
        context.close()
    assert not content, "\n".join(content)
    assert not document, "the page is wider than the screen:\n" + "\n".join(document)


@pytest.mark.parametrize("lang", ["de", "ar", "fa"])
def test_legal_pages_pass_axe(page, live_server, tree, axe_check, lang):
    for slug in SLUGS.values():
        page.goto(f"{live_server.url}/{lang}/{slug}/")
        axe_check(page, f"{slug} {lang}")


def test_the_report_form_keeps_what_was_typed_without_javascript(chromium, live_server, tree):
    context = chromium.new_context(
        viewport={"width": 360, "height": 800}, java_script_enabled=False
    )
    tab = context.new_page()
    tab.goto(f"{live_server.url}/ar/barrierefreiheit/")
    tab.fill("#id_location", "التقويم")
    tab.fill("#id_email", "ليس-بريداً")
    tab.click("form.legal-form button[type=submit]")
    summary = tab.locator(".error-summary")
    assert summary.is_visible()
    assert tab.input_value("#id_location") == "التقويم"
    assert tab.input_value("#id_email") == "ليس-بريداً"
    assert tab.locator("#id_message").get_attribute("aria-invalid") == "true"
    seen = overflow(tab)
    assert seen["scroll"] <= seen["client"], seen
    context.close()


def test_home_page_shows_easy_and_sign_language_above_the_fold(chromium, live_server, tree):
    for lang in ("de", "ar"):
        context = chromium.new_context(viewport={"width": 360, "height": 740})
        tab = context.new_page()
        tab.goto(f"{live_server.url}/{lang}/")
        for kind in ("easy_language", "sign_language"):
            link = tab.locator(f'.entry-links a[data-legal="{kind}"]')
            box = link.bounding_box()
            assert box is not None and box["y"] + box["height"] <= 740, (lang, kind, box)
        footer = tab.locator(".site-footer a[data-legal]")
        assert footer.count() == len(SLUGS)
        context.close()

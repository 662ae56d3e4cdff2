"""The editors' and reviewers' screens at 1024 and 1366 px, as test_organiser_screens.py checks
the organisers': the page editor of minutes (with its review footer), the minutes listing, the
translation status, the reports about barriers, the outbox, the statistics in the admin and the
admin home. Each shows a visible title, sibling blocks never overlap, nothing is wider than the
screen, and no request leaves the site (Gravatar used to; avatars are initials now)."""

import pytest

from core.roles import EDITORS
from tests.browser.test_organiser_screens import LAYOUT_PROBLEMS, WIDTHS, staff_tab
from tests.minutes.factories import make_archive, make_body, make_minutes, make_user
from tests.portal_tree import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def setup(transactional_db):
    tree = build_site_tree()
    archive = make_archive(tree, languages=("de",))
    minutes = make_minutes(archive["de"], body=make_body())
    return {
        "minutes": minutes,
        "archive": archive["de"],
        "editor": make_user("redaktion@example.org", EDITORS),
        "admin": make_user("admin@example.org", is_superuser=True, is_staff=True),
    }


# Wagtail's own editor and listing keep their side panels beside the content, off the screen
# until opened (overflow hidden by Wagtail): only the document's width is checked there. Our
# screens are also checked block by block.
WAGTAILS_OWN: list[str] = []
OURS = ["main", "#main"]


def screens(setup) -> dict[str, tuple[str, str, list[str]]]:
    """name: (path, who looks at it, containers whose blocks must fit)."""
    return {
        "minutes editor": (f"/admin/pages/{setup['minutes'].pk}/edit/", "editor", WAGTAILS_OWN),
        "minutes listing": (f"/admin/pages/{setup['archive'].pk}/", "editor", WAGTAILS_OWN),
        "translation status": ("/admin/translation-status/", "editor", OURS),
        "barrier reports": ("/admin/accessibility-feedback/", "editor", OURS),
        "outbox": ("/admin/outbox/", "admin", OURS),
        "admin home": ("/admin/", "editor", OURS),
    }


@pytest.mark.parametrize("width", WIDTHS)
def test_editor_screens_fit_and_show_their_title(chromium, live_server, setup, width):
    problems, outside_requests = [], []
    tabs = {}
    try:
        for name, (path, who, containers) in screens(setup).items():
            if who not in tabs:
                tabs[who] = staff_tab(chromium, live_server, setup[who], width)
            _context, tab, outside = tabs[who]
            response = tab.goto(live_server.url + path)
            assert response.status == 200, (name, response.status)
            for problem in tab.evaluate(LAYOUT_PROBLEMS, containers):
                problems.append(f"{name} at {width}px: {problem}")
            assert tab.locator("h1:visible, h2:visible").first.is_visible(), name
            blocked = tab.evaluate("window.__blocked")
            assert not blocked, (name, blocked)
            outside_requests.extend(outside)
    finally:
        for context, _tab, _outside in tabs.values():
            context.close()
    assert not problems, "\n".join(problems)
    assert not outside_requests, outside_requests

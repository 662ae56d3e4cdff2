"""The organiser's screens at 1024 and 1366 px: the dashboard, the check-in desk, the
registration form, the audit log and the admin home with "My forums". Each shows its visible
title (the forum's name), sibling blocks never overlap and nothing overflows. And no admin page
makes a third-party request (Gravatar used to): requests and CSP-blocked attempts are recorded,
with a negative control that the recorder catches one."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from forum import services
from tests.forum.factories import make_event, make_forum, make_user
from tests.portal_tree import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path("/tmp/desk-shots")
WIDTHS = (1024, 1366)
FORUM_TITLE = "Bürgerforum Zusammenleben im Quartier Hochfeld"

# Records every request leaving the live server's origin and every attempt the CSP blocked.
RECORDER = """
window.__blocked = [];
document.addEventListener('securitypolicyviolation', e => window.__blocked.push(e.blockedURI));
"""

# Pairs of sibling blocks (children of the containers) whose boxes intersect, and elements
# wider than their own box (overflow), as readable strings.
LAYOUT_PROBLEMS = """
(containers) => {
  const problems = [];
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
  for (const selector of containers) {
    for (const box of document.querySelectorAll(selector)) {
      const kids = [...box.children].filter(k => {
        const r = k.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(k).position !== 'absolute';
      });
      for (let i = 0; i < kids.length; i++) {
        const a = kids[i].getBoundingClientRect();
        for (let j = i + 1; j < kids.length; j++) {
          const b = kids[j].getBoundingClientRect();
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 1 && y > 1)
            problems.push(`${selector}: ${name(kids[i])} overlaps ${name(kids[j])}`);
        }
        if (kids[i].scrollWidth > kids[i].clientWidth + 1 && kids[i].clientWidth > 0)
          problems.push(`${selector}: ${name(kids[i])} overflows ` +
                        `(${kids[i].scrollWidth} > ${kids[i].clientWidth})`);
      }
    }
  }
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1)
    problems.push(`page overflows: ${root.scrollWidth} > ${root.clientWidth}`);
  return problems;
}
"""


@pytest.fixture
def setup(transactional_db):
    tree = build_site_tree()
    organiser = make_user("orga", organiser=True, first_name="Oskar", last_name="Organiser")
    event = make_event(
        parent=tree["home"]["de"], title=FORUM_TITLE, start=timezone.now() + timedelta(hours=1)
    )
    forum = make_forum(
        capacity=30,
        event=event,
        organisers=[organiser],
        themes=(
            "Arbeit, Ausbildung und Anerkennung ausländischer Berufsabschlüsse",
            "Sprache, Bildung und Mehrsprachigkeit in Kita und Schule",
            "Wohnen und Nachbarschaft",
        ),
    )
    themes = list(forum.themes.all())
    for i, (name, language) in enumerate(
        [("Olena Kovalenko", "uk"), ("Samir Aziz", "ar"), ("Zeynep Yılmaz", "tr")]
    ):
        person = services.registration_create(
            forum=forum,
            name=name,
            email=f"p{i}@example.org",
            language=language,
            wishes=themes[i:] + themes[:i],
            needs=services.Needs(
                interpretation_language=language, childcare=i == 0, children=1 if i == 0 else 0
            ),
        )
        if i == 1:
            services.registration_check_in(registration=person, by=organiser)
    return {"forum": forum, "organiser": organiser}


def staff_tab(chromium, live_server, user, width):
    client = Client()
    client.force_login(user)
    context = chromium.new_context(viewport={"width": width, "height": 1300}, locale="de-DE")
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    context.add_init_script(RECORDER)
    tab = context.new_page()
    tab.set_default_timeout(15000)
    outside = []
    tab.on(
        "request",
        lambda request: (
            outside.append(request.url)
            if not request.url.startswith((live_server.url, "data:", "blob:"))
            else None
        ),
    )
    return context, tab, outside


SCREENS = {
    # name: (path, containers whose children must not overlap, visible title contains)
    "dashboard": (
        "/admin/forum/{pk}/",
        [".forum-dashboard", ".forum-dashboard__columns", ".forum-dashboard__stats"],
        FORUM_TITLE,
    ),
    "add": ("/admin/forum/{pk}/add/", [".nice-padding"], FORUM_TITLE),
    "audit": ("/admin/forum/{pk}/audit/", [".nice-padding"], FORUM_TITLE),
    "outbox": ("/admin/forum/{pk}/outbox/", [".nice-padding", ".forum-outbox"], FORUM_TITLE),
    "message": ("/admin/forum/{pk}/message/", [".nice-padding"], FORUM_TITLE),
    "desk": ("/de/forum/{pk}/check-in/?q=a", [".forum-checkin", "main"], FORUM_TITLE),
    "home": ("/admin/", ["[data-my-forums]", "main .nice-padding"], ""),
}


@pytest.mark.parametrize("width", WIDTHS)
def test_organiser_screens_fit_and_show_their_title(chromium, live_server, setup, width):
    SHOTS.mkdir(exist_ok=True)
    forum = setup["forum"]
    context, tab, outside = staff_tab(chromium, live_server, setup["organiser"], width)
    problems = []
    for name, (path, containers, title) in SCREENS.items():
        tab.goto(live_server.url + path.format(pk=forum.pk))
        tab.screenshot(path=str(SHOTS / f"{name}-{width}-de.png"), full_page=True)
        for problem in tab.evaluate(LAYOUT_PROBLEMS, containers):
            problems.append(f"{name} at {width}px: {problem}")
        heading = tab.locator("h1:visible").first
        assert heading.is_visible(), name
        if title:
            # The forum's name in the heading or the line right above or below it.
            near = heading.evaluate(
                "h => [h.previousElementSibling, h, h.nextElementSibling]"
                ".map(e => e ? e.innerText : '').join(' ')"
            )
            assert title in near, (name, near)
        blocked = tab.evaluate("window.__blocked")
        assert not blocked, (name, blocked)
    tab.goto(live_server.url + f"/admin/forum/{forum.pk}/")
    assert tab.locator("[data-title]").inner_text() == FORUM_TITLE
    needs = tab.locator("[data-need^=interpretation-]").all_inner_texts()
    assert any("Ukrainisch" in text for text in needs), needs  # the reader's language
    assert "1 Kind" in tab.locator(".forum-dashboard__people").inner_text()
    assert tab.locator("[data-order]").inner_text().startswith("Sortiert")
    assert not problems, "\n".join(problems)
    assert not outside, outside
    context.close()


def test_the_request_recorder_catches_a_third_party_request(chromium, live_server, setup):
    """Negative control: an image from another origin on an admin page is caught, whether the
    browser sends it or the CSP stops it."""
    context, tab, outside = staff_tab(chromium, live_server, setup["organiser"], 1366)
    tab.goto(live_server.url + "/admin/")
    tab.evaluate(
        """() => new Promise(done => {
            const img = new Image();
            img.onload = img.onerror = () => setTimeout(done, 200);
            img.src = 'https://www.gravatar.com/avatar/0?s=50';
            document.body.append(img);
        })"""
    )
    blocked = tab.evaluate("window.__blocked")
    assert outside or blocked, "the recorder missed a third-party image"
    context.close()


def test_arabic_desk_at_360(chromium, live_server, setup):
    """The desk on a phone, in Arabic: a screenshot to look at, and no overflow."""
    forum = setup["forum"]
    client = Client()
    client.force_login(setup["organiser"])
    context = chromium.new_context(viewport={"width": 360, "height": 800}, locale="ar")
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    tab = context.new_page()
    tab.goto(live_server.url + f"/ar/forum/{forum.pk}/check-in/?q=a")
    tab.screenshot(path=str(SHOTS / "desk-360-ar.png"), full_page=True)
    assert tab.locator("button", has_text="التراجع عن تسجيل الحضور").count() == 1
    assert not tab.evaluate(LAYOUT_PROBLEMS, [".forum-checkin"])
    context.close()

"""Screens that fit (issue #15.1) for the statistics and seating screens: at 1024 and 1366 px
the public statistics page, the organiser's feedback results and the seating planner have
a visible title, no horizontal overflow, and no sibling blocks drawn over each other."""

import pytest

from seating import services
from tests.browser.test_seating_plan import log_in
from tests.feedback.factories import add_answers, make_event, make_survey
from tests.forum.factories import make_forum, people
from tests.portal_tree import build_site_tree
from tests.seating.factories import add_guests, make_plan_forum, make_user

pytestmark = pytest.mark.django_db(transaction=True)

# Sibling elements (same parent, in the normal flow, visible) whose boxes intersect.
OVERLAPS = """
() => {
  const found = [];
  const flow = el => {
    const s = getComputedStyle(el);
    return s.display !== 'none' && s.visibility !== 'hidden' && s.position !== 'absolute'
      && s.position !== 'fixed' && !el.classList.contains('visually-hidden')
      && !el.classList.contains('w-sr-only');
  };
  for (const parent of document.querySelectorAll('main, main *')) {
    if (parent.closest('svg')) continue;  // a chart's bars lie on its grid by design
    const kids = [...parent.children].filter(flow).map(el => [el, el.getBoundingClientRect()])
      .filter(([el, r]) => r.width > 1 && r.height > 1);
    for (let i = 0; i < kids.length; i++) for (let j = i + 1; j < kids.length; j++) {
      const [a, ra] = kids[i], [b, rb] = kids[j];
      const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      if (w > 2 && h > 2) found.push(`${a.tagName}.${a.className} / ${b.tagName}.${b.className}`);
    }
  }
  return found.slice(0, 5);
}
"""


@pytest.fixture
def screens(transactional_db):
    tree = build_site_tree()
    organiser = make_user("orga-layout", organiser=True, first_name="Olga")
    past = make_event(tree["home"]["de"], title="Bürgerforum Wohnen im Quartier Nord")
    forum = make_forum(event=past, capacity=40)
    forum.organisers.add(organiser)
    people(forum, 12, language="ar")
    people(forum, 9, language="uk", start=20)
    survey = make_survey(past)
    add_answers(survey, 7, texts=["Gut organisiert."])
    plan_forum = make_plan_forum(tables=6, seats=6, rounds=3, organisers=[organiser])
    add_guests(plan_forum, 24)
    services.plan_create(forum=plan_forum, seed=1, time_limit=5.0, iterations=20_000)
    return {
        "organiser": organiser,
        "pages": {
            "statistics": "/de/statistik/",
            "feedback results": f"/admin/feedback/surveys/results/{survey.pk}/",
            "seating plan": f"/admin/seating/{plan_forum.pk}/",
            "seating people": f"/admin/seating/{plan_forum.pk}/people/",
        },
    }


@pytest.mark.parametrize("width", [1024, 1366])
def test_screens_fit(page, live_server, screens, width):
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, live_server, screens["organiser"])
    problems = {}
    for name, path in screens["pages"].items():
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, (name, response.status)
        title = page.locator("h1").first
        assert title.is_visible() and title.inner_text().strip(), name
        scroll, client = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        overlaps = page.evaluate(OVERLAPS)
        if scroll > client or overlaps:
            problems[name] = {"scroll width": scroll, "client width": client, "overlaps": overlaps}
        page.screenshot(
            path=f"/tmp/numbers-shots/{name.replace(' ', '-')}-{width}.png", full_page=True
        )
    assert not problems, problems


def test_arabic_phone_screenshots(page, live_server, screens):
    """Not an assertion of layout: the screenshots to look at (360 px, Arabic)."""
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{live_server.url}/ar/statistik/")
    scroll, client = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    page.screenshot(path="/tmp/numbers-shots/statistics-ar-360.png", full_page=True)
    assert scroll <= client

"""The legal and accessibility pages on top of tests/portal_tree.py's tree.

`add_legal_pages(tree)`: small pages in German and Arabic (and no other language, so every
other language shows the German fallback). `add_demo_legal_pages(tree)`: the real demo
content (portal/demo/legal.yaml) in every language of the tree, for layout checks."""

from datetime import date

from wagtail.models import Site

from portal.demo import _legal_pages, legal_data
from portal.models_legal import LEGAL_PAGE_TYPES, AccessibilityPage, LegalSettings

SLUGS = {
    "imprint": "impressum",
    "privacy": "datenschutz",
    "accessibility": "barrierefreiheit",
    "easy_language": "leichte-sprache",
    "sign_language": "gebaerdensprache",
}
FEEDBACK_ADDRESS = "barrieren@example.org"


def _translate(page, locale, **fields):
    copy = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return type(copy).objects.get(pk=copy.pk)


def add_legal_pages(tree: dict, languages=("de", "ar")) -> dict:
    """{kind: {language: page}}; the Site's feedback address is FEEDBACK_ADDRESS."""
    home = tree["home"]["de"]
    pages = {}
    for kind, model in LEGAL_PAGE_TYPES.items():
        extra = {}
        if model is AccessibilityPage:
            extra = {"statement_date": date(2026, 6, 1), "reviewed_on": date(2026, 11, 10)}
        page = home.add_child(
            instance=model(title=f"{kind} de", slug=SLUGS[kind], intro="Einleitung", **extra)
        )
        page.save_revision().publish()
        pages[kind] = {"de": type(page).objects.get(pk=page.pk)}
        for code in languages:
            if code != "de":
                pages[kind][code] = _translate(page, tree["locales"][code], title=f"{kind} {code}")
    settings = LegalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.accessibility_feedback_email = FEEDBACK_ADDRESS
    settings.save()
    return pages


def add_demo_legal_pages(tree: dict) -> None:
    _legal_pages(tree["home"]["de"], tree["locales"], legal_data(), None)

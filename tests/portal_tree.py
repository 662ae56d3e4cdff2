"""A small page tree for tests: German home with translations, a welcome section, topics.

Other apps' tests build on it (`build_site_tree()["home"]["de"]` is the German home page)."""

from wagtail.models import Locale, Page, Site

from portal.models import HomePage, StandardPage, WelcomeIndexPage, WelcomePage

TEST_LANGUAGES = ("de", "en", "ar", "uk", "fa", "tr")


def _translate(page, locale, **fields):
    copy = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return type(copy).objects.get(pk=copy.pk)  # the in-memory copy still says live=False


def build_site_tree(languages=TEST_LANGUAGES) -> dict:
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in languages}
    # Transactional tests flush the tables that Wagtail's migrations filled: rebuild them.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales["de"])
    )
    home = root.add_child(instance=HomePage(title="Willkommen", slug="teilhabe", intro="Start"))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    placeholder = site.root_page
    site.root_page = home
    site.save()
    if placeholder.pk != home.pk:
        placeholder.delete()

    homes = {"de": home}
    for code in languages[1:]:
        homes[code] = _translate(home, locales[code], title=f"Home {code}")
    index = home.add_child(
        instance=WelcomeIndexPage(title="Ankommen", slug="ankommen", show_in_menus=True)
    )
    indexes = {"de": index}
    for code in languages[1:]:
        indexes[code] = _translate(index, locales[code], title=f"Arrive {code}")
    body = [
        {"type": "heading", "value": "Termin"},
        {"type": "paragraph", "value": "<p>Melden Sie sich im Bürgerbüro an.</p>"},
        {
            "type": "contact",
            "value": {
                "name": "Bürgerbüro",
                "address": "Rathausplatz 1",
                "opening_hours": "Mo-Fr 8-12",
                "phone": "+49 2999 1",
                "email": "bb@example.org",
                "languages": ["de", "ar"],
            },
        },
    ]
    topic = index.add_child(
        instance=WelcomePage(
            title="Anmeldung", slug="anmeldung", summary="Anmeldung im Bürgerbüro", body=body
        )
    )
    topics = {"de": topic}
    # Ukrainian deliberately missing: the fallback case.
    for code in [c for c in languages[1:] if c != "uk"]:
        topics[code] = _translate(topic, locales[code], title=f"Registration {code}")
    about = home.add_child(instance=StandardPage(title="Über uns", slug="ueber", intro="Intro"))
    return {
        "locales": locales,
        "home": homes,
        "welcome_index": indexes,
        "topic": topics,
        "about": about,
        "site": site,
    }

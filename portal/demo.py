"""Demo content of the portal: locales, the home page, six welcome topics and an about page
in all nine languages, plus demo staff accounts."""

import json
from typing import TextIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Site

from core.progress import progress
from core.roles import EDITORS, ORGANISERS, REVIEWERS, ensure_roles
from portal.demo_data import welcome as data
from portal.models import HomePage, StandardPage, WelcomeIndexPage, WelcomePage

DEMO_PASSWORD = "teilhabe-demo"  # noqa: S105 - printed and usable only with development settings
DEMO_ACCOUNTS = [
    ("admin@example.org", "Ada", "Admin", None, True),
    ("redaktion@example.org", "Erika", "Editor", EDITORS, False),
    ("pruefung@example.org", "Rita", "Reviewer", REVIEWERS, False),
    ("orga@example.org", "Oskar", "Organiser", ORGANISERS, False),
    ("buerger@example.org", "Bea", "Bürgerin", None, False),
]


def load(*, out: TextIO) -> None:
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }
    home = _home_page(locales)
    welcome_index = _publish_translated(
        parent=home,
        model=WelcomeIndexPage,
        slug="ankommen",
        texts={
            code: {"title": t["title"], "intro": t["intro"]}
            for code, t in data.WELCOME_INDEX.items()
        },
        locales=locales,
        show_in_menus=True,
    )
    topics = list(enumerate(data.TOPICS))
    for _index, topic in progress(
        topics, total=len(topics), label="welcome topics", out=out, every=1
    ):
        _publish_translated(
            parent=welcome_index,
            model=WelcomePage,
            slug=topic["slug"],
            texts={code: _topic_fields(topic, code) for code in data.LANGUAGES},
            locales=locales,
        )
    _publish_translated(
        parent=home,
        model=StandardPage,
        slug="ueber-das-integrationskonzept",
        texts={
            code: {
                "title": t["title"],
                "body": json.dumps([{"type": "paragraph", "value": t["body"]}]),
            }
            for code, t in data.ABOUT.items()
        },
        locales=locales,
        show_in_menus=True,
    )
    _demo_accounts(out)


def _home_page(locales: dict[str, Locale]) -> HomePage:
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(locale=locales["de"], depth=2).first()
    if home is None:
        home = root.add_child(
            instance=HomePage(slug="teilhabe", locale=locales["de"], **data.HOME["de"])
        )
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    if site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Teilhabe Ruhrbrück"
        site.save()
        if not isinstance(old_root.specific, HomePage):
            old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" placeholder
    _publish_translated(
        parent=None,
        model=HomePage,
        slug="teilhabe",
        texts={code: dict(t) for code, t in data.HOME.items()},
        locales=locales,
        source=home,
    )
    return home


def _topic_fields(topic: dict, code: str) -> dict:
    translation = topic["translations"][code]
    body = [{"type": block_type, "value": value} for block_type, value in translation["body"]]
    for contact in topic["contacts"]:
        body.append(
            {
                "type": "contact",
                "value": {
                    "name": contact["name"][code],
                    "address": contact["address"],
                    "opening_hours": contact["opening_hours"][code],
                    "phone": contact["phone"],
                    "email": contact["email"],
                    "languages": contact["languages"],
                },
            }
        )
    for link in topic["links"]:
        body.append({"type": "link", "value": {"title": link["title"][code], "url": link["url"]}})
    return {
        "title": translation["title"],
        "summary": translation["summary"],
        "body": json.dumps(body),
    }


def _publish_translated(
    *, parent, model, slug: str, texts: dict[str, dict], locales, show_in_menus=False, source=None
):
    """Create the German page and its translations where missing, and publish them.

    Pages that exist already are left alone, so re-running never overwrites an editor's work."""
    if source is None:
        source = model.objects.child_of(parent).filter(slug=slug).first()
        if source is None:
            source = parent.add_child(
                instance=model(
                    slug=slug, locale=locales["de"], show_in_menus=show_in_menus, **texts["de"]
                )
            )
            source.save_revision().publish()
    for code, locale in locales.items():
        if code == "de" or source.get_translation_or_none(locale) is not None:
            continue
        page = source.copy_for_translation(locale).specific
        for field, value in texts[code].items():
            setattr(page, field, value)
        page.show_in_menus = show_in_menus
        page.save_revision().publish()
    return source


def _demo_accounts(out: TextIO) -> None:
    from allauth.account.models import EmailAddress

    ensure_roles()
    user_model = get_user_model()
    show = getattr(settings, "DEMO_PRINT_CREDENTIALS", False)
    for email, first, last, group_name, superuser in DEMO_ACCOUNTS:
        user, created = user_model.objects.get_or_create(
            username=email.split("@")[0],
            defaults={"email": email, "first_name": first, "last_name": last},
        )
        if created:
            if show:
                user.set_password(DEMO_PASSWORD)
            else:
                user.set_unusable_password()  # set one with `manage.py changepassword`
        user.is_staff = superuser  # Wagtail access comes from the group, not from is_staff
        user.is_superuser = superuser
        user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
    if show:
        out.write("  Demo accounts (development only), password for all: " + DEMO_PASSWORD + "\n")
        for email, _first, _last, group_name, superuser in DEMO_ACCOUNTS:
            role = "administrator" if superuser else (group_name or "citizen")
            out.write(f"    {email:28} {role}\n")

"""Demo content of the portal, read from portal/demo/welcome.yaml, portal/demo/legal.yaml and
portal/demo/site.yaml: locales, the home page, six welcome topics, an about page and the legal
and accessibility pages in all nine languages, plus demo staff accounts."""

import json
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from core.demo_data import DemoDataError, check_translations, read_demo_file
from core.progress import OnProgress, tracked
from core.roles import EDITORS, ORGANISERS, REVIEWERS, ensure_roles
from portal.models import HomePage, SiteIdentity, StandardPage, WelcomeIndexPage, WelcomePage
from portal.models_legal import LEGAL_PAGE_TYPES, LegalSettings
from portal.site_address import sync_default_site

DEMO_PASSWORD = "teilhabe-demo"  # noqa: S105 - printed and usable only with development settings
ROLES = {"editors": EDITORS, "reviewers": REVIEWERS, "organisers": ORGANISERS, None: None}


def welcome_data() -> dict:
    data = read_demo_file("portal", "welcome")
    check_translations(data, source="portal/demo/welcome.yaml")
    return data


def legal_data() -> dict:
    data = read_demo_file("portal", "legal")
    check_translations(data, source="portal/demo/legal.yaml")
    kinds = [page["kind"] for page in data["pages"]]
    unknown = sorted(set(kinds) - set(LEGAL_PAGE_TYPES))
    if unknown:
        raise DemoDataError(
            f"portal/demo/legal.yaml: unknown kind {', '.join(unknown)} "
            f"(use one of {', '.join(LEGAL_PAGE_TYPES)})"
        )
    return data


def site_data() -> dict:
    data = read_demo_file("portal", "site")
    for account in data["accounts"]:
        if account.get("role") not in ROLES:
            raise DemoDataError(
                f"portal/demo/site.yaml: {account['email']}: unknown role {account['role']!r} "
                f"(use one of {', '.join(r for r in ROLES if r)}, or leave it empty)"
            )
    return data


def load(*, on_progress: OnProgress | None = None) -> list[str]:
    data, site = welcome_data(), site_data()
    languages = [code for code, _ in settings.LANGUAGES]
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in languages}
    home = _home_page(locales, data["home"], site["site_name"])
    _identity(site["identity"])
    section = data["welcome_index"]
    welcome_index = _publish_translated(
        parent=home,
        model=WelcomeIndexPage,
        slug=section["slug"],
        texts={
            code: {"title": section["title"][code], "intro": section["intro"][code]}
            for code in languages
        },
        locales=locales,
        show_in_menus=True,
    )
    topics = data["topics"]
    for topic in tracked(
        topics, total=len(topics), label="welcome topics", on_progress=on_progress, every=1
    ):
        _publish_translated(
            parent=welcome_index,
            model=WelcomePage,
            slug=topic["slug"],
            texts={code: _topic_fields(topic, code) for code in languages},
            locales=locales,
        )
    about = data["about"]
    _publish_translated(
        parent=home,
        model=StandardPage,
        slug=about["slug"],
        texts={
            code: {"title": about["title"][code], "body": json.dumps(_blocks(about["body"], code))}
            for code in languages
        },
        locales=locales,
        show_in_menus=True,
    )
    notes = _legal_pages(home, locales, legal_data(), on_progress)
    return notes + _demo_accounts(site["accounts"])


def _localized(value, code: str):
    """`value` in one language: every mapping keyed by language codes becomes its text in
    `code`; anything else (addresses, e-mail addresses, lists of languages) stays as it is."""
    if isinstance(value, dict):
        if "de" in value and set(value) <= set(dict(settings.LANGUAGES)):
            return value[code]
        return {key: _localized(item, code) for key, item in value.items()}
    if isinstance(value, list):
        return [_localized(item, code) for item in value]
    return value


def _legal_pages(
    home: HomePage, locales: dict[str, Locale], data: dict, on_progress: OnProgress | None
) -> list[str]:
    """Impressum, privacy notice, accessibility statement and the entry pages in easy and sign
    language below the home page, and the address that reports about barriers go to."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        legal = LegalSettings.for_site(site)
        if not legal.accessibility_feedback_email:
            legal.accessibility_feedback_email = data["settings"]["accessibility_feedback_email"]
            legal.save()
    today = timezone.localdate()
    pages = data["pages"]
    for spec in tracked(
        pages, total=len(pages), label="legal pages", on_progress=on_progress, every=1
    ):
        fixed = {}
        if spec["kind"] == "accessibility":
            fixed = {
                "conformance": spec["conformance"],
                "statement_date": today - timedelta(days=spec["statement_days_ago"]),
                "reviewed_on": today - timedelta(days=spec["reviewed_days_ago"]),
            }
        texts = {}
        for code in locales:
            texts[code] = {
                **fixed,
                "title": spec["title"][code],
                "intro": spec["intro"][code],
                "body": json.dumps(
                    [
                        {"type": block["type"], "value": _localized(block.get("value"), code)}
                        for block in spec["body"]
                    ]
                ),
            }
            if "method" in spec:
                texts[code]["method"] = spec["method"][code]
        _publish_translated(
            parent=home,
            model=LEGAL_PAGE_TYPES[spec["kind"]],
            slug=spec["slug"],
            texts=texts,
            locales=locales,
        )
    return [f"{len(pages)} legal and accessibility pages in {len(locales)} languages"]


def _blocks(blocks: list[dict], code: str) -> list[dict]:
    """StreamField blocks in one language: `value` holds the text per language."""
    return [{"type": block["type"], "value": block["value"][code]} for block in blocks]


def _identity(values: dict) -> None:
    default = Site.objects.filter(is_default_site=True).first()
    if default is None:
        return
    identity = SiteIdentity.for_site(default)
    for name, value in values.items():
        setattr(identity, name, value)
    identity.full_clean()
    identity.save()


def _home_page(locales: dict[str, Locale], texts: dict, site_name: str) -> HomePage:
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(locale=locales["de"], depth=2).first()
    fields = {
        code: {"title": texts["title"][code], "intro": texts["intro"][code]} for code in locales
    }
    if home is None:
        home = root.add_child(
            instance=HomePage(slug=texts["slug"], locale=locales["de"], **fields["de"])
        )
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    if site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = site_name
        site.save()
        if not isinstance(old_root.specific, HomePage):
            old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" placeholder
    sync_default_site()  # the address of SITE_URL, also for a Site made before
    _publish_translated(
        parent=None,
        model=HomePage,
        slug=texts["slug"],
        texts=fields,
        locales=locales,
        source=home,
    )
    return home


def _topic_fields(topic: dict, code: str) -> dict:
    body = _blocks(topic["body"], code)
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
        "title": topic["title"][code],
        "summary": topic["summary"][code],
        "pictogram": topic.get("pictogram", ""),
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


def _demo_accounts(accounts: list[dict]) -> list[str]:
    """The demo staff accounts; returns the lines that tell a developer how to log in."""
    from allauth.account.models import EmailAddress

    ensure_roles()
    user_model = get_user_model()
    show = getattr(settings, "DEMO_PRINT_CREDENTIALS", False)
    for account in accounts:
        email, group_name = account["email"], ROLES[account.get("role")]
        superuser = bool(account.get("administrator"))
        user, created = user_model.objects.get_or_create(
            username=email.split("@")[0],
            defaults={
                "email": email,
                "first_name": account["first_name"],
                "last_name": account["last_name"],
            },
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
    notes: list[str] = []
    if show:
        notes.append("Demo accounts (development only), password for all: " + DEMO_PASSWORD)
        for account in accounts:
            group_name = ROLES[account.get("role")]
            role = "administrator" if account.get("administrator") else (group_name or "citizen")
            notes.append(f"  {account['email']:28} {role}")
    return notes

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils import translation
from wagtail.blocks import StreamValue
from wagtail.models import Page, Site

from core.i18n import language_links, page_alternates, public_only, request_home, text_direction
from portal.models_identity import identity_for

register = template.Library()


@register.simple_tag(takes_context=True)
def content_language(context) -> str:
    """Language of the main content: the shown page's locale, else the active language."""
    page = context.get("page")
    if isinstance(page, Page) and getattr(page, "locale_id", None):
        return page.locale.language_code
    return translation.get_language() or settings.LANGUAGE_CODE


@register.filter
def direction(language_code: str) -> str:
    return text_direction(language_code or settings.LANGUAGE_CODE)


@register.inclusion_tag("portal/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    links = language_links(request, page)
    current = next((link.native_name for link in links if link.is_current), "")
    return {"links": links, "current_name": current, "request": request}


@register.inclusion_tag("portal/includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    page = context.get("page")
    if not isinstance(page, Page):
        return {"alternates": []}
    return {"alternates": page_alternates(page, context["request"])}


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    is_current: bool


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[MenuItem]:
    """Sections shown in the header: children of this language's home page marked
    'show in menus'. One query."""
    request = context["request"]
    home = request_home(request)
    if home is None:
        return []
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    sections = (
        public_only(Page.objects.child_of(home).live(), request)
        .in_menu()
        .select_related("locale")
        .only("id", "title", "url_path", "path", "depth", "locale__language_code")
    )
    return [
        MenuItem(section.title, section.get_url(request), current_path.startswith(section.path))
        for section in sections
    ]


@register.simple_tag(takes_context=True)
def home_url(context) -> str:
    request = context["request"]
    home = request_home(request)
    return (home.get_url(request) if home is not None else None) or "/"


@register.simple_tag
def public_static(path: str) -> str:
    """A static file's address on the site's public address (SITE_URL), for link previews:
    the request's host may be an internal one behind the proxy."""
    return f"{settings.SITE_URL}{static(path)}"


@register.simple_tag(takes_context=True)
def site_identity(context) -> dict:
    """The municipality's name, crest and colours (portal.models_identity), from the cache."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return identity_for(site)


DESCRIPTION_LENGTH = 160
DESCRIPTION_FIELDS = ("search_description", "summary", "intro")


@register.simple_tag
def page_description(page) -> str:
    """A page's own words for search engines and link previews: its search description, else
    its summary or introduction, else its first paragraph; plain text, at most 160 characters
    (cut at a word)."""
    from django.utils.html import strip_tags
    from django.utils.text import Truncator

    if not isinstance(page, Page):
        return ""
    text = next(
        (getattr(page, name, "") for name in DESCRIPTION_FIELDS if getattr(page, name, "")), ""
    )
    body = getattr(page, "body", None)
    if not text and isinstance(body, StreamValue):
        first = next((block for block in body if block.block_type == "paragraph"), None)
        text = getattr(first.value, "source", first.value) if first is not None else ""
    elif not text and isinstance(body, str):
        text = body  # a rich-text field
    text = " ".join(strip_tags(str(text)).split())
    return Truncator(text).chars(DESCRIPTION_LENGTH, truncate="…")

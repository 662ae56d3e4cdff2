from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from core.i18n import language_links, page_alternates, public_only, request_home, text_direction

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

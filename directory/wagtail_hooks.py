"""The directory in Wagtail's admin: every HSDS record is a snippet, grouped under
"Directory". Actors, offers and taxonomies are translatable snippets (wagtail-localize's
Translate action, the locale filter and German fallback as on pages); the language-neutral
records are plain snippets whose choosers offer only canonical (German) rows."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import (
    Address,
    Attribute,
    Contact,
    Funding,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Actors")
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name", "alternate_name"]
    search_backend_name = None


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "list-ul"
    menu_label = _("Offers")
    list_display = ["name", "organization", "status", "assured_date"]
    list_filter = ["status", "free_of_charge", "childcare", "wheelchair_accessible"]
    search_fields = ["name", "description"]
    search_backend_name = None


def _plain(model_, icon: str, label, display: list[str], search: list[str]) -> type:
    return type(
        f"{model_.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": model_,
            "icon": icon,
            "menu_label": label,
            "list_display": display,
            "search_fields": search,
            "search_backend_name": None,
        },
    )


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "list-ul"
    menu_order = 260
    items = (
        OrganizationViewSet,
        ServiceViewSet,
        _plain(Location, "site", _("Locations"), ["name", "organization"], ["name"]),
        _plain(Address, "home", _("Addresses"), ["__str__", "location"], ["address_1", "city"]),
        _plain(
            ServiceAtLocation,
            "pick",
            _("Offers at locations"),
            ["service", "location"],
            ["service__name", "location__name"],
        ),
        _plain(Schedule, "time", _("Schedules"), ["__str__", "service"], ["description"]),
        _plain(
            Contact,
            "user",
            _("Contacts"),
            ["__str__", "is_personal", "consent_at", "consent_withdrawn_at"],
            ["name", "department", "email"],
        ),
        _plain(Phone, "mobile-alt", _("Phones"), ["number", "contact", "service"], ["number"]),
        _plain(Language, "globe", _("Languages"), ["code", "name", "service"], ["code", "name"]),
        _plain(Funding, "tasks", _("Funding"), ["__str__", "funding_type"], ["source"]),
        _plain(Taxonomy, "folder-open-1", _("Taxonomies"), ["name"], ["name"]),
        _plain(TaxonomyTerm, "tag", _("Taxonomy terms"), ["name", "taxonomy"], ["name", "code"]),
        _plain(
            Attribute,
            "link",
            _("Classifications"),
            ["service", "taxonomy_term"],
            ["service__name", "taxonomy_term__name"],
        ),
    )


register_snippet(DirectoryViewSetGroup)

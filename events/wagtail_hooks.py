"""Admin for the calendar's snippets: venues and categories, grouped under "Calendar"; and
what the calendar contributes to the home page (the slot "home_page_sections")."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.slots import Contribution

from .models import EventCategory, Venue


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = ["name", "city", "step_free", "hearing_loop", "accessible_toilet"]
    list_filter = ["step_free", "hearing_loop", "accessible_toilet"]
    search_fields = ["name", "street", "city"]
    search_backend_name = None


class EventCategoryViewSet(SnippetViewSet):
    model = EventCategory
    icon = "tag"
    menu_label = _("Event categories")
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    search_backend_name = None


class CalendarViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Calendar")
    menu_icon = "date"
    menu_order = 250
    items = (VenueViewSet, EventCategoryViewSet)


register_snippet(CalendarViewSetGroup)


@hooks.register("teilhabe_home_page_sections")
def next_events(request, home):
    """The next three events, first below the home page's introduction."""
    return Contribution(
        template="events/includes/home_upcoming.html", context={"home": home}, order=10
    )

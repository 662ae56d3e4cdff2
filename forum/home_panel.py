"""The organiser's admin home: "My forums", the forums they organise that are coming up or
ended within RECENT_DAYS, each with its date, seats, waiting list, check-ins and the ways to
the dashboard, the desk and the audit log. One query however many forums there are."""

from datetime import timedelta

from django.utils import timezone
from wagtail.admin.ui.components import Component

from .models import Forum

RECENT_DAYS = 14
LIMIT = 10


def my_forums(user, now=None) -> list[Forum]:
    now = now or timezone.now()
    return list(
        Forum.objects.organised_by(user)
        .filter(event__end__gte=now - timedelta(days=RECENT_DAYS))
        .with_counts()
        .select_related("event")
        .order_by("event__start", "pk")[:LIMIT]
    )


class MyForumsPanel(Component):
    name = "my_forums"
    order = 50
    template_name = "forum/admin/home_panel.html"

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {"forums": my_forums(request.user), "now": timezone.now()}

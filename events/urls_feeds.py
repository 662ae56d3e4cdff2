"""Language-neutral URLs of the calendar (feeds). Language-prefixed ones are in urls.py.

The language of a feed is part of its path, so a subscription keeps its language whatever
the calendar app sends as Accept-Language."""

from django.urls import path

from . import views

urlpatterns = [
    path("feeds/events/<str:language>.ics", views.calendar_feed, name="events_feed"),
    path("feeds/event/<int:pk>.ics", views.event_feed, name="event_ics"),
]

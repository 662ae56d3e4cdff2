"""Language-neutral URLs of minutes: the OParl 1.1 API. Language-prefixed ones are in urls.py."""

from django.urls import include, path, re_path

from . import api

oparl_patterns = [
    path("", api.system),
    path("system", api.system, name="system"),
    path("body", api.body_list, name="body-list"),
    path("body/<str:body_id>", api.body, name="body"),
    path("body/<str:body_id>/organization", api.body_organizations, name="body-organizations"),
    path("body/<str:body_id>/person", api.body_empty_list, name="body-persons"),
    path("body/<str:body_id>/meeting", api.body_meetings, name="body-meetings"),
    path("body/<str:body_id>/paper", api.body_empty_list, name="body-papers"),
    path("body/<str:body_id>/agendaitem", api.body_agenda_items, name="body-agendaitems"),
    path("body/<str:body_id>/file", api.body_files, name="body-files"),
    path("organization/<int:pk>", api.organization, name="organization"),
    path("organization/<int:pk>/meeting", api.organization_meetings, name="organization-meetings"),
    path("meeting/<int:pk>", api.meeting, name="meeting"),
    path("location/<int:pk>", api.location, name="location"),
    path("agendaitem/<int:pk>", api.agenda_item, name="agendaitem"),
    path("file/<int:pk>", api.file, name="file"),
    re_path(r"^(?P<rest>.*)$", api.not_found),
]

urlpatterns = [path("oparl/v1.1/", include((oparl_patterns, "oparl"), namespace="oparl"))]

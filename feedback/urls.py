"""Language-prefixed public URLs: answering surveys and the participation figures.

A survey's public key comes from secrets.token_urlsafe ([A-Za-z0-9_-]), which the `slug`
converter matches; anything else (a NUL byte, which PostgreSQL refuses in text) is a plain
404 before a query is made."""

from django.urls import path

from . import views

app_name = "feedback"

urlpatterns = [
    path("feedback/<str:token>/", views.invitation_survey, name="invitation"),
    path("feedback/s/<slug:key>/", views.public_survey, name="public"),
    path("feedback/danke/<slug:key>/", views.thanks, name="thanks"),
    path("statistik/", views.statistics, name="statistics"),
    path("statistik/csv/", views.statistics_csv, name="statistics_csv"),
]

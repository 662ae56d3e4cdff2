"""Language-prefixed public URLs: answering surveys and the participation figures."""

from django.urls import path

from . import views

app_name = "feedback"

urlpatterns = [
    path("feedback/<str:token>/", views.invitation_survey, name="invitation"),
    path("feedback/s/<str:key>/", views.public_survey, name="public"),
    path("feedback/danke/<str:key>/", views.thanks, name="thanks"),
    path("statistik/", views.statistics, name="statistics"),
    path("statistik/csv/", views.statistics_csv, name="statistics_csv"),
]

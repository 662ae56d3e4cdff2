"""Language-prefixed forum URLs (included inside i18n_patterns)."""

from django.urls import path

from . import views

app_name = "forum"

urlpatterns = [
    path("forum/<int:forum_id>/register/", views.register, name="register"),
    path("forum/<int:forum_id>/registered/", views.registered, name="registered"),
    path("forum/r/<str:token>/", views.personal, name="personal"),
    path("forum/r/<str:token>/cancel/", views.cancel, name="cancel"),
    path("forum/r/<str:token>/my-data.json", views.personal_data, name="personal_data"),
    path("forum/r/<str:token>/delete/", views.erase, name="erase"),
    path("forum/deleted/", views.erased, name="erased"),
    path("forum/my-registrations/", views.my_registrations, name="my_registrations"),
    path("forum/<int:forum_id>/check-in/", views.check_in, name="check_in"),
    path("forum/check-in/<str:code>/", views.check_in_scan, name="check_in_scan"),
]

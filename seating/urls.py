"""Language-prefixed seating URLs (inside i18n_patterns): the printable cards. The page's
language is the prefix (table cards); route cards are each in their guest's language."""

from django.urls import path

from . import views

app_name = "seating"

urlpatterns = [
    path("seating/<int:forum_id>/print/tables/", views.print_tables, name="print_tables"),
    path("seating/<int:forum_id>/print/routes/", views.print_routes, name="print_routes"),
]

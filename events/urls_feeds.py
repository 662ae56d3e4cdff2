"""Language-neutral URLs of the calendar (feeds). Language-prefixed ones are in urls.py."""

urlpatterns = []

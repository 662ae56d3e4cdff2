"""Language-prefixed URLs of minutes. The archive, body pages and Atom feeds are routes of
MinutesIndexPage (models.py), so they live wherever an editor puts the archive."""

urlpatterns = []

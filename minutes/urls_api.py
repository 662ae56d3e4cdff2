"""Language-neutral URLs of minutes (OParl API). Language-prefixed ones are in urls.py."""

urlpatterns = []

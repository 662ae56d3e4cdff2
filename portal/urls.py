from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import health
from portal import accounts, views

handler400 = "portal.views.error_400"
handler403 = "portal.views.error_403"
handler404 = "portal.views.error_404"
handler429 = "portal.views.error_429"  # allauth's rate limits answer through this
handler500 = "portal.views.error_500"

# One way in. Django's, the Django admin's and Wagtail's own login and password forms would
# skip allauth's e-mail verification, MFA and rate limits, so each of their doors answers
# with a redirect to allauth's page and never reads a password (tests/portal/test_doors.py).
closed_doors = [
    path("admin/login/", accounts.closed_door("account_login")),
    path("admin/password_reset/", accounts.closed_door("account_reset_password")),
    re_path(r"^admin/password_reset/.+", accounts.closed_door("account_reset_password")),
    path("django-admin/login/", accounts.closed_door("account_login")),
    path("django-admin/password_change/", accounts.closed_door("account_change_password")),
    re_path(r"^django-admin/password_change/.+", accounts.closed_door("account_change_password")),
]
# Wagtail's front-end login for private pages (`/<lang>/_util/login/`), inside the languages.
closed_language_doors = [path("_util/login/", accounts.closed_door("account_login"))]

urlpatterns = closed_doors + [
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots, name="robots"),
    path("brand.css", views.brand_css, name="brand_css"),
    path("health/", health.health, name="health"),
    path("", include("events.urls_feeds")),
    path("", include("minutes.urls_api")),
    path("", include("directory.urls_api")),
]

urlpatterns += i18n_patterns(
    *closed_language_doors,
    path("accounts/login/", accounts.login, name="account_login"),
    path("accounts/", include("allauth.urls")),
    path("search/", views.search, name="search"),
    path("", include("events.urls")),
    path("", include("forum.urls")),
    path("", include("seating.urls")),
    path("", include("feedback.urls")),
    path("", include("minutes.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

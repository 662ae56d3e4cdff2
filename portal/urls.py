from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import health, views

handler400 = "portal.views.error_400"
handler403 = "portal.views.error_403"
handler404 = "portal.views.error_404"
handler429 = "portal.views.error_429"  # allauth's rate limits answer through this
handler500 = "portal.views.error_500"

urlpatterns = [
    # One door for staff: Wagtail's own login form would skip e-mail verification and MFA.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots, name="robots"),
    path("health/", health.health, name="health"),
    path("", include("events.urls_feeds")),
    path("", include("minutes.urls_api")),
]

urlpatterns += i18n_patterns(
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

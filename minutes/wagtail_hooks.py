from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .documents import may_download
from .models import Body, MinutesIndexPage
from .review import may_publish_minutes


class BodyViewSet(SnippetViewSet):
    model = Body
    icon = "group"
    menu_label = _("Bodies")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "short_name", "kind", "locale"]
    list_filter = ["kind", "locale"]
    search_fields = ["name", "short_name"]


register_snippet(BodyViewSet)


@hooks.register("before_serve_document")
def withhold_unpublished_attachments(document, request):
    """Attachments of minutes that are not (yet) published are not downloadable by the public,
    even by someone who knows or guesses the address."""
    if not may_download(document=document, user=request.user):
        raise Http404


@hooks.register("before_create_page")
def no_unreviewed_archive(request, parent_page, page_class):
    """A new archive is created below a home page, whose permissions would let editors publish
    it at once; like everything in the minutes section it goes through review instead."""
    if (
        request.method == "POST"
        and issubclass(page_class, MinutesIndexPage)
        and request.POST.get("action-publish")
        and not may_publish_minutes(request.user)
    ):
        raise PermissionDenied

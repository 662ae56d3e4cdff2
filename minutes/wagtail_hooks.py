from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .documents import may_download
from .models import Body


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

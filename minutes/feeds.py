"""Atom feeds of newly published minutes: one per archive (language) and one per body."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from .selectors import BodyDirectory, mark_fallbacks, published_minutes

FEED_LENGTH = 30


def fallback_notice(requested: str, shown: str) -> str:
    requested_name = translation.get_language_info(requested)["name_translated"]
    shown_name = translation.get_language_info(shown)["name_translated"]
    return _(
        "This page is not yet available in %(requested)s. You are reading the %(shown)s original."
    ) % {"requested": requested_name, "shown": shown_name}


class MinutesFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, index, slug):
        self.request = request
        self.language = index.locale.language_code  # Feed puts it into the feed
        directory = BodyDirectory.load()
        body = None
        if slug is not None:
            body = directory.by_slug(slug)
            if body is None:
                raise Http404("unknown body")
        return {"index": index, "body": body, "directory": directory, "request": request}

    def title(self, obj):
        index = obj["index"]
        if obj["body"] is None:
            return index.title
        body = obj["directory"].localized(obj["body"], index.locale_id)
        return f"{index.title}: {body.name}"

    def subtitle(self, obj):
        return _("Newly published minutes")

    def link(self, obj):
        index, request = obj["index"], obj["request"]
        if obj["body"] is None:
            return index.get_url(request)
        return index.get_url(request) + index.reverse_subpage(
            "body_page", kwargs={"slug": obj["body"].slug}
        )

    def feed_url(self, obj):
        return obj["request"].build_absolute_uri()

    def feed_guid(self, obj):
        return obj["request"].build_absolute_uri()

    def items(self, obj):
        minutes = published_minutes(index=obj["index"], request=obj["request"]).defer_streamfields()
        if obj["body"] is not None:
            minutes = minutes.filter(body__in=obj["directory"].ids_of(obj["body"]))
        items = list(minutes.order_by("-first_published_at", "-pk")[:FEED_LENGTH])
        mark_fallbacks(items, index=obj["index"], request=obj["request"])
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        if getattr(item, "is_fallback", False):
            # The same notice as on the page itself (templates/base.html).
            return f"{fallback_notice(self.language, item.shown_language)} {item.summary}"
        return item.summary

    def item_link(self, item):
        if getattr(item, "is_fallback", False):
            return self.request.build_absolute_uri(item.fallback_url)
        return item.get_url(self.request)

    def item_guid(self, item):
        # Stable across slug changes: the meeting's key and the language of the feed.
        host = self.request.get_host().split(":")[0]
        return f"tag:{host},2024:minutes/{item.translation_key}/{self.language}"

    def item_guid_is_permalink(self, item):
        return False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.corrected_at or item.first_published_at

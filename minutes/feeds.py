"""Atom feeds of newly published minutes: one per archive (language) and one per body."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from .selectors import BodyDirectory, published_minutes

FEED_LENGTH = 30


class MinutesFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, index, slug):
        self.request = request
        self.language = index.locale.language_code  # Feed puts it into the feed
        directory = BodyDirectory.load(index.bodies())
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
        return list(minutes.order_by("-first_published_at", "-pk")[:FEED_LENGTH])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
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

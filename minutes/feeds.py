"""Atom feeds of newly published minutes: one per archive (language) and one per body.

A browser opens a feed as a readable page: the feed names an XSLT stylesheet (served from
static, same origin, so the public CSP allows it) in an `xml-stylesheet` processing
instruction, and the stylesheet turns the entries into HTML. Feed readers ignore both; the
document stays plain Atom (RFC 4287). Django's Atom1Feed writes no stylesheets (only its RSS
feed does), hence StyledAtom1Feed."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.templatetags.static import static
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.feedgenerator import Atom1Feed, Stylesheet
from django.utils.translation import gettext as _

from .selectors import BodyDirectory, mark_fallbacks, published_minutes

FEED_LENGTH = 30
FEED_XSLT = "minutes/feed.xsl"
FEED_CSS = "minutes/feed.css"


class StyledAtom1Feed(Atom1Feed):
    def write(self, outfile, encoding):
        from django.utils.xmlutils import SimplerXMLGenerator

        handler = SimplerXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        # Before the root element, as https://www.w3.org/TR/xml-stylesheet/ requires.
        for stylesheet in self.feed["stylesheets"] or []:
            handler.processingInstruction("xml-stylesheet", str(stylesheet))
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        # The stylesheet's own CSS: the XSLT cannot know the hashed static name, so the feed
        # names it (rel="stylesheet" is a registered link relation; readers ignore it).
        handler.addQuickElement(
            "link", "", {"rel": "stylesheet", "type": "text/css", "href": static(FEED_CSS)}
        )


def fallback_notice(requested: str, shown: str) -> str:
    requested_name = translation.get_language_info(requested)["name_translated"]
    shown_name = translation.get_language_info(shown)["name_translated"]
    return _(
        "This page is not yet available in %(requested)s. You are reading the %(shown)s original."
    ) % {"requested": requested_name, "shown": shown_name}


class MinutesFeed(Feed):
    feed_type = StyledAtom1Feed

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # Chromium shows application/atom+xml as plain text and applies no XSLT; a browser
        # (it asks for text/html first) gets the same document as generic XML instead.
        if "text/html" in request.headers.get("Accept", ""):
            response["Content-Type"] = "application/xml; charset=utf-8"
        patch_vary_headers(response, ["Accept"])
        return response

    def stylesheets(self, obj):
        return [Stylesheet(static(FEED_XSLT), mimetype="text/xsl")]

    def author_name(self, obj):
        # Atom wants an author on the feed or on every entry: the municipality publishes.
        return settings.WAGTAIL_SITE_NAME

    def author_link(self, obj):
        return obj["request"].build_absolute_uri("/")

    def get_object(self, request, index, slug):
        self.request = request
        self.language = index.locale.language_code  # Feed puts it into the feed
        directory = BodyDirectory.load(index.bodies())
        self.directory, self.locale_id = directory, index.locale_id
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

    def item_author_name(self, item):
        # The body that held the meeting wrote the minutes (its name in the feed's language).
        body = self.directory.name_for(item.body_id, self.locale_id) if item.body_id else None
        return body.name if body is not None else settings.WAGTAIL_SITE_NAME

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

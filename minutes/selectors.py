"""Reads of the minutes app, each a constant number of queries however many minutes exist.

They import no models of this app: they start from the page they are given (`index.minutes()`,
`page.bodies()`), so that models.py can import them and its page classes keep their routes
and get_context."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from wagtail.models import Locale

from core.i18n import public_only, text_direction
from events.models import EventPage

if TYPE_CHECKING:  # annotations only: models.py imports this module
    from .models import Body, MinutesIndexPage, MinutesPage

ARCHIVE_PAGE_SIZE = 20


@dataclass
class BodyDirectory:
    """Every body in every language, from one query: the name to show in a language and the
    ids that stand for the same body (filters follow `translation_key`, not the id)."""

    by_id: dict[int, Body] = field(default_factory=dict)
    by_key: dict[tuple, Body] = field(default_factory=dict)  # (translation_key, locale_id)
    default_locale_id: int = 0

    @classmethod
    def load(cls, bodies: QuerySet[Body]) -> BodyDirectory:
        """From `page.bodies()` (one query)."""
        directory = cls(default_locale_id=Locale.get_default().pk)
        for body in bodies.order_by("name"):
            directory.by_id[body.pk] = body
            directory.by_key[(body.translation_key, body.locale_id)] = body
        return directory

    def localized(self, body: Body, locale_id: int) -> Body:
        return (
            self.by_key.get((body.translation_key, locale_id))
            or self.by_key.get((body.translation_key, self.default_locale_id))
            or body
        )

    def name_for(self, body_id: int, locale_id: int) -> Body | None:
        body = self.by_id.get(body_id)
        return None if body is None else self.localized(body, locale_id)

    def sources(self) -> list[Body]:
        return [b for b in self.by_id.values() if b.locale_id == self.default_locale_id]

    def by_slug(self, slug: str) -> Body | None:
        return next((b for b in self.sources() if b.slug == slug), None)

    def ids_of(self, body: Body) -> list[int]:
        return [b.pk for b in self.by_id.values() if b.translation_key == body.translation_key]


def search_terms(query: str) -> str:
    # Full-text backends have their own operator syntax; visitors type words.
    return " ".join(re.sub(r"[^\w-]+", " ", query).split())


def source_index(index: MinutesIndexPage) -> MinutesIndexPage | None:
    """The German archive `index` is a translation of (None for the German archive itself)."""
    default = Locale.get_default()
    if index.locale_id == default.pk:
        return None
    return (
        type(index)
        .objects.filter(translation_key=index.translation_key, locale=default)
        .only("pk", "path", "depth", "locale_id")
        .first()
    )


def published_minutes(*, index: MinutesIndexPage, request: HttpRequest | None = None):
    """The minutes of one archive: its own published pages, and the German originals not (yet)
    translated into its language. The page itself is then served in German with a fallback
    notice (MinutesIndexPage.route), so the archive and its feeds list it too instead of
    hiding it (issue #15.6: 10 listed instead of 11). Two queries: the German archive, the
    pages (the "translated" subquery runs inside it)."""
    source = source_index(index)
    pages = index.minutes().model.objects  # MinutesPage (this module imports no models)
    own = Q(path__startswith=index.path, depth=index.depth + 1)
    if source is None:
        return public_only(pages.filter(own).live(), request)
    translated = pages.filter(own).live().values("translation_key")
    fallback = Q(path__startswith=source.path, depth=source.depth + 1) & ~Q(
        translation_key__in=translated
    )
    return public_only(pages.filter(own | fallback).live(), request)


def mark_fallbacks(pages, *, index: MinutesIndexPage, request: HttpRequest | None) -> None:
    """Marks the German originals among `pages` shown in another language's archive and
    gives them a link in that language (the page then says it is the German original)."""
    base = index.get_url(request) if request is not None else index.url
    for page in pages:
        page.is_fallback = page.locale_id != index.locale_id
        page.fallback_url = f"{base}{page.slug}/" if page.is_fallback and base else ""
        # Fallbacks are always the German originals (no query for each page's locale).
        page.shown_language = settings.LANGUAGE_CODE if page.is_fallback else ""


def archive_minutes(
    *,
    index: MinutesIndexPage,
    request: HttpRequest | None,
    body_ids: list[int] | None = None,
    year: int | None = None,
    query: str = "",
):
    """Published minutes of one archive (one language), newest meeting first, optionally of
    one body, one year, and matching a search."""
    minutes = published_minutes(index=index, request=request).defer_streamfields()
    if body_ids is not None:
        minutes = minutes.filter(body__in=body_ids)
    if year is not None:
        minutes = minutes.filter(
            meeting_date__gte=f"{year}-01-01", meeting_date__lte=f"{year}-12-31"
        )
    minutes = minutes.order_by("-meeting_date", "-id")  # "id": a search filter field
    terms = search_terms(query)
    if terms:
        return minutes.search(terms, operator="and", order_by_relevance=False)
    return minutes


def archive_years(*, index: MinutesIndexPage, request: HttpRequest | None = None) -> list[int]:
    dates = published_minutes(index=index, request=request).dates(
        "meeting_date", "year", order="DESC"
    )
    return [d.year for d in dates]


@dataclass(frozen=True)
class Correction:
    date: object
    note: str
    note_language: str

    @property
    def note_dir(self) -> str:
        return text_direction(self.note_language)


def minutes_page_context(*, page: MinutesPage, request: HttpRequest) -> dict:
    directory = BodyDirectory.load(page.bodies())
    body = directory.localized(page.body, page.locale_id) if page.body_id else None
    index = page.get_parent().specific if page.depth > 1 else None
    source_language = Locale.get_default().language_code
    language = page.locale.language_code
    return {
        "body": body,
        "index": index,
        "event": _linked_event(page, request),
        "attachments": list(page.attachments.select_related("document").order_by("sort_order")),
        "correction": _correction(page, source_language),
        "record_language": source_language,
        # The German record on an Arabic or Persian page runs left to right in its own
        # isolate, or its full stops and brackets jump to the wrong end.
        "record_dir": text_direction(source_language),
        "is_translation": language != source_language,
    }


def _linked_event(page: MinutesPage, request: HttpRequest) -> EventPage | None:
    if not page.event_id:
        return None
    events = public_only(
        EventPage.objects.filter(translation_key=page.event.translation_key).live(), request
    ).select_related("locale")
    by_locale = {event.locale_id: event for event in events}
    return by_locale.get(page.locale_id) or by_locale.get(Locale.get_default().pk)


def _correction(page: MinutesPage, source_language: str) -> Correction | None:
    if page.corrected_at is None:
        return None
    if page.correction_note.strip():
        return Correction(page.corrected_at, page.correction_note, page.locale.language_code)
    source = (
        type(page)
        .objects.filter(translation_key=page.translation_key, locale__language_code=source_language)
        .only("correction_note")
        .first()
    )
    note = source.correction_note if source else ""
    return Correction(page.corrected_at, note, source_language)

"""OParl 1.1 objects built from the published record (read-only, only published data).

Mapping: the platform is one OParl *Body* (the municipality's participation process); its
bodies (steering group, council, working groups) are *Organizations*; each meeting with
published minutes is a *Meeting* with its *AgendaItems*; the minutes as HTML are the meeting's
`resultsProtocol` and every attachment an `auxiliaryFile` (*File*). Persons and papers are not
published: their lists exist and are empty.

Deleted main objects (Organization, Meeting, File) keep `id`, `type`, `created` and say
`deleted: true` with the time of deletion as `modified` (OParl 1.1, "Gelöschte Objekte");
agenda items are sub-objects and simply disappear, their meeting's `modified` moves on."""

import datetime
from dataclasses import dataclass, field
from functools import cache
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import F, Max, Min, Prefetch
from django.http import HttpRequest
from django.urls import reverse
from wagtail.models import Locale, Page, Site

from core.i18n import restricted_paths

from .models import (
    AgendaItem,
    Body,
    BodyKind,
    BodyTombstone,
    FileRole,
    Meeting,
    MeetingFile,
    MinutesIndexPage,
)

SCHEMA = "https://schema.oparl.org/1.1/"
BODY_ID = "1"
# Before anything exists, System and Body need some creation time; this one never changes.
EPOCH = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)


def oparl_type(name: str) -> str:
    return SCHEMA + name


ZONE = ZoneInfo(settings.TIME_ZONE)
# Any number stands in for an object's id when URL patterns are worked out once per process.
PLACEHOLDER = 987654321


def iso(value: datetime.datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(ZONE).isoformat(timespec="seconds")


@cache
def _path_pattern(name: str, arguments: int) -> str:
    """The path of a named API URL with "{}" where its arguments go (reverse() per object
    costs more than the rest of an object's serialisation)."""
    path = reverse(f"oparl:{name}", args=[PLACEHOLDER] * arguments)
    return path.replace(str(PLACEHOLDER), "{}")


def _clean(data: dict) -> dict:
    """OParl leaves out properties without a value rather than sending null."""
    return {k: v for k, v in data.items() if v is not None and v != ""}


@dataclass
class Context:
    """Everything serialisers need that costs a query, fetched once per request."""

    request: HttpRequest
    paths: list[str]
    origin: str = ""
    _archive: object = field(default=None)
    _archive_loaded: bool = False
    _page_prefixes: dict = field(default_factory=dict)

    @classmethod
    def for_request(cls, request: HttpRequest) -> "Context":
        origin = request.build_absolute_uri("/").rstrip("/")
        return cls(request=request, paths=restricted_paths(request), origin=origin)

    def url(self, name: str, *args) -> str:
        return self.origin + _path_pattern(name, len(args)).format(*args)

    def page_url(self, path: str | None, slug: str | None) -> str | None:
        """Full URL of a minutes page from its tree `path` and `slug`. Minutes below the same
        archive share everything but the slug, so Wagtail works out the archive's URL once
        (one query per archive) instead of once per page."""
        if not path or not slug:
            return None
        parent_path = path[: -Page.steplen]
        if parent_path not in self._page_prefixes:
            archive = Page.objects.filter(path=parent_path).first()
            full = archive.get_full_url(self.request) if archive is not None else None
            self._page_prefixes[parent_path] = full
        prefix = self._page_prefixes[parent_path]
        return f"{prefix}{slug}/" if prefix else None

    @property
    def archive(self) -> MinutesIndexPage | None:
        """The German archive page, for the `web` addresses of bodies."""
        if not self._archive_loaded:
            self._archive = (
                MinutesIndexPage.objects.live()
                .filter(locale=Locale.get_default())
                .order_by("path")
                .first()
            )
            self._archive_loaded = True
        return self._archive

    def archive_url(self) -> str | None:
        return self.archive.get_full_url(self.request) if self.archive else None

    def body_web(self, body: Body) -> str | None:
        if self.archive is None:
            return None
        return self.archive_url() + self.archive.reverse_subpage(
            "body_page", kwargs={"slug": body.slug}
        )

    def home_url(self) -> str:
        site = Site.find_for_request(self.request)
        if site is not None:
            url = site.root_page.get_full_url(self.request)
            if url:
                return url
        return self.request.build_absolute_uri("/")


def tombstone(kind: str, url: str, created, modified) -> dict:
    return {
        "id": url,
        "type": oparl_type(kind),
        "created": iso(created),
        "modified": iso(modified),
        "deleted": True,
    }


# --- System and Body ----------------------------------------------------------------------


def _license() -> str | None:
    return settings.OPARL_LICENSE or None


def _times() -> tuple[datetime.datetime, datetime.datetime]:
    bodies = Body.objects.filter(locale=Locale.get_default()).aggregate(
        first=Min("created_at"), last=Max("modified_at")
    )
    meetings = Meeting.objects.aggregate(first=Min("created"), last=Max("modified"))
    gone = BodyTombstone.objects.aggregate(last=Max("modified"))
    firsts = [t for t in (bodies["first"], meetings["first"]) if t]
    lasts = [t for t in (bodies["last"], meetings["last"], gone["last"]) if t]
    created = min(firsts) if firsts else EPOCH
    return created, max([created, *lasts])


def system_json(ctx: Context) -> dict:
    created, modified = _times()
    return _clean(
        {
            "id": ctx.url("system"),
            "type": oparl_type("System"),
            "oparlVersion": SCHEMA,
            "otherOparlVersions": [],
            "license": _license(),
            "body": ctx.url("body-list"),
            "name": settings.OPARL_BODY_NAME,
            "contactEmail": settings.OPARL_CONTACT_EMAIL,
            "website": ctx.home_url(),
            "created": iso(created),
            "modified": iso(modified),
            "web": ctx.home_url(),
            "deleted": False,
        }
    )


def body_json(ctx: Context) -> dict:
    created, modified = _times()
    return _clean(
        {
            "id": ctx.url("body", BODY_ID),
            "type": oparl_type("Body"),
            "system": ctx.url("system"),
            "name": settings.OPARL_BODY_NAME,
            "shortName": settings.OPARL_BODY_SHORT_NAME,
            "ags": settings.OPARL_AGS,
            "website": ctx.home_url(),
            "license": _license(),
            "contactEmail": settings.OPARL_CONTACT_EMAIL,
            "classification": "Beteiligungsgremien",
            "organization": ctx.url("body-organizations", BODY_ID),
            "person": ctx.url("body-persons", BODY_ID),
            "meeting": ctx.url("body-meetings", BODY_ID),
            "paper": ctx.url("body-papers", BODY_ID),
            "agendaItem": ctx.url("body-agendaitems", BODY_ID),
            "file": ctx.url("body-files", BODY_ID),
            "legislativeTerm": [],
            "created": iso(created),
            "modified": iso(modified),
            "web": ctx.archive_url() or ctx.home_url(),
            "deleted": False,
        }
    )


# --- Organization -------------------------------------------------------------------------

ORGANIZATION_TYPES = {
    BodyKind.STEERING_GROUP: "Gremium",
    BodyKind.COUNCIL: "Gremium",
    BodyKind.WORKING_GROUP: "Arbeitsgruppe",
}
CLASSIFICATIONS = {
    BodyKind.STEERING_GROUP: "Lenkungsgruppe",
    BodyKind.COUNCIL: "Beirat",
    BodyKind.WORKING_GROUP: "Arbeitsgruppe",
}


def organizations(*, include_deleted: bool, filters: dict) -> list:
    """German bodies (and, with `modified_since`, tombstones of deleted ones), by id."""
    bodies = (
        Body.objects.filter(locale=Locale.get_default()).prefetch_related("members").order_by("pk")
    )
    rows = list(_changed(bodies, "created_at", "modified_at", filters))
    if include_deleted:
        rows += list(BodyTombstone.objects.changed(**filters))
    return sorted(rows, key=lambda row: row.body_id if isinstance(row, BodyTombstone) else row.pk)


def _changed(queryset, created: str, modified: str, filters: dict):
    lookups = {
        "created_since": f"{created}__gte",
        "created_until": f"{created}__lte",
        "modified_since": f"{modified}__gte",
        "modified_until": f"{modified}__lte",
    }
    return queryset.filter(**{lookups[k]: v for k, v in filters.items() if v is not None})


def organization_json(ctx: Context, body) -> dict:
    if isinstance(body, BodyTombstone):
        url = ctx.url("organization", body.body_id)
        return tombstone("Organization", url, body.created, body.modified)
    posts = list(dict.fromkeys(member.role for member in body.members.all()))
    return _clean(
        {
            "id": ctx.url("organization", body.pk),
            "type": oparl_type("Organization"),
            "body": ctx.url("body", BODY_ID),
            "name": body.name,
            "shortName": body.short_name,
            "meeting": ctx.url("organization-meetings", body.pk),
            "post": posts,
            "organizationType": ORGANIZATION_TYPES.get(body.kind, "Gremium"),
            "classification": CLASSIFICATIONS.get(body.kind, ""),
            "website": ctx.body_web(body),
            "keyword": [body.slug],
            "created": iso(body.created_at),
            "modified": iso(body.modified_at),
            "web": ctx.body_web(body),
            "deleted": False,
        }
    )


# --- Meeting, AgendaItem, File, Location ------------------------------------------------


def meetings(ctx: Context, *, include_deleted: bool, filters: dict, body_ids=None):
    """Meetings of published minutes (with tombstones when asked), ready to serialise."""
    if include_deleted:
        queryset = Meeting.objects.published_or_deleted(ctx.paths)
    else:
        queryset = Meeting.objects.published(ctx.paths)
    if body_ids is not None:
        queryset = queryset.filter(body_id__in=body_ids)
    return (
        with_page(queryset.changed(**filters), "")
        .prefetch_related(
            Prefetch(
                "agenda_items",
                queryset=AgendaItem.objects.filter(deleted=False).order_by("order", "pk"),
                to_attr="live_agenda_items",
            ),
            Prefetch(
                "files",
                queryset=MeetingFile.objects.filter(deleted=False)
                .select_related("document")
                .order_by("order", "pk"),
                to_attr="live_files",
            ),
        )
        .order_by("pk")
    )


def _web(ctx: Context, row) -> str | None:
    """The minutes page of a record row, annotated by the querysets (`with_page`)."""
    return ctx.page_url(getattr(row, "page_tree_path", None), getattr(row, "page_slug", None))


def with_page(queryset, prefix: str):
    """Annotate where the minutes page of each row is, for `_web` (no page objects needed)."""
    return queryset.annotate(
        page_tree_path=F(f"{prefix}page__path"), page_slug=F(f"{prefix}page__slug")
    )


def location_json(ctx: Context, meeting: Meeting, *, embedded: bool = False) -> dict:
    data = {
        "id": ctx.url("location", meeting.pk),
        "type": oparl_type("Location"),
        "description": meeting.place,
        "meetings": None if embedded else [ctx.url("meeting", meeting.pk)],
        "created": iso(meeting.created),
        "modified": iso(meeting.modified),
        "deleted": False,
    }
    return _clean(data)


def meeting_json(ctx: Context, meeting: Meeting) -> dict:
    url = ctx.url("meeting", meeting.pk)
    if meeting.deleted:
        return tombstone("Meeting", url, meeting.created, meeting.modified)
    files = getattr(meeting, "live_files", None)
    if files is None:
        files = list(meeting.files.filter(deleted=False).select_related("document"))
    items = getattr(meeting, "live_agenda_items", None)
    if items is None:
        items = list(meeting.agenda_items.filter(deleted=False))
    protocol = next((f for f in files if f.role == FileRole.PROTOCOL), None)
    web = _web(ctx, meeting)
    return _clean(
        {
            "id": url,
            "type": oparl_type("Meeting"),
            "name": meeting.name,
            "meetingState": "durchgeführt",
            "cancelled": False,
            "start": iso(meeting.start),
            "end": iso(meeting.end),
            "location": location_json(ctx, meeting, embedded=True) if meeting.place else None,
            "organization": [ctx.url("organization", meeting.body_id)],
            "resultsProtocol": (
                file_json(ctx, protocol, web=web, embedded=True) if protocol else None
            ),
            "auxiliaryFile": [
                file_json(ctx, f, web=web, embedded=True)
                for f in files
                if f.role == FileRole.AUXILIARY
            ],
            "agendaItem": [agenda_item_json(ctx, item, web=web, embedded=True) for item in items],
            "license": _license(),
            "web": web,
            "created": iso(meeting.created),
            "modified": iso(meeting.modified),
            "deleted": False,
        }
    )


def agenda_item_json(ctx: Context, item: AgendaItem, *, web=None, embedded=False):
    if web is None and not embedded:
        web = _web(ctx, item)
    return _clean(
        {
            "id": ctx.url("agendaitem", item.pk),
            "type": oparl_type("AgendaItem"),
            "meeting": None if embedded else ctx.url("meeting", item.meeting_id),
            "number": item.number,
            "order": item.order,
            "name": item.name,
            "public": True,
            "result": item.result,
            "resolutionText": item.resolution_text,
            "license": _license(),
            "web": f"{web}#top-{item.order}" if web else None,
            "created": iso(item.created),
            "modified": iso(item.modified),
        }
    )


def file_json(ctx: Context, item: MeetingFile, *, web=None, embedded=False):
    url = ctx.url("file", item.pk)
    if item.deleted:
        return tombstone("File", url, item.created, item.modified)
    if web is None:
        web = _web(ctx, item)
    if item.role == FileRole.PROTOCOL:
        access = web
    elif item.document is not None:
        document_url = item.document.url
        access = (
            document_url
            if document_url.startswith(("http://", "https://"))
            else ctx.origin + document_url
        )
    else:
        access = None
    return _clean(
        {
            "id": url,
            "type": oparl_type("File"),
            "name": item.name,
            "fileName": item.file_name,
            "mimeType": item.mime_type,
            "date": item.modified.astimezone(ZONE).date().isoformat(),
            "size": item.size,
            "sha1Checksum": item.sha1,
            "accessUrl": access,
            "downloadUrl": access if item.role == FileRole.AUXILIARY else None,
            "meeting": None if embedded else [ctx.url("meeting", item.meeting_id)],
            "license": _license(),
            "fileLicense": _license() if item.role == FileRole.PROTOCOL else None,
            "web": web,
            "created": iso(item.created),
            "modified": iso(item.modified),
            "deleted": False,
        }
    )


def agenda_items(ctx: Context, *, filters: dict):
    """Agenda items of published meetings (sub-objects: withdrawn ones are simply gone)."""
    visible = AgendaItem.objects.filter(
        deleted=False, meeting__in=Meeting.objects.published(ctx.paths)
    )
    return with_page(visible.changed(**filters), "meeting__").order_by("pk")


def files(ctx: Context, *, include_deleted: bool, filters: dict):
    visible = MeetingFile.objects.filter(
        deleted=False, meeting__in=Meeting.objects.published(ctx.paths)
    )
    if include_deleted:
        queryset = MeetingFile.objects.filter(
            pk__in=visible.values("pk")
        ) | MeetingFile.objects.filter(deleted=True)
    else:
        queryset = visible
    return (
        with_page(queryset.changed(**filters), "meeting__")
        .select_related("document")
        .order_by("pk")
    )

"""Small builders for forum tests: an event page, a forum with themes and tables, people."""

import itertools
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page

from events.models import EventIndexPage
from forum.models import Forum, ForumTable, Registration, Theme
from portal.models import HomePage
from tests.events import factories as events_factories

_counter = itertools.count(1)


def event_index(parent=None) -> EventIndexPage:
    if parent is None:
        parent = HomePage.objects.filter(depth=2, locale__language_code="de").first()
        if parent is None:
            Locale.objects.get_or_create(language_code="de")
            parent = Page.get_first_root_node().add_child(
                instance=HomePage(title="Start", slug=f"start-{next(_counter)}")
            )
    existing = EventIndexPage.objects.child_of(parent).first()
    if existing is not None:
        return existing
    return parent.add_child(instance=EventIndexPage(title="Termine", slug="termine"))


def make_event(
    *, parent=None, start=None, hours=3, title="Bürgerforum World-Café", slug=None, **fields
):
    start = start or timezone.now() + timedelta(days=10)
    return events_factories.make_event(
        event_index(parent),
        title=title,
        slug=slug or f"forum-{next(_counter)}",
        start=start,
        end=start + timedelta(hours=hours),
        organiser_email="orga@example.org",
        **fields,
    )


def make_forum(
    *,
    capacity=10,
    event=None,
    themes=("Arbeit und Ausbildung", "Sprache und Bildung"),
    tables_per_theme=1,
    organisers=(),
    parent=None,
    **fields,
) -> Forum:
    event = event or make_event(parent=parent)
    fields.setdefault("double_opt_in", False)
    forum = Forum(event=event, capacity=capacity, **fields)
    forum.save()
    for position, name in enumerate(themes):
        theme = Theme.objects.create(
            forum=forum,
            name=name,
            sort_order=position,
            name_translations={"uk": f"{name} (uk)", "en": f"{name} (en)"},
        )
        for table in range(tables_per_theme):
            ForumTable.objects.create(
                forum=forum,
                theme=theme,
                name=f"Tisch {position * tables_per_theme + table + 1}",
                seats=8,
                languages=["de", "ar"],
            )
    if organisers:
        forum.organisers.add(*organisers)
    return Forum.objects.select_related("event").get(pk=forum.pk)


def make_user(username=None, *, organiser=False, **fields):
    username = username or f"user{next(_counter)}"
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="pw-123456789", **fields
    )
    if organiser:
        from core.roles import ORGANISERS, ensure_roles

        ensure_roles()
        user.groups.add(Group.objects.get(name=ORGANISERS))
    return user


def people(forum, count, *, status=Registration.Status.CONFIRMED, language="de", start=0):
    """Rows straight into the table (and the seat counter), for read tests and volumes."""
    now = timezone.now()
    rows = [
        Registration(
            forum=forum,
            status=status,
            name=f"Person {start + i}",
            email=f"person{start + i}@example.org",
            email_normalised=f"person{start + i}@example.org",
            language=language,
            created_at=now,
            confirmed_at=now if status == Registration.Status.CONFIRMED else None,
            queued_at=now + timedelta(microseconds=i)
            if status == Registration.Status.WAITLISTED
            else None,
        )
        for i in range(count)
    ]
    Registration.objects.bulk_create(rows)
    if status == Registration.Status.CONFIRMED:
        Forum.objects.filter(pk=forum.pk).update(seats_taken=F("seats_taken") + count)
        forum.refresh_from_db()
    return rows


def translate_event(event, locale, *, title):
    """A live translation of `event` (and of its calendar, if that is not translated yet)."""
    copy = event.copy_for_translation(locale, copy_parents=True).specific
    copy.title = title
    copy.save_revision().publish()
    return type(copy).objects.get(pk=copy.pk)


def tr(text: str, language: str = "de", *, html: bool = True) -> str:
    """`text` as the interface shows it in `language` (escaped for HTML unless html=False),
    so tests hold whether or not the catalogues are compiled."""
    from django.utils.html import escape
    from django.utils.translation import gettext, override

    with override(language):
        translated = gettext(text)
    return escape(translated) if html else translated


def subject(kind: str, event, language: str = "de") -> str:
    from django.utils.translation import override

    from forum.emails import SUBJECTS

    with override(language):
        return str(SUBJECTS[kind]) % {"event": event.title, "subject": ""}

"""Small builders for minutes tests, on top of tests.portal_tree.build_site_tree()."""

import datetime
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.roles import ensure_roles
from minutes.models import Body, BodyKind, BodyMember, MinutesIndexPage, MinutesPage
from minutes.review import ensure_minutes_workflow

PASSWORD = "correct-horse-battery-staple"


def agenda(*titles: str, decision: str = "Die Lenkungsgruppe beschließt den Zeitplan.") -> list:
    return [
        {
            "type": "item",
            "id": str(uuid.uuid4()),
            "value": {
                "number": f"TOP {number}",
                "title": title,
                "outcome": "decided",
                "discussion": f"<p>Aussprache zu {title}.</p>",
                "decisions": [decision],
                "responsibilities": [
                    {"who": "Integrationsbüro", "what": "Einladung versenden", "due": "2025-01-31"}
                ],
            },
        }
        for number, title in enumerate(titles, start=1)
    ]


def make_body(
    name="Lenkungsgruppe Integrationskonzept",
    slug="lenkungsgruppe",
    kind=BodyKind.STEERING_GROUP,
    locale=None,
    translations: dict | None = None,
) -> Body:
    body = Body(name=name, short_name=name.split()[0][:10], slug=slug, kind=kind)
    if locale is not None:
        body.locale = locale
    body.members = [
        BodyMember(name="Dr. Maria Beispiel", role="Vorsitz", organisation="Stadt Ruhrbrück"),
        BodyMember(name="Ahmad Karimi", role="Mitglied", organisation="Integrationsrat"),
    ]
    body.save()
    for locale_obj, translated_name in (translations or {}).items():
        copy = body.copy_for_translation(locale_obj)
        copy.name = translated_name
        copy.save()
    return body


def publish(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def make_archive(tree: dict, languages=("de", "en", "ar")) -> dict:
    home = tree["home"]["de"]
    index = home.add_child(
        instance=MinutesIndexPage(title="Protokolle", slug="protokolle", show_in_menus=True)
    )
    index = publish(index)
    archives = {"de": index}
    for code in languages:
        if code == "de":
            continue
        copy = index.copy_for_translation(tree["locales"][code]).specific
        copy.title = f"Minutes {code}"
        archives[code] = publish(copy)
    return archives


def make_minutes(
    index: MinutesIndexPage,
    *,
    body: Body,
    date=datetime.date(2025, 3, 12),
    title=None,
    summary="Die Gruppe hat den Zeitplan beschlossen.",
    items=("Bericht des Integrationsbüros", "Zeitplan der Bürgerforen"),
    attachments=(),
    live=True,
    slug=None,
) -> MinutesPage:
    page = MinutesPage(
        title=title or f"Sitzung vom {date:%d.%m.%Y}",
        slug=slug or f"sitzung-{date:%Y-%m-%d}-{uuid.uuid4().hex[:6]}",
        body=body,
        meeting_date=date,
        start_time=datetime.time(17, 0),
        end_time=datetime.time(19, 0),
        place="Rathaus Ruhrbrück, Sitzungssaal 2",
        attendees_count=14,
        participating_organisations="Stadt Ruhrbrück\nCaritas Ruhrbrück",
        summary=summary,
        agenda=agenda(*items),
        live=False,
    )
    for document in attachments:
        page.attachments.add(_attachment(document))
    index.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    return MinutesPage.objects.get(pk=page.pk)


def _attachment(document):
    from minutes.models import MinutesAttachment

    return MinutesAttachment(document=document)


def translate_minutes(page: MinutesPage, locale, *, title: str, summary: str, publish_it=True):
    copy = page.copy_for_translation(locale).specific
    copy.title = title
    copy.summary = summary
    if publish_it:
        copy.save_revision().publish()
    else:
        copy.save_revision()
    return MinutesPage.objects.get(pk=copy.pk)


def make_document(title="Protokoll (PDF)", name="protokoll.pdf", content=b"%PDF-1.4 test"):
    document = get_document_model()(title=title)
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


def make_user(email: str, group: str | None = None, **extra):
    from allauth.account.models import EmailAddress

    ensure_roles()
    ensure_minutes_workflow()
    user = get_user_model().objects.create_user(
        username=email.split("@")[0], email=email, password=PASSWORD, **extra
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user

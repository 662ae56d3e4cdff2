"""Which translations of each page are missing, unpublished or out of date.

"Out of date" means the source page was published after the translation was: text added to the
source since then is not in the translation (or sits there untranslated) until someone
translates it."""

from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page


class Status(StrEnum):
    CURRENT = "current"
    OUTDATED = "outdated"
    DRAFT = "draft"
    MISSING = "missing"


STATUS_LABELS = {
    Status.CURRENT: _("up to date"),
    Status.OUTDATED: _("out of date"),
    Status.DRAFT: _("not published"),
    Status.MISSING: _("missing"),
}


@dataclass(frozen=True)
class Cell:
    language: str
    status: Status
    page: Page | None

    @property
    def label(self):
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class Row:
    source: Page
    cells: list[Cell]

    @property
    def needs_work(self) -> bool:
        return any(cell.status != Status.CURRENT for cell in self.cells)


def _status(source: Page, translation: Page | None) -> Status:
    if translation is None:
        return Status.MISSING
    if not translation.live:
        return Status.DRAFT
    if (
        source.last_published_at
        and translation.last_published_at
        and source.last_published_at > translation.last_published_at
    ):
        return Status.OUTDATED
    return Status.CURRENT


def translation_status(sources: QuerySet[Page] | None = None) -> list[Row]:
    """One row per source-language page, one cell per other language. Two queries."""
    default = Locale.get_default()
    if sources is None:
        sources = Page.objects.filter(locale=default, depth__gt=1)
    sources = list(sources.order_by("path"))
    translations = Page.objects.filter(
        translation_key__in=[page.translation_key for page in sources]
    ).exclude(locale=default)
    by_key: dict = {}
    for page in translations.select_related("locale"):
        by_key[(page.translation_key, page.locale.language_code)] = page
    languages = [code for code, _name in settings.LANGUAGES if code != default.language_code]
    return [
        Row(
            source=source,
            cells=[
                Cell(
                    code,
                    _status(source, by_key.get((source.translation_key, code))),
                    by_key.get((source.translation_key, code)),
                )
                for code in languages
            ],
        )
        for source in sources
    ]

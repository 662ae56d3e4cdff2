"""Participation figures across events: registrations, attendance and feedback responses
per event, per year, per category and by language of communication.

One source: the forum counts registrations and attendance per (event, language) cell
(`forum.public.participation_by_event_and_language`, one GROUP BY), this app counts responses
per (event, language) the same way, both only for past, held events. Every figure shown —
per event, per year, per category, per language, on the page, in the charts and in the CSV —
is a sum of those cells, so the totals cannot disagree (a year once showed 0 registrations
beside a language table with 34: the language table counted all events of the year, the year
only the past ones). A check-in therefore counts as public participation only once its event
is over. A page costs the same number of queries for 20 events or 2,000."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponseBadRequest
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from core.i18n import text_direction
from core.percentages import rounded_percent
from events.models import EventCategory, EventPage, EventStatus
from forum import public as forum_public

from ..charts import BarChart, Series
from ..csv_export import csv_response
from ..models import Response, Survey
from ..translations import NATIVE_NAMES, SOURCE_LANGUAGE, normalise_language
from .results import yearly_comparison

EVENTS_PER_PAGE = 50
STATISTICS_CACHE_SECONDS = 60


@dataclass
class Figures:
    registered: int = 0
    confirmed: int = 0
    attended: int = 0
    responses: int = 0
    events: int = 0

    def add(self, other: "Figures") -> None:
        self.registered += other.registered
        self.confirmed += other.confirmed
        self.attended += other.attended
        self.responses += other.responses
        self.events += other.events

    @property
    def response_rate(self) -> int | None:
        """Answers per person who attended, in whole percent (rounded, never truncated)."""
        return rounded_percent(self.responses, self.attended) if self.attended else None

    @property
    def response_rate_display(self) -> str:
        rate = self.response_rate
        return "–" if rate is None else f"{formats.number_format(rate, 0)} %"


@dataclass
class EventRow:
    event_id: int
    title: str
    start: datetime
    year: int
    categories: list[str]
    figures: Figures
    has_forum: bool
    # The cells this row's figures are the sum of (responses and participation by language).
    languages: dict[str, Figures] = field(default_factory=dict)
    url: str = ""
    lang: str = SOURCE_LANGUAGE


@dataclass
class Statistics:
    rows: list[EventRow]
    years: list[tuple[int, Figures]] = field(default_factory=list)

    def rows_for_year(self, year: int | None) -> list[EventRow]:
        return [row for row in self.rows if year is None or row.year == year]


def past_events(now: datetime | None = None):
    """German originals of past, held events (translations share their figures)."""
    now = now or timezone.now()
    return (
        EventPage.objects.live()
        .filter(locale__language_code=SOURCE_LANGUAGE, end__lt=now)
        .exclude(status=EventStatus.CANCELLED)
    )


def event_statistics(now: datetime | None = None) -> Statistics:
    """One row per past event with its figures. Queries: events, categories, responses, plus
    the forum's participation query. Kept for `STATISTICS_CACHE_SECONDS` (figures of past
    events change slowly; the key includes the minute so it never outlives that)."""
    if now is None:
        key = f"feedback-statistics:{timezone.now():%Y%m%d%H%M}"
        cached = cache.get(key)
        if cached is None:
            cached = _event_statistics(timezone.now())
            cache.set(key, cached, STATISTICS_CACHE_SECONDS)
        return cached
    return _event_statistics(now)


def _event_statistics(now: datetime) -> Statistics:
    events = past_events(now)
    event_list = list(events.order_by("-start", "-pk").values_list("id", "title", "start"))
    ids = [row[0] for row in event_list]
    through = EventPage._meta.get_field("categories").remote_field.through
    categories = defaultdict(list)
    # In the editor's order (the order they were added): the first is the event's kind.
    for event_id, slug in (
        through.objects.filter(eventpage__in=events.values("pk"))
        .order_by("pk")
        .values_list("eventpage_id", "eventcategory__slug")
    ):
        categories[event_id].append(slug)
    # Answers to the surveys of these events by (event, language): no join to the page tree.
    responses: dict[int, dict[str, int]] = defaultdict(dict)
    for event_id, code, count in (
        Response.objects.filter(survey__event_id__in=ids)
        .values_list("survey__event_id", "language")
        .annotate(n=Count("id"))
        .order_by()
    ):
        code = normalise_language(code)
        responses[event_id][code] = responses[event_id].get(code, 0) + count
    participation = forum_public.participation_by_event_and_language(ids) if ids else {}
    zone = timezone.get_current_timezone()
    rows = []
    for event_id, title, start in event_list:
        languages: dict[str, Figures] = defaultdict(Figures)
        for code, part in participation.get(event_id, {}).items():
            cell = languages[normalise_language(code)]
            cell.registered += part.registered
            cell.confirmed += part.confirmed
            cell.attended += part.attended
        for code, count in responses.get(event_id, {}).items():
            languages[code].responses += count
        figures = Figures(events=1)
        for cell in languages.values():
            figures.add(cell)
        rows.append(
            EventRow(
                event_id=event_id,
                title=title,
                start=start,
                year=start.astimezone(zone).year,
                categories=categories.get(event_id, []),
                figures=figures,
                has_forum=event_id in participation,
                languages=dict(languages),
            )
        )
    statistics = Statistics(rows=rows)
    by_year: dict[int, Figures] = defaultdict(Figures)
    for row in rows:
        by_year[row.year].add(row.figures)
    statistics.years = sorted(by_year.items(), reverse=True)
    return statistics


def by_category(rows: list[EventRow]) -> dict[str, Figures]:
    """Figures per kind of event. Each event counts once, under its first category, so the
    categories add up to the year (an event in two categories counted twice made the table
    add up to more people than came)."""
    totals: dict[str, Figures] = defaultdict(Figures)
    for row in rows:
        totals[row.categories[0] if row.categories else "-"].add(row.figures)
    return dict(totals)


def total_of(figures) -> Figures:
    """The sum of a table's rows, shown as its last row."""
    total = Figures()
    for item in figures:
        total.add(item)
    return total


def category_names(slugs, language: str) -> dict[str, str]:
    """Names in `language`, else German, else the slug (one query)."""
    names: dict[str, str] = {}
    rows = EventCategory.objects.filter(
        slug__in=list(slugs), locale__language_code__in={language, SOURCE_LANGUAGE}
    ).values_list("slug", "name", "locale__language_code")
    for slug, name, code in rows:
        if code == language or slug not in names:
            names[slug] = name
    names["-"] = _("Without category")
    return names


def by_language(rows: list[EventRow]) -> dict[str, Figures]:
    """Registrations, attendance and responses by language of communication: sums of the
    same per-event cells as every other table (in the order of settings.LANGUAGES)."""
    totals: dict[str, Figures] = defaultdict(Figures)
    for row in rows:
        for code, cell in row.languages.items():
            totals[code].add(cell)
    order = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
    return dict(sorted(totals.items(), key=lambda item: order.get(item[0], 99)))


def localise_rows(rows: list[EventRow], request: HttpRequest, language: str) -> None:
    """Titles and links of the shown events in the visitor's language (one query)."""
    if not rows:
        return
    keys = EventPage.objects.filter(pk__in=[row.event_id for row in rows]).values("translation_key")
    pages = (
        EventPage.objects.live()
        .public()
        .filter(translation_key__in=keys, locale__language_code__in={language, SOURCE_LANGUAGE})
        .select_related("locale")
        .only(
            "id", "title", "url_path", "path", "depth", "translation_key", "locale__language_code"
        )
    )
    originals: dict[str, int] = {}
    best: dict[str, EventPage] = {}
    for page in pages:
        key = str(page.translation_key)
        if page.locale.language_code == SOURCE_LANGUAGE:
            originals[key] = page.pk
        if page.locale.language_code == language or key not in best:
            best[key] = page
    by_event = {originals[key]: page for key, page in best.items() if key in originals}
    for row in rows:
        page = by_event.get(row.event_id)
        if page is not None:
            row.title = page.title
            row.url = page.get_url(request) or ""
            row.lang = page.locale.language_code


def _figures_chart(chart_id: str, title: str, labels, figures: list[Figures], language: str):
    return BarChart(
        chart_id=chart_id,
        title=title,
        categories=labels,
        series=[
            Series(_("Registrations"), [f.registered for f in figures]),
            Series(_("Attended"), [f.attended for f in figures]),
            Series(_("Feedback answers"), [f.responses for f in figures]),
        ],
        direction=text_direction(language),
        lang=language,
    )


def open_yearly_survey() -> dict | None:
    """This year's satisfaction survey, while it takes answers through its public link."""
    survey = (
        Survey.objects.yearly().open_at().filter(public_link_enabled=True).order_by("-year").first()
    )
    if survey is None:
        return None
    return {
        "survey": survey,
        "url": reverse("feedback:public", kwargs={"key": survey.public_key}),
        "closes_at": survey.closes_at,
    }


def _year(text: str) -> int:
    """A year from a query parameter, or ValueError: a number outside 1..9999 is no year
    (a `__year` lookup builds datetime(year, 1, 1) and would fail with it)."""
    year = int(text)
    if not 1 <= year <= 9999:
        raise ValueError(text)
    return year


def statistics_context(
    *,
    request: HttpRequest,
    year_param: str | None,
    page_param: str | None,
    public: bool,
    unpublished_yearly: bool | None = None,
) -> dict:
    """The figures page. `unpublished_yearly` (default: not `public`) also compares yearly
    surveys whose results are not yet published: only for those who manage the yearly
    survey (feedback.permissions)."""
    if unpublished_yearly is None:
        unpublished_yearly = not public
    language = normalise_language(translation.get_language())
    statistics = event_statistics()
    years = [year for year, _figures in statistics.years]
    status = 200
    error = ""
    selected = years[0] if years else None
    if year_param:
        try:
            wanted = _year(year_param)
        except ValueError:
            wanted = None
            error = _("“%(value)s” is not a year. Please choose one of the years below.") % {
                "value": year_param[:20]
            }
            status = 400
        if wanted is not None:
            if wanted in years:
                selected = wanted
            else:
                error = _(
                    "There are no figures for %(year)s. Please choose one of the years below."
                ) % {"year": wanted}
                status = 404
    rows = statistics.rows_for_year(selected)
    categories = by_category(rows)
    names = category_names(categories.keys(), language)
    category_items = sorted(
        ((names.get(slug, slug), figures) for slug, figures in categories.items()),
        key=lambda item: (-item[1].registered, item[0]),
    )
    languages = by_language(rows) if selected is not None else {}
    language_items = [(code, NATIVE_NAMES.get(code, code), f) for code, f in languages.items()]
    shown = [row for row in rows if row.has_forum or row.figures.responses]
    page = Paginator(shown, EVENTS_PER_PAGE).get_page(page_param)
    localise_rows(list(page.object_list), request, language)
    years_ascending = list(reversed(statistics.years))
    context = {
        "language": language,
        "status": status,
        "error": error,
        "years": statistics.years,
        "selected_year": selected,
        "year_chart": _figures_chart(
            "stats-years",
            _("Participation per year"),
            [str(year) for year, _f in years_ascending],
            [f for _year, f in years_ascending],
            language,
        )
        if years
        else None,
        "categories": category_items,
        "categories_total": total_of(f for _name, f in category_items),
        "category_chart": _figures_chart(
            "stats-categories",
            _("Participation per category in %(year)s") % {"year": selected},
            [name for name, _f in category_items],
            [f for _name, f in category_items],
            language,
        )
        if category_items
        else None,
        "languages": language_items,
        "languages_total": total_of(f for _code, _name, f in language_items),
        "language_chart": _figures_chart(
            "stats-languages",
            _("Participation by language of communication in %(year)s") % {"year": selected},
            [name for _code, name, _f in language_items],
            [f for _code, _name, f in language_items],
            language,
        )
        if language_items
        else None,
        "event_page": page,
        "yearly": yearly_comparison(language=language, public=not unpublished_yearly),
        "open_yearly": open_yearly_survey(),
        "public": public,
    }
    return context


def statistics_page_context(request: HttpRequest) -> dict:
    context = statistics_context(
        request=request,
        year_param=request.GET.get("year"),
        page_param=request.GET.get("page"),
        public=True,
    )
    context["csv_url"] = reverse("feedback:statistics_csv")
    return context


CSV_TABLES = ("events", "years", "categories", "languages")


def statistics_rows(table: str, *, language: str, year: int | None):
    """Rows of one figure table for CSV export (headers first)."""
    statistics = event_statistics()
    header = [_("Registrations"), _("Confirmed"), _("Attended"), _("Feedback answers")]

    def numbers(f: Figures):
        return [f.registered, f.confirmed, f.attended, f.responses]

    if table == "years":
        yield [_("Year"), _("Events"), *header]
        for y, figures in sorted(statistics.years):
            yield [y, figures.events, *numbers(figures)]
    elif table == "categories":
        rows = statistics.rows_for_year(year)
        totals = by_category(rows)
        names = category_names(totals.keys(), language)
        yield [_("Category"), _("Events"), *header]
        named = [(names.get(slug, slug), figures) for slug, figures in totals.items()]
        for name, figures in sorted(named, key=lambda item: item[0]):
            yield [name, figures.events, *numbers(figures)]
    elif table == "languages":
        yield [_("Language"), *header]
        for code, figures in by_language(statistics.rows_for_year(year)).items():
            yield [NATIVE_NAMES.get(code, code), *numbers(figures)]
    else:
        rows = statistics.rows_for_year(year)
        # Category names in the reader's language, never slugs (one query for all rows).
        names = category_names({slug for row in rows for slug in row.categories}, language)
        yield [_("Date"), _("Event"), _("Categories"), *header]
        for row in rows:
            yield [
                timezone.localtime(row.start).date().isoformat(),
                row.title,
                ", ".join(names.get(slug, slug) for slug in row.categories),
                *numbers(row.figures),
            ]


def statistics_csv_response(request: HttpRequest):
    table = request.GET.get("table", "events")
    year_param = request.GET.get("year")
    if table not in CSV_TABLES:
        return HttpResponseBadRequest(
            _("Unknown table. Choose one of: %(tables)s.") % {"tables": ", ".join(CSV_TABLES)},
            content_type="text/plain; charset=utf-8",
        )
    year = None
    if year_param:
        try:
            year = _year(year_param)
        except ValueError:
            return HttpResponseBadRequest(
                _("“year” must be a year such as 2025."), content_type="text/plain; charset=utf-8"
            )
    language = normalise_language(translation.get_language())
    suffix = f"-{year}" if year else ""
    # Built before streaming starts, while the request's language is active.
    rows = list(statistics_rows(table, language=language, year=year))
    return csv_response(rows, filename=f"teilhabe-{table}{suffix}.csv")

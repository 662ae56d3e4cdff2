"""Reads: survey results, aggregated in the database with a constant number of queries.

Choice answers are counted per option (a multiple-choice answer adds one to each option it
chose, never a count per combination). Public results show nothing but the number of answers
when fewer than `PUBLIC_MIN_ANSWERS` people answered, and only approved free texts."""

import hashlib
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Q
from django.utils import formats
from django.utils.translation import gettext as _

from core.i18n import text_direction
from core.percentages import largest_remainder, rounded_percent
from events.models import EventPage
from forum import public as forum_public

from ..charts import BarChart, Series
from ..models import Answer, Invitation, Moderation, Question, QuestionKind, Response, Survey
from ..translations import LocalText, pick

PUBLIC_MIN_ANSWERS = 5
PUBLIC_TEXTS_LIMIT = 50
AGGREGATE_CACHE_SECONDS = 24 * 3600
# Free texts "newest first" can only mean newest day first: within a day, the random ids
# give an order that says nothing about arrival (feedback/models.py).
NEWEST_FIRST = ("-response__submitted_on", "id")


@dataclass
class OptionResult:
    key: str
    label: LocalText
    count: int
    percent: int  # whole percent of the people who answered (core.percentages)


@dataclass
class FreeText:
    id: uuid.UUID
    text: str
    lang: str
    moderation: str

    @property
    def dir(self) -> str:
        return text_direction(self.lang)


@dataclass
class QuestionResult:
    question: Question
    text: LocalText
    answered: int
    options: list[OptionResult] = field(default_factory=list)
    mean: float | None = None
    texts: list[FreeText] = field(default_factory=list)
    too_few: bool = False
    chart: BarChart | None = None

    @property
    def kind(self) -> str:
        return self.question.kind

    @property
    def is_text(self) -> bool:
        return self.question.kind == QuestionKind.TEXT

    @property
    def is_multiple(self) -> bool:
        return self.question.kind == QuestionKind.MULTIPLE

    @property
    def mean_display(self) -> str:
        return "" if self.mean is None else formats.number_format(self.mean, 1)


@dataclass
class SurveyResults:
    survey: Survey
    title: LocalText
    language: str
    total: int
    via_public_link: int
    questions: list[QuestionResult]
    public: bool
    attended: int | None = None
    registered: int | None = None
    invited: int | None = None
    too_few: bool = False

    @property
    def via_invitation(self) -> int:
        return self.total - self.via_public_link

    @property
    def response_rate(self) -> float | None:
        """Answers through personal links per person who attended."""
        if not self.attended:
            return None
        return rounded_percent(self.via_invitation, self.attended)

    @property
    def response_rate_display(self) -> str:
        rate = self.response_rate
        return "" if rate is None else formats.number_format(rate, 0)


@dataclass
class Aggregates:
    counts: dict[int, Counter] = field(default_factory=lambda: defaultdict(Counter))
    answered: dict[int, int] = field(default_factory=dict)


def aggregate_answers(questions: Iterable[Question]) -> Aggregates:
    """Counts per (question, value/option) and people per question: two queries at most."""
    questions = list(questions)
    result = Aggregates()
    if not questions:
        return result
    ids = [q.pk for q in questions]
    rows = (
        Answer.objects.filter(question_id__in=ids)
        .values_list("question_id", "value", "choice")
        .annotate(n=Count("id"))
        .order_by()
    )
    for question_id, value, choice, count in rows:
        key = value if value is not None else (choice or "")
        result.counts[question_id][key] += count
    multiple = [q.pk for q in questions if q.kind == QuestionKind.MULTIPLE]
    if multiple:
        result.answered.update(
            Answer.objects.filter(question_id__in=multiple)
            .values_list("question_id")
            .annotate(n=Count("response_id", distinct=True))
            .order_by()
        )
    for question in questions:
        if question.pk not in result.answered:
            result.answered[question.pk] = sum(result.counts[question.pk].values())
    return result


def cached_aggregates(survey: Survey, questions: list[Question], *, total: int) -> Aggregates:
    """`aggregate_answers`, kept in the cache until the next answer arrives: the key holds
    the number of responses, which only grows (responses are never edited or deleted one by
    one; ids are random, so there is no "newest id" to add), and the survey's creation time
    against a reused id. A changed question set changes the key too."""
    signature = ",".join(f"{q.pk}:{q.kind}:{len(q.options or [])}" for q in questions)
    signature += f"|{survey.created_at.isoformat() if survey.created_at else ''}"
    digest = hashlib.sha256(signature.encode()).hexdigest()[:16]
    key = f"feedback-aggregates:{survey.pk}:{total}:{digest}"
    stored = cache.get(key)
    if stored is not None:
        counts, answered = stored
        result = Aggregates()
        for question_id, values in counts.items():
            result.counts[question_id].update(values)
        result.answered.update(answered)
        return result
    result = aggregate_answers(questions)
    cache.set(
        key,
        ({q: dict(c) for q, c in result.counts.items()}, dict(result.answered)),
        AGGREGATE_CACHE_SECONDS,
    )
    return result


def question_result(
    question: Question, aggregates: Aggregates, *, language: str, chart_prefix: str = "q"
) -> QuestionResult:
    counts = aggregates.counts.get(question.pk, Counter())
    answered = aggregates.answered.get(question.pk, 0)
    result = QuestionResult(
        question=question, text=pick(question.text, language), answered=answered
    )
    if question.kind == QuestionKind.SCALE:
        values = list(question.scale_values())
        total = sum(counts[v] for v in values)
        shares = largest_remainder([counts[v] for v in values], answered)
        result.options = [
            OptionResult(str(v), LocalText(str(v), language), counts[v], share)
            for v, share in zip(values, shares, strict=True)
        ]
        if total:
            result.mean = sum(v * counts[v] for v in values) / total
    elif question.is_choice:
        keys = [option["key"] for option in question.options]
        # One answer each: the row adds up to 100 %. Several answers: each share on its own.
        shares = largest_remainder([counts[key] for key in keys], answered)
        result.options = [
            OptionResult(key, pick(option.get("text"), language), counts[key], share)
            for key, option, share in zip(keys, question.options, shares, strict=True)
        ]
    if result.options:
        categories = [option.label for option in result.options]
        if question.kind == QuestionKind.SCALE:
            low = pick(question.scale_low_label, language).text
            high = pick(question.scale_high_label, language).text
            if low:
                categories[0] = LocalText(f"1 – {low}", result.options[0].label.lang)
            if high:
                last = question.scale_max
                categories[-1] = LocalText(f"{last} – {high}", result.options[-1].label.lang)
        result.chart = BarChart(
            chart_id=f"{chart_prefix}{question.pk}",
            title=result.text.text,
            categories=categories,
            series=[
                Series(
                    _("Answers"),
                    [option.count for option in result.options],
                    [f"{option.count} ({option.percent} %)" for option in result.options],
                )
            ],
            direction=text_direction(language),
            lang=language,
        )
    return result


def _free_texts(question_ids: list[int], *, approved_only: bool, limit: int | None):
    """Newest free texts per question; with `limit`, the database cuts each list (one query
    per free-text question, however many answers there are)."""
    grouped = defaultdict(list)
    for question_id in question_ids:
        answers = (
            Answer.objects.filter(question_id=question_id)
            .exclude(text="")
            .order_by(*NEWEST_FIRST)
            .values_list("id", "text", "response__language", "moderation")
        )
        if approved_only:
            answers = answers.filter(moderation=Moderation.APPROVED)
        if limit is not None:
            answers = answers[:limit]
        grouped[question_id] = [FreeText(*row) for row in answers]
    return grouped


def survey_results(
    survey: Survey,
    *,
    language: str,
    public: bool,
    with_participation: bool = False,
    with_texts: bool = True,
) -> SurveyResults:
    """Everything a results page shows. Queries: questions, counts, people per multiple-choice
    question, totals, approved texts (public) — plus participation and invitations for the
    organisers' view. Independent of the number of answers."""
    questions = list(survey.questions.all())
    totals = Response.objects.filter(survey=survey).aggregate(
        total=Count("id"), public=Count("id", filter=Q(via_public_link=True))
    )
    total = totals["total"] or 0
    results = SurveyResults(
        survey=survey,
        title=survey.display_title(language),
        language=language,
        total=total,
        via_public_link=totals["public"] or 0,
        questions=[],
        public=public,
        too_few=public and total < PUBLIC_MIN_ANSWERS,
    )
    if with_participation and survey.event_id:
        figures = forum_public.participation_by_event([survey.event_id]).get(survey.event_id)
        if figures is not None:
            results.attended = figures.attended
            results.registered = figures.registered
        results.invited = Invitation.objects.filter(survey=survey, sent_at__isnull=False).count()
    if results.too_few:
        return results
    aggregates = cached_aggregates(survey, questions, total=total)
    texts = {}
    if with_texts and public:
        text_ids = [q.pk for q in questions if q.kind == QuestionKind.TEXT]
        texts = _free_texts(text_ids, approved_only=True, limit=PUBLIC_TEXTS_LIMIT)
    for question in questions:
        result = question_result(question, aggregates, language=language)
        result.too_few = public and result.answered < PUBLIC_MIN_ANSWERS
        if result.too_few:
            result.chart = None
            result.options = []
            result.mean = None
        elif question.kind == QuestionKind.TEXT:
            result.texts = texts.get(question.pk, [])
        results.questions.append(result)
    return results


def _text_question_ids(survey: Survey) -> list[int]:
    return list(
        Question.objects.filter(survey=survey, kind=QuestionKind.TEXT).values_list("pk", flat=True)
    )


def free_texts_for_moderation(survey: Survey, *, status: str | None = None):
    """Free texts of a survey for the organisers, newest day first (a QuerySet to paginate).
    Filtered by the survey's free-text questions, so the (question, moderation) index
    narrows it to the texts before anything else is read."""
    answers = (
        Answer.objects.filter(question_id__in=_text_question_ids(survey))
        .exclude(text="")
        .select_related("question", "response")
        .only(
            "id",
            "text",
            "moderation",
            "question__id",
            "question__text",
            "response__language",
            "response__submitted_on",
            "response__via_public_link",
        )
        .order_by(*NEWEST_FIRST)
    )
    if status:
        answers = answers.filter(moderation=status)
    return answers


def moderation_counts(survey: Survey) -> dict[str, int]:
    counts = dict.fromkeys(Moderation.values, 0)
    counts.update(
        Answer.objects.filter(question_id__in=_text_question_ids(survey))
        .exclude(text="")
        .values_list("moderation")
        .annotate(n=Count("id"))
        .order_by()
    )
    return counts


def published_results_for_event(event: EventPage, *, language: str) -> SurveyResults | None:
    """The published results shown on an event page (any translation of it)."""
    survey = (
        Survey.objects.published()
        .filter(event__translation_key=event.translation_key)
        .select_related("event")
        .first()
    )
    if survey is None:
        return None
    return survey_results(survey, language=language, public=True)


# --- Yearly satisfaction survey: year over year ---------------------------------------------


@dataclass
class YearPoint:
    year: int
    total: int
    answered: int
    mean: float | None
    percents: dict[str, int]


@dataclass
class KeyComparison:
    key: str
    text: LocalText
    kind: str
    points: list[YearPoint]
    options: list[tuple[str, LocalText]]
    chart: BarChart | None = None

    def rows(self) -> list[dict]:
        return [
            {
                "year": point.year,
                "answered": point.answered,
                "mean": "" if point.mean is None else formats.number_format(point.mean, 1),
                "percents": [point.percents.get(key, 0) for key, _label in self.options],
            }
            for point in self.points
        ]


@dataclass
class YearlyComparison:
    years: list[int]
    totals: dict[int, int]
    keys: list[KeyComparison]


def yearly_comparison(*, language: str, public: bool) -> YearlyComparison:
    """Questions with the same key compared across the yearly surveys (five queries)."""
    surveys = Survey.objects.yearly().order_by("year")
    if public:
        surveys = surveys.published()
    surveys = list(surveys)
    totals = dict(
        Response.objects.filter(survey__in=surveys)
        .values_list("survey_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    if public:
        surveys = [s for s in surveys if totals.get(s.pk, 0) >= PUBLIC_MIN_ANSWERS]
    if not surveys:
        return YearlyComparison(years=[], totals={}, keys=[])
    year_of = {s.pk: s.year for s in surveys}
    questions = list(
        Question.objects.filter(survey__in=surveys)
        .exclude(key="")
        .exclude(kind=QuestionKind.TEXT)
        .order_by("survey_id", "sort_order")
    )
    aggregates = aggregate_answers(questions)
    by_key: dict[str, list[Question]] = defaultdict(list)
    for question in questions:
        by_key[question.key].append(question)
    latest_survey = surveys[-1].pk
    ordered_keys = sorted(
        by_key,
        key=lambda k: min(
            (q.sort_order for q in by_key[k] if q.survey_id == latest_survey), default=99
        ),
    )
    comparisons = []
    direction = text_direction(language)
    for key in ordered_keys:
        group = sorted(by_key[key], key=lambda q: year_of[q.survey_id])
        latest = group[-1]
        points = []
        for question in group:
            counts = aggregates.counts.get(question.pk, Counter())
            answered = aggregates.answered.get(question.pk, 0)
            mean = None
            if question.kind == QuestionKind.SCALE and answered:
                total_values = sum(counts[v] for v in question.scale_values())
                if total_values:
                    mean = sum(v * counts[v] for v in question.scale_values()) / total_values
            points.append(
                YearPoint(
                    year=year_of[question.survey_id],
                    total=totals.get(question.survey_id, 0),
                    answered=answered,
                    mean=mean,
                    percents=dict(
                        zip(
                            latest.option_keys,
                            largest_remainder([counts[k] for k in latest.option_keys], answered),
                            strict=True,
                        )
                    ),
                )
            )
        options = [(o["key"], pick(o.get("text"), language)) for o in latest.options]
        comparison = KeyComparison(
            key=key,
            text=pick(latest.text, language),
            kind=latest.kind,
            points=points,
            options=options,
        )
        if latest.kind == QuestionKind.SCALE:
            comparison.chart = BarChart(
                chart_id=f"yearly-{key}",
                title=comparison.text.text,
                categories=[str(p.year) for p in points],
                series=[
                    Series(
                        _("Mean"),
                        [p.mean or 0 for p in points],
                        [
                            "–" if p.mean is None else formats.number_format(p.mean, 1)
                            for p in points
                        ],
                    )
                ],
                max_value=latest.scale_max,
                direction=direction,
                lang=language,
            )
        elif options:
            comparison.chart = BarChart(
                chart_id=f"yearly-{key}",
                title=comparison.text.text,
                categories=[label for _key, label in options],
                series=[
                    Series(
                        str(p.year),
                        [p.percents.get(k, 0) for k, _label in options],
                        [f"{p.percents.get(k, 0)} %" for k, _l in options],
                    )
                    for p in points
                ],
                max_value=100,
                direction=direction,
                lang=language,
            )
        comparisons.append(comparison)
    return YearlyComparison(
        years=[s.year for s in surveys],
        totals={s.year: totals.get(s.pk, 0) for s in surveys},
        keys=comparisons,
    )

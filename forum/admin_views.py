"""The organiser dashboard in the Wagtail admin: figures, registrations, manual add and cancel,
undoing a check-in, a message to everyone confirmed, exports. Only the forum's organisers (and
superusers) get in; everyone else gets 403, so editors never see personal data. Every action
on personal data here is recorded in the audit log (core/audit.py, forum/audit_actions.py)."""

from functools import partial

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from wagtail.admin import messages

from core import audit
from core.i18n import language_name
from core.params import search_text
from portal.views import error_403

from . import emails, exports, privacy, selectors, services
from .forms import ManualRegistrationForm, MessageForm
from .models import Forum, Registration, RegistrationStatus, RegistrationWish

PER_PAGE = 50
Status = RegistrationStatus


def managed_forum(request, forum_id: int) -> Forum:
    forum = get_object_or_404(Forum.objects.select_related("event"), pk=forum_id)
    user = request.user
    if not (user.is_superuser or forum.organisers.filter(pk=user.pk).exists()):
        raise PermissionDenied
    return forum


def forum_or_403(request, forum_id: int) -> Forum | None:
    """Like managed_forum, for the screens that answer 403 themselves (the audit log, undo):
    Wagtail turns a raised PermissionDenied into a redirect to the admin home, and inside
    /admin/ a 404 becomes a redirect too. An unknown forum looks the same as someone else's."""
    forum = Forum.objects.select_related("event").filter(pk=forum_id).first()
    user = request.user
    if forum is None or not (user.is_superuser or forum.organisers.filter(pk=user.pk).exists()):
        return None
    return forum


def _breadcrumbs(forum: Forum, *extra) -> list[dict]:
    return [
        {"url": reverse("wagtailadmin_home"), "label": _("Home")},
        {"url": reverse("wagtailsnippets_forum_forum:list"), "label": _("Forums")},
        {"url": reverse("forum_dashboard", args=[forum.pk]), "label": str(forum)},
        *extra,
    ]


# The registration list's orders: the fields, the option's label, and the sentence above the
# table that states the order in use.
ORDERS = {
    "registered": (
        ("created_at", "pk"),
        gettext_lazy("Date of registration"),
        gettext_lazy("Sorted by date of registration, oldest first."),
    ),
    "name": (("name", "pk"), gettext_lazy("Name"), gettext_lazy("Sorted by name, A to Z.")),
}


@require_safe
def dashboard(request, forum_id: int):
    forum = managed_forum(request, forum_id)
    query = search_text(request.GET.get("q"))
    status = request.GET.get("status", "")
    order = request.GET.get("order", "")
    order = order if order in ORDERS else "registered"
    registrations = forum.registrations.filter(erased_at__isnull=True)  # erased rows only count
    if status in Status.values:
        registrations = registrations.filter(status=status)
    registrations = registrations.search(query).order_by(*ORDERS[order][0])
    page = Paginator(registrations, PER_PAGE).get_page(request.GET.get("p"))
    wishes = Prefetch("wishes", queryset=RegistrationWish.objects.select_related("theme"))
    people = list(page.object_list.prefetch_related(wishes))  # one query, wishes or not
    interpretation = [
        {**row, "language": language_name(row["interpretation_language"])}
        for row in selectors.interpretation_counts(forum)
    ]
    audit.record(
        instance=forum,
        action="forum.registrations_view",
        user=request.user,
        # Only what the filter understood: the raw parameter is whatever someone typed.
        data={
            "page": page.number,
            "status": status if status in Status.values else "",
            "searched": bool(query),
        },
    )
    return TemplateResponse(
        request,
        "forum/admin/dashboard.html",
        {
            "forum": forum,
            "figures": selectors.forum_figures(forum),
            "themes": selectors.theme_wish_counts(forum),
            "interpretation": interpretation,
            "page": page,
            "people": people,
            "query": query,
            "status": status,
            "statuses": Status.choices,
            "order": order,
            "orders": [(key, label) for key, (_fields, label, _said) in ORDERS.items()],
            "order_statement": ORDERS[order][2],
            "header_title": str(forum),
            "breadcrumbs_items": _breadcrumbs(forum)[:-1],
            "check_in_url": reverse("forum:check_in", args=[forum.pk]),
            "audit_url": reverse("forum_audit", args=[forum.pk]),
            "edit_url": reverse("wagtailsnippets_forum_forum:edit", args=[forum.pk]),
        },
    )


def _log_export(request, forum: Forum, file_format: str) -> None:
    audit.record(
        instance=forum, action="forum.export", user=request.user, data={"format": file_format}
    )


@require_safe
def export_csv(request, forum_id: int):
    forum = managed_forum(request, forum_id)
    _log_export(request, forum, "csv")
    return exports.csv_response(forum)


@require_safe
def export_xlsx(request, forum_id: int):
    forum = managed_forum(request, forum_id)
    _log_export(request, forum, "xlsx")
    return exports.xlsx_response(forum)


@require_POST
def cancel_registration(request, forum_id: int, registration_id: int):
    forum = managed_forum(request, forum_id)
    registration = get_object_or_404(Registration, pk=registration_id, forum=forum)
    with transaction.atomic():
        outcome = services.registration_cancel(registration=registration, by_organiser=True)
        if outcome.changed:
            audit.record(
                instance=forum,
                action="forum.registration_cancel",
                user=request.user,
                person=registration.pk,
                name=registration.name,
            )
    if outcome.changed:
        text = _("Registration of %(name)s cancelled.") % {"name": registration.name}
        if outcome.promoted:
            text += " " + _("Moved up from the waiting list: %(names)s.") % {
                "names": ", ".join(person.name for person in outcome.promoted)
            }
        messages.success(request, text)
    else:
        messages.warning(request, _("This registration was cancelled already."))
    return redirect("forum_dashboard", forum.pk)


@require_http_methods(["GET", "HEAD", "POST"])
def add_registration(request, forum_id: int):
    forum = managed_forum(request, forum_id)
    form = ManualRegistrationForm(request.POST or None, forum=forum, initial={"language": "de"})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                registration = services.registration_create(
                    forum=forum,
                    name=data["name"],
                    email=data.get("email", ""),
                    language=data["language"],
                    phone=data.get("phone", ""),
                    wishes=form.wishes(),
                    needs=form.needs(),
                    comments=data.get("comments", ""),
                    source=Registration.Source.MANUAL,
                    consent=data["consent"],
                    notify=data.get("notify", False),
                )
                audit.record(
                    instance=forum,
                    action="forum.registration_add",
                    user=request.user,
                    person=registration.pk,
                    name=registration.name,
                )
        except services.RegistrationError as error:
            form.add_error(None, str(error.message))
        else:
            messages.success(
                request,
                _("%(name)s added: %(status)s.")
                % {"name": registration.name, "status": registration.get_status_display()},
            )
            return redirect("forum_dashboard", forum.pk)
    return TemplateResponse(
        request,
        "forum/admin/form.html",
        {
            "forum": forum,
            "form": form,
            "header_title": _("Add a registration"),
            "breadcrumbs_items": _breadcrumbs(forum, {"url": "", "label": _("Add")}),
            "submit_label": _("Add"),
        },
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "HEAD", "POST"])
def message_confirmed(request, forum_id: int):
    forum = managed_forum(request, forum_id)
    by_language = selectors.confirmed_languages(forum)
    recipients = sum(by_language.values())
    form = MessageForm(request.POST or None, languages=list(by_language))
    previews = []
    if request.method == "POST" and form.is_valid():
        subject, body = form.cleaned_data["subject"], form.cleaned_data["body"]
        translations = form.translations()
        if "preview" not in request.POST:
            audit.record(
                instance=forum,
                action="forum.message",
                user=request.user,
                data={"count": recipients},
            )
            transaction.on_commit(
                partial(
                    services.message_confirmed.enqueue,
                    forum_id=forum.pk,
                    subject=subject,
                    body=body,
                    translations=translations,
                )
            )
            messages.success(
                request,
                _("Your message is on its way to %(count)d people.") % {"count": recipients},
            )
            return redirect("forum_dashboard", forum.pk)
        for language, count in by_language.items():
            own = translations.get(language, {})
            preview = emails.message_preview(
                forum=forum,
                language=language,
                subject=own.get("subject") or subject,
                body=own.get("body") or body,
            )
            previews.append({**preview, "name": language_name(language), "count": count})
    return TemplateResponse(
        request,
        "forum/admin/message.html",
        {
            "forum": forum,
            "form": form,
            "previews": previews,
            "header_title": _("Message to everyone confirmed"),
            "breadcrumbs_items": _breadcrumbs(forum, {"url": "", "label": _("Message")}),
            "intro": _(
                "Goes to %(count)d confirmed people by e-mail, each in their own language: "
                "write it once, add a translation for the languages below if you can, and "
                "look at the preview before you send."
            )
            % {"count": recipients},
        },
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "HEAD", "POST"])
def erase_personal_data(request, forum_id: int):
    """Organisers erase the forum's personal data before its retention period is over."""
    forum = managed_forum(request, forum_id)
    ended = forum.event_ended()
    if request.method == "POST" and ended:
        erased = privacy.forum_personal_data_erase(forum=forum, by=request.user)
        messages.success(
            request,
            _("Personal data of %(count)d registrations deleted; the counts remain.")
            % {"count": erased},
        )
        return redirect("forum_dashboard", forum.pk)
    return TemplateResponse(
        request,
        "forum/admin/erase.html",
        {
            "forum": forum,
            "ended": ended,
            "holding": forum.registrations.filter(erased_at__isnull=True).count(),
            "retention_until": forum.retention_until(),
            "header_title": _("Delete personal data now"),
            "breadcrumbs_items": _breadcrumbs(forum, {"url": "", "label": _("Delete")}),
        },
        status=409 if request.method == "POST" else 200,
    )


@require_POST
def undo_check_in(request, forum_id: int, registration_id: int):
    """The dashboard's "undo check-in" (the desk has the same button)."""
    forum = forum_or_403(request, forum_id)
    registration = (
        Registration.objects.select_related("forum__event")
        .filter(pk=registration_id, forum=forum)
        .first()
    )
    if registration is None:
        return error_403(request)
    try:
        services.registration_check_in_undo(registration=registration, by=request.user)
    except services.RegistrationError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("Check-in of %(name)s undone.") % {"name": registration.name})
    return redirect("forum_dashboard", forum.pk)

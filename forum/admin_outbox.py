"""The forum's outbox for its organisers: what was sent to the forum's people (status,
attempts, language), and "send the confirmation again". Bodies stay hidden: they hold the
registrants' personal links."""

from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe
from wagtail.admin import messages

from core.outbox import Status, status_of
from portal.views import error_403

from . import selectors, services
from .admin_views import _breadcrumbs
from .models import LANGUAGE_CHOICES, Forum, Registration
from .public import MAIL_ABOUT_PREFIX

PER_PAGE = 50

KINDS = {
    "forum.pending": gettext_lazy("Please confirm"),
    "forum.confirmed": gettext_lazy("Confirmation"),
    "forum.waitlisted": gettext_lazy("Waiting list"),
    "forum.promoted": gettext_lazy("A seat became free"),
    "forum.cancelled": gettext_lazy("Cancellation"),
    "forum.reminder": gettext_lazy("Reminder"),
    "forum.full": gettext_lazy("No seat available"),
    "forum.already_registered": gettext_lazy("Personal link again"),
    "forum.message": gettext_lazy("Message from the organisers"),
    "feedback.invitation": gettext_lazy("Feedback invitation"),
}
STATUSES = {
    Status.WAITING: gettext_lazy("Waiting to be sent"),
    Status.RETRYING: gettext_lazy("Retrying"),
    Status.GIVEN_UP: gettext_lazy("Given up"),
    Status.SENT: gettext_lazy("Sent"),
}


def _organised(request, forum_id: int) -> Forum | None:
    """The forum if the user organises it (or is an administrator). Anyone else, the organiser
    of another forum included, gets 403 (not Wagtail's redirect): inside /admin/ a 404 would be
    redirected by the language middleware, and unknown forums look the same."""
    user = request.user
    forums = Forum.objects.select_related("event")
    if not user.is_superuser:
        forums = forums.filter(organisers=user)
    return forums.filter(pk=forum_id).first()


def _registration_id(about: str) -> int | None:
    value = about.removeprefix(MAIL_ABOUT_PREFIX)
    return int(value) if about.startswith(MAIL_ABOUT_PREFIX) and value.isdigit() else None


@require_safe
def outbox(request, forum_id: int):
    forum = _organised(request, forum_id)
    if forum is None:
        return error_403(request)
    page = Paginator(selectors.outbox_of(forum), PER_PAGE).get_page(request.GET.get("p"))
    emails = list(page.object_list)
    ids = {_registration_id(email.about) for email in emails} - {None}
    active = set(
        Registration.objects.filter(forum=forum, pk__in=ids)
        .active()
        .filter(erased_at__isnull=True)
        .values_list("pk", flat=True)
    )
    languages = dict(LANGUAGE_CHOICES)
    title = _("Sent messages: %(forum)s") % {"forum": forum}
    rows = [
        {
            "email": email,
            "kind": KINDS.get(email.kind, email.kind or _("Other")),
            "language": languages.get(email.language, email.language),
            "status": status_of(email),
            "status_label": STATUSES[status_of(email)],
            "registration_id": _registration_id(email.about),
            "may_resend": _registration_id(email.about) in active,
        }
        for email in emails
    ]
    return TemplateResponse(
        request,
        "forum/admin/outbox.html",
        {
            "forum": forum,
            "page": page,
            "rows": rows,
            "header_title": title,
            "breadcrumbs_items": _breadcrumbs(forum, {"url": "", "label": title}),
        },
    )


def resend_confirmation(request, forum_id: int, registration_id: int):
    forum = _organised(request, forum_id)
    if forum is None:  # the forum first: the method tells nothing about another forum
        return error_403(request)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    registration = get_object_or_404(Registration, pk=registration_id, forum=forum)
    try:
        services.registration_confirmation_resend(registration=registration)
    except services.RegistrationError as error:
        return TemplateResponse(
            request,
            "forum/admin/refused.html",
            {
                "forum": forum,
                "message": error.message,
                "back_url": reverse("forum_outbox", args=[forum.pk]),
                "header_title": _("Not sent"),
                "breadcrumbs_items": _breadcrumbs(forum, {"url": "", "label": _("Not sent")}),
            },
            status=409,
        )
    messages.success(
        request, _("The confirmation is on its way to %(email)s.") % {"email": registration.email}
    )
    return redirect("forum_outbox", forum.pk)

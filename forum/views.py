"""Public registration pages, the personal page behind the e-mailed link, "my registrations"
and the check-in desk. Thin: the rules live in forum/services.py."""

from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from core.params import parse_id, search_text
from core.ratelimit import allow

from . import privacy, services
from .emails import qr_svg_data_uri
from .forms import DetailsForm, RegistrationForm, WalkInForm
from .links import CHECK_IN, BadLink, check_in_url, make_token, parse_token
from .models import Forum, Registration, RegistrationStatus
from .selectors import forum_for_registration, registrations_of, waitlist_position

Status = RegistrationStatus


def _private(response: HttpResponse) -> HttpResponse:
    """Personal pages: never in a shared cache, not kept by the browser either."""
    patch_cache_control(response, private=True, no_store=True)
    return response


def _forum_or_404(forum_id: int) -> Forum:
    return get_object_or_404(
        Forum.objects.select_related("event").prefetch_related("themes"),
        pk=forum_id,
        event__live=True,
    )


def can_manage(user, forum: Forum) -> bool:
    if not user.is_authenticated:
        return False
    return user.is_superuser or forum.organisers.filter(pk=user.pk).exists()


# --- registration -------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
def register(request: HttpRequest, forum_id: int) -> HttpResponse:
    if request.method == "POST":
        # A successful POST only redirects: the cached forum and its event's dates will do.
        forum = forum_for_registration(forum_id)
        if forum is None:
            raise Http404
    else:
        forum = _forum_or_404(forum_id)
    status = 200
    problem = None
    if request.method == "POST":
        form = RegistrationForm(request.POST, forum=forum)
        if not allow(request, scope="forum-register", rate=settings.FORUM_REGISTRATION_RATE):
            problem = _(
                "Too many registrations from your network in a short time. "
                "Please wait a few minutes and try again."
            )
            status = 429
        elif form.is_bot:
            # Pretend success: a bot learns nothing, nothing is stored.
            return redirect(_thanks_url(forum, Status.PENDING))
        elif form.is_valid():
            data = form.cleaned_data
            try:
                registration = services.registration_create(
                    forum=forum,
                    name=data["name"],
                    email=data["email"],
                    language=data["language"],
                    phone=data.get("phone", ""),
                    wishes=form.wishes(),
                    needs=form.needs(),
                    comments=data.get("comments", ""),
                    user=request.user,
                    consent=data["consent"],
                )
            except services.AlreadyRegistered as error:
                existing = error.registration
                if services.is_double_submit(registration=existing, name=data["name"]):
                    return redirect(_thanks_url(forum, existing.status))
                services.registration_resend_link(registration=existing)
                form.add_error(
                    "email",
                    _(
                        "This e-mail address is already registered for this forum. We have "
                        "sent the link to your registration to this address again."
                    ),
                )
                status = 409
            except services.RegistrationError as error:
                problem = str(error.message)
                status = 409
            else:
                return redirect(_thanks_url(forum, registration.status))
        else:
            status = 400
        form.forum = forum = _forum_or_404(forum_id)  # the page shows the whole event
    else:
        form = RegistrationForm(forum=forum, initial=_initial(request))
    response = render(
        request,
        "forum/register.html",
        {
            "forum": forum,
            "event": forum.event.localized,
            "form": form,
            "problem": problem,
            "open": forum.accepts_registrations(),
            "seats_left": forum.seats_left,
        },
        status=status,
    )
    return _private(response)


def _initial(request: HttpRequest) -> dict:
    initial = {"language": translation.get_language()}
    user = request.user
    if user.is_authenticated:
        initial["name"] = user.get_full_name() or ""
        initial["email"] = user.email
    return initial


def _thanks_url(forum: Forum, status: str) -> str:
    url = reverse("forum:registered", kwargs={"forum_id": forum.pk})
    return f"{url}?{urlencode({'status': status})}"


@require_safe
def registered(request: HttpRequest, forum_id: int) -> HttpResponse:
    forum = _forum_or_404(forum_id)
    status = request.GET.get("status", Status.PENDING)
    if status not in (Status.PENDING, Status.CONFIRMED, Status.WAITLISTED):
        status = Status.PENDING
    return render(
        request,
        "forum/registered.html",
        {"forum": forum, "event": forum.event.localized, "status": status},
    )


# --- personal page ------------------------------------------------------------------------


def _registration_from_link(token: str) -> Registration:
    return parse_token(
        token,
        queryset=Registration.objects.select_related("forum__event").prefetch_related(
            "wishes__theme", "forum__themes"
        ),
    )


def _bad_link(request: HttpRequest) -> HttpResponse:
    return _private(render(request, "forum/bad_link.html", status=404))


def personal_link(view):
    """Views behind the e-mailed personal link get its registration, or the visitor gets the
    bad-link page (404) for a malformed, forged or revoked link."""

    @wraps(view)
    def wrapper(request: HttpRequest, token: str) -> HttpResponse:
        try:
            registration = _registration_from_link(token)
        except BadLink:
            return _bad_link(request)
        return view(request, token, registration)

    return wrapper


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@personal_link
def personal(request: HttpRequest, token: str, registration: Registration) -> HttpResponse:
    forum = registration.forum
    now = timezone.now()
    form = None
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "confirm":
            try:
                outcome = services.registration_confirm(registration=registration)
            except services.RegistrationError as error:
                messages.error(request, str(error.message))
            else:
                messages.success(request, _confirm_message(outcome))
            return redirect(request.path)
        if action == "update":
            form = DetailsForm(request.POST, forum=forum)
            if form.is_valid():
                try:
                    services.registration_update(
                        registration=registration,
                        language=form.cleaned_data["language"],
                        phone=form.cleaned_data.get("phone", ""),
                        needs=form.needs(),
                        wishes=form.wishes() if form.wish_fields else None,
                        comments=form.cleaned_data.get("comments")
                        if "comments" in form.fields
                        else None,
                    )
                except services.RegistrationError as error:
                    messages.error(request, str(error.message))
                else:
                    messages.success(request, _("Your changes are saved."))
                return redirect(request.path)
            status = 400
        else:
            return redirect(request.path)
    expired = (
        registration.status == Status.PENDING
        and registration.created_at < now - services.PENDING_TTL
    )
    if form is None and registration.is_active and not expired:
        form = DetailsForm(forum=forum, initial=DetailsForm.initial_from(registration))
    context = {
        "registration": registration,
        "forum": forum,
        "event": forum.event.localized,
        "form": form,
        "expired": expired,
        "position": waitlist_position(registration),
        "qr": qr_svg_data_uri(check_in_url(registration))
        if registration.status == Status.CONFIRMED
        else None,
        "token": token,
        "can_register_again": not registration.is_active and forum.accepts_registrations(),
    }
    return _private(render(request, "forum/personal.html", context, status=status))


def _confirm_message(outcome: services.Outcome) -> str:
    registration = outcome.registration
    if not outcome.changed:
        return _("Your registration was confirmed already. Nothing else to do.")
    if registration.status == Status.CONFIRMED:
        return _("Thank you! Your seat is confirmed. We have sent you an e-mail.")
    if registration.status == Status.WAITLISTED:
        return _(
            "Thank you! All seats are taken at the moment, so you are on the waiting list. "
            "If a seat becomes free, it is yours and we tell you by e-mail."
        )
    return _("We are sorry: all seats were taken before you confirmed.")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@personal_link
def cancel(request: HttpRequest, token: str, registration: Registration) -> HttpResponse:
    if request.method == "POST":
        outcome = services.registration_cancel(registration=registration)
        if outcome.changed:
            messages.success(
                request, _("Your registration is cancelled. Thank you for telling us.")
            )
        else:
            messages.info(request, _("This registration was cancelled already."))
        return redirect("forum:personal", token=token)
    return _private(
        render(
            request,
            "forum/cancel.html",
            {
                "registration": registration,
                "forum": registration.forum,
                "event": registration.forum.event.localized,
                "token": token,
            },
        )
    )


@never_cache
@require_safe
@personal_link
def personal_data(request: HttpRequest, token: str, registration: Registration) -> HttpResponse:
    """Everything we store about this registration, as a JSON download."""
    response = JsonResponse(
        privacy.registration_export(registration), json_dumps_params={"ensure_ascii": False}
    )
    response["Content-Disposition"] = f'attachment; filename="registration-{registration.pk}.json"'
    return _private(response)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@personal_link
def erase(request: HttpRequest, token: str, registration: Registration) -> HttpResponse:
    if request.method == "POST":
        privacy.registration_erase(registration=registration)
        return redirect("forum:erased")
    context = {
        "registration": registration,
        "forum": registration.forum,
        "event": registration.forum.event.localized,
        "token": token,
    }
    return _private(render(request, "forum/erase.html", context))


@require_safe
def erased(request: HttpRequest) -> HttpResponse:
    return render(request, "forum/erased.html")


@login_required
@require_safe
def my_registrations(request: HttpRequest) -> HttpResponse:
    """The account's registrations with their personal links: only those made with one of
    its verified addresses (selectors.registrations_of), never merely bound to it."""
    registrations = registrations_of(request.user).order_by("-forum__event__start", "-created_at")
    rows = [(registration, make_token(registration)) for registration in registrations]
    return _private(render(request, "forum/my_registrations.html", {"rows": rows}))


# --- check-in desk ------------------------------------------------------------------------


def _managed_forum(request: HttpRequest, forum_id: int) -> Forum:
    forum = get_object_or_404(Forum.objects.select_related("event"), pk=forum_id)
    if not can_manage(request.user, forum):
        raise PermissionDenied
    return forum


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def check_in(request: HttpRequest, forum_id: int) -> HttpResponse:
    forum = _managed_forum(request, forum_id)
    query = search_text(request.GET.get("q"))
    walk_in_form = WalkInForm(initial={"language": translation.get_language()})
    status = 200
    if request.method == "POST":
        if request.POST.get("action") == "walk_in":
            walk_in_form = WalkInForm(request.POST)
            if walk_in_form.is_valid():
                data = walk_in_form.cleaned_data
                try:
                    person = services.registration_walk_in(
                        forum=forum,
                        name=data["name"],
                        email=data["email"],
                        language=data["language"],
                        by=request.user,
                    )
                except services.AlreadyRegistered as error:
                    messages.warning(
                        request,
                        _("%(name)s is registered already: check them in from the list.")
                        % {"name": error.registration.name},
                    )
                    return redirect(f"{request.path}?{urlencode({'q': data['email']})}")
                except services.RegistrationError as error:
                    messages.error(request, str(error.message))
                else:
                    messages.success(
                        request, _("%(name)s is checked in as a walk-in.") % {"name": person.name}
                    )
                    return redirect(request.path)
            status = 400
        else:
            registration = get_object_or_404(
                Registration.objects.select_related("forum__event"),
                pk=parse_id(request.POST.get("registration")) or 0,
                forum=forum,
            )
            if request.POST.get("action") == "undo":
                _undo_with_message(request, registration)
            else:
                _check_in_with_message(request, registration)
            return redirect(f"{request.path}?{urlencode({'q': query})}" if query else request.path)
    counts = forum.registrations.aggregate(
        confirmed=Count("pk", filter=Q(status=Status.CONFIRMED)),
        checked_in=Count("pk", filter=Q(status=Status.CONFIRMED, checked_in_at__isnull=False)),
        waiting=Count("pk", filter=Q(status=Status.WAITLISTED)),
    )
    results = None
    if query:
        results = list(
            forum.registrations.filter(
                status__in=(Status.CONFIRMED, Status.WAITLISTED, Status.PENDING)
            )
            .search(query)
            .order_by("name")[:30]
        )
    response = render(
        request,
        "forum/check_in.html",
        {
            "forum": forum,
            "event": forum.event,
            # Not "query": base.html's site search box shows that one in the header.
            "desk_query": query,
            "desk_open": services.check_in_open(forum),
            "desk_opens": services.check_in_window(forum)[0],
            "desk_not_yet": timezone.now() < services.check_in_window(forum)[0],
            "results": results,
            "counts": counts,
            "walk_in_form": walk_in_form,
        },
        status=status,
    )
    return _private(response)


def _undo_with_message(request, registration: Registration) -> None:
    try:
        services.registration_check_in_undo(registration=registration, by=request.user)
    except services.RegistrationError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("Check-in of %(name)s undone.") % {"name": registration.name})


def _check_in_with_message(request, registration: Registration) -> tuple[str, str]:
    try:
        outcome = services.registration_check_in(registration=registration, by=request.user)
    except services.RegistrationError as error:
        text = str(error.message)
        messages.error(request, text)
        return "error", text
    person = outcome.registration
    if outcome.changed:
        text = _("%(name)s is checked in.") % {"name": person.name}
        messages.success(request, text)
        return "checked_in", text
    moment = timezone.localtime(person.checked_in_at).strftime("%H:%M")
    text = _("%(name)s was checked in already at %(time)s.") % {"name": person.name, "time": moment}
    messages.warning(request, text)
    return "already", text


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def check_in_scan(request: HttpRequest, code: str) -> HttpResponse:
    wants_json = "application/json" in request.headers.get("Accept", "")
    try:
        registration = parse_token(
            code, CHECK_IN, queryset=Registration.objects.select_related("forum__event")
        )
    except BadLink:
        if wants_json:
            return JsonResponse(
                {"result": "error", "message": _("This QR code is not valid.")}, status=404
            )
        return _bad_link(request)
    if not can_manage(request.user, registration.forum):
        raise PermissionDenied
    if request.method == "POST":
        result, text = _check_in_with_message(request, registration)
        if wants_json:
            list(messages.get_messages(request))  # consumed here, not on the next page
            return JsonResponse({"result": result, "message": text})
        return redirect("forum:check_in", forum_id=registration.forum_id)
    return _private(
        render(
            request,
            "forum/check_in_scan.html",
            {"registration": registration, "forum": registration.forum, "code": code},
        )
    )

"""Staff and citizens sign in through allauth only: its e-mail verification, MFA and rate
limits apply to everyone. This module holds the pieces that make that true:

- `closed_door`: what the other login and password doors (Django admin, Wagtail admin,
  Wagtail's front-end login) now answer: a redirect to allauth's own page, never a form.
- `LoginView`: allauth's login, except that "too many failed attempts" is a 429, so that
  clients, proxies and monitoring see a refusal and not a page that merely shows an error.
- `limit_staff_session`: staff sessions end after a working day (STAFF_SESSION_SECONDS).
"""

import time
from urllib.parse import urlencode

from allauth.account.views import LoginView as AllauthLoginView
from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.forms.forms import NON_FIELD_ERRORS
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

TOO_MANY_ATTEMPTS = "too_many_login_attempts"  # allauth's error code
LOGIN_STAMP = "teilhabe_login"


def closed_door(target: str):
    """A view that sends every method to allauth's page `target`, keeping a safe `next`.

    It never reads credentials: a POST with a password to an old door logs nobody in. Someone
    already signed in lands here only when the area refused them (the Django admin for a
    non-staff account, say): a redirect to the login would bounce straight back, so they get
    the 403 page instead."""

    def view(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.user.is_authenticated:
            raise PermissionDenied
        url = reverse(target)
        next_url = request.GET.get("next", "")
        if next_url and url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            url = f"{url}?{urlencode({'next': next_url}, safe='/')}"
        return redirect(url)

    view.csrf_exempt = True  # a redirect that changes nothing needs no token
    return view


class LoginView(AllauthLoginView):
    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.has_error(NON_FIELD_ERRORS, code=TOO_MANY_ATTEMPTS):
            # The page still shows the form and the address typed, with allauth's message
            # in the visitor's language; only the status says what happened.
            response.status_code = 429
        return response


login = LoginView.as_view()


def _is_staff(user) -> bool:
    return bool(getattr(user, "is_staff", False) or getattr(user, "is_superuser", False))


def _has_admin_access(user) -> bool:
    return _is_staff(user) or user.has_perm("wagtailadmin.access_admin")


@receiver(user_logged_in, dispatch_uid="portal.accounts.stamp_login")
def stamp_login(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    staff = _has_admin_access(user)
    request.session[LOGIN_STAMP] = {"at": int(time.time()), "staff": staff}
    if staff:
        # "Remember me" must not stretch a staff cookie beyond the working day either.
        request.session.set_expiry(settings.STAFF_SESSION_SECONDS)


class StaffSessionLimitMiddleware:
    """Ends a staff session STAFF_SESSION_SECONDS after its login, however active it was.

    Staff can read personal data; a session left open on a shared office computer must not
    stay valid for two weeks. Citizens keep Django's normal session length. Whether a session
    is a staff session is decided once, at login, so that ordinary requests cost no query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            stamp = request.session.get(LOGIN_STAMP)
            if stamp is None:  # a session from before this rule: decide now, once
                stamp = {"at": 0, "staff": _has_admin_access(user)}
                if not stamp["staff"]:
                    request.session[LOGIN_STAMP] = stamp
            if stamp["staff"] and time.time() - stamp["at"] > settings.STAFF_SESSION_SECONDS:
                logout(request)
                query = urlencode({"next": request.path}, safe="/")
                return redirect(f"{reverse('account_login')}?{query}")
        return self.get_response(request)

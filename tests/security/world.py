"""One small municipality with every role and a piece of every kind of data, for the access
matrix and the fuzz tests. Personal data uses marker strings that must never leak."""

from dataclasses import dataclass
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from core.outbox import send_mail_later
from core.roles import EDITORS, ORGANISERS, REVIEWERS, ensure_roles
from feedback import services as feedback_services
from feedback.models import Answer, Invitation, token_hash
from forum.links import CHECK_IN, make_token
from forum.public import mail_about
from forum.services import Needs, registration_create
from minutes.models import AgendaItem, Meeting, MinutesPage
from portal.models_legal import AccessibilityFeedback
from seating import services as seating_services
from tests.directory.factories import make_full_service
from tests.forum.factories import make_event, make_forum
from tests.minutes.factories import make_archive, make_body, make_minutes
from tests.portal.legal_tree import add_legal_pages
from tests.portal_tree import build_site_tree

SECRET_NAME = "Zarah Geheimname"
SECRET_EMAIL = "zarah.geheim@example.org"
SECRET_PHONE = "+49 2999 7654321"
SECRET_COMMENT = "Rollstuhl und Kinderbetreuung Geheimnotiz"
PERSONAL_MARKERS = (SECRET_NAME, SECRET_EMAIL, SECRET_PHONE, SECRET_COMMENT, "zarah.geheim")
# An unmoderated free-text answer: only the survey's own organisers (and administrators) read it.
SECRET_FREE_TEXT = "Unmoderierte Freitextantwort Quittenbaum"

ROLES = ("anonymous", "citizen", "other_organiser", "organiser", "editor", "reviewer", "admin")


@dataclass
class World:
    tree: dict
    users: dict
    forum: object
    other_forum: object
    event: object
    registration: object
    personal_token: str
    check_in_code: str
    survey: object
    invitation_token: str
    free_text_answer: object
    yearly_survey: object
    minutes: MinutesPage
    body: object
    plan: object
    meeting_id: int
    agenda_item_id: int
    service: object = None  # a directory offer with a silent volunteer's contact data
    email: object = None  # an outbox message to the registrant (their name in it)
    legal: dict | None = None  # Impressum & co. in de and ar (tests/portal/legal_tree.py)
    accessibility_feedback_id: int | None = None


def _user(username: str, group: str | None = None, **flags):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="pw-123456789", **flags
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def build_world() -> World:
    tree = build_site_tree(languages=("de", "en", "ar"))
    ensure_roles()
    users = {
        "citizen": _user("citizen"),
        "other_organiser": _user("otherorga", ORGANISERS),
        "organiser": _user("orga", ORGANISERS),
        "editor": _user("editor", EDITORS),
        "reviewer": _user("reviewer", REVIEWERS),
        "admin": _user("admin", is_superuser=True, is_staff=True),
    }
    home = tree["home"]["de"]
    past = timezone.now() - timedelta(days=3)
    event = make_event(parent=home, start=past, title="Bürgerforum Wohnen")
    forum = make_forum(event=event, capacity=20, organisers=[users["organiser"]])
    other_forum = make_forum(parent=home, organisers=[users["other_organiser"]])
    registration = registration_create(
        forum=forum,
        name=SECRET_NAME,
        email=SECRET_EMAIL,
        phone=SECRET_PHONE,
        language="ar",
        comments=SECRET_COMMENT,
        needs=Needs(interpretation_language="ar", step_free=True, childcare=True, children=2),
        notify=False,
        now=past - timedelta(days=10),  # registered before the (now past) event
    )
    plan = seating_services.plan_create(forum=forum, iterations=200)
    seating_services.plan_publish(plan=plan)

    survey = feedback_services.survey_create_for_event(event=event)
    invitation_token = feedback_services.new_token()
    Invitation.objects.create(
        survey=survey,
        registration_id=registration.pk,
        token_hash=token_hash(invitation_token),
        sent_at=timezone.now(),
    )

    # Answers: one pending free text (the marker) among them, for moderation and the CSV.
    by_key = {question.key: question for question in survey.questions.all()}
    feedback_services.response_submit(
        survey=survey,
        answers={by_key["satisfaction"].pk: 4, by_key["improve"].pk: SECRET_FREE_TEXT},
        language="de",
        via_public_link=True,
    )
    free_text_answer = Answer.objects.get(text=SECRET_FREE_TEXT)
    yearly_survey = feedback_services.yearly_survey_create(
        year=timezone.localdate().year,
        opens_at=timezone.now() - timedelta(days=1),
        closes_at=timezone.now() + timedelta(days=30),
    )

    legal = add_legal_pages(tree, languages=("de", "ar"))
    report = AccessibilityFeedback.objects.create(
        message="Der Kontrast der Knöpfe ist zu schwach.", language="de"
    )
    archive = make_archive(tree, languages=("de", "ar"))
    body = make_body()
    minutes = make_minutes(archive["de"], body=body)
    service = make_full_service()
    return World(
        service=service,
        tree=tree,
        users=users,
        forum=forum,
        other_forum=other_forum,
        event=event,
        registration=registration,
        personal_token=make_token(registration),
        check_in_code=make_token(registration, CHECK_IN),
        survey=survey,
        invitation_token=invitation_token,
        free_text_answer=free_text_answer,
        yearly_survey=yearly_survey,
        minutes=minutes,
        body=body,
        plan=plan,
        meeting_id=Meeting.objects.get(page=minutes).pk,
        agenda_item_id=AgendaItem.objects.filter(meeting__page=minutes).first().pk,
        email=send_mail_later(
            to=SECRET_EMAIL,
            subject="Ihre Anmeldung",
            body_text=f"Hallo {SECRET_NAME}",
            body_html=f"<p>Hallo {SECRET_NAME}</p>",
            about=mail_about(registration.pk),
        ),
        legal=legal,
        accessibility_feedback_id=report.pk,
    )

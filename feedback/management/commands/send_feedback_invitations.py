"""Send the feedback invitations that are due. Safe to run as often as you like (e.g. every
hour from the scheduler): every attendee gets exactly one e-mail per survey."""

from django.core.management.base import BaseCommand, CommandError

from core.progress import ProgressPrinter
from feedback import services
from feedback.models import Survey


class Command(BaseCommand):
    help = "Invite attendees of ended events to give feedback (each person once)."

    def add_arguments(self, parser):
        parser.add_argument("--survey", type=int, help="Only this survey (id).")

    def handle(self, *args, **options):
        survey = None
        if options.get("survey") is not None:
            survey = Survey.objects.filter(pk=options["survey"]).first()
            if survey is None:
                raise CommandError(f"There is no survey {options['survey']}.")
        report = services.invitations_send(survey=survey, on_progress=ProgressPrinter(self.stdout))
        for line in report.details:
            self.stdout.write(f"  {line}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.sent} invitation(s) sent for {report.surveys} survey(s); "
                f"{report.already_sent} already invited, {report.without_email} without e-mail."
            )
        )

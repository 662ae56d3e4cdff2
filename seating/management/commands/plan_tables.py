"""python manage.py plan_tables INPUT.json [--output OUT.json] [--seed N] [--time-limit S]
                                          [--iterations N]

Plans a World Café from a JSON file (format: `seating.planner.instance_from_json`) and writes
{"assignments": ..., "metrics": ..., "stopped": ...} as JSON to --output or stdout. Use "-"
to read stdin. From the shell, manage.py runs seating.planner_cli without starting Django
(the planner needs none of it); this command is the same for `call_command` and `help`.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from seating.planner_cli import CliError, add_arguments, run


class Command(BaseCommand):
    help = "Plan which guest sits at which World-Café table in each round."

    def add_arguments(self, parser: CommandParser) -> None:
        add_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            run(
                input=options["input"],
                output=options["output"],
                seed=options["seed"],
                time_limit=options["time_limit"],
                iterations=options["iterations"],
                stdout=self.stdout,
            )
        except CliError as error:
            raise CommandError(str(error)) from error

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from gongkai.audit.events import record
from gongkai.audit.models import EventKind
from gongkai.core.demo import DEMO_PASSWORD, DemoContext, load_all


class Command(BaseCommand):
    help = "Migrate the database and load the demo data (idempotent: safe to run on every start)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--no-migrate", action="store_true", help="do not run migrations first")

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["no_migrate"]:
            call_command("migrate", interactive=False, verbosity=0)
        with transaction.atomic():
            ctx = load_all(DemoContext())
            if ctx.created:
                record(EventKind.DEMO_LOADED, details={"created": ctx.created})
        verb = f"loaded ({ctx.created} records created)" if ctx.created else "already present, nothing to do"
        self.stdout.write(f"Demo data {verb}.")
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
        for username, description in ctx.accounts:
            self.stdout.write(f"  {username:<14} {description}")

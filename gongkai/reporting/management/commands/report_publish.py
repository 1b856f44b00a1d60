"""`gongkai report publish --org ORG --year YEAR [--reason TEXT]`: publish the draft, or publish a
correction (a new version, --reason required) when the report is already published."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from gongkai.reporting import cli_support, services


class Command(BaseCommand):
    help = "Publish (freeze) an organisation's annual report; with --reason, publish a correction."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True)
        parser.add_argument("--year", required=True)
        parser.add_argument("--reason", default="", help="reason for a correction of a published report")

    def handle(self, *args: Any, **options: Any) -> None:
        org = cli_support.organisation(options["org"])
        year = cli_support.year(options["year"])
        report = services.start_draft(org, year)
        try:
            if report.is_published:
                if not options["reason"].strip():
                    raise CommandError("该年报已发布；更正须用 --reason 说明理由", returncode=2)
                version = services.correct(report, reason=options["reason"])
            else:
                version = services.publish(report)
        except services.PublicationBlocked as exc:
            for f in exc.findings:
                if f.severity == "error":
                    self.stderr.write(f"{f.rule} {f.location}: {f.message}")
            raise CommandError("存在错误，未发布", returncode=1) from None
        except services.ReportError as exc:
            raise CommandError(str(exc), returncode=2) from None
        for f in version.findings:
            self.stderr.write(f"warning {f['rule']} {f['location']}: {f['message']}")
        self.stdout.write(f"{org.name} {year}年年报 第{version.number}版已发布 sha256={version.sha256}")

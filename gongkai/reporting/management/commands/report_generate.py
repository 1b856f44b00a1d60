"""`gongkai report generate --org ORG --year YEAR --format json|html|docx|pdf|md|xlsx [-o FILE]`."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from gongkai.report.render import FORMATS, render
from gongkai.reporting import cli_support
from gongkai.reporting.compute import compute
from gongkai.reporting.models import AnnualReport
from gongkai.reporting.sections import default_sections, substitute
from gongkai.reporting.services import previous_report


class Command(BaseCommand):
    help = "Generate an organisation's annual report for a year from the records (does not publish)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="full name, short name or 统一社会信用代码")
        parser.add_argument("--year", required=True)
        parser.add_argument("--format", choices=FORMATS, default="json", dest="fmt")
        parser.add_argument(
            "-o", "--output", help="output file (JSON, HTML and Markdown go to stdout without it)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        org = cli_support.organisation(options["org"])
        year = cli_support.year(options["year"])
        computed = compute(org, year)
        draft = AnnualReport.objects.filter(organisation=org, year=year).first()
        if draft is not None:
            sections = draft.sections
        else:
            prev = previous_report(org, year)
            sections = default_sections(
                computed.placeholders, prev.sections.get("problems", "") if prev else ""
            )
        computed.report.sections, _ = substitute(sections, computed.placeholders)
        fmt = options["fmt"]
        cli_support.write(
            render(computed.report, fmt), options["output"], binary=fmt in ("docx", "pdf", "xlsx")
        )

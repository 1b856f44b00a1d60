"""`gongkai report rollup --region CODE --year YEAR [--format json|xlsx] [-o FILE]`."""

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from gongkai.organisations.models import Region
from gongkai.reporting import cli_support
from gongkai.reporting.rollup import rollup, rollup_to_dict, rollup_xlsx


class Command(BaseCommand):
    help = "Region-level tables summed over its organisations, and every organisation's report status."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--region", required=True, help="GB/T 2260 code, e.g. 640302")
        parser.add_argument("--year", required=True)
        parser.add_argument("--format", choices=("json", "xlsx"), default="json", dest="fmt")
        parser.add_argument("-o", "--output")

    def handle(self, *args: Any, **options: Any) -> None:
        region = Region.objects.filter(code=options["region"].strip()).first()
        if region is None:
            raise CommandError(f"找不到区划代码“{options['region']}”", returncode=2)
        year = cli_support.year(options["year"])
        result = rollup(region, year)
        if options["fmt"] == "xlsx":
            cli_support.write(rollup_xlsx(result), options["output"], binary=True)
        else:
            text = json.dumps(rollup_to_dict(result), ensure_ascii=False, indent=2) + "\n"
            cli_support.write(text.encode("utf-8"), options["output"], binary=False)

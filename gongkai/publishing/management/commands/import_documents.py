from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from gongkai.organisations.models import Organisation
from gongkai.publishing.importer import import_file


class Command(BaseCommand):
    help = "Import published documents of an existing site from XLSX/CSV (all rows or none)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file")
        parser.add_argument("--organisation", required=True, help="organisation short name, e.g. 教育局")

    def handle(self, *args: Any, **options: Any) -> None:
        org = Organisation.objects.filter(short_name=options["organisation"]).first()
        if org is None:
            raise CommandError(f"找不到机构：{options['organisation']}")
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"找不到文件：{path}")
        result = import_file(org, path.name, path.read_bytes(), actor=None)
        if result.errors:
            raise CommandError("导入失败，未导入任何记录：\n" + "\n".join(result.errors))
        self.stdout.write(f"已导入 {result.created} 条信息。")

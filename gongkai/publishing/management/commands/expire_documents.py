from typing import Any

from django.core.management.base import BaseCommand

from gongkai.publishing import search
from gongkai.publishing.services import expire_documents


class Command(BaseCommand):
    help = "Mark normative documents whose 有效期 has passed as 失效 (idempotent; run daily from cron)."

    def handle(self, *args: Any, **options: Any) -> None:
        n = expire_documents()
        # Daily is often enough to keep SQLite's planner statistics current (search/backends.py).
        search.analyze()
        self.stdout.write(f"{n} 件文件已标注为失效 / {n} document(s) marked expired.")

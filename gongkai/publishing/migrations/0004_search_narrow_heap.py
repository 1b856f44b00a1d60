"""PostgreSQL: keep the search table's main heap narrow (docs/search.md, "Measured").

The id probe reads one heap row of publishing_searchentry per match (GIN yields row addresses). With the
default TOAST threshold (~2 kB) a row kept its unigram text inline: 801 MB of main heap at 1,000,000
documents, so a term with 4,000 matches read 3,900 pages from outside shared_buffers (37 ms). With
toast_tuple_target = 128 every long column goes to the TOAST table and the main heap is 120 MB (23 ms
cold, 4 ms warm). It applies to rows written from now on; `search.rebuild()` (or VACUUM FULL) rewrites
existing ones.
"""

from typing import Any

from django.db import migrations


def forwards(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE publishing_searchentry SET (toast_tuple_target = 128)")


def backwards(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE publishing_searchentry RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [("publishing", "0003_search_plans")]
    operations = [migrations.RunPython(forwards, backwards)]

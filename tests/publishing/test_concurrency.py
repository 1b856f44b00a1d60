"""Two registrations at the same moment never share a 索引号 (PostgreSQL: real concurrent transactions)."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from django.db import connection, connections

from gongkai.publishing import services
from gongkai.publishing.models import Document


@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_get_distinct_index_numbers(cast):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers (IMMEDIATE transactions); the race needs PostgreSQL")
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def register(n: int) -> None:
        try:
            barrier.wait()
            services.create_document(
                cast.edu, actor=cast.edu_liaison, title=f"并发{n}", signed_on=date(2022, 1, 4)
            )
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    numbers = list(Document.objects.values_list("index_number", flat=True))
    assert len(numbers) == 8 == len(set(numbers))

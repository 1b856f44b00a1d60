"""Tracking numbers under concurrency (PostgreSQL: real row locks between threads)."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from django.db import connection, connections

from gongkai.applications import services
from gongkai.applications.models import Application


@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_get_distinct_consecutive_numbers(cast) -> None:  # type: ignore[no-untyped-def]
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises all writers on one file lock; row-lock concurrency needs PostgreSQL")
    workers = 8
    barrier = threading.Barrier(workers)
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            barrier.wait()
            # `today` instead of frozen time: time_machine is process-global, not per thread.
            services.register_application(
                cast.litong,
                actor=None,
                channel="in_person",
                submitted_on=date(2024, 9, 27),
                today=date(2024, 9, 27),
                applicant_kind="natural_person",
                applicant_name=f"申请人{i}",
                information_sought="某文件",
            )
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    numbers = sorted(Application.objects.values_list("number", flat=True))
    assert numbers == [f"利通区政府-2024-{n:04d}" for n in range(1, workers + 1)]


def test_a_rolled_back_registration_does_not_burn_a_number(register, cast) -> None:  # type: ignore[no-untyped-def]
    from django.db import transaction

    register(date(2024, 9, 27))
    with pytest.raises(RuntimeError), transaction.atomic():
        register(date(2024, 9, 27))
        raise RuntimeError("rolled back")
    assert register(date(2024, 9, 27)).number == "利通区政府-2024-0002"

"""Annual-report generation and regional roll-up against a synthetic database.

    GONGKAI_DATABASE_URL=postgres://postgres@127.0.0.1:5432/gk_bench .venv/bin/python benchmarks/report.py \
        [--applications 100000] [--documents 100000] [--orgs 2000] [--per-org 10] [--repeat 3]

A throw-away test database (test_<name>) is created, filled and dropped. Targets: all tables of one
organisation-year with 100k applications and 100k documents < 1 s; a region of 2,000 organisations
rolled up < 10 s (PostgreSQL).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402

from gongkai.organisations.demo import demo_credit_code  # noqa: E402
from gongkai.organisations.models import Organisation, Region  # noqa: E402
from gongkai.report.model import APPLICANT_COLUMNS, DISPOSITION_ROWS  # noqa: E402
from gongkai.reporting.compute import application_models, compute  # noqa: E402
from gongkai.reporting.models import AnnualReport, StatRecord  # noqa: E402
from gongkai.reporting.rollup import rollup  # noqa: E402

BATCH = 5000


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return min(runs), statistics.median(runs)


def make_org(region: Region, serial: int, kind: str = "department") -> Organisation:
    return Organisation.objects.create(
        name=f"基准机构{serial}",
        short_name=f"基准{serial}",
        kind=kind,
        region=region,
        credit_code=demo_credit_code(region.code, serial),
    )


def applications(org: Organisation, n: int, rng: random.Random, start_serial: int = 0) -> int:
    Application, _ = application_models()
    if Application is None:
        return 0
    rows = []
    for i in range(n):
        received = date(2021, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        closed = None if rng.random() < 0.1 else received + timedelta(days=rng.randrange(40))
        rows.append(
            Application(
                organisation=org,
                number=f"B{start_serial + i}",
                year=received.year,
                sequence=start_serial + i + 1,
                channel="online",
                received_on=received,
                applicant_kind=rng.choice(APPLICANT_COLUMNS[:6]),
                applicant_name="申请人",
                disposition=rng.choice(DISPOSITION_ROWS) if closed else "",
                closed_on=closed,
                due_on=received + timedelta(days=28),
                replied_on=closed,
            )
        )
        if len(rows) == BATCH:
            Application._default_manager.bulk_create(rows)
            rows = []
    Application._default_manager.bulk_create(rows)
    return n


def documents(org: Organisation, n: int, rng: random.Random) -> int:
    try:
        from gongkai.publishing.models import Document
    except ImportError:
        return 0
    kinds = ["rule", "normative", "document", "interpretation"]
    rows = []
    for i in range(n):
        signed = date(2018, 1, 1) + timedelta(days=rng.randrange(6 * 365))
        rows.append(
            Document(
                organisation=org,
                title=f"文件{i}",
                index_number=f"IDX-{i}",
                index_year=signed.year,
                index_serial=i + 1,
                kind=rng.choice(kinds),
                signed_on=signed,
                published_on=signed + timedelta(days=3),
                status="published",
                validity="repealed" if rng.random() < 0.1 else "valid",
                repealed_on=signed + timedelta(days=400) if rng.random() < 0.1 else None,
            )
        )
        if len(rows) == BATCH:
            Document.objects.bulk_create(rows)
            rows = []
    Document.objects.bulk_create(rows)
    return n


def stats(org: Organisation) -> None:
    StatRecord.objects.bulk_create(
        StatRecord(
            organisation=org,
            item=item,
            period_start=date(2022, m, 1),
            period_end=date(2022, m, 28),
            decisions=None if item == "fees" else m,
            amount_yuan=Decimal("1234.56") if item == "fees" else None,
        )
        for item in ("licensing", "penalty", "enforcement", "fees")
        for m in range(1, 13)
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--applications", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--orgs", type=int, default=2000, help="organisations in the roll-up region")
    parser.add_argument("--per-org", type=int, default=10, help="applications per organisation in the region")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    ns = parser.parse_args()
    rng = random.Random(ns.seed)
    config = setup_databases(verbosity=0, interactive=False)
    try:
        print(f"database: {connection.vendor}")
        province = Region.objects.create(code="990000", name="基准省", level="province")
        county = Region.objects.create(code="990101", name="基准县", level="county", parent=province)
        big = make_org(county, 1, "government")
        t0 = time.perf_counter()
        n_apps = applications(big, ns.applications, rng)
        n_docs = documents(big, ns.documents, rng)
        stats(big)
        print(f"loaded {n_apps} applications, {n_docs} documents in {time.perf_counter() - t0:.1f} s")
        best, median = timed(lambda: compute(big, 2022), ns.repeat)
        print(
            f"one organisation-year, all tables: best {best * 1000:.0f} ms, "
            f"median {median * 1000:.0f} ms (target < 1 s)"
        )

        city = Region.objects.create(code="990200", name="基准市", level="city", parent=province)
        t0 = time.perf_counter()
        orgs = [make_org(city, 10 + i) for i in range(ns.orgs)]
        for i, org in enumerate(orgs):
            applications(org, ns.per_org, rng, start_serial=0)
            if i % 2 == 0:
                AnnualReport.objects.create(organisation=org, year=2022, findings=[])
        print(f"loaded a region of {ns.orgs} organisations in {time.perf_counter() - t0:.1f} s")
        best, median = timed(lambda: rollup(city, 2022), ns.repeat)
        print(
            f"roll-up of {ns.orgs} organisations (tables + status table): "
            f"best {best:.2f} s, median {median:.2f} s (target < 10 s)"
        )
    finally:
        teardown_databases(config, verbosity=0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

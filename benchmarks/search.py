"""Search benchmark: N synthetic Chinese documents; p50/p95 latency of 1-, 2-, 4-character, phrase and
filtered queries (the catalog's queryset, first page of 20, newest first) and the index build time, on
SQLite and/or PostgreSQL. See docs/search.md for the corpus and the figures.

    .venv/bin/python -m benchmarks.search --n 1000000 --sqlite /tmp/bench.sqlite3 \
        --postgres postgres://postgres@127.0.0.1:5432/gk_bench     # --reuse: re-measure only

Each database is migrated and filled by bulk inserts (inside search.bulk_index())."""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

WORDS = [
    "政府",
    "信息",
    "公开",
    "教育",
    "招生",
    "财政",
    "预算",
    "决算",
    "乡村",
    "振兴",
    "生态",
    "环境",
    "保护",
    "卫生",
    "健康",
    "医疗",
    "保障",
    "就业",
    "创业",
    "安全",
    "生产",
    "市场",
    "监管",
    "食品",
    "药品",
    "交通",
    "运输",
    "住房",
    "城乡",
    "建设",
    "农业",
    "农村",
    "水利",
    "扶贫",
    "救助",
    "养老",
    "服务",
    "文化",
    "旅游",
    "体育",
    "科技",
    "创新",
    "营商",
    "环境",
    "改革",
    "发展",
    "规划",
    "方案",
    "通知",
    "意见",
    "办法",
    "实施",
    "细则",
    "工作",
    "要点",
    "专项",
    "整治",
    "督查",
    "考核",
    "资金",
    "项目",
    "管理",
]
QUERIES = {
    "1-char": ["政", "教", "财", "药", "旅"],
    "2-char": ["教育", "预算", "养老", "督查", "资金"],
    # Cross-word bigrams in 0.1-0.5% of documents (1,026 to 4,800 of 1,000,000): the id list's zone.
    "2-rare": ["七千", "上千", "三政", "七色", "一存"],
    "4-char": ["乡村振兴", "生态环境", "食品药品", "营商环境", "专项整治"],
    "phrase": ["政府信息公开", "就业创业服务", "城乡建设规划方案"],
}


# 500 characters common in government texts; generated two-character words fill a 3,000-word vocabulary
# whose frequencies follow Zipf's law (rank^-1), as words in real text do. The domain words above are
# spread over the ranks, so the queries below hit common, middling and rare words.
CHARS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
    "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应"
    "开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命"
    "此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求"
    "老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光"
    "门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清美再采转更单风切打白教速花"
    "带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段"
    "研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳"
    "便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京"
    "识适属圆包火住调满县局照参红细引听该铁价严首底液官德随病苏失尔死讲配女黄推显谈罪神艺呢席含企望密批营项防举"
)


def vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    firsts, seconds = rng.choices(CHARS, k=size * 2), rng.choices(CHARS, k=size * 2)
    # dict, not set: keeps the generation order, so the corpus is the same on every run.
    generated = dict.fromkeys(a + b for a, b in zip(firsts, seconds, strict=True))
    words = [w for w in generated if w not in WORDS][: size - len(WORDS)]
    step = len(words) // len(WORDS)
    for i, w in enumerate(WORDS):  # domain words at ranks 0, step, 2*step, …
        words.insert(i * (step + 1), w)
    return words


def make_text(rng: random.Random, vocab: list[str], weights: list[float], n: int) -> str:
    return "".join(rng.choices(vocab, cum_weights=weights, k=n)) + "。"


# Filters the catalog offers (views.catalog), combined with terms from the classes above: the smallest
# organisation (~1.4% of the register), a year (~24%) and a topic (~10%).
FILTERED = [
    ("政", {"organisation": -1}),
    ("教育", {"published_on__year": 2021}),
    ("资金", {"topic": 3}),
    ("乡村振兴", {"organisation": -1, "published_on__year": 2022}),
    ("政府信息公开", {"topic": 7}),
]
N_ORGS = 20
TOPICS = [f"基准主题{k}\\子类" for k in range(10)]


def build(n: int, orgs: list[Any], log: Callable[[str], None]) -> None:
    from django.db import transaction

    from gongkai.publishing import search
    from gongkai.publishing.models import Document, Status

    rng = random.Random(1)
    vocab = vocabulary(rng)
    cum: list[float] = []
    total = 0.0
    for rank in range(len(vocab)):
        total += 1.0 / (rank + 1)
        cum.append(total)
    # A separate generator: the texts stay those of the earlier measurements.
    meta = random.Random(2)
    org_cum = [sum(1.0 / (r + 1) for r in range(k + 1)) for k in range(len(orgs))]
    t_insert = t_index = 0.0
    batch = 5000
    # bulk_index(): PostgreSQL drops its GIN indexes for the load and builds them once at the end.
    with search.bulk_index() as timer:
        for start in range(0, n, batch):
            docs = [
                Document(
                    organisation=meta.choices(orgs, cum_weights=org_cum)[0], topic=meta.choice(TOPICS),
                    title=make_text(rng, vocab, cum, 8), body=make_text(rng, vocab, cum, 150),
                    index_number=f"B/{i}", index_year=2022, index_serial=i + 1,
                    signed_on=date(2020, 1, 1) + timedelta(days=i % 1500),
                    published_on=date(2020, 1, 2) + timedelta(days=i % 1500), status=Status.PUBLISHED,
                )
                for i in range(start, min(n, start + batch))
            ]  # fmt: skip
            t0 = time.perf_counter()
            with transaction.atomic():
                created = Document.objects.bulk_create(docs)
            t1 = time.perf_counter()
            with transaction.atomic():
                search.get_backend().index_many([(d.pk, search.public_text_fields(d)) for d in created])
            t_index += time.perf_counter() - t1
            t_insert += t1 - t0
            if start % 100_000 == 0:
                log(f"  {start + len(docs)} documents")
    log(
        f"insert documents: {t_insert:.1f} s; index rows: {t_index:.1f} s; index build: {timer.seconds:.1f} s"
    )
    t0 = time.perf_counter()
    search.analyze(everything=True)
    log(f"analyze: {time.perf_counter() - t0:.1f} s")


def run(db_url: str, n: int, repeats: int, reuse: bool) -> None:
    os.environ["GONGKAI_DATABASE_URL"] = db_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from gongkai.organisations.models import Organisation, Region
    from gongkai.publishing import search
    from gongkai.publishing.models import Document, Kind

    def log(line: str) -> None:
        print(line, flush=True)

    call_command("migrate", verbosity=0)
    region, _ = Region.objects.get_or_create(code="640302", defaults={"name": "利通区", "level": "county"})
    orgs = [
        Organisation.objects.get_or_create(
            short_name=f"基准{k:02d}",
            defaults={"name": f"基准机构{k:02d}", "kind": "department", "region": region,
                      "credit_code": f"11640302MB{k:07d}X"},
        )[0]
        for k in range(N_ORGS)
    ]  # fmt: skip
    log(f"\n== {connection.vendor} ({search.get_backend().name}), N={n}")
    if reuse and Document.objects.filter(organisation__in=orgs).count() == n:
        log("reused the documents and index already in the database")
    else:
        Document.objects.filter(organisation__in=orgs).delete()
        search.get_backend().clear()
        build(n, orgs, log)
    # The catalog's own queryset (views.catalog): default ordering, newest first.
    qs = Document.objects.published().exclude(kind=Kind.INTERPRETATION).select_related("organisation")
    classes: dict[str, list[tuple[str, dict[str, Any]]]] = {
        k: [(q, {}) for q in v] for k, v in QUERIES.items()
    }
    classes["filtered"] = [
        (q, {k: orgs[v] if k == "organisation" else TOPICS[v] if k == "topic" else v for k, v in f.items()})
        for q, f in FILTERED
    ]
    for label, queries in classes.items():
        times: list[tuple[float, str]] = []
        for rep in range(repeats + 1):
            for q, filters in queries:
                t0 = time.perf_counter()
                page = search.search_page(qs.filter(**filters), q, 1, 20)
                [(d.organisation.name, search.snippet(d.public_body, q)) for d in page]
                if rep:  # the first round warms the caches
                    times.append(((time.perf_counter() - t0) * 1000, q))
        times.sort()
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))][0]
        p50 = statistics.median(t for t, _ in times)
        log(f"{label:8s} p50 {p50:8.1f} ms   p95 {p95:8.1f} ms   max {times[-1][0]:8.1f} ms ({times[-1][1]})"
            f"   ({len(times)} queries)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--sqlite", default="/tmp/gongkai-bench.sqlite3", help="SQLite file ('' to skip)")
    parser.add_argument("--postgres", default="", help="PostgreSQL URL of a scratch database ('' to skip)")
    parser.add_argument(
        "--reuse", action="store_true", help="keep a database already built with the same --n"
    )
    parser.add_argument("--_one", default="", help=argparse.SUPPRESS)
    ns = parser.parse_args()
    if ns._one:
        run(ns._one, ns.n, ns.repeats, ns.reuse)
        return 0
    # Django settings are read once per process: one child process per database.
    for url in ([f"sqlite:///{ns.sqlite}"] if ns.sqlite else []) + ([ns.postgres] if ns.postgres else []):
        if url.startswith("sqlite:///") and os.path.exists(ns.sqlite) and not ns.reuse:
            os.remove(ns.sqlite)
        cmd = [sys.executable, __file__, "--n", str(ns.n), "--repeats", str(ns.repeats), "--_one", url]
        cmd += ["--reuse"] if ns.reuse else []
        if subprocess.call(cmd) != 0:
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

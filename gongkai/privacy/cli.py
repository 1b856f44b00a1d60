"""`gongkai privacy scan|mask`: find and mask personal information in files and folders."""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from gongkai.lib.env import env_bool, env_list, env_str
from gongkai.privacy.formats import iter_files
from gongkai.privacy.gate import GateResult, mask_file, scan_file
from gongkai.privacy.model import KINDS, PrivacyConfig

SCAN_HELP = """Scan files (folders are walked) for personal information.

Exit status: 1 if anything was found in any file; otherwise 2 if any file had an
error (unreadable, encrypted, too large, binary, or a PDF page without a text layer,
which is NOT clean); otherwise 0.

JSON output: {"files": [{"path", "hits": [{kind, start, end, text, masked, page}],
"errors": [...]}]}; start/end are character offsets in the extracted text (for a
TXT file: in its decoded text)."""

MASK_HELP = """Write a masked copy of FILE to OUT, in the same format (TXT, HTML, DOCX, XLSX
keep their layout; a PDF is written as TXT or DOCX text, named by OUT's extension).
A folder is masked into the folder OUT. Exit status: 0 written, 2 on any error
(including PDF pages without a text layer, which could not be masked)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("privacy", help="detect and mask personal information (去标识化)")
    sub = parser.add_subparsers(dest="privacy_command", parser_class=type(parser))
    scan = sub.add_parser(
        "scan", help="scan files for personal information", description=SCAN_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    scan.add_argument("files", nargs="+", metavar="FILE")
    scan.add_argument("--format", choices=("table", "json"), default="table")
    scan.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="parallel worker processes")
    _common(scan)
    scan.set_defaults(func=run_scan)
    mask = sub.add_parser(
        "mask", help="write a masked copy", description=MASK_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    mask.add_argument("file", metavar="FILE")
    mask.add_argument("-o", "--output", required=True, metavar="OUT")
    _common(mask)
    mask.set_defaults(func=run_mask)
    parser.set_defaults(func=lambda ns: _usage(parser))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-size", type=float, default=100.0, metavar="MB", help="refuse larger files (100)")
    p.add_argument("--allow-phone", action="append", default=[], metavar="NUMBER",
                   help="office phone never flagged (repeatable); 12345 always is")  # fmt: skip
    p.add_argument("--public-name", action="append", default=[], metavar="NAME",
                   help="official named in a public role, never flagged (repeatable)")  # fmt: skip
    p.add_argument("--allow-email-domain", action="append", default=[], metavar="DOMAIN",
                   help="institutional mail domain never flagged, e.g. gov.cn (repeatable)")  # fmt: skip
    p.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds to detect")
    p.add_argument("--id-keep", default=None, metavar="FIRST,LAST",
                   help="ID characters kept: 6,4 (default) or 2,3; or $GONGKAI_PRIVACY_ID_KEEP")  # fmt: skip
    p.add_argument("--village-address", action="store_true",
                   help="a village alone is an address too; or $GONGKAI_PRIVACY_VILLAGE_ADDRESS")  # fmt: skip
    p.add_argument("--all-names", action="store_true",
                   help="flag names in lists published by design too (表彰, 录用, 选民名单 …); "
                        "or $GONGKAI_PRIVACY_PUBLISHED_LISTS=false")  # fmt: skip
    p.add_argument("--all-mobiles", action="store_true",
                   help="flag officials' mobiles given as an office's contact too; "
                        "or $GONGKAI_PRIVACY_OFFICIAL_MOBILES_PUBLIC=false")  # fmt: skip
    p.add_argument("--engine", choices=("auto", "hyperscan", "re"), default="auto")


def config_from(ns: argparse.Namespace, environ: Mapping[str, str] | None = None) -> PrivacyConfig:
    """The options, added to the site's GONGKAI_PRIVACY_* variables: the command line then flags what
    the platform's gate would (docs/privacy.md)."""
    kinds = frozenset(k.strip() for k in ns.kinds.split(",") if k.strip())
    unknown = kinds - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kind(s): {', '.join(sorted(unknown))}")
    id_keep = ns.id_keep or env_str("GONGKAI_PRIVACY_ID_KEEP", "6,4", environ)
    first, comma, last = id_keep.partition(",")
    if not (comma and first.strip().isdigit() and last.strip().isdigit()):
        raise ValueError(f"--id-keep {id_keep!r}: give FIRST,LAST such as 6,4")
    allowed = [*env_list("GONGKAI_PRIVACY_ALLOW_PHONES", [], environ), *ns.allow_phone]
    phones = frozenset({"12345", *("".join(c for c in p if c.isdigit()) for p in allowed)})
    names = [*env_list("GONGKAI_PRIVACY_PUBLIC_NAMES", [], environ), *ns.public_name]
    domains = [*env_list("GONGKAI_PRIVACY_ALLOW_EMAIL_DOMAINS", ["gov.cn"], environ), *ns.allow_email_domain]
    return PrivacyConfig(
        kinds=kinds,
        id_keep=(int(first), int(last)),
        allow_phones=phones,
        allow_email_domains=tuple(d.lower().lstrip("@.") for d in domains),
        public_names=frozenset(names),
        village_address=ns.village_address or env_bool("GONGKAI_PRIVACY_VILLAGE_ADDRESS", False, environ),
        published_lists=not ns.all_names and env_bool("GONGKAI_PRIVACY_PUBLISHED_LISTS", True, environ),
        official_mobiles_public=not ns.all_mobiles
        and env_bool("GONGKAI_PRIVACY_OFFICIAL_MOBILES_PUBLIC", True, environ),
        max_bytes=int(ns.max_size * 1024 * 1024),
        engine=ns.engine,
    )


def _scan_one(job: tuple[str, PrivacyConfig]) -> GateResult:
    return scan_file(job[0], job[1])


def _results(files: list[str], config: PrivacyConfig, jobs: int) -> Iterator[GateResult]:
    work = [(f, config) for f in files]
    if jobs <= 1 or len(files) <= 1:
        yield from map(_scan_one, work)
        return
    with multiprocessing.get_context("spawn").Pool(min(jobs, len(files))) as pool:
        yield from pool.imap(_scan_one, work, chunksize=1)


def _progress(results: Iterable[GateResult], total: int) -> Iterator[GateResult]:
    show = sys.stderr.isatty()
    for done, result in enumerate(results, start=1):
        if show:
            width = 30
            filled = width * done // max(total, 1)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
            sys.stderr.flush()
        yield result
    if show and total:
        sys.stderr.write("\n")


def run_scan(ns: argparse.Namespace) -> int:
    try:
        config = config_from(ns)
    except ValueError as exc:
        sys.stderr.write(f"gongkai privacy: error: {exc}\n")
        return 2
    files = list(iter_files(ns.files))
    results = list(_progress(_results(files, config, ns.jobs), len(files)))
    if ns.format == "json":
        payload = {"files": [{"path": r.path, "hits": r.as_dicts(), "errors": r.errors} for r in results]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        _print_table(results)
    if any(r.hits for r in results):
        return 1
    return 2 if any(r.errors for r in results) else 0


def _print_table(results: list[GateResult]) -> None:
    out = sys.stdout
    for r in results:
        for err in r.errors:
            out.write(f"{r.path}\tERROR\t{err}\n")
        for h in r.hits:
            page = f"\tp.{h.page}" if h.page else ""
            out.write(f"{r.path}\t{h.kind}\t{h.start}-{h.end}\t{h.text}\t→ {h.masked}{page}\n")
    found = sum(len(r.hits) for r in results)
    errors = sum(1 for r in results if r.errors)
    out.write(f"{len(results)} file(s), {found} finding(s), {errors} file(s) with errors\n")


def run_mask(ns: argparse.Namespace) -> int:
    try:
        config = config_from(ns)
    except ValueError as exc:
        sys.stderr.write(f"gongkai privacy: error: {exc}\n")
        return 2
    src, out = Path(ns.file), Path(ns.output)
    if src.is_dir():
        pairs = [(Path(f), out / Path(f).relative_to(src)) for f in iter_files([str(src)])]
    else:
        pairs = [(src, out)]
    status = 0
    for s, o in pairs:
        o.parent.mkdir(parents=True, exist_ok=True)
        if s.suffix.lower() == ".pdf" and o.suffix.lower() == ".pdf" and src.is_dir():
            o = o.with_suffix(".txt")
        result = mask_file(s, o, config)
        for note in result.notes:
            sys.stderr.write(f"{s}: {note}\n")
        for err in result.errors:
            sys.stderr.write(f"{s}: error: {err}\n")
        if result.errors:
            status = 2
        elif os.path.exists(o):
            sys.stdout.write(f"{s} → {o}: {len(result.hits)} finding(s) masked\n")
    return status

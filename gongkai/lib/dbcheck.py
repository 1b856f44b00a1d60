"""`python -m gongkai.lib.dbcheck URL`: exit 0 if a PostgreSQL server answers at URL, 1 if not.

Used by `make test` to decide whether the PostgreSQL run can happen (and to fail in CI when it cannot).
It connects to the server's maintenance database, since the test database is created by the tests.
"""

from __future__ import annotations

import sys
from urllib.parse import urlsplit, urlunsplit


def reachable(url: str, timeout: int = 3) -> tuple[bool, str]:
    import psycopg

    parts = urlsplit(url)
    maintenance = urlunsplit((parts.scheme.replace("postgis", "postgres"), parts.netloc, "/postgres", "", ""))
    try:
        with psycopg.connect(maintenance, connect_timeout=timeout) as conn:
            conn.execute("SELECT 1")
    except Exception as exc:  # any failure means "not usable"; the message says which
        return False, str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return True, "ok"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.stderr.write("usage: python -m gongkai.lib.dbcheck postgres://user@host:port/db\n")
        return 2
    ok, message = reachable(args[0])
    if not ok:
        sys.stderr.write(f"PostgreSQL not reachable: {message}\n")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

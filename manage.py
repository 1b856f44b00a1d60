#!/usr/bin/env python
"""Django's command-line utility; `gongkai <command>` does the same."""

import sys

from gongkai.cli import run_django

if __name__ == "__main__":
    raise SystemExit(run_django(sys.argv[1:]))

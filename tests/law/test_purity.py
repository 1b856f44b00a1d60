"""The law package is part of the pure core: importing it must not pull in Django or a gongkai app."""

import subprocess
import sys


def test_law_modules_import_without_django():
    code = (
        "import sys\n"
        "import gongkai.law.cli, gongkai.law.clock, gongkai.law.deadlines, gongkai.law.dispositions\n"
        "import gongkai.law.fees, gongkai.law.receipt\n"
        "bad = sorted(m for m in sys.modules if m.startswith('django') or "
        "(m.startswith('gongkai.') and not m.startswith(('gongkai.law', 'gongkai.lib'))))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""

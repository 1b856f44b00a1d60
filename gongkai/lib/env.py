"""Strict parsing of environment variables.

A typo in a production setting must stop start-up with a message that names the variable, rather
than fall back silently to a default (healthchecks' envbool/envint, not MuckRock's boolcheck).
"""

from __future__ import annotations

import os
from collections.abc import Mapping


class EnvError(ValueError):
    """A variable is set to a value that cannot be used."""


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _raw(name: str, environ: Mapping[str, str] | None) -> str | None:
    env = os.environ if environ is None else environ
    value = env.get(name)
    file_name = env.get(name + "_FILE")
    if value is None and file_name:
        # Docker/systemd secrets: the variable names a file holding the value.
        try:
            with open(file_name, encoding="utf-8") as fh:
                value = fh.read().strip()
        except OSError as exc:
            raise EnvError(f"{name}_FILE={file_name!r} cannot be read: {exc.strerror}") from exc
    return value


def env_str(name: str, default: str, environ: Mapping[str, str] | None = None) -> str:
    value = _raw(name, environ)
    return default if value is None or value == "" else value


def env_bool(name: str, default: bool, environ: Mapping[str, str] | None = None) -> bool:
    value = _raw(name, environ)
    if value is None or value == "":
        return default
    low = value.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise EnvError(f"{name}={value!r} is not a boolean (use one of: true, false, 1, 0, yes, no, on, off)")


def env_int(
    name: str, default: int, environ: Mapping[str, str] | None = None, *, minimum: int | None = None
) -> int:
    value = _raw(name, environ)
    if value is None or value == "":
        return default
    try:
        result = int(value.strip())
    except ValueError:
        raise EnvError(f"{name}={value!r} is not an integer") from None
    if minimum is not None and result < minimum:
        raise EnvError(f"{name}={result} is below the minimum {minimum}")
    return result


def env_list(name: str, default: list[str], environ: Mapping[str, str] | None = None) -> list[str]:
    value = _raw(name, environ)
    if value is None or value.strip() == "":
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_choice(
    name: str, default: str, choices: Mapping[str, str], environ: Mapping[str, str] | None = None
) -> str:
    """Map a short name from a closed list to its value (e.g. an e-mail backend)."""
    value = _raw(name, environ)
    if value is None or value == "":
        value = default
    if value in choices:
        return choices[value]
    if value in choices.values():
        return value
    raise EnvError(f"{name}={value!r} is not one of: {', '.join(sorted(choices))}")

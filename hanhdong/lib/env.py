"""Typed readers for settings that come from the environment.

Each one fails loudly on a malformed value instead of guessing.
"""

import contextlib
import os
import secrets
import tempfile
from pathlib import Path

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class EnvError(ValueError):
    pass


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise EnvError(f"{name}={raw!r} is not a boolean (use 1/0, true/false, yes/no, on/off)")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise EnvError(f"{name}={raw!r} is not a whole number") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [part.strip() for part in raw.split(",") if part.strip()]


def kept_secret(path: Path) -> str:
    """The secret kept in ``path``, made the first time it is asked for. Many processes may
    ask at once on a fresh ./var (gunicorn's workers): each writes a whole key to a file of
    its own and links it into place — a link never replaces a file, so exactly one wins,
    and every process reads the winner's key, never an empty or half-written file."""
    try:
        return _read_secret(path)
    except FileNotFoundError:
        pass
    fd, draft = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w") as out:  # mkstemp makes it readable by its owner only
            out.write(secrets.token_urlsafe(50))
            out.flush()
            os.fsync(out.fileno())
        # another process made it first: its key is the one
        with contextlib.suppress(FileExistsError):
            os.link(draft, path)
    finally:
        os.unlink(draft)
    return _read_secret(path)


def _read_secret(path: Path) -> str:
    key = path.read_text().strip()
    if not key:
        raise EnvError(f"{path} is empty: remove it and a new key is generated")
    return key

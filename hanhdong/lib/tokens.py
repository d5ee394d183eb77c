"""Secrets handed out once (API tokens, Open311 keys): only their hash is ever stored."""

from __future__ import annotations

import hashlib
import secrets


def new_token(prefix: str = "") -> str:
    return prefix + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """The stored form of a token: SHA-256 is enough for a random 256-bit secret."""
    return hashlib.sha256(token.encode()).hexdigest()

"""Reading the request itself: who is on the other end."""

from __future__ import annotations

from django.conf import settings


def client_address(request) -> str:
    """The address of the person making the request.

    With HANHDONG_TRUSTED_PROXIES = N reverse proxies in front of the app, each appending the
    address it received the request from to X-Forwarded-For, the person's address is the
    N-th entry from the right: the one the outermost trusted proxy appended. Entries left of
    it are whatever the sender wrote and are never believed. Without proxies, or with fewer
    entries than proxies (a request that came round them), the connection's own address.
    """
    proxies = settings.HANHDONG_TRUSTED_PROXIES
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        forwarded = [entry.strip() for entry in forwarded if entry.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")

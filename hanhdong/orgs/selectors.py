"""Reads about organizations and people that several apps share."""

from __future__ import annotations

from collections import defaultdict

from hanhdong.orgs.models import Membership, Organization


def unit_tree(commune: Organization) -> list[tuple[Organization, int]]:
    """The commune and every unit in it (retired ones too), each with its depth, in the
    order of the tree: a unit right after the one above it. One query."""
    nodes = list(Organization.objects.filter(commune=commune).order_by("position", "name"))
    children: dict = defaultdict(list)
    for node in nodes:
        if node.pk != commune.pk:
            children[node.parent_id].append(node)
    rows: list[tuple[Organization, int]] = []
    stack = [(commune, 0)]
    while stack:
        node, depth = stack.pop()
        rows.append((node, depth))
        stack.extend((child, depth + 1) for child in reversed(children[node.pk]))
    return rows


class Staff:
    """The active users of one commune by role and unit, read in one query: for a worker
    pass that addresses many messages in the same commune."""

    def __init__(self, commune):
        self._by_role: dict[str, list] = defaultdict(list)
        self._by_unit: dict[tuple[str, int], list] = defaultdict(list)
        found = (
            Membership.objects.in_commune(commune)
            .filter(user__is_active=True)
            .select_related("user")
            .order_by("user_id")
        )
        for membership in found:
            role, user = membership.role, membership.user
            if user not in self._by_role[role]:
                self._by_role[role].append(user)
            self._by_unit[role, membership.organization_id].append(user)

    def with_role(self, role, organization=None) -> list:
        """The users holding ``role`` in the commune (in ``organization``, when given)."""
        if organization is None:
            return list(self._by_role.get(role, []))
        return list(self._by_unit.get((role, organization.pk), []))


class StaffDirectory:
    """``Staff`` per commune, each read the first time it is asked for."""

    def __init__(self):
        self._staff: dict[int, Staff] = {}

    def __call__(self, commune) -> Staff:
        if commune.pk not in self._staff:
            self._staff[commune.pk] = Staff(commune)
        return self._staff[commune.pk]

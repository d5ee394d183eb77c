"""Where a target is heading: a straight-line or compound-growth forecast to its deadline,
and a verdict (the chart that shows it is drawn by ``charts``)."""

from __future__ import annotations

import datetime as dt
import math

ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA = (
    "achieved",
    "on_track",
    "at_risk",
    "off_track",
    "no_data",
)


def meets(value: float, comparison: str, goal: float) -> bool:
    return {
        ">=": value >= goal,
        "<=": value <= goal,
        ">": value > goal,
        "<": value < goal,
        "=": abs(value - goal) < 1e-9,
    }[comparison]


def _fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    return slope, mean_y - slope * mean_x


def _residual(xs, ys, slope, intercept, transform=lambda v: v) -> float:
    return sum((transform(slope * x + intercept) - y) ** 2 for x, y in zip(xs, ys, strict=True))


def forecast(points: list[tuple[dt.date, float]], deadline: dt.date) -> tuple[float, str] | None:
    """The value expected at ``deadline``: compound growth where it fits the series better
    than a straight line (all values positive), else the straight line."""
    if len(points) < 2:
        return None
    origin = points[0][0]
    xs = [(day - origin).days / 365.25 for day, _ in points]
    ys = [value for _, value in points]
    if max(xs) == min(xs):
        return None
    x_end = (deadline - origin).days / 365.25
    slope, intercept = _fit(xs, ys)
    linear = (slope * x_end + intercept, "linear")
    if len(points) >= 3 and all(y > 0 for y in ys):
        log_slope, log_intercept = _fit(xs, [math.log(y) for y in ys])
        try:
            compound_error = _residual(xs, ys, log_slope, log_intercept, math.exp)
            if compound_error < _residual(xs, ys, slope, intercept):
                return math.exp(log_slope * x_end + log_intercept), "compound"
        except OverflowError:  # growth too steep to compound: the straight line stands
            pass
    return linear


def verdict(
    comparison: str, goal: float, latest: float | None, expected: float | None, recurring: bool
) -> str:
    if latest is None:
        return NO_DATA
    if meets(latest, comparison, goal):
        return ACHIEVED
    if recurring or expected is None:
        gap = abs(latest - goal) / (abs(goal) or 1)
        return AT_RISK if gap <= 0.1 else OFF_TRACK
    if meets(expected, comparison, goal):
        return ON_TRACK
    gap = abs(expected - goal) / (abs(goal) or 1)
    return AT_RISK if gap <= 0.1 else OFF_TRACK

"""Where a target is heading: a straight-line or compound-growth forecast to its deadline,
a verdict, and the points of a small server-drawn SVG chart."""

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
        compound_error = _residual(xs, ys, log_slope, log_intercept, math.exp)
        if compound_error < _residual(xs, ys, slope, intercept):
            return math.exp(log_slope * x_end + log_intercept), "compound"
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


def chart(
    points,
    goal: float,
    deadline: dt.date | None,
    expected: float | None,
    width: int = 300,
    height: int = 110,
) -> dict:
    """Coordinates for an SVG: the values, the target line and the forecast to the deadline."""
    if not points:
        return {}
    first = points[0][0]
    last = max(deadline or points[-1][0], points[-1][0])
    span = max((last - first).days, 1)
    values = [v for _, v in points] + [goal] + ([expected] if expected is not None else [])
    low, high = min(values + [0.0]), max(values)
    high = high if high > low else low + 1
    pad = 8

    def x(day):
        return round(pad + (day - first).days / span * (width - 2 * pad), 1)

    def y(value):
        return round(height - pad - (value - low) / (high - low) * (height - 2 * pad), 1)

    line = " ".join(f"{x(day)},{y(value)}" for day, value in points)
    out = {
        "width": width,
        "height": height,
        "line": line,
        "goal_y": y(goal),
        "dots": [(x(day), y(value)) for day, value in points],
    }
    if expected is not None and deadline is not None:
        out["forecast"] = f"{x(points[-1][0])},{y(points[-1][1])} {x(deadline)},{y(expected)}"
    return out

"""A target's chart, drawn on the server as SVG: the years along the bottom, the values up
the side, the target as a labelled line, the figures reported as points joined by a line,
and the forecast to the deadline as a dashed line to a hollow marker.

Every coordinate leaves this module as a plain string ("22.6", never "22,6"): a template
that writes a number itself localises it, and the Vietnamese locale writes a decimal
comma, which no SVG reader understands. The values printed beside the axes stay numbers
for the template to write in the reader's language."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

WIDTH, HEIGHT = 320, 200
# the plot's box inside the picture: room on the left for the values, at the top for the
# unit and at the bottom for the years
LEFT, RIGHT, TOP, BOTTOM = 48.0, 310.0, 24.0, 176.0
MOST_YEAR_LABELS = 8
MOST_VALUE_TICKS = 5
LABEL_GAP = 11.0  # how close two labels beside the value axis may come


def coord(value: float) -> str:
    """A coordinate as SVG reads it: a dot for the decimals, whatever the language."""
    return f"{value:.1f}"


def plain(value: float) -> str:
    """A number for a machine-read attribute: at most four decimals, no grouping."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Label:
    x: str
    y: str
    value: float  # written by the template, in the reader's language
    anchor: str = "middle"


@dataclass(frozen=True)
class Chart:
    view_box: str
    left: str
    right: str
    top: str
    bottom: str
    unit_x: str
    unit_y: str
    year_lines: list[str]  # x of each year's start
    years: list[tuple[str, str, str]]  # (x, y, year) of each year's label
    value_ticks: list[tuple[str, Label | None, str]]  # (y of the grid line, label, value)
    goal_y: str
    goal_value: Label  # the target's value beside the axis
    goal_text: Label  # the words naming the line
    line: str  # the values' points, "x,y x,y …"
    dots: list[tuple[str, str]]
    latest: Label
    forecast: str = ""  # "x,y x,y" from the latest value to the deadline
    forecast_dot: tuple[str, str] | None = None
    forecast_value: Label | None = None


def _ticks(values: list[float]) -> list[float]:
    """Round values from below the lowest to above the highest, 2 to 6 of them."""
    low, high = min(values), max(values)
    if high - low < 1e-9:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
        if min(values) >= 0:
            low = max(low, 0.0)
    if 0 < low < high - low:  # close enough to zero for the axis to start there
        low = 0.0
    raw = (high - low) / (MOST_VALUE_TICKS - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * (1 - 1e-9))
    first = math.floor(low / step + 1e-9)
    last = math.ceil(high / step - 1e-9)
    return [round(n * step, 10) for n in range(first, last + 1)]


def _above_or_below(y: float, above: bool = True) -> float:
    """Where a label beside a point at ``y`` goes: above it unless that leaves the plot."""
    if above and y - 6 >= TOP + 8:
        return y - 6
    if y + 14 <= BOTTOM - 2:
        return y + 14
    return y - 6


def target_chart(
    points: list[tuple[dt.date, float]],
    goal: float,
    deadline: dt.date | None,
    expected: float | None,
    term: tuple[int, int] | None = None,
) -> Chart | None:
    """The chart of a target with figures ``points`` (by their cut-off date), the target's
    value ``goal``, its ``deadline`` and the value ``expected`` there; the years shown
    cover the program's ``term`` and every figure."""
    if not points:
        return None
    if expected is not None and not math.isfinite(expected):
        expected = None
    years = [day.year for day, _ in points] + ([deadline.year] if deadline else [])
    if term:
        years += list(term)
    start = dt.date(min(years), 1, 1)
    end = dt.date(max(years) + 1, 1, 1)
    span = (end - start).days

    def x(day: dt.date) -> float:
        return LEFT + (day - start).days / span * (RIGHT - LEFT)

    values = [v for _, v in points] + [goal] + ([expected] if expected is not None else [])
    ticks = _ticks(values)
    low, high = ticks[0], ticks[-1]

    def y(value: float) -> float:
        return BOTTOM - (value - low) / (high - low) * (BOTTOM - TOP)

    every = math.ceil((end.year - start.year) / MOST_YEAR_LABELS)
    year_labels = [
        (coord(x(dt.date(year, 7, 2))), coord(BOTTOM + 15), str(year))
        for year in range(start.year, end.year)
        if (year - start.year) % every == 0
    ]
    goal_y = y(goal)
    value_ticks = []
    for value in ticks:
        at = y(value)
        label = None
        if abs(at - goal_y) >= LABEL_GAP:  # the target's own value is written there
            label = Label(coord(LEFT - 5), coord(at + 4), value, "end")
        value_ticks.append((coord(at), label, plain(value)))

    xy = [(x(day), y(value)) for day, value in points]
    last_x, last_y = xy[-1]
    out = {}
    # the words naming the target's line go at its right end, on the other side from the
    # forecast's end; at its left end, away from the first figure, when that is too close
    goal_text = Label(coord(RIGHT - 4), coord(_above_or_below(goal_y)), goal, "end")
    if expected is not None and deadline is not None:
        end_x, end_y = x(deadline), y(expected)
        forecast_above = end_y < goal_y
        value_y = _above_or_below(end_y, forecast_above)
        goal_text_y = _above_or_below(goal_y, not forecast_above)
        goal_text = Label(coord(RIGHT - 4), coord(goal_text_y), goal, "end")
        if abs(goal_text_y - value_y) < LABEL_GAP + 2:
            first_above = xy[0][1] < goal_y
            goal_text = Label(
                coord(LEFT + 4), coord(_above_or_below(goal_y, not first_above)), goal, "start"
            )
        out = {
            "forecast": f"{coord(last_x)},{coord(last_y)} {coord(end_x)},{coord(end_y)}",
            "forecast_dot": (coord(end_x), coord(end_y)),
            "forecast_value": Label(coord(end_x - 6), coord(value_y), expected, "end"),
        }
    return Chart(
        view_box=f"0 0 {WIDTH} {HEIGHT}",
        left=coord(LEFT),
        right=coord(RIGHT),
        top=coord(TOP),
        bottom=coord(BOTTOM),
        unit_x=coord(4),
        unit_y=coord(12),
        year_lines=[coord(x(dt.date(year, 1, 1))) for year in range(start.year, end.year + 1)],
        years=year_labels,
        value_ticks=value_ticks,
        goal_y=coord(goal_y),
        goal_value=Label(coord(LEFT - 5), coord(goal_y + 4), goal, "end"),
        goal_text=goal_text,
        line=" ".join(f"{coord(px)},{coord(py)}" for px, py in xy),
        dots=[(coord(px), coord(py)) for px, py in xy],
        latest=Label(
            coord(min(last_x, RIGHT - 4)),
            coord(_above_or_below(last_y, last_y < goal_y)),  # away from the target's line
            points[-1][1],
            "end" if last_x > RIGHT - 24 else "middle",
        ),
        **out,
    )

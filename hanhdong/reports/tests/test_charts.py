"""The dashboard's target charts, read back as a browser reads them: every coordinate a plain
number inside the picture, in Vietnamese too, and each line where its value says."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from html.parser import HTMLParser

from django.contrib.staticfiles import finders
from django.test import SimpleTestCase, override_settings
from django.urls import reverse

from hanhdong.reports import charts, forecast
from hanhdong.reports.models import ReportingKind, ReportingPeriod, TargetValue
from hanhdong.reports.tests.base import ReportsTestCase

# the attributes of an SVG element that hold one number each
NUMERIC = {"x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "data-value"}


class Charts(HTMLParser):
    """Every ``<svg class="chart">`` of a page: its view box and its elements, with their
    attributes and the text they hold."""

    def __init__(self):
        super().__init__()
        self.charts: list[dict] = []
        self.current: dict | None = None
        self.holding: dict | None = None  # the <text> or <title> being read

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)  # the parser gives attribute names in lower case: "viewbox"
        if tag == "svg" and "chart" in (attrs.get("class") or "").split():
            self.current = {"svg": attrs, "elements": []}
            self.charts.append(self.current)
        elif self.current is not None:
            element = {"tag": tag, "attrs": attrs, "text": ""}
            self.current["elements"].append(element)
            if tag in ("text", "title"):
                self.holding = element

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if self.holding is not None:
            self.holding["text"] += data

    def handle_endtag(self, tag):
        if tag in ("text", "title"):
            self.holding = None
        elif tag == "svg":
            self.current = None


def read_charts(html: str) -> list[dict]:
    parser = Charts()
    parser.feed(html)
    return parser.charts


def coordinates(attrs: dict) -> tuple[list[float], list[float]]:
    """The x and the y positions an element's attributes place it at."""
    xs = [float(attrs[a]) for a in ("x", "x1", "x2", "cx") if a in attrs]
    ys = [float(attrs[a]) for a in ("y", "y1", "y2", "cy") if a in attrs]
    for pair in attrs.get("points", "").split():
        x, y = pair.split(",")
        xs.append(float(x))
        ys.append(float(y))
    return xs, ys


def stylesheet() -> str:
    with open(finders.find("hanhdong/app.css"), encoding="utf-8") as css:
        return css.read()


def of_class(chart: dict, name: str) -> list[dict]:
    return [e for e in chart["elements"] if name in (e["attrs"].get("class") or "").split()]


class DashboardChartsTest(ReportsTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        periods = list(
            ReportingPeriod.objects.filter(program=cls.program, kind=ReportingKind.QUARTER)
            .order_by("cutoff_on")
            .filter(cutoff_on__lte=dt.date(2026, 6, 30))
        )
        cls.budget = cls.program.targets.create(
            position=10,
            indicator="thu ngân sách trên địa bàn",
            unit="tỷ đồng",
            comparison=">=",
            value=Decimal("1234.5"),
            year=2030,
        )
        cls.forest = cls.program.targets.create(
            position=11,
            indicator="tỷ lệ che phủ rừng",
            unit="%",
            comparison=">=",
            value=Decimal("22.6"),
            year=2030,
        )
        cls.series = {
            cls.budget: ["1000.25", "1012.5", "1030.75", "1041.5"],
            cls.forest: ["20.15", "20.3", "20.5", "20.65"],
            cls.target: ["100", "94.5", "99.25"],  # every year, 100 %
        }
        for target, values in cls.series.items():
            for period, value in zip(periods, values, strict=False):
                TargetValue.objects.create(target=target, period=period, value=Decimal(value))

    def dashboard(self) -> str:
        self.login(self.standing)
        response = self.client.get(reverse("reports:dashboard", args=[self.program.pk]))
        self.assertEqual(response.wsgi_request.LANGUAGE_CODE, "vi")
        return response.content.decode()

    def test_every_number_of_every_chart_is_a_plain_number_inside_the_picture(self):
        found = read_charts(self.dashboard())
        self.assertEqual(len(found), 3)  # the targets with figures
        for chart in found:
            left, top, width, height = (float(n) for n in chart["svg"]["viewbox"].split())
            for element in chart["elements"]:
                attrs = element["attrs"]
                with self.subTest(chart=chart["svg"].get("aria-labelledby"), element=element):
                    for name in NUMERIC & attrs.keys():
                        float(attrs[name])
                    xs, ys = coordinates(attrs)
                    for x in xs:
                        self.assertTrue(left <= x <= left + width, x)
                    for y in ys:
                        self.assertTrue(top <= y <= top + height, y)

    def test_the_target_line_and_the_points_sit_at_their_values_on_the_axis(self):
        targets = {f"chart-{t.pk}": t for t in self.series}
        for chart in read_charts(self.dashboard()):
            target = targets[chart["svg"]["aria-labelledby"]]
            ticks = [
                (float(e["attrs"]["data-value"]), float(e["attrs"]["y1"]))
                for e in of_class(chart, "value-line")
            ]
            (low, low_y), (high, high_y) = min(ticks), max(ticks)

            def on_axis(value, low=low, low_y=low_y, high=high, high_y=high_y):
                return low_y + (value - low) / (high - low) * (high_y - low_y)

            with self.subTest(target=target.indicator):
                self.assertGreaterEqual(len(ticks), 2)
                self.assertTrue(low <= float(target.value) <= high)
                (goal,) = of_class(chart, "goal")
                self.assertAlmostEqual(
                    float(goal["attrs"]["y1"]), on_axis(float(target.value)), delta=0.11
                )
                self.assertEqual(goal["attrs"]["y1"], goal["attrs"]["y2"])
                dots = [float(e["attrs"]["cy"]) for e in of_class(chart, "value")]
                expected = [on_axis(float(v)) for v in self.series[target]]
                self.assertEqual(len(dots), len(expected))
                for dot, value_y in zip(dots, expected, strict=True):
                    self.assertAlmostEqual(dot, value_y, delta=0.11)

    def test_the_axes_name_the_years_the_values_and_the_unit(self):
        chart = next(
            c
            for c in read_charts(self.dashboard())
            if c["svg"]["aria-labelledby"] == f"chart-{self.budget.pk}"
        )
        texts = [e["text"] for e in chart["elements"] if e["tag"] == "text"]
        years = [e["text"] for e in of_class(chart, "year")]
        self.assertEqual(years, [str(year) for year in range(2025, 2031)])
        self.assertIn("tỷ đồng", texts)
        # the figures written as text are Vietnamese: a decimal comma, read by people only
        self.assertIn("1234,5", texts)
        self.assertIn("mục tiêu ≥ 1234,5", texts)
        title = next(e["text"] for e in chart["elements"] if e["tag"] == "title")
        self.assertIn("Thu ngân sách trên địa bàn", title)

    def test_the_forecast_is_told_apart_without_colour(self):
        chart = next(
            c
            for c in read_charts(self.dashboard())
            if c["svg"]["aria-labelledby"] == f"chart-{self.forest.pk}"
        )
        (forecast,) = of_class(chart, "forecast")
        (end,) = of_class(chart, "expected")
        self.assertEqual(forecast["tag"], "polyline")
        self.assertEqual(end["tag"], "circle")
        # the dashed line and the hollow marker are drawn by the stylesheet
        css = stylesheet().replace(" ", "")
        self.assertIn(".chart.forecast,.legend.forecast{fill:none;", css)
        self.assertIn("stroke-dasharray", css.split(".chart.forecast")[1].split("}")[0])
        self.assertIn("fill:#fff", css.split(".chart.expected")[1].split("}")[0])

    def test_every_figure_is_also_given_as_text(self):
        html = self.dashboard()
        needles = ["<caption>Số liệu của chỉ tiêu “thu ngân sách trên địa bàn”</caption>"]
        needles += [f"<td>{v} tỷ đồng</td>" for v in ("1000,25", "1012,5", "1030,75", "1041,5")]
        for needle in needles:
            self.assertTrue(needle in html, needle)


class NumbersInAttributesTest(ReportsTestCase):
    """Ids, years and numbers that pages write into attributes stay plain numbers in
    Vietnamese, even where the locale groups thousands."""

    @override_settings(USE_THOUSAND_SEPARATOR=True, NUMBER_GROUPING=3)
    def test_a_large_id_and_a_year_stay_plain(self):
        period = ReportingPeriod.objects.create(
            pk=123456,
            program=self.program,
            kind=ReportingKind.ADHOC,
            year=2025,
            title="Báo cáo đột xuất",
            starts_on=dt.date(2025, 9, 1),
            cutoff_on=dt.date(2025, 9, 30),
            due_on=dt.date(2025, 10, 5),
        )
        self.login(self.standing)
        page = self.client.get(
            reverse("reports:dashboard", args=[self.program.pk]), {"period": period.pk}
        ).content.decode()
        self.assertIn('<option value="123456" selected>', page)
        self.login(self.city)
        page = self.client.get(
            reverse("reports:city", args=[self.hp.pk]), {"kind": "quarter", "year": 2025}
        ).content.decode()
        self.assertIn('value="2025"', page)
        self.assertNotIn("2.025", page.split("<main", 1)[1].split("</form>", 1)[0])


class ChartGeometryTest(SimpleTestCase):
    def test_a_flat_series_still_has_an_axis(self):
        chart = charts.target_chart(
            [(dt.date(2025, 6, 30), 5.0), (dt.date(2025, 12, 31), 5.0)], 5.0, None, None
        )
        values = [float(v) for _y, _label, v in chart.value_ticks]
        self.assertLess(values[0], 5.0)
        self.assertGreater(values[-1], 5.0)

    def test_nothing_is_drawn_without_figures(self):
        self.assertIsNone(charts.target_chart([], 10.0, dt.date(2030, 12, 31), None))

    def test_an_endless_forecast_is_left_out(self):
        chart = charts.target_chart(
            [(dt.date(2025, 6, 30), 1.0), (dt.date(2025, 12, 31), 2.0)],
            10.0,
            dt.date(2030, 12, 31),
            float("inf"),
        )
        self.assertEqual(chart.forecast, "")

    def test_growth_too_steep_to_compound_is_forecast_on_a_straight_line(self):
        # a hundredfold a day (figures typed in the wrong unit): compounded to 2030, more
        # than a float holds
        points = [(dt.date(2025, 6, 30 - n), value) for n, value in ((2, 0.0001), (1, 0.01))]
        points.append((dt.date(2025, 6, 30), 1.0))
        expected, method = forecast.forecast(points, dt.date(2030, 12, 31))
        self.assertEqual(method, "linear")
        chart = charts.target_chart(points, 100.0, dt.date(2030, 12, 31), expected)
        self.assertTrue(chart.forecast)

"""Charts as SVG, drawn by hand: the network's growth, and each metric's accepted figures
with the claims around them. Every text written is escaped; nothing is loaded."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from html import escape
from typing import NamedTuple

from lcnet.check.figures import Subject
from lcnet.check.timeline import Accepted, Timeline
from lcnet.model import Claim, Metric
from lcnet.query.growth import GrowthPoint

WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 40, 48
CHARTED = (Metric.TOTAL_CITIES, Metric.TOTAL_COUNTRIES, Metric.CITIZENS)
INK, MEMBERS, COUNTRIES, AGREE, DISAGREE = "#1b1b1b", "#1d5e2e", "#0b4cc2", "#1d5e2e", "#8a1c12"


class Point(NamedTuple):
    day: date
    value: int
    label: str


class Scale(NamedTuple):
    first: date
    last: date
    top: int

    def x(self, day: date) -> float:
        span = max((self.last - self.first).days, 1)
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (day - self.first).days / span, 1)

    def y(self, value: int) -> float:
        return round(HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * value / self.top, 1)


def growth_chart(points: Sequence[GrowthPoint]) -> Chart:
    """Members and countries after each intake, as corrected; corrected intakes marked
    with a ring and a "corrected" label."""
    members = [_growth(p, p.total_cities) for p in points if p.total_cities is not None]
    countries = [_growth(p, p.total_countries) for p in points if p.total_countries is not None]
    title = "Growth of the network: member cities and countries after each intake"
    if not members:
        return _document(title, "No intake states a total.", [])
    scale = _scale([*members, *countries])
    parts = [*_axes(scale), _line(scale, members, MEMBERS), _line(scale, countries, COUNTRIES)]
    parts += _dots(scale, members, MEMBERS, "member cities")
    parts += _dots(scale, countries, COUNTRIES, "countries")
    for point in points:
        if point.corrected and point.total_cities is not None:
            parts.append(_correction(scale, _growth(point, point.total_cities)))
    parts += _legend([(MEMBERS, "member cities"), (COUNTRIES, "countries")])
    description = "; ".join(f"{m.label}: {m.value} cities" for m in members)
    return _document(title, description, parts)


def figure_charts(timeline: Timeline, subjects: Collection[Subject] | None = None) -> list[Chart]:
    """One chart per subject (by default the network's totals): its accepted figures
    period by period (a step line) and the claims sources made (dots; crosses for those
    that disagree)."""
    charts = []
    for subject in timeline.subjects():
        if subjects is None and (subject.metric not in CHARTED or subject.country):
            continue
        if subjects is not None and subject not in subjects:
            continue
        entries = [e for e in timeline.entries(subject) if e.figure and e.period.start]
        if entries:
            charts.append(_figure_chart(timeline, subject.key, entries))
    return charts


def stacked(charts: Sequence[Chart]) -> str:
    """Several charts as one SVG document, one under the other."""
    height = HEIGHT * max(len(charts), 1)
    inner = "".join(
        f'<g transform="translate(0 {i * HEIGHT})" role="img" aria-label="{escape(c.title)}">'
        f"{c.body}</g>"
        for i, c in enumerate(charts)
    )
    title = "; ".join(c.title for c in charts) or "No accepted figure to chart"
    return _svg(WIDTH, height, title, "; ".join(c.description for c in charts), inner)


def _figure_chart(timeline: Timeline, key: str, entries: list[Accepted]) -> Chart:
    today = timeline.today
    accepted = [e for e in entries if e.figure is not None and e.period.start is not None]
    claims = [(c, True) for e in accepted for c in e.agree]
    claims += [(c, False) for e in accepted for c in e.disagree]
    dated = [(c, ok, _claim_day(timeline, c)) for c, ok in claims]
    points = [Point(day, c.value, c.key) for c, _, day in dated if day is not None]
    steps = [
        Point(e.period.start, e.figure.value, str(e.figure))
        for e in accepted
        if e.period.start is not None and e.figure is not None
    ]
    scale = _scale([*steps, *points, Point(today, 0, "")])
    parts = [*_axes(scale)]
    for entry, step in zip(accepted, steps, strict=True):
        x1, x2 = scale.x(step.day), scale.x(entry.period.end or today)
        y = scale.y(step.value)
        parts.append(
            f'<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" stroke="{INK}" stroke-width="3">'
            f"<title>{escape(f'{step.label} ({entry.period.label}; {entry.basis})')}</title>"
            "</line>"
        )
    for claim, agrees, day in dated:
        if day is not None:
            parts.append(_claim_mark(scale, claim, agrees, day))
    parts += _legend(
        [(INK, "accepted figure"), (AGREE, "claim agrees"), (DISAGREE, "claim disagrees (cross)")]
    )
    description = "; ".join(f"{s.label} from {s.day.isoformat()}" for s in steps)
    return _document(f"Accepted figures of {key}, and what sources said", description, parts)


def _claim_day(timeline: Timeline, claim: Claim) -> date | None:
    source = timeline.store.source_by_id[claim.source]
    when = claim.as_of or source.published
    return when.first_day if when is not None else None


def _claim_mark(scale: Scale, claim: Claim, agrees: bool, day: date) -> str:
    x, y = scale.x(day), scale.y(claim.value)
    tip = f"<title>{escape(f'{claim.key}: {claim.value} ({day.isoformat()})')}</title>"
    if agrees:
        return f'<circle cx="{x}" cy="{y}" r="4" fill="{AGREE}">{tip}</circle>'
    return (
        f'<path d="M{x - 5} {y - 5}L{x + 5} {y + 5}M{x - 5} {y + 5}L{x + 5} {y - 5}" '
        f'stroke="{DISAGREE}" stroke-width="2.5">{tip}</path>'
    )


def _growth(point: GrowthPoint, value: int) -> Point:
    return Point(point.date.first_day, value, f"{point.intake} ({point.date})")


def _scale(points: Sequence[Point]) -> Scale:
    days = [p.day for p in points]
    largest = max(p.value for p in points)
    return Scale(min(days), max(days), _nice(largest))


def _nice(value: int) -> int:
    """The axis' top: the value rounded up to 1, 2 or 5 times a power of ten."""
    step = 1
    while step * 10 <= max(value, 1):
        step *= 10
    return next(m * step for m in (1, 2, 5, 10) if m * step >= value)


def _axes(scale: Scale) -> list[str]:
    bottom, right = HEIGHT - BOTTOM, WIDTH - RIGHT
    parts = [
        f'<line x1="{LEFT}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="{INK}"/>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{bottom}" stroke="{INK}"/>',
    ]
    for fraction in (0, 0.5, 1):
        value = round(scale.top * fraction)
        y = scale.y(value)
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4}" text-anchor="end">{_number(value)}</text>')
    for year in range(scale.first.year, scale.last.year + 1):
        day = date(year, 1, 1)
        if scale.first <= day <= scale.last:  # each year where it starts
            x = scale.x(day)
            parts.append(f'<text x="{x}" y="{bottom + 18}" text-anchor="middle">{year}</text>')
    return parts


def _number(value: int) -> str:
    return f"{value:,}".replace(",", "\u2009")


def _line(scale: Scale, points: Sequence[Point], colour: str) -> str:
    path = " ".join(f"{scale.x(p.day)},{scale.y(p.value)}" for p in points)
    return f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>'


def _dots(scale: Scale, points: Sequence[Point], colour: str, noun: str) -> list[str]:
    return [
        f'<circle cx="{scale.x(p.day)}" cy="{scale.y(p.value)}" r="3.5" fill="{colour}">'
        f"<title>{escape(f'{p.label}: {p.value} {noun}')}</title></circle>"
        for p in points
    ]


def _correction(scale: Scale, point: Point) -> str:
    x, y = scale.x(point.day), scale.y(point.value)
    return (
        f'<circle cx="{x}" cy="{y}" r="8" fill="none" stroke="{DISAGREE}" stroke-width="2">'
        f"<title>{escape(f'{point.label}: corrected to {point.value}')}</title></circle>"
        f'<text x="{x}" y="{y - 12}" text-anchor="middle" fill="{DISAGREE}">corrected</text>'
    )


def _legend(entries: Sequence[tuple[str, str]]) -> list[str]:
    parts = []
    for i, (colour, label) in enumerate(entries):
        x = LEFT + i * 190
        parts.append(f'<rect x="{x}" y="{TOP - 28}" width="12" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{x + 18}" y="{TOP - 18}">{escape(label)}</text>')
    return parts


class Chart(NamedTuple):
    title: str
    description: str  # the chart's data in words, for screen readers
    body: str  # SVG elements

    def svg(self) -> str:
        return _svg(WIDTH, HEIGHT, self.title, self.description, self.body)


def _document(title: str, description: str, parts: Sequence[str]) -> Chart:
    return Chart(title, description, "".join(parts))


def _svg(width: int, height: int, title: str, description: str, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" font-family="sans-serif" '
        f'font-size="12"><title>{escape(title)}</title><desc>{escape(description)}</desc>'
        f"{body}</svg>\n"
    )

"""Charts as standalone SVG files: the network's growth, and a metric's timeline.

Hand-built (a few dozen elements each: a plotting library would cost more to import
than the whole command). Every text is escaped; each chart has a <title> and a <desc>
for screen readers, and says what its colours mean in words too (a legend and labels,
never colour alone).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from html import escape
from typing import Any

WIDTH, HEIGHT = 760, 380
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 48, 56
CITIES, COUNTRIES, AGREE, DISAGREE = "#1f5fa8", "#b35900", "#2e7d32", "#b00020"
FONT = 'font-family="system-ui, -apple-system, \'Segoe UI\', sans-serif" font-size="12"'


def growth_svg(rows: Sequence[Mapping[str, Any]]) -> str:
    """Members and countries after each announcement; corrections marked as such."""
    points = [r for r in rows if r.get("total_cities") is not None]
    days = [_day(r["date"]) for r in points]
    top = max([r["total_cities"] for r in points] or [1])
    scale = _Scale(days, top)
    parts = [
        _head(
            "Growth of the UNESCO Global Network of Learning Cities",
            "Member cities and countries after each announcement, as corrected.",
        )
    ]
    parts += scale.axes("members")
    for key, colour, label in (
        ("total_cities", CITIES, "member cities"),
        ("total_countries", COUNTRIES, "countries"),
    ):
        series = [(d, r[key]) for d, r in zip(days, points, strict=True) if r[key] is not None]
        parts.append(_polyline(scale, series, colour, dashed=key == "total_countries"))
        for (day, value), row in zip(series, points, strict=False):
            corrected = row.get("kind") == "correction"
            parts.append(
                _point(
                    scale,
                    day,
                    value,
                    colour,
                    f"{value} {label} on {row['date']}",
                    hollow=corrected,
                )
            )
    for day, row in zip(days, points, strict=True):
        note = " (corrected)" if row.get("kind") == "correction" else ""
        x, y = scale.x(day), scale.y(row["total_cities"])
        parts.append(
            f'<text x="{x:.1f}" y="{y - 10:.1f}" text-anchor="middle" {FONT}>'
            f"{escape(str(row['total_cities']))}{escape(note)}</text>"
        )
    parts.append(_legend([("member cities", CITIES, False), ("countries", COUNTRIES, True)]))
    return "\n".join([*parts, "</svg>", ""])


def timeline_svg(metric: str, periods: Sequence[Mapping[str, Any]]) -> str:
    """A metric's accepted figure period by period (steps), with what sources said
    (dots: agreeing or disagreeing claims)."""
    spans = [p for p in periods if p.get("from") and p.get("figure")]
    claims = [
        (p, c, ok)
        for p in periods
        if p.get("from")
        for ok, key in ((True, "agree"), (False, "disagree"))
        for c in p.get(key, [])
    ]
    days = [_day(p["from"]) for p in spans] + [_day(p["to"]) for p in spans if p.get("to")]
    values = [p["figure"]["value"] for p in spans] + [c["value"] for _, c, _ in claims]
    scale = _Scale(days or [date.today()], max(values or [1]))
    title = f"Accepted {metric.replace('_', ' ')}, period by period"
    parts = [
        _head(
            title,
            "Steps: the accepted figure of each period. Dots: what sources "
            "said in it, filled when they agree, hollow when they do not.",
        )
    ]
    parts += scale.axes(metric.replace("_", " "))
    for period in spans:
        start = _day(period["from"])
        end = _day(period["to"]) if period.get("to") else scale.last
        y = scale.y(period["figure"]["value"])
        label = f"{period['figure']['text']} from {period['from']}"
        parts.append(
            f'<line x1="{scale.x(start):.1f}" y1="{y:.1f}" x2="{scale.x(end):.1f}" '
            f'y2="{y:.1f}" stroke="{CITIES}" stroke-width="3"><title>'
            f"{escape(label)}</title></line>"
        )
    for period, claim, agrees in claims:
        day = _day(period["from"])
        colour = AGREE if agrees else DISAGREE
        said = f"{claim['claim']}: {claim['value']} ({'agrees' if agrees else 'disagrees'})"
        parts.append(_point(scale, day, claim["value"], colour, said, hollow=not agrees))
    parts.append(
        _legend(
            [
                ("accepted figure", CITIES, False),
                ("source agrees", AGREE, False),
                ("source disagrees", DISAGREE, True),
            ]
        )
    )
    return "\n".join([*parts, "</svg>", ""])


class _Scale:
    def __init__(self, days: Sequence[date], top: int) -> None:
        self.first, self.last = min(days), max(days)
        if self.first == self.last:
            self.last = date(self.first.year + 1, self.first.month, 1)
        self.top = max(1, top) * 1.1

    def x(self, day: date) -> float:
        span = (self.last - self.first).days or 1
        return LEFT + (WIDTH - LEFT - RIGHT) * (day - self.first).days / span

    def y(self, value: float) -> float:
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * value / self.top

    def axes(self, label: str) -> list[str]:
        base = HEIGHT - BOTTOM
        parts = [
            f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}" stroke="#555"/>',
            f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{base}" stroke="#555"/>',
            f'<text x="14" y="{TOP - 12}" {FONT}>{escape(label)}</text>',
        ]
        for year in range(self.first.year, self.last.year + 1):
            day = date(year, 1, 1)
            if self.first <= day <= self.last:
                x = self.x(day)
                parts.append(
                    f'<text x="{x:.1f}" y="{base + 18}" text-anchor="middle" {FONT}>{year}</text>'
                )
        for step in range(5):
            value = round(self.top / 1.1 * step / 4)
            y = self.y(value)
            parts.append(
                f'<text x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end" {FONT}>{value}</text>'
            )
        return parts


def _head(title: str, description: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-labelledby="t d">\n'
        f'<title id="t">{escape(title)}</title>\n<desc id="d">{escape(description)}</desc>\n'
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>\n'
        f'<text x="{LEFT}" y="24" font-weight="bold" {FONT}>{escape(title)}</text>'
    )


def _polyline(
    scale: _Scale, series: Sequence[tuple[date, int]], colour: str, *, dashed: bool
) -> str:
    points = " ".join(f"{scale.x(d):.1f},{scale.y(v):.1f}" for d, v in series)
    dash = ' stroke-dasharray="6 4"' if dashed else ""
    return f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>'


def _point(scale: _Scale, day: date, value: int, colour: str, label: str, *, hollow: bool) -> str:
    fill = "#ffffff" if hollow else colour
    return (
        f'<circle cx="{scale.x(day):.1f}" cy="{scale.y(value):.1f}" r="4" fill="{fill}" '
        f'stroke="{colour}" stroke-width="2"><title>{escape(label)}</title></circle>'
    )


def _legend(items: Sequence[tuple[str, str, bool]]) -> str:
    parts, x = [], LEFT
    y = HEIGHT - 16
    for label, colour, hollow in items:
        fill = "#ffffff" if hollow else colour
        parts.append(
            f'<circle cx="{x + 5}" cy="{y - 4}" r="5" fill="{fill}" stroke="{colour}" '
            f'stroke-width="2"/><text x="{x + 14}" y="{y}" {FONT}>{escape(label)}</text>'
        )
        x += 24 + 7 * len(label)
    return "\n".join(parts)


def _day(text: str) -> date:
    year, month, day = ([*map(int, text.split("-")), 1, 1])[:3]
    return date(year, month or 1, day or 1)


__all__ = ["growth_svg", "timeline_svg"]

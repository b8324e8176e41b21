"""The accepted figures of the timeline that a listing asks for (`lcnet figures`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lcnet.errors import UsageError

if TYPE_CHECKING:
    from lcnet.check.timeline import Accepted, Timeline


def select_figures(
    timeline: Timeline, metrics: list[str], day: object, year: int | None
) -> list[Accepted]:
    from datetime import date

    subjects = [s for s in timeline.subjects() if _wanted(s.key, metrics)]
    if metrics and not subjects:
        known = ", ".join(s.key for s in timeline.subjects())
        wanted = ", ".join(metrics)
        raise UsageError(f"--metric {wanted}: no such metric or subject; known: {known}")
    chosen: list[Accepted] = []
    for subject in subjects:
        for entry in timeline.entries(subject):
            timeless = entry.period.start is None and entry.period.end is None
            if timeless and (day is not None or year is not None):
                continue
            if isinstance(day, date):
                if entry.period.contains(day, day) and entry.figure is not None:
                    chosen.append(entry)
            elif year is not None:
                if entry.period.overlaps(date(year, 1, 1), date(year, 12, 31)):
                    chosen.append(entry)
            elif entry.figure is not None or entry.disagree:
                chosen.append(entry)
    return chosen


def _wanted(key: str, metrics: list[str]) -> bool:
    if not metrics:
        return True
    return any(key == m or key.split(":")[0] == m for m in metrics)

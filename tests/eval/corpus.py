"""Score lcnet on the corpus's pages: check them all, match, count per language and split."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from tests.eval.engine import Checked, check_pages
from tests.eval.labels import Page
from tests.eval.scoring import Counts, PageScore, score_page


class PageResult(NamedTuple):
    page: Page
    checked: Checked
    score: PageScore

    @property
    def date_read(self) -> bool:
        """Whether lcnet judged the page at its labelled date."""
        return self.checked.date == self.page.date


def run_pages(pages: Iterable[Page]) -> list[PageResult]:
    """Check every page with lcnet, at the date it states (or, when it states none, at its
    labelled date, as --date), and score it against its labels."""
    pages = list(pages)
    checked = check_pages((p.path, None if p.date_in_page else p.date) for p in pages)
    results = []
    for page in pages:
        found = checked[page.path.resolve()]
        distractors = [d.spot for d in page.distractors]
        unscored = [f.spot for f in page.metadata]
        score = score_page(page.figures, distractors, found.figures, unscored)
        results.append(PageResult(page, found, score))
    return results


def counts_by_group(results: Iterable[PageResult]) -> dict[tuple[str, str], Counts]:
    """Counts per (language, split), in the corpus's order."""
    groups: dict[tuple[str, str], Counts] = defaultdict(Counts)
    for result in results:
        groups[(result.page.language, result.page.split)] += result.score.counts
    return dict(groups)

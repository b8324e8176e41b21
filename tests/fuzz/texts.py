"""Hostile texts: GNLC figures mixed with escape sequences, markup, odd bytes, long lines."""

from __future__ import annotations

import random

from tests.fuzz.stores import HOSTILE_STRINGS

FIGURES = [
    "The UNESCO Global Network of Learning Cities now has 425 member cities in 91 countries.",
    "In 2020 the network had 229 members.",
    "The GNLC welcomed 64 new members from 35 countries.",
    "Viet Nam now has six learning cities.",
    "La Red Mundial de Ciudades del Aprendizaje cuenta con 356 ciudades.",
    "Le Réseau mondial des villes apprenantes compte 294 villes.",
    "Mạng lưới có 425 thành phố thành viên.",
    "<!-- lcnet: ignore stale-figure -- \x1b[31mreason -->",
    "<!-- lcnet: ignore -->",
    "[lcnet: ignore wrong-figure -- %0A::error::x]",
    "more than 400 member cities",
    "**425** cities",
    "<b>425</b> cities",
]
MARKUP = [
    "---\ntitle: \x1b]0;title\x07\ndate: 2025-02-30\n---\n",
    "---\ndate: \x1b[31m2025\n---\n",
    '<html lang="\x1b[31m"><head><meta name="date" content="\x9b"></head><body>',
    "```\n425 member cities\n```\n",
    "| Members | 356 |\n|---|---|\n",
    "<script>425 member cities</script>",
    "<title>\u202eGNLC</title>",
]


def hostile_text(seed: int) -> tuple[bytes, str]:
    """A text and its kind ("md", "html" or "txt")."""
    rng = random.Random(seed)
    kind = rng.choice(["md", "html", "txt"])
    parts: list[str] = []
    if rng.random() < 0.5:
        parts.append(rng.choice(MARKUP))
    for _ in range(rng.randrange(1, 12)):
        roll = rng.random()
        if roll < 0.45:
            parts.append(rng.choice(FIGURES))
        elif roll < 0.75:
            parts.append(rng.choice(HOSTILE_STRINGS))
        elif roll < 0.85:
            parts.append(rng.choice(MARKUP))
        elif roll < 0.92:
            parts.append("x" * rng.randrange(1000, 20000))
        else:
            parts.append("".join(chr(rng.randrange(0x80, 0x2100)) for _ in range(20)))
        parts.append(rng.choice([" ", "\n", "\n\n", "\r\n", "\u00a0", "\t"]))
    text = "".join(parts).encode("utf-8", errors="surrogatepass")
    if rng.random() < 0.1:  # invalid UTF-8 somewhere
        at = rng.randrange(len(text) + 1)
        text = text[:at] + bytes([rng.choice([0xFF, 0xC3, 0x80, 0xED])]) + text[at:]
    return text, kind

"""Distances between the places of mentions, for telling nearby reports from distant lookalikes.

A location without coordinates (many district entries of the gazetteer have none) borrows those of
the gazetteer place of the same name that has them: the district "Lakki Marwat" is placed at the
town of Lakki Marwat, its headquarters.
"""

from __future__ import annotations

from functools import lru_cache

from tangible.models import Location
from tangible.nlp.gazetteer import km

__all__ = ["FINE", "NEAR_KM", "coords", "km"]

NEAR_KM = 50.0  # two places closer than this can be one incident's place (a town and its district)
FINE = ("point", "village", "town", "city", "admin2")


@lru_cache(maxsize=1)
def _named_coords() -> dict[str, tuple[float, float]]:
    from tangible.nlp.gazetteer import load_gazetteer

    rank = {"point": 0, "village": 0, "town": 1, "city": 1, "admin2": 2, "admin1": 3}
    best: dict[str, tuple[int, tuple[float, float]]] = {}
    for p in load_gazetteer():
        if p.lat is None or p.lon is None or p.precision not in rank:
            continue
        key = p.name.lower()
        r = rank[p.precision]
        if key not in best or r < best[key][0]:
            best[key] = (r, (p.lat, p.lon))
    return {k: v for k, (_, v) in best.items()}


def coords(loc: Location | None) -> tuple[float, float] | None:
    """Coordinates of a town- or district-level location, or None."""
    if loc is None or loc.precision not in FINE:
        return None
    if loc.lat is not None and loc.lon is not None:
        return (loc.lat, loc.lon)
    return _named_coords().get((loc.name or "").lower())




__all__ = ["coords", "km", "NEAR_KM"]

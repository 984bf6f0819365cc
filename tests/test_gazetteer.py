"""GeoNames cities (graph/gazetteer.py): the fallback for towns the lexicons do not list."""

from graph.gazetteer import MIN_POPULATION, cities, key


def test_a_city_is_found_by_its_names_in_each_script() -> None:
    for script, name in (("latin", "Kielce"), ("cyrillic", "Кельце"), ("arabic", "کیلتس")):
        found = cities(script).get(key(name), ())
        assert [(c.name, c.country) for c in found][:1] == [("Kielce", "PL")], (name, found)


def test_only_cities_of_the_minimum_population() -> None:
    assert all(c.population >= MIN_POPULATION for v in cities("latin").values() for c in v)
    assert key("Bishoftu") in cities("latin")


def test_lower_case_romanisations_and_one_word_arabic_nouns_are_left_out() -> None:
    # GeoNames' "kwtwnw" (Cotonou) and "المدينة" (the city: Medina), "الخبر" (the news)
    assert key("kwtwnw") not in cities("latin")
    assert key("المدينة") not in cities("arabic")
    assert key("الخبر") not in cities("arabic")
    assert key("كوتونو") in cities("arabic")
    # and the words for a town ("في مدينة X", "di Kota X")
    assert key("مدينة") not in cities("arabic")
    assert key("Kota") not in cities("latin")


def test_names_in_other_scripts_are_left_out() -> None:
    # (GeoNames' Greek and Japanese names of Cotonou, written with no Arabic or Cyrillic
    # letter; the Greek one with a capital)
    assert key("Κοτονού") not in cities("latin")
    assert key("コトヌー") not in cities("latin")

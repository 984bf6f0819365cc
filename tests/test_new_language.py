"""A seventh language needs data files only: a lexicon folder, no code."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.dates import _raw
from graph.extract import extract, get_pipeline
from graph.lexicon import available_languages, load_lexicon
from graph.model import Article, PartialDate

SPANISH = {
    "language.json": json.dumps(
        {
            "code": "es",
            "name": "Spanish",
            "spacy": "es",
            "script": "latin",
            "cased": True,
            "prefixes": [],
            "suffixes": [],
            "name_particles": ["de", "del", "la"],
        }
    ),
    "titles.tsv": "ministro de Defensa\tdefence_minister\n",
    "countries.tsv": "español\tES\tadjective\nturco\tTR\tadjective\n",
    "places.tsv": "Madrid\tMadrid\tES\n",
    "cues.tsv": (
        "se reunió con\tmeeting_verb\tmeeting\n"
        "firmaron\tsigned\t-\n"
        "acuerdo\tagreement\tagreement\n"
    ),
    "stopwords.txt": "el\nla\nde\ncon\nen\ny\nun\n",
    "dates.json": json.dumps(
        {
            "language": "es",
            "months": {"gregorian": {"5": ["mayo"]}},
            "day_month_joiners": ["de"],
            "month_year_joiners": ["de"],
        }
    ),
}


@pytest.fixture
def spanish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    folder = tmp_path / "es"
    folder.mkdir()
    for name, content in SPANISH.items():
        (folder / name).write_text(content, encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_LEXICONS", str(tmp_path))
    for f in (load_lexicon, get_pipeline, _raw):
        f.cache_clear()
    yield
    for f in (load_lexicon, get_pipeline, _raw):
        f.cache_clear()


def test_a_new_language_from_data_files_only(spanish: None) -> None:
    assert "es" in available_languages()
    text = (
        "El ministro de Defensa español Pedro Morales se reunió con el ministro de Defensa "
        "turco Yasar Guler en Madrid el 2 de mayo de 2023. Ambos firmaron un acuerdo."
    )
    ex = extract(Article(id="es.txt", text=text, lang="es", published=PartialDate(2023, 5, 2)))
    roles = {p.name: (p.role, p.country) for p in ex.persons}
    assert roles == {
        "Pedro Morales": ("defence_minister", "ES"),
        "Yasar Guler": ("defence_minister", "TR"),
    }
    [m] = ex.meetings
    assert m.date == PartialDate(2023, 5, 2)
    assert next(e.label for e in ex.entities if e.key == m.location) == "Madrid"


def test_without_the_folder_the_language_is_unknown() -> None:
    assert "es" not in available_languages()


def test_an_earlier_leg_key_of_fewer_than_two_words_is_a_clear_lexicon_error(
    spanish: None, tmp_path: Path
) -> None:
    """``earlier_leg`` is a relative pronoun, then one perfect auxiliary or more; one word
    alone is an error naming the file, not a failure deep in extraction."""
    meta = json.loads(SPANISH["language.json"])
    meta["earlier_leg"] = ["que"]
    (tmp_path / "es" / "language.json").write_text(json.dumps(meta), encoding="utf-8")
    load_lexicon.cache_clear()
    match = r"es/language\.json: earlier_leg must be two words or more"
    with pytest.raises(ValueError, match=match):
        load_lexicon("es")

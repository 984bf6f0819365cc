"""IRIs are minted safely from any text, readable and stable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from graph.iri import country_iri, evidence_iri, mint, slug


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mohammad Baqeri", "mohammad-baqeri"),
        ("Thabet Muhammad Saeed al-Abbasi", "thabet-muhammad-saeed-al-abbasi"),
        ("Сергей Шойгу", "sergey-shoygu"),
        ('<script>"x"</script>', "script-x-script"),
        ("", "x"),
        ("!!!", "x"),
    ],
)
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_slug_of_persian_is_ascii_and_nonempty() -> None:
    s = slug("محمد باقری")
    assert s != "x" and s.isascii()


def test_slug_is_bounded() -> None:
    assert len(slug("a" * 500)) <= 48


def test_mint_is_stable_and_keys_separate_equal_slugs() -> None:
    a = mint("person", "Ali", key="person|ali|IR")
    assert a == mint("person", "Ali", key="person|ali|IR")
    b = mint("person", "Ali", key="person|ali|IQ")
    assert a != b
    assert str(a).startswith("https://w3id.org/newsgraph/id/person/ali-")


def test_mint_rejects_bad_kind() -> None:
    with pytest.raises(ValueError):
        mint("Per son", "x")


def test_country_iri_validates_code() -> None:
    assert str(country_iri("IR")).endswith("/country/IR")
    with pytest.raises(ValueError):
        country_iri("ir>")


def test_evidence_iri_is_rfc5147_fragment() -> None:
    art = mint("article", "a.txt")
    assert str(evidence_iri(art, 3, 10)) == f"{art}#char=3,10"


@settings(deadline=None)  # (what it checks is correctness; a loaded machine is slow)
@given(st.text(max_size=200))
def test_any_text_gives_an_iri_that_round_trips_in_ntriples(text: str) -> None:
    iri = mint("person", text, key=text)
    assert all(c.isalnum() or c in ":/.-_" for c in str(iri))
    g = Graph()
    g.add((iri, RDFS.label, Literal(text)))
    g2 = Graph().parse(data=g.serialize(format="nt"), format="nt")
    assert (URIRef(str(iri)), None, None) in g2

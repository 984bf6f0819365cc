"""spaCy blank pipelines per language with newsgraph's registered components.

Pipeline: tokenizer (spaCy's blank one) → ``ng_sentences`` → ``ng_normalizer`` (token.norm_
= folded key, clitics stripped when that reveals a lexicon word) → ``ng_lexicon``
(PhraseMatcher over the language's lexicon files; spans in ``doc.spans["ng_lexicon"]``) →
``ng_facts`` (officials, meetings, agreements; ``doc.user_data["ng_extraction"]``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy
import spacy
from spacy.attrs import IDX, LENGTH, NORM, ORTH
from spacy.lang.char_classes import ALPHA_LOWER, ALPHA_UPPER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from graph.lexicon import Lexicon, load_lexicon
from graph.normalize import fold

LEXICON_KEY = "ng_lexicon"
# entity-like categories compete for tokens (longest match wins); CUE, HON and PERSON
# (the gazetteer) overlay them
ENTITY_CATS = ("TITLE", "RANK", "COUNTRY", "PLACE", "ORG")


def _lexicon_entries(lex: Lexicon) -> list[tuple[str, str, str, str]]:
    """(category, phrase, value, extra) for every phrase of the lexicon."""
    out: list[tuple[str, str, str, str]] = []
    out += [("TITLE", p, v, x) for p, v, x in lex.titles]
    out += [("RANK", p, v, x) for p, v, x in lex.ranks]
    out += [("COUNTRY", p, v, x or "name") for p, v, x in lex.countries]
    out += [("PLACE", p, v, x) for p, v, x in lex.places]
    out += [("ORG", p, v, x) for p, v, x in lex.organizations]
    out += [("PERSON", p, v, x) for p, v, x in lex.persons]
    out += [("CUE", p, v, x) for p, v, x in lex.cues]
    out += [("HON", p, "", "") for p in lex.honorifics]
    return out


class Normalizer:
    """Sets ``token.norm_`` to the folded form, stripping one clitic when that finds a word."""

    def __init__(self, lex: Lexicon, vocab_words: set[str], whole: set[str]) -> None:
        self.prefixes = [fold(p) for p in lex.prefixes if fold(p)]
        self.suffixes = [fold(s) for s in lex.suffixes if fold(s)]
        self.articles = [fold(a) for a in lex.article_prefixes if fold(a)]
        self.variants = {fold(a): fold(b) for a, b in lex.word_variants.items()}
        self.words = vocab_words
        elided = [p for p in self.prefixes if p.endswith("لل")]
        # (the words of cues and stop words keep their clitics: "للتوقيع" (to be signed)
        # is a cue of its own, not "التوقيع" (the signing))
        self.elided = {
            w: short for w in vocab_words - whole if (short := self._short(w, elided)) is not None
        }

    def key(self, text: str) -> str:
        # a dateline hyphen stuck to the city ("تهران-", "دمشق-سانا" splits elsewhere)
        k = fold(text.rstrip("-") or text)
        k = self.variants.get(k, k)
        if k in self.elided:
            return self.elided[k]
        if k in self.words or len(k) < 3:
            return k
        # a hamza is no article: "ألباريس" is Albares, not "the Paris"
        hamza = text[:1] in ("أ", "إ")
        for p in self.prefixes:
            if hamza and any(p.startswith(a) for a in self.articles):
                continue
            if k.startswith(p) and self._word(k[len(p) :]):
                # keep the article when the word is known with it: "والملحق" is "الملحق"
                # (of "الملحق العسكري"), not "ملحق"; after "ل", whose article drops its
                # alif, too: "للوزيرة" is "الوزيرة" (of "الوزيرة المنتدبة"), as _short reads
                # the lexicon's own words
                if p.endswith("لل"):
                    return self._short(k, [p]) or k[len(p) :]
                for a in self.articles:
                    if p != a and p.endswith(a) and self._word(k[len(p) - len(a) :]):
                        return k[len(p) - len(a) :]
                return k[len(p) :]
        for s in self.suffixes:
            if k.endswith(s) and self._word(k[: -len(s)]):
                return k[: -len(s)]
        for p in self.prefixes:
            if not k.startswith(p):
                continue
            rest = k[len(p) :]
            for s in self.suffixes:
                if rest.endswith(s) and self._word(rest[: -len(s)]):
                    return rest[: -len(s)]
        return k

    def _short(self, k: str, prefixes: list[str]) -> str | None:
        """Arabic "ل" before the article, which drops its alif ("للجيش": to the army): the
        word with its article (or else without) when it is known, so that a word a title
        or a body's name holds with it ("القائد العام للجيش") has one form in the
        lexicon's phrases and in text."""
        for p in prefixes:
            if not k.startswith(p):
                continue
            rest = k[len(p) :]
            if self._word("ال" + rest):
                return "ال" + rest  # "للرئيس" is "الرئيس" (of "الرئيس الفرنسي")
            if self._word(rest):
                return rest
        return None

    def _word(self, stem: str) -> bool:
        """A known word of two letters or more (not the "د" of "د." left of "ولد")."""
        return len(stem) >= 2 and stem in self.words

    def __call__(self, doc: Doc) -> Doc:
        # through arrays: creating a Token object per token costs more than the work
        text, strings = doc.text, doc.vocab.strings
        spans = doc.to_array([IDX, LENGTH]).tolist()
        norms = [strings.add(self.key(text[a : a + n])) for a, n in spans]
        doc.from_array([NORM], numpy.array(norms, dtype="uint64").reshape(-1, 1))
        return doc


def _abbreviated_name_word(words: list[str], i: int) -> bool:
    """Words i-3 … i read "Jose Ma . Ambrosio": a name word of two letters and a period
    between two capitalised words (an abbreviated name word, as "Ma." for Maria)."""
    short, before, after = words[i - 2], words[i - 3], words[i]
    return (
        words[i - 1] == "."
        and len(short) == 2
        and short.isalpha()
        and short[0].isupper()
        and short[1].islower()
        and before[:1].isupper()
        and before.isalpha()
        and after[:1].isupper()
        and after.isalpha()
    )


class Sentences:
    """spaCy's sentencizer, plus: a line break ends a sentence (headlines, date lines).

    Sentence starts are set once for the whole Doc (setting ``token.is_sent_start`` one
    token at a time re-checks the Doc each time, which is quadratic on long articles)."""

    def __init__(self) -> None:
        self.sentencizer = Sentencizer()

    def __call__(self, doc: Doc) -> Doc:
        [tags] = self.sentencizer.predict([doc])
        text = doc.text
        after_newline = False
        spans = doc.to_array([IDX, LENGTH]).tolist()
        words = [text[a : a + n] for a, n in spans]
        for i, (a, n) in enumerate(spans):
            if after_newline and i > 0:
                tags[i] = True
            elif i >= 3 and tags[i] and _abbreviated_name_word(words, i):
                tags[i] = False  # "Jose Ma. Ambrosio Ezpeleta": "Ma." is Maria, no full stop
            after_newline = "\n" in text[a : a + n]
        self.sentencizer.set_annotations([doc], [tags])
        return doc


class LexiconMatcher:
    """Marks lexicon phrases as labelled spans ``CAT\\tvalue\\textra``."""

    def __init__(
        self, nlp: Language, lex: Lexicon, elided: dict[str, str], variants: dict[str, str]
    ) -> None:
        """``elided``: the normalizer's words read with their article (``Normalizer.elided``),
        which phrases other than cues are matched in; ``variants``: its words read as another
        (``Normalizer.variants``: "cheffe" as "chef"), in every phrase."""
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        by_label: dict[str, list[Doc]] = {}
        # one pattern per category and phrase; a cue phrase may serve two cue categories
        # ("rencontrera": meeting verb and future marker), and a country's abbreviation
        # an "alternative" country may write ("РК": Kazakhstan, Korea; the article tells
        # which, see the rules)
        seen: set[tuple[str, str]] = set()
        entries = list(_lexicon_entries(lex))
        # (a title with "former" after its first word: "دبیر پیشین وزارت دفاع")
        entries += [
            (cat, f"{head} {word} {rest}", value, extra)
            for cat, phrase, value, extra in entries
            if cat == "TITLE" and " " in phrase
            for head, rest in [phrase.split(" ", 1)]
            for word in lex.former_after_head
        ]
        for cat, phrase, value, extra in entries:
            doc = nlp.make_doc(phrase)
            for tok in doc:
                folded = variants.get(fold(tok.text), fold(tok.text))
                tok.norm_ = elided.get(folded, folded) if cat != "CUE" else folded
            norms = " ".join(t.norm_ for t in doc)
            kind = f"{cat}:{value}" if cat == "CUE" or extra == "alternative" else cat
            if not norms.strip() or (kind, norms) in seen:
                continue
            seen.add((kind, norms))
            by_label.setdefault(f"{cat}\t{value}\t{extra}", []).append(doc)
        for label, docs in by_label.items():
            self.matcher.add(label, docs)

    def __call__(self, doc: Doc) -> Doc:
        spans = self.matcher(doc, as_spans=True)
        doc.spans[LEXICON_KEY] = spans
        return doc


def lexicon_words(lex: Lexicon, nlp: Language) -> tuple[set[str], set[str]]:
    """The folded words of the lexicon's phrases and stop words, and those of them that
    stay whole (the cues' and the stop words')."""
    words: set[str] = set()
    whole: set[str] = set()
    for cat, phrase, _, _ in _lexicon_entries(lex):
        folded = {fold(t.text) for t in nlp.make_doc(phrase)}
        words.update(folded)
        if cat == "CUE":
            whole.update(folded)
    stops = {fold(w) for w in lex.stopwords}
    return words | stops, whole | stops


@Language.factory("ng_normalizer", default_config={"lexicon": ""})
def make_normalizer(nlp: Language, name: str, lexicon: str) -> Normalizer:
    lex = load_lexicon(lexicon or nlp.lang)
    return Normalizer(lex, *lexicon_words(lex, nlp))


@Language.factory("ng_sentences")
def make_sentences(nlp: Language, name: str) -> Sentences:
    return Sentences()


@Language.factory("ng_lexicon", default_config={"lexicon": ""})
def make_lexicon_matcher(nlp: Language, name: str, lexicon: str) -> LexiconMatcher:
    lex = load_lexicon(lexicon or nlp.lang)
    # (the pipeline's normalizer has read the lexicon's words already: not twice)
    norm = (
        nlp.get_pipe("ng_normalizer")
        if "ng_normalizer" in nlp.pipe_names
        else Normalizer(lex, *lexicon_words(lex, nlp))
    )
    assert isinstance(norm, Normalizer)
    return LexiconMatcher(nlp, lex, norm.elided, norm.variants)


@Language.factory("ng_facts", default_config={"lexicon": ""})
def make_facts(nlp: Language, name: str, lexicon: str) -> Any:
    from graph.extract.rules import FactExtractor

    return FactExtractor(load_lexicon(lexicon or nlp.lang))


def _abbreviations(lex: Lexicon) -> list[str]:
    """The lexicon's abbreviated honorific and rank words: "Purn.", "Lt.-Gen.", "ген."."""
    phrases = [*lex.honorifics, *(phrase for phrase, _, _ in lex.ranks)]
    return sorted(
        {
            word
            for phrase in phrases
            for word in phrase.split()
            if word.endswith(".") and len(word) >= 3 and word[0].isalpha()
        }
    )


@cache
def get_pipeline(lang: str) -> Language:
    """The blank pipeline for a lexicon language, built once per process."""
    lex = load_lexicon(lang)
    nlp = spacy.blank(lex.spacy_lang)
    tok = nlp.tokenizer
    rules = dict(tok.rules or {})
    infix_finditer = tok.infix_finditer
    # punctuation after a word ending in a combining mark ("مشتركاً.", tanween) is not split
    # off by spaCy's rules: without this a whole paragraph is one sentence
    if lex.script == "arabic":
        # … nor a slash after a word (a date line's "أكرا/ الأناضول", city / agency)
        suffixes = [
            *nlp.Defaults.suffixes,
            r"(?<=[\u064b-\u065f\u0670])[.!?:؛،؟]",
            r"(?<=[\u0621-\u064a\u0671-\u06d3])/",
            # … nor a dash after an agency's name: "خبرگزاری فارس- وادیم …"
            r"(?<=[\u0621-\u064a\u0671-\u06d3])-",
        ]
    else:
        # an initial written against the name is a word of its own: "Maj.Gen. D.Gantulga",
        # "В.В.Путин" (the Mongolian and Russian habit)
        up, low = ALPHA_UPPER, ALPHA_LOWER
        infixes = [
            *nlp.Defaults.infixes,
            rf"(?<=^[{up}]\.)(?=[{up}][{low}])",
            rf"(?<=^[{up}]\.[{up}]\.)(?=[{up}][{low}])",
        ]
        infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
        # … nor a date line's dash stuck to its city's period: "Santo Domingo.- May 22" (the
        # Latin American habit)
        suffixes = [*nlp.Defaults.suffixes, r"(?<=\.)-"]
        # an abbreviated rank or honorific is one word, and its period ends no sentence
        # ("Letjen TNI (Purn.) Lodewijk Paulus", "Col. John Smith")
        for word in _abbreviations(lex):
            for form in {word, word[:1].upper() + word[1:]}:
                rules[form] = [{ORTH: form}]
    # one tokenizer with every rule at once: setting a rule on spaCy's reloads all its special
    # cases (Indonesian has 16,000: 2.8 s for two rules, against 1.5 s built at once)
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=tok.prefix_search,
        suffix_search=spacy.util.compile_suffix_regex(suffixes).search,
        infix_finditer=infix_finditer,
        token_match=tok.token_match,
        url_match=tok.url_match,
        faster_heuristics=tok.faster_heuristics,
    )
    # no parser or NER here: memory grows linearly; the reader bounds the input size
    nlp.max_length = 100_000_000
    nlp.add_pipe("ng_sentences")
    nlp.add_pipe("ng_normalizer", config={"lexicon": lang})
    nlp.add_pipe("ng_lexicon", config={"lexicon": lang})
    nlp.add_pipe("ng_facts", config={"lexicon": lang})
    return nlp

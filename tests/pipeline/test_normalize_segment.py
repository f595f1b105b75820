"""Folding with an exact offset map; sentences and tokens; clitic-aware dictionary matching."""

from __future__ import annotations

from marsad.document import Document
from marsad.pipeline import normalize, segment
from marsad.pipeline.lexicon import Lexicon, match_text
from marsad.text import fold, fold_with_map, name_key


def doc_of(text: str) -> Document:
    doc = Document(text)
    normalize.run(doc)
    segment.run(doc)
    return doc


def test_fold_removes_diacritics_and_tatweel_and_maps_back() -> None:
    raw = "قَصَفَـــت الطّائرات «دير الزور»"
    folded, index = fold_with_map(raw)
    assert folded == "قصفت الطايرات «دير الزور»"
    assert len(index) == len(folded) + 1
    for i, ch in enumerate(folded):
        assert fold(raw[index[i]]) in (ch, "")  or fold(raw[index[i]]).startswith(ch)


def test_eastern_and_persian_digits_fold_to_ascii() -> None:
    assert fold("٢٠١٧ و۱۲") == "2017 و12"


def test_alef_ya_ta_marbuta_folding_and_name_key() -> None:
    assert name_key("إدلب") == name_key("ادلب") == "ادلب"
    assert name_key("الرقّة") == "الرقه"
    assert name_key("  دير   الزور، ") == "دير الزور"
    assert fold("مستشفى") == "مستشفي"


def test_ligature_expands_and_span_is_exact() -> None:
    doc = doc_of("ﻻ قصف في حلب")
    start = doc.norm.index("حلب")
    span = doc.span(start, start + 3)
    assert span.text == "حلب" and doc.text[span.start : span.end] == "حلب"


def test_span_over_diacritics_is_exact_raw_slice() -> None:
    doc = doc_of("قُتِلَ خَمْسَةٌ فِي دَرْعَا")
    start = doc.norm.index("درعا")
    span = doc.span(start, start + len("درعا"))
    assert doc.text[span.start : span.end] == span.text
    assert fold(span.text) == "درعا"


def test_sentences_split_on_arabic_punctuation_and_lines_not_decimals() -> None:
    doc = doc_of("قتل 2.5 ألف شخص. هل انتهى؟ نعم؛ انتهى\nسطر جديد")
    texts = [doc.sentence_text(s.index) for s in doc.sentences]
    assert texts[0].startswith("قتل 2.5 الف شخص")
    assert len(texts) == 5
    assert doc.sentences[-1].paragraph == 1


def test_a_letter_alone_before_a_stop_is_an_abbreviation() -> None:
    doc = doc_of("وقالت مصادر لوكالة الأنباء الألمانية (د. ب. أ) إن غارة قتلت ثلاثة. وأشار د.محمد إلى القصف.")
    texts = [doc.sentence_text(s.index) for s in doc.sentences]
    assert len(texts) == 2
    assert "ان غاره قتلت" in texts[0]
    assert texts[1].startswith("واشار د.محمد")
    # a word of two letters or more still ends a sentence ("قتل 3 من. وقال")
    assert len(doc_of("قتل ثلاثة من الجنود. وقال المصدر إن").sentences) == 2


def test_an_ellipsis_the_conjunction_goes_on_from_is_a_pause() -> None:
    # "مدن X وY... وشملت": the list pauses and the same sentence goes on
    doc = doc_of("خرجت مظاهرات في مدن كرج وشيراز... وشملت أيضا أصفهان. وقال مسؤول إن الهدوء عاد.")
    texts = [doc.sentence_text(s.index) for s in doc.sentences]
    assert len(texts) == 2 and "وشملت ايضا اصفهان" in texts[0]
    # an ellipsis before any other word, and a single stop before "و", still end a sentence
    assert len(doc_of("وانتهى الأمر... ثم عاد الهدوء.").sentences) == 2
    assert len(doc_of("قتل ثلاثة. وقال المصدر إن القصف توقف.").sentences) == 2


def test_tokens_carry_sentence_index() -> None:
    doc = doc_of("قصف حلب. اشتباكات في درعا.")
    assert [t.text for t in doc.tokens] == ["قصف", "حلب", "اشتباكات", "في", "درعا"]
    assert [t.sentence for t in doc.tokens] == [0, 0, 1, 1, 1]


def test_lexicon_matches_with_proclitics_and_lam_lam() -> None:
    lex = Lexicon([("الجيش السوري", "sy"), ("داعش", "is")])
    text = match_text(fold("وللجيش السوري وبداعش والجيش السوريين"))
    found = [(m.key, m.prefix) for m in lex.find(text)]
    assert ("الجيش السوري", "لل") in [(k, p[-2:]) for k, p in found]
    assert ("داعش", "وب") in found
    # "السوريين" is another word: no match for "الجيش السوري" there
    assert len([k for k, _ in found if k == "الجيش السوري"]) == 1


def test_lexicon_rejects_match_inside_a_word() -> None:
    lex = Lexicon([("حلب", "x")])
    assert lex.find(match_text("يحلبون")) == []
    assert [m.key for m in lex.find(match_text("بحلب"))] == ["حلب"]

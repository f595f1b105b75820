"""Article-level features the learned filter reads. Sentences written for the tests."""

from __future__ import annotations

from marsad.pipeline import Pipeline
from marsad.pipeline.decide import AllCandidates
from marsad.pipeline.features import article_features

PUB = "2018-05-01"


def features(text: str) -> dict[str, float]:
    return article_features(Pipeline(None, AllCandidates()).document(text, published=PUB))


def test_an_article_about_a_match_reads_as_sport() -> None:
    sport = features("شن لاعبو المنتخب هجوما على مرمى الفريق المنافس في مباراة الدوري أمس، "
                     "وانتهت المباراة بالتعادل في ملعب المدينة أمام جماهير النادي.")
    assert sport["article_sport=>3"] == 1.0 and sport["article_culture=<=0"] == 1.0


def test_a_report_of_a_strike_reads_as_neither_sport_nor_culture() -> None:
    news = features("قصفت طائرات حربية أمس مواقع للمسلحين في ريف إدلب وقتلت خمسة منهم.")
    assert news["article_sport=<=0"] == 1.0 and news["article_culture=<=0"] == 1.0


def test_an_article_about_a_film_reads_as_culture() -> None:
    film = features("عرض المخرج فيلمه الجديد عن الحرب في مهرجان السينما، وقال الممثل إن الفيلم يروي قصة معركة قديمة.")
    assert film["article_culture=>3"] == 1.0


def test_the_words_of_the_dateline_are_no_words_of_the_sentence() -> None:
    # the dateline says who wrote the report and where; the model must not learn an outlet's habits
    from marsad.pipeline.features import candidate_features

    text = "أتلانتا، الولايات المتحدة الأمريكية (CNN)-- قتل أربعة أشخاص أمس في إطلاق نار داخل مطعم في مدينة ناشفيل."
    doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
    assert doc.candidates
    got = candidate_features(doc, doc.candidates[0])
    assert not [k for k in got if k.startswith(("sent=", "before=")) and ("cnn" in k or "اتلانتا" in k)]
    assert "sent=مطعم" in got  # the sentence's own words stay (its places masked: see below)


def test_the_features_come_in_one_order_whatever_the_string_hashing() -> None:
    # the models add the features up in the order they come: an order that followed Python's
    # per-process string hashing made the last bits of a probability differ from run to run
    import os
    import subprocess
    import sys

    script = (
        "from marsad.pipeline import Pipeline\n"
        "from marsad.pipeline.decide import AllCandidates\n"
        "from marsad.pipeline.features import candidate_features\n"
        "text = 'وكان التحالف قد شن عام 2015 غارات على مواقع في مدينة صعدة منذ سنوات، بحسب تقارير سابقة.'\n"
        "doc = Pipeline(None, AllCandidates()).document(text, published='2018-05-01')\n"
        "print([list(candidate_features(doc, c)) for c in doc.candidates])\n"
    )
    # (seeds 1 and 7 order a set of these two veto codes differently)
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "7")]
    assert "veto_any=" in runs[0]
    assert len(set(runs)) == 1


def test_the_models_read_no_place_names() -> None:
    # the filter and the sentence model learn how news tells an event, not which towns and
    # countries were in the news they were fitted on: an attack in Nashville reads as one in Aleppo
    from marsad.pipeline.features import PLACE_WORD, candidate_features
    from marsad.pipeline.reportable import sentence_words

    def words_of(text: str) -> tuple[set[str], list[str]]:
        doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
        assert doc.candidates
        got = candidate_features(doc, doc.candidates[0])
        return {k.split("=", 1)[1] for k in got if k.startswith(("sent=", "before=", "after="))}, sentence_words(doc, 0)

    nashville, words_n = words_of("قتل أربعة أشخاص أمس في إطلاق نار داخل مطعم في مدينة ناشفيل الأمريكية.")
    aleppo, words_a = words_of("قتل أربعة أشخاص أمس في إطلاق نار داخل مطعم في مدينة حلب السورية.")
    assert PLACE_WORD in nashville and PLACE_WORD in words_n
    assert not {"ناشفيل", "حلب"} & (nashville | aleppo | set(words_n) | set(words_a))
    assert nashville - {"الامريكيه", "امريكيه"} == aleppo - {"السوريه", "سوريه"}

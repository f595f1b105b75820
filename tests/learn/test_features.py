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
    assert "sent=ناشفيل" in got  # the sentence's own words stay

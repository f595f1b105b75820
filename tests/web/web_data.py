"""The test articles of the web tests (written for them, not real news) and shared paths."""

from __future__ import annotations

from pathlib import Path
from typing import Any

XSS_SCRIPT = "<script>window.__pwned=1</script>"
XSS_IMG = '<img src=x onerror="window.__pwned=1">'

# Short Arabic articles written for these tests (not real news).
ARTICLES: list[dict[str, Any]] = [
    {"id": "t-aleppo", "outlet": "وكالة الاختبار", "published": "2024-05-02", "url": "https://example.org/a/1",
     "title": "غارات جوية على حلب",
     "text": "غارات جوية على حلب\nقال المرصد السوري لحقوق الإنسان إن طائرات حربية روسية شنت غارات جوية على "
             "مدينة حلب فجر اليوم الخميس، ما أسفر عن مقتل خمسة مدنيين وإصابة عشرة آخرين."},
    {"id": "t-idlib", "outlet": "وكالة الاختبار", "published": "2024-05-03", "url": "https://example.org/a/2",
     "title": "اشتباكات في إدلب",
     "text": "اشتباكات في إدلب\nدارت اشتباكات عنيفة أمس بين قوات النظام السوري وفصائل المعارضة في مدينة إدلب، "
             "وفق ما أفاد ناشطون، وقتل فيها سبعة مقاتلين."},
    {"id": "t-mosul", "outlet": "صحيفة التجربة", "published": "2024-05-04", "url": "https://example.org/a/3",
     "title": "انفجار عبوة ناسفة في الموصل",
     "text": "انفجار عبوة ناسفة في الموصل\nأعلنت الشرطة العراقية اليوم السبت أن عبوة ناسفة انفجرت في مدينة "
             "الموصل، ما أدى إلى مقتل شخصين وإصابة أربعة آخرين."},
    {"id": "t-sanaa", "outlet": "صحيفة التجربة", "published": "2024-05-06", "url": "https://example.org/a/4",
     "title": "غارات على صنعاء",
     "text": "غارات على صنعاء\nشن طيران التحالف العربي غارات جوية على مواقع لجماعة الحوثي في العاصمة صنعاء "
             "مساء أمس الأحد، بحسب وكالة سبأ."},
    {"id": "t-derna", "outlet": "بوابة الوسط", "published": "2024-05-08", "url": "https://example.org/a/5",
     "title": "اشتباكات في درنة",
     "text": "اشتباكات في درنة\nاندلعت اشتباكات بين قوات الجيش الوطني الليبي ومجموعات مسلحة في مدينة درنة "
             "اليوم الأربعاء، وقتل ثلاثة عناصر."},
    {"id": "t-protest", "outlet": "بوابة الوسط", "published": "2024-05-09", "url": "https://example.org/a/6",
     "title": "مظاهرة في صنعاء",
     "text": "مظاهرة في صنعاء\nخرج مئات المتظاهرين في مظاهرة سلمية بمدينة صنعاء اليوم الخميس للمطالبة بصرف "
             "الرواتب."},
    # Untrusted markup in the text, title, outlet and URL: the page must show it as text.
    {"id": "t-xss", "outlet": "<b>مصدر</b>", "published": "2024-05-10", "url": "javascript:window.__pwned=1",
     "title": XSS_IMG,
     "text": f"قصفت قوات النظام السوري بالمدفعية بلدة سراقب في ريف إدلب {XSS_SCRIPT} اليوم الجمعة {XSS_IMG} "
             "ما أدى إلى مقتل مدنيين اثنين."},
]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"

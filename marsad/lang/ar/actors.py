"""Actor and role words: forces, civilians and people, who acts on whom, who speaks (data only, folded)."""

from __future__ import annotations

from marsad.text import fold_set

# --- Nouns of armed forces and of civilians; what an actor's name may be followed by (pipeline.actors).

FORCE_NOUNS = (
    "قوات", "القوات", "جنود", "الجنود", "جيش", "الجيش", "طيران", "الطيران", "طايرات", "الطايرات", "طايره",
    "الطايره", "مقاتلات", "المقاتلات", "بوارج", "البوارج", "مروحيات", "المروحيات", "وحدات", "الوحدات",
    "البحريه", "بحريه", "مدفعيه", "المدفعيه", "دوريه", "دوريات", "الدوريات", "عسكريين", "مستشارين", "خبراء",
    "قطع بحريه", "الشرطه", "شرطه", "الامن", "حرس", "الحرس", "الدفاعات", "دفاعات", "الدفاع", "السلطات", "سلطات",
    "قوه", "القوه", "جندي", "جنديا", "جنديان", "جنديين", "الجندي", "الجنديين",
    # two aircraft ("مروحيتان أمريكيتان"، "طائرتين حربيتين")
    "مروحيتان", "مروحيتين", "طايرتان", "طايرتين", "مقاتلتان", "مقاتلتين",
)
SKIP_AFTER_FORCE = frozenset({"الحربيه", "حربيه", "الخاصه", "خاصه", "البريه", "بريه", "المسلحه", "الجويه", "جويه",
                              "الامنيه", "امنيه"})
# force nouns that name a state's police: "الشرطة الفرنسية"، "السلطات السودانية" (who arrest, mostly)
POLICE_NOUNS = frozenset({"الشرطه", "شرطه", "الامن", "السلطات", "سلطات"})
# "مسلحون من حركة طالبان": the word between armed men and the group they belong to
MEMBER_OF = frozenset({"من"})
# "وزارة الداخلية البحرينية"، "وزير الداخلية التركي": the ministry that commands the police
INTERIOR_WORDS = frozenset({"الداخليه"})
MINISTRY_HEADS = frozenset({"وزاره", "لوزاره", "بوزاره", "ووزاره", "وزير", "ووزير"})
# "قوة أمنية مصرية"، "السلطات الأمنية السعودية": a force said to be of security is the police
SECURITY_WORDS = frozenset({"الامنيه", "امنيه"})
CIVILIAN_NOUNS = frozenset({"مدنيين", "مدنيون", "المدنيين", "مواطنين", "مواطنون", "لاجيين", "لاجيون", "سياح", "السياح"})
# "قصف حكومي", "الغارات الجوية الحكومية": the adjective names the state's forces as the side that acted
ACTION_NOUNS = fold_set({
    "قصف", "القصف", "غارات", "الغارات", "غاره", "الغاره", "هجوم", "الهجوم", "هجمات", "الهجمات", "طيران", "الطيران",
    "طايرات", "الطايرات", "حمله", "الحمله", "عمليه", "العمليه", "عمليات", "العمليات", "هجمه", "الهجمه",
})
ACTION_QUALIFIERS = fold_set({
    "الجوي", "جوي", "الجويه", "جويه", "المدفعي", "مدفعي", "الصاروخي", "صاروخي", "العسكريه", "عسكريه", "العسكري",
    "عسكري", "المكثف", "مكثف", "المكثفه", "مكثفه", "العنيف", "عنيف", "الحربي", "حربي", "البري", "بري",
})
# of those, the actions only armed forces take: with a nationality adjective right after them they
# name a state's forces ("قصف إسرائيلي"، "غارة روسية"); the others ("هجوم فلسطيني") need a word of
# their military kind between ("عملية عسكرية تركية"، "هجوم جوي أمريكي")
FORCE_ACTIONS = fold_set({
    "قصف", "القصف", "غارات", "الغارات", "غاره", "الغاره", "طيران", "الطيران", "طايرات", "الطايرات",
})
STATE_ADJECTIVES = fold_set({"الحكومي", "حكومي", "الحكوميه", "حكوميه", "النظامي", "النظاميه"})
# forces a state adjective may follow past the words of their kind ("القوات الجوية والمدفعية
# الحكومية"، "المدفعية الثقيلة النظامية"), and those words joined by و
STATE_FORCE_NOUNS = fold_set({
    "القوات", "قوات", "المدفعيه", "مدفعيه", "المقاتلات", "مقاتلات", "المروحيات", "مروحيات", "الوحدات", "وحدات",
    "الدفاعات", "دفاعات",
})
STATE_FORCE_KINDS = fold_set({
    "الجويه", "جويه", "البريه", "بريه", "البحريه", "بحريه", "المدفعيه", "مدفعيه", "الخاصه", "خاصه", "الثقيله",
    "ثقيله", "الحربيه", "حربيه", "الصاروخيه", "صاروخيه", "المدرعه", "مدرعه",
})
# forces loyal to a government or its president ("القوات الموالية لحكومة البلاد"، "قوات موالية
# للرئيس"): the state's forces, whoever leads it. (Loyal to "النظام" names militias: the actor table.)
LOYAL_FORCES = fold_set({"القوات", "قوات", "والقوات", "وقوات"})
LOYAL_WORDS = fold_set({"الموالية", "موالية", "الموالي", "الموالين", "موالين"})
LOYAL_TO_STATE = fold_set({"لحكومة", "للحكومة", "للرئيس", "لرئيس", "للسلطات", "للشرعية"})


# --- Ordinary people a toll counts (pipeline.geocode).

# CIVILIAN_NOUNS above is a drifting copy of part of this list (unfolded, with tourists)
# nouns for ordinary people right after a toll: "قتل 24 شخصا", "مقتل ثلاثة لاجئين"
PEOPLE = fold_set({
    "شخص", "شخصا", "اشخاص", "الاشخاص", "مدني", "مدنيا", "مدنيين", "المدنيين", "مدنيون", "طفل", "طفلا", "اطفال",
    "الاطفال", "امراه", "نساء", "النساء", "لاجيين", "لاجيا", "زوار", "زايرا", "مواطن", "مواطنا", "مواطنين",
    "سكان", "مصلين", "المصلين", "مصليا", "عمال", "عاملا", "مزارعين", "طلاب", "تلاميذ", "افراد",
    # two of them, the noun its own figure ("قتل طفلان"، "مقتل شخصين")
    "طفلان", "طفلين", "شخصان", "شخصين", "مدنيان", "امراتان", "امراتين", "مواطنان", "عاملان", "عاملين",
})

# The men of a state's forces a toll counts ("قتل ثمانية جنود في هجوم"، "مقتل شرطيين"): the side hit,
# when the text names none
SOLDIER_VICTIMS = fold_set({
    "جندي", "جنديا", "جنديان", "جنديين", "جنود", "الجنود", "عسكري", "عسكريا", "عسكريين", "العسكريين", "عسكريون",
})
POLICE_VICTIMS = fold_set({"شرطي", "شرطيا", "شرطيان", "شرطيين", "الشرطيين", "شرطيون", "شرطة", "الشرطة", "شرطيات"})
# how many words before a toll's figure its noun may stand ("عسكريين تركيين اثنين": the noun and a
# nationality adjective)
TOLL_NOUN_BEFORE_FIGURE = 2

# People who take no part in fighting, named as the ones killed right after a word of killing
# ("مقتل ناشطة"، "قتل محام"، "لقي صحفي حتفه"): the killing is an attack on civilians, not a
# battle (codebook: violence against civilians). Soldiers, fighters and officials are left out.
# "حزب التحرير"، "منظمة التحرير الفلسطينية"، "جيش التحرير الشعبي"، "جبهة المقاومة": an event word right
# after the head noun of a body is a word of the body's name, whatever the table of actors knows
_BODY_HEADS = ("حزب", "منظمة", "جبهة", "جيش", "هيئة", "كتائب", "ألوية", "لواء", "اتحاد", "جمعية")
BODY_HEADS = fold_set({p + w for w in _BODY_HEADS for p in ("", "و", "ب", "ل")} | {"حزبا"})
# "أصيب فتى جراء إطلاق النار عليه": a verb of harm right before who was hit, told before the shooting
_HARM_VERBS = ("أصيب", "جرح", "قتل", "استشهد", "توفي", "أصيبت", "جرحت", "قتلت", "استشهدت", "توفيت")
HARM_VERBS = fold_set({p + w for w in _HARM_VERBS for p in ("", "و")})
CIVILIAN_VICTIMS = fold_set({
    "شخص", "شخصا", "شخصين", "شخصان", "اشخاص", "مدني", "مدنيا", "مدنيان", "مدنيين", "مدنيون", "طفل", "طفلا",
    "طفلة", "طفلين", "طفلان", "اطفال", "رضيع", "رضيعا", "امراة", "امرأة", "نساء", "سيدة", "رجل", "رجلا",
    "شاب", "شابا", "شابين", "شبان", "فتى", "فتاة", "مسن", "مسنا", "مواطن", "مواطنا", "مواطنين", "مواطنون",
    "ناشط", "ناشطا", "ناشطة", "ناشطين", "صحفي", "صحفيا", "صحفية", "صحافي", "صحافيا", "صحفيين", "اعلامي",
    "اعلاميا", "مصور", "مصورا", "مراسل", "مراسلا", "طبيب", "طبيبا", "طبيبة", "ممرض", "ممرضة", "مسعف", "مسعفا",
    "معلم", "معلما", "مدرس", "مدرسا", "طالب", "طالبا", "طالبة", "طلاب", "تلميذ", "تلميذا", "تلاميذ", "محام",
    "محاميا", "محامية", "قاض", "قاضيا", "امام", "اماما", "خطيب", "موظف", "موظفا", "تاجر", "تاجرا", "سائق",
    "سائقا", "عامل", "عاملا", "عمال", "مزارع", "مزارعا", "مزارعين", "راعي", "راعيا", "صياد", "صيادا", "لاجئ",
    "لاجئا", "لاجئين", "مهاجر", "مهاجرا", "مهاجرين", "مصل", "مصلين", "زوار", "سائح", "سائحا", "سياح", "مرشح",
    "مرشحا", "ناخب", "ناخبين", "قروي", "قرويا", "قرويين", "قرويون", "مصلي", "مصليا",
    # captives and hostages, unarmed in their captors' hands ("إعدام الكثير من أسرى المقاومة")
    "أسير", "أسيرا", "أسيرين", "أسرى", "الأسرى", "رهينة", "رهائن", "الرهائن",
})
CIVILIAN_VICTIM_REACH = 3  # words after the word of killing
# the active verb of killing: "قتل الجيش 14 مسلحاً" (with its subject next to it, a fight)
ACTIVE_KILLING = fold_set({"قتل", "قتلت", "قتلوا"})


# --- Who acts on whom: prepositions of the target, clause words, saying, support, control, victims (pipeline.roles).

TARGET_PREPS = fold_set({"على", "ضد", "مع", "لـ", "استهدف", "استهدفت", "استهدفوا", "استهدفا", "تستهدف", "يستهدف", "طالت", "طال"})
# "12 من عناصر التنظيم قتلوا": the word between a toll's figure and the side it counts
COUNTED_OF = "من"
# the fighters a toll counts, before the side they belong to ("60 مسلحا حوثيا"، "خمسة مسلحين حوثيين")
COUNTED_NOUNS = fold_set({
    "مسلحا", "مسلحين", "مسلحون", "عنصرا", "عناصر", "مقاتلا", "مقاتلين", "مقاتلون", "جنديا", "جنود", "جنديين",
    "مسلحان", "عنصرين", "قياديا", "قيادات",
})
# "قتلوا في اشتباكات مع قوات الجيش": the side a fight was fought with
FOUGHT_WITH = "مع"
# the other side of a fight named after these ("معارك مع المسلحين"، "هجوم ضد التنظيم"): never the subject
OPPOSED = fold_set({"مع", "ضد"})
# the word that sets two sides against each other ("اشتباكات بين الحوثيين وقوات صالح")
BETWEEN = fold_set({"بين", "وبين"})
CLAUSE_WORDS = fold_set({"كما", "فيما", "بينما", "ثم", "وكما"})
# "في وقت"، "في حين" (while, whereas): open a clause with its own verb, as "بينما" does ("نفت أنقرة
# الاتهامات، في وقت انتزع فيه الأكراد البلدة": the denial does not reach the take-over)
CLAUSE_TIME_HEADS = fold_set({"في", "وفي"})
CLAUSE_TIME_WORDS = fold_set({"وقت", "حين"})
# "قبل أن"، "بعد أن": a clause with its own verb and subject ("طعن رجل ثلاثة أشخاص قبل أن
# تعتقله الشرطة": the police arrest; they did not stab)
CLAUSE_PAIRS = fold_set({"قبل", "وقبل", "بعد", "وبعد"})
CLAUSE_PAIR_TAIL = "ان"
# "نشرت الشرطة دوريات في أعقاب الهجوم على المسجد"، "اعتقلت الشرطة ثلاثة بعد التفجير": police or a
# government that act after an event (the event word after one of these) did not carry it out
AFTERMATH = fold_set({"بعد", "وبعد", "عقب", "اعقاب", "إثر", "اثر", "غداة", "خلفية"})
# "شنت الطائرات غارات ردا على إطلاق صواريخ"، "انتقاما لمقتل": any side that answers an event did not
# carry out the event it answers
RESPONSE = fold_set({"ردا", "رداً", "وردا", "انتقاما", "انتقاماً", "ثارا"})
SUPPORT = fold_set({
    "بدعم", "وبدعم", "بإسناد", "باسناد", "وبإسناد", "وباسناد", "بمساندة", "وبمساندة", "بمؤازرة", "غطاء", "بغطاء",
    "وبغطاء", "مدعومة", "مدعومه", "المدعومة", "المدعومه", "المدعوم", "مدعوم", "اسناد", "دعم",
    # "القوات الأمنية بمشاركة متطوعي العشائر": the side that takes part with the one acting
    "بمشاركة", "بمشاركه", "وبمشاركة", "وبمشاركه", "بمعاونة", "بمعاونه",
})
CONTROL = fold_set({"سيطره", "لسيطره", "بسيطره", "قبضه", "عليها", "عليه"})
# "القوات التركية وحلفاؤها من المعارضة": the allies listed with a side (its associates)
ALLIES = fold_set({"وحلفاؤها", "وحلفاءها", "وحلفائها", "وحلفاؤه", "وحلفاءه", "وحلفائه", "وحليفتها", "وحليفها",
                   "وحليفه", "وحلفاؤهم", "وحلفاءهم", "وحلفائهم"})
AFFILIATED = fold_set({"التابع", "التابعه", "التابعة", "الموالي", "الموالية", "الموالين", "المنضوي", "المنضويه"})
DEFENCE = fold_set({"تصدى", "تصدي", "صد", "التصدي", "يتصدى", "تتصدى"})
# "على يد"، "على أيدي" (by the hands of): the side that acted; "في أيدي" (in the hands of) the
# side that held the place, no agent
HANDS = fold_set({"يد", "ايدي", "أيدي"})
BY_HANDS = fold_set({"على", "علي"})
AGENT_MARKERS = fold_set({"شنها", "شنتها", "نفذها", "نفذتها", "قبل", "طايرات", "طيران", "بطايرات", "مقاتلات", "يد", "ايدي",
                          # "قتل مزارع برصاص المسلحين"، "بنيران الجيش": by a side's fire
                          "برصاص", "بنيران", "برصاصة", "بقذائف", "بصواريخ"})
VICTIM_MARKERS = fold_set({"مقتل", "قتل", "قتلى", "لمقتل", "بمقتل", "اصابه", "استهداف", "ضد", "على", "معاقل", "مواقع", "مقرات", "صفوف", "تجمعات", "لمواقع", "مقر", "اسر",
    # things of a side that were hit: "سيارتي التنظيم", "آليات النظام", "مستودعات الحوثيين"
    "سياره", "سيارات", "سيارتي", "اليات", "اليه", "عربات", "عربه", "اهداف", "مقار", "تجمع", "ثكنات", "ثكنه",
    "نقاط", "نقطه", "مخازن", "مستودعات", "مستودع", "منصات", "دبابات", "دبابه", "قافله", "رتل", "حواجز", "حاجز",
    "دوريه", "دوريات", "موكب", "حافله", "مركز", "مراكز",
    # verbs of suffering before their subject ("الضربات التي تلقتها الميليشيات"، "تكبدت الميليشيات خسائر")
    "تلقت", "تلقتها", "تلقاها", "تلقى", "تكبدت", "تكبد", "تكبدها", "منيت", "مني"})
# "على صعيد آخر", "على الرغم", "على خلفية": على that marks no target
NOT_TARGET_AFTER = fold_set({"صعيد", "الصعيد", "الرغم", "خلفيه", "وقع", "حد", "اثر", "ما", "راس", "مدى", "طول"})


# --- A second target joined by و (pipeline.scene).

AND_TARGET = fold_set({"وعلى", "وعلي", "وضد"})
# "في سلسلة هجمات في قندهار، وفي ولاية لوغار": "and in" a further place, with no event word of its
# own in its clause, names one more scene of the same event word
AND_IN = fold_set({"وفي"})
# "سيطرت على منطقتي X وY وأجزاء من منطقة Z": a part of one more place, joined by "و", is one more
# target of the same event word (the word alone, or with من after it)
AND_PART = fold_set({"واجزاء", "وجزء", "ومعظم", "واغلب", "وبعض", "وكامل", "وانحاء", "ومناطق"})
# "وفي أنحاء متفرقة من محافظة مأرب"، "ومناطق أخرى متفرقة في محافظة صعدة": parts of one more place
# ("و" on the part word, or on "في" before it), with the words that describe the parts between
PART_NOUNS = fold_set({"انحاء", "اجزاء", "مناطق"})
PART_ADJECTIVES = fold_set({"متفرقه", "متفرقة", "اخرى", "أخرى", "اخري", "واسعه", "واسعة", "عده", "عدة", "مختلفه", "مختلفة"})
PART_LINKS = fold_set({"من", "في"})
# verbs of spreading and reaching: the places after them are more scenes of the event named
# before ("اندلعت مظاهرات في كرج، وشملت أيضا مدنا مثل أصفهان"، "امتدت الاحتجاجات إلى الناصرية")
SPREAD_VERBS = fold_set({"شملت", "امتدت", "امتد", "وصلت", "انتقلت", "توسعت", "اتسعت"})
SPREAD_REACH = 6  # words from the verb to the place's cue or name
# words of addition: "قصفت الطائرات مواقع في مدينة المخاء، بالإضافة إلى مخازن للسلاح في بلدة الهشمة": the places after
# them, with no event word of their own, are more targets of the event word before
ADDING = fold_set({"بالاضافه", "اضافه", "فضلا", "علاوه"})

# verbs and nouns of clearing a place of a side ("طهرت من مسلحي المعارضة"، "تحريرها من التنظيم"):
# the side after their "من" lost the ground, even named before the event word ("... طهرت من
# مسلحي المعارضة واستعيدت بالكامل"); after other words "من" may only say which side people are of
CLEARED_OF = fold_set({
    "طهرت", "طهر", "طهروا", "تطهير", "تطهيرها", "تطهيره", "حررت", "حرر", "حرروا", "تحرير", "تحريرها", "تحريره",
    "طردت", "طرد", "طردوا", "اخرجت", "اخرج", "اخرجوا", "اخلاء", "اخليت", "خلت", "خاليه", "خاليا",
})

# verbs of losing right before a side ("فقدت ميليشيات الحوثي سيطرتها على المنطقة"، "خسر التنظيم
# مواقعه"): the side lost the ground the event word tells of; another side took it
LOSING = fold_set({"فقدت", "فقد", "فقدوا", "خسرت", "خسر", "خسروا", "وفقدت", "وفقد", "وخسرت", "وخسر"})
# verbs of driving a side out ("بعد أن طردت المليشيات الحوثية من القاعدة"): with its subject named
# before it, the side right after the verb is the one driven out
EXPELLING = fold_set({"طردت", "طرد", "طردوا", "وطردت", "وطرد", "وطردوا", "اخرجت", "اخرج", "اخرجوا", "دحرت", "دحر", "دحروا"})

# Claims of responsibility ("أعلن تنظيم الدولة مسؤوليته عن الهجوم"، "في هجوم تبنته حركة طالبان"):
# the words of claiming, with or without an object pronoun, a proclitic و/ف stripped before lookup
CLAIM_WORDS = fold_set({
    "تبنى", "تبنت", "تبنوا", "تبناه", "تبنته", "تبناها", "تبنتها", "يتبنى", "تتبنى", "يتبن", "تتبن", "تبني",
    "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "المسؤوليه", "مسؤوليه",
})
# words just before a claim that deny it ("لم تعلن أي جهة مسؤوليتها"، "نفت الحركة مسؤوليتها")
CLAIM_DENIED = fold_set({"لم", "ولم", "لا", "ولا", "لن", "نفى", "نفت", "ينفي", "تنفي", "ونفى", "ونفت"})
# words anywhere before a claim in its sentence that make it blame laid on someone ("حمل الرئيس في
# بيان حركة حماس مسؤولية الهجوم"، "اتهمت الحكومة الحركة")
CLAIM_BLAMED = fold_set({"حمل", "حملت", "يحمل", "تحمل", "وحمل", "وحملت", "محملا", "محمله", "اتهم", "اتهمت", "واتهم",
                         "واتهمت", "تتهم", "يتهم"})
# how many words before a claim a denying word may stand; how many words after it the act claimed
# is named ("أعلن التنظيم مسؤوليته عن التفجير")؛ how many sentences back a claim of "the attack"
# reaches the report of it
CLAIM_DENIAL_REACH = 4
CLAIM_ACT_REACH = 4
CLAIM_REACH = 5

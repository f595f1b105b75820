"""Who acted and who was acted on: actor1 and actor2 of an event from Arabic word order,
prepositions and markers ("بين A وB", "على/ضد/مع B", "غارات شنتها A", "مقتل عناصر من B"),
with rules for the event types whose sides the news names in a fixed way (arrests are made
by the state, a bomb's named forces are its target, a defender is the second side)."""

from __future__ import annotations

from marsad.document import Document, Mention
from marsad.knowledge.loader import camps
from marsad.lang.ar.actors import ACTIVE_KILLING, CIVILIAN_VICTIMS, CLAUSE_PAIR_TAIL, CLAUSE_PAIRS, PEOPLE
from marsad.lang.ar.actors import AFFILIATED as _AFFILIATED
from marsad.lang.ar.actors import AFTERMATH as _AFTERMATH
from marsad.lang.ar.actors import AGENT_MARKERS as _AGENT_MARKERS
from marsad.lang.ar.actors import ALLIES as _ALLIES
from marsad.lang.ar.actors import BETWEEN as _BETWEEN
from marsad.lang.ar.actors import BY_HANDS as _BY_HANDS
from marsad.lang.ar.actors import CLAUSE_WORDS as _CLAUSE_WORDS
from marsad.lang.ar.actors import CLEARED_OF as _CLEARED_OF
from marsad.lang.ar.actors import CONTROL as _CONTROL
from marsad.lang.ar.actors import COUNTED_NOUNS as _COUNTED_NOUNS
from marsad.lang.ar.actors import COUNTED_OF as _OF
from marsad.lang.ar.actors import DEFENCE as _DEFENCE
from marsad.lang.ar.actors import EXPELLING as _EXPELLING
from marsad.lang.ar.actors import FOUGHT_WITH as _WITH
from marsad.lang.ar.actors import HANDS as _HANDS
from marsad.lang.ar.actors import LOSING as _LOSING
from marsad.lang.ar.actors import NOT_TARGET_AFTER as _NOT_TARGET_AFTER
from marsad.lang.ar.actors import OPPOSED as _OPPOSED
from marsad.lang.ar.actors import RESPONSE as _RESPONSE
from marsad.lang.ar.actors import SUPPORT as _SUPPORT
from marsad.lang.ar.actors import TARGET_PREPS as _TARGET_PREPS
from marsad.lang.ar.actors import VICTIM_MARKERS as _VICTIM_MARKERS
from marsad.lang.ar.cues import ACCORDING_TO as _ACCORDING_TO
from marsad.lang.ar.cues import SAID_IT as _SAID_IT
from marsad.lang.ar.cues import SAYING as _SAYING
from marsad.lang.ar.morph import CONJUNCTIONS
from marsad.pipeline.actors import ActorHit, action_before, tables
from marsad.taxonomy import Inter

# the armed organisations that are not a state's: they claim attacks, and their names are the names
# of organisations
NON_STATE_ARMED = frozenset({"rebel", "jihadist", "militia", "ethnic_militia"})
_STATE_CATEGORIES = frozenset({"military", "police", "government"})
_ARMED_CATEGORIES = NON_STATE_ARMED | _STATE_CATEGORIES | {"foreign_military", "coalition", "unidentified"}


def clause(doc: Document, m: Mention) -> int:
    """Index of the clause of a mention inside its sentence."""
    return clause_at(doc, m.sentence, m.start, m.tok_start)


def clause_at(doc: Document, sentence: int, start: int, tok_start: int) -> int:
    """Index of the clause inside its sentence of what begins at ``start`` (token ``tok_start``):
    commas and clause words (كما، فيما، بينما، ثم) before it."""
    s = doc.sentences[sentence]
    text = doc.norm[s.start : start]
    return text.count("،") + text.count(",") + sum(
        1 for t in doc.tokens[doc.token_at(s.start) : tok_start] if t.text in _CLAUSE_WORDS
    )


def _pair_between(doc: Document, a: Mention, trig: Mention) -> bool:
    """Whether "قبل أن" or "بعد أن" stands between a trigger and an actor after it: the verb after
    the pair has a subject of its own ("قبل أن تعتقله الشرطة"); an actor before the pair may still be
    the subject of a verb after it ("أحبطت قوات الأمن هجوماً بعد أن عثرت على عبوة")."""
    tokens = doc.tokens
    lo, hi = trig.tok_start, a.tok_start
    return any(tokens[j].text == CLAUSE_PAIR_TAIL and tokens[j - 1].text in CLAUSE_PAIRS for j in range(max(1, lo + 1), hi))


def inter(hit: ActorHit) -> int:
    t = tables()
    return t.record(hit.ids[0]).inter


def government_side(hit: ActorHit) -> bool:
    """A militia that fights for its country's government (the actor table says which)."""
    return tables().record(hit.ids[0]).government_affiliate


def _with_parents(ids: tuple[str, ...]) -> set[str]:
    t = tables()
    out: set[str] = set()
    for actor_id in ids:
        while actor_id and actor_id not in out and actor_id in t.table:
            out.add(actor_id)
            actor_id = t.record(actor_id).parent or ""
    return out


def allied(a: ActorHit, b: ActorHit) -> bool:
    """Whether two sides fight on the same side: one of them belongs to the other (a brigade of its
    movement), both are of one camp of the knowledge table (the Saudi-led coalition and Yemen's
    Popular Resistance), or both are the state's forces of one country, or a militia fighting for
    a country's government and that government's forces, and no camp parts them (Libya's two
    armies)."""
    ids_a, ids_b = _with_parents(a.ids), _with_parents(b.ids)
    if ids_a & ids_b:
        return True
    table = camps()
    camps_a = {c for i in ids_a for c in table.get(i, ())}
    camps_b = {c for i in ids_b for c in table.get(i, ())}
    if camps_a & camps_b:
        return True
    if camps_a and camps_b:
        return False
    t = tables()

    def home_side(actor_id: str) -> str | None:
        r = t.record(actor_id)
        if (r.category in _STATE_CATEGORIES and r.inter == Inter.STATE_FORCES) or r.government_affiliate:
            return r.country
        return None

    countries_a = {home_side(i) for i in ids_a} - {None}
    countries_b = {home_side(i) for i in ids_b} - {None}
    return bool(countries_a & countries_b)


def _category(hit: ActorHit) -> str:
    return tables().record(hit.ids[0]).category


def actor_category(m: Mention) -> str:
    """The category of an actor mention's first actor (rebel, militia, military...)."""
    return _category(m.value)


def is_armed(m: Mention) -> bool:
    return _category(m.value) in _ARMED_CATEGORIES


_REPORTERS = frozenset({"police", "government"})


def speaker(doc: Document, m: Mention) -> bool:
    """"أعلنت شرطة جنوب السودان مقتل ...": the body right after a saying verb reports the event."""
    j = m.tok_start - 1
    if j > 0 and doc.tokens[j].text in _SAID_IT:
        j -= 1  # "وفق ما أفادت به الشرطة": the verb's pronoun stands before its subject
    if j < 0 or doc.tokens[j].sentence != m.sentence:
        return False
    word = doc.tokens[j].text
    return word in _SAYING or (word[:1] in ("و", "ف") and word[1:] in _SAYING)


def _acts_after(doc: Document, m: Mention, trig: Mention, words: frozenset[str] = _AFTERMATH) -> bool:
    """"نشرت الشرطة دوريات في أعقاب الهجوم على المسجد": a word of aftermath (or ``words``) between a
    side named before the event word and the event word: the side acts after the event, in a clause of
    its own."""
    tokens = doc.tokens
    return m.tok_end <= trig.tok_start and m.sentence == trig.sentence \
        and any(tokens[j].text in words for j in range(m.tok_end, trig.tok_start))


def according_to(doc: Document, m: Mention) -> bool:
    """"بحسب الشرطة المحلية"، "وفقاً للسلطات"، "نقلاً عن الحكومة"، "وفق ما أفادت به الشرطة": the body
    the report is according to, not a side of the event it reports."""
    tokens = doc.tokens
    k = m.tok_start - 1
    if k >= 0 and tokens[k].text in ("عن", "ل", "لـ"):
        k -= 1
    if k >= 2 and tokens[k].text in _SAID_IT:
        k -= 1
    if k >= 1 and tokens[k - 1].text == "ما" and tokens[k].text in _SAYING:
        k -= 2  # "وفق ما أفادت به الشرطة"، "بحسب ما أعلنت السلطات": according to what the body said
    if k < 0 or tokens[k].sentence != m.sentence:
        return False
    word = tokens[k].text
    return word in _ACCORDING_TO or (word[:1] == "و" and word[1:] in _ACCORDING_TO)


_SUPPORT_REACH = 5  # "بغطاء جوي مكثف من قبل طيران التحالف": a word of support, its kind, how much, "من قبل"


def _supporter(doc: Document, a: Mention) -> bool:
    """A side named after a word of support, a few words before it: "بدعم من طيران التحالف",
    "تحت غطاء جوي لقوات التحالف"; not one that "و" adds after the backer ("قوات الجيش المدعومة
    بالمقاومة وتحالف مليشيات الحوثي": the Houthis are the other side)."""
    tokens = doc.tokens
    if a.start > tokens[a.tok_start].start and tokens[a.tok_start].text.startswith("و"):
        return False  # "ومليشيات الحوثي": a new side joined by و
    for j in range(a.tok_start - 1, max(-1, a.tok_start - _SUPPORT_REACH - 1), -1):
        if tokens[j].sentence != a.sentence:
            return False
        if tokens[j].text in _SUPPORT:
            return True
        if tokens[j].text.startswith("و") and tokens[j].text not in _SUPPORT:
            return False
    return False


def holder(doc: Document, m: Mention) -> bool:
    """A side named as the one that holds the place ("الواقعة تحت سيطرة تنظيم داعش", "التي
    تسيطر عليها المعارضة"), not as the one the event struck."""
    tokens = doc.tokens
    j = m.tok_start - 1
    return j >= 0 and tokens[j].sentence == m.sentence and tokens[j].text in _CONTROL


_EXPELLED_REACH = 3  # words between "من" and the side: "من قبضة مليشيا"، "من أيدي مسلحي التنظيم"


def expelled(doc: Document, a: Mention) -> bool:
    """A side named after "من" (from), a few words before it and not "من قبل" (by): "حررت
    المدينة من التنظيم"، "طردوا المسلحين من قبضة الميليشيا" — the side the ground was taken from."""
    tokens = doc.tokens
    for j in range(a.tok_start - 1, max(-1, a.tok_start - 2 - _EXPELLED_REACH), -1):
        if tokens[j].sentence != a.sentence or "،" in doc.norm[tokens[j].end : tokens[j + 1].start]:
            return False
        if tokens[j].text == "من":
            # "من قبل" (by) names the agent, and "بإسناد من" (with the backing of) an ally
            return not ((j + 1 < len(tokens) and tokens[j + 1].text == "قبل") or (j > 0 and tokens[j - 1].text in _SUPPORT))
    return False


def cleared_of(doc: Document, a: Mention) -> bool:
    """"طهرت من مسلحي المعارضة": a side right after a word of clearing and its "من" was driven
    out, wherever the event word stands (``expelled`` reads any "من" shortly before a side that
    the event word precedes)."""
    j = a.tok_start - 2
    return j >= 0 and doc.tokens[j + 1].text == "من" and doc.tokens[j].sentence == a.sentence \
        and doc.tokens[j].text.removeprefix("و") in _CLEARED_OF


def lost_ground(doc: Document, a: Mention) -> bool:
    """The side ground was taken from: driven out of it ("حررت المدينة من التنظيم"), named as
    the one that held it ("سيطرت على قاعدتين كانتا تحت سيطرة جيش الإسلام"), or as the one that lost
    it ("فقدت ميليشيات الحوثي سيطرتها")."""
    return expelled(doc, a) or holder(doc, a) or lost_by(doc, a)


def lost_by(doc: Document, a: Mention) -> bool:
    """A side right after a verb of losing ("فقدت ميليشيات الحوثي سيطرتها على المنطقة"), or of driving
    out when another side is named before the verb: it lost the ground, wherever the event word stands."""
    j = a.tok_start - 1
    if j < 0 or doc.tokens[j].sentence != a.sentence:
        return False
    if doc.tokens[j].text in _LOSING:
        return True
    # "أحكمت المقاومة سيطرتها على القاعدة بعد أن طردت المليشيات الحوثية منها": the verb's subject
    # named before it, the side right after it was driven out
    return doc.tokens[j].text in _EXPELLING and any(
        m.sentence == a.sentence and m.tok_end <= j and m.value.ids != a.value.ids for m in doc.of("actor"))


def roles(doc: Document, trig: Mention, actors: list[Mention]) -> tuple[Mention | None, Mention | None]:
    """actor1 (the side that acted) and actor2 (the other side) around a trigger."""
    actor1, actor2 = _roles(doc, trig, actors)
    if (actor1 is not None and actor2 is not None and actor1.tok_end <= trig.tok_start < actor2.tok_start
            and actor2.tok_start > 0 and doc.tokens[actor2.tok_start - 1].text == _WITH and _victim_marked(doc, actor1)):
        # "سقوط قتلى في صفوف الحوثيين، في مواجهات مع القوات المشتركة": the side that lost men
        # was hit; the side it fought, after "مع", is the actor
        return actor2, actor1
    return actor1, actor2


def _roles(doc: Document, trig: Mention, actors: list[Mention]) -> tuple[Mention | None, Mention | None]:
    if not any(a.tok_start <= trig.tok_start < a.tok_end for a in actors):
        # police and ministries report what others did; an army announcing is mostly the actor
        actors = [a for a in actors if not (_category(a.value) in _REPORTERS
                                            and ((speaker(doc, a) and a.end <= trig.start) or according_to(doc, a)
                                                 or _acts_after(doc, a, trig)))]
    # "طعن رجل ثلاثة أشخاص قبل أن تعتقله الشرطة": a side of another clause's verb is not this event's;
    # "شنت الطائرات غارات ردا على إطلاق صواريخ": the side that answers did not fire
    actors = [a for a in actors if not _pair_between(doc, a, trig) and not _acts_after(doc, a, trig, _RESPONSE)]
    helped = [a for a in actors if not _supporter(doc, a)]
    if helped:
        actors = helped  # "تحت غطاء جوي لقوات التحالف", "بإسناد من التحالف": a backer, neither side
    actor1, actor2 = _sides(doc, trig, actors)
    if trig.value.lemma in _DEFENCE and actor1 is not None:
        actor1, actor2 = actor2, actor1  # "X تتصدى للهجوم": X defends, the attacker is the other side
    if actor1 is not None and inter(actor1.value) == Inter.CIVILIANS:
        actor1, actor2 = None, actor2 or actor1  # civilians are the target, never the side that acted
    if actor2 is None:
        # "... ما أسفر عن مقتل ثلاثة مدنيين": civilians named after the action are its victims
        actor2 = next((a for a in actors if a.start > trig.start and inter(a.value) == Inter.CIVILIANS), None)
    if actor1 is not None and actor2 is not None and actor1.value.ids == actor2.value.ids:
        actor2 = None
    if actor1 is not None and actor2 is not None and is_armed(actor2) and allied(actor1.value, actor2.value) \
            and not _set_against(doc, actor1, actor2):
        # "المواجهات بين المقاومة المسنودة بقوات الجيش وبين الميليشيات الحوثية": the ally named
        # beside the side is not the side it fought; the nearest armed side of the event's clause
        # that is not its ally is ("اشتباكات بين الحوثيين وقوات صالح": allies the text sets against
        # each other stay)
        first, where = actor1.value, clause(doc, trig)
        foes = [a for a in actors if a.sentence == trig.sentence and clause(doc, a) == where and is_armed(a)
                and not allied(first, a.value)]
        actor2 = nearest(foes, trig)
    return actor1, actor2


def _set_against(doc: Document, a: Mention, b: Mention) -> bool:
    """"بين A وB"، "A ... مع B"، "ضد B"، "مواقع لـB": the text itself sets the two sides against each
    other, or names the second as the one hit (a strike on an ally by mistake)."""
    first, second = (a, b) if a.tok_start < b.tok_start else (b, a)
    tokens = doc.tokens
    before_first = tokens[first.tok_start - 1].text if first.tok_start > 0 else ""
    before_second = tokens[second.tok_start - 1].text
    # the second side of "بين" is joined by "و" ("بين الحوثيين وقوات صالح"، "وبين")، not by "بـ"
    # ("بين المقاومة المسنودة بقوات الجيش وبين الحوثيين": the army backs the first side)
    paired = before_first in _BETWEEN and (before_second in _BETWEEN or tokens[second.tok_start].text.startswith(CONJUNCTIONS))
    return _opposed(doc, second) or _opposed(doc, first) or paired or _victim_marked(doc, b)


def _sides(doc: Document, trig: Mention, actors: list[Mention]) -> tuple[Mention | None, Mention | None]:
    if not actors:
        return None, None
    tokens = doc.tokens
    inside = [a for a in actors if trig.tok_start < a.tok_start and a.tok_end <= trig.tok_end]
    if inside:
        # "أطلق مسلحون النار على دورية": the side inside an event word in two parts is its subject;
        # the other side is named after it, in its clause
        where = clause(doc, trig)
        others = [a for a in actors if a.tok_start >= trig.tok_end and a.value.ids != inside[0].value.ids
                  and clause(doc, a) == where]
        return inside[0], others[0] if others else None
    after = [a for a in actors if a.tok_start >= trig.tok_end]
    before = [a for a in actors if a.tok_end <= trig.tok_start]

    def prep_before(a: Mention) -> str:
        j = a.tok_start - 1
        word = tokens[a.tok_start].text
        if word.startswith("ب") and "بين" in (tokens[j].text if j >= 0 else ""):
            return "بين"
        while j >= 0 and j >= trig.tok_end - 1 and a.tok_start - j <= 3:
            w = tokens[j].text
            if j < trig.tok_end and w.removeprefix("و").startswith("استهدف"):
                return ""  # "استهدفت المليشيات المنفذ": the side right after the verb is its subject
            if w in _TARGET_PREPS or w in ("بين", "صفوف", "عناصر", "مواقع", "معاقل", "مقرات"):
                return w
            j -= 1
        return ""

    actor1: Mention | None = None
    actor2: Mention | None = None
    where = clause(doc, trig)
    agents = [a for a in actors if _agent_marked(doc, a) and clause(doc, a) == where]
    victims = [a for a in actors if _victim_marked(doc, a) and clause(doc, a) == where]
    for a in sorted(actors, key=lambda m: m.start):
        # "قتل الكثير من قوات الأسد والميليشيات الطائفية": a side listed with a victim was hit too
        if a not in victims and any(v.tok_end == a.tok_start for v in victims) and tokens[a.tok_start].text.startswith("و"):
            victims.append(a)
    if agents:
        actor1 = min(agents, key=lambda a: abs(a.start - trig.start))
        others = [a for a in actors if a is not actor1 and a.value.ids != actor1.value.ids]
        preferred = [a for a in others if a in victims] or others
        return actor1, nearest(preferred, trig)
    if victims:
        hit_sides = {a.value.ids for a in victims}
        actors = [a for a in actors if a.value.ids not in hit_sides]
        after = [a for a in actors if a.tok_start >= trig.tok_end]
        before = [a for a in actors if a.tok_end <= trig.tok_start]
        if not actors:
            return None, nearest(victims, trig)
    # (not the side after "مع"/"ضد": "سيطر الجيش بعد قتال مع التنظيم على القرية": the other side)
    close_before = [a for a in before if trig.tok_start - a.tok_end <= 2 and not _opposed(doc, a)]
    if close_before:
        # "شنت قوات النظام غارات على ...": the subject stands right before the action noun
        actor1 = _head_of_list(doc, before, close_before[-1])
        # the side marked by a preposition, or the direct object right after a verb ("استهدفوا مسلحي التنظيم")
        marked = [a for a in after if prep_before(a) not in ("", "عناصر") or a.tok_start == trig.tok_end]
        return actor1, marked[0] if marked else None
    if after:
        first = after[0]
        p = prep_before(first)
        if p == "بين":
            second = next((a for a in after[1:] if a.value.ids != first.value.ids), None)
            if second is not None:
                return first, second
        if p in ("", "عناصر", "بين"):  # "اشتباكات بين A و(مسلحين)": A is a side, the first named
            actor1 = first
            rest = after[1:]
        else:
            actor2 = first
            rest = []
        if actor2 is None:
            for a in rest:
                if actor1 is not None and a.value.ids != actor1.value.ids:
                    actor2 = a
                    break
    if actor1 is None and before:
        free = [a for a in before if not _opposed(doc, a)]
        actor1 = _head_of_list(doc, before, (free or before)[-1])
    if actor1 is not None and actor2 is not None and actor1.value.ids == actor2.value.ids:
        actor2 = None
    if victims and actor1 is None and actor2 is not None and prep_before(actor2) == _WITH:
        # "12 من عناصر التنظيم قتلوا في اشتباكات مع قوات الجيش": the side fought killed them
        actor1, actor2 = actor2, None
    if victims and actor2 is None:
        actor2 = nearest(victims, trig)
    if actor1 is not None and actor2 is not None and actor1.value.ids == actor2.value.ids:
        actor2 = None
    return actor1, actor2


def _opposed(doc: Document, a: Mention) -> bool:
    """A side named right after "مع" or "ضد" ("معارك عنيفة مع المسلحين"): the side fought, not
    the subject of a verb or noun that follows it."""
    j = a.tok_start - 1
    return j >= 0 and doc.tokens[j].sentence == a.sentence and doc.tokens[j].text in _OPPOSED


def _head_of_list(doc: Document, before: list[Mention], m: Mention) -> Mention:
    """"الفصائل الإسلامية وجبهة النصرة استأنفت": of sides listed together as one subject, the
    first named is the actor (the others are its associates)."""
    k = before.index(m)
    while k > 0:
        prev = before[k - 1]
        cur = before[k]
        listed = prev.tok_end == cur.tok_start and doc.tokens[cur.tok_start].text.startswith("و")
        # "القوات التركية، وحلفاؤها من المعارضة السورية": the allies listed after it
        gap = [t.text for t in doc.tokens[prev.tok_end : cur.tok_start]]
        listed = listed or (1 <= len(gap) <= 2 and gap[0] in _ALLIES and gap[1:] in ([], ["من"]))
        # "قوات جيش الفتح التابع للمعارضة": the unit is the actor, not the camp it belongs to
        affiliated = prev.tok_end == cur.tok_start - 1 and doc.tokens[prev.tok_end].text in _AFFILIATED
        if not (listed or affiliated):
            break
        k -= 1
    return before[k]


def air_capable(m: Mention) -> bool:
    """State, foreign and coalition forces fly; rebels, jihadists and militias do not."""
    return _category(m.value) in ("military", "foreign_military", "coalition", "government")


def arrest_roles(
    actors: list[Mention], actor1: Mention | None, actor2: Mention | None
) -> tuple[Mention | None, Mention | None]:
    """Arrests are made by the state: a police, army or security body named in the sentence
    is the side that acted, whoever stands nearer the verb; the others were arrested."""
    if actor1 is not None and inter(actor1.value) in (Inter.STATE_FORCES, Inter.EXTERNAL_OTHER_FORCES):
        return actor1, actor2
    state = next((a for a in actors if inter(a.value) in (Inter.STATE_FORCES, Inter.EXTERNAL_OTHER_FORCES)), None)
    if state is None:
        return actor1, actor2
    other = actor1 if actor1 is not None and actor1.value.ids != state.value.ids else actor2
    return state, other


def bomb_roles(actor1: Mention | None, actor2: Mention | None) -> tuple[Mention | None, Mention | None]:
    """News names the forces a bomb hit, rarely who planted it: state forces next to a bomb
    are its target unless the text marks them as the ones who set it off; a crowd is never the
    side that set a bomb off."""
    if actor1 is not None and actor2 is None and inter(actor1.value) == Inter.STATE_FORCES:
        return None, actor1
    if actor1 is not None and inter(actor1.value) in (Inter.PROTESTERS, Inter.RIOTERS):
        # "فجر انتحاري نفسه وسط حشد من المتظاهرين": the crowd the bomb went off in was hit
        return None, actor2 or actor1
    return actor1, actor2


def _agent_marked(doc: Document, a: Mention) -> bool:
    j = a.tok_start - 1
    word = doc.tokens[a.tok_start].text
    if word.startswith("ل") and j >= 0 and doc.tokens[j].text in _AGENT_MARKERS:
        return True  # "طائرات تابعة لتحالف", "غارات لطيران النظام"
    if word.startswith("ل") and j >= 0 and action_before(doc.tokens, a.tok_start) is not None:
        return True  # "في قصف مدفعي لقوات النظام": the action noun's side, whose act it was
    if j >= 1 and doc.tokens[j].text in _HANDS and doc.tokens[j - 1].text not in _BY_HANDS:
        return False  # "التي ظلت في أيدي المسلحين": they held the town; "على أيدي" names who acted
    return j >= 0 and doc.tokens[j].sentence == a.sentence and doc.tokens[j].text in _AGENT_MARKERS


def _victim_marked(doc: Document, a: Mention) -> bool:
    tokens = doc.tokens
    if _counted_dead(doc, a) or holder(doc, a):
        return True  # (a side named as the one holding the place was hit there: "الواقع تحت سيطرة المعارضة")
    for j in range(a.tok_start - 1, max(-1, a.tok_start - 5), -1):
        if tokens[j].sentence != a.sentence or "،" in doc.norm[tokens[j].end : tokens[j + 1].start]:
            return False
        w = tokens[j].text
        if (w in _VICTIM_MARKERS or (w.startswith("و") and w[1:] in _VICTIM_MARKERS)) and not (
            j + 1 < len(tokens) and tokens[j + 1].text in _NOT_TARGET_AFTER
        ) and not (j == a.tok_start - 1 and _kills_whom(doc, w, a)):
            return True
    return False


def _counted_dead(doc: Document, a: Mention) -> bool:
    """"12 من عناصر التنظيم قتلوا": a side the toll's figure counts ("N من X") lost them; so did
    one the figure names right after its noun ("أكثر من 60 مسلحا حوثيا لقوا مصرعهم")."""
    j = a.tok_start - 1
    if j < 1 or doc.tokens[j].sentence != a.sentence:
        return False
    counts = [c for c in doc.of("count") if c.sentence == a.sentence and c.value.role in ("killed", "injured")]
    if doc.tokens[j].text != _OF:
        return any(c.tok_end == a.tok_start or c.tok_end == a.tok_start - 1 and doc.tokens[j].text in _COUNTED_NOUNS
                   for c in counts)
    return any(c.tok_end == j for c in counts)


_KILLED_NOUNS = CIVILIAN_VICTIMS | PEOPLE


def _kills_whom(doc: Document, verb: str, a: Mention) -> bool:
    """"قتل مسلحون 12 قروياً": the active verb of killing, its subject next to it and its victims
    counted after the subject: the side is the killer, not the killed."""
    if verb.removeprefix("و") not in ACTIVE_KILLING:
        return False
    tokens = doc.tokens
    after = [t.text for t in tokens[a.tok_end : a.tok_end + 3] if t.sentence == a.sentence]
    return bool(after) and (after[0].isdigit() or after[0] in _KILLED_NOUNS
                            or (len(after) > 1 and after[1] in _KILLED_NOUNS and after[0] not in _KILLED_NOUNS)
                            # "قتل مسلحون مجهولون الناشط": the one person the toll counts stands next
                            or any(c.tok_start == a.tok_end and c.value.role == "killed" for c in doc.of("count")))


def nearest(items: list[Mention], trig: Mention) -> Mention | None:
    if not items:
        return None
    return min(items, key=lambda m: (m.start < trig.start, abs(m.start - trig.start)))

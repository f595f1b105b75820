"""Stage: event drafts assembled from the mentions of each sentence.

A trigger makes an event when it is strong, or weak but backed by a conflict actor or a
casualty figure in its sentence, and when a place of the same sentence can be attached (the
best-cued, most specific one, preferably after the trigger; "البلدة" refers back to the last
town). Places listed after the first (على X وY) give one event each. Actor
roles come from Arabic word order and prepositions (بين A وB، على/ضد/مع B). The date is the
sentence's date, else the paragraph's last date, else the publication date. Background
sentences (منذ 2011، totals) give no event. Drafts are geocoded and finished by ``geocode``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from marsad.document import Document, Mention
from marsad.lang.ar.actors import (
    ACTIVE_KILLING,
    BODY_HEADS,
    CIVILIAN_VICTIM_REACH,
    CIVILIAN_VICTIMS,
    CLAUSE_PAIR_TAIL,
    CLAUSE_PAIRS,
    HARM_VERBS,
)
from marsad.lang.ar.clitics import TRIGGER_CLITICS
from marsad.lang.ar.cues import CLAUSE_MARKS, LED_CROWDS, SUBMITTED_PRONOUNS
from marsad.lang.ar.eventwords import AIR_DEFENCES as _AIR_DEFENCES
from marsad.lang.ar.eventwords import ASSAULT_WORDS, STOPPED_BACK_LEMMAS, STOPPED_PRONOUNS
from marsad.lang.ar.eventwords import BLAST_WORDS as _BLAST_WORDS
from marsad.lang.ar.eventwords import CONFRONTS as _CONFRONTS
from marsad.lang.ar.eventwords import EVERYDAY as _EVERYDAY
from marsad.lang.ar.eventwords import FREED_PEOPLE as _FREED_PEOPLE
from marsad.lang.ar.eventwords import HOSTAGE_REACH as _HOSTAGE_REACH
from marsad.lang.ar.eventwords import HOSTAGES as _HOSTAGES
from marsad.lang.ar.framing import (
    AMBUSH_LEMMAS,
    DETONATING,
    DETONATION_REACH,
    DEVICE_REACH,
    DROP_LEMMAS,
    DROP_REACH,
    DROPPED_BOMBS,
    EXPLOSIVE_DEVICES,
    RAID_REACH,
    RAIDED,
    STORM_LEMMAS,
)
from marsad.lang.ar.framing import BECAME as _BECAME
from marsad.lang.ar.framing import COMMAND_WORDS as _COMMAND_WORDS
from marsad.lang.ar.framing import CONTROL_AREA_HEADS as _CONTROL_AREA_HEADS
from marsad.lang.ar.framing import EARLIER_MARKERS as _EARLIER_MARKERS
from marsad.lang.ar.framing import EXTENDS_SKIPPED as _EXTENDS_SKIPPED
from marsad.lang.ar.framing import EXTENDS_TO as _EXTENDS_TO
from marsad.lang.ar.framing import FOUGHT_BEFORE as _FOUGHT_BEFORE
from marsad.lang.ar.framing import OPERATION_NOUNS as _OPERATION_NOUNS
from marsad.lang.ar.framing import STATE_VERBS as _STATE_VERBS
from marsad.lang.ar.framing import SUPERLATIVES as _SUPERLATIVES
from marsad.lang.ar.morph import CONJUNCTIONS
from marsad.lang.ar.numbers import OBJECT_REACH, QUANTITY_LINKS, WOUNDING_VERBS
from marsad.lang.ar.protest import (
    CLASH_CROWD_WORDS,
    CROWD_CLASH_REACH,
    CROWD_WORDS,
    DISPERSAL,
    FANS,
    FIRE_REACH,
    FIRE_WORDS,
    GATHERING_REACH,
    GATHERING_VERBS,
    RIOT_ACTS,
    STORM_REACH,
    STORM_WORDS,
    SUPPORTERS,
    TYRES,
)
from marsad.lang.ar.protest import DURING as _DURING
from marsad.lang.ar.targets import CIVILIAN_VENUES, HOMES, VENUE_REACH
from marsad.lang.ar.triggers import (
    ABDUCT,
    AGREEMENT,
    AIR,
    ARRESTS,
    ATTACK,
    BODY_FINDS,
    CHEM,
    CLASH,
    DISRUPTED,
    GOV,
    GRENADE,
    IED,
    INTERVENTION,
    KILLING,
    MOB,
    NSA,
    PEACEFUL,
    RAID_LEMMAS,
    SHELL,
    STRIKE,
    SUICIDE,
    TERRITORY,
    TRANSFER,
    VIOLENT_DEMO,
)
from marsad.pipeline.actors import tables
from marsad.pipeline.attach import attach, since_date
from marsad.pipeline.candidate import HARD, VetoPolicy, survives
from marsad.pipeline.claims import credit_claims
from marsad.pipeline.dates import DateValue, parse_published
from marsad.pipeline.framing import (
    TERRITORY_NOUNS,
    accidental_blast,
    agreement_reference,
    bomber_counted,
    by_accident,
    ceasefire_or_concern,
    charged,
    chemistry,
    cleared,
    completed,
    court_case,
    crashed,
    diplomatic,
    earlier_event,
    festival,
    fight_against_an_ill,
    front_name,
    generic_reference,
    headline,
    link_lines,
    managed,
    negated,
    no_one_held,
    ordinary_crime,
    ordinary_killing,
    past_year,
    planted,
    protested,
    right_to,
    set_off,
    since_anchor,
    weapon_handled,
    weapon_trade,
)
from marsad.pipeline.numbers import NUMBER_WORDS
from marsad.pipeline.placehit import PlaceHit
from marsad.pipeline.roles import (
    NON_STATE_ARMED,
    actor_category,
    air_capable,
    arrest_roles,
    bomb_roles,
    clause,
    clause_at,
    cleared_of,
    government_side,
    inter,
    is_armed,
    lost_by,
    lost_ground,
    nearest,
    roles,
)
from marsad.pipeline.scene import earlier_place, places_for
from marsad.pipeline.triggers import TriggerHit
from marsad.pipeline.weapons import air_and_ground, flies, names_air, strike_type
from marsad.taxonomy import CROWD_TYPES, EVENT_TYPE, EventType, Inter, Status

_BACKGROUND = re.compile(
    r"منذ\s+(?:عام\s+)?(?:19|20)\d\d|منذ\s+(?:بدء|بدايه|اندلاع|انطلاق|مطلع|اوايل|منتصف|اواخر)|منذ\s+سنوات"
    r"|^\W*(?:و)?(?:يشار|يذكر|تجدر|يجدر)\s|(?:^|\s)(?:ال)?ذكرى\s|من\s+كل\s+عام|في\s+مثل\s+هذا\s+اليوم"
)
# "تشن قوات النظام منذ أسبوعين هجوما": a campaign under way; "الأعنف منذ شهور" compares, it does not date
# "تتواصل المعارك للشهر الرابع على التوالي": months of fighting, not one event ("لليوم الثالث"، "للجمعة
# الثالثة على التوالي" are one day's)
_ONGOING = re.compile(r"(?:(?<=\s)|^)(?:(?P<before>\w+)\s+)?منذ\s+(?:اسبوعين|اسابيع|شهرين|اشهر|شهور|عامين|اعوام|سنتين)(?!\w)"
                      r"|(?:(?<=\s)|^)لل(?:شهر|عام|سنه)\s+\w+\s+(?:على|علي)\s+التوالي")


def _country_of(places: list[Mention], trig: Mention) -> list[Mention]:
    """The country a country-level event is placed in: "قصفت الولايات المتحدة مواقع في سوريا"
    happened in the country a preposition introduces ("في سوريا"), not in the one that acts;
    among several, the one nearest the event word."""
    countries = [p for p in places if p.value.is_country and not (p.value.route or p.value.counterpart)]
    return sorted(countries, key=lambda p: (p.value.strength != "prep", abs(p.tok_start - trig.tok_start)))[:1]


def _earlier_country(doc: Document, sentence: int) -> list[Mention]:
    """The country named last before this sentence (a country, not a town of one)."""
    countries = [p for p in doc.of("place") if p.sentence < sentence and p.value.is_country
                 and not (p.value.route or p.value.counterpart)]
    return countries[-1:]


# "since" a day more than this before the article: weeks of events, not one (a span of days,
# "منذ الخميس", is one event dated to its first day: codebook, date)
CAMPAIGN_DAYS = 10


def _ongoing(text: str) -> bool:
    return any(m["before"] not in _SUPERLATIVES for m in _ONGOING.finditer(text))


@dataclass
class Draft:
    sub: str
    trigger: Mention
    place: Mention
    sentence: int
    status: str
    status_span: tuple[int, int] | None
    strength: int
    actor1: Mention | None = None
    actor2: Mention | None = None
    date: DateValue | None = None
    date_span: tuple[int, int] | None = None
    killed: list[Mention] = field(default_factory=list)
    injured: list[Mention] = field(default_factory=list)
    sources: list[Mention] = field(default_factory=list)
    confidence: float = 0.0
    listed: bool = False  # a place after the first of a list ("على X وY")
    inherited: bool = False  # the place was named in an earlier sentence
    twin: bool = False  # the shelling named with an air strike ("القصف الجوي والمدفعي")
    weaponless: bool = False  # a strike word that names no weapon ("الهجوم الذي استهدف البلدة")
    national: bool = False  # placed only by a country: an event only when the article has no other
    vetoes: tuple[str, ...] = ()  # reason codes of the rules that rule the draft out (kept only on request)


_VIOLENT = frozenset({EventType.BATTLES, EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS})


def run(doc: Document, soft: VetoPolicy = HARD) -> None:
    """Build the article's event drafts. A rule that rules a draft out (a veto) drops it,
    unless its reason code is in ``soft``: then the code is recorded on the draft
    (``Draft.vetoes``) for a learned decider to weigh with everything else."""
    triggers = doc.of("trigger")
    if not triggers:
        return
    actors_all = doc.of("actor")
    counts = doc.of("count")
    published = parse_published(doc.published)
    article_vetoes: list[str] = []
    if (
        not any(is_armed(a) for a in actors_all)
        and not any(c.value.role == "killed" for c in counts)
        and not any(_speaks_of_conflict(t.value) or (t.value.sub == PEACEFUL and _protesters_act(doc, t))
                    or _people_hit_by(doc, t, [c for c in counts if c.sentence == t.sentence])
                    or (t.value.sub == DISRUPTED and _weapon_stopped(doc, t, [o for o in triggers if o.sentence == t.sentence]))
                    for t in triggers)
    ):
        # nothing in the article is about conflict: no armed actor, no one killed, no specific event word
        if "quiet_article" not in soft:
            return
        article_vetoes.append("quiet_article")
    by_sentence: dict[int, list[Mention]] = {}
    for kind in ("actor", "place", "date", "count", "source", "trigger"):
        for m in doc.of(kind):
            by_sentence.setdefault(m.sentence, []).append(m)
    drafts: list[Draft] = []
    only_countries = all(p.value.is_country for p in doc.of("place"))
    for s in doc.sentences:
        items = by_sentence.get(s.index, [])
        places = [m for m in items if m.kind == "place"]
        sent_actors = [m for m in items if m.kind == "actor"]
        # "هيئة تحرير الشام"، "جيش التحرير الوطني": an event word inside an organisation's name is none
        # "وتحصن المسلحون داخل حي المغار": nor is a word a cue word names as a place
        sent_triggers = [m for m in items if m.kind == "trigger" and not _inside_name(m, sent_actors)
                         and not _after_body_head(doc, m) and not _names_place(m, places)]
        actors = [m for m in items if m.kind == "actor"]
        sent_counts = [m for m in items if m.kind == "count"]
        if not sent_triggers:
            continue
        sentence_vetoes = list(article_vetoes)
        if _BACKGROUND.search(doc.norm[s.start : s.end]):
            sentence_vetoes.append("background_sentence")
        if _ongoing(doc.norm[s.start : s.end]):
            sentence_vetoes.append("ongoing_campaign")
        if not survives(sentence_vetoes, soft):
            continue
        armed = [a for a in actors if is_armed(a)]
        seen: set[tuple[str, int, bool, str, int]] = set()
        long_since = [m for m in items if m.kind == "date" and published is not None and since_date(doc, m)
                      and (published - m.value.day).days > CAMPAIGN_DAYS]
        for trig in sent_triggers:
            hit = trig.value
            vetoes = [*sentence_vetoes, *_vetoes(doc, trig, armed, sent_counts, published, sent_triggers)]
            if "ongoing_campaign" not in vetoes and any(clause(doc, m) == clause(doc, trig) for m in long_since):
                # "قتل المئات في قصف على الغوطة منذ 18 فبراير": strikes over weeks, a campaign
                vetoes.append("ongoing_campaign")
            if not survives(vetoes, soft):
                continue
            chosen = places_for(doc, trig, places)
            inherited = False
            placeless = all(p.value.is_country and p.value.info.kinds == {"country"} for p in places)
            violent = EVENT_TYPE.get(hit.sub, "") in _VIOLENT or hit.sub == STRIKE
            if not chosen and hit.strength >= 2 and placeless and violent:
                chosen = earlier_place(doc, s.index)
                inherited = True
            national = False
            if not chosen and hit.strength >= 2 and (s.index < NATIONAL_SENTENCES or "national_later" in soft):
                # "في غارة للتحالف العربي في اليمن": the lead places it only in a country; kept
                # for when the article gives no other event (see geocode); later in the article
                # only as a doubtful candidate
                chosen = _country_of(places, trig)
                national = True
                if chosen and s.index >= NATIONAL_SENTENCES:
                    vetoes.append("national_later")
                    if not survives(vetoes, soft):
                        continue
            elif not chosen and only_countries and "national_weak" in soft:
                # an article that names no place but countries: a weak event word is placed in
                # the country, a doubtful candidate for a learned decider (codebook: the main
                # event of such an article is coded at country level)
                chosen = _country_of(places, trig)
                national = True
                if chosen:
                    vetoes.append("national_weak")
            if not chosen and hit.sub == ARRESTS and placeless and "national_inherited" in soft:
                # "وكانت السلطات قد اعتقلت الزفزافي" after a sentence about a protest in a town: an
                # arrest the sentence places nowhere is made where the story is, the town the
                # sentences just before it name (as a violent event's place is inherited); with
                # none, where the force that makes it rules, the country the article has named
                # (codebook: a country-level event). Either way a doubtful candidate for a learned decider
                chosen = earlier_place(doc, s.index)
                if chosen:
                    inherited, national = True, False
                else:
                    chosen = _country_of(places, trig) or _earlier_country(doc, s.index)
                    national = True
                if chosen:
                    vetoes.append("national_inherited")
            if not chosen:
                continue
            actor1, actor2 = roles(doc, trig, actors)
            if hit.lemma in BODY_FINDS and actor1 is not None and actor1.start < trig.end:
                actor1 = None  # "عثرت الشرطة على جثث": the side that found the dead did not kill them
            sub = hit.sub
            strength = hit.strength
            if sub == TERRITORY and strength < 2 and hit.lemma in TERRITORY_NOUNS \
                    and (managed(doc, trig) or _won_in_fighting(doc, trig, sent_triggers)):
                strength = 2  # "تمكن الجيش من السيطرة على"، "تطهير القرى بعد معارك": ground taken, as by "سيطرت"
            weaponless = False
            if sub == DISRUPTED and hit.lemma in DROP_LEMMAS and _drops_bombs(doc, trig):
                sub, strength = AIR, 2  # "أسقطت المروحيات براميل متفجرة": bombs dropped, an air strike
            if sub == STRIKE:
                sub, weapon = strike_type(doc, trig, actors, actor1)
                weaponless = not weapon and hit.strength < 2
                if weapon:
                    strength = 2  # "استهدفت الهليكوبترات": a target word with its weapon names a strike
                elif _at_civilian_venue(doc, trig):
                    sub = ATTACK  # "العمل الإجرامي الذي استهدف مسجدا": no weapon named, unarmed people hit
                if (sub == AIR and actor1 is not None and inter(actor1.value) in (Inter.REBEL_GROUPS, Inter.POLITICAL_MILITIAS, Inter.IDENTITY_MILITIAS) and hit.lemma != "طايره مسيره"
                        and not names_air(doc, trig)):
                    sub = SHELL  # armed groups have no air force: their "strikes" are rockets and shells
            elif sub == CLASH and hit.lemma in ASSAULT_WORDS and actor1 is not None and flies(doc, actor1):
                sub = AIR  # "هاجمت طائرات حربية إسرائيلية مواقع": aircraft attack from the air, no battle
            if sub == AIR and actor1 is not None and not air_capable(actor1) and hit.lemma != "طايره مسيره":
                # "استهدفوا مسلحي التنظيم بضربات جوية": a group without aircraft was the target
                where = clause(doc, trig)
                flyer = nearest([a for a in actors if air_capable(a) and clause(doc, a) == where], trig)
                actor1, actor2 = flyer, actor1 if actor2 is None or flyer is actor2 else actor2
            stopper = _disrupted_by(doc, trig, sent_triggers) if EVENT_TYPE.get(sub) == EXPLOSIONS else None
            if stopper is not None:
                # "اعترضت الدفاعات الجوية صاروخا"، "فككت الشرطة عبوة ناسفة": the weapon was stopped
                # before it did harm; the side that stopped it acts
                launcher = actor1
                sub, (actor1, actor2) = DISRUPTED, roles(doc, stopper, actors)
                if stopper.tok_start > trig.tok_start and launcher is not None:
                    # "صاروخ أطلقه الحوثيون ... تم اعتراضه": the side that fired it is the other side
                    stoppers = [a for a in actors if a.sentence == trig.sentence and a.value.ids != launcher.value.ids
                                and a.tok_start > trig.tok_start and is_armed(a)]
                    actor1, actor2 = (stoppers[0] if stoppers else None), launcher
                strength = 2
            if sub != DISRUPTED and (EVENT_TYPE.get(sub) in (EXPLOSIONS, EventType.BATTLES) or hit.sub == STRIKE) \
                    and _air_defence_stops(doc, trig, sent_triggers):
                # "تصدت الدفاعات الجوية لصواريخ استهدفت المطار": the weapon was stopped in the air
                sub = DISRUPTED
            if sub == IED and _detonated_by_forces(doc, trig, actor1):
                # "تمكنت قوات الأمن من تفجير خمس عبوات ناسفة": the forces set the devices off themselves
                sub, actor2, strength = DISRUPTED, None, 2
            if sub in (IED, SUICIDE, GRENADE):
                actor1, actor2 = bomb_roles(actor1, actor2)
            if hit.sub == ARRESTS and _hostages(doc, trig):
                sub = ABDUCT  # "احتجز المسلح رهائن": hostages taken, not people arrested
            elif hit.sub == ARRESTS and hit.lemma in RAID_LEMMAS and any(c.value.role == "killed" for c in sent_counts):
                sub = CLASH  # "قتل 12 مسلحا في حملة مداهمات": the raid met fire
            elif hit.sub == ARRESTS:
                actor1, actor2 = arrest_roles(actors, actor1, actor2)
                if actor2 is not None and inter(actor2.value) == Inter.PROTESTERS:
                    # "اعتقلت الشرطة عشرات المتظاهرين": a protest the police met (codebook); the
                    # crowd named makes the weak word of detaining ("احتجزت") as strong as the
                    # word of the crowd itself, and backs it as the crowd backs a protest
                    sub, actor1, actor2 = INTERVENTION, actor2, actor1
                    strength = 2
                    vetoes = [v for v in vetoes if v != "weak_unbacked"]
                elif actor1 is not None and inter(actor1.value) == Inter.PROTESTERS:
                    # "واعتقل عدد من المحتجين": no force named, the crowd was arrested, not arresting
                    sub, actor2 = INTERVENTION, None
                    strength = 2
                    vetoes = [v for v in vetoes if v != "weak_unbacked"]
            if sub == KILLING:
                victims = actor2 or actor1
                sub = ATTACK if victims is not None and inter(victims.value) == Inter.CIVILIANS else CLASH
                if actor1 is not None and _by_hands_of(doc, actor1):
                    sub = ATTACK  # "لقي حتفه على يد مسلحين": killed by a side, not in a battle
                elif _civilian_killed(doc, trig):
                    sub = ATTACK  # "مقتل ناشطة"، "لقي صحفي حتفه": someone who takes no part in fighting
                if not sent_counts:
                    vetoes.append("killing_without_toll")
                if by_accident(doc, trig) or any(EVENT_TYPE.get(t.value.sub) == EXPLOSIONS and accidental_blast(doc, t)
                                                 for t in sent_triggers):
                    vetoes.append("accident")  # "... جراء انفجار في مستودع للألعاب النارية": the blast was an accident
                if sub == CLASH and not _armed_killer(doc, trig, armed):
                    vetoes.append("killing_of_a_side")  # deaths with no event word but a side: a battle reported elsewhere, or none
                if not survives(vetoes, soft):
                    continue
            elif sub == TERRITORY and actor1 is not None and inter(actor1.value) in (Inter.RIOTERS, Inter.PROTESTERS, Inter.CIVILIANS):
                sub = VIOLENT_DEMO  # protesters storming a building riot; they take no territory
            elif sub == TERRITORY:
                if actor1 is not None and lost_ground(doc, actor1) and (actor1.start > trig.start or cleared_of(doc, actor1)
                                                                          or lost_by(doc, actor1)):
                    # "تحرير المدينة من مليشيا الحوثي": the side driven out lost the ground; the
                    # other side named in the clause took it
                    lost = actor1
                    where = clause(doc, trig)
                    others = [a for a in actors if a.value.ids != lost.value.ids and not lost_ground(doc, a)]
                    # the other side in the clause, else in the sentence ("فقدت ميليشيات الحوثي سيطرتها
                    # على المنطقة، بعد هجوم شنه مقاتلو المقاومة")
                    others = [a for a in others if clause(doc, a) == where] or others
                    actor1, actor2 = actor2 if actor2 is not None else nearest(others, trig), lost
                elif actor2 is None:
                    # "طهرت الفصائل البلدة من قوات النظام": the side driven out is the other side
                    actor2 = next((a for a in actors if a.start > trig.start and lost_ground(doc, a)
                                   and (actor1 is None or a.value.ids != actor1.value.ids)), None)
                if actor1 is None:
                    sub = CLASH if strength < 2 else GOV
                else:
                    # the government regains ground through its forces or the militias that fight for it
                    sub = GOV if inter(actor1.value) == Inter.STATE_FORCES or government_side(actor1.value) else NSA
            if sub == CLASH and (_at_civilian_venue(doc, trig, homes=True) or _civilian_hit_before(doc, trig)) \
                    and (actor2 is None or inter(actor2.value) == Inter.CIVILIANS):
                # "هجوم بإطلاق النار على كنيسة"، "أصيب فتى جراء إطلاق النار عليه": unarmed people
                # attacked, not a battle
                sub = ATTACK
            if sub == CLASH:
                # "اشتبك محتجون مع رجال الشرطة": a crowd fighting is a riot, not a battle
                sub = _crowd_clash(doc, trig, actor1, actor2) or sub
            if sub in (PEACEFUL, INTERVENTION) and _crowd_violent(doc, trig):
                sub = VIOLENT_DEMO  # "رشق المحتجون قوات الأمن بالحجارة": the crowd's violence makes a riot
            elif sub == PEACEFUL and _crowd_dispersed(doc, trig):
                sub = INTERVENTION  # "وقامت قوات الأمن بتفريق التظاهرة": the police met the protest
            subs = [sub]
            if sub == AIR and air_and_ground(doc, trig):
                subs.append(SHELL)  # "القصف الجوي والمدفعي": strikes from the air and shelling, two events
            for one_sub, (n_place, place) in ((x, p) for x in subs for p in enumerate(chosen)):
                # a vetoed draft never shadows a kept one, nor one still to come, or told by a weak
                # word, one that took place told by a strong one ("قال الجيش الشعبي لتحرير السودان إنه
                # استعاد المنطقة": _best_per_place ranks them)
                key = (one_sub, place.start, bool(vetoes), hit.status, strength)
                if key in seen:
                    continue
                seen.add(key)
                status_span = (hit.status_start, hit.status_end) if hit.status_start >= 0 else None
                draft = Draft(one_sub, trig, place, s.index, hit.status, status_span, strength, actor1, actor2,
                              listed=n_place > 0, inherited=inherited, twin=one_sub != sub, weaponless=weaponless,
                              national=national, vetoes=tuple(vetoes))
                draft.confidence = _confidence(draft, armed, sent_counts, items)
                if draft.confidence >= MIN_CONFIDENCE:
                    drafts.append(draft)
    drafts = _drop_headline_repeats(doc, _blast_by_weapon(_best_per_place(doc, _protests_met(doc, drafts))))
    credit_claims(doc, drafts)
    _inherit_actors(doc, drafts)
    attach(doc, drafts)
    doc.drafts = drafts


def _extends_to(doc: Document, trig: Mention) -> bool:
    """"وانسحب الأمر كذلك على البلدة المجاورة": the verb of withdrawing with "على" means "applied to"."""
    tokens = doc.tokens
    j = trig.tok_end
    while j < len(tokens) and tokens[j].sentence == trig.sentence and tokens[j].text in _EXTENDS_SKIPPED:
        j += 1
    return j < len(tokens) and tokens[j].sentence == trig.sentence and tokens[j].text in _EXTENDS_TO


def _won_in_fighting(doc: Document, trig: Mention, sent_triggers: list[Mention]) -> bool:
    """Ground taken "after" fighting its clause names ("استعادة الجيش بلدة الحصن بعد معارك مع
    المسلحين"): the fighting was fought, so the taking it led to is done, not a goal."""
    where = clause(doc, trig)
    tokens = doc.tokens
    return any(t.value.sub == CLASH and t.value.status == Status.OCCURRED
               and t.tok_start > trig.tok_end
               and tokens[t.tok_start - 1].text in _FOUGHT_BEFORE and clause(doc, t) == where for t in sent_triggers)


def _vetoes(doc: Document, trig: Mention, armed: list[Mention], sent_counts: list[Mention],
            published: date | None, sent_triggers: list[Mention]) -> list[str]:
    """Reason codes of the rules that say a trigger reports no event; empty when none does."""
    hit = trig.value
    out: list[str] = []
    if hit.strength < 2 and not armed and not any(c.value.role == "killed" for c in sent_counts) and not (
        hit.sub == PEACEFUL and _protesters_act(doc, trig)
    ) and not _weapon_stopped(doc, trig, sent_triggers) and not _people_hit_by(doc, trig, sent_counts):
        out.append("weak_unbacked")
    if hit.sub == DISRUPTED and hit.strength < 2 and not _weapon_stopped(doc, trig, sent_triggers):
        out.append("nothing_stopped")  # "أزالت الصخور"، "نزع الثقة": a weak word of stopping with no weapon stopped
    if hit.sub == TERRITORY and trig.tok_start > 0 and doc.tokens[trig.tok_start - 1].text in _OPERATION_NOUNS:
        out.append("operation_name")
    generic = generic_reference(doc, trig)
    if generic == "campaign_possessive" and hit.sub == TERRITORY and _won_in_fighting(doc, trig, sent_triggers):
        generic = None  # "بسطوا سيطرتهم على الحي بعد اشتباكات": their hold, won in the fighting
    if generic is not None:
        out.append(generic)
    if negated(doc, trig):
        out.append("negated")
    if ceasefire_or_concern(doc, trig, truce=hit.sub == CLASH):
        out.append("ceasefire_or_concern")
    if charged(doc, trig):
        out.append("charged")
    if (EVENT_TYPE.get(hit.sub) == EXPLOSIONS or hit.sub == STRIKE) and weapon_trade(doc, trig):
        out.append("weapon_trade")  # "لشراء طائرات بدون طيار": goods, not a strike
    if (EVENT_TYPE.get(hit.sub) == EXPLOSIONS or hit.sub == STRIKE) \
            and (planted(doc, trig) or cleared(doc, trig) or weapon_handled(doc, trig)) \
            and not _weapon_stopped(doc, trig, sent_triggers):
        # "زرعت الميليشيات الألغام": mines laid; "لتطهيره من الألغام": cleared; "دمرت راجمة صواريخ"،
        # "نصبوا المدفعية": a weapon hit or set up; "أزالت الألغام التي زرعها": stopped
        out.append("presence_or_practice")
    if hit.lemma in BODY_FINDS and by_accident(doc, trig):
        out.append("accident")  # "عثر على جثة شاب تتدلى من جذع شجرة": a death found, by no one's hand
    if hit.sub in (STRIKE, AIR) and crashed(doc, trig):
        out.append("accident")  # "تحطمت طائرة بدون طيار بعد اصطدامها بجدار": a crash, no strike
    if EVENT_TYPE.get(hit.sub) == EXPLOSIONS and accidental_blast(doc, trig):
        out.append("accident")  # "انفجار في مستودع للألعاب النارية": an accident, not an attack
    if hit.sub == CHEM and chemistry(doc, trig):
        out.append("chemistry")  # "فحص فيزيائي وكيميائي": a test, not a weapon
    if front_name(doc, trig):
        out.append("front_name")  # "جبهات القتال": the fronts, not a fight
    if hit.sub == ARRESTS and ordinary_crime(doc, trig) or hit.sub in (ATTACK, CLASH, KILLING) and ordinary_killing(doc, trig):
        out.append("ordinary_crime")  # "القبض على مروجي مخدرات"، "قتيل إثر مشادة": police work, a crime
    if earlier_event(doc, trig):
        out.append("earlier_event")  # "قضوا في قصف سابق": an event told before, referred back to
    if right_to(doc, trig):
        out.append("right_to")  # "حق التظاهر السلمي": a right to act, no act
    if court_case(doc, trig):
        out.append("court_case")  # "أدانت محكمة شابا بعد أن فجر قنبلة": the matter of a trial
    if since_anchor(doc, trig):
        out.append("since_anchor")  # "منذ تحرير المدينة": a past event time is counted from
    if hit.sub == ARRESTS and no_one_held(doc, trig):
        out.append("no_one_held")  # "إيقاف عمل المقاهي": an activity stopped, no arrest
    if hit.sub == AGREEMENT and agreement_reference(doc, trig):
        out.append("agreement_reference")
    if hit.sub == TERRITORY and hit.status == Status.OCCURRED and hit.lemma in TERRITORY_NOUNS \
            and _noun_form(doc.tokens[trig.tok_start].text) and not completed(doc, trig) \
            and not _won_in_fighting(doc, trig, sent_triggers):
        out.append("territory_goal")  # "تحرير المحافظة هو الهدف": a goal; "تمكنت من تحرير المحافظة": an event
    if hit.sub == CLASH and hit.lemma in AMBUSH_LEMMAS and not sent_counts \
            and any(t.value.sub == ARRESTS and t.start > trig.start for t in sent_triggers):
        out.append("ambush_for_arrest")  # "بعد نصب كمين محكم تم القبض على المتهم": the means of an arrest
    if hit.sub == TERRITORY and hit.lemma in STORM_LEMMAS and _raid(doc, trig):
        out.append("raid")  # "اقتحمت قوات الاحتلال مخيم الدهيشة": a raid, no ground taken
    if hit.sub == SUICIDE and bomber_counted(doc, trig):
        out.append("bomber_counted")  # "قتلت القوات عشرة مسلحين بينهم انتحاري": a person killed, no bombing
    if hit.sub == TERRITORY and _frees_people(doc, trig):
        out.append("people_freed")  # "تحرير طفل مختطف": captives freed, no ground taken
    if hit.sub == TRANSFER and _extends_to(doc, trig):
        out.append("extends_to")  # "انسحب كذلك على البلدة": applied to the town too, no withdrawal
    if fight_against_an_ill(doc, trig):
        out.append("fight_against_an_ill")  # "الحرب على الإرهاب": a metaphor
    if festival(doc, trig):
        out.append("festival")  # "تنطلق فعاليات التظاهرة الموسيقية": a festival, not a protest
    if hit.sub == PEACEFUL and diplomatic(doc, trig):
        out.append("diplomatic")  # "استدعت السفير لتسليمه احتجاجا": a state's protest, no crowd
    if past_year(doc, trig, published):
        out.append("past_year")  # "وعام 2012 لقيت حتفها في قصف": history, not news
    if EVENT_TYPE.get(hit.sub) not in CROWD_TYPES and protested(doc, trig):
        out.append("protested_cause")  # "تظاهروا احتجاجا على مقتل صحفي في انفجار": the cause, not a new event
    if hit.sub == KILLING and _crowd_set_off(doc, trig, sent_triggers):
        out.append("protested_cause")  # "أحرق محتجون مركزاً للشرطة بعد مقتل طالب": the death came first
    if hit.lemma == "تقدم" and _no_advance(doc, trig):
        out.append("not_an_advance")
    if doc.tokens[trig.tok_start].text in _STATE_VERBS and not (
        trig.tok_start > 0 and doc.tokens[trig.tok_start - 1].text in _BECAME
    ):
        out.append("state_of_control")
    if hit.lemma == "سيطره" and _area_of_control(doc, trig):
        out.append("area_of_control")
    return out


def _area_of_control(doc: Document, trig: Mention) -> bool:
    """"مناطق سيطرة النظام"، "مراكز القيادة والسيطرة": control as the extent of what a side
    holds, or as a function of command, not as ground taken."""
    i = trig.tok_start
    if i == 0 or doc.tokens[i - 1].sentence != trig.sentence:
        return False
    prev, word = doc.tokens[i - 1].text, doc.tokens[i].text
    return prev in _CONTROL_AREA_HEADS or (word.startswith("و") and prev in _COMMAND_WORDS)


EXPLOSIONS = EventType.EXPLOSIONS
DISRUPTION_REACH = 4  # words between the word that stops a weapon and the weapon
DISRUPTION_BACK_REACH = 16  # words from the weapon to the word that stopped it, naming it by its pronoun
LISTED_WEAPON_GAP = 1  # words between two weapons of one list ("صواريخ وعبوات ناسفة"، "صواريخ موجهة وألغام")


def _noun_form(word: str) -> bool:
    """The trigger's word is the verbal noun itself ("طرد", "والسيطرة", "لتحرير"), not a verb
    that shares its lemma ("طردت المقاومة المسلحين": a past act)."""
    return word in TERRITORY_NOUNS or any(
        word.startswith(prefix) and len(word) - len(prefix) >= 3 and word[len(prefix):] in TERRITORY_NOUNS
        for prefix in TRIGGER_CLITICS)


def _air_defence_stops(doc: Document, trig: Mention, sent_triggers: list[Mention]) -> bool:
    """Air defences confront something in this trigger's clause, or intercept something in its
    sentence: what they stop is a weapon, whatever word the clause uses for it."""
    where = clause(doc, trig)
    sent = [t for t in doc.tokens[max(0, trig.tok_start - 12) : trig.tok_end + 12]
            if t.sentence == trig.sentence and clause_at(doc, t.sentence, t.start, t.index) == where]
    if not (any(t.text in _CONFRONTS for t in sent) or any(t.value.sub == DISRUPTED for t in sent_triggers)):
        return False
    pairs = {f"{a.text} {b.text}" for a, b in zip(sent, sent[1:], strict=False)}
    pairs |= {p[1:] for p in pairs if p[:1] in ("و", "ل", "ب")}
    return not pairs.isdisjoint(_AIR_DEFENCES)


def _raid(doc: Document, trig: Mention) -> bool:
    """"اقتحمت قوات الاحتلال أمس، مخيم الدهيشة": what the word of storming took is a camp, homes, a
    mosque, an office (the first such word or place named after it), and no crowd stormed it."""
    tokens = doc.tokens
    near = tokens[max(0, trig.tok_start - STORM_REACH - 1) : trig.tok_end + RAID_REACH]
    if any(t.sentence == trig.sentence and t.text.removeprefix("و") in CROWD_WORDS for t in near):
        return False  # "حاول المتظاهرون اقتحام مقر المحافظ": a crowd that storms riots
    word = tokens[trig.tok_start].text
    if trig.tok_end - trig.tok_start == 1 and word.endswith(("ه", "ها", "هم")) and any(
            t.sentence == trig.sentence and t.text.removeprefix("و").removeprefix("ب") in RAIDED
            for t in tokens[max(0, trig.tok_start - 2 * RAID_REACH) : trig.tok_start]):
        return True  # "أضرارا بمرافق المسجد ... بعد أن اقتحمته": the pronoun stands for the mosque named before
    places = {m.tok_start for m in doc.of("place") if m.sentence == trig.sentence}
    for j in range(trig.tok_end, min(len(tokens), trig.tok_end + RAID_REACH)):
        if tokens[j].sentence != trig.sentence:
            return False
        word = tokens[j].text.removeprefix("و")
        if word in RAIDED:
            return True
        if j in places:
            return False
    return False


def _drops_bombs(doc: Document, trig: Mention) -> bool:
    """"أسقطت المروحيات براميل متفجرة"، "إسقاط أول قنبلة": the word of downing takes a bomb."""
    tokens = doc.tokens
    return any(t.sentence == trig.sentence and t.text.removeprefix("و") in DROPPED_BOMBS
               for t in tokens[trig.tok_end : trig.tok_end + DROP_REACH])


def _frees_people(doc: Document, trig: Mention) -> bool:
    """"تمكنت خلالها من تحرير طفل مختطف"، "بعد تحرير عدد من الرهائن"، "تحرير 12 مختطفا": the word of
    liberation takes people, not a place (a quantity may stand between)."""
    tokens = doc.tokens
    j = trig.tok_end
    while j < len(tokens) and tokens[j].sentence == trig.sentence and j - trig.tok_end < _FREED_REACH and (
            tokens[j].text.isdecimal() or tokens[j].text in NUMBER_WORDS or tokens[j].text in QUANTITY_LINKS):
        j += 1
    return j < len(tokens) and tokens[j].sentence == trig.sentence and tokens[j].text in _FREED_PEOPLE


_FREED_REACH = 3  # words of quantity between the word of liberation and the people freed ("عدد من")


def _hostages(doc: Document, trig: Mention) -> bool:
    """"احتجز المسلح رهائن"، "باحتجاز عشرات الرهائن": the people held are hostages."""
    tokens = doc.tokens
    return any(t.sentence == trig.sentence and t.text.removeprefix("و") in _HOSTAGES
               for t in tokens[trig.tok_end : trig.tok_end + _HOSTAGE_REACH])


def _weapon_stopped(doc: Document, trig: Mention, sent_triggers: list[Mention]) -> bool:
    """"اعترضت الدفاعات صاروخا"، "فككت الشرطة عبوة": a stopping word and the weapon it stopped,
    named together, tell a disrupted attack however weak each word is alone."""
    if EVENT_TYPE.get(trig.value.sub) == EXPLOSIONS or trig.value.sub == STRIKE:
        return _disrupted_by(doc, trig, sent_triggers) is not None
    return trig.value.sub == DISRUPTED and any(
        _disrupted_by(doc, t, sent_triggers) is trig for t in sent_triggers
        if t.start > trig.start and (EVENT_TYPE.get(t.value.sub) == EXPLOSIONS or t.value.sub == STRIKE))


def _disrupted_by(doc: Document, trig: Mention, sent_triggers: list[Mention]) -> Mention | None:
    """The word that stopped this weapon before it did harm (intercepted, downed, defused),
    standing just before it in its clause, if any."""
    where = clause(doc, trig)
    for t in sent_triggers:
        if (t.value.sub == DISRUPTED and t.tok_end <= trig.tok_start and trig.tok_start - t.tok_end <= DISRUPTION_REACH
                and clause(doc, t) == where):
            return t
    if doc.tokens[trig.tok_start].text.startswith(CONJUNCTIONS[0]):
        # "ضبطت الشرطة في المدينة صواريخ وعبوات ناسفة": a weapon joined to a weapon stopped before
        # it in a list was stopped with it
        for t in sent_triggers:
            if (t.tok_end <= trig.tok_start and trig.tok_start - t.tok_end <= LISTED_WEAPON_GAP
                    and (EVENT_TYPE.get(t.value.sub) == EXPLOSIONS or t.value.sub == STRIKE)):
                return _disrupted_by(doc, t, sent_triggers)
    for t in sent_triggers:
        # "استهدف صاروخ أطلقه الحوثيون مطار جازان، وقال التحالف إنه تم اعتراضه": the weapon named
        # again by the pronoun of the word that stopped it, later in its sentence
        if (t.value.sub == DISRUPTED and t.tok_start >= trig.tok_end and t.tok_start - trig.tok_end <= DISRUPTION_BACK_REACH
                and t.value.lemma in STOPPED_BACK_LEMMAS and doc.tokens[t.tok_start].text.endswith(STOPPED_PRONOUNS)):
            return t
    return None


def _no_advance(doc: Document, trig: Mention) -> bool:
    """"تقدم بمبادرة" submits, "تقدم الجموع" leads a crowd: no forces advance."""
    tokens = doc.tokens
    nxt = tokens[trig.tok_end] if trig.tok_end < len(tokens) and tokens[trig.tok_end].sentence == trig.sentence else None
    if nxt is None:
        return False
    return ((nxt.text.startswith("ب") and not nxt.text.startswith(("بلد", "بات", "بعد")) and len(nxt.text) > 4)
            or nxt.text in LED_CROWDS or nxt.text in SUBMITTED_PRONOUNS)


def _protesters_act(doc: Document, trig: Mention) -> bool:
    """"متظاهرين أشعلوا النار في إطارات": protesters as the subject of a past verb protest."""
    tokens = doc.tokens
    nxt = tokens[trig.tok_end] if trig.tok_end < len(tokens) else None
    if nxt is not None and nxt.sentence == trig.sentence and nxt.text.endswith(("وا", "و")) and len(nxt.text) > 4:
        return True
    # "خرج آلاف المتظاهرين"، "أغلق محتجون الطريق ... احتجاجاً"، "أحرق محتجون مركزاً للشرطة": a
    # verb of going out, gathering, blocking or rioting before the crowd (the protest word itself,
    # or protesters named in its sentence)
    crowds = [trig.tok_start] + [a.tok_start for a in doc.of("actor")
                                 if a.sentence == trig.sentence and inter(a.value) in (Inter.PROTESTERS, Inter.RIOTERS)]
    return any(t.sentence == trig.sentence and (t.text in _CROWD_VERBS or (t.text[:1] in ("و", "ف") and t.text[1:] in _CROWD_VERBS))
               for start in crowds for t in tokens[max(0, start - GATHERING_REACH) : start])


_CROWD_VERBS = GATHERING_VERBS | RIOT_ACTS


def _at_civilian_venue(doc: Document, trig: Mention, homes: bool = False) -> bool:
    """The attack word's target, just after it in its clause, is a place or crowd of unarmed
    people ("هجوم على كنيسة", "فتح النار على المصلين"), or someone who takes no part in
    fighting ("أطلقوا النار على سيارة صحفي"); with ``homes``, a home too ("هاجم مستوطنون منزلين")."""
    venues = CIVILIAN_VENUES | HOMES if homes else CIVILIAN_VENUES
    # "هاجمت مجموعة مسلحة مساء أمس فندقا": the target comes after the attackers and the time
    first = trig.tok_end
    first = next((m.tok_end for m in doc.of("actor") if m.tok_start == first and m.sentence == trig.sentence
                  and is_armed(m)), first)
    after = trig.end
    day = next((m for m in doc.of("date") if m.tok_start == first and m.sentence == trig.sentence), None)
    if day is not None:
        first, after = day.tok_end, day.end
        if "،" in doc.norm[day.start : day.end] and first < len(doc.tokens) \
                and doc.norm[after : doc.tokens[first].start].strip() == "،":
            after = doc.tokens[first].start  # "مساء أمس، الجمعة، فندقا": the comma that closes the day in apposition
    for t in doc.tokens[first : first + VENUE_REACH]:
        if t.sentence != trig.sentence or "،" in doc.norm[after : t.start]:
            break
        word = t.text
        bare = word[1:] if word[:1] in ("ب", "و", "ف", "ل") and len(word) > 4 else word
        # "استهدف فندقا": the accusative's alif too (and a first ف or ب may be the word's own)
        if any(w in venues or w in CIVILIAN_VICTIMS or (w.endswith("ا") and w[:-1] in venues)
               for w in (word, bare)):
            return True
    return False


def _civilian_hit_before(doc: Document, trig: Mention) -> bool:
    """"أصيب فتى جراء إطلاق النار عليه"، "قتل مواطن برصاص": who was hit, someone who takes no part
    in fighting, is named right after a verb of harm before the event word, in its clause."""
    tokens = doc.tokens
    # "أصيب فتى الجمعة، جراء": the comma that closes a day told after the victim ends no clause
    day_ends = {m.tok_end - 1 for m in doc.of("date") if m.sentence == trig.sentence}
    for i in range(trig.tok_start - 1, max(0, trig.tok_start - 1 - CIVILIAN_VICTIM_REACH) - 1, -1):
        if tokens[i].sentence != trig.sentence or ("،" in doc.norm[tokens[i].end : tokens[i + 1].start]
                                                   and i not in day_ends):
            return False
        if i + 1 < trig.tok_start and tokens[i].text in HARM_VERBS and tokens[i + 1].text in CIVILIAN_VICTIMS:
            return True
    return False


def _crowd_clash(doc: Document, trig: Mention, actor1: Mention | None, actor2: Mention | None) -> str | None:
    """The riot a clash word reports when one of its sides is a crowd: protesters (a side coded
    as protesters or rioters, or a crowd word in the clause) make a violent demonstration; fans
    with no protest, mob violence."""
    crowd = {Inter.PROTESTERS, Inter.RIOTERS}
    if any(a is not None and inter(a.value) in crowd for a in (actor1, actor2)):
        return VIOLENT_DEMO
    where = clause(doc, trig)
    tokens = doc.tokens
    lo = max(0, trig.tok_start - CROWD_CLASH_REACH)
    near = [t for t in tokens[lo : trig.tok_end + CROWD_CLASH_REACH] if t.sentence == trig.sentence]
    words = {t.text.removeprefix("و") for t in near if clause_at(doc, t.sentence, t.start, t.index) == where}
    if words & CLASH_CROWD_WORDS:
        return VIOLENT_DEMO
    armed = {Inter.REBEL_GROUPS, Inter.POLITICAL_MILITIAS, Inter.IDENTITY_MILITIAS}
    if words & SUPPORTERS and not any(a is not None and inter(a.value) in armed for a in (actor1, actor2)):
        # "صدامات بين أنصار نافالني ونشطاء": a political crowd; "معارك بين الحوثيين وأنصار صالح":
        # supporters who fight an armed group are forces
        return VIOLENT_DEMO
    if words & FANS:
        return MOB
    return None


def _crowd_violent(doc: Document, trig: Mention) -> bool:
    """The crowd of this protest threw stones, burnt tyres, set fire, smashed, or stormed."""
    tokens = doc.tokens
    sent = [t for t in tokens[max(0, trig.tok_start - 40) : trig.tok_end + 40] if t.sentence == trig.sentence]
    for k, t in enumerate(sent):
        pair = f"{t.text} {sent[k + 1].text}" if k + 1 < len(sent) else ""
        if t.text in RIOT_ACTS or t.text.removeprefix("و") in RIOT_ACTS or pair in RIOT_ACTS:
            return True
        if t.text.removeprefix("و") in TYRES and any(
                o.text.removeprefix("و") in FIRE_WORDS for o in sent[max(0, k - FIRE_REACH) : k + FIRE_REACH + 1]):
            return True  # "أشعلوا الإطارات": burning tyres
        if t.text in STORM_WORDS and any(o.text.removeprefix("و") in CROWD_WORDS for o in sent[k + 1 : k + 2 + STORM_REACH]):
            return True
    return False


def _people_hit_by(doc: Document, trig: Mention, sent_counts: list[Mention]) -> bool:
    """"طعن رجل ثلاثة أشخاص": a weak word of attack that is itself the verb whose object the
    wounded counted are (the figure a few words on, in its clause): people were hurt by it."""
    return trig.value.sub == ATTACK and doc.tokens[trig.tok_start].text.removeprefix("و") in WOUNDING_VERBS and any(
        c.value.role == "injured" and 0 < c.tok_start - trig.tok_end <= OBJECT_REACH and clause(doc, c) == clause(doc, trig)
        for c in sent_counts)


def _crowd_set_off(doc: Document, trig: Mention, sent_triggers: list[Mention]) -> bool:
    """A word of killing right after "after" (بعد، عقب، إثر) that follows a crowd's act in its clause:
    the death that set the crowd off."""
    if not set_off(doc, trig):
        return False
    where = clause(doc, trig)
    return any(EVENT_TYPE.get(t.value.sub) in CROWD_TYPES and t.tok_end < trig.tok_start and clause(doc, t) == where
               for t in sent_triggers)


def _crowd_dispersed(doc: Document, trig: Mention) -> bool:
    """The protest's sentence says the police dispersed, tear-gassed or suppressed it."""
    return any(t.sentence == trig.sentence and t.text in DISPERSAL
               for t in doc.tokens[max(0, trig.tok_start - 40) : trig.tok_end + 40])


def _armed_killer(doc: Document, trig: Mention, armed: list[Mention]) -> bool:
    """"قتل الجيش 14 مسلحاً"، "أن الجيش المصري قتل": an armed side the subject of the verb of
    killing, next to it: the fight is told by the killing itself."""
    return doc.tokens[trig.tok_start].text.removeprefix("و") in ACTIVE_KILLING and any(
        a.tok_start == trig.tok_end or a.tok_end == trig.tok_start for a in armed)


def _civilian_killed(doc: Document, trig: Mention) -> bool:
    """Whether the word of killing names who was killed right after it as someone who takes no
    part in fighting ("مقتل ناشطة"، "قتل ثلاثة أطفال"، "لقي صحفي حتفه"، "مقتل ثلاثة فرنسيين")."""
    tokens = doc.tokens
    first = trig.tok_end
    # "قتل مسلحون مجهولون الناشط": the victim comes after the killers the verb names first
    subject = next((a for a in doc.of("actor") if a.tok_start == first and a.sentence == trig.sentence), None)
    if subject is not None:
        first = subject.tok_end
    # "مقتل ثلاثة فرنسيين"، "قتل روسيين اثنين": people named by their nationality alone, the first
    # word after the figure (a soldier is named so: "جنود أتراك")
    figures = {i for m in doc.of("count") if m.sentence == trig.sentence for i in range(m.tok_start, m.tok_end)}
    named = first
    while named in figures and named - first < CIVILIAN_VICTIM_REACH:
        named += 1
    if named < len(tokens) and tokens[named].sentence == trig.sentence and tables().nationals(tokens[named].text):
        return True
    for i in range(first, min(len(tokens), first + CIVILIAN_VICTIM_REACH)):
        if tokens[i].sentence != trig.sentence or "،" in doc.norm[tokens[i - 1].end : tokens[i].start]:
            return False
        word = tokens[i].text
        if word in CIVILIAN_VICTIMS or (word[:1] == "و" and word[1:] in CIVILIAN_VICTIMS) \
                or (subject is not None and word[:2] == "ال" and word[2:] in CIVILIAN_VICTIMS):
            return True
    return False


def _detonated_by_forces(doc: Document, trig: Mention, actor1: Mention | None) -> bool:
    """The state's forces, named before the devices, set them off in an act that took place:
    "تمكنت قوات الأمن من تفجير خمس عبوات ناسفة" (not "تفجير عبوة استهدف دورية للشرطة": the forces
    named after the device were its target). The event word is the word of setting off or the
    devices it names; the forces must be the event's first side."""
    if actor1 is None or inter(actor1.value) != Inter.STATE_FORCES or clause(doc, actor1) != clause(doc, trig) \
            or trig.value.status != Status.OCCURRED:
        return False  # ("تمكنت الشرطة من إحباط محاولة تفجير عبوة": the attackers' attempt, foiled)
    tokens = doc.tokens
    det = next((j for j in range(trig.tok_start, max(-1, trig.tok_start - 1 - DETONATION_REACH), -1)
                if tokens[j].sentence == trig.sentence and tokens[j].text in DETONATING), None)
    if det is None:
        return False
    lo = max(det + 1, actor1.tok_end) if actor1.start > tokens[det].start else det + 1
    device = next((j for j in range(lo, min(len(tokens), lo + DEVICE_REACH + 1))
                   if tokens[j].sentence == trig.sentence and tokens[j].text in EXPLOSIVE_DEVICES), None)
    return device is not None and actor1.end <= tokens[device].start and trig.tok_start <= device


def _by_hands_of(doc: Document, m: Mention) -> bool:
    tokens = doc.tokens
    return m.tok_start >= 2 and tokens[m.tok_start - 2].text == "علي" and tokens[m.tok_start - 1].text in ("يد", "ايدي")


def _inside_name(trig: Mention, actors: list[Mention]) -> bool:
    """A trigger whose words lie inside an organisation's name (not a force's: "طيران التحالف"،
    "القوة الصاروخية" says how it acts, its event words stay)."""
    return any(a.tok_start <= trig.tok_start and trig.tok_end <= a.tok_end and actor_category(a) in NON_STATE_ARMED
               for a in actors)


def _names_place(trig: Mention, places: list[Mention]) -> bool:
    """A trigger whose words are the name a cue word gives a place ("حي المغار")."""
    return any(p.value.strength == "cue" and p.tok_start <= trig.tok_start and trig.tok_end <= p.tok_end for p in places)


def _after_body_head(doc: Document, trig: Mention) -> bool:
    """"حزب التحرير"، "منظمة التحرير"، "هيئة تحرير الشام": an event word right after the head noun
    of a body is a word of the body's name."""
    i = trig.tok_start
    return i > 0 and doc.tokens[i - 1].sentence == trig.sentence and doc.tokens[i - 1].text in BODY_HEADS \
        and not any(c in CLAUSE_MARKS for c in doc.norm[doc.tokens[i - 1].end : doc.tokens[i].start])


def _speaks_of_conflict(hit: TriggerHit) -> bool:
    """A trigger that makes an article about conflict or protest by itself; words that
    everyday news uses too (prices explode, oil is sold by the barrel) do not."""
    return hit.strength >= 2 and hit.sub not in _GENERIC_SUBS and hit.lemma not in _EVERYDAY


MIN_CONFIDENCE = 0.0
NATIONAL_SENTENCES = 3  # the headline and the two sentences of the lead
_SPECIFICITY: dict[str, int] = {EventType.EXPLOSIONS: 3, EventType.BATTLES: 2, EventType.VIOLENCE_AGAINST_CIVILIANS: 1}
# Event words that sport and politics use too ("معركة الصدارة", "هجوم الفريق", "سيطر على المباراة").
_GENERIC_SUBS = frozenset({CLASH, TERRITORY, KILLING})
_BROAD = frozenset({"country", "governorate", "region"})


def _confidence(d: Draft, armed: list[Mention], counts: list[Mention], items: list[Mention]) -> float:
    """How sure the sentence is about a concrete event: trigger, place, actors, figures, date."""
    place: PlaceHit = d.place.value
    score = 1.0 if d.strength >= 2 else 0.4
    score += {"cue": 0.8, "prep": 0.5, "strong": 0.1}.get(place.strength, 0.0)
    if place.info.kinds <= _BROAD:
        score -= 0.8 if "country" in place.info.kinds else 0.3
    if armed:
        score += 0.4
    if d.actor1 is not None:
        score += 0.2
    if counts:
        score += 0.5
    if any(m.kind == "date" for m in items):
        score += 0.3
    return round(score, 2)


def _after_pair(doc: Document, trig: Mention) -> bool:
    """"قبل أن"، "بعد أن" shortly before the trigger in its sentence: it opens a clause of its own."""
    tokens = doc.tokens
    for j in range(trig.tok_start - 1, max(0, trig.tok_start - 4), -1):
        if tokens[j].sentence != trig.sentence:
            return False
        if tokens[j].text == CLAUSE_PAIR_TAIL and tokens[j - 1].text in CLAUSE_PAIRS:
            return True
    return False


def _rank(d: Draft) -> tuple[bool, int, int, int, bool, int]:
    occurred = d.status == Status.OCCURRED
    # the most specific type wins: the weapon (car bomb, air strike) over the outcome
    # (assassination), the take-over over the battles that led to it; a draft no rule vetoes
    # wins over any vetoed one, and one that took place over any still to come, however strong its
    # word ("طالب محتجون ... حول اعتقال صحفي": the crowd protested, the arrest is what it demands
    # about; "فككت الفرق صواريخ كانت تهدف لقصف": the rockets were defused, the shelling never came).
    # A strike word that names no weapon is no more specific than a clash, and yields to the event
    # word it describes ("هجوما ... استهدف مقاتلين": the attack)
    specific = _SPECIFICITY.get(EVENT_TYPE.get(d.sub, ""), 1) if d.sub != CLASH and not d.weaponless else 0
    if d.sub == SUICIDE:
        specific += 1  # "هجوم انتحاري بسيارة مفخخة": a bomb its bearer set off is a suicide bombing, whatever carried it
    return (not d.vetoes, int(occurred), d.strength, specific, not d.weaponless, -abs(d.trigger.start - d.place.start))


def _best_per_place(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """One event per clause and place: the strongest trigger, nearest to the place, wins.
    Clauses of one sentence (split at commas and at كما، فيما، بينما، ثم) may add events of
    other types at the same place ("clashes broke out, and helicopters struck the cars")."""
    best: dict[tuple[int, int, int, bool, str], Draft] = {}
    unarmed: set[tuple[int, int, int, bool, str]] = set()
    joined = _joined_triggers(doc, drafts)
    # where a plot was foiled or an act is still to come: an arrest made there took place
    undone = {(d.sentence, clause(doc, d.trigger), d.place.start) for d in drafts if d.status != Status.OCCURRED}
    # where an event led to the arrest ("اعتقلت السلطات رجلا بعد احتجاجات"): the arrest is an act of its own
    earlier = {(d.sentence, clause(doc, d.trigger), d.place.start) for d in drafts
               if d.sub != ARRESTS and d.trigger.tok_start > 0 and doc.tokens[d.trigger.tok_start - 1].text in _EARLIER_MARKERS}
    apart: set[int] = set()  # arrests told as acts of their own: they shadow no weak word at their place
    for d in drafts:
        # "اشتباكات عنيفة وقصف": event words of two kinds joined by "و" are two events;
        # an arrest told in a clause of its own is not the act before it ("طعن رجل ثلاثة أشخاص
        # ... قبل أن تعتقله الشرطة"), nor the plot it foiled ("إحباط محاولة تفجير ... واعتقال منفذيها")
        spot = (d.sentence, clause(doc, d.trigger), d.place.start)
        own = d.sub == ARRESTS and (_after_pair(doc, d.trigger) or spot in earlier
                                    or (d.status == Status.OCCURRED and spot in undone))
        if own:
            apart.add(id(d))
        key = (*spot, d.twin, d.sub if d.trigger.start in joined or own else "")
        if d.weaponless:
            unarmed.add(key)
        if key not in best or _rank(d) > _rank(best[key]):
            best[key] = d
    for key in unarmed:
        if best[key].strength < 2 and not best[key].weaponless:
            # "الهجوم الذي استهدف البلدة": the attack the targeting verb describes names no weapon either
            best[key] = replace(best[key], weaponless=True)
    kept: dict[tuple[int, int, str], Draft] = {}
    for d in sorted(best.values(), key=_rank, reverse=True):
        kept.setdefault((d.sentence, d.place.start, d.sub), d)
    # a weak trigger in its own clause only adds an event when no stronger one covers the place;
    # of weak ones alone at a place, the best ranked stays
    ranked = list(kept.values())  # best first
    out = [d for n, d in enumerate(ranked) if d.strength >= 2 or not any(
        o.sentence == d.sentence and o.place.start == d.place.start and (o.strength >= 2 or m < n) and not o.vetoes
        and id(o) not in apart for m, o in enumerate(ranked) if o is not d)]
    return sorted(out, key=lambda d: (d.sentence, d.trigger.start))


# fighting and strikes: a protest "and" arrests is one protest met by the police (codebook)
_FIGHTING = frozenset({EventType.BATTLES, EventType.EXPLOSIONS})
COORDINATION_GAP = 2  # words (adjectives: "اشتباكات عنيفة وقصف") between two joined event words


def _protests_met(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """An arrest of the crowd, or one made during a protest, told in the protest's sentence at
    its place ("تظاهر المئات في المدينة، واعتقل عدد من المحتجين"، "أوقفت الشرطة
    ناشطا خلال تظاهرة أمام البلدية"): the police met the protest, one event (codebook: protest with
    intervention), whose other side made the arrest."""
    arrests = {(d.sentence, d.place.start): d for d in drafts if d.trigger.value.sub == ARRESTS
               and d.sub in (ARRESTS, INTERVENTION) and d.status == Status.OCCURRED and not d.vetoes}
    tokens = doc.tokens
    out: list[Draft] = []
    folded: set[int] = set()  # the arrests now told by their protest
    for d in drafts:
        arrest = arrests.get((d.sentence, d.place.start))
        if arrest is not None and arrest is not d and d.sub in (PEACEFUL, INTERVENTION) \
                and d.status == Status.OCCURRED and not d.vetoes and (
                    arrest.sub == INTERVENTION
                    or (d.trigger.tok_start > 0 and tokens[d.trigger.tok_start - 1].text in _DURING)):
            force = arrest.actor1 if arrest.actor1 is not None and inter(arrest.actor1.value) != Inter.PROTESTERS else None
            crowd = d.actor1 if d.actor1 is not None and inter(d.actor1.value) in _CROWDS else None
            d = replace(d, sub=INTERVENTION, actor1=crowd, actor2=d.actor2 if force is None else force)
            folded.add(id(arrest))
        out.append(d)
    return [d for d, o in zip(out, drafts, strict=True) if id(o) not in folded]


_CROWDS = frozenset({Inter.PROTESTERS, Inter.RIOTERS, Inter.CIVILIANS})


def _joined_triggers(doc: Document, drafts: list[Draft]) -> set[int]:
    """Starts of event words of fighting joined by "و" to one of another kind at the same place
    ("اشتباكات عنيفة وقصف"، "الغارات والقصف المدفعي"): the codebook codes each kind as its own
    event. A word that names no weapon ("هجوم واستهداف") joins nothing."""
    out: set[int] = set()
    tokens = doc.tokens
    for a in drafts:
        for b in drafts:
            if (a.sentence != b.sentence or a.place.start != b.place.start or a.sub == b.sub
                    or not {EVENT_TYPE.get(a.sub), EVENT_TYPE.get(b.sub)} <= _FIGHTING
                    or a.weaponless or b.weaponless or not a.trigger.tok_end <= b.trigger.tok_start):
                continue
            gap = b.trigger.tok_start - a.trigger.tok_end
            if gap <= COORDINATION_GAP and tokens[b.trigger.tok_start].text.startswith("و") \
                    and not any(t.text.startswith("و") for t in tokens[a.trigger.tok_end : b.trigger.tok_start]):
                out |= {a.trigger.start, b.trigger.start}
    return out


def _blast_by_weapon(drafts: list[Draft]) -> list[Draft]:
    """An explosion and the weapon that caused it, named in one sentence at one place, are one
    event of the weapon's type (grenade, suicide bomb, shell, air strike); so is a strike word
    with no weapon and the weapon named at its place a sentence or two away."""
    armed = [d for d in drafts if EVENT_TYPE.get(d.sub) == EventType.EXPLOSIONS
             and d.trigger.value.lemma not in _BLAST_WORDS and not d.weaponless and not d.vetoes]
    weapons = {(d.sentence, d.place.start) for d in armed}

    def told_with_weapon(d: Draft) -> bool:
        # "دانت تركيا الهجوم الذي استهدف دوما ... استخدام النظام أسلحة كيمياوية": the strike
        # that names no weapon is the one whose weapon a sentence close by names, at that place
        return d.weaponless and any(o.place.value.key == d.place.value.key and abs(o.sentence - d.sentence) <= WEAPON_SENTENCES
                                    and o.status == d.status for o in armed)

    return [d for d in drafts if not (
        d.sub == IED and d.trigger.value.lemma in _BLAST_WORDS and (d.sentence, d.place.start) in weapons)
        and not told_with_weapon(d)]


WEAPON_SENTENCES = 2


def _drop_headline_repeats(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """A headline summarises the body: its event is dropped when the body reports one of the same
    type. A line that links to the article repeats its headline ("رابط الخبر بصحيفة ...: ...")."""
    head = headline(doc)
    heads = link_lines(doc) | ({head} if head is not None else set())
    if not heads:
        return drafts
    body_types = {EVENT_TYPE.get(d.sub, d.sub) for d in drafts if d.sentence not in heads and not d.national and not d.vetoes}
    return [d for d in drafts if d.sentence not in heads or EVENT_TYPE.get(d.sub, d.sub) not in body_types]


def _inherit_actors(doc: Document, drafts: list[Draft]) -> None:
    """A sentence that names no acting side continues the paragraph's last one
    ("قصفت قوات النظام البلدة ... كما استهدفت قرية X")."""
    last: dict[int, Mention] = {}
    for d in drafts:
        para = doc.sentences[d.sentence].paragraph
        if (
            d.actor1 is None and para in last and (d.actor2 is None or d.actor2.value.ids != last[para].value.ids)
            and (d.sub != AIR or air_capable(last[para]))  # only an air force strikes from the air
        ):
            d.actor1 = last[para]
        if d.actor1 is not None and not d.vetoes:  # a vetoed draft hands nothing on
            last[para] = d.actor1
    _air_forces(doc, drafts)
    _opponents(doc, drafts)


def _air_forces(doc: Document, drafts: list[Draft]) -> None:
    """An air strike whose paragraph names no one who flies was flown by the air force the
    article names: the nearest named before it, else the first named after it."""
    flyers = [m for m in doc.of("actor") if air_capable(m)]
    if not flyers:
        return
    for d in drafts:
        if d.sub != AIR or d.actor1 is not None:
            continue
        before = [m for m in flyers if m.start < d.trigger.start]
        d.actor1 = before[-1] if before else flyers[0]
        if d.actor2 is not None and d.actor2.value.ids == d.actor1.value.ids:
            d.actor2 = None


def _opponents(doc: Document, drafts: list[Draft]) -> None:
    """A battle or strike with one side named: the other side is the one this side fights
    elsewhere in the article, else the armed actor the article names most (not itself)."""
    partners: dict[tuple[str, ...], Counter[tuple[str, ...]]] = {}
    for d in drafts:
        if d.actor1 is not None and d.actor2 is not None and not d.vetoes:
            a, b = d.actor1.value.ids, d.actor2.value.ids
            partners.setdefault(a, Counter())[b] += 1
            partners.setdefault(b, Counter())[a] += 1
    named: Counter[tuple[str, ...]] = Counter(m.value.ids for m in doc.of("actor") if is_armed(m))
    by_ids = {m.value.ids: m for m in doc.of("actor")}
    for d in drafts:
        if d.actor1 is None or d.actor2 is not None or EVENT_TYPE.get(d.sub) not in _TWO_SIDED:
            continue
        own = d.actor1.value.ids
        choice = partners.get(own, Counter()).most_common(1)
        if not choice:
            choice = [(ids, n) for ids, n in named.most_common() if ids != own and n >= OPPONENT_MENTIONS][:1]
        if choice:
            d.actor2 = by_ids.get(choice[0][0])


OPPONENT_MENTIONS = 2
_TWO_SIDED = frozenset({EventType.BATTLES, EventType.EXPLOSIONS})

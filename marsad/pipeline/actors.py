"""Stage: actor mentions → canonical actors from the actor table.

Aliases are matched with clitic and boundary checks. Generic aliases (مدنيون، مسلحون مجهولون)
keep every country's candidate and are narrowed to one country when the event is assembled.
Nationality adjectives after a force noun (قوات أميركية وبريطانية) resolve to those countries'
forces: the first is the actor, the others associated actors. Anaphors (التنظيم) count only
after their actor was named in the article. Country names are recorded as country hints.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.document import Document, Mention, Token
from marsad.knowledge.loader import ActorRecord, actors, nationalities
from marsad.lang.ar.actors import ACTION_NOUNS as _ACTION_NOUNS
from marsad.lang.ar.actors import ACTION_QUALIFIERS as _ACTION_QUALIFIERS
from marsad.lang.ar.actors import CIVILIAN_NOUNS as _CIVILIAN_NOUNS
from marsad.lang.ar.actors import (
    FORCE_ACTIONS,
    INTERIOR_WORDS,
    MEMBER_OF,
    MINISTRY_HEADS,
    POLICE_NOUNS,
    SECURITY_WORDS,
)
from marsad.lang.ar.actors import FORCE_NOUNS as FORCE_NOUNS
from marsad.lang.ar.actors import LOYAL_FORCES as _LOYAL_FORCES
from marsad.lang.ar.actors import LOYAL_TO_STATE as _LOYAL_TO_STATE
from marsad.lang.ar.actors import LOYAL_WORDS as _LOYAL_WORDS
from marsad.lang.ar.actors import SKIP_AFTER_FORCE as _SKIP_AFTER_FORCE
from marsad.lang.ar.actors import STATE_ADJECTIVES as _STATE_ADJECTIVES
from marsad.lang.ar.actors import STATE_FORCE_KINDS as _STATE_FORCE_KINDS
from marsad.lang.ar.actors import STATE_FORCE_NOUNS as _STATE_FORCE_NOUNS
from marsad.lang.ar.adjectives import RELATION_INFLECTIONS
from marsad.lang.ar.cues import CAPITAL_OF, LANDMARK_CUES
from marsad.lang.ar.morph import ACCUSATIVE_ALIF, FEMININE_ENDING
from marsad.lang.ar.placecues import IDIOM_HEADS
from marsad.lang.ar.triggers import ACTING_VERBS, ARRESTS
from marsad.pipeline.dateline import dateline_end
from marsad.pipeline.lexicon import Lexicon, LexiconScan, Taken
from marsad.pipeline.scan import article_scan
from marsad.pipeline.seats import body_tokens
from marsad.text import name_key


@dataclass(frozen=True, slots=True)
class ActorHit:
    """One actor mention: candidate actor ids (several for a generic alias) and associated actors."""

    ids: tuple[str, ...]
    assoc: tuple[str, ...] = ()
    generic: bool = False
    anaphor: bool = False


@dataclass(frozen=True, slots=True)
class CountryHit:
    country: str


class ActorTables:
    def __init__(self) -> None:
        table = actors()
        by_key: dict[str, list[str]] = {}
        anaphors: dict[str, list[str]] = {}
        for record in table.values():
            for alias in (record.name_ar, *record.aliases_ar):
                ids = by_key.setdefault(name_key(alias), [])
                if record.id not in ids:
                    ids.append(record.id)
            for alias in record.anaphors_ar:
                anaphors.setdefault(name_key(alias), []).append(record.id)
        self.table = table
        self.aliases: Lexicon[tuple[str, ...]] = Lexicon(
            ((k, tuple(v)) for k, v in by_key.items()), suffixes=("ها", "هم", "ه")
        )
        self.anaphors: Lexicon[tuple[str, ...]] = Lexicon((k, tuple(v)) for k, v in anaphors.items() if k not in by_key)
        adjectives: dict[str, str] = {}
        countries: list[tuple[str, CountryHit]] = []
        for nat in nationalities().values():
            for adj in nat.adjectives_ar:
                key = name_key(adj)
                # "أمريكي" gives "أمريكيتان"، "الأمريكيين" too: every form of the adjective
                forms = [key, *(key + end for end in RELATION_INFLECTIONS if key.endswith("ي") and " " not in key)]
                for form in forms:
                    adjectives.setdefault(form, nat.country)
                    adjectives.setdefault("ال" + form, nat.country)
            for cname in (nat.name_ar, *nat.country_names_ar):
                countries.append((cname, CountryHit(nat.country)))
        self.adjectives = adjectives
        # "قصفت تركيا": a country's name right after an attack verb stands for its forces
        self.acting: dict[str, str] = {
            name_key(name): nat.military_actor
            for nat in nationalities().values() if nat.military_actor and nat.military_actor in table
            for name in nat.acting_names_ar
        }
        self.countries: Lexicon[CountryHit] = Lexicon(countries)
        self.force_nouns = frozenset(FORCE_NOUNS)
        # the nouns a chain of nationalities may follow (``_nationality_mentions``)
        self.heads = self.force_nouns | _CIVILIAN_NOUNS | INTERIOR_WORDS

    def record(self, actor_id: str) -> ActorRecord:
        return self.table[actor_id]

    def nationals(self, word: str) -> str | None:
        """The country of people a word names by their nationality alone ("فرنسيين"، "روس"،
        "وأمريكيا"), or None; not a feminine singular ("سورية" is also the country's name)."""
        w = word[1:] if word[:1] == "و" and len(word) > 3 else word
        if w.endswith(FEMININE_ENDING):
            return None
        return self.adjectives.get(w) or self.adjectives.get(w.removesuffix(ACCUSATIVE_ALIF))

    def role(self, role: str, country: str | None) -> ActorRecord | None:
        """The country's generic side of this role (civilians, protesters, rioters, unidentified,
        police, military): the table's own, else the one built for every country."""
        return self.table.get(f"{country.lower()}-{role}") if country else None


@lru_cache(maxsize=1)
def tables() -> ActorTables:
    return ActorTables()


@lru_cache(maxsize=1)
def _armies() -> frozenset[str]:
    """Every country's army in the actor table (the side force words and a nationality make)."""
    return frozenset(nat.military_actor for nat in nationalities().values() if nat.military_actor)


def _army_given(given: tuple[str, ...] | None, named: tuple[str, ...]) -> bool:
    """The force words and nationality made a country's army ("الجيش الليبي") that the table names
    as another side: the table's side is meant (the police or authorities those words make stay)."""
    return given is not None and given != named and len(given) == 1 and given[0] in _armies()


def _landmark_cue(word: str) -> bool:
    """A word of a mountain, a valley or a street ("جبل"، "وبوادي"، "شارع"), proclitics allowed."""
    return word in LANDMARK_CUES or (word[:1] in ("و", "ب") and word[1:] in LANDMARK_CUES)


def _strip_proclitic(word: str) -> str:
    bare = word[1:] if word[:1] in ("و", "ف") and word[1:3] == "لل" else word
    if bare.startswith("لل") and len(bare) > 4:
        return "ال" + bare[2:]  # "دورية للجيش الكولومبي": ل before ال drops its alif
    for p in ("و", "ف", "ب", "ل"):
        if word.startswith(p) and len(word) > 3:
            if word[len(p):].startswith("ال") or p == "و":
                return word[len(p):]
    return word


def _nationality_mentions(doc: Document, t: ActorTables, taken: list[tuple[int, int]]) -> None:
    tokens = doc.tokens
    nats = nationalities()
    heads = t.heads
    arrests = {m.sentence for m in doc.of("trigger") if m.value.sub == ARRESTS}
    # a head noun, also after one or two letters of proclitics (a comprehension: it reads every token)
    found_heads = [i for i, tok in enumerate(tokens) if tok.text in heads or tok.text[1:] in heads or tok.text[2:] in heads]
    for i in found_heads:
        tok = tokens[i]
        word = _strip_proclitic(tok.text)
        # the ministry is the side of the arrests it announces; of anything else it tells, the speaker
        interior = tok.text in INTERIOR_WORDS and i > 0 and tokens[i - 1].text in MINISTRY_HEADS and tok.sentence in arrests
        if word not in t.force_nouns and tok.text not in t.force_nouns and word not in _CIVILIAN_NOUNS and not interior:
            continue
        j = i + 1
        security = interior  # "وزارة الداخلية البحرينية": the police of the country
        while j < len(tokens) and tokens[j].sentence == tok.sentence and tokens[j].text in _SKIP_AFTER_FORCE:
            security = security or tokens[j].text in SECURITY_WORDS
            j += 1
        found: list[str] = []
        end = tok.end
        while j < len(tokens) and tokens[j].sentence == tok.sentence:
            adj = tokens[j].text
            if found and not adj.startswith("و"):
                break  # "قوات أميركية وبريطانية" lists; "الشرطة السويسرية أفغانيا" goes on to the object
            if found:
                adj = adj[1:]
            country = t.adjectives.get(adj)
            if country is None and adj.endswith("يا"):
                country = t.adjectives.get(adj[:-1])  # "جنديا نيجيريا": the adjective in the accusative
            if country is None:
                break
            if country not in found:
                found.append(country)
            end = tokens[j].end
            j += 1
        if not found:
            continue
        if any(tok.start < b and a < end for a, b in taken):
            continue
        civilians = word in _CIVILIAN_NOUNS
        ids: list[str] = []
        for country in found:
            nat = nats.get(country)
            if nat is None:
                continue
            if civilians:
                actor_id = nat.civilians_actor
            elif (word in POLICE_NOUNS or security) and nat.police_actor:
                actor_id = nat.police_actor
            else:
                actor_id = nat.military_actor
            if actor_id and actor_id in t.table and actor_id not in ids:
                ids.append(actor_id)
        if not ids:
            continue
        taken.append((tok.start, end))
        doc.add(Mention("actor", tok.start, end, tok.sentence, ActorHit((ids[0],), tuple(ids[1:])), i, j))


def _state_adjectives(doc: Document, t: ActorTables, taken: list[tuple[int, int]]) -> None:
    ids = t.aliases.get(name_key("القوات الحكومية"))
    if not ids:
        return
    tokens = doc.tokens
    for i in [i for i, tok in enumerate(tokens) if tok.text in _STATE_ADJECTIVES]:
        tok = tokens[i]
        if any(tok.start < b and a < tok.end for a, b in taken):
            continue
        if action_before(tokens, i) is None and _force_before(tokens, i) is None:
            continue
        taken.append((tok.start, tok.end))
        doc.add(Mention("actor", tok.start, tok.end, tok.sentence, ActorHit(ids, (), True), i, i + 1))


def _force_before(tokens: list[Token], i: int) -> int | None:
    """"القوات الجوية والمدفعية الحكومية": the token of the forces that the state adjective at i
    describes, past up to three words of their kind (with or without و)."""
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j].sentence == tokens[i].sentence and (
            tokens[j].text in _STATE_FORCE_KINDS or (tokens[j].text[:1] == "و" and tokens[j].text[1:] in _STATE_FORCE_KINDS)):
        j -= 1
    if j == i - 1 or j < 0 or tokens[j].sentence != tokens[i].sentence or tokens[j].text not in _STATE_FORCE_NOUNS:
        return None
    return j


def _loyal_forces(doc: Document, t: ActorTables, taken: list[tuple[int, int]]) -> None:
    """"استعادت قوات موالية للحكومة البلدة": forces loyal to the government or
    its president are the state's forces (the actor table's own names come first)."""
    ids = t.aliases.get(name_key("القوات الحكومية"))
    tokens = doc.tokens
    if not ids:
        return
    for i in [i for i, tok in enumerate(tokens[:-2]) if tok.text in _LOYAL_FORCES]:
        first, last = tokens[i], tokens[i + 2]
        if first.sentence != last.sentence or tokens[i + 1].text not in _LOYAL_WORDS or last.text not in _LOYAL_TO_STATE \
                or any(first.start < b and a < last.end for a, b in taken):
            continue
        taken.append((first.start, last.end))
        doc.add(Mention("actor", first.start, last.end, first.sentence, ActorHit(ids, (), True), i, i + 3))


def action_before(tokens: list[Token], i: int) -> int | None:
    """The token of the word of an armed action that the adjective at i describes, past the words
    that say its kind ("الغارات الجوية الحكومية"), if any."""
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j].sentence == tokens[i].sentence and tokens[j].text in _ACTION_QUALIFIERS:
        j -= 1
    if j < 0 or tokens[j].sentence != tokens[i].sentence or _strip_proclitic(tokens[j].text) not in _ACTION_NOUNS:
        return None
    return j


def _national_actions(doc: Document, t: ActorTables, taken: list[tuple[int, int]]) -> None:
    """"قصف إسرائيلي"، "غارة جوية روسية"، "الغارات الأمريكية": a nationality adjective after a
    word of an armed action (past the words that say its kind) names the state's forces as the
    side that acted."""
    tokens = doc.tokens
    nats = nationalities()
    for i in [i for i, tok in enumerate(tokens) if tok.text in t.adjectives]:
        tok = tokens[i]
        country = t.adjectives.get(tok.text)
        if country is None or any(tok.start < b and a < tok.end for a, b in taken):
            continue
        j = action_before(tokens, i)
        if j is None:
            continue
        if j == i - 1 and _strip_proclitic(tokens[j].text) not in FORCE_ACTIONS:
            continue  # "هجوم فلسطيني": an attack by someone of that nation, not by its state
        nat = nats.get(country)
        actor_id = nat.military_actor if nat is not None else None
        if not actor_id or actor_id not in t.table:
            continue
        taken.append((tok.start, tok.end))
        doc.add(Mention("actor", tok.start, tok.end, tok.sentence, ActorHit((actor_id,)), i, i + 1))


def _acting_countries(doc: Document, t: ActorTables, taken: list[tuple[int, int]]) -> None:
    tokens = doc.tokens
    for i in [i for i in range(1, len(tokens)) if tokens[i].text in t.acting]:
        tok, before = tokens[i], tokens[i - 1]
        actor_id = t.acting.get(tok.text)
        if actor_id is None or before.sentence != tok.sentence:
            continue
        verb = before.text[1:] if before.text[:1] in ("و", "ف") and len(before.text) > 3 else before.text
        if verb not in ACTING_VERBS:
            continue
        taken.append((tok.start, tok.end))
        doc.add(Mention("actor", tok.start, tok.end, tok.sentence, ActorHit((actor_id,)), i, i + 1))


def _members_named(doc: Document, hits: list[Mention]) -> list[Mention]:
    """"مسلحون من حركة طالبان"، "عناصر من تنظيم داعش": armed men of a named group are that group;
    the generic mention before "من" goes."""
    tokens = doc.tokens
    out: list[Mention] = []
    for k, m in enumerate(hits):
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if (m.value.generic and nxt is not None and not nxt.value.generic and nxt.tok_start == m.tok_end + 1
                and m.tok_end < len(tokens) and tokens[m.tok_end].text in MEMBER_OF
                and tokens[m.tok_end].sentence == m.sentence == nxt.sentence):
            continue
        out.append(m)
    return out


def run(doc: Document) -> None:
    t = tables()
    mtext = doc.match_text()
    taken: list[tuple[int, int]] = []
    # force nouns with nationality chains first ("طائرات أميركية وبريطانية"): they cover more
    _nationality_mentions(doc, t, taken)
    _state_adjectives(doc, t, taken)
    _national_actions(doc, t, taken)
    _acting_countries(doc, t, taken)
    scan = article_scan()
    matches = list(scan.matches(t.aliases, mtext))
    # a name of the table that goes on after a country's forces ("قوات سوريا الديمقراطية"، "مقاتلو
    # الجيش السوري الحر"): the group it names, not the country's forces its words make (a name that
    # only adds words before them, "غارات تركية"، "قوات الجيش الليبي", names those forces)
    inside = {(s, e) for s, e in taken for m in matches if m.start <= s and e < m.end}
    # ... and a name whose head owns them ("القيادة العامة للقوات المسلحة الليبية": the command
    # of the forces, ل before them) is that body's
    inside |= {(s, e) for s, e in taken for m in matches
               if m.start < s and e <= m.end and doc.norm[s : s + 2] == "لل"}
    # ... and a name the table holds as it stands, the force's words and nothing more ("الجيش الليبي":
    # the table says whose army the press means by it)
    given = {(x.start, x.end): x.value.ids for x in doc.of("actor")}
    inside |= {(s, e) for s, e in taken for m in matches if m.start == s and m.end == e and len(m.value) == 1
               and not t.record(m.value[0]).generic and _army_given(given.get((s, e)), tuple(m.value))}
    if inside:
        taken[:] = [span for span in taken if span not in inside]
        mentions = doc.of("actor")
        mentions[:] = [x for x in mentions if (x.start, x.end) not in inside]
    national = Taken(len(mtext), taken)
    hits: list[Mention] = []
    for m in matches:
        if national.overlaps(m.start, m.end):
            continue
        ids = m.value
        generic = len(ids) > 1 or any(t.record(i).generic for i in ids)
        tok = doc.token_at(m.start)
        sentence = doc.tokens[tok].sentence if tok < len(doc.tokens) else 0
        if 0 < tok < len(doc.tokens) and doc.tokens[tok - 1].sentence == sentence and doc.tokens[tok - 1].text in CAPITAL_OF:
            continue  # "عاصمة ولاية الجزيرة": the place a capital heads, not a group of that name
        if 0 < tok < len(doc.tokens) and doc.tokens[tok - 1].sentence == sentence and doc.tokens[tok - 1].text in MINISTRY_HEADS:
            continue  # "وزارة الدفاع الوطني": the name of a ministry, not the militia of that name
        hits.append(Mention("actor", m.start, m.end, sentence, ActorHit(ids, (), generic), tok, doc.token_at(m.end)))
        taken.append((m.start, m.end))
    _loyal_forces(doc, t, taken)
    for mention in _members_named(doc, hits):
        doc.add(mention)
    doc.of("actor").sort(key=lambda x: x.start)
    dateline = dateline_end(doc.norm)
    seats = body_tokens(doc, governments=False)
    for cm in scan.matches(t.countries, mtext):
        if not doc.norm[: cm.start].strip() or cm.end <= dateline:
            continue  # a dateline ("بيروت 26 شوال ..."، "دبي، الإمارات (CNN)") names where the report was written
        tok = doc.token_at(cm.start)
        if tok in seats:
            continue  # "المرصد السوري، ومقره بريطانيا": where a body sits, not what the article is about
        heads = IDIOM_HEADS.get(doc.norm[cm.start : cm.end])
        if heads and tok > 0 and doc.tokens[tok - 1].text in heads:
            continue  # "صلاة المغرب": the sunset prayer, not the country
        sentence = doc.tokens[tok].sentence if tok < len(doc.tokens) else 0
        if tok > 0 and doc.tokens[tok - 1].sentence == sentence and _landmark_cue(doc.tokens[tok - 1].text):
            continue  # "جبل القاهرة"، "شارع بغداد": a mountain or a street named like a capital
        doc.add(Mention("country", cm.start, cm.end, sentence, cm.value, tok, doc.token_at(cm.end)))
    _anaphors(doc, t, scan, mtext, taken)


def _anaphors(doc: Document, t: ActorTables, scan: LexiconScan, mtext: str, taken: list[tuple[int, int]]) -> None:
    """Short names ("المقاومة"، "الميليشيات"، "الاحتلال"): an actor's, once it was named earlier in
    the article, or, for a side of one country, in an article about that country (its first
    country hint): "هاجمت المقاومة مواقع المسلحين" in news of Yemen is its Popular Resistance."""
    from marsad.pipeline.hints import country_hints  # (hints reads the actors found above)

    # the article's country, read once and only when a short name needs it (the hints skip
    # anaphors, so they are the same before them as after: geocoding reuses them)
    home: list[str] | None = None
    named_at: dict[str, int] = {}
    for mention in doc.of("actor"):
        for actor_id in mention.value.ids:
            named_at.setdefault(actor_id, mention.start)
    covered = Taken(len(mtext), taken)
    for m in scan.matches(t.anaphors, mtext):
        if covered.overlaps(m.start, m.end):
            continue
        ids = tuple(i for i in m.value if named_at.get(i, len(doc.norm)) < m.start)
        if not ids:
            if home is None:
                home = country_hints(doc)[:1]
            ids = tuple(i for i in m.value if not t.record(i).generic and t.record(i).country in home)
        if not ids:
            continue
        tok = doc.token_at(m.start)
        sentence = doc.tokens[tok].sentence if tok < len(doc.tokens) else 0
        generic = any(t.record(i).generic for i in ids)
        # a generic anaphor ("المسلحين") keeps every country's candidate for the event to choose from
        hit = ActorHit(ids if generic else ids[:1], (), generic, True)
        doc.add(Mention("actor", m.start, m.end, sentence, hit, tok, doc.token_at(m.end)))
    doc.of("actor").sort(key=lambda x: x.start)

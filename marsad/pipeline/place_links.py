"""How place mentions relate: parents ("X بريف Y", "X في محافظة Y"), landmarks a distance is
measured from, places that name a body, and anaphors ("البلدة", "البلدتين", "المخيم") that
point back to a place named before."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from marsad.document import Document, Mention, Token
from marsad.knowledge.loader import nationalities
from marsad.lang.ar.actors import AND_PART
from marsad.lang.ar.cues import LOCATIVES, NEAR_CUES
from marsad.lang.ar.places import ALL_ANAPHORS as _ANY_ANAPHORS
from marsad.lang.ar.places import ANAPHOR_MISFITS as _MISFITS
from marsad.lang.ar.places import ANAPHORS as _ANAPHORS
from marsad.lang.ar.places import BODY_NOUNS as _BODY_NOUNS
from marsad.lang.ar.places import CONTROL_CLAUSE_OPENINGS as _CONTROL_OPENINGS
from marsad.lang.ar.places import CONTROL_HOLDER_WORDS, LIST_OPENER_REACH, PLURAL_ANAPHOR_SENTENCES
from marsad.lang.ar.places import DISTANCE_UNITS as _DISTANCE_UNITS
from marsad.lang.ar.places import DUAL_ANAPHORS as _DUAL_ANAPHORS
from marsad.lang.ar.places import FRAME_WORDS as _FRAME_WORDS
from marsad.lang.ar.places import GOVERNORATE_WORDS as _GOVERNORATE_WORDS
from marsad.lang.ar.places import INSIDE_LINKS as _INSIDE_LINKS
from marsad.lang.ar.places import LIST_OPENERS as _LIST_OPENERS
from marsad.lang.ar.places import PARENT_LINKS as _PARENT_LINKS
from marsad.lang.ar.places import PLURAL_ANAPHORS as _PLURAL_ANAPHORS
from marsad.lang.ar.places import PLURAL_CUES as _PLURAL_CUES
from marsad.lang.ar.places import PLURAL_DEMONSTRATIVES as _PLURAL_DEMONSTRATIVES
from marsad.lang.ar.places import QUARTER_PLURALS as _QUARTER_PLURALS
from marsad.lang.ar.places import SAME_ANAPHORS as _SAME_ANAPHORS
from marsad.lang.ar.places import SAME_WORDS as _SAME_WORDS
from marsad.lang.ar.places import SITE_ANAPHORS as _SITE_ANAPHORS
from marsad.lang.ar.places import STATE_ACTS as _STATE_ACTS
from marsad.lang.ar.places import STATE_CLAUSE_OPENERS as _CLAUSE_OPENERS
from marsad.lang.ar.places import TOPIC_WORDS as _TOPIC_WORDS
from marsad.pipeline.placehit import PlaceHit, variants
from marsad.text import fold, name_key


@lru_cache(maxsize=100_000)
def is_anaphor(word: str) -> bool:
    return any(w in _ANY_ANAPHORS for w, _ in variants(word))


def same_anaphor(doc: Document, i: int) -> str | None:
    """"في المنطقة نفسها": the general place word before "itself" points back (its bare form)."""
    tokens = doc.tokens
    if i + 1 >= len(tokens) or tokens[i + 1].sentence != tokens[i].sentence or tokens[i + 1].text not in _SAME_WORDS:
        return None
    return next((w for w, _ in variants(tokens[i].text) if w in _SAME_ANAPHORS), None)


def anaphor(doc: Document, i: int, hits: list[Mention]) -> Mention | None:
    """"البلدة" / "المدينة" with no name after it: the last town named before, in the same
    paragraph (not a parent such as the governorate of "منبج بريف حلب"), as a place of its
    own sentence."""
    tok = doc.tokens[i]
    plural = next((w for w, _ in variants(tok.text) if w in _PLURAL_ANAPHORS), None)
    if plural is not None:
        return plural_anaphor(doc, i, plural, hits)
    bare = next((w for w, _ in variants(tok.text) if w in _ANAPHORS), None) or same_anaphor(doc, i)
    if bare is None:
        return None
    dual = bare in _DUAL_ANAPHORS
    near = i > 0 and bool(({w for w, _ in variants(doc.tokens[i - 1].text)} | {doc.tokens[i - 1].text}) & NEAR_CUES)
    if near and not dual:
        return None  # "قرية X الواقعة في ريف المدينة": the city around X, named no closer
    paragraph = doc.sentences[tok.sentence].paragraph
    towns = [m for m in hits if not (m.value.info.kinds <= _BROAD_KINDS or m.value.is_parent or m.value.partners)]
    if dual:
        # "البلدتين": the last two towns named together ("الفوعة وكفريا"), in any earlier paragraph
        pairs = [
            (a, b) for a, b in zip(towns, towns[1:], strict=False)
            if a.sentence == b.sentence and a.value.key != b.value.key
            and doc.tokens[b.tok_start].text.startswith("و") and b.tok_start - a.tok_end <= 1
        ]
        if not pairs:
            return None
        first, second = pairs[-1]
        hit = first.value
        start = tok.end - len(bare)
        ref = PlaceHit(hit.key, start, tok.end, start, hit.cue, near, "cue", hit.info,
                       antecedent=hit.antecedent or (hit.name_start, hit.name_end), partners=(second.start,))
        return Mention("place", start, tok.end, tok.sentence, ref, i, i + 1)
    if bare in _SITE_ANAPHORS:
        head = bare[2:]  # "مسجد" of "المسجد"
        for prev in reversed(hits):
            if tok.sentence - prev.sentence > SITE_ANAPHOR_SENTENCES:
                return None
            named = doc.norm[prev.value.ev_start : prev.value.name_end]
            if head in named.split()[0] if named else False:
                hit = prev.value
                start = tok.end - len(bare)
                ref = PlaceHit(hit.key, start, tok.end, start, hit.cue, False, "cue", hit.info,
                               antecedent=hit.antecedent or (hit.name_start, hit.name_end))
                return Mention("place", start, tok.end, tok.sentence, ref, i, i + 1)
        return None
    # "وفي محافظة تعز، قصفوا حي X في المدينة": the city of the governorate its sentence opens on
    seat = next((m for m in reversed(hits) if m.sentence == tok.sentence and not m.value.is_parent
                 and (m.value.cue == "governorate" or m.value.info.kinds == {"governorate"})), None) if bare in _SEAT_ANAPHORS else None
    if seat is not None:
        towns = [m for m in towns if m.start > seat.start] + [seat]
        towns.sort(key=lambda m: m.start)
    for prev in reversed(towns):
        if prev.value.cue == "neighbourhood":
            continue  # "حي X في المدينة": the town is the one the quarter lies in, not the quarter
        if prev.value.cue in _MISFITS.get(bare, frozenset()):
            continue  # "قرى X وY القريبة من المدينة": the town is not one of the villages
        hit = prev.value
        if doc.sentences[prev.sentence].paragraph != paragraph:
            return None
        start = tok.end - len(bare)
        ref = PlaceHit(hit.key, start, tok.end, start, hit.cue, False, "cue", hit.info,
                       antecedent=hit.antecedent or (hit.name_start, hit.name_end))
        return Mention("place", start, tok.end, tok.sentence, ref, i, i + 1)
    return None


def plural_anaphor(doc: Document, i: int, bare: str, hits: list[Mention]) -> Mention | None:
    """"الحسيني والحوطة والمسيمير ... غارات على مواقع المليشيات في تلك المناطق": a plural place
    word after a demonstrative (or before "itself") stands for every place of the list named
    last, in its own sentence or the one before; one mention at the first of them, the others
    its partners. A plural word alone ("المناطق المحررة") points back to nothing."""
    tokens = doc.tokens
    tok = tokens[i]
    pointed = (i > 0 and tokens[i - 1].sentence == tok.sentence
               and any(w in _PLURAL_DEMONSTRATIVES for w, _ in variants(tokens[i - 1].text))) \
        or (i + 1 < len(tokens) and tokens[i + 1].sentence == tok.sentence and tokens[i + 1].text in _SAME_WORDS)
    if not pointed:
        return None
    runs: list[list[Mention]] = []
    for m in hits:
        if m.value.is_parent or m.value.partners or m.value.is_country:
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and last.sentence == m.sentence and tokens[m.tok_start].text.startswith("و") \
                and m.tok_start - last.tok_end <= 1 and m.value.key not in {r.value.key for r in runs[-1]}:
            runs[-1].append(m)
        else:
            runs.append([m])
    listed = [run for run in runs if len(run) >= 2]
    if not listed or tok.sentence - listed[-1][0].sentence > PLURAL_ANAPHOR_SENTENCES:
        return None
    first, *others = listed[-1]
    hit = first.value
    start = tok.end - len(bare)
    ref = PlaceHit(hit.key, start, tok.end, start, hit.cue, False, "cue", hit.info,
                   antecedent=hit.antecedent or (hit.name_start, hit.name_end), partners=tuple(m.start for m in others))
    return Mention("place", start, tok.end, tok.sentence, ref, i, i + 1)


SITE_ANAPHOR_SENTENCES = 4
_SEAT_ANAPHORS = frozenset({fold("المدينة")})  # an anaphor that may stand for a governorate's seat
_BROAD_KINDS = frozenset({"country", "governorate", "region"})


def governorate_parents(doc: Document, hits: list[Mention]) -> list[Mention]:
    """"قرية X في المحافظة نفسها": the governorate named last before X is X's parent."""
    tokens = doc.tokens
    out: list[Mention] = []
    last_gov: str | None = None
    for m in hits:
        hit: PlaceHit = m.value
        after = [t.text for t in tokens[m.tok_end : m.tok_end + 2] if t.sentence == m.sentence]
        if hit.parent_key is None and last_gov and any(w in _GOVERNORATE_WORDS for w in after):
            m = Mention("place", m.start, m.end, m.sentence, replace(hit, parent_key=last_gov, parent_gov=True),
                        m.tok_start, m.tok_end)
        if hit.cue == "governorate" or "governorate" in hit.info.kinds:
            last_gov = hit.key
        out.append(m)
    return out


def frame_parents(doc: Document, hits: list[Mention]) -> list[Mention]:
    """"وفي محافظة تعز، قصف المسلحون حي X": a sentence that opens on a governorate and a comma
    tells where its news comes from; the places it names after lie in that governorate. "أما
    مدينة حلب وريفها، فلم تكن ...": a sentence that opens on a topic place does so too, and the
    topic is no scene of its own where the sentence names places inside it."""
    tokens = doc.tokens
    out: list[Mention] = []
    frame: tuple[int, str] | None = None
    topic: int | None = None  # the index in ``out`` of the topic place of the sentence
    for m in hits:
        hit: PlaceHit = m.value
        inside = frame is not None and frame[0] == m.sentence and not hit.is_parent \
            and "country" not in hit.info.kinds and hit.key != frame[1]
        if frame is not None and inside and hit.parent_key is None:
            m = Mention("place", m.start, m.end, m.sentence, replace(hit, parent_key=frame[1], parent_gov=True),
                        m.tok_start, m.tok_end)
        if inside and topic is not None and out[topic].sentence == m.sentence and not out[topic].value.is_parent:
            out[topic] = _with(out[topic], is_parent=True)
        ev = doc.token_at(hit.ev_start)
        first = ev > 0 and tokens[ev - 1].sentence == m.sentence and (ev - 1 == 0 or tokens[ev - 2].sentence != m.sentence)
        opens = first and tokens[ev - 1].text in _FRAME_WORDS
        comma = doc.norm[m.end : m.end + 2].lstrip().startswith("،")
        if opens and _governorate(hit) and comma:
            frame = (m.sentence, hit.key)
        elif first and tokens[ev - 1].text in _TOPIC_WORDS and (comma or _topic_comma(doc, m)) \
                and "country" not in hit.info.kinds:
            frame, topic = (m.sentence, hit.key), len(out)
        out.append(m)
    return out


def _topic_comma(doc: Document, m: Mention) -> bool:
    """"أما مدينة حلب وريفها،": the topic's own countryside or surroundings may go with it before the comma."""
    rest = doc.norm[m.end : m.end + 16].split("،", 1)
    return len(rest) == 2 and len(rest[0].split()) == 1 and rest[0].strip().startswith("و")


def _governorate(hit: PlaceHit) -> bool:
    """A mention named as a governorate ("محافظة درعا"), or a name that is only a governorate's."""
    return hit.cue == "governorate" or bool(hit.info.kinds) and hit.info.kinds <= {"governorate"}


def _governorate_after(doc: Document, m: Mention, nxt: Mention, gap: list[Token]) -> bool:
    """A governorate named within a few words after a place, with no comma or clause between."""
    hit: PlaceHit = nxt.value
    if not _governorate(hit) or not gap or len(gap) > 6 or "،" in doc.norm[m.end : nxt.start]:
        return False
    return gap[-1].text in _PARENT_LINKS or gap[-1].text[1:] in _PARENT_LINKS


BETWEEN_REACH = 4  # words from the place located to "بين"


def between_references(doc: Document, hits: list[Mention]) -> list[Mention]:
    """"مديرية صرواح بين مأرب وصنعاء": the two places a place is said to lie between locate it;
    they are landmarks, not where anything happened."""
    tokens = doc.tokens
    out = list(hits)
    for k, m in enumerate(hits):
        ev = doc.token_at(m.value.ev_start)
        if ev == 0 or tokens[ev - 1].text != "بين" or tokens[ev - 1].sentence != m.sentence:
            continue
        if not any(o.sentence == m.sentence and o.tok_end <= ev - 1 and ev - 1 - o.tok_end <= BETWEEN_REACH
                   for o in hits[:k]):
            continue
        marked = [k]
        if k + 1 < len(hits) and hits[k + 1].tok_start == m.tok_end and tokens[hits[k + 1].tok_start].text.startswith("و"):
            marked.append(k + 1)
        for j in marked:
            h = out[j]
            out[j] = Mention("place", h.start, h.end, h.sentence, replace(h.value, is_parent=True), h.tok_start, h.tok_end)
    return out


def distance_reference(doc: Document, m: Mention) -> Mention:
    """"سبها الواقعة على مسافة 700 كيلومتر جنوب طرابلس": a place a distance is measured from is
    a landmark, not where anything happened."""
    tokens = doc.tokens
    before = tokens[max(0, m.tok_start - 4) : m.tok_start]
    # not across a closing bracket or a comma: "السلط (33 كم شمال غرب عمان) واربد" lists اربد
    if any(t.sentence == m.sentence and t.text in _DISTANCE_UNITS and not any(c in doc.norm[t.end : m.start] for c in ")،")
           for t in before):
        return Mention("place", m.start, m.end, m.sentence, replace(m.value, is_parent=True), m.tok_start, m.tok_end)
    return m


def in_a_body_name(doc: Document, m: Mention) -> Mention:
    """"اللجنة التنسيقية في دوما", "المجلس المحلي في حلب": a place that names a body is no scene."""
    tokens = doc.tokens
    j = m.tok_start - 1
    if j < 1 or tokens[j].text not in ("في", "ب") or m.value.cue:
        return m
    before = [t.text for t in tokens[max(0, j - 2) : j] if t.sentence == m.sentence]
    if any(w in _BODY_NOUNS for w in before):
        return Mention("place", m.start, m.end, m.sentence, replace(m.value, is_parent=True), m.tok_start, m.tok_end)
    return m


def _adjective(word: str) -> bool:
    """A definite relative adjective: "الشعبي", "الفلسطينية"."""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 5


def link_parents(doc: Document, hits: list[Mention]) -> list[Mention]:
    """Mark "X في Y", "X بريف Y", "X شرق Y", "X (Y)": Y is X's parent (not a scene of its own);
    "X وY" is a list, not a parent."""
    tokens = doc.tokens
    out: list[Mention] = []
    for k, m in enumerate(hits):
        hit: PlaceHit = m.value
        if k + 1 < len(hits):
            nxt = hits[k + 1]
            gap = tokens[m.tok_end : nxt.tok_start]
            gap = gap[_control_clause(doc, gap):]  # "التي يسيطر عليها تنظيم داعش في ريف حلب"
            bracket = "(" in doc.norm[m.end : nxt.start]
            listed = tokens[nxt.tok_start].text.startswith("و")
            # "القصير بمحافظة درعا", "كرش بلحج": the preposition is a clitic of the parent's name
            # "قاعدة العند الاستراتيجية بمحافظة لحج": adjectives of the name may stand before it too
            clitic = tokens[nxt.tok_start].text.startswith("ب") and (not gap or (
                len(gap) <= 2 and all(_adjective(t.text) for t in gap) and nxt.value.ev_start > tokens[nxt.tok_start].start))
            # "حي المغاير الشعبي في حلب القديمة": an adjective of the name may stand before the link
            words = [] if clitic else gap[1:] if gap and _adjective(gap[0].text) and len(gap) > 1 else gap
            # "حيي اليرموك والاملاك في بعقوبة": unknown names listed before the link share the parent
            while len(words) > 1 and _listed_name(words[0].text):
                words = words[1:]
            if nxt.sentence == m.sentence and (gap or bracket or clitic) and not listed and len(gap) <= 4 and all(
                t.text in _PARENT_LINKS or t.text.isdigit() or (t.text[1:] in _PARENT_LINKS and t.text[0] != "و")
                for t in words  # "في X وفي Y": "و" starts a new phrase, Y is no parent of X
            ):
                # "حي X في مدينة Y", "X بمدينة Y": inside the town, not only near it
                inside = nxt.value.cue in ("city", "town") and all(t.text in _INSIDE_LINKS for t in words)
                hit = replace(hit, parent_key=nxt.value.key, parent_gov=_governorate(nxt.value), parent_city=inside)
            elif nxt.sentence == m.sentence and not listed and _governorate_after(doc, m, nxt, gap):
                # "قرية القصير في حوض اليرموك في محافظة درعا": the governorate a few words on
                hit = replace(hit, parent_key=nxt.value.key, parent_gov=True)
        if out and out[-1].value.parent_key == hit.key and out[-1].sentence == m.sentence:
            hit = replace(hit, is_parent=True)
        out.append(Mention("place", m.start, m.end, m.sentence, hit, m.tok_start, m.tok_end))
    return _share_list_parents(doc, out)


def _control_clause(doc: Document, gap: list[Token]) -> int:
    """How many words of ``gap`` a clause that tells who holds the place takes before a word
    that links it to its parent ("التي يسيطر عليها تنظيم داعش | في ريف حلب"), else 0 (and 0
    where a comma ends the clause first: "التي تسيطر عليها المعارضة، وعلى مدينة أريحا")."""
    for opening in _CONTROL_OPENINGS:
        n = len(opening)
        if tuple(t.text for t in gap[:n]) == opening:
            for j in range(n + 1, min(len(gap), n + 1 + CONTROL_HOLDER_WORDS)):
                if "،" in doc.norm[gap[j - 1].end : gap[j].start] or "," in doc.norm[gap[j - 1].end : gap[j].start]:
                    return 0
                if gap[j].text in _PARENT_LINKS:
                    return j
            return 0
    return 0


def _listed_name(word: str) -> bool:
    """"والاملاك": a name listed with "و", not "وعلى", "وفي" (a preposition starts a new phrase)."""
    return word.startswith("و") and len(word) > 3 and word not in _PARENT_LINKS and word[1:] not in LOCATIVES \
        and word[1:] not in _PARENT_LINKS and word not in AND_PART  # "وأجزاء من": part of one more place


def _share_list_parents(doc: Document, hits: list[Mention]) -> list[Mention]:
    """"بلدات طعوم وسرمين وتفتناز بريف إدلب": the places listed before a parent all lie in it."""
    tokens = doc.tokens
    for k in range(len(hits) - 2, -1, -1):
        m, nxt = hits[k], hits[k + 1]
        hit, after = m.value, nxt.value
        if (hit.parent_key is None and not hit.is_parent and after.parent_key and nxt.sentence == m.sentence
                and tokens[nxt.tok_start].text.startswith("و") and nxt.tok_start - m.tok_end <= 1
                and after.parent_key != hit.key):
            hits[k] = Mention("place", m.start, m.end, m.sentence,
                              replace(hit, parent_key=after.parent_key, parent_gov=after.parent_gov,
                                      parent_city=after.parent_city),
                              m.tok_start, m.tok_end)
    return hits


def _with(m: Mention, **changes: Any) -> Mention:
    """The mention with its place hit changed."""
    return Mention("place", m.start, m.end, m.sentence, replace(m.value, **changes), m.tok_start, m.tok_end)


def example_parents(doc: Document, hits: list[Mention]) -> list[Mention]:
    """"شهدت أحياء عدة في تعز، مثل X وY"، "قرى بريف حلب منها X": places named as examples of
    the places of a town or region named just before lie in it (a quarter of a town within its
    reach); the town is their parent, not a scene of its own."""
    tokens = doc.tokens
    out = list(hits)
    for k in range(1, len(out)):
        m, before = out[k], out[k - 1]
        if m.sentence != before.sentence or m.value.parent_key or before.value.parent_key \
                or before.value.info.kinds <= {"country"}:
            continue
        gap = tokens[before.tok_end : doc.token_at(m.value.ev_start)]
        if not gap or len(gap) > 2 or gap[-1].text not in _LIST_OPENERS:
            continue
        # the plural word the examples illustrate stands shortly before the named place
        ahead = tokens[max(0, before.tok_start - LIST_OPENER_REACH) : before.tok_start]
        plural = [w for t in ahead if t.sentence == m.sentence for w, _ in variants(t.text) if w in _PLURAL_CUES]
        if not plural:
            continue
        link = {"parent_key": before.value.key, "parent_gov": _governorate(before.value),
                "parent_city": any(w in _QUARTER_PLURALS for w in plural)}
        out[k - 1] = _with(before, is_parent=True)
        # "مثل X وY": the examples listed with the first share its parent
        j = k
        while j == k or (j < len(out) and out[j].sentence == m.sentence and not out[j].value.parent_key
                         and tokens[out[j].tok_start].text.startswith("و")
                         and doc.token_at(out[j].value.ev_start) - out[j - 1].tok_end <= 1):
            out[j] = _with(out[j], **link)
            j += 1
    return out


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """The name keys news names a state by, its capital's among them ("واشنطن"، "موسكو")."""
    return frozenset(name_key(n) for nat in nationalities().values() for n in nat.country_names_ar)


def capital_as_state(doc: Document, m: Mention) -> Mention:
    """"انسحاب واشنطن من الاتفاق"، "تهديد واشنطن دمشق"، "لأن طهران تجاوزت الخط الأحمر": a
    capital named bare right after a word of what states do or a conjunction that opens a clause
    is the state that acts or speaks, a party like one named after "مع", not a scene."""
    hit: PlaceHit = m.value
    if hit.cue or hit.counterpart or "country" in hit.info.kinds or hit.key not in _state_names():
        return m
    first = doc.token_at(hit.ev_start)
    if first == 0 or doc.tokens[first - 1].sentence != m.sentence or doc.norm[doc.tokens[first - 1].end : hit.ev_start].strip():
        return m
    before = doc.tokens[first - 1].text
    if before not in _STATE_ACTS and before not in _CLAUSE_OPENERS and not (
            # "تهديد واشنطن دمشق": the state a state's act is aimed at
            first > 1 and name_key(before) in _state_names() and doc.tokens[first - 2].text in _STATE_ACTS):
        return m
    return _with(m, counterpart=True)

"""A role asked about in words the store does not hold as one title: 'the economy minister' (stored: 'Caretaker
Economy Minister'), 'the Estonian defence minister' ('Minister of Defence', in stories about Estonia), 'the CGIL
leader' ('CGIL secretary general'), 'the artistic director of the Corn Exchange'.

The role's head noun ('minister', 'leader', 'spokesperson') picks the people whose titles hold it or a word of the
same office; every other word of the role (its qualifiers) must then be borne out, in one of their titles (worth
two) or in their names and the stories they speak in (worth one). The best supported holder wins; a tie is no
answer. No words are special-cased: the head classes are the ordinary synonyms of news writing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from . import lexicon
from .attribution import (
    BARRISTER_LETTERS,
    EXECUTIVE_TITLES,
    LEADER_WORDS,
    LOWER_RANKS,
    PORTFOLIOS,
    TOP_RANKS,
    is_company_noun,
)
from .speakers import normalise, spells_out

# words that name the same office (a question's head noun -> the title words that hold it)
_SAME_OFFICE = (
    {"spokesperson", "spokeswoman", "spokesman"},  # (and a press secretary: see title_words)
    {"chairman", "chairwoman", "chair", "chairperson"},
    {"ambassador", "envoy"},
    {"envoy", "mediator"},
    {"manager", "boss", "coach"},  # (a club's)
    {"lawyer", "counsel", "solicitor", "attorney"},  # ("Norvane's top lawyer": its general counsel)
    {"regulator", "commissioner", "superintendent"},  # ("Louisiana's top insurance regulator": its commissioner)
)
# a leader of a body is whoever holds its top rank (the first word of one: "secretary" of "secretary general")
# ("the EU climate chief"; "the head of Milwaukee County's government": the County Executive; a committee's convener)
_TOP = {r.split()[0] for r in TOP_RANKS} | LEADER_WORDS | {"chairperson", "commissioner", "executive", "convener",
                                                           "convenor", "minister", "mayor",  # (a mayor heads a city)
                                                           "administrator"}  # ("Canal Administrator", "NASA's")
_LEADER_HEADS = LEADER_WORDS - {"chairman", "chairwoman", "chair"}  # (a chair is asked for as such)
# ranks below the office (LOWER_RANKS): asked for, they must be in the title; not asked for, the title must not
# have them
_RANK_BEFORE = {"chief", "head"}  # leader words that may also open another office ('chief economist', 'head coach')
_LEADS = {"", "of", "for", "executive", "minister", "justice", "constable", "commissioner"}  # ... unless so followed
_GOVERNMENT = {"prime", "premier", "chancellor", "minister", "cabinet", "government", "governing", "ruling"}
# ("the top lawyer", "Nigeria's main labour federation": words that rank a body or office, not name it)
_FILLER = {"the", "a", "an", "of", "for", "in", "at", "on", "and", "s", "to", "top", "main", "largest", "biggest",
           "leading"}
_SPELLINGS = ({"defence", "defense", "armed", "military"}, {"labour", "labor"}, {"centre", "center"},
              {"organisation", "organization"},
              # a portfolio by its other names in news writing ("Brussels' antitrust chief": the competition chief)
              {"antitrust", "competition"}, {"farm", "farming", "farmers", "agriculture", "agricultural"},
              {"culture", "heritage"}, {"economy", "economic", "economics"}, {"oil", "petrol", "petroleum"},
              {"transport", "transportation"}, {"foreign", "external"},
              {"trade", "commerce"}, {"environment", "environmental"}, {"finance", "financial", "treasury"},
              {"employment", "labour", "labor", "manpower"}, {"home", "interior"},
              {"parliament", "parliamentary", "legislature", "legislative", "assembly", "congress", "congressional"},
              {"federal", "national"}, {"mines", "mining", "mineral", "minerals", "miner", "miners"}, {"eu", "european"},
              # a union of unions ("Nigeria's labour federation": the Nigeria Labour Congress)
              {"federation", "confederation", "congress"},
              {"police", "constable", "constabulary"},  # (a chief constable heads a police force)
              {"fishing", "fishermen", "fisheries", "fishers", "fishery"},
              {"central", "reserve"},  # (a central bank by its name: the Reserve Bank of India, the Federal Reserve)
              {"oversight", "accountability"},  # ("Chicago's police oversight chief": the Office of Police Accountability)
              {"union", "lodge"},  # ("the Philadelphia police union": the Fraternal Order of Police Lodge 5)
              {"poll", "polls", "election", "elections", "electoral"})  # ("Bangladesh's poll chief")
# offices and bodies news names in set phrases, read as the words a title uses ("Nairobi's top diplomat": its foreign
# minister; "the minister in charge of Canada's armed forces": the minister of its forces, defence; "Missouri's top
# law officer": its attorney general)
_REWORDINGS = ((("top", "diplomat"), ("foreign", "minister")), (("chief", "diplomat"), ("foreign", "minister")),
               (("in", "charge", "of"), ("of",)), (("armed", "forces"), ("armed",)),
               # (a state's or a country's chief law officer is its attorney general)
               (("law", "officer"), ("general", "attorney")),  # (the head noun last: not any general)
               # (a house's presiding officer is its speaker)
               (("presiding", "officer"), ("speaker",)),
               # (a country's top vet, doctor or nurse is its chief veterinary, medical or nursing officer)
               (("top", "vet"), ("chief", "veterinary", "officer")), (("top", "doctor"), ("chief", "medical", "officer")),
               (("top", "nurse"), ("chief", "nursing", "officer")),
               # (a US state's chief fiscal officer is its comptroller; a state's federal prosecutor its U.S. attorney)
               (("chief", "fiscal", "officer"), ("comptroller",)), (("federal", "prosecutor"), ("attorney",)),
               # (a country's public spending watchdog is its auditor general; its top naval officer heads its navy)
               (("public", "spending", "watchdog"), ("auditor", "general")), (("spending", "watchdog"), ("auditor", "general")),
               (("top", "naval", "officer"), ("head", "of", "navy")),
               # (a force's top police officer is its chief: a chief constable, a police chief or commissioner)
               (("top", "police", "officer"), ("police", "head")),
               (("top", "cop"), ("police", "head")),
               # (a country's head of state is its president, or its monarch)
               (("head", "of", "state"), ("president",)),
               # (the one running or heading a body is its head: "the woman running the Split film festival")
               (("woman", "running"), ("head", "of")), (("man", "running"), ("head", "of")),
               (("person", "running"), ("head", "of")), (("woman", "who", "runs"), ("head", "of")),
               (("man", "who", "runs"), ("head", "of")),
               # (a country's man or woman at a body is its envoy there: "Moscow's man at the UN")
               (("man", "at"), ("ambassador", "to")), (("woman", "at"), ("ambassador", "to")))
_STANDING_IN = {"acting", "interim"}  # (an acting or interim chief executive is the boss, not a rank below)
@cache
def _us_states() -> frozenset[str]:
    """US states of one word, lower case (read when first asked, not when the module loads)."""
    return frozenset(name.lower() for name in lexicon.us_states().values() if " " not in name)
# ministers' offices that exclude the portfolios asked about
_OTHER_OFFICES = PORTFOLIOS | {"prime", "first", "chief"}
# offices some countries call by a word of their own: the office in English and the country
_NATIONAL_TITLES = {"taoiseach": "prime minister ireland irish", "tanaiste": "deputy prime minister ireland irish"}
# when an office is held, asked for: only a title bears it out, never a story's words ("Vanuatu's new PM" is not the
# prime minister the story says was ousted)
_TENURE = {"new", "newly", "incoming", "outgoing", "ousted", "ex"}
# what a minister is, not of what: "the caretaker minister", "a cabinet minister" (no portfolio)
_STANDING = {"caretaker", "cabinet", "government", "senior", "embattled", "beleaguered", "current", "powerful",
             "veteran", "sacked", "fired", "resigning", "departing", "sitting", "serving", "then"}
_HOUSES = {"parliament", "legislature", "assembly", "congress", "house", "senate", "chamber"}  # led by a speaker
# what kind of body a role is of, asked but not needed in the title ("the Ghana cocoa regulator boss": the head of
# the National Cocoa Authority)
_BODY_KINDS = {"regulator", "watchdog", "agency", "authority", "body", "organisation", "organization", "lobby"}
# ... and what kind of company ("the oil firm's chief": the chief executive of Jadran Petrol)
_COMPANY_KINDS = {"firm", "company", "business", "corporation", "conglomerate"}
# ... and any body of members is "a body", "an organisation", "a lobby" ("Scotland's fishing industry body": the
# Scottish Fishermen's Federation)
_MEMBERS_BODIES = {"federation", "association", "confederation", "council", "chamber", "alliance",
                   "institute", "society", "league", "consortium", "group"}
# words of a title that name no body ("Chief executive", "Secretary general")
_BARE_WORDS = {"executive", "officer", "general",
               # (a title naming its body by a common noun names no other body: "the bloc's secretary general" is
               # the CSTO's when the stories are the CSTO's)
               "bloc", "alliance", "organisation", "organization", "body", "group", "company", "firm", "agency", "school",
               "university", "college", "club"}
# bodies no minister leads
_NOT_GOVERNED = {"union", "unions", "party", "company", "firm", "miner", "federation", "association", "club", "society",
                 "charity", "league", "bank", "group", "campaign", "movement", "court", "opposition"}
# nations and regions that are no country of the lexicon, with their adjectives (for roles only: the extractor
# does not read "Scotland said" as a government)
_REGION_ADJECTIVES = {"scotland": "scottish", "wales": "welsh", "england": "english", "catalonia": "catalan",
                      "flanders": "flemish", "wallonia": "walloon", "bavaria": "bavarian", "quebec": "quebecois",
                      "sicily": "sicilian", "sardinia": "sardinian", "corsica": "corsican", "brittany": "breton",
                      "andalusia": "andalusian", "galicia": "galician", "tasmania": "tasmanian"}
# a government asked for with the place it governs, named in a title: the place is enough
_GOVERNMENTS = {"government", "administration"}
# the bodies a government's head may be titled by ("County Executive", "city council leader")
_GOVERNMENT_SEATS = {"county", "city", "council", "state", "government", "administration", "cabinet", "municipality",
                     "borough", "region", "province", "executive"}
# the titles of a government's head, and of anyone whose title may lead one ("County Executive", not "Chief executive")
_HEADS_OF_GOVERNMENT = {"prime", "premier", "chancellor", "taoiseach"}
_GOVERNING = _HEADS_OF_GOVERNMENT | {"president", "mayor", "governor", "minister"} | (_GOVERNMENT_SEATS - {"executive"})
# a minister by a title of another system's cabinet ("Transport Secretary", "Agriculture Cabinet Secretary"): the
# same office when the title names the portfolio asked about
MINISTERIAL = {"secretary"}
# titles asked for by their letters ("the CFO"), as the extractor reads them
# the letters after a barrister's name that are an office
POST_NOMINALS = {w.lower(): "senior counsel" if w == "SC" else "counsel" for w in BARRISTER_LETTERS}
_ACRONYM_TITLES = {k: v for k, v in EXECUTIVE_TITLES.items() if " " not in k} | {"pm": "prime minister",
                                                                                 "md": "managing director",
                                                                                 "ag": "attorney general"}
ROLE_ACRONYMS = frozenset(_ACRONYM_TITLES)


def national_titles(heads: frozenset[str]) -> list[str]:
    """The words of its own some country has for an office of these head words ('taoiseach' for a minister)."""
    return [t for t, office in _NATIONAL_TITLES.items() if heads.intersection(office.split())]


def title_acronyms(heads: frozenset[str]) -> list[str]:
    """The titles by their letters that hold an office of these head words ('ceo' for a chief)."""
    return [a for a, full in _ACRONYM_TITLES.items() if heads.intersection(full.split())]


@dataclass(frozen=True, slots=True)
class RoleQuery:
    head: str  # the head noun as asked ('minister')
    heads: frozenset[str]  # title words that hold the office
    qualifiers: tuple[frozenset[str], ...]  # each qualifier with the words that bear it out
    ranks: frozenset[str]  # sub-ranks asked for ('deputy')
    leader: bool = False  # asked for whoever leads a body ('the CGIL leader', 'the CSTO chief')
    opposition: bool = False  # asked for an office of the opposition ('the opposition leader')
    words: tuple[str, ...] = ()  # the qualifiers as asked, one for each of ``qualifiers``
    proper: frozenset[str] = frozenset()  # those of them capitalised in the question ('harlow' of "Harlow Springs")
    portfolio: frozenset[str] = frozenset()  # the forms of a minister's portfolio asked before the head ('asylum')

    def title_words(self, title_key: str) -> set[str] | None:
        """The words of a stored title (normalised) when it holds this office, else None."""
        listed = title_key.split()
        own = next((listed[:i] for i, w in enumerate(listed) if w in ("of", "for", "at", "to") and i > 0), listed)
        if own and own[-1] in lexicon.organisation_heads() and own[-1] not in lexicon.title_words() \
                and listed[-1] not in lexicon.title_words():
            return None  # ("Eskom's executive committee" holds no office: it is a body; "Reserve Bank of India
            #             Governor" does)
        if ROLE_ACRONYMS.intersection(listed):  # ("BRP CEO" holds the office of a chief executive)
            listed = [x for w in listed for x in (_ACRONYM_TITLES[w].split() if w in _ACRONYM_TITLES else (w,))]
        words = set(listed)
        if " press secretary " in f" {title_key} ":
            words.add("spokesperson")  # (a press secretary is a spokesperson)
        if " prime minister " in f" {title_key} ":
            words.add("premier")  # ("Lebanon's caretaker premier": its caretaker prime minister)
        for letters in words & POST_NOMINALS.keys():
            words.update(POST_NOMINALS[letters].split())  # ("Declan Fitzmaurice SC": a senior counsel)
        if any(w.startswith("campaign") for w in words):
            words.add("campaigner")  # ("Amnesty's sport campaigner": its sport campaigns manager)
        for title in words & _NATIONAL_TITLES.keys():
            words.update(_NATIONAL_TITLES[title].split())  # (the Taoiseach is Ireland's prime minister)
        if not words & self.heads and not (
                self.head == "minister" and words & MINISTERIAL and not words & {"general", "press", "permanent",
                                                                                  "private", "principal", "party"}
                and any(bears(q, words) for q in self.qualifiers)):
            return None  # ("the British transport minister": the Transport Secretary)
        if ranks_held(words) != self.ranks - _STANDING_IN:
            return None  # (a deputy minister is not the minister; asked for the deputy, the minister is not)
        if self.leader and " of staff" in f" {title_key} ":
            return None  # (a chief of staff leads nobody's body)
        if self.leader and "senior" in words and "chief" not in words:
            return None  # (a senior executive is not the chief: "the QatarEnergy chief")
        if self.leader and not any(w in self.heads and (w not in _RANK_BEFORE or nxt in _LEADS
                                                        or nxt not in lexicon.countries()
                                                        and any(bears(q, {nxt}) for q in self.qualifiers))
                                   for w, nxt in zip(listed, listed[1:] + [""], strict=True)):
            return None  # (a chief economist leads nobody either; a chief executive, a head of mission do, and
            #            a chief financial officer is the finance chief)
        if self.leader and "minister" in words and self.head != "minister" \
                and (set(self.words) & _NOT_GOVERNED or any(is_company_noun(w) for w in self.words)):
            return None  # (a minister heads a portfolio, not "the teachers' union" nor a party)
        if self.opposition and words & _GOVERNMENT and not words & {"opposition", "shadow"}:
            return None  # (the prime minister is no opposition leader)
        # a body named in the title is also its initials ('csto': "Secretary-General of the Collective Security
        # Treaty Organization")
        for cut in (i for i, w in enumerate(listed) if w in ("of", "for")):
            body = [w for w in listed[cut + 1 :] if w not in _FILLER]
            if len(body) >= 2:
                words.add("".join(w[0] for w in body))
        return words

    def score(self, titles: list[str], names: list[str], text_words: set[str],
              described: frozenset[str] = frozenset()) -> float | None:
        """How well a speaker with these title keys, name keys and story words fits; None when it does not.
        A title with the very head word asked for ('chairman', not 'chair') breaks a tie. ``described``: the words of
        the speaker's other titles ('republican' of a senator), which bear out a qualifier more than a story does."""
        held = [(t, w) for t in titles if (w := self.title_words(t)) is not None]
        if not held:
            return None
        best: float | None = None
        name_words = {w for n in names for w in n.split()}
        # (a holder whose title names the body of the office: a bare form of it is the same office, not one of
        # whatever body the stories name -- "chief executive of Universities UK" is not "the boss of Wessex Met")
        bodied = any(words - self.heads - _FILLER - _BARE_WORDS for _t, words in held)
        portfolios = [forms for forms in self.qualifiers if forms & PORTFOLIOS or forms == self.portfolio]
        government = bool(set(self.words) & _GOVERNMENTS)
        # (the head of a police union, the chair of an inquiry: titled by it, not a police chief its story names)
        body_noun = (self.leader or "chair" in self.heads) and bool(self.words) and self.words[-1] in _TITLING_BODIES
        for title, words in held:
            if self.head == "minister" and portfolios and not any(bears(forms, words) for forms in portfolios) \
                    and (words & _OTHER_OFFICES or self.portfolio and any(
                        w not in self.heads and w not in _FILLER and w not in LOWER_RANKS and w not in MINISTERIAL
                        and w not in lexicon.countries() for w in words)):
                continue  # (a portfolio asked is in the title of a minister who holds one, never only in the stories:
                #           the prime minister is not "Dublin's top diplomat", the "Treaty Negotiations Minister" not
                #           "New Zealand's prime minister")
            if self.leader and portfolios and not any(bears(forms, words) for forms in portfolios) \
                    and _names_a_body(title):
                continue  # (a portfolio asked is not held by the head of a body its title names: the chief executive
                #           of the Muscat Stock Exchange is not "Muscat's treasury chief")
            if government and any(
                    w in lexicon.organisation_heads() and w not in _GOVERNMENT_SEATS
                    and not any(w in forms for forms in self.qualifiers) for w in words):
                continue  # (the head of another body is no head of a government: "Columbus Police Chief" does not
                #           lead "Columbus city government")
            if government and self.leader and not words & _GOVERNING:
                continue  # (a company's chief executive heads no government: "Chisinau's head of government" is
                #           Moldova's prime minister, not the gas company's boss its stories name)
            if body_noun and not bears(self.qualifiers[-1], words):
                continue
            total = 0.5 if self.head in words else 0.0
            in_title = common_in_title = common_from_story = 0
            spelt = self._spelt_in(words)
            for q, forms in zip(self.words, self.qualifiers, strict=True):
                common = q not in self.proper
                if (q in _BODY_KINDS or q in _COMPANY_KINDS or q in _GOVERNMENTS and any(
                        bears(f, words) for p, f in zip(self.words, self.qualifiers, strict=True) if p in self.proper)) \
                        and not (bears(forms, words) or bears(forms, name_words) or bears(forms, text_words)):
                    continue  # ("the cocoa regulator boss": the head of the Cocoa Authority; "the head of Milwaukee
                    #           County's government": the Milwaukee County Executive)
                if bears(forms, words) or q in spelt or self._heads_government(q, words):
                    total += 2
                    in_title += 1
                    common_in_title += common
                elif q not in _TENURE and bears(forms, described):
                    total += 1.5  # ("the Republican senator": a senator also called "Republican", not one whose
                    #              story names a Republican)
                elif q not in _TENURE and (bears(forms, name_words) or bears(forms, text_words)):
                    if self.leader and not common and q not in lexicon.countries() and _names_a_body(title) \
                            and not body_noun:  # (the body asked for is the one titled: "Columbus police union")
                        total = -1.0  # (the head of a body the title names is no leader of another the stories
                        break  #         name: "head of the Atomic Energy Organisation of Iran" is not "the UN
                        #                 nuclear watchdog's chief")
                    total += 1
                    common_from_story += common and not bears(forms, name_words)
                else:
                    total = -1.0
                    break
            bare = not words - self.heads - _FILLER - _BARE_WORDS
            if self.leader and not in_title and not (bare and not common_from_story and not bodied):
                continue  # (whose leader: the body or portfolio must be in the title, not only in the story --
                #            "the council's finance chief" is not the council's opposition leader; but a bare
                #            "Chief executive" in stories about Courier Media is "the Courier Media boss")
            if self.leader and not in_title and "governor" in words and "bank" not in self.words and any(
                    q in self.proper and q not in lexicon.countries() and q not in _us_states() for q in self.words):
                continue  # (a governor heads a state: "the head of Chicago State" is no governor whose stories name
                #            Chicago State University)
            if common_from_story >= 3 and not common_in_title:
                continue  # (what the office is about, told by the story alone: the UK head of public policy is not
                #            "the head of online safety at the UK media regulator" for a story about online safety)
            if total >= 0 and (best is None or total > best):
                best = total
        return best

    def _spelt_in(self, words: set[str]) -> set[str]:
        """The qualifiers whose initials, three or more in a row, are a word of the title ('japan olympic committee'
        in 'joc president'; two letters say too little: 'milwaukee county' is not the 'mc' of a mayors' council)."""
        out: set[str] = set()
        qs = [q for q in self.words if " " not in q]
        for i in range(len(qs)):
            for j in range(i + 3, min(len(qs), i + 6) + 1):
                if "".join(q[0] for q in qs[i:j]) in words:
                    out.update(qs[i:j])
        return out

    def _heads_government(self, q: str, words: set[str]) -> bool:
        """Is a government asked for as the body led, and is a title with these words its head's (a prime
        minister's: "the head of government" is in the title)?"""
        return self.leader and q in _GOVERNMENTS and bool(words & _HEADS_OF_GOVERNMENT)

    def supported(self, titles: list[str], names: list[str], text_words: set[str]) -> int:
        """How many qualifiers a holder's titles, names or stories bear out (to order suggestions)."""
        words = {w for t in titles for w in t.split()} | {w for n in names for w in n.split()} | text_words
        return sum(1 for q, forms in zip(self.words, self.qualifiers, strict=True)
                   if bears(forms, words) or self._heads_government(q, words))


# words of titles that end none ("Secretary of State", "Press Secretary", "acting governor"): "heredia ecuador state"
# asks for no office
_NO_HEADS = frozenset({"state", "house", "press", "prime", "senate", "grand", "joint", "staff", "then", "former",
                       "acting", "senior", "rival", "co", "of"})


# bodies whose head is titled by them: a union of members ("the head of the Columbus police union": its lodge
# president), a panel ("the chair of the Severnside maternity inquiry" is not the trust's chair)
_TITLING_BODIES = frozenset({"union", "federation", "association", "guild", "lodge", "inquiry", "review", "panel"})
# the head of an office asked as its top holder ("Poland's top Supreme Court judge": its president or chief justice;
# "Philadelphia's top prosecutor": its District Attorney, the DPP)
_TOP_HEADS = {"judge": {"president", "chief"}, "justice": {"president", "chief"},
              "prosecutor": {"prosecutor", "attorney", "prosecutions"}}


def ranks_held(title_words: set[str]) -> set[str]:
    """The ranks below the office that a title's words hold (an acting or interim holder is the holder): a minister
    of state is a junior minister ('State Minister of Finance')."""
    held = (title_words & LOWER_RANKS) - _STANDING_IN
    return held | {"junior"} if {"state", "minister"} <= title_words else held


def role_query(key: str, surface: str = "") -> RoleQuery | None:
    """The role a normalised speaker phrase asks for ('estonian defence minister', 'artistic director of the corn
    exchange', 'cfo'), or None when its head is no office word. ``surface``: the phrase as asked, to tell names
    ('Harlow Springs') from common words ('online safety')."""
    words = key.split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    if not words or len(words) > 12:
        return None
    prosecuting = "prosecutor" in words  # (a prosecutor asked for is no defence lawyer: see below)
    words = _reworded(words)
    cut = next((i for i, w in enumerate(words) if w in ("of", "in", "at", "for", "with", "to", "from") and i > 0), len(words))
    role, rest = words[:cut], words[cut + 1 :]
    if role and role[-1] in _ACRONYM_TITLES:
        role = role[:-1] + _ACRONYM_TITLES[role[-1]].split()  # ("the Meridian Pacific CEO")
    head = role[-1]
    titles = lexicon.title_words()
    if head in _NO_HEADS or head not in titles and head not in _TOP and head != "campaigner" \
            and not any(head in group for group in _SAME_OFFICE):
        return None  # (a campaigner is no title the extractor reads, but "campaigns manager" is one: title_words)
    heads = {head}
    for group in _SAME_OFFICE:
        if head in group and not (prosecuting and head == "attorney"):
            heads |= group  # ("Manhattan's top federal prosecutor": its U.S. Attorney, not a lawyer for the accused)
    state_chief = head == "executive" and "chief" in role and any(w in _us_states() for w in role[:-1] + rest)
    if state_chief:  # ("Indiana's chief executive": a state's is its governor, not a company's in its stories)
        head, heads = "governor", {"governor"}
    if head in _TOP_HEADS and ("top" in role or "chief" in role[:-1]):
        heads = set(_TOP_HEADS[head])
    leader = head in _LEADER_HEADS or head == "governor" and "bank" in role[:-1] + rest
    # (a central bank's governor is its head, whatever the bank calls it: "Central Bank President")
    if leader:
        heads |= _TOP
        if "campaign" in role[:-1] + rest:
            heads |= {"manager"}  # ("Kessler's campaign chief": his campaign manager)
        if _HOUSES & set(role[:-1] + rest):
            heads |= {"speaker"}  # ("the head of Taiwan's parliament": the Legislative Speaker)
    ranks = frozenset(w for w in role[:-1] if w in LOWER_RANKS)
    qualifiers = [w for w in role[:-1] + rest if w not in _FILLER and w not in LOWER_RANKS
                  and not (state_chief and w == "chief")]
    if leader and not qualifiers:
        return None  # ("the leader" alone: whose?)
    proper = frozenset(normalise(w) for w in re.findall(r"[\w’'-]+", surface) if w[:1].isupper())
    forms = [_forms(w) for w in qualifiers]
    k = 0
    while k < len(qualifiers) - 1:  # a country of two or three words is one qualifier ("sri lanka", "south korea")
        n = next((n for n in (3, 2) if " ".join(qualifiers[k : k + n]) in lexicon.countries()), 0)
        if n:
            country = lexicon.countries()[" ".join(qualifiers[k : k + n])]
            # (borne out by any one-word form or the last word of one: 'lankan', 'colombo')
            merged = frozenset(f.split()[-1] for f in _country_forms(country))
            qualifiers[k : k + n] = [" ".join(qualifiers[k : k + n])]
            forms[k : k + n] = [merged]
            if any(w in proper for w in qualifiers[k].split()):
                proper |= {qualifiers[k]}
        k += 1
    # (or another office of ministers: "New Zealand's prime minister" is not its justice minister)
    portfolio = _forms(role[-2]) if head == "minister" and len(role) >= 2 \
        and (_is_portfolio(role[-2], proper) or role[-2] in _OTHER_OFFICES) else frozenset()
    return RoleQuery(head, frozenset(heads), tuple(forms), ranks, leader,
                     "opposition" in qualifiers, tuple(qualifiers), frozenset(w for w in qualifiers if w in proper),
                     portfolio)


def _is_portfolio(word: str, proper: frozenset[str] = frozenset()) -> bool:
    """Is a word asked right before 'minister' a portfolio ('the Dutch asylum minister'), not a place, a people, a
    rank or what the holder is now ('the Dutch caretaker minister', 'the new minister')?"""
    return (word not in proper and word not in _FILLER and word not in LOWER_RANKS and word not in _TENURE
            and word not in _STANDING and word not in lexicon.countries() and word not in lexicon.title_words()
            and not any(word in (place, adjective) for place, adjective in _REGION_ADJECTIVES.items()))


@lru_cache(maxsize=8192)
def _names_a_body(title_key: str) -> bool:
    """Does a title (normalised) name the body of its office after 'of' or 'for' ('head of the atomic energy
    organisation of iran'), not only a portfolio or nothing ('chief executive')?"""
    listed = title_key.split()
    cut = next((i for i, w in enumerate(listed) if w in ("of", "for")), -1)
    return cut >= 0 and any(w in lexicon.organisation_heads() for w in listed[cut + 1 :])


def _reworded(words: list[str]) -> list[str]:
    """``words`` with each set phrase of _REWORDINGS replaced by the words a title uses."""
    for phrase, instead in _REWORDINGS:
        n = len(phrase)
        i = next((i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == phrase), -1)
        if i >= 0:
            words = [*words[:i], *instead, *words[i + n :]]
    return words


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_PEOPLE_ENDINGS = ("ian", "ean", "ese", "ish")
_PEOPLE_ADJECTIVE = re.compile(r"[A-Z][a-z]{3,}(?:" + "|".join(_PEOPLE_ENDINGS) + ")")  # 'Zalesian', 'Kurdish': a place's people
_LINKS = {"of", "for", "to", "at", "in", "and", "on", "with"}
_POSSESSIVE_END = re.compile(r"['’]s$|(?<=s)['’]$")  # "Qaraband's", "Brussels'"


@lru_cache(maxsize=8192)
def owners(phrase: str) -> tuple[frozenset[str], ...]:
    """The places a role or title says its office is of, each with the words that bear it out: a country by name,
    adjective or seat in any case ('Fijian minister', "tuvalu's climate minister", 'Minister of Japan'), or a word
    before the head written as a place's adjective or owner ('the Zalesian mediator', "Qaraband's envoy")."""
    words = _WORD.findall(phrase or "")
    found: list[frozenset[str]] = []
    known = lexicon.countries()
    titles = lexicon.title_words()
    first_names = lexicon.first_names()
    linked = False
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            bare = [_POSSESSIVE_END.sub("", w) for w in words[i : i + n]]
            key = " ".join(bare).lower()
            country = known.get(key) or known.get(key.rstrip(".")) if len(bare) == n else None
            if country is not None:
                forms = set(_country_forms(country))
                found.append(frozenset(forms | {s for f in forms for group in _SPELLINGS if f in group for s in group}))
                i += n  # (its other names too: the EU is European)
                break
        else:
            word = words[i].rstrip(".")
            bare_word = _POSSESSIVE_END.sub("", word)
            following = words[i + 1].lower() if i + 1 < len(words) else ""
            owner = bare_word != word and bare_word[:1].isupper() and following
            if word.lower() in _LINKS:
                linked = True
            elif (owner or _PEOPLE_ADJECTIVE.fullmatch(word) and following and following not in _LINKS
                    and not linked and word.lower() not in first_names) and bare_word.lower() not in titles:
                found.append(_forms(bare_word.lower()))  # (not after 'of', 'in': "the judge in the Meridian AI
                #                                           case" is asked about no Meridian's judge)
            i += 1
    return tuple(found)


def clashes(asked: tuple[frozenset[str], ...], titles: list[str]) -> bool:
    """Do a holder's ``titles`` (as written) put the office in another place than the one ``asked`` ('Tuvalu's
    climate minister' for "Fiji's climate minister", 'Zalesian mediator' for "the Podillian mediator")?"""
    held = [o for t in titles for o in owners(t)]
    if not asked or not held:
        return False
    if all(_a_place(o) for o in asked) and not any(_a_place(o) for o in held):
        return False  # (a body owns the office, not a place: "Ofcom's director" may well be "at the UK regulator")
    if all(_a_place(o) for o in held) and not any(_a_place(o) or _a_people(o) for o in asked):
        return False  # (a city or a region may be in the country: "Manhattan's federal prosecutor", 'U.S. Attorney';
        #             not a people's adjective: "the Podillian mediator" is no 'Russian mediator')
    keys = [normalise(t) for t in titles]
    words = {w for k in keys for w in k.split()}
    spaced = " ".join(f" {k} " for k in keys)
    return not any(bears(frozenset(f for f in forms if " " not in f), words)
                   or any(f" {f} " in spaced for f in forms if " " in f) for forms in asked)


# a named owner of an office: "Save the Children's", "World Food Programme's", "the WFP's"
_POSSESSOR = re.compile(r"((?:[A-Z][\w.&-]*\s+(?:(?:the|of|and|for|&)\s+)*)*[A-Z][\w.&-]*)['’]s\b")


@lru_cache(maxsize=8192)
def body_owners(phrase: str) -> tuple[tuple[str, ...], ...]:
    """The bodies (or people) a phrase gives an office to by the possessive, each as its words ('save the
    children's yemen advocacy chief' -> ('save', 'children')); places are owners() business."""
    out = []
    for m in _POSSESSOR.finditer(phrase or ""):
        words = tuple(w for w in normalise(m.group(1)).split() if w not in _FILLER)
        if words and " ".join(words) not in lexicon.countries() and not lexicon.title_words().intersection(words):
            out.append(words)
    return tuple(out)


_FOR_OWNER = re.compile(r"\bfor\s+(?:the\s+)?(\w.*)$")


def owned_elsewhere(phrase: str, titles: list[str]) -> bool:
    """Do a holder's ``titles`` give the office to another body than the one ``phrase`` asks by the possessive
    ('World Food Programme's country director' for "Save the Children's Yemen advocacy chief")? Only when a title
    names its own owner so; the asked owner is borne out by any word of the titles or by its letters."""
    asked = body_owners(phrase)
    theirs = [o for t in titles for o in body_owners(t)] + [  # (or after "for": 'attorney for the school district')
        tuple(normalise(m.group(1)).split()) for t in titles if (m := _FOR_OWNER.search(t)) is not None
        and normalise(m.group(1)) not in lexicon.countries()]  # (not a place: 'country director for Yemen')
    if not asked or not theirs:
        return False
    words = {w for t in titles for w in normalise(t).split()}
    for owner in asked:
        if any(bears(_forms(w), words) for w in owner) or "".join(w[0] for w in owner) in words:
            return False  # (its words or its initials: "the WFP" for 'WFP country director')
        if len(owner) == 1 and any(spells_out(owner[0], " ".join(o)) for o in theirs):
            return False  # (its letters spell a title's owner: "the WFP's man" for 'World Food Programme's director')
    return True


def _a_people(forms: frozenset[str]) -> bool:
    """Are the words that bear out an owner a people's adjective ('podillian', 'zalesian', 'kurdish')?"""
    return any(f.endswith(_PEOPLE_ENDINGS) for f in forms)


def _a_place(forms: frozenset[str]) -> bool:
    """Are the words that bear out an owner (see owners) a country's?"""
    return any(f in lexicon.countries() for f in forms)


def _country_forms(country: lexicon.Country) -> tuple[str, ...]:
    """Every way a text may name the country: its name, adjectives and seats, normalised."""
    return tuple(normalise(x) for x in (country.name, *country.adjectives, *country.seats))


def bears(forms: frozenset[str], words: set[str]) -> bool:
    """Is one of ``forms`` among ``words``, or a word formed from it by an ending of up to three letters
    ('aldavia' in "Aldavian President", 'ukraine' -> 'ukrainian')?"""
    if forms & words:
        return True
    long = [f for f in forms if len(f) >= 5]
    return bool(long) and any(len(w) > 5 and any(_formed(f, w) for f in long) for w in words)


def _formed(a: str, b: str) -> bool:
    short, longer = (a, b) if len(a) <= len(b) else (b, a)
    stem = short[:-1] if short.endswith("e") else short  # ('ukraine' -> 'ukrainian')
    return len(longer) - len(stem) <= 3 and longer.startswith(stem)


def _forms(word: str) -> frozenset[str]:
    """The words that bear out a qualifier: itself, its other spelling, and for a country's name or adjective
    every name, adjective and seat of that country ('estonian' -> estonia, estonian, tallinn)."""
    forms = {word}
    agent = word[:-1] if word.endswith(("ers", "ors")) else word
    if len(agent) >= 8 and agent.endswith(("er", "or")):
        forms.add(agent[:-2])  # (what a retailer, exporter or developer does: "an online retail giant", "retailers")
    for spellings in _SPELLINGS:
        if word in spellings:
            forms |= spellings  # (labour is in two groups: its spellings and its portfolio's names)
    if word in _BODY_KINDS:
        forms |= _BODY_KINDS | {"commission", "inspectorate"}  # (a regulator: the National Cocoa Authority)
    if word in ("body", "organisation", "organization", "lobby", "association", "federation", "group"):
        forms |= _MEMBERS_BODIES
    for place, adjective in _REGION_ADJECTIVES.items():
        if word in (place, adjective):
            forms |= {place, adjective}  # ("Scotland's fishing body": the Scottish Fishermen's Federation)
    country = lexicon.countries().get(word)
    if country is not None:  # (one-word forms only: not "south" for "South Korean")
        forms |= {f for f in _country_forms(country) if " " not in f}
    return frozenset(forms)

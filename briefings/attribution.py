"""Speaker attribution within one document.

Turns the noun phrase that introduces a statement ("CSTO Secretary General Stanislav Zas",
"Zas", "the Secretary General", "he", "the Russian side", "officials") into one entity of the
document, so that every way of naming a speaker leads to one canonical name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from operator import sub

from . import lexicon
from .speakers import (
    HYPHENATED_GIVEN,
    doubled_slip,
    edit_distance,
    family_name_first,
    middle_name_variant,
    name_parts,
    normalise,
    similar_word,
    title_only,
)

# abbreviated titles and honorifics that open a name ("Sen. Omar Haddad", "Brig. Gen. Tomasz Wilk")
NAME_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "St", "Jr", "Sr",
                      "Del", "Prof", "Rev", "Adv", "Hon", "Brig", "Det", "Insp", "Fr")
# The abbreviations ("Mr.", "U.N.", "J. Smith") sit behind a look-ahead for a letter and a full stop
# within five characters, so most words skip the alternatives at once (a quarter of the tokeniser's time).
TOKEN = re.compile(
    r"(?=[A-Za-z][a-z]{0,3}\.)"
    r"(?:(?:" + "|".join((*NAME_ABBREVIATIONS, "Maj", "Adm", "Cmdr", "Cdr", "Msgr", "Amb", "Atty", "Supt", "Smt", "Inc",
                          "Corp", "Ltd", "Co")) + r")\."
    r"|(?:[A-Z]\.){2,}|[A-Za-z]\.(?=\s*[A-Z]))"
    r"|\w+(?:[’'\-.&]\w+|,(?<=\d,)(?=\d{3}\b)\w+)*(?:\.(?=[,)])|[’'](?:s\b)?)?|[^\w\s]"
)  # (a number's thousands stay one word: "1,800")

# lower-case particles inside names: "Bill de Blasio", "Ludwig van Beethoven"
NAME_PARTICLES = {"de", "van", "von", "da", "der", "den", "del", "della", "di", "du", "bin", "ibn", "dos", "das", "do", "ter", "ten", "la", "le",
                  "des", "los",
                  "oglu", "ogly", "qizi", "kyzy", "gyzy", "uulu"}  # Turkic patronymics: "Ilgar Rashid oglu Sultanli"
# the particles that open a surname, with the Irish ones written capitalised ("Ó Dálaigh", "Ní Riada", "Mac Lochlainn")
_SURNAME_PARTICLES = NAME_PARTICLES | {"o", "ni", "nic", "mac", "ua"}
PRONOUNS = {"he": "m", "she": "f", "it": "n", "they": "p", "we": "p", "i": "s", "who": "?"}
DETERMINERS = {"the", "a", "an", "another", "one", "two", "three", "several", "some", "many", "most", "other", "both", "all", "his", "her", "their", "its", "our"}
AUXILIARIES = {
    "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do",
    "also", "then", "later", "again", "previously", "recently", "once", "often", "still", "never", "always",
    "even", "not", "just", "already", "too", "first", "further", "finally", "separately", "earlier",
    "been", "being", "be", "is", "was", "were", "are", "reportedly", "repeatedly", "long", "now", "since",
    "sometimes", "ever", "indeed",
}
RELATIVES = {
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow", "widower", "niece",
    "nephew", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandmother", "grandfather", "fiance",
    "fiancee", "fiancé", "fiancée", "girlfriend", "boyfriend", "sons", "daughters", "brothers", "sisters", "children",
}
ROLE_NOUNS = {
    "official", "officials", "aide", "aides", "source", "sources", "expert", "experts", "analyst", "analysts",
    "critic", "critics", "supporter", "supporters", "advocate", "advocates", "lawmaker", "lawmakers",
    "backbencher", "backbenchers", "frontbencher",
    "voter", "voters", "resident", "residents", "observer", "observers", "diplomat", "diplomats",
    "authorities", "police", "prosecutor", "prosecutors", "investigator", "investigators", "economist",
    "economists", "researcher", "researchers", "scientist", "scientists", "leader", "leaders", "member",
    "members", "people", "spokesman", "spokeswoman", "spokesperson", "representative", "representatives",
    "operative", "operatives", "strategist", "strategists", "adviser", "advisers", "advisor", "advisors",
    "staff", "staffers", "organizers", "organisers", "activists", "activist", "witness", "witnesses",
    "executive", "executives", "lawyer", "lawyers", "attorney", "attorneys", "doctor", "doctors",
    "candidate", "nominee", "campaign", "administration", "government", "ministry", "agency", "statement",
    "report", "poll", "survey", "study", "court", "judge", "panel", "committee", "commission", "group",
    "side", "spokespeople", "democrats", "republicans", "commentators", "pollster", "pollsters", "reporter",
    "reporters", "president", "senator", "governor", "minister", "secretary", "chairman", "director",
    "officer", "officers", "employees", "workers", "union", "company", "firm", "chief", "head",
    "ambassador", "envoy", "general", "insiders", "team", "camp", "office", "businessman", "businesswoman", "billionaire", "allies", "colleagues", "friends", "partners",
    "participants", "respondents", "americans", "citizens", "students", "teachers", "parents",
    "narrator", "announcer", "host", "presenter", "broadcaster", "correspondent", "moderator", "anchor",
    "interviewer", "author", "authors", "writer",
    "editors", "columnist", "commentator", "blogger", "insider", "relatives", "family", "neighbors",
    "neighbours", "protesters", "demonstrators", "marchers", "crowd", "crowds", "audience", "opponents", "proponents", "backers", "donors", "veterans",
    "physicians", "nurses", "troops", "soldiers", "delegates", "senators", "governors", "mayors",
    # trades and groups that news reports quote as a body: ", traders said", "farmers say"
    "trader", "traders", "investor", "investors", "banker", "bankers", "farmer", "farmers", "engineer",
    "engineers", "historian", "historians", "scholar", "scholars", "academics", "lobbyist", "lobbyists",
    "campaigners", "regulator", "regulators", "manager", "managers", "owners", "miners", "drivers", "pilots",
    "firefighters", "patients", "shoppers", "consumers", "fans", "survivors", "victims", "clerics", "elders",
    "men", "women", "sides",  # "Both men said", "the two women said", "both sides said"
    "surrogate", "surrogates", "defenders", "detractors", "loyalists", "associates", "confidants",
    "curator", "solicitor", "barrister", "landlord", "miner", "architect", "teenager", "suspect", "singer", "actor",
    "actress", "novelist", "batsman", "bowler", "trainer", "boxer", "champion", "rapper", "guitarist", "drummer",
    "chef", "pupil", "palace", "military", "opposition", "inquiry", "band", "orchestra", "supermarket",
    # one of a trade or group: "A former employee who left last year said"
    "employee", "worker", "staffer", "student", "teacher", "parent", "nurse", "physician", "soldier", "delegate",
    "protester", "demonstrator", "opponent", "neighbor", "neighbour", "colleague", "ally", "donor", "veteran",
    "survivor", "victim", "owner", "driver", "pilot", "firefighter", "patient", "shopkeeper", "vendor", "volunteer",
    "volunteers", "tenant", "tenants", "commuter", "commuters", "passenger", "passengers", "customer", "customers",
    "forecasters", "contractor", "contractors", "woman", "man", "girl", "boy",  # "a woman who lives nearby said"
    "media",  # "Russian state media reported"
    "technician", "technicians", "mechanic", "mechanics", "clerk", "clerks", "cashier", "cashiers", "guard", "guards",
    "janitor", "laborer", "laborers", "labourer", "labourers", "welder", "welders", "electrician", "electricians",
    # bodies in the plural: "Environmental groups said", "Several banks warned"
    "groups", "organisations", "organizations", "unions", "agencies", "companies", "firms", "charities",
    "governments", "parties", "airlines", "lenders", "insurers", "retailers", "manufacturers", "banks",
    "ministers", "presidents", "chiefs", "heads", "envoys", "ambassadors", "negotiators", "mediators",
    # more trades and groups, in the plural ("Several sales agents said privately ..."; one of them, "the agent",
    # is the one the story named)
    "agents", "buyers", "sellers", "producers", "filmmakers", "artists", "musicians", "publishers", "brokers",
    "dealers", "developers", "founders", "midwives", "carers", "caregivers", "landlords", "renters", "growers",
    "ranchers", "truckers", "crews", "rescuers", "priests", "bishops", "sponsors", "planners",
    # one of a trade the markets and disaster pages quote: "One underwriter at a reinsurer said"
    "underwriter", "underwriters", "broker", "actuary", "actuaries", "creditor", "creditors", "depositor",
    "depositors", "meteorologist", "meteorologists", "forecaster", "seismologist", "seismologists",
    "volcanologist", "hydrologist", "rescuer", "campaigner",
    # the tabloid's words for the people in its story: "the tearful mum added", "the doc told reporters"
    "mum", "mom", "dad", "doc",
    # people met in the news without a name: "a friend commented:", "one questioner claimed", "a caller asked"
    "friend", "questioner", "questioners", "caller", "callers", "listener", "listeners", "viewer", "viewers",
    "reader", "readers", "bystander", "bystanders", "onlooker", "onlookers", "passerby", "eyewitness", "eyewitnesses",
    "attendee", "attendees", "spectator", "spectators", "mourner", "mourners", "coach", "coaches", "player", "players",
    "pastor", "priest", "imam", "rabbi", "cleric", "professor", "professors", "lecturer", "villager", "villagers",
    "homeowner", "homeowners", "retiree", "retirees", "pensioner", "pensioners", "motorist", "motorists",
    "inmate", "inmates", "prisoner", "prisoners", "refugee", "refugees", "migrant", "migrants", "consultant",
    "consultants", "entrepreneur", "entrepreneurs", "shareholder", "shareholders", "juror", "jurors", "detective",
    "detectives", "legislator", "legislators", "councillor", "councillors", "councilor", "councilors", "inspector",
    "inspectors", "auditor", "auditors", "medic", "medics", "paramedic", "paramedics", "surgeon", "surgeons",
    "visitor", "visitors", "tourist", "tourists", "negotiator", "mediator", "teammate", "teammates",
    # trades and people in the news: "a former accountant testified", "a pharmacist in the town said"
    "accountant", "pharmacist", "fisherman", "fishermen", "journalist", "journalists", "photographer",
    "photographers", "programmer", "programmers", "pathologist", "psychologist", "psychologists", "psychiatrist",
    "psychiatrists", "therapist", "dentist", "veterinarian", "graduate", "graduates", "intern", "interns", "trainee",
    "trainees", "borrower", "borrowers", "accountants", "epidemiologist", "epidemiologists", "virologist",
    "geologist", "geologists", "climatologist", "astronomer", "astronomers", "biologist", "biologists", "physicist",
    "physicists", "mathematician", "statistician", "demographer", "sociologist", "sociologists", "archaeologist",
    "librarian", "organizer", "organiser", "coordinator", "paralegal", "defendant", "defendants", "plaintiff",
    "plaintiffs", "parolee", "evacuee", "evacuees", "shopper", "cyclists", "pedestrian", "pedestrians", "athlete",
    "athletes", "worshipper", "worshippers", "parishioner", "parishioners",
    # sport: "City boss Marco Ferri was less happy. He said ..."
    "boss", "bosses", "skipper", "striker", "midfielder", "goalkeeper", "defender", "winger", "quarterback", "pitcher",
    "jockey", "referee", "referees", "umpire",
}
# describing nouns that name an office of their own ("the senator" is not the mayor just named)
_OFFICE_NOUNS = {"president", "senator", "governor", "minister", "secretary", "chairman", "chairwoman", "chair",
                 "director", "chief", "ambassador", "envoy", "mayor", "premier", "chancellor", "congressman",
                 "congresswoman", "general", "commander", "captain", "manager", "coach", "boss", "skipper", "nominee",
                 "candidate", "incumbent", "challenger", "prosecutor", "judge"}
_CAMPAIGN_ROLES = {"nominee", "candidate", "incumbent", "challenger", "frontrunner", "front-runner"}
# nouns a story uses for a person it has just named ("Al-Badrani said ... The envoy added"; "the billionaire"), as
# opposed to the unnamed people it quotes ("the official", "a spokeswoman", "the lawyer": someone else)
DESCRIBING_NOUNS = {
    "president", "senator", "governor", "minister", "secretary", "chairman", "chairwoman", "chair", "director",
    "chief", "deputy", "ambassador", "envoy", "nominee", "candidate", "mayor", "premier", "chancellor", "congressman",
    "congresswoman", "lawmaker", "legislator", "politician", "incumbent", "challenger", "frontrunner", "front-runner",
    "billionaire", "businessman", "businesswoman", "tycoon", "magnate", "mogul", "entrepreneur", "founder",
    "author", "novelist", "writer", "poet", "singer", "actor", "actress", "rapper", "musician", "artist", "comedian",
    "filmmaker", "star", "striker", "midfielder", "goalkeeper", "defender", "winger", "quarterback", "pitcher", "coach",
    "manager", "boss", "skipper", "captain", "champion", "boxer", "jockey", "chef", "economist", "professor",
    "scientist", "historian", "researcher", "diplomat", "veteran", "general", "commander", "expert", "analyst",
    "observer", "commentator", "strategist", "pollster", "academic", "backbencher", "frontbencher", "campaigner",
    # the tabloid's: "the tearful mum added", "the doc told reporters"
    "mum", "mom", "dad", "doc", "medic", "surgeon", "doctor",
}
# unnamed speakers that a later "he"/"she" can stand for: one person in a role ("a former employee")
PERSON_ROLE_HEADS = {w for w in ROLE_NOUNS if not w.endswith("s")} - {
    "police", "staff", "people", "campaign", "administration", "government", "ministry", "agency", "statement",
    "report", "poll", "survey", "study", "court", "panel", "committee", "commission", "group", "side", "union",
    "company", "firm", "team", "camp", "office", "family", "crowd", "audience",  # (many people: never "she")
    "palace", "military", "opposition", "inquiry", "band", "orchestra", "supermarket",
    # who asks is answered by someone else: "one questioner claimed ... 'You're right,' he said" is the one asked
    "questioner", "caller", "listener", "viewer", "reader"}
DOCUMENT_NOUNS = {"statement", "statements", "release", "communique", "communiqué", "memo", "letter", "filing",
                  "website", "account", "tweet", "tweets", "post", "message", "announcement", "report", "press",
                  "database"}
# texts that speak for their authors when the author is not named: "the letter reads", "the study found"
SPEAKING_TEXTS = DOCUMENT_NOUNS | {"study", "poll", "survey", "book", "article", "ad", "advertisement", "memo",
                                   "lawsuit", "suit", "complaint", "indictment", "editorial", "column", "petition",
                                   "resolution", "ruling", "order", "bill", "analysis", "review", "document",
                                   "documents", "email", "emails", "video", "transcript", "platform", "guidance", "slide", "chart",
                                   "sign", "banner", "caption", "headline", "notice", "data", "figures",
                                   "statistics", "records", "message", "website", "spot", "commercial", "brief", "motion",
                                   "affidavit", "testimony", "opinion", "dissent", "proposal"}
# political labels: capitalised, but never part of a person's name ("Republican Donald Trump")
PARTY_WORDS = {"republican", "republicans", "democrat", "democrats", "democratic", "gop", "conservative",
               "conservatives", "liberal", "liberals", "libertarian", "progressive", "progressives", "socialist",
               "tory", "tories", "labour", "populist", "nationalist", "lib", "dem", "dems"}  # ("Lib Dem X")
GROUP_WORDS = {"side", "government", "authorities", "officials", "leadership", "administration"}
CAP_STOP = {
    "the", "a", "an", "in", "on", "at", "after", "before", "meanwhile", "however", "but", "and", "or", "as",
    "for", "from", "with", "when", "while", "this", "that", "these", "those", "it", "he", "she", "they",
    "we", "i", "his", "her", "their", "our", "its", "if", "so", "since", "during", "over", "under", "of",
    "to", "by", "about", "despite", "although", "yet", "still", "also", "then", "there", "here", "what",
    "why", "how", "who", "where", "last", "next", "earlier", "later", "now", "today", "yesterday",
    "asked", "speaking", "according", "instead", "indeed", "thus", "both", "all", "some", "many",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "mr", "mrs", "ms", "dr", "no", "not", "yes", "one", "my", "your", "you", "me", "us", "him", "them",
    "do", "does", "did", "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "can",
    "could", "should", "again", "every", "each", "any", "more", "most", "just", "only", "even", "like",
    "unlike", "until", "because", "though", "whether", "once", "than", "into", "onto", "upon", "within",
    "without", "between", "among", "against", "through", "throughout", "across", "behind", "beyond",
    "toward", "towards", "amid", "via", "per", "ahead", "let", "well", "oh", "please", "thank", "thanks",
}
# title words that only qualify another title: "federal", "national security" alone name nobody
TITLE_MODIFIERS = {"national", "security", "foreign", "defense", "defence", "interior", "finance", "state",
                   "federal", "house", "senate", "joint", "staff", "former", "acting", "deputy", "senior", "top",
                   "then-", "assistant", "member", "head", "general", "chief", "official", "financial", "operating"}
_PLACE_NOUNS = "state|province|region|city|county|district|town|village|island|parish|borough|municipality|township"
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:have|are|were)\b")
# honorifics used with a given name: "Sheikh Sultan", "Prince Faisal", "Dato' Sri Anwar"
_GIVEN_NAME_HONORIFICS = {"sheikh", "sheikha", "prince", "princess", "emir", "king", "queen", "sultan", "tunku", "tengku"}
_ASKED_BY = re.compile(r"\b[Aa]sked\s+by\s+(?:[a-z]+\s+){0,3}$")
# title modifiers that are nouns of their own at the end of a phrase: "A sheriff's deputy said", "the chief said"
_MODIFIER_NOUNS = {"deputy", "deputies", "chief"}
# the last words of the names of seas, rivers, mountains and the like: places, never people
_GEO_HEADS = {"sea", "ocean", "river", "lake", "mountain", "mountains", "valley", "island", "islands", "bay", "gulf",
              "strait", "straits", "coast", "peninsula", "desert", "canal", "basin", "delta", "plateau", "highlands"}
_PARTY_TOWN = re.compile(r"[DRI]-[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,2}")
_GENERIC_NAME_OPENERS = {"national", "american", "united", "general", "first", "new", "royal", "federal", "international",
                         "global", "world", "state", "central", "public", "democratic", "republican", "social", "free",
                         "great", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
                         "standard", "union", "pacific", "atlantic", "continental", "allied", "consolidated", "premier"}
_NATIONALITY_NOUN = re.compile(r"(?:english|french|dutch|irish|welsh|scots|scottish|cornish)(?:man|woman)|spaniard|dane"
                               r"|swede|pole|finn|turk|briton|scot|kiwi|aussie|argentine")
# the portfolios that name a minister or secretary ("the health secretary", "the education minister")
PORTFOLIOS = {"foreign", "defence", "defense", "interior", "finance", "health", "education", "transport", "justice",
              "home", "trade", "energy", "environment", "culture", "housing", "agriculture", "labour", "labor",
              "treasury", "economy", "commerce", "industry", "tourism", "immigration", "communications",
              "infrastructure", "sport", "sports", "welfare", "employment", "fisheries", "mines", "water", "planning",
              "science", "technology", "veterans", "homeland", "works"}
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m", "madam": "f",
                    "sri": "m", "shrimati": "f", "kumari": "f",  # (Indian English)
                    "lady": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f",
                    "congressman": "m", "congresswoman": "f",
                    "councilman": "m", "councilwoman": "f", "alderman": "m", "alderwoman": "f",
                    "assemblyman": "m", "assemblywoman": "f", "spokesman": "m", "spokeswoman": "f",
                    "chairman": "m", "chairwoman": "f", "alhaji": "m", "alhaja": "f", "hajia": "f", "mallam": "m",
                    "shri": "m", "smt": "f", "begum": "f"}
# the courtesy titles among them, which name no office ("Union Minister for Water Resources Shri ...": the office
# ends before "Shri"; not "spokeswoman", "chairman")
_COURTESY_TITLES = {"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "sri", "shri", "smt", "shrimati", "kumari",
                    "begum", "alhaji", "alhaja", "hajia", "mallam", "dr", "prof"}  # ("Superintendent Dr. Renata ...")


def tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m[0], *m.span()) for m in TOKEN.finditer(text, start, end)]


# A token with the white space before it.  Every character that is not white space starts or continues a
# token, and no token holds white space, so from any offset the matches of this pattern follow one another
# without a gap and give the tokens TOKEN finds, each one ending where the lengths so far add up to.
# It first tries the commonest token, a lower-case word followed by nothing that could join on to it (no word
# character, apostrophe, hyphen, full stop or &): TOKEN reads such a word the same, as its abbreviations need
# a full stop and its words stop there too.  A fifth faster (same tokens, fuzzed).
_SPACED_TOKEN = re.compile(r"\s*(?:[a-z]+(?![\w’'\-.&])|" + TOKEN.pattern + ")")


def tokens_between(text: str, start: int, stop: int) -> tuple[list[tuple[str, int, int]], list[int]]:
    """The tokens of ``tokens(text, 0, len(text))`` that start in [start, stop), and their start offsets,
    when white space (or the start of the text) comes right before ``start`` and (or the end of the text)
    right before ``stop``: no token crosses either, so the piece can be tokenised alone."""
    n = len(text)
    # the look-ahead of an initial ('J. Smith') reads across white space to the next character: keep it
    end = stop
    while end < n and text[end].isspace():
        end += 1
    end = min(n, end + 1)
    spaced = _SPACED_TOKEN.findall(text, start, end)
    ends = list(accumulate(map(len, spaced), initial=start))
    del ends[0]
    words = list(map(str.lstrip, spaced))  # str.lstrip drops what \s matches
    starts = list(map(sub, ends, map(len, words)))
    if starts and starts[-1] >= stop:  # the first character of the next piece (only it is before ``end``)
        del words[-1], starts[-1], ends[-1]
    return list(zip(words, starts, ends, strict=True)), starts


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def is_acronym(word: str) -> bool:
    w = word.replace(".", "").replace("&", "")
    return len(w) >= 2 and w.isupper() and w.isalpha() and len(w) <= 6


@lru_cache(maxsize=65536)
def strip_possessive(word: str) -> str:
    if not word.endswith(("'", "’", "s")):
        return word  # (most words: no regular expression needed)
    return re.sub(r"[’'](s)?$", "", word)


@dataclass(slots=True)
class Entity:
    name: str
    kind: str  # person | organisation | government | unnamed
    titles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None
    mentions: int = 0
    last_pos: int = -1
    first_pos: int = -1  # where the text first names it: a title before that is someone else
    gender_guessed: bool = False  # the sex was read off the given name alone (an honorific or a pronoun tells more)


# offices newswire names by their function: "the head of government noted", "the head of state said"
SPOKESPEOPLE = ("spokesperson", "spokeswoman", "spokesman", "official representative", "press secretary")
_TITLE_SYNONYMS = {"head of government": ("prime minister", "premier", "chancellor"),
                   "head of state": ("president", "king", "queen", "emir", "monarch"),
                   "premier": ("prime minister",), "prime minister": ("premier",),
                   "judge": ("justice",),  # "Justice Kavitha Narasimhan ... the judge wrote"
                   # "official representative of the Foreign Ministry Margarita Zharova ... the spokeswoman said"
                   **{w: tuple(x for x in SPOKESPEOPLE if x != w) for w in SPOKESPEOPLE}}
_SUB_RANKS = {"deputy", "vice", "shadow", "assistant", "under", "acting", "associate", "junior", "general"}
# ranks that make a title another office than the one it ends in: the shadow health secretary is not the health
# secretary, the deputy minister not the minister (for matching a role to a holder's title)
LOWER_RANKS = frozenset({"shadow", "deputy", "vice", "assistant", "acting", "former", "junior", "under", "associate",
                         "interim"})


def words_key(text: str) -> str:
    """' word word ': lower case, punctuation as spaces, padded, for whole-word tests ('us' is not in 'business')."""
    return " " + " ".join(re.sub(r"[^\w]+", " ", text.lower()).split()) + " "


def _title_fits(have: str, want: str) -> bool:
    """Does the title key ``have`` hold the title ``want``: the same, a kind of it ('foreign minister' for
    'minister', not 'deputy minister'), or it of somewhere ('secretary general of the csto')?"""
    if have == want or have.endswith(" " + want) and have[: -len(want) - 1].split()[-1] not in _SUB_RANKS \
            or (" " + want + " of") in (" " + have + " "):
        return True
    # "union minister for water resources": a portfolio after "for", not a deputy's
    k = (" " + have + " ").find(" " + want + " for ")
    return k >= 0 and (k == 0 or have[: k - 1].split()[-1] not in _SUB_RANKS)


@dataclass(frozen=True, slots=True)
class TitleQuery:
    """A title asked about: 'the prime minister' (any of ``wants``), 'the French president' (and naming one of
    ``nation``), 'the CSTO chief' (a top rank of the organisation ``org`` / ``acronym``)."""

    wants: frozenset[str] = frozenset()  # title keys ('president', 'prime minister')
    nation: frozenset[str] = frozenset()  # words_key of a country's name, adjectives and seats
    org: str = ""  # words_key of the organisation's words
    acronym: str = ""

    @classmethod
    def plain(cls, title_words: list[str]) -> TitleQuery:
        """Holders of this title ('the Secretary General', 'Prime minister')."""
        return cls(frozenset({_title_key(title_words)}))

    @classmethod
    def national(cls, want: str, nation: str, qualified: bool = False) -> TitleQuery:
        """``qualified``: other words qualify the title ("the Japanese opposition leader": not the head of
        government)."""
        country = lexicon.countries()[nation.lower()]
        wants = {want, *_TITLE_SYNONYMS.get(want, ())}
        if want == "leader" and not qualified:
            wants |= {*_TITLE_SYNONYMS["head of government"], *_TITLE_SYNONYMS["head of state"]}
        names = frozenset(words_key(n) for n in (country.name, *country.adjectives, *country.seats))
        return cls(frozenset(wants), names)

    @classmethod
    def leader_of(cls, org_words: list[str]) -> TitleQuery | None:
        org = [w for w in org_words if w.lower() != "the"]
        if not org:
            return None
        bare = org[0].replace(".", "")
        return cls(org=words_key(" ".join(org)), acronym=bare if len(org) == 1 and bare.isupper() else "")

    @property
    def _nation_words(self) -> tuple[str, ...]:
        return tuple(n.strip() for n in self.nation)

    def matches(self, title: str) -> bool:
        if self.nation and not any(n in title.lower() for n in self._nation_words):
            return False  # (a quick test first: most titles name no country)
        tk = words_key(title)
        if self.org:
            if " ministry " in self.org and self.org.replace(" ministry ", " minister ") in tk \
                    and not any(f" {sub} minister" in tk for sub in _SUB_RANKS):
                return True  # "the head of the Foreign Ministry": the Foreign Minister (not a deputy minister)
            if not any(r in tk and not any(f" {sub}{r}" in tk for sub in _SUB_RANKS) for r in TOP_RANKS) \
                    or " chief of staff " in tk:
                return False  # (not a deputy secretary general, nor a chief of staff)
            of = re.split(r"\bof\s+(?:the\s+)?", title, maxsplit=1)
            initials = "".join(w[0] for w in of[1].split() if is_cap(w)) if len(of) == 2 else ""
            return self.org in tk or bool(self.acronym) and (self.acronym == initials or self.acronym in title.split())
        have = _title_key(title.split())
        return any(_title_fits(have, w) for w in self.wants) and (not self.nation or any(n in tk for n in self.nation))


def title_query(phrase: str) -> TitleQuery | None:
    """How a question names an office holder by a qualified title ('the Russian president', "Armenia's prime
    minister", 'the prime minister of Armenia', 'the CSTO chief', 'the head of the CSTO'); None otherwise."""
    for step in _reading(tuple(phrase.split())):
        if step[0] == "title" and step[3] is not None:
            qualified = len(step[2].split()) > len(step[1]) + 1  # (the nation's word, the title's words)
            return TitleQuery.national(_title_key(list(step[1])), step[3], qualified)
        if step[0] == "org leader":
            return TitleQuery.leader_of(list(step[1]))
        if step[0] == "office":  # (title with its office, the title alone, the phrase)
            qual = [w for w in step[1][len(step[2]) + 1 :] if w.lower() != "the"]
            country = lexicon.countries().get(" ".join(qual).lower())
            if country is not None:
                return TitleQuery.national(_title_key(list(step[2])), country.name)
            if qual and step[2] and step[2][-1].lower() in LEADER_WORDS:
                return TitleQuery.leader_of(qual)
    return None


def _title_key(words: list[str]) -> str:
    key = " ".join(w.lower().rstrip(".") for w in words).replace("-", " ")
    if key.endswith(_ACRONYM_ENDS):  # "the CFO" is the chief financial officer, "CEO" the chief executive
        key = _EXECUTIVE_ACRONYM.sub(lambda m: EXECUTIVE_TITLES[m.group()], key)
    return key


EXECUTIVE_TITLES = {"ceo": "chief executive", "chief executive officer": "chief executive",
                     "cfo": "chief financial officer", "coo": "chief operating officer",
                     "cto": "chief technology officer"}
_EXECUTIVE_ACRONYM = re.compile(r"\b(?:chief executive officer|ceo|cfo|coo|cto)$")
_ACRONYM_ENDS = ("ceo", "cfo", "coo", "cto", "chief executive officer")


# what is held, not who holds it: never a person's title ("counsel assisting the inquiry, Stephen Marsden,")
_PROCEEDINGS = {"inquiry", "investigation", "hearing", "trial", "case", "probe", "review", "tribunal", "meeting",
                "summit", "conference", "talks", "session", "debate", "election", "vote", "referendum"}


# a place's preposition right before a name: "near Tel Aviv", "in Fenley" (a place, nobody who speaks)
PLACE_BEFORE = re.compile(r"\b(?:near|in|outside|across|around|toward|towards)\s+$")


class Registry:
    """The entities of one document and every way the text has named them."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_key: dict[str, Entity] = {}
        self._by_first_word: dict[str, list[Entity]] = {}  # people by the first word of their name ("xi": Xi Jinping)
        # people of three names by the middle one, and when it was built ("cevallos": Paulina Cevallos Andrade)
        self._middle_index: tuple[int, dict[str, list[Entity]]] = (-1, {})
        self._mentions: list[tuple[int, bool, Entity]] = []  # (offset, is-a-subject, entity), in order
        self._places: dict[str, bool] = {}  # one-word names the text calls a place (see _called_a_place)
        self.companies: set[int] = set()  # ids of bodies the text treats as companies ("Lumora shares rose")
        self.para_starts: list[int] = []  # where the text's paragraphs start, when the caller knows
        self.text = ""  # the text, when the caller gives it
        self._mention_positions: list[int] = []  # the offsets of self._mentions, for bisecting
        self.spoke: dict[int, int] = {}  # ids of the entities the caller has given statements so far: the latest's offset

    # -- registration -------------------------------------------------------------------------
    def add_alias(self, ent: Entity, alias: str, claim: bool = False) -> Entity | None:
        """Another name ``ent`` goes by in this text (a nickname); ``claim``: even when the name was read before
        as someone of its own ("known to supporters as 'Zul Besi'" after "said Zul Besi" was met)."""
        key = normalise(alias)
        other = self._by_key.get(key) if claim and key else None
        self._add_alias(ent, alias)
        if other is not None and other is not ent and other.kind in ("person", "unnamed") \
                and len(name_parts(other.name)) <= 3 and not other.titles:
            self._absorb(other, ent)  # ("besi" too; its mentions so far are this person's: "Zé do Povo laughed. ...
            return other  #            he said")
        return None

    def _absorb(self, other: Entity, ent: Entity) -> None:
        """``other`` was ``ent`` all along: its keys and mentions become ``ent``'s."""
        for k, e in list(self._by_key.items()):
            if e is other:
                self._by_key[k] = ent
        self._mentions = [(p, s, ent if e is other else e) for p, s, e in self._mentions]
        ent.mentions += other.mentions
        ent.first_pos = min(ent.first_pos, other.first_pos) if ent.first_pos >= 0 else other.first_pos

    def forget_title_alone(self, title: str, ent: Entity) -> None:
        """A title read as a person of its own before the name it runs on to ("U.S. Ambassador" of "U.S. Ambassador
        to NATO Craig Donnelly") is that person: its mentions and keys become theirs."""
        other = self._by_key.get(normalise(title))
        if other is None or other is ent or other.kind != "person" or not title_only(other.name):
            return
        self._absorb(other, ent)
        self.entities = [e for e in self.entities if e is not other]

    def _add_alias(self, ent: Entity, alias: str) -> None:
        alias = alias.strip()
        if alias and alias not in ent.aliases:
            ent.aliases.append(alias)
        key = normalise(alias)
        if key:
            self._by_key.setdefault(key, ent)

    def mention(self, ent: Entity, pos: int, surface: str = "", subject: bool = False) -> Entity:
        ent.mentions += 1
        ent.last_pos = max(ent.last_pos, pos)
        if ent.first_pos < 0 or pos < ent.first_pos:
            ent.first_pos = pos
        i = bisect.bisect_right(self._mention_positions, pos)  # after the mentions already at pos
        self._mention_positions.insert(i, pos)
        self._mentions.insert(i, (pos, subject, ent))
        if surface:
            self._add_alias(ent, surface)
        return ent

    def unmention(self, ent: Entity, lo: int, hi: int) -> None:
        """Forget ``ent``'s mentions between ``lo`` and ``hi`` (a phrase read as a subject that is none)."""
        i = bisect.bisect_left(self._mention_positions, lo)
        j = bisect.bisect_left(self._mention_positions, hi)
        keep = [(k, m) for k, m in enumerate(self._mentions[i:j], start=i) if m[2] is not ent]
        if len(keep) == j - i:
            return
        self._mentions[i:j] = [m for _k, m in keep]
        self._mention_positions[i:j] = [m[0] for _k, m in keep]
        ent.mentions -= (j - i) - len(keep)

    def mentions_between(self, lo: int, hi: int) -> list[tuple[int, bool, Entity]]:
        i = bisect.bisect_left(self._mention_positions, lo)
        j = bisect.bisect_left(self._mention_positions, hi)
        return self._mentions[i:j]

    def mentioned_at(self, pos: int) -> bool:
        i = bisect.bisect_left(self._mention_positions, pos)
        return i < len(self._mentions) and self._mentions[i][0] == pos

    def _latest_before(self, pos: int):
        """The mentions before ``pos``, latest first."""
        return reversed(self._mentions[: bisect.bisect_left(self._mention_positions, pos)])

    def latest_person(self, pos: int, within: int = 600) -> Entity | None:
        """The named person mentioned last before ``pos`` (no further back than ``within`` characters)."""
        for mpos, _subj, ent in self._latest_before(pos):
            if mpos < pos - within:
                return None
            if ent.kind == "person" and not ent.name[:1].islower() and not self._placed(ent):
                return ent
        return None

    def _placed(self, ent: Entity) -> bool:
        """Is a one-word name of nobody with a title first met after 'in', 'near', 'outside' ... ('at the training
        ground in Fenley'): a place, which "the 31-year-old defender" does not stand for."""
        if " " in ent.name or ent.titles or ent.first_pos < 4 or not self.text:
            return False
        return PLACE_BEFORE.search(self.text, max(0, ent.first_pos - 9), ent.first_pos) is not None

    def mark_subject(self, ent: Entity, pos: int) -> None:
        i = bisect.bisect_left(self._mention_positions, pos)
        while i < len(self._mentions) and self._mentions[i][0] == pos:
            if self._mentions[i][2] is ent:
                self._mentions[i] = (pos, True, ent)
            i += 1

    def person(self, name_words: list[str], titles: list[str], pos: int, gender: str | None = None,
               subject: bool = False) -> Entity:
        name = " ".join(name_words)
        key = normalise(name)
        ent = self._by_key.get(key)
        sex = _gender_of(name_words, titles)
        if ent is None or ent.kind != "person":
            ent = self._find_person(name_words, sex)
        if ent is not None and ent.gender is not None and sex not in (None, ent.gender):
            ent = None  # "Mr. Obama" is not "Michelle Obama": a namesake of the other sex is someone else
        if ent is None:
            ent = Entity(name, "person")  # as written, middle initials and all: "Eduardo M. Villanueva"
            self.entities.append(ent)
        elif len(name_parts(name)) > len(name_parts(ent.name)) \
                and not (len(name_parts(ent.name)) >= 2 and middle_name_variant(name, ent.name)
                         and self._named_in_body_before(ent, pos)):
            ent.name = name  # "Zas" first, "Stanislav Zas" later: keep the fuller name -- not for a middle name once
            #                  the story has named them: its "Chinwe Okafor" stays so where it says "Chinwe Ifeoma
            #                  Okafor was born" (a headline's "Ilgar Sultanli" gives way to the lead's "Ilgar Rashid
            #                  oglu Sultanli")
        self._add_alias(ent, name)
        self._add_alias(ent, _without_initials(name_words))  # "Loretta E. Lynch" is also found as "Loretta Lynch"
        parts = name_parts(name)
        first = name_parts(ent.name)[:1]
        if first and ent not in self._by_first_word.setdefault(first[0], []):
            self._by_first_word[first[0]].append(ent)
        if parts:
            if not family_name_first(" ".join(name_words)):
                self._add_alias(ent, parts[-1])  # (not "jae" of "Seo Min-jae": half a given name, nobody's surname)
            if len(name_words) >= 2 and any(c in name_words[-1] for c in "'’-") and is_cap(name_words[-1]):
                self._add_alias(ent, name_words[-1])  # "O'Brien", "Doe-Smith": the surname as written, one key
            if len(name_words) >= 2 and HYPHENATED_GIVEN.fullmatch(name_words[-1]):
                self._add_alias(ent, name_words[0])  # "Ban Ki-moon", "Park Geun-hye": the family name comes first
                if len(name_words) == 3 and name_words[0].lower() in lexicon.first_names() and is_cap(name_words[1]):
                    self._add_alias(ent, name_words[1])  # "Colin Ho Kwok-wai": an English name, then the family name
            if len(parts) == 3 and len(name_words) == 3 and parts[0] in lexicon.first_names() \
                    and parts[1] not in lexicon.first_names() and len(parts[1]) > 2 and is_cap(name_words[1]) \
                    and name_words[1].isalpha() and name_words[1].lower() not in NAME_PARTICLES:
                self._add_alias(ent, name_words[1])  # "Errázuriz" for "Tomás Errázuriz Benavente": the first surname
            if len(parts) >= 4:  # "Luiz Inácio Lula da Silva" is "Lula"; "Andrés Manuel López Obrador", "López"
                names = lexicon.first_names()
                for w in name_words[1:-1]:
                    if is_cap(w) and len(w) > 2 and normalise(w) not in names and w.lower() not in NAME_PARTICLES:
                        self._add_alias(ent, w)
            if ent.gender is None and len(parts) > 1:
                ent.gender = lexicon.first_names().get(parts[0]) or WORD_GIVEN_NAMES.get(parts[0])
                ent.gender_guessed = ent.gender is not None
        for t in titles:
            self.add_title(ent, t)
        if gender and ent.gender is None:
            ent.gender = gender
        return self.mention(ent, pos, subject=subject)

    def _named_in_body_before(self, ent: Entity, pos: int) -> bool:
        """Was ``ent`` mentioned below the headline (the first line) before ``pos``?"""
        body = self.para_starts[1] if len(self.para_starts) > 1 else 0
        return any(e is ent and body <= p for p, _s, e in self.mentions_between(body, pos))

    def _find_person(self, name_words: list[str], gender: str | None = None) -> Entity | None:
        if len(name_words) == 1 and "-" in name_words[0]:
            # "Okoro-Reed" after "Vanessa Okoro-Reid": a double surname, a letter off as a whole
            joined = normalise(name_words[0]).replace(" ", "")
            found = [ent for ent in self.entities if ent.kind == "person" and "-" in ent.name.split()[-1]
                     and similar_word(normalise(ent.name.split()[-1]).replace(" ", ""), joined)]
            if len(found) == 1:
                return found[0]
        parts = name_parts(" ".join(name_words))
        particles: tuple[str, ...] = ()
        while len(parts) > 1 and parts[0] in _SURNAME_PARTICLES:
            particles += parts[:1]
            parts = parts[1:]  # "De Blasio" is Bill de Blasio's surname
        if not parts:
            return None
        surname = parts[-1]
        if len(parts) >= 2 and not particles:
            # "Nurul Huda" after "Nurul Huda Kamaruddin": a person called by the given names alone
            longer = [ent for ent in self._by_first_word.get(parts[0], ()) if ent.kind == "person"
                      and (ep := name_parts(ent.name))[: len(parts)] == parts and len(ep) > len(parts)]
            if len(longer) == 1:
                return longer[0]
        if len(parts) >= 2 and not particles:
            # "Sosa Irigoyen", "Magalhaes Filho" after "Omar Sosa Irigoyen", "Rogério Magalhães Filho": a double
            # surname without the given name (a letter off in one of its words at most)
            double = [ent for ent in self.entities if ent.kind == "person"
                      and len(ep := name_parts(ent.name)) > len(parts) and ep[0] != parts[0]
                      and (len(ep) == len(parts) + 1 or ep[0] in lexicon.first_names())  # (a given name before it)
                      and all(similar_word(a, b) for a, b in zip(ep[-len(parts):], parts, strict=True))]
            if len(double) == 1:
                return double[0]
        misspelt: list[Entity] = []  # "Marchetty" after "Ilse Marchetti": one letter off a long surname
        for ent in reversed(self.entities):
            if ent.kind != "person":
                continue
            eparts = name_parts(ent.name)
            while len(eparts) > 1 and eparts[0] in _SURNAME_PARTICLES:
                eparts = eparts[1:]  # "De Blasio" met first, "Bill de Blasio" later
            if not eparts or eparts[-1][0] != surname[0]:
                continue  # (similar_word wants the same first letter: most names fail here, without a call)
            # "Van der Veld" after "Hendrik van der Velde": the particles make a short surname a long name
            long_name = bool(particles) and tuple(eparts[-1 - len(particles) : -1]) == particles
            if not similar_word("".join(particles) + eparts[-1] if long_name else eparts[-1],
                                "".join(particles) + surname if long_name else surname):
                if len(parts) == len(eparts) == 2 and parts[0] == eparts[0] and len(parts[0]) >= 3 \
                        and min(len(surname), len(eparts[-1])) >= 4 and edit_distance(surname, eparts[-1], 1) == 1:
                    return ent  # "Fabio Lentz" after "Fábio Lenz": the same given name, a short surname a letter off
                continue
            if len(parts) == 1 or len(eparts) == 1:
                if parts[-1] == eparts[-1]:
                    return ent
                # (a letter off a shorter surname only after an honorific of the person's sex: "Ms Varda" after
                # "Ilona Varga")
                # (or a letter dropped from a longer one: "Gagon" after "Geneviève Gagnon"; "Brawn" after "Anna
                # Brown" may well be somebody else)
                shortest = 5 if gender is not None and ent.gender == gender or len(surname) != len(eparts[-1]) \
                    or sorted(surname) == sorted(eparts[-1]) else 6  # (two letters swapped: "Boute" for "Wade Buote")
                shortest -= len("".join(particles)) if long_name else 0
                edits = 2 if min(len(surname), len(eparts[-1])) >= 9 else 1  # ("Wróbelski" for "Wróblewski")
                if len(parts) == 1 and len(eparts) > 1 and ent not in misspelt \
                        and (min(len(surname), len(eparts[-1])) >= shortest
                             and 1 <= edit_distance(surname, eparts[-1], edits) <= edits
                             or len(surname) >= 4 and doubled_slip(surname, eparts[-1])):
                    # ("Hüpi" after "Reto Hüppi": a doubled letter written once, however short the name)
                    misspelt.append(ent)
                continue
            a, b = parts[0], eparts[0]
            if a == b or (len(a) == 1 or len(b) == 1) and a[0] == b[0] or similar_word(a, b):
                return ent
        if not misspelt and len(parts) == 1 and len(surname) >= 7:
            # "Batbayer" after "Batbayar Ganbold": a given name used alone (as Mongolian copy does), a letter off
            misspelt = [e for e in self.entities if e.kind == "person" and 2 <= len(ep := name_parts(e.name)) <= 3
                        and ep[0] != surname and len(ep[0]) >= 7 and edit_distance(ep[0], surname, 1) == 1]
        if len(misspelt) > 1 and len({name_parts(e.name)[-1] for e in misspelt}) == 1:
            # namesakes ("Munteaunu" after Valentin Munteanu and his daughter Ioana Munteanu): the one the surname
            # itself finds, the first named (see by_surname)
            first = self._by_key.get(name_parts(misspelt[0].name)[-1])
            return first if any(first is e for e in misspelt) else None
        return misspelt[0] if len(misspelt) == 1 else None

    def _surname_in_text(self, word: str) -> bool:
        """Does the text name a person with this surname ('Anand Vardhan' beside 'Vardhan Agro Industries Ltd')?"""
        names = lexicon.first_names()
        return any(m.group(1).lower() in names for m in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(word) + r"\b",
                                                                     self.text))

    def add_short_name(self, ent: Entity, short: str) -> None:
        """A shorter name a body goes by ('PAP' given in brackets, 'Fenwick' for Fenwick Holdings), unless taken."""
        if normalise(short) not in self._by_key:
            self._add_alias(ent, short)

    def near_surname(self, word: str) -> Entity | None:
        """The one person met so far whose surname ``word`` misspells by a letter ('Marchetty'), or None."""
        if len(word) < 6:
            return None
        return self._find_person([word])

    def add_title(self, ent: Entity, title: str) -> None:
        title = _clean_title(" ".join(title.split()).strip(" ,"))
        # "Gov." is "Governor", so that "quotes from the governor" finds Gov. Hal Brenner
        title = " ".join(_TITLE_ABBREVIATIONS.get(w.lower().rstrip("."), w) for w in title.split())
        if not title or title.lower().rstrip(".") in HONORIFIC_GENDER and len(title) < 5:
            if title.lower().rstrip(".") in HONORIFIC_GENDER and (ent.gender is None or ent.gender_guessed):
                ent.gender, ent.gender_guessed = HONORIFIC_GENDER[title.lower().rstrip(".")], False
            return
        if title.split()[-1].lower() in DOCUMENT_NOUNS | SPEAKING_TEXTS:
            return  # ("In a statement, Daniel Okafor, ... said": a statement is no one's title)
        if ent.kind == "person" and ((head := re.split(r"\s+(?:of|for|at)\s+", title.lower())[0].split()[-1]) in NAME_HEADS
                                     or head in _PROCEEDINGS) and not titleish(head) \
                and not titleish(title.lower().split()[-1].rstrip(".")):  # ("Bank of England Governor": an office)
            return  # ("Appearing before the committee, Alistair Whitcombe, said": a person is no committee)
        if title not in ent.titles:
            ent.titles.append(title)
        low = title.lower().rstrip(".")
        if low in HONORIFIC_GENDER and (ent.gender is None or ent.gender_guessed):
            ent.gender, ent.gender_guessed = HONORIFIC_GENDER[low], False  # ("Mrs" over a given name's guess)

    def named(self, name: str, kind: str, pos: int, surface: str = "") -> Entity:
        if kind == "unnamed":
            name = _LEAD_WORDS.sub("", name) or name  # "But critics say": the critics
        if kind in ("organisation", "unnamed") and (bare := _PARTY_NOUN_AFTER.fullmatch(name)) is not None:
            name = bare.group(1)  # "the far-right Chega party", "the ANO movement": the party is called Chega, ANO
            kind = "organisation"
        key = normalise(name)
        ent = self._by_key.get(key)
        words = name.split()
        formal = _ministry_name(name) if ent is None and kind == "organisation" and "Ministry" in name else None
        full = formal[0] if formal is not None else None
        if full is not None and (ent := self._by_key.get(normalise(full))) is not None:
            # "Russia's Foreign Ministry", then "the Russian Foreign Ministry": the Ministry of Foreign Affairs of
            # Russia, one body however the story names it (called as it was first written)
            self._add_alias(ent, name)
            return self.mention(ent, pos, surface)
        if ent is None and kind == "organisation" and len(words) >= 2 and is_acronym(words[0]) \
                and (whole := self._by_key.get(normalise(words[0]))) is not None and whole.kind == "organisation" \
                and len(whole.name.split()) >= 2:
            # "the CSU Secretariat" after "the Collective Security Union (CSU)": the body's own name, spelt out
            ent = self.named(f"{whole.name} {' '.join(words[1:])}", kind, pos, surface)
            self._add_alias(ent, name)
            return ent
        if ent is None and kind == "organisation" and words[-1].lower().rstrip(".") in LEGAL_ENDS \
                and (short := _company_short_name(words)) \
                and (met := self._by_key.get(normalise(short))) is not None and met.kind == "organisation":
            # "Hyeonsan Motor" in the headline, then "Hyeonsan Motor Co": one company, named in full
            met.name = name
            self._add_alias(met, name)
            self.companies.add(id(met))
            return self.mention(met, pos, surface)
        if ent is None:
            # a ministry with its country takes its formal name ("the Russian Foreign Ministry": the Ministry of
            # Foreign Affairs of Russia), one name for it across stories however each writes it
            ent = Entity(formal[0] if formal is not None and formal[1] else name, kind)
            if kind == "person" and name.split():
                ent.gender = noun_sex(name.split()[-1].lower())  # "the spokesman" (a title alone) is a man
            self.entities.append(ent)
            self._add_alias(ent, name)
            if full is not None:
                self._add_alias(ent, full)
                for uk, us in _PORTFOLIO_SPELLINGS:  # (one ministry however the story spells it: stories in either
                    for was, other in ((uk, us), (us, uk)):  # spelling merge)
                        if was in full:
                            self._add_alias(ent, full.replace(was, other))
            if kind == "organisation" and " & " in name:
                self.companies.add(id(ent))  # "Grantham & Pell", "Corvid & Lane": a firm
            if kind == "organisation" and len(words) >= 3 and words[-1].lower().rstrip(".") in COMPANY_ENDS \
                    and words[0].isalpha() and is_cap(words[0]) and len(words[0]) > 3 \
                    and words[0].lower() not in _GENERIC_NAME_OPENERS and words[0].lower() not in _COUNTRIES \
                    and words[0].lower() not in CAP_STOP and not titleish(words[0].lower()) \
                    and not self._surname_in_text(words[0]):
                self.add_short_name(ent, words[0])  # "Meridian said" after "Meridian Health Partners"
            if kind == "organisation" and (short := _company_short_name(name.split())):
                self.add_short_name(ent, short)  # "Fenwick said" after "Fenwick Holdings"
                if shorter := _company_short_name(short.split()):
                    self.add_short_name(ent, shorter)  # "Norvale said" after "Norvale Foods Inc"
        return self.mention(ent, pos, surface)

    # -- look-ups -------------------------------------------------------------------------------
    def unnamed_holder(self, head: str, pos: int) -> Entity | None:
        """The one office met before ``pos`` with no name yet whose title ends in ``head`` ('Sri Lanka's sports
        minister' of a lead, for "the minister" later, before the story names the holder), or None."""
        if any(e.kind == "person" for _m, _s, e in self.mentions_between(self._para_start(pos), pos)):
            return None  # (someone just written about in this paragraph may be meant: "Al-Badrani, asked ..., would
            #            not be drawn. «Ask me in June,» the envoy said.")
        found = [e for e in self.entities if e.kind == "unnamed" and 0 <= e.first_pos < pos
                 and e.name.lower().split()[-1:] == [head]]
        return found[0] if len(found) == 1 else None

    def known_as(self, word: str) -> Entity | None:
        """The person or body known by exactly ``word`` so far (no guessing, nothing recorded), or None."""
        return self._by_key.get(normalise(word))

    def by_surname(self, word: str, gender: str | None = None) -> Entity | None:
        """The person or body known by ``word``; with ``gender`` (from "Mrs."), the namesake of that sex.
        Two people of one surname: the first named keeps it (the story's subject is named first far more
        often than not; relatives and namesakes mentioned in passing do not take it over)."""
        key = normalise(word)
        ent = self._by_key.get(key)
        if ent is None:
            ent = self._by_family_name_first(key) or self._by_first_surname(key)
            if ent is not None:
                self._add_alias(ent, word)  # so the store knows "Xi" as Xi Jinping's name too
            return ent
        if gender is None or ent.kind != "person" or ent.gender in (None, gender):
            return ent
        return next((e for e in reversed(self.entities) if e.kind == "person" and e.gender == gender
                     and normalise(e.name.split()[-1]) == key), None)

    def _by_first_surname(self, key: str) -> Entity | None:
        """'Cevallos' after 'Paulina Cevallos Andrade', 'Condori' after 'Hilario Condori Mamani': the one person of
        three names whose middle one, no given name, is ``key`` (the father's surname, used alone in Spanish and
        Portuguese copy); else None."""
        if len(key) < 3 or key in NAME_PARTICLES or key in lexicon.first_names():
            return None
        if self._middle_index[0] != (stamp := len(self.entities) + len(self._by_key)):
            # (rebuilt only when someone new has been met, or a name has grown: its new form is a new key)
            index: dict[str, list[Entity]] = {}
            for e in self.entities:
                if e.kind == "person" and not e.name[:1].islower() and len(parts := name_parts(e.name)) == 3:
                    index.setdefault(parts[1], []).append(e)
            self._middle_index = (stamp, index)
        found = self._middle_index[1].get(key, ())
        return found[0] if len(found) == 1 else None

    def _by_family_name_first(self, key: str) -> Entity | None:
        """'Xi' after 'Xi Jinping', 'Yoon' after 'Yoon Suk Yeol': the one person whose name (two or three words)
        opens with ``key`` (a family name written first, or a given name used alone); else None."""
        found = None
        for ent in self._by_first_word.get(key, ()):
            parts = name_parts(ent.name)
            if (2 <= len(parts) <= 3 or _ARABIC_PATRONYMIC & set(parts)) and parts[0] == key:
                # (the name may have grown since it was filed; "Sheikh Saud" after "Sheikh Saud bin Khalifa al-Marri")
                if found is not None:
                    return None
                found = ent
        return found

    def by_title(self, title_words: list[str], pos: int = -1, nation: str | None = None,
                 party: str = "") -> Entity | None:
        """'the Secretary General' -> the person the text introduced with that title (before ``pos``, when
        given: 'The transport secretary has defended ...' in a lead is not the union's general secretary named
        further down). 'the prime minister' is not the deputy prime minister."""
        want = _title_key(title_words)
        if not want:
            return None
        if nation is not None:
            return self._national_holder(want, nation, pos)
        found = self._by_title_key(want, pos, party)
        for other in _TITLE_SYNONYMS.get(want, ()):  # "the head of government" is the prime minister
            if found is not None:
                break
            found = self._by_title_key(other, pos, party)
        return found

    def _national_holder(self, want: str, nation: str, pos: int) -> Entity | None:
        """The person whose title is ``want`` (a leader: any head of state or government) and names ``nation``
        ('Brazilian President', 'President of Russia'); None when nobody fits both."""
        return self._latest_holder(TitleQuery.national(want, nation), pos)

    def org_leader(self, org_words: list[str], pos: int) -> Entity | None:
        """'the CSTO chief', 'the head of the CSTO': the person met last whose title is a top rank of that
        organisation ('Secretary-General of the Collective Security Treaty Organization': its initials count)."""
        query = TitleQuery.leader_of(org_words)
        return self._latest_holder(query, pos) if query is not None else None

    def _by_title_key(self, want: str, pos: int, party: str = "") -> Entity | None:
        return self._latest_holder(TitleQuery.plain(want.split()), pos, party)

    def _latest_holder(self, query: TitleQuery, pos: int, party: str = "") -> Entity | None:
        """The person met last (before ``pos``, when given) with a title ``query`` matches (and, given a ``party``,
        not one of another party's: 'the Republican nominee' is not the Democratic presidential nominee)."""
        best = None
        for ent in self.entities:
            if ent.kind != "person" or pos >= 0 and ent.first_pos > pos:
                continue
            if any(query.matches(t) and _party_of(t) in ("", party) for t in ent.titles) \
                    and (best is None or ent.last_pos > best.last_pos):
                best = ent
        return best

    def latest_pair(self, pos: int) -> Entity | None:
        """The two named together ('Ana Ruiz and Ilse Brand') latest before ``pos``, within a few paragraphs."""
        for mpos, _subj, ent in self._latest_before(pos):
            if mpos < pos - 2500:
                break
            if ent.kind == "unnamed" and " and " in ent.name and ent.name[:1].isupper():
                return ent
        return None

    def owned_group(self, head: str, pos: int) -> Entity | None:
        """'the family': the family of someone named so lately ('the family of Ellie Brannagh', "Kurz's family")."""
        for mpos, _subj, ent in self._latest_before(pos):
            if mpos < pos - 2000:
                break
            name = ent.name.lower().replace("’", "'")
            if ent.kind == "unnamed" and (name.startswith(head + " of ") or name.endswith("'s " + head)):
                return ent
        return None

    def by_head(self, words: list[str], pos: int) -> Entity | None:
        """'the fund', 'the appeals court': the latest organisation before ``pos`` named with that head noun
        (and every modifier)."""
        words = [w.lower() for w in _without_place(words)]
        if not words:
            return None  # ("the Geneva-based agency": where it sits is no part of its name)

        kinds: Collection[str] = _HEAD_KINDS.get(words[-1], ()) if len(words) == 1 else ()
        if is_company_noun(words[-1]):
            kinds = COMPANY_ENDS  # "the company", "the software maker" after "Lindqvist Foods"

        def fits(ent: Entity) -> bool:
            name = ent.name.lower().split()
            if ent.kind == "unnamed":  # a named text: "the poll" after "the Keystone Civic Poll"
                return len(name) > 1 and ent.name[:1].isupper() and name[-1] == words[-1] and words[-1] in _NAMED_TEXT_HEADS
            cut = next((i for i, w in enumerate(name) if i > 0 and w in ("of", "in")), len(name))
            head = name[:cut][-1:]  # ("Ministry of Foreign Affairs", "Chinese Embassy in Manila")
            return ent.kind in ("organisation", "government") and (
                (name[-1:] == words[-1:] or head == words[-1:]) and set(words) <= set(name)
                or bool(name[-1:]) and (name[-1] in kinds or kinds is COMPANY_ENDS and name[-1].endswith(_COMPOUND_ENDS))
                or bool(kinds) and id(ent) in self.companies)  # ("the lender" after "Grantham & Pell")

        latest = None
        if kinds is COMPANY_ENDS:
            # "The company said" after "Norvale said ... Ashgrove shareholders will receive ...": of the companies
            # named lately, the one that has spoken
            # (unless this paragraph names a company: "Corvid & Lane reported results. The firm said")
            spoken = [(mpos, subj, ent) for mpos, subj, ent in self._latest_before(pos) if mpos >= pos - 1500 and fits(ent)]
            here = self._para_start(pos) if self.para_starts else 0
            said = [e for _m, _s, e in spoken if id(e) in self.spoke]
            if said and all(e is said[0] for e in said) and not any(m >= here for m, _subj, _e in spoken):
                return said[0]
        for _mpos, subj, ent in self._latest_before(pos):
            if fits(ent):
                if subj or ent.kind == "unnamed":  # (a named text: the latest, "The poll also found")
                    return ent  # the latest that was a sentence's subject: not "Redwater Capital" in "Redwater
                latest = latest or ent  # Capital analyst Jonah Pless said" over the company the story is about
        if latest is not None:
            return latest
        if kinds is COMPANY_ENDS:
            # "Boreal Air said in a statement ... The company described the offer as": the body that has just spoken
            # as a sentence's subject, when its name is no other kind of body's (a union, a ministry, a court)
            # (of two that spoke, neither: "Quillon said ... Marrowby said ... The company said")
            spoken_by = {id(e): e for mpos, subj, e in self._latest_before(pos) if mpos >= pos - 600 and subj
                         and id(e) in self.spoke and not set(e.name.lower().split()) & lexicon.organisation_heads()
                         and (e.kind == "organisation" or e.kind == "person" and not e.titles and e.gender is None
                              and len(e.name.split()) >= 2 and e.name.split()[0].lower() not in lexicon.first_names())}
            if len(spoken_by) == 1:
                ent = next(iter(spoken_by.values()))
                ent.kind = "organisation"  # (read first as a person's name: "Boreal Air")
                return ent
        if words in (["agency"], ["organization"], ["organisation"], ["institution"], ["body"], ["board"], ["group"]) \
                and not self._owned_by_another(pos):
            # "The National Center for Disease Prevention said ... The agency said": the one body named just before
            bodies = [(mpos, subj, ent) for mpos, subj, ent in self._latest_before(pos) if mpos >= pos - 1500
                      and ent.kind == "organisation" and ent.name[:1].isupper()
                      and ent.name.split()[-1].lower() not in _PLACE_HEADS]
            recent = [(sj, b) for p, sj, b in bodies if p >= pos - 400]
            if bodies and (bodies[0][1] and bodies[0][0] >= pos - 400
                           or recent and all(b is recent[0][1] for _s, b in recent) and any(sj for sj, _b in recent)
                           or all(b is bodies[0][2] for _p, _s, b in bodies)):
                # (the latest, when it was the subject just before; the one body named just before, a subject there:
                # "The Center said ... The agency said ... “...,” the agency said"; else the only one named lately)
                return bodies[0][2]
        # (not a body the text names only further on: "the company said" before "Redwater Capital" is met)
        found = next((e for e in reversed(self.entities) if fits(e) and 0 <= e.first_pos <= pos), None)
        if found is None and len(words) == 1 and words[0] in _MONONYM_NOUNS:
            return self._company_mononym(pos)
        if found is None and words in (["club"], ["team"], ["franchise"]):
            return self._team_named_plural(pos)
        return found

    def _owned_by_another(self, pos: int) -> bool:
        """Is the phrase at ``pos`` "its ..." after a common noun's owner in the same sentence ('posted on the
        festival's website, its board said': the festival's board, whatever body was named before)?"""
        if not self.text.endswith("its ", 0, pos) and not self.text.endswith("Its ", 0, pos):
            return False
        start = max(self.text.rfind(". ", 0, pos), self.text.rfind("\n", 0, pos)) + 1
        return _COMMON_OWNER.search(self.text, start, pos) is not None

    def _team_named_plural(self, pos: int) -> Entity | None:
        """'Virtus Castellano have sacked head coach Giancarlo Ferretti ... the club said': a name that takes a plural
        verb, with no given name, title or sex, is a team (British copy), which 'the club' then stands for."""
        names = lexicon.first_names()
        for mpos, _subj, ent in self._latest_before(pos):
            if mpos < pos - 1500:
                break
            if ent.kind == "person" and not ent.titles and ent.gender is None and ent.name[:1].isupper() \
                    and name_parts(ent.name)[:1] and name_parts(ent.name)[0] not in names \
                    and _PLURAL_VERB_AFTER.match(self.text, mpos + len(ent.name)):
                ent.kind = "organisation"
                return ent
        return None

    def nobodys_word(self, ent: Entity) -> bool:
        """Is ``ent`` a name of one word read as a person's that is nobody's: no given name, title or sex, no
        namesake the text names with a given name ('Bluewater', not 'Keane' after 'Siobhan Keane')?"""
        if ent.kind != "person" or ent.titles or ent.gender is not None or " " in ent.name.strip() \
                or not ent.name[:1].isupper() or normalise(ent.name) in lexicon.first_names():
            return False
        key = normalise(ent.name)
        if self._called_a_place(ent.name):
            return False  # ("India's southern state of Karnataka": a place)
        return not any(e.kind == "person" and e is not ent and name_parts(e.name)[-1:] == (key,) for e in self.entities)

    def _called_a_place(self, word: str) -> bool:
        """Does the text call ``word`` a state, province, city ... ('the state of Karnataka')? (once per word)"""
        known = self._places.get(word)
        if known is None:
            known = self._places[word] = re.search(rf"\b(?:{_PLACE_NOUNS})\s+of\s+{re.escape(word)}\b", self.text) is not None
        return known

    def _company_mononym(self, pos: int) -> Entity | None:
        """'Bluewater is recalling 410,000 heaters ... the company said': where the text names no company, the one
        name of a single word it has used lately that is nobody's (news names people in full before it calls them by
        one word; a firm goes by one)."""
        found = None
        for mpos, _subj, ent in self._latest_before(pos):
            if mpos < pos - 1500 or len(self.para_starts) > 1 and mpos < self.para_starts[1]:
                break  # (not a word of the headline: "Heater recall")
            if not self.nobodys_word(ent):
                continue
            if found is not None and found is not ent:
                return None  # (two such names: which is meant is not clear)
            found = ent
        return found

    def described(self, pos: int, head: str, party: str = "") -> Entity | None:
        """'The envoy said' where no envoy was met: the one named person the text has just written about -- the only
        one this paragraph mentions before ``pos`` who could be meant (when it mentions nobody who could, the
        paragraph before, or the one before that), who has spoken already or opens a sentence here, of a sex the
        noun allows, of the party it names -- when nobody else there is a person in a role and the noun is not used
        there of anyone else ('Al-Badrani said ... The envoy, whose memoir ...'; not "Smith, the mayor's rival, said
        ... The mayor said")."""
        if not self.para_starts:
            return None
        here = lo = self._para_start(pos)
        for _back in range(3):  # (this paragraph, else the one before, else the one before that)
            mentions = [m for m in self.mentions_between(lo, pos) if not _ASKED_BY.search(self.text, max(0, m[0] - 40), m[0])]
            # (not the one asking: "Asked by moderator Paolo Scarpetta why ..., the director said")
            people = self._described_candidates(mentions, head, party)
            if people is None:
                return None  # (another person in a role there)
            if people or lo <= 0:
                break
            lo = self._para_start(lo - 1)
        found = people[0] if people and len(people) == 1 else None
        subject_here = found is not None and any(e is found and subj for _m, subj, e in mentions) and (
            lo == here or head.endswith("-elect") or self._introduced_just_before(found, head, lo, here, pos))
        # (a winner is described by the office won in the paragraphs after the one that names them as its subject:
        # "Natalie Karagiannis will be Victoria's next premier ... the premier-elect promised")
        if found is None or id(found) not in self.spoke and not subject_here \
                or found.gender not in (None, noun_sex(head) or found.gender):
            return None  # (one who has spoken, or the subject of a sentence of this paragraph: "Hale made the remark
            #              ... the former Missouri governor said:")
        if len({p for p, _s, e in self.mentions_between(0, pos) if e is found}) < 2 \
                and not (found.titles and (head not in _OFFICE_NOUNS or party and _party_word_in(found, party))) \
                and not (head not in _OFFICE_NOUNS and (id(found) in self.spoke or subject_here)) \
                and not (head in _CAMPAIGN_ROLES and self.spoke.get(id(found), -1) >= lo) \
                and not any(head in t.lower().split() for t in found.titles):
            return None  # (someone met once is not yet who the story is about: "Jessica Doyle, 29, said ... The senator
            #              said"; unless they hold an office the noun describes: "First Deputy Foreign Minister ...
            #              Rahmonzoda told TASS ... the diplomat said")
        surname = found.name.split()[-1]
        for m in re.finditer(r"\b" + re.escape(head) + r"\b", self.text[lo:pos], re.IGNORECASE):
            before = self.text[max(lo, lo + m.start() - 30) : lo + m.start()].lower().split()[-3:]
            if surname not in self.text[lo + m.end() : lo + m.end() + 60] or any(w in _SUB_RANKS for w in before):
                return None  # (the noun used there of someone else, or a lower rank of it: "Deputy Prime Minister
                #              Lena Ostrova"; not "Governor Julius Odhiambo": his own title)
        return found

    def _introduced_just_before(self, found: Entity, head: str, lo: int, here: int, pos: int) -> bool:
        """A description that is no office, opening a paragraph (nobody met in it before ``pos``), fits the subject of
        the paragraph just before (``lo``): "Club captain X was even more forthright. / '...,' the Glasgow-born
        midfielder said" -- unless that person holds an office other than a side's ("Senator X" is no singer)."""
        return head not in _OFFICE_NOUNS and lo == self._para_start(here - 1) and not self.mentions_between(here, pos) \
            and not any(w in _OFFICE_NOUNS and w not in _SIDE_ROLES for t in found.titles for w in t.lower().split())

    def _described_candidates(self, mentions, head: str, party: str) -> list[Entity] | None:
        """The named people of ``mentions`` a description (``head``, ``party``) may mean; None when a person in a role
        is there too (someone else is being described)."""
        people: list[Entity] = []
        for _mpos, _subj, ent in mentions:
            if ent.kind == "person" and title_only(ent.name) and ent.name.lower() != head:
                return None  # ("The Republican vice presidential nominee was speaking ... hours after Trump unleashed
                #              ... The Indiana governor said": someone else is being described there)
            if ent.kind == "person" and ent.name[:1].isupper() and not title_only(ent.name) \
                    and not titleish(ent.name.split()[0].lower()):
                if len(ent.name.split()) < 2 and id(ent) not in self.spoke and not ent.titles:
                    continue  # (one capitalised word that never spoke: "in an interview with Trend")
                if _other_office(ent, head) or head in PARTY_MEMBERS and not _party_word_in(ent, _PARTIES[head]) \
                        or party and any(_party_of(t) not in ("", party) for t in ent.titles):
                    continue  # ("the former Missouri governor" is not Sen. Haddad; "the Minnesota Democrat" is no
                    #           Republican; "the Kentucky Republican" is not Judge Ferreira, asked about)
                if ent not in people:
                    people.append(ent)
            elif ent.kind == "person" and not (ent.name[:1].isupper() and titleish(ent.name.split()[0].lower())) \
                    or one_person_head(ent):
                return None  # (another person in a role there: "the chairman", "a spokeswoman"; not "Ambassador of
                #              Belarus", the office of the one named)
        if len(people) > 1:
            # (of several named there, not one that may be a place: "Cedar Rapids" of "Whitcomb, campaigning in Cedar
            # Rapids, Iowa, called ...", never a speaker, a subject or a title holder, with no given name)
            names = lexicon.first_names()
            people = [e for e in people if id(e) in self.spoke or e.titles or e.gender is not None
                      or name_parts(e.name)[0] in names or any(x is e and subj for _m, subj, x in self._mentions)]
        if len(people) > 1 and any(head in t.lower().split() for e in people for t in e.titles):
            # "Sen. Rafael Cordero, who is battling Harlan Voss for ... The Texas senator has promised": the senator
            people = [e for e in people if any(head in t.lower().split() for t in e.titles)]
        if len(people) > 1 and party:
            # "Sen. Elena Marquez (D-N.M.) ... casting Walter Hale's proposals as ... the Democratic nominee said": the
            # one of the party the description names
            people = [e for e in people if _party_word_in(e, party)]
        return people

    def _para_start(self, pos: int) -> int:
        """Where the paragraph holding ``pos`` starts (0 when the paragraphs are not known)."""
        k = bisect.bisect_right(self.para_starts, pos) - 1
        return self.para_starts[k] if k >= 0 else 0

    def pronoun(self, word: str, pos: int, last_speaker: Entity | None, window_start: int,
                last_said: int = -1, exclude: Entity | None = None) -> Entity | None:
        """``exclude``: someone the pronoun cannot be ("Orrin, she said, had spoken": not Orrin)."""
        ent = self._pronoun(word, pos, None if last_speaker is exclude else last_speaker, window_start, last_said,
                            exclude)
        w = word.lower()
        if ent is not None and w in ("he", "she") and ent.kind == "person" and ent.gender in (None, PRONOUNS[w]):
            ent.gender = PRONOUNS[w]  # "Marsh ... he said": Marsh is a man, and a later "she" is somebody else
            ent.gender_guessed = False  # (a given name's guess borne out)
        return ent

    def _pronoun(self, word: str, pos: int, last_speaker: Entity | None, window_start: int,
                 last_said: int = -1, exclude: Entity | None = None) -> Entity | None:
        """he/she: the latest speaker nearby, unless a compatible person has since become the subject
        of a sentence ("the Prime Minister refused ... “...,” he said"); it/they: an organisation."""
        w = word.lower()
        if w in ("he", "she"):
            g = PRONOUNS[w]
            speaker_ok = (last_speaker is not None and last_speaker.gender in (None, g)
                          and (last_speaker.kind == "person" or one_in_a_role(last_speaker, g)))
            subject = latest = latest_sexed = None
            for mpos, is_subj, ent in self._latest_before(pos):
                if mpos < window_start:
                    break
                if ent is exclude:
                    continue
                if ent.kind == "person" and ent.gender in (None, g) or ent.kind == "unnamed" and role_sex(ent) == g:
                    # (an unnamed one of known sex too: "The woman's enthusiasm is recorded: ... she said")
                    if latest is None:
                        latest = (mpos, ent)
                    if latest_sexed is None and ent.gender == g:
                        latest_sexed = (mpos, ent)
                    if is_subj:
                        subject = (mpos, ent)
                        break
            if subject is None and latest_sexed is not None:
                latest = latest_sexed  # "under Mr. Ban's watch ... U.N. Women ... He has": the one known to be a man
            # "The album was produced by Abel Kwarteng, who ... “...,” he recalls": a person named for the first time
            # in this paragraph, when no subject of it came before (not "Her father, Egil Solvik, told her" above)
            para_start = self._para_start(pos) if self.para_starts else -1
            fresh = latest is not None and latest[1].first_pos == latest[0] and 0 <= para_start <= latest[0] \
                and (subject is None or subject[0] < para_start) and not latest[1].name[:1].islower() \
                and len(latest[1].name.split()) >= 2 \
                and latest[1] is not (subject[1] if subject else None) \
                and not _PRONOUN_RE[w].search(self.text, para_start, latest[0])  # ("She has faced ... his wife, X")
            if fresh and latest is not None and last_said < para_start:
                return latest[1]
            if speaker_ok and last_speaker is not None and last_said >= window_start:
                if subject is not None and subject[1] is not last_speaker and subject[0] > last_said \
                        and not (last_speaker.gender == g and subject[1].gender is None and subject[1].name.islower()):
                    return subject[1]  # (not an unnamed office holder of unknown sex over a speaker known to be one:
                                       # "Okafor says ... the health minister had ordered ... 'I was tired,' she adds")
                if subject is None and latest is not None and latest[1] is not last_speaker \
                        and latest[1].first_pos > last_said and not latest[1].name[:1].islower():
                    # "... a concern of Henry Crespo, president of the caucus. '...,' he said": a person named for
                    # the first time since the last speaker spoke, with no person as a subject anywhere nearby, is
                    # the one quoted now (not when someone else was the subject: a profile's "she" stays hers)
                    return latest[1]
                if subject is not None and subject[1] is not last_speaker and subject[0] < last_said \
                        and subject[1].kind == "person" and subject[1].gender == g \
                        and (last_speaker.kind == "unnamed" or last_speaker.name[:1].islower()) \
                        and _RELATIVE_IN_SENTENCE.match(self.text, subject[0], last_said) \
                        and len(_SENTENCE_STOPS.findall(self.text, subject[0], last_said)) <= 1:
                    # "X launched an attack on the minister, who has vowed to ... ¶ '...,' he told us": what the
                    # relative clause reports is the minister's, but the sentence was about X
                    return subject[1]
                return last_speaker
            if subject is not None:
                return subject[1]
            if latest is not None:
                return latest[1]
            if speaker_ok:
                return last_speaker
            # a profile: the person the article is about
            main = max((e for e in self.entities if e.kind == "person" and e.gender in (None, g) and 0 <= e.first_pos < pos
                        and e is not exclude),
                       key=lambda e: e.mentions, default=None)
            if main is not None and main.mentions >= 3:
                return main
            if last_speaker is not None and last_speaker.kind == "person" and last_speaker.gender_guessed \
                    and last_said >= window_start and not any(e.kind == "person" and e.gender == g
                                                              for e in self.entities if 0 <= e.first_pos < pos):
                # "Michal Adiri said ... “...,” she said": nobody in the story fits the pronoun but the one who has
                # just spoken, whose sex was only guessed from a given name that may be the other sex's elsewhere
                last_speaker.gender, last_speaker.gender_guessed = g, False
                return last_speaker
            return None
        if w in ("it", "they", "we"):
            # the latest body that was the subject of a sentence nearby: "The agency ... It said ..."
            kinds = ("organisation", "government") if w == "it" else ("organisation", "government", "unnamed")
            subject = None
            for mpos, is_subj, ent in self._latest_before(pos):
                if mpos < window_start:
                    break
                if is_subj and ent is not exclude and (ent.kind in kinds or w == "it" and self.nobodys_word(ent)):
                    if ent.kind == "person":
                        ent.kind = "organisation"  # "Greenfold halted production. It said ...": a firm, not a person
                    subject = (mpos, ent)
                    break
            if last_speaker is not None and last_speaker.kind in ("organisation", "government", "unnamed") \
                    and last_said >= window_start and not (w == "it" and last_speaker.kind == "unnamed"
                                                           and last_speaker.name.endswith("s")):
                if subject is not None and subject[0] > last_said and (
                        w == "it" or w == "they" and _plural(subject[1]) and not _plural(last_speaker)):
                    # "World leaders denounce ... The Security Council ... what it called"; "a study found ...
                    # The researchers followed ... They found": the body or group that became the subject since
                    return subject[1]
                return last_speaker
            return subject[1] if subject is not None else None
        return None


def _plural(ent: Entity) -> bool:
    """An unnamed group ('researchers', 'Scott's relatives'), as opposed to one body or person."""
    return ent.kind == "unnamed" and ent.name.lower().endswith(("s", "people", "police")) \
        and not ent.name.lower().endswith(("ss", "'s", "’s"))


def role_sex(ent: Entity) -> str | None:
    """The sex an unnamed one-person speaker's noun gives ('the woman', 'a spokesman'): 'f', 'm' or None."""
    head = one_person_head(ent)
    return noun_sex(head) if head else None


PAIR_NOUNS = {"leaders", "men", "women", "presidents", "ministers", "companies", "firms", "banks", "sides", "countries",
               "governments", "candidates", "senators", "lawmakers", "groups", "parties", "nations", "rivals", "officials"}
_HEAD_ENDS = {"at", "of", "from", "in", "with", "for", "on", "near", "who", "outside", "inside"}


def one_in_a_role(ent: Entity, wanted: str) -> bool:
    """An unnamed speaker that is one person ('a former employee', 'the spokeswoman'), of a role that fits ``wanted`` (a sex)."""
    head = one_person_head(ent)
    return bool(head) and noun_sex(head) in (None, wanted)


def one_person_head(ent: Entity) -> str:
    """The noun of an unnamed speaker that is one person ('a man at the scene': man; 'his mother': mother), or ''."""
    if ent.kind != "unnamed":
        return ""
    words = ent.name.lower().split()
    cut = next((i for i, w in enumerate(words) if i > 0 and w in _HEAD_ENDS), len(words))
    head = words[cut - 1] if words else ""
    if head in PERSON_ROLE_HEADS or head in RELATIVES and not head.endswith(("s", "ren")):
        return head
    return ""


def noun_sex(noun: str) -> str | None:
    """The sex a person's noun gives: 'spokeswoman', 'girl', 'mother' -> 'f'; 'chairman', 'boy' -> 'm'; else None
    ('human', 'German' and other words that only end in 'man' are no person's noun: None)."""
    if noun.endswith("woman"):
        return "f"
    if noun.endswith("man") and (noun in PERSON_ROLE_HEADS or noun in _TITLES):
        return "m"
    return NOUN_SEX.get(noun)


# the sex that kin and a few other nouns for one person give
NOUN_SEX = {"wife": "f", "widow": "f", "mother": "f", "daughter": "f", "sister": "f", "niece": "f", "aunt": "f",
            "granddaughter": "f", "grandmother": "f", "fiancee": "f", "fiancée": "f", "girlfriend": "f", "girl": "f",
            "mum": "f", "mom": "f",
            "husband": "m", "widower": "m", "father": "m", "son": "m", "brother": "m", "nephew": "m", "uncle": "m",
            "grandson": "m", "grandfather": "m", "fiance": "m", "fiancé": "m", "boyfriend": "m", "boy": "m", "dad": "m"}


# -- noun phrase analysis ------------------------------------------------------------------------

@dataclass(slots=True)
class Phrase:
    text: str
    start: int
    end: int
    words: list[str]


_LEAD_WORDS = re.compile(r"^(?:(?:but|and|yet|so|still|then|now|also|however|meanwhile|instead),?\s+)+", re.IGNORECASE)


_TITLE_ABBREVIATIONS = {"gov": "Governor", "sen": "Senator", "sens": "Senators", "rep": "Representative",
                        "reps": "Representatives", "gen": "General", "lt": "Lieutenant", "col": "Colonel",
                        "capt": "Captain", "sgt": "Sergeant", "adm": "Admiral", "atty": "Attorney", "pres": "President",
                        "prof": "Professor", "supt": "Superintendent", "cmdr": "Commander", "maj": "Major",
                        "sec": "Secretary", "amb": "Ambassador", "insp": "Inspector", "det": "Detective",
                        "cr": "Councillor", "cllr": "Councillor", "brig": "Brigadier",
                        "cdr": "Commander", "fr": "Father", "msgr": "Monsignor"}


def _gender_of(name_words, titles) -> str | None:
    """The sex a name shows: its honorific ("Mrs."), else its given name ("Michelle Obama"); None when unknown."""
    for t in titles:
        g = HONORIFIC_GENDER.get(t.lower().rstrip("."))
        if g is not None:
            return g
    parts = name_parts(" ".join(name_words))
    return (lexicon.first_names().get(parts[0]) or WORD_GIVEN_NAMES.get(parts[0])) if len(parts) > 1 else None


# a relative clause opening after a subject, with no sentence's end until the position searched to
_RELATIVE_IN_SENTENCE = re.compile(r"[^.!?]*,\s+(?:who|which)\s")
_SENTENCE_STOPS = re.compile(r"[.!?](?=\s|$)")


def classify(reg: Registry, np: Phrase, pos: int, subject: bool = False) -> Entity | None:
    """The entity a noun phrase names, registering it when new. None when it names nobody.
    ``subject``: the phrase opens its clause, which makes it a candidate for later pronouns."""
    ent = _classify(reg, np, pos)
    if ent is not None and subject:
        reg.mark_subject(ent, pos)
    return ent


def _classify(reg: Registry, np: Phrase, pos: int) -> Entity | None:
    for step in _reading(tuple(np.words)):
        what = step[0]
        if what == "org leader":  # (the organisation's words, the phrase)
            ent = reg.org_leader(list(step[1]), pos)
            return reg.mention(ent, pos, np.text) if ent is not None else reg.named(step[2], "unnamed", pos, np.text)
        if what == "firm with s":  # a name with its 's right before a verb: the firm's ("Moody’s said")
            if _VERB_AFTER_FIRM.match(reg.text, np.end):
                return reg.named(step[1], "organisation", pos, np.text)
            continue  # (else the owner: "put Mo’s claim to")
        if what == "relative":  # (given name, relation): the given name and the surname of the latest person named
            family = reg.latest_person(pos)
            if family is not None and len(parts := family.name.split()) >= 2 and family.name[:1].isupper() \
                    and parts[0] != step[1]:
                return reg.person([step[1], parts[-1]], [step[2]], pos)
            return reg.person([step[1]], [step[2]], pos)
        if what == "latest person":
            ent = reg.latest_person(pos)
            return reg.mention(ent, pos, np.text) if ent is not None else None
        if what == "named":  # (name, kind)
            name = step[1]
            if step[2] == "unnamed" and _described_noun(name) and _describing(np.words) and normalise(name) not in reg._by_key \
                    and (ent := reg.described(pos, name.split()[-1])) is not None:
                reg.add_title(ent, name)  # "The billionaire said" after "Harlan Voss said"
                return reg.mention(ent, pos, np.text)
            if step[2] == "unnamed" and len(name.split()) <= 3 and name.split()[-1].lower() in PARTY_MEMBERS \
                    and _describing(np.words) and (ent := reg.described(pos, name.split()[-1].lower())) is not None:
                return reg.mention(ent, pos, np.text)  # "the Minnesota Democrat said" after "Sen. Omar Haddad (D-Minn.)"
            return reg.named(name, step[2], pos, np.text)
        if what == "office":  # "the Prime Minister of Armenia": (title with its office, the title alone, name)
            ent = reg.by_title(list(step[1]), pos)
            if ent is None and (bare := reg.by_title(list(step[2]), pos)) is not None:
                query = TitleQuery.plain(list(step[2]))
                if not all(" of " in t or " for " in t for t in bare.titles if query.matches(t)):
                    ent = bare  # (not the delegate of Nigeria for "the delegate of the Russian Federation")
            if ent is None and step[2][-1].lower() in DESCRIBING_NOUNS and _describing(np.words) \
                    and "for" not in step[1] \
                    and (ent := reg.described(pos, step[2][-1].lower())) is not None:  # (not another portfolio's)
                reg.add_title(ent, step[3])  # "the former secretary of state told" after "Hillary Clinton was"
            if ent is not None:
                return reg.mention(ent, pos, np.text)
            return reg.named(step[3], "person", pos, np.text)
        if what == "known word":  # a surname that is also a common word: "May", after "Theresa May"
            known = reg.by_surname(step[1])
            if known is not None and known.kind == "person":
                return reg.mention(known, pos)
        elif what == "person":  # (name words, titles)
            name_words, titles = step[1], step[2]
            if _CAMEL_CASE.fullmatch(name_words[0]):  # "LinkedIn", "TikTok", "ShareSense India": no person's name
                known = (reg.by_surname(name_words[0]) or next(
                    (e for e in reg.entities if e.name.startswith(name_words[0] + " ") and e.kind == "organisation"),
                    None)) if len(name_words) == 1 else None
                if known is not None:
                    known.kind = "organisation" if known.kind == "person" else known.kind
                    return reg.mention(known, pos, np.text)  # ("ShareSense said" after "ShareSense India")
                return reg.named(" ".join(name_words), "organisation", pos, np.text)
            if _DIGIT.search("".join(name_words)):
                if len(name_words) == 1 and _LETTERS_THEN_DIGITS.fullmatch(name_words[0]) and np.words[0][:1].isupper():
                    return reg.named(name_words[0], "organisation", pos, np.text)  # "Tour operator Jet2 said": a firm
                return None  # "the EB-5 program", "an F-16": no person's name holds a digit
            if len(name_words) == 1:
                gender = _gender_of(name_words, titles)
                known = reg.by_surname(name_words[0], gender)
                if known is None and name_words[0].isupper() and len(name_words[0]) > 3:
                    known = reg.by_surname(name_words[0].title(), gender)
                if known is not None:
                    for t in titles:
                        reg.add_title(known, t)
                    return reg.mention(known, pos)
            if len(name_words) > 1 or titles:
                # the words as the name of a body the text has met: "Northern Sound" (met as "the music magazine
                # Northern Sound"), "Redline Student Transit" (met as "Redline Student Transit LLC"; no title and name)
                words = [w for w in np.words if w.lower() != "the"] if titles else name_words
                body = reg._by_key.get(normalise(" ".join(words)))
                if body is not None and body.kind == "organisation":
                    return reg.mention(body, pos)
            return reg.person(list(name_words), list(titles), pos)
        elif what == "postnominal":  # (the letters, the phrase): the one member the text gave them, else nobody named
            holders = [e for e in reg.entities if e.kind == "person" and step[1] in e.titles] or [
                e for e in reg.entities if e.kind == "person" and any(t.endswith(" " + step[1]) for t in e.titles)]
            # (else one whose title ends with them: "Labour MP")
            if len(holders) == 1:
                return reg.mention(holders[0], pos, np.text)
            return reg.named(step[2], "unnamed", pos, np.text)
        elif what == "title":  # a title alone: (its title words, the phrase, the country it names or None)
            ent = reg.by_title(list(step[1]), pos, nation=step[3], party=_party_of(step[2]))
            if ent is None and len(step[1]) >= 2 and step[1][-1][:1].isupper() and step[1][0].lower() in _GIVEN_NAME_HONORIFICS:
                # "Sheikh Sultan said" after "Sheikh Sultan bin Khalifa Al Mazrouei": a given name that is also a title
                key = normalise(step[1][-1])
                named = [e for e in reg.entities if e.kind == "person" and len(p := name_parts(e.name)) >= 2 and p[0] == key]
                ent = named[0] if len(named) == 1 else None
            if ent is None and step[1] and step[1][-1].lower() in _OFFICE_NOUNS \
                    and (same := reg.unnamed_holder(step[1][-1].lower(), pos)) is not None:
                ent = same  # "the minister told parliament" after a lead's "Sri Lanka's sports minister has dismissed"
            if ent is None and step[1] and step[1][-1].lower().endswith("-elect") and _describing(np.words):
                ent = reg.described(pos, step[1][-1].lower())  # "the premier-elect": the winner just written about
            if ent is None and step[1] and step[1][-1].lower() in DESCRIBING_NOUNS and _describing(np.words) \
                    and ((known := reg._by_key.get(normalise(step[2]))) is None
                         or known.kind == "person" and (title_only(known.name) or known.name[:1].islower())) \
                    and (ent := reg.described(pos, step[1][-1].lower(), _party_of(step[2]))) is not None \
                    and not _another_office(ent, [w.lower().rstrip(".") for w in step[1]]):
                # (a title alone met before as no one named -- "Democratic nominee" read before anyone had spoken --
                # may still be the person just written about; not "the Cabinet Secretary" after "Business Secretary
                # Damian Farquharson": another office of the same head noun)
                reg.add_title(ent, step[2])  # "The Republican presidential nominee noted" after "Donald Trump urged"
            if ent is not None:
                return reg.mention(ent, pos, np.text)
            return reg.named(step[2], "person", pos, np.text)
        elif what == "describe":  # a nationality for a person: "the Portuguese", "the Englishman"
            here = reg.mentions_between(reg._para_start(pos) if reg.para_starts else 0, pos)
            if step[2] and any(e.name == step[2] for _m, _s, e in here):
                continue  # "China rejected the claim. The Chinese said ...": the country
            ent = reg.described(pos, step[1])
            if ent is not None:
                return reg.mention(ent, pos, np.text)
        elif what == "acronym title":  # the one person whose title the letters spell
            holders = [e for e in reg.entities if e.kind == "person" and not e.name[:1].islower()
                       and any(step[1] == t or step[1] in _suffix_initials(t) for t in e.titles)]  # ("CP Garba Umar")
            if len(holders) == 1:
                return reg.mention(holders[0], pos, np.text)
        elif what == "kin group":  # "the family" after "the family of Ellie Brannagh"
            ent = reg.owned_group(step[1], pos)
            if ent is not None:
                return reg.mention(ent, pos, np.text)
        elif what == "head":  # "the fund" after "the International Monetary Fund"
            ent = reg.by_head(list(step[1]), pos)
            if ent is not None:
                return reg.mention(ent, pos, "")
    return None


_PARTIES = {"republican": "r", "gop": "r", "democratic": "d", "democrat": "d", "labour": "l", "conservative": "c",
            "tory": "c", "liberal": "lib", "socialist": "soc", "libertarian": "lbt"}


def _party_of(title: str) -> str:
    """The party a title names ('Republican presidential nominee': 'r'), else ''."""
    if not any(c.isupper() for c in title[1:]) and not title[:1].isupper():
        return ""  # (party words are written with capitals)
    return next((_PARTIES[w] for w in words_key(title).split() if w in _PARTIES), "")




def _another_office(ent: Entity, asked: list[str]) -> bool:
    """Does the person hold a title of the same head noun as ``asked`` (lower-case words) but another office: each
    with a word of its own before the head ('Business Secretary' is not 'Cabinet Secretary')?"""
    head, before = asked[-1], set(asked[:-1]) - _DESCRIPTION_WORDS
    if not before:
        return False
    for title in ent.titles:
        words = [w.lower().rstrip(".") for w in title.replace("-", " ").split()]
        if words and words[-1] == head and set(words[:-1]) - _DESCRIPTION_WORDS and not before <= set(words[:-1]):
            return True
    return False


# words before a title that describe its holder rather than name another office ("the former Business Secretary")
_DESCRIPTION_WORDS = {"the", "a", "an", "former", "new", "then", "current", "outgoing", "incoming", "embattled",
                      "veteran", "senior", "top", "acting", "interim", "deputy", "presidential", "republican",
                      "democratic", "democrat", "labour", "conservative", "tory", "liberal"}


def _suffix_initials(title: str) -> set[str]:
    """The letters a title spells, whole or without the words before ('Health Cabinet Secretary': HCS, CS;
    'Sunamganj Deputy Commissioner': SDC, DC), so that 'the CS' and 'the DC' find their holders."""
    words = title.replace("-", " ").split()
    if len(words) < 2:
        return set()
    for link in ("of", "to", "at"):  # (the title before "of", never the body after it: "... of the Union of
        if link in words:             # Collective Security"; nor where an envoy is sent: "ambassador to the UN")
            words = words[: words.index(link)]
    ending = {words[-1]} if words and is_acronym(words[-1]) else set()  # ("Labour MP": MP)
    # (the whole title's letters only when it opens with a capital: 'Commissioner of Police' is CP, but 'head of the
    # Lok Samata Front' is no LSF -- those letters are the body's)
    whole = {_initials(title)} if title[:1].isupper() else set()
    return whole | {_initials(" ".join(words[i:])) for i in range(max(0, len(words) - 1))} | ending


def _initials(title: str) -> str:
    """The letters a title's capitalised words begin with ('Chief Election Commissioner': 'CEC')."""
    return "".join(w[0] for w in title.replace("-", " ").split() if w[:1].isupper())


def _described_noun(name: str) -> bool:
    """A description of someone in lower case, with at most one place word before the noun: 'billionaire', 'former
    Missouri governor', 'Texas billionaire' (not 'Clinton aide': no describing noun)."""
    words = name.split()
    caps = [w for w in words if not w.islower()]
    return 1 <= len(words) <= 4 and words[-1] in DESCRIBING_NOUNS and len(caps) <= 1 \
        and not any(w.lower() in lexicon.first_names() for w in caps)


_MINISTRY_PORTFOLIOS = {"foreign": "Foreign Affairs", "defence": "Defence", "defense": "Defense", "interior": "Internal Affairs",
               "finance": "Finance", "health": "Health", "justice": "Justice", "education": "Education",
               "economy": "Economy", "energy": "Energy", "agriculture": "Agriculture", "trade": "Trade"}
_PORTFOLIO_SPELLINGS = (("Defence", "Defense"), ("Labour", "Labor"))  # British and American
_MINISTRY = re.compile(r"(?:(\w+)\s+)?(\w+)\s+Ministry(?:\s+of\s+(?:the\s+)?([A-Z][\w ]+))?")


# a party's name, then the noun in lower case: "Chega party", "ANO movement" (not "Labour Party": its own name)
_PARTY_NOUN_AFTER = re.compile(r"((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)\s+(?:party|movement)")


def _ministry_name(name: str) -> tuple[str, bool] | None:
    """'Foreign Ministry of Russia', 'Russian Defence Ministry' -> ('Ministry of Foreign Affairs of Russia', True),
    ('Ministry of Defence of Russia', True); 'Health Ministry' -> ('Ministry of Health', False): the formal name, and
    whether it names the country; None for anything else."""
    m = _MINISTRY.fullmatch(name)
    if m is None or m.group(2).lower() not in _MINISTRY_PORTFOLIOS:
        return None
    country = m.group(3)
    if m.group(1):
        known = lexicon.countries().get(m.group(1).lower())
        if known is None or country:
            return None  # ("Acme Foreign Ministry": no country)
        country = known.name
    return f"Ministry of {_MINISTRY_PORTFOLIOS[m.group(2).lower()]}" + (f" of {country}" if country else ""), bool(country)


# a side's offices, which a player's description fits ("Club captain X" is "the midfielder"; "Senator X" is no singer)
_SIDE_ROLES = {"captain", "skipper", "coach", "manager", "vice-captain"}
# nouns for the holder of any office ("the union boss", "the lawmaker")
_ANY_OFFICE = {"boss", "chief", "head", "leader", "official", "lawmaker", "legislator", "politician"}


def _other_office(ent: Entity, head: str) -> bool:
    """Does the person hold an office other than the one ``head`` names ('Senator' for 'the governor')?"""
    if head not in _OFFICE_NOUNS or head in _CAMPAIGN_ROLES or head in _ANY_OFFICE:
        return False  # (a senator may be the nominee; a union's secretary general is its boss)
    offices = {w for t in ent.titles for w in t.lower().replace("-", " ").split()
               if w in _OFFICE_NOUNS and w not in _CAMPAIGN_ROLES}  # (a nominee may be the former secretary of state)
    return bool(offices) and head not in offices


def _party_word_in(ent: Entity, party: str) -> bool:
    """Does one of the person's titles name the party ('d': 'Democrat', 'Democratic nominee')?"""
    return any(_party_of(t) == party for t in ent.titles)


def _describing(words: list[str]) -> bool:
    """A definite description with nothing that ties it to anyone else: 'The envoy', 'the former secretary of state'
    (not "the authority's director", 'his coach', 'a senator')."""
    return len(words) >= 2 and words[0].lower() == "the" and not any(_POSSESSIVE_END.search(w) for w in words)


def person_name(words: list[str]) -> str | None:
    """The person's name in a phrase, its titles apart ('Spokeswoman Anna Lundqvist' -> 'Anna Lundqvist')."""
    return next((" ".join(step[1]) for step in _reading(tuple(words)) if step[0] == "person"), None)


@lru_cache(maxsize=65536)
def _reading(raw_words: tuple[str, ...]) -> tuple[tuple, ...]:
    """How _classify reads a noun phrase, as the steps it takes with the registry, in order: the last names
    the entity, each one before it ("known word", "head") may name one already met and otherwise lets the
    next step decide; no steps, nobody.  Words alone decide the steps, so they are worked out once."""
    words = [w for w in raw_words if w not in ("(", ")")]
    if not words:
        return ()
    for i in range(len(words) - 2):
        if (words[i].lower(), words[i + 1].lower()) in _HONORIFIC_PAIRS and is_cap(words[i + 2]):
            words = [*words[:i], *words[i + 2 :]]  # "Prime Minister Tan Sri Lim Chee Keong"
            break
    low = [w.lower() for w in words]
    if len(words) == 2 and low[0] in _FAMILY_NOUNS and is_cap(words[1]) and words[1].isalpha() \
            and low[1] not in _COUNTRIES and low[1] not in CAP_STOP and not titleish(low[1]):
        # "Husband Lee, 41, added", "Her daughter Mia said": a relative by the given name alone, of the family the
        # story is about
        return (("relative", words[1], low[0]),)
    if len(words) == 1 and len(raw_words) == 1 and _POSSESSIVE_END.search(words[0]) and words[0][-1:] in "sS" \
            and is_cap(words[0]) and _name_word(strip_possessive(words[0])) \
            and strip_possessive(low[0]) not in lexicon.first_names() and strip_possessive(low[0]) not in _COUNTRIES:
        # "Moody’s said", "Sainsbury's said": a firm's name with its 's (unless a person of that name was met)
        return (("known word", strip_possessive(words[0])), ("firm with s", words[0]))
    if len(words) >= 4 and low[0] in ("members", "officials", "leaders") and low[1] == "of" and words[0][0].isupper() \
            and (low[-1] in _ORGS or low[-1] in lexicon.company_endings()):
        return _reading(tuple(words[2:]))  # "Members of Teifi Valley Health Board voted": the board
    if len(words) == 1 and (low[0] in PRONOUNS or PARTY_STATE.fullmatch(words[0])):
        return ()  # pronouns are resolved by the caller, which knows the discourse; "D-N.M." names a party and state
    if len(words) >= 3 and low[0].rstrip(",") in PARTY_MEMBERS and low[1] == "of" and all(is_cap(w) for w in words[2:]):
        return ()  # "Republican of Idaho", "Democrat of California": a party and a state, as The Times tags lawmakers
    if len(words) <= 3 and _PARTY_TOWN.fullmatch(" ".join(words)):
        return ()  # "D-Las Cruces", "R-Glen Ellyn": a party and a home town, as AP's state copy tags lawmakers
    if len(words) >= 2 and low[0] == "the" and AGE_NOUN.fullmatch(low[1]) and len(words) <= 7 \
            and all((w.islower() or w.lower() in lexicon.countries()) and w.lower() not in ROLE_NOUNS - PERSON_ROLE_HEADS
                    for w in words[2:]):
        # "The 51-year-old, whose team ..., said", "The 58-year-old former judge ... urged": the person just written about
        return (("latest person",),)
    if any("-" in w for w in words[:-1]):  # "the Geneva-based agency": where a body sits is no part of its name
        words = [*_without_place(words[:-1]), words[-1]]
        low = [w.lower() for w in words]
    if len(words) >= 2 and words[-1] in _POSTNOMINALS:
        if low[0] in DETERMINERS:  # "The Cork North-Central TD said": one of the house's members, named by seat
            return (("postnominal", words[-1], " ".join(words[1:])),)
        if all(is_cap(w) for w in words[:-1]):  # "Labhrás Breathnach-Cullen TD", "Jane Smith MP": the name
            return tuple((st[0], st[1], (*st[2], words[-1])) if st[0] == "person" else st
                         for st in _reading(tuple(words[:-1])))
    # drop leading determiners ("two of the largest banks": the largest banks)
    while words and (low[0] in DETERMINERS or low[0] == "of" and len(words) > 2 and low[1] in DETERMINERS):
        words, low = words[1:], low[1:]
    if not words:
        return ()
    if len(words) >= 3 and low[-1] in _BRANCH_NOUNS and is_cap(words[-2]) and is_cap(words[0]) \
            and all(is_cap(w) or w in ("of", "for", "and", "the", "&") for w in words[:-1]):
        words, low = words[:-1], low[:-1]  # "the Fraternal Order of Police lodge": the body speaks through its branch
    if low[-1] in PARTY_MEMBERS and (len(words) > 1 or raw_words[0].lower() in DETERMINERS) \
            and not any(_POSSESSIVE_END.search(w) or w[-1:] in ",()" for w in words):
        return (("named", " ".join(words), "unnamed"),)  # "A top North Carolina Democrat says": one of the party
    # "the CSTO statement", "Putin's statement": the document noun stands for its author
    while len(words) > 1 and low[-1] in DOCUMENT_NOUNS and not words[-1][:1].isupper():
        words, low = words[:-1], low[:-1]  # (not "The Washington Post", "the Kyiv Post": a name)
        if low in (["press"], ["news"], ["joint"]):
            return ()  # "a press statement", "a news release": what kind of text, not whose
    words = [*words[:-1], strip_possessive(words[-1])]
    titles = lexicon.title_words()
    orgs = NAME_HEADS
    countries = lexicon.countries()
    # qualifiers before a possessive: "Armenia's National Security Chief Armen Grigoryan"
    for i in range(len(words) - 2, -1, -1):
        if _POSSESSIVE_END.search(words[i]):
            rest = words[i + 1 :]
            owner = countries.get(strip_possessive(words[i]).lower())
            if owner is not None and all(titleish(w) for w in rest) and rest[-1].lower() not in NAME_HEADS:
                return (("title", tuple(rest), " ".join(words), owner.name),)  # "Armenia's prime minister"
            if owner is not None and len(rest) >= 2 and all(is_cap(w) or w in ("of", "for", "and") for w in rest) \
                    and (rest[-1].lower() in _ORGS or "of" in rest and rest[rest.index("of") - 1].lower() in _ORGS) \
                    and not any(w.lower() in countries for w in rest):
                # "Qatar's Ministry of Foreign Affairs": the country's, as its own name would say
                return (("named", f"{' '.join(rest)} of {owner.name}", "organisation"),)
            if owner is not None and rest and all(w.islower() for w in rest) and rest[-1] in GROUP_WORDS | {"government"}:
                return (("named", owner.name, "government"),)  # "Brazil's government", "Georgia's leadership"
            at = next((k for k, w in enumerate(rest) if w in ("in", "to", "at") and k > 0), len(rest))
            if owner is not None and 1 <= at <= 2 and all(w.islower() for w in rest[:at]) \
                    and rest[at - 1] in ("mission", "embassy", "consulate") \
                    and all(is_cap(w) for w in rest[at + 1 :]) and (at == len(rest) or at + 1 < len(rest)):
                # "China's mission in Vienna", "Qatar's embassy": the country's (not Austria, where it sits)
                body = f"{' '.join(w.capitalize() for w in rest[:at])} of {owner.name}"
                return (("named", " ".join([body, *rest[at:]]), "organisation"),)
            if owner is not None and 1 <= len(rest) <= 3 and all(w.islower() for w in rest) and rest[-1] == "ministry":
                # "Georgia's interior ministry", "Colombia's foreign ministry": the country's body
                return (("named", f"{' '.join(w.capitalize() for w in rest)} of {owner.name}", "organisation"),)
            if all(w.islower() for w in rest) and (rest[-1].lower() in ROLE_NOUNS or rest[-1].lower() in RELATIVES
                                                   or rest[-1] == "delegation"):
                return (("named", " ".join(words), "unnamed"),)  # "Clinton's team", "Kessler's wife", "Estonia's delegation"
            if is_cap(words[i]) and all(is_cap(w) for w in rest) and rest[-1].lower() in NAME_HEADS \
                    and _PLURAL_POSSESSIVE.fullmatch(words[i]):
                break  # "The Nurses' Guild", "Children's Hospital": the possessive is part of the body's name
            owner_words = [strip_possessive(w).lower() for w in words[: i + 1]]
            if rest and all(is_cap(w) for w in rest) and rest[-1].lower() in NAME_HEADS and owner_words \
                    and titleish(owner_words[-1]) and all(titleish(w) or w in countries for w in owner_words):
                # "the Prosecutor General's Office", "the Lithuanian Attorney General's Office": an office's body
                return (("named", " ".join(words), "organisation"),)
            if "of" in words[:i]:
                break  # "Michael Brandt of St. Casimir's Catholic Church": a person of the body, named first
            words = rest
            break
    low = [w.lower().rstrip(".") for w in words]
    # a country, its adjective or its seat of government: "Yerevan", "the Russian side", "Moscow"
    country = countries.get(" ".join(low))
    if country is None and len(low) >= 2 and low[-1] in GROUP_WORDS:
        country = countries.get(" ".join(low[:-1]))
    if country is None and len(low) == 2 and low[0] == "official":
        country = countries.get(low[1])
    if country is None and len(low) >= 3 and low[0] in _STATE_FORMS and low[1] == "of" and all(is_cap(w) for w in words[2:]):
        # "the Republic of Korea", "the Kingdom of Saudi Arabia": the state (the country when the lexicon knows it)
        country = countries.get(" ".join(low[2:]))
        if country is None:
            return (("named", " ".join(words), "government"),)
    if country is not None:
        if len(low) == 1 and raw_words[0].lower() == "the" and low[0] != country.name.lower() \
                and low[0] in (a.lower() for a in country.adjectives):
            # "the Portuguese said in his post-match press conference": the person just written about, if there is
            # one; else the country
            return (("describe", low[0], country.name), ("named", country.name, "government"))
        return (("named", country.name, "government"),)
    if len(low) == 1 and raw_words[0].lower() == "the" and _NATIONALITY_NOUN.fullmatch(low[0]):
        return (("describe", low[0], ""), ("named", words[0], "unnamed"))  # "the Englishman", "the Spaniard"
    if len(words) >= 2 and low[0] in _LEADING_HEADS and is_cap(words[-1]) and low[1] not in lexicon.first_names() \
            and all(is_cap(w) and not titleish(w.lower()) or w in _NAME_PARTICLES_IN_BODIES for w in words[1:]):
        return (("named", " ".join(words), "organisation"),)  # "Bank Indonesia", "Radio Free Europe": a body's noun first
    if "&" in words[1:-1]:
        k = words.index("&")
        if is_cap(words[k - 1]) and is_cap(words[k + 1]):  # "Corvid & Lane", "Procter & Gamble": a firm
            return (("named", " ".join(words), "organisation"),)
    # "the Prime Minister of Armenia", "Secretary-General of the CSTO": a title with its office
    if "and" in low:
        k = low.index("and")
        left, right = words[:k], words[k + 1 :]
        def named(ws: list[str]) -> bool:
            return any(is_cap(w) and (_name_word(w) or w.lower() in countries) for w in ws)

        f = low.index("for") if "for" in low[:k] else -1
        if f > 0 and titleish(low[f - 1]) and (any(w.rstrip(".") in HONORIFIC_GENDER for w in low[k + 1 :])
                                               or person_after_office(words, f, 1) > k):
            pass  # "State Minister for Disaster Management and Relief Begum Nasreen Chowdhury", "Deputy Mayor for
            #       Policing and Crime Nasreen Akhtar": one office, one name
        elif "of" in low[:k] and "of" not in low[k + 1 :] and not any(titleish(w) for w in low[k + 1 :]) \
                and right and right[0].lower() not in lexicon.first_names() \
                and len(person := _untitled(words[: low.index("of")])) >= 2 \
                and all(is_cap(w) and not titleish(w.lower()) and w.lower() not in orgs for w in person) and (
                low[-1] in orgs or words[-1].islower()
                or all(is_cap(w) or w in ("the", "of", "and", "for", "on") for w in words[low.index("of") + 1 :])):
            pass  # "Dominic Faulkes of Avon and Somerset police", "Ana Ruiz of the Department of Health and Human
            #       Services": one person, of a body whose name holds "and"
        elif all(is_cap(w) for w in words[:k]) and (t := next((i for i in range(len(low) - 3, k, -1)
                                                               if titleish(low[i])), 0)) \
                and all(is_cap(w) and _name_word(w) and not titleish(w.lower()) for w in words[t + 1 :]) \
                and all(is_cap(w) for w in words[k + 1 : t]) and (low[t - 1] in PORTFOLIOS or low[t - 1] in orgs
                                                                 or low[t] in _MEMBER_LETTERS) \
                and low[0] not in lexicon.first_names():
            # (a member for a seat whose name holds "and": "Hexley and Thorne MP Damian Farquharson")
            pass  # "Mineral Resources and Energy Minister Thandiwe Mokoena": an office of two portfolios, a name;
            #       "Brighton and Hove City Council leader Tom Ravensworth": the office of a body whose name holds "and"
        elif "of" in low[:k] and all(titleish(w) for w in low[: low.index("of")]) \
                and person_after_office(words, low.index("of")) > k:
            pass  # "Minister of Industry and Mineral Resources Faisal Al-Suwailem": an office holding "and", a name
        elif "of" in low[:k] and low.index("of") > 0 and low[low.index("of") - 1] in orgs and right \
                and is_cap(words[low.index("of") - 1]) and right[0].lower() not in lexicon.first_names() \
                and all(is_cap(w) and not titleish(w.lower()) or w in ("the", "of", "and", "for", "on") for w in right):
            pass  # "the Department of Health and Social Care": one body whose name holds "and"
        elif named(left) and named(right):  # "Putin and Erdogan said", "Armenia and Azerbaijan said"
            return (("named", _SPACE_BEFORE_MARK.sub(r"\1", " ".join(words)), "unnamed"),)  # ("A B, C D and E F")
    if len(words) >= 2 and low[-1] in _GEO_HEADS and all(is_cap(w) for w in words):
        return (("named", " ".join(words), "unnamed"),)  # "the North Sea", "the Mekong River": a place, nobody
    if len(words) >= 2 and low[-1] in LEADER_WORDS and all(is_cap(w) for w in words[:-1]) \
            and not any(w in countries for w in low[:-1]):
        return (("org leader", tuple(words[:-1]), " ".join(words)),)  # "the CSTO chief", "the NATO head"
    if "of" in low:
        k = low.index("of")
        if k == 1 and low[0] in LEADER_WORDS and k + 1 < len(low) and is_cap(words[-1]) \
                and not any(w in countries for w in low[k + 1 :]) and not person_after_office(words, k):
            return (("org leader", tuple(words[k + 1 :]), " ".join(words)),)  # "the head of the CSTO"
        if k > 0 and (all(titleish(w) for w in low[:k]) and low[k - 1] not in orgs or person_after_office(words, k)):
            qual = words[k + 1 :]
            qlow = [w.lower() for w in qual]
            # "Secretary-General of the Union of Eastern States": the words after "Union of" name the body
            body_of = next((j for j in range(1, len(qual) - 1) if qlow[j] == "of" and qlow[j - 1] in orgs), len(qual))
            name_in_qual = [w for w in qual[:body_of] if is_cap(w) and _name_word(w)]
            if (len(name_in_qual) < 2 or qlow[-1] in orgs) and not person_after_office(words, k):
                # ("the chief executive of Northern Meridian Railways": a body's name words, not a person's)
                return (("office", (*words[:k], "of", *qual), tuple(words[:k]), " ".join(words)),)
        # "the Bank of England", "the University of Michigan": an organisation noun before "of" heads the name
        # (unless a person's name ends the phrase: "Foreign Ministry of Armenia Levon Gagikovich Harutyunyan")
        if 0 < k < len(low) - 1 and low[k - 1] in orgs and is_cap(words[k - 1]) and is_cap(words[-1]) \
                and not person_after_office(words, k):
            first = next(i for i, w in enumerate(words) if is_cap(w))
            return (("named", " ".join(words[first:]), "organisation"),)
    # a person of a body named before "of" ("Lena Cruz of the River Alliance", "Mr. Morgan of the Sierra Club")
    of_at = low.index("of") if "of" in low else -1
    person_of = of_at > 0 and ((low[0] in lexicon.first_names() or low[0].rstrip(".") in HONORIFIC_GENDER)
                               and all(is_cap(w) or w in NAME_PARTICLES for w in words[:of_at])
                               or _named_before_of(words[:of_at])
                               or 2 <= of_at <= 3 and all(is_cap(w) and _name_word(w) for w in words[:of_at]))
    # ("Ewa Sikora of the Commuters' Alliance": two or three name words before "of", none a body's noun)
    # "the National Center for Disease Prevention", "the Committee on Foreign Relations": a body noun before
    # "for"/"on" heads the name
    for_at = next((k for k in range(1, len(low) - 1) if low[k] in ("for", "on", "into") and low[k - 1] in orgs
                   or low[k] == "for" and low[k - 1] in MEMBER_GROUPS), -1)  # ("Parents for Medical Freedom")
    if for_at > 0 and not (person_of and of_at < for_at) and is_cap(words[for_at - 1]) \
            and all(is_cap(w) or w in ("the", "of", "and") for w in words[for_at + 1 :]) \
            and is_cap(words[-1]):  # ("the National Committee for the Restoration of Sovereignty"; not "Jo Lis of
        # the Centre for Policy Studies")
        first = next(i for i, w in enumerate(words) if is_cap(w))
        if first < for_at:
            return (("named", " ".join(words[first:]), "organisation"),)
    if "for" in low and 0 < (k := low.index("for")) < len(low) - 1 and all(titleish(w) for w in low[:k]) \
            and "of" not in low[k:] and is_cap(words[-1]) and not person_after_office(words, k, 1):
        return (("office", tuple(words), tuple(words[:k]), " ".join(words)),)  # "the Minister for Health": its portfolio
    if "-" in low[-1] and len(words) >= 2 and is_cap(words[-1]) and any(p in orgs for p in low[-1].split("-")) \
            and not person_of and low[0] not in lexicon.first_names() and low[0].rstrip(".") not in HONORIFIC_GENDER:
        first_cap = next((i for i, w in enumerate(words) if is_cap(w)), 0)  # "The Atlanta Sentinel-Record"
        return (("named", " ".join(words[first_cap:]), "organisation"),)
    # organisations: a capitalised phrase ending in an organisation noun -- unless a person of it is named before
    # "of" (person_of)
    if low[-1] in orgs and not person_of and not any(is_cap(w) and _name_word(w) for w in words[-1:]):
        lead_cap = next((i for i, w in enumerate(words) if is_cap(w)), None)
        if lead_cap is not None:  # leading adjectives are no part of the name: "the nonpartisan Congressional Budget Office"
            if len(words) == 1 and raw_words[0].lower() == "the":
                # "the Fund" after "the International Monetary Fund", "the Commission": the body named before
                return (("head", (low[0],)), ("named", words[0], "organisation"))
            return (("named", " ".join(words[lead_cap:]), "organisation"),)
    if len(words) >= 2 and (low[-1] in COMPANY_ENDS or low[-1].endswith(_COMPOUND_ENDS) and not is_acronym(words[-1])) \
            and all(is_cap(w) for w in words) and _name_word(words[0]) \
            and low[0] not in lexicon.first_names():
        return (("named", " ".join(words), "organisation"),)  # "Northgate Partners", "Redwater Capital"
    steps: list[tuple] = []
    if len(words) == 1 and is_cap(words[0]) and not _name_word(words[0]):
        steps.append(("known word", words[0]))  # "May", after "Theresa May"
    # person names: the last run of capitalised words that are not titles
    name_idx = [i for i, w in enumerate(words) if w[:1].isupper() and _name_word(w)  # is_cap, inlined
                or _INITIALS.fullmatch(w) and i + 1 < len(words) and is_cap(words[i + 1]) and _name_word(words[i + 1])]
    for i, w in enumerate(words):  # surnames that are also places: "Jim Jordan", "Chuck Jordan"
        if i - 1 in name_idx and i not in name_idx and is_cap(w) and (
                w.lower() in _COUNTRIES or w.lower() in _MONTH_NAMES and words[i - 1].lower() in lexicon.first_names()
                or i == len(words) - 1 and name_idx == [i - 1] and len(words[i - 1]) > 2
                and w.isalpha() and w.lower() in CAP_STOP and not titleish(w.lower())
                and w.lower() not in lexicon.speech_verbs()):
            name_idx.append(i)  # ... and months after a first name: "Theresa May"; a common word closing a
            #                     two-word name: "Prakash More", "John Major"
    for i in range(1, len(words) - 1):
        if i not in name_idx and i - 1 in name_idx and i + 1 in name_idx and low[i] in _PLACE_MODIFIERS \
                and low[i - 1] not in lexicon.first_names():
            name_idx.append(i)  # "Copper State Forward": a word of places inside a name, no title before "Forward"
    for i, w in enumerate(words):
        if w in ("bin", "ibn", "bint", "binti") and 0 < i < len(words) - 1 and i - 1 not in name_idx \
                and is_cap(words[i - 1]) and is_cap(words[i + 1]):
            name_idx.append(i - 1)  # "Sheikh Sultan bin Khalifa": the word before "bin" is a given name, title or not
    for i, w in enumerate(words):
        n = 2 if i + 2 < len(words) and words[i + 1] in NAME_PARTICLES else 1  # "von der Leyen"
        if w in NAME_PARTICLES and i - 1 in name_idx and i + n < len(words) and is_cap(words[i + n]) \
                and _name_word(words[i + n]):
            name_idx.extend(k for k in range(i, i + n + 1) if k not in name_idx)
    if name_idx and name_idx[0] == 1 and len(words) == 2 and is_cap(words[0]) and low[0] in _COUNTRIES \
            and low[0] in lexicon.first_names():
        name_idx.append(0)  # a given name that is also a place: "Sofia Lind", "Georgia Hale", "Paris Hilton"
    if name_idx == [1] and len(words) == 2 and words[0].isalpha() and is_cap(words[0]) and low[0] in WORD_GIVEN_NAMES:
        name_idx.insert(0, 0)  # a given name that is also a common word: "Will Hurd", "April Green", "Hope Solis"
    if name_idx == [0] and len(words) == 2 and words[1].isalpha() and is_cap(words[1]) and titleish(low[1]) \
            and low[0] in lexicon.first_names() and low[0] not in HONORIFIC_GENDER:
        name_idx.append(1)  # a surname that is also a title, after a given name: "Victoria King", "Chelsea Major"
    if name_idx and name_idx[-1] == len(words) - 2 and _REGNAL.fullmatch(words[-1]):
        name_idx.append(len(words) - 1)  # a regnal number: "Pope Leo XIV", "King Charles III"
    name_idx.sort()
    if len(name_idx) >= 3 and name_idx[-1] == len(words) - 1 and name_idx[-2] == len(words) - 2 \
            and len(words[-2]) <= 5 and HYPHENATED_GIVEN.fullmatch(words[-1]) and low[-3] in PORTFOLIOS:
        name_idx = name_idx[-2:]  # "(Minister of Health and) Welfare Han Jae-won": a portfolio, then a family name and
        #                           its given name (not "Colin Ho Kwok-wai": an English given name first)
    # "President of the Republic of Qaraband Ilgar Sultanli": the country, then the name
    name_idx = [i for i in name_idx if not (i >= 2 and low[i - 1] == "of" and low[i - 2] in _STATE_FORMS)]
    if "for" in low and low.index("for") > 0 and titleish(low[low.index("for") - 1]) \
            and "of" not in low[low.index("for") :]:  # (else the office "of" somewhere: "... for Reintegration of Prutia")
        # "Union Minister for Health John Smith": the portfolio, then the name (none: "the Minister for Health")
        given = person_after_office(words, low.index("for"), 1)
        name_idx = [i for i in name_idx if i >= given] if given else [i for i in name_idx if i < low.index("for")]
    elif "of" in low and (given := person_after_office(words, low.index("of"))):
        name_idx = [i for i in name_idx if i >= given]  # "Leader of the Opposition Priya Nair-Menon"
    if "of" in low and name_idx and name_idx[0] < low.index("of"):
        # "Rep. Elijah Cummings of Maryland": the name comes before "of", the place after it
        name_idx = [i for i in name_idx if i < low.index("of")]
    if name_idx:
        last = name_idx[-1]
        first = last
        while first - 1 in name_idx:
            first -= 1
        trailing = low[last + 1 :]
        if first > 0 and low[first - 1] in _PLACE_PREPOSITIONS:
            return (*steps, ("named", " ".join(words), "unnamed"))  # "A field commander in Ras Tanura": a place
        if trailing and trailing[0] != "of" and any(t in ROLE_NOUNS or titleish(t) for t in trailing):
            # "Clinton spokesman": the phrase names someone else than Clinton
            return (*steps, ("named", " ".join(words), "unnamed"))
        name_words = words[first : last + 1]
        title_words = _title_tail(words[:first])
        qual = words[last + 2 :] if trailing and trailing[0] == "of" else []
        if all(w.lower().rstrip(".") in HONORIFIC_GENDER for w in title_words):
            qual = []  # "Mr. Morgan of the Sierra Club": no title "Mr. of the Sierra Club"
        return (*steps, ("person", tuple(name_words), tuple(_titles_of(title_words, qual))))
    head = words
    hl = low
    if len(head) == 1 and is_acronym(head[0]) and hl[0] not in EXECUTIVE_TITLES:  # (not "the CFO": a title)
        if raw_words[0].lower() == "the" and head[0].isalpha() and 2 <= len(head[0]) <= 5:
            steps.append(("acronym title", head[0]))  # "the CEC said" after "Chief Election Commissioner A. Hasan"
        return (*steps, ("named", head[0].replace(".", "") if len(head[0]) > 4 else head[0], "organisation"))
    if len(head) >= 2 and raw_words[0].lower() == "the" and is_acronym(head[-1]) and head[-1].isalpha() \
            and all(titleish(w) for w in hl[:-1]):
        # "the Deputy PM said" after "Deputy Prime Minister Tran Quoc Hung": the title the letters spell
        steps.append(("acronym title", "".join(w[0].upper() for w in head[:-1]) + head[-1]))
    if any(is_acronym(w) for w in head) and hl[-1] not in titles:
        if is_acronym(head[-1]) and all(w.islower() for w in head[:-1]):
            return (*steps, ("named", head[-1], "organisation"))  # "the rail union RMT": the union is the RMT
        return (*steps, ("named", " ".join(head), "organisation"))
    # a title alone: "the Secretary General", "the Prime Minister of Armenia", "the Vermont senator"
    if any(titleish(w) and w not in TITLE_MODIFIERS for w in hl) or hl[-1] in _MODIFIER_NOUNS:
        if raw_words[0].lower() in ("a", "an", "one", "another") and all(w.islower() or w.lower() in countries or not _name_word(w)
                                                                         for w in head):
            # "A Republican senator said", "Another senator said": someone not named, not the senator named before
            return (*steps, ("named", " ".join(words), "unnamed"))
        # ("the health secretary": the portfolio before the title is part of it, not any secretary)
        # ("the Cabinet Secretary" too: an office of its own in Whitehall, a minister's title in Nairobi)
        title_run = [w for i, w in enumerate(head) if titleish(w.lower()) or w.lower() in PORTFOLIOS | {"cabinet"}
                     and i + 1 < len(head) and titleish(head[i + 1].lower())]
        # "the French president", "the Brazilian leader": the holder from that country, not any president
        nation = next((countries[w].name for w in hl if w in countries and not titleish(w)), None)
        return (*steps, ("title", tuple(title_run), " ".join(words), nation))
    if all(w.islower() for w in hl):
        company = is_company_noun(hl[-1])
        if hl[-1] in _ORGS or company:
            steps.append(("head", tuple(hl)))  # "the fund" after "the International Monetary Fund"
        elif hl[-1] in _NAMED_TEXT_HEADS and raw_words[0].lower() == "the":
            steps.append(("head", (hl[-1],)))  # "the same poll" after "A Keystone Civic Poll released Thursday"
        if len(hl) <= 3 and (hl[-1] in SPEAKING_TEXTS | _ORGS or company):
            return (*steps, ("named", " ".join(words), "unnamed"))  # "the letter", "the agency"
    if len(hl) == 1 and hl[0] in ("family", "relatives", "parents") and len(low) == 1:
        steps.append(("kin group", hl[0]))  # "the family" after "the family of Ellie Brannagh", "Kurz's family"
    if hl[-1] in ROLE_NOUNS or len(hl) <= 2 and hl[-1].removeprefix("ex-") in RELATIVES:
        return (*steps, ("named", " ".join(words), "unnamed"))  # "the lawyer", "ex-wife"
    return tuple(steps)


# title words that also name places or levels of government, never an office alone
_PLACE_MODIFIERS = {"state", "federal", "national", "city", "county", "district"}


# the nouns of a body that may open its name ("Bank Indonesia", "Radio Free Europe", "Statistics Norway")
_LEADING_HEADS = {"bank", "banco", "radio", "television", "university", "institute", "academy", "ministry", "museum",
                  "foundation", "federation", "agency", "bureau", "league", "society", "hospital", "statistics",
                  "health",  # ("Health Canada")
                  # the head nouns that open bodies' names in Spanish, Portuguese, French and Italian ("Frente Unido
                  # del Sur", "Consejo Coordinador Empresarial", "Instituto Nacional Electoral")
                  "consejo", "conselho", "conseil", "consiglio", "frente", "front", "fronte", "partido", "parti",
                  "partito", "instituto", "institut", "istituto", "ministerio", "ministério", "ministère", "ministero",
                  "banque", "banca", "confederación", "confederação", "confédération", "confederazione", "federación",
                  "federação", "fédération", "federazione", "movimiento", "movimento", "mouvement", "sindicato",
                  "syndicat", "sindacato", "asociación", "associação", "association", "associazione", "fundación",
                  "fundação", "fondation", "fondazione", "comisión", "comissão", "commissione", "comité", "comitato",
                  "tribunal", "tribunale", "corte", "cour", "fiscalía", "procuraduría", "defensoría", "superintendencia",
                  "secretaría", "agencia", "agência", "agence", "agenzia", "ejército", "exército", "fuerzas", "forças",
                  "policía", "polícia", "polizia", "asamblea", "assemblée", "assembleia", "cámara", "câmara", "camera",
                  "unión", "união", "unione", "alianza", "aliança", "alleanza", "coalición", "junta", "universidad",
                  "universidade", "université", "università", "empresa", "compañía", "companhia", "société", "società",
                  "petróleos", "grupo", "gruppo", "caisse", "registraduría", "servicio", "serviço", "service"}
_NAME_PARTICLES_IN_BODIES = {"de", "del", "de la", "la", "des", "du", "do", "da", "dos", "das", "di", "della", "dei",
                             "delle", "y", "e", "et", "para", "pour", "per", "el", "le", "los", "las", "les"}


def _untitled(words: list[str]) -> list[str]:
    """The words after the title words that open them ('Sgt Dominic Faulkes' -> 'Dominic Faulkes')."""
    k = 0
    while k < len(words) and titleish(words[k].lower()):
        k += 1
    return words[k:]


def _without_place(words: list[str]) -> list[str]:
    """The words without one that says where a body sits or who holds it ('Geneva-based', 'state-run')."""
    return [w for w in words if "-" not in w or w.rpartition("-")[2].lower() not in _PLACE_PARTICIPLES]




def person_after_office(words: list[str], of_at: int, skip: int = 2) -> int:
    """'Leader of the Opposition Priya Nair-Menon': an office, then a person's name opening with a given name (the
    index of that given name in ``words``; 0 when there is none)."""
    for i in range(of_at + skip, len(words) - 1):
        if (words[i].lower() in lexicon.first_names() or words[i - 1].lower().rstrip(".") in HONORIFIC_GENDER
                # ("head of the Foreign Ministry of Armenia Levon Gagikovich Harutyunyan": a name of two words or
                # more right after the country or the body, or after a title: "Bank of Mongolia Governor Oyunchimeg
                # Dorjsuren")
                or words[i - 1].lower() in lexicon.countries() or words[i - 1].lower() in NAME_HEADS
                or titleish(words[i - 1].lower()) and words[i - 1].lower() != "of" and i - 1 > of_at + 1
                or i >= 3 and words[i - 2] == "of" and words[i - 3].lower() in _STATE_FORMS
                # ("Secretary of State for Health Wes Streeting": a portfolio after "for", then the name)
                or i >= 2 and words[i - 2] == "for" and words[i - 1].lower() in PORTFOLIOS and i + 1 < len(words)
                # ("Minister for Foreign Affairs Ciarán Moloney": a portfolio's affairs)
                or i >= 3 and words[i - 3] == "for" and words[i - 2].lower() in PORTFOLIOS
                and words[i - 1].lower() == "affairs" and i + 1 < len(words)
                # ("Deputy Mayor for Policing and Crime Nasreen Akhtar": a portfolio of two joined by "and", then a
                # name of two words)
                or i + 2 == len(words) and "for" in words[of_at:i]
                and "and" in words[words.index("for", of_at) + 2 : i - 1]
                # ("Minister of Health and Welfare Han Jae-won": a family name, then a hyphenated given name)
                or i + 2 == len(words) and len(words[i]) <= 5 and HYPHENATED_GIVEN.fullmatch(words[i + 1])) \
                and all(is_cap(w) and _name_word(w) or w in NAME_PARTICLES for w in words[i:]) and is_cap(words[-1]):
            return i
    return 0


def _named_before_of(words: list[str]) -> bool:
    """'Political scientist David Meskhi (of ...)', 'economist Ana Ruiz (of ...)': a lower-case role, then a name of
    two or more words that are neither titles nor organisation nouns, right before "of"."""
    def role(w: str) -> bool:
        return w.lower() in ROLE_NOUNS or titleish(w)

    k = len(words)
    while k > 0 and (is_cap(words[k - 1]) and (_name_word(words[k - 1]) or k >= 2 and k == len(words)
                                               and words[k - 1].lower() in lexicon.countries()
                                               and words[k - 2].lower() in lexicon.first_names())  # ("Montenegro")
                     and not role(words[k - 1]) and words[k - 1].lower() not in NAME_HEADS
                     or words[k - 1] in NAME_PARTICLES and k > 1 and is_cap(words[k - 2]) and k < len(words)):
        k -= 1  # ("Political scientist Sanne de Graaf (of ...)": a particle inside the name)
    return len(words) - k >= 2 and k > 0 and role(words[k - 1])


AGE_NOUN = re.compile(r"\d{1,3}-year-old|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?-year-old")
_PLURAL_POSSESSIVE = re.compile(r"[A-Z][a-z]+s['’]|(?:Women|Children|Men|People)['’]s")
LEADER_WORDS = {"chief", "head", "leader", "boss", "chairman", "chairwoman", "chair"}
# the top ranks of an organisation, as whole words of a title key (see words_key)
TOP_RANKS = tuple(f" {r} " for r in ("secretary general", "director general", "president", "chairman", "chairwoman",
                                       "chair", "chief", "head", "leader", "director", "commander", "governor"))
_TITLE_CLAUSE = re.compile(r"\s+(?:who|whose|which|that)\s.*$")
_NOT_IN_TITLES = {"did", "does", "do", "is", "was", "were", "are", "said", "says", "not", "has", "had"}


def _clean_title(title: str) -> str:
    """A title as people write it ('director of the Arms Control Association'), or '' for a phrase that only
    stood where titles stand ('which Apple's chief executive', 'regulators did not consider Mr.', '11 widow')."""
    title = _TITLE_CLAUSE.sub("", title)  # "... at the Center, whose film ...": the title ends before the clause
    title = re.split(r"\s+(?:--|[—–―])\s+", title)[0]  # "chief executive of Ora Media -- the company that ..."
    words = title.split()
    while words and words[-1].lower() in ("and", "or", "but"):
        words = words[:-1]
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words or words[0][0].isdigit() or words[0].lower() in ("which", "who", "whose", "that", "of", "and"):
        return ""
    if any(w.lower() in _NOT_IN_TITLES for w in words):
        return ""
    if len(words) > 1 and words[-1].lower().rstrip(".") in ("mr", "mrs", "ms", "miss"):
        return ""  # "Mr. King and Mr.": the start of another name, no title
    return " ".join(words)


def _title_tail(words: list[str]) -> list[str]:
    """The words before a name that are its title: not a dateline ('WASHINGTON -- President Obama') nor the
    sentence's opening word ('For Mr. Obama', 'But President Obama'), nor an honorific after a title ('Chief
    Minister Shri K. Ramachandran')."""
    k = 0
    for i, w in enumerate(words):
        if not any(c.isalnum() for c in w):
            k = i + 1
    words = words[k:]
    while words and words[0].lower() in CAP_STOP and not titleish(words[0].lower()):
        words = words[1:]
    if len(words) >= 2 and words[-1].lower().rstrip(".") in _COURTESY_TITLES \
            and any(titleish(w.lower()) for w in words[:-1]) and words[-2].lower().rstrip(".") not in HONORIFIC_GENDER \
            and words[-2].lower() not in ("and", "or", "&"):  # (not "Mr. King and Mr. Schultz": two people)
        words = words[:-1]  # ("Union Minister for Water Resources Shri R. V. Deshpande": the office before the honorific)
    j = len(words)
    while j > 1 and words[j - 1].lower() in _MALAY_HONORIFICS:
        j -= 1  # "Deputy Prime Minister Datuk Seri Azman Rahim": the office, not the honorifics
    if j < len(words) and titleish(words[j - 1].lower()) and words[j - 1].lower() not in _MALAY_HONORIFICS:
        words = words[:j]
    return words


# the pronouns of each sex, in any form: a paragraph that uses one already refers to somebody
_PRONOUN_RE = {"he": re.compile(r"\b[Hh](?:e|is|im)\b"), "she": re.compile(r"\b[Ss]he\b|\b[Hh]er\b")}
# letters after a member's name: "Jane Smith MP", "Labhrás Breathnach-Cullen TD"
BARRISTER_LETTERS = {"QC", "KC", "SC"}  # a barrister's letters after the name: an office, no house's seat
_POSTNOMINALS = {"MP", "TD", "MEP", "MSP", "MLA", "MHA", "MPP"} | BARRISTER_LETTERS
_MEMBER_LETTERS = {w.lower() for w in _POSTNOMINALS - BARRISTER_LETTERS}  # a house's member, after the seat
_BRANCH_NOUNS = {"lodge", "chapter", "branch", "affiliate"}
PARTY_MEMBERS = {"democrat", "republican", "conservative", "tory", "liberal", "socialist", "libertarian"}
_STATE_FORMS = {"republic", "kingdom", "federation", "emirate", "sultanate", "principality", "state", "commonwealth"}
_ARABIC_PATRONYMIC = {"bin", "ibn", "bint"}  # "son of", "daughter of": the given name before it is used alone
_PLACE_PREPOSITIONS = {"in", "at", "from", "near", "outside", "inside", "across", "around"}
_PLACE_PARTICIPLES = {"based", "headquartered", "run", "owned", "backed", "funded", "listed", "registered"}
# Malaysian honorifics, which stack before a name ("Datuk Seri", "Datuk Wira", "Tan Sri"; "Tan" alone is a surname)
_MALAY_HONORIFICS = {"datuk", "dato", "dato'", "datin", "tun", "seri", "sri", "wira", "puan"}
_HONORIFIC_PAIRS = {("tan", "sri"), ("puan", "sri"), ("toh", "puan")}


# "the airline" after "Northwind Airways", "the company" after "Acme Holdings": the name's last word says its kind
# the last words of newspapers' names ("The Washington Post", "the Savannah Morning Dispatch")
NEWSPAPER_ENDS = {"times", "post", "herald", "gazette", "journal", "tribune", "ledger", "courier", "news", "record",
                  "dispatch", "star", "globe", "chronicle", "inquirer", "examiner", "observer", "sun", "mail", "telegraph",
                  "guardian", "independent", "register", "enquirer", "sentinel", "bulletin", "express", "mirror",
                  "standard", "review"}
_HEAD_KINDS = {
    "airline": {"airways", "airlines", "air"}, "carrier": {"airways", "airlines", "air"},
    "carmaker": {"motors", "motor", "automotive"}, "automaker": {"motors", "motor", "automotive"},
    "bank": {"bancorp", "bank"}, "lender": {"bancorp", "bank"}, "insurer": {"insurance", "assurance"},
    "broadcaster": {"broadcasting", "television", "tv", "radio"}, "network": {"network", "television", "tv"},
    "hospital": {"hospital", "clinic", "infirmary"}, "newspaper": NEWSPAPER_ENDS,
    # a sports club by its name's last word: "the club" after "Harbourside City", "Westport United"
    "club": {"city", "united", "fc", "afc", "rovers", "athletic", "athletico", "wanderers", "town", "albion", "hotspur",
             "rangers", "celtic", "county", "villa", "olympic", "sporting"},
}
# the last words of a company's name: what "the company", "the firm", "the software maker" can stand for
COMPANY_ENDS = lexicon.company_endings() | {"inc", "corp", "corporation", "co", "holdings", "ltd", "llc", "plc", "group",
                                            "industries", "partners", "capital"}
# what news calls a company it has named: "the software maker", "the confectioner", "the retailer"
_COMPANY_NOUNS = {"company", "firm", "retailer", "manufacturer", "producer", "supplier", "developer", "operator", "provider", "chain",
                  "giant", "conglomerate", "confectioner", "brewer", "refiner", "grocer", "startup", "start-up",
                  "distributor", "publisher", "exporter", "importer", "shipper", "maker", "carmaker", "automaker",
                  "chipmaker", "drugmaker", "planemaker", "toymaker", "steelmaker", "shoemaker", "phonemaker"}


COMPANY_NOUNS = frozenset(_COMPANY_NOUNS)
# what news calls a company it names by one word ("Bluewater ... the company said", "Eskom ... the utility said")
_MONONYM_NOUNS = {"company", "firm", "utility", "miner", "lender", "insurer", "carrier", "airline", "carmaker",
                  "automaker", "retailer", "conglomerate", "broadcaster"}


def is_company_noun(word: str) -> bool:
    """'the company', 'the software maker', 'the carmaker' (not 'the lawmaker', 'the policymaker': people)."""
    return word.lower() in _COMPANY_NOUNS


_TITLES = lexicon.title_words()
PARTY_STATE = re.compile(r"[DRI]-[A-Z][\w.]*")  # "D-N.M.", "R-Ky.": a party and a state after a name
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_INITIAL = re.compile(r"[A-Z]\.")
_POSSESSIVE_END = re.compile(r"[’']s?$")
_COUNTRIES = lexicon.countries()
_ORGS = lexicon.organisation_heads()
NAME_HEADS = _ORGS | lexicon.company_endings()  # the last word of a capitalised name of a body
_MONTH_NAMES = {"may", "june", "april", "august"}
# texts that go by a name and are then "the poll", "the study": "the Keystone Civic Poll ... the same poll showed"
_NAMED_TEXT_HEADS = {"poll", "survey", "study", "report", "audit", "analysis", "review", "index"}
# advocacy groups named for their members: "Parents for Medical Freedom", "Americans for Prosperity"
MEMBER_GROUPS = frozenset({"parents", "americans", "citizens", "doctors", "mothers", "families", "veterans", "women",
                           "students", "scientists", "voters", "taxpayers", "physicians", "workers", "nurses", "teachers"})
# given names that are also common words, kept from a name only when two capitalised words make the whole phrase
# (with the sex they usually tell, for pronouns)
WORD_GIVEN_NAMES = {"may": "f", "june": "f", "april": "f", "august": "m", "will": "m", "hope": "f", "faith": "f",
                    "joy": "f", "grace": "f", "summer": "f", "autumn": "f", "dawn": "f", "rich": "m", "chase": "m"}


# a company's last word made of a prefix and a long ending: "Nilgiri Infosolutions", "Halvern Biotherapeutics"
_COMPOUND_ENDS = tuple(sorted(w for w in lexicon.company_endings() if len(w) >= 7))
_VERB_AFTER_FIRM = re.compile(r",|\s+(?:(?:also|has|had|have|is|was|will|would|on\s+\w+day|\w+ly)\s+)*(?:said|says|told|"
                              r"tells|added|adds|warned|noted|stated|wrote|reported|announced|expects|expected|"
                              r"estimated|predicted|forecast|downgraded|upgraded|affirmed|declined|denied|confirmed)\b")
# a word with a capital inside after three lower-case letters or more: a firm's or a product's ("LinkedIn",
# "YouTube", "BlackRock"), not a person's ("DeSantis", "McConnell", "MacArthur", "VanDyke", "FitzGerald")
_CAMEL_CASE = re.compile(r"(?!Mac|Van|Von|Fitz|Del|Des|Den|Ter|Ten)[A-Z][a-z]{2,}[A-Z][A-Za-z]*")
_FAMILY_NOUNS = {"husband", "wife", "son", "daughter", "brother", "sister", "mum", "mom", "dad", "father", "mother",
                 "partner", "fiance", "fiancee", "fiancé", "fiancée", "grandson", "granddaughter", "widow", "widower"}
_COMMON_OWNER = re.compile(r"\bthe\s+[a-z]+['’]s\s")  # "the festival's website"
_PLACE_HEADS = frozenset(_PLACE_NOUNS.split("|"))  # (the last word of a place's name: no agency is "Cameron Parish")
_COMPANY_KINDS = COMPANY_ENDS | {"bank", "bancorp", "international", "global"}  # ("Amnesty" for Amnesty International)
# the legal endings of a company's name, as written: "Calloway Payments Inc.", "Norvale Foods Ltd", "Hyeonsan Motor Co"
LEGAL_FORMS = ("Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "plc", "AG", "SA", "NV", "GmbH", "LP", "LLP", "Bhd", "Pty", "SpA")
LEGAL_ENDS = {f.lower() for f in LEGAL_FORMS}


def _company_short_name(words: list[str]) -> str:
    """'Fenwick Holdings' -> 'Fenwick', 'Larchmont Bank' -> 'Larchmont': the name a company goes by, when its last
    word says what kind of company it is and the words before it are a name (not 'National', not a country)."""
    last = words[-1].lower().rstrip(".")
    if len(words) < 2 or len(words) > 4 or last not in _COMPANY_KINDS and not last.endswith(_COMPOUND_ENDS):
        return ""  # ("Halvern Biotherapeutics" -> "Halvern")
    lead = words[:-1]
    if not all(is_cap(w) and w.isalpha() for w in lead) or not any(_name_word(w) for w in lead) \
            or lead[0].lower() in CAP_STOP or " ".join(lead).lower() in _COUNTRIES:
        return ""
    return " ".join(lead)


_SPACE_BEFORE_MARK = re.compile(r" ([,.])")
_DIGIT = re.compile(r"\d")
_LETTERS_THEN_DIGITS = re.compile(r"[A-Z][a-z]{2,}\d{1,2}")  # a firm's name, not a model's ("Jet2", not "F-16", "A320")


def _without_initials(words: list[str]) -> str:
    """'Loretta E. Lynch' -> 'Loretta Lynch' (an alias of the name as written); a lone initial stays."""
    kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _INITIAL.fullmatch(w))]
    while len(kept) > 2 and kept[-1].rstrip(".").lower() in ("jr", "sr", "ii", "iii", "iv"):
        kept.pop()
    return " ".join(kept)


_REGNAL = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")  # II to XXXIX ("I", "V", "X" alone are no number)


def titleish(word: str) -> bool:
    w = word.lower().rstrip(".").removesuffix("-elect").removesuffix("-designate")  # ("the premier-elect")
    return w in _TITLES or ("-" in w and all(p in _TITLES for p in w.split("-") if p))


_PRONOUN_CONTRACTION = re.compile(r"(?:i|you|we|they|he|she|it)['’]")


@lru_cache(maxsize=65536)
def _name_word(word: str) -> bool:
    w = word.lower().rstrip(".")
    if _PRONOUN_CONTRACTION.match(w):
        return False  # "I’ve", "I'm", "You’ve", "We’re": the speaker speaking, no name
    return not (titleish(w) or w in CAP_STOP or is_acronym(word) or w in _COUNTRIES or w in NAME_HEADS or w in ROLE_NOUNS
                or w in PARTY_WORDS or w in _PORTFOLIO_WORDS
                or "-" in w and w.rpartition("-")[2] in _PLACE_PARTICIPLES)  # ("Tsavkisi-based")


# words of a ministry's portfolio, never a name: "Deputy Minister of Foreign Affairs Aigerim Zhunusova"
_PORTFOLIO_WORDS = {"affairs", "emergencies",
                    "republic", "kingdom", "federation", "emirate", "sultanate", "principality", "commonwealth",
                    "first", "second", "third"}  # ("First Deputy Foreign Minister of Tajikistan ...")


def _titles_of(title_words: list[str], qual: list[str]) -> list[str]:
    if not title_words:
        return []
    t = " ".join(title_words)
    if qual:
        t += " of " + " ".join(qual)
    return [t]

"""Statement extraction: direct, partial and reported speech, each attributed to a speaker.

Pure and fast: regular expressions over paragraphs and sentence-like units, no model.
The shapes covered (design §3):
- ``"Quote," Name said.`` / ``"Quote," said Name.`` / ``Name said: "Quote."`` and split quotes
- multi-sentence and multi-paragraph quotes; a quote standing alone continues the last speaker
- partial quotes inside narration: ``Putin called Armenia Russia's "closest friend."``
- reported speech: ``Name said/told X/urged/warned ... (that) ...``, ``..., Name said.``,
  ``according to Name, ...``, and ``Name stated this`` pointing back at the previous sentence
- headlines ``Name: what they said``
"""

from __future__ import annotations

import bisect
import itertools
import re

from . import lexicon
from .attribution import (
    AGE_NOUN,
    AUXILIARIES,
    BARRISTER_LETTERS,
    CAP_STOP,
    COMPANY_NOUNS,
    DESCRIBING_NOUNS,
    DOCUMENT_NOUNS,
    LEGAL_ENDS,
    LEGAL_FORMS,
    LOWER_RANKS,
    MEMBER_GROUPS,
    NAME_ABBREVIATIONS,
    NAME_HEADS,
    NAME_PARTICLES,
    NEWSPAPER_ENDS,
    NOUN_SEX,
    PAIR_NOUNS,
    PARTY_MEMBERS,
    PARTY_STATE,
    PARTY_WORDS,
    PERSON_ROLE_HEADS,
    PLACE_BEFORE,
    PORTFOLIOS,
    PRONOUNS,
    RELATIVES,
    ROLE_NOUNS,
    SPEAKING_TEXTS,
    WORD_GIVEN_NAMES,
    Entity,
    Phrase,
    Registry,
    TitleQuery,
    classify,
    is_acronym,
    is_cap,
    is_company_noun,
    one_in_a_role,
    one_person_head,
    person_after_office,
    person_name,
    role_sex,
    strip_possessive,
    titleish,
    tokens_between,
    words_key,
)
from .models import Extraction, Speaker, Statement
from .speakers import name_parts, normalise, spells_out, surname_key, title_only
from .text import Quote, Unit, find_quotes, paragraphs, units

_WH_WORDS = {"why", "whether", "how", "what", "if", "when", "where", "who", "which"}
# verbs that put their subject after them: "..., said one source", "..., added the statement"
_INVERTIBLE = {"say", "add", "write", "ask", "explain", "note", "continue", "recall", "insist", "argue",
               "warn", "declare", "observe", "reply", "respond", "acknowledge", "admit", "quip", "concede", "report",
               "state", "announce", "confirm", "comment", "remark", "suggest", "predict"}
# verbs whose content follows them and never comes before: "the council would refuse, told his aides ..."
_NOT_TRAILING = {"refuse", "decline", "pledge", "promise", "vow", "urge", "call", "invite", "propose", "demand",
                 "encourage", "praise", "criticize", "condemn", "attack", "blast", "laud", "hail", "welcome", "dismiss",
                 "reject", "accuse", "charge", "cite", "discuss", "address", "describe", "compare", "liken", "mock",
                 "threaten", "highlight", "defend", "portray", "brand", "dub", "express", "advise", "slam", "speak", "talk"}
_SUBORDINATORS = ("when", "while", "whereas", "because", "although", "though", "unless", "if", "after", "before",
                  "since", "until", "once")
_SUBORDINATE = re.compile(r"\s*[“\"]?(?:Even though|As|" + "|".join(w.capitalize() for w in _SUBORDINATORS) + r")\s")
# "... back when he wrote his book, ...": a subordinate clause that opens right before its subject and verb
_SUBORDINATE_TAIL = re.compile(r"\b(?:" + "|".join(_SUBORDINATORS) + "|" + "|".join(w.capitalize() for w in _SUBORDINATORS)
                               + r"|[:;]\s+As)\s+"  # ("the gathering: As he welcomed guests, ...")
                               r"(?:he|she|they|we|I|it|(?:the|my|his|her|their|our|its)\s+[a-z][\w-]*"
                               r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:\w+ly\s+)?$")
# "Sen. Laura Whitcomb, who wrote the bill, accused ...": a relative clause inside commas ends at the next one
_RELATIVE_TAIL = re.compile(r",\s+(?:who|which)\s+(?:(?:has|had|have|also|once|first|later|\w+ly)\s+)?$")
# "..., who owns Panadería Esquivel": a name that is the object of a relative clause's verb
_RELATIVE_OBJECT = re.compile(r",\s+who\s+(?:[a-z]+ly\s+)?(?!is\s|was\s|are\s|were\s)[a-z]+s?\s+(?:the\s+)?"
                              r"(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*\s*$")
_TITLE_WORDS = lexicon.title_words()
_TITLE_LEAD = {"former", "presidential", "current", "late", "then", "vice", "acting", "deputy", "interim", "top",
               "senior", "chief", "nominee", "so-called", "self-proclaimed", "self-styled"} | PARTY_WORDS
_LEAD_CONJUNCTIONS = {"but", "and", "then", "so", "yet", "still", "later"}
# a clause joined to the one before by a conjunction or subordinator: what precedes it is not its content
_JOINED_CLAUSE = re.compile(r"\s*(?:" + "|".join(sorted(_LEAD_CONJUNCTIONS | set(_SUBORDINATORS) | {"or", "whereas"}))
                            + r")\b", re.IGNORECASE)
_CONTRACTED_SUBJECT = re.compile(r"([Hh]e|[Ss]he)[’']s|([Tt]hey)[’']re")
_BODY_IN_A_PLACE = {"ministry", "embassy", "office", "department", "government", "council", "commission", "agency"}
_KIND_NOUN_BEFORE = re.compile(r"\b(?:magazine|newspaper|tabloid|broadsheet|daily|weekly|broadcaster|channel|station|"
                               r"website|blog|podcast|label|publisher|airline|carrier|retailer|brewer|startup|charity|"
                               r"think tank|thinktank)\s+$")
_FINITE_AUXILIARIES = {"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "might",
                       "must", "did", "does", "do"}
_NOTHING_AFTER = {"about", "of", "on", "to", "at", "in", ".", ",", ";", "more", "else", "further", "publicly", "new",
                  "until", "during", "before", "after", "as", "when", "but", "and", "beyond", "except", "while"}
_HYPOTHETICAL_BEFORE = re.compile(r"\b(?:whether|if)\s+\w+\s+(?:would|will|could|might|should|can)\s+(?:\w+ly\s+)?$")
_ASKED_WHETHER = re.compile(r"\b[Aa]sked\s+(?:[\w’'-]+\s+){0,4}?(?:whether|if)\b[^,;.:“”\"]*$")
_ANSWER_VERBS = {"reply", "answer", "respond", "retort"}
_ANSWER_FORMS = {"replied", "replies", "answered", "answers", "responded", "responds", "retorted", "retorts"}
_ASKED_SOMEONE = re.compile(r"\basked\s+(?=[A-Z])")
_WH_OPENING = re.compile(r"(?:What|Who|Why|How|When|Where|Which|Would|Will|Could|Should|Can|Did|Does|Do|Is|Are|Was|Were)\b")
# what a company's name is used with: searched for first (rare words), then the name before it
_COMPANY_USE = re.compile(r"(?:[’']s\s+(?:chief executive|chief financial officer|CEO|CFO|board|shares|shareholders|"
                          r"share price|headquarters|stock|customers|users|app|platform)\b|\s(?:CEO|CFO|co-founder|spokes(?:wo)?man|spokesperson)\s+(?=[A-Z])|\b(?:shares|stock)\s+(?:rose|fell|jumped|dropped|slid|climbed|"
                          r"gained|lost|tumbled|surged|slumped|soared)\b|\b(?:unveiled|launched|announced|reported|posted|"
                          r"released)\s+its\b)")
# an unnamed spokesperson and whom they speak for: "Home Office spokesperson", "spokeswoman for the agency"
_SPOKESPERSON = re.compile(r"(?:(.+?)\s+)?(?:spokes(?:man|woman|person)|press officer|(representative|publicist))"
                          r"(?:\s+(?:for|of|at)\s+(.+))?")
_QUANTITY_OF = {"shares", "stock", "thousands", "hundreds", "dozens", "millions", "tens", "scores"}
_WRITTEN_TEXTS = {"memo", "letter", "email", "e-mail", "note", "memorandum", "statement"}
_WRITTEN_NOUN = "(" + "|".join(sorted(_WRITTEN_TEXTS)) + ")"
_TEXT_FROM = re.compile(rf"\b{_WRITTEN_NOUN}\s+from\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})")
_WROTE_IN = re.compile(rf"(?:the|a|an|his|her|their|its)\s+(?:\w+\s+)?{_WRITTEN_NOUN}\b", re.I)
_LEGAL_FILINGS = {"lawsuit", "complaint", "suit", "petition", "filing", "court papers", "court filing"}
_SUED = re.compile(r"((?:[A-Z][\w&.’'-]* +){0,5}[A-Z][\w&.’'-]*),?\s+(?:has\s+|have\s+|had\s+)?"
                   r"(?:since\s+|already\s+|also\s+|now\s+|\w+ly\s+)?(?:sued|filed\s+(?:a|the)\s+"
                   r"(?:\w+\s+){0,3}(?:lawsuit|complaint|suit|petition))\b")
# "The suit, brought in Dane County Circuit Court by Fair Maps for All Wisconsin and 11 voters": who brought it
_BROUGHT_BY = re.compile(r"\b(?:lawsuit|complaint|suit|petition),?\s+(?:was\s+|were\s+)?(?:brought|filed|lodged)\b"
                         r"[^.;:]{0,80}?\bby\s+(?:the\s+)?([A-Z][\w&.’'-]*(?:\s+(?:for|of|the|[A-Z][\w&.’'-]*)){0,6})")
_CHANT_CUES = {"chanted", "chanting", "chant", "chants"}
# a clause with a pronoun subject and a finite verb, where "that" is left out: "the Board found he still posed a risk"
_PRONOUN_CLAUSE = re.compile(r"(?:he|she|they|we)\s+(?:still\s+|also\s+|never\s+|\w+ly\s+)?"
                             r"(?:\w+ed|was|were|is|are|had|has|have|would|could|should|will|can|may|might|must|did|does"
                             r"|lacked|knew|made|took|gave|saw|held|kept|told|said|meant|felt|left)\b")
_BARE_SPOKESPEOPLE = {"representative", "spokesperson", "spokesman", "spokeswoman", "publicist"}
_OFFICE_OF_PERSON = re.compile(r"(.+?)[’']s? office")  # "Prime Minister X's office", "Senator Y's office"
_POLICE_FORCE = re.compile(r"\b(?:Police(?: Department| Dept\.?| Service| Force)?|Constabulary|Gendarmerie)$")
_COMPANY_USE_KEYS = (" its ", "shares ", "stock ", "s chief", "s CEO", "s CFO", "s board", "s share", "s headquarters",
                     " CEO ", " CFO ", " co-founder ", " spokes", "s customers", "s users", "s app", "s platform",
                     "s stock")
_BODY_IN_APPOSITION = re.compile(r",\s+an?\s+(?:[a-z][\w-]*\s+){0,3}(?:group|organi[sz]ation|body|union|association"
                                 r"|coalition|alliance|movement|charity|watchdog|network|federation|company|firm|lobby"
                                 r"|institute|foundation|NGO|think[- ]tank)"
                                 r"(?=\s*[,.;:)]|\s+(?:that|which|whose|based|in|of|for|from|with|on|at|and|said|says)\b)")
# (the noun ends the apposition: "Kowalski, a union organiser, said" is a person)
_ONE_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+)$")  # (the name before the comma)
_FIRM_NOUNS = {"group", "lender", "insurer", "bank", "miner", "carrier", "airline", "utility", "retail"}
# a noun for a firm, then its name: "engineering group Norrvik Industrier", "operator, Piraeus-based Thalassa ..."
_COMPANY_BEFORE_NAME = re.compile(r"\b(" + lexicon.trie_pattern(sorted(COMPANY_NOUNS | _FIRM_NOUNS))
                                  + r"),?(?:[^\S\n]+[A-Z][\w-]*-based)?[^\S\n]+"
                                  r"((?:[A-Z][\w’'&.-]*[^\S\n]+){0,3}[A-Z][\w’'&-]*)")
_NAME_BEFORE_USE = re.compile(r"\b([A-Z][a-z]{2,}[A-Za-z]*)\s*$")
_POSSESSIVE_OPENERS = {"the", "my", "his", "her", "our", "their", "its"}
_MENTION_PRONOUNS = {"he", "she", "they", "it", "i", "we", "you"}
_AS_LEAD = re.compile(r"\s*[“\"]?(?:(?:Yet|But|And|So|Still|However|Indeed|Now|Or)\s*,?\s+(?=as\s)|Just\s+(?=as\s))?"
                      r"(?:As|as)\s+")  # "As Arakelyan stated, ...", "Yet, as Bown observed, ..."
_AS_REST = re.compile(r"[^,.;:“”\"]{0,40}?,\s*")
# possessive and object pronouns and the subject pronoun the discourse resolves for them ("his claim", "according to him")
_TO_SUBJECT_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it", "him": "he", "them": "they", "it": "it"}
_OBJECT_PRONOUNS = {"him", "her", "them", "us", "me", "it", "you"}
# what a lawyer argues in court as an advocate, not a claim: "argued the case", "argued the appeal"
_ARGUED_CASE = re.compile(r"(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?(?:case|appeal|motion|lawsuit|suit)\b(?!\s+that)")
_POSSESSIVE_TAIL = re.compile(r"(?<=\w)['’]s?$")  # "plaintiffs'", "union's": an owner in a lower-case title
_AGENT_ENDINGS = ("er", "or", "ist", "ian")  # a job before a name that opens a sentence: "Picker", "Organiser"
_CONTENT_PRONOUNS = {"he", "she", "they", "we", "i"}  # open a reported clause without "that"
_SUBJECT_PRONOUNS = _CONTENT_PRONOUNS | {"it"}
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
                "your", "whose", "every", "each", "no", "any"}
_PLURAL_SUBJECTS = {"i", "we", "you", "they", "people"}
_LY_NOUNS = {"ally", "rally", "assembly", "supply", "reply", "anomaly", "monopoly", "italy"}
_QUANTIFIERS = {"another", "about", "nearly", "almost", "roughly", "some", "only", "just", "over", "under"}
_SUBJECT_HEADS = SPEAKING_TEXTS | lexicon.organisation_heads()
_TEXT_OR_ROLE = SPEAKING_TEXTS | ROLE_NOUNS  # nouns a reduced relative clause may follow
# roles only people hold: "Supporters of X" stops at "of", where "Ministry of Ports" and "Secretary of State" go on
_PERSON_ROLES = ROLE_NOUNS - _TITLE_WORDS - lexicon.organisation_heads()
_ROLE_OR_BODY = ROLE_NOUNS | lexicon.organisation_heads()
# "The airport expects ...", "The regional ministry has ...": a body named by its kind opening a sentence (before a verb)
_BODY_OPENING = re.compile(r"\W*(?:(?:But|And|Yet|Still|Meanwhile),?\s+)?((?:The|the)\s+(?:[a-z][\w-]*\s+){0,2}?)([a-z]+)"
                           r"\s+(?:[a-z]+ly\s+)?(?:(?:will|would|could|can|may|might|should|must)\s+(?:not\s+)?[a-z]+\b"
                           r"|(?:(?:has|had|will|would|is|was|also)\s+)*[a-z]+(?:ed|s)\b)")
_SEXED_OPENING = re.compile(r"\W*(?:(?:But|And|Yet|Still|Meanwhile),?\s+)?((?:The|A|An|This|That)\s+)(\w*(?:woman|man)|girl|boy)"
                            r"(?:['’]s)?\s+[a-z]")
_BODY_HEADS = lexicon.organisation_heads() - ROLE_NOUNS | {"company", "firm", "union", "ministry", "agency", "government",
                                                          "administration", "committee", "commission", "court", "panel"}
_ROLES_AND_TITLES = ROLE_NOUNS | _TITLE_WORDS | lexicon.organisation_heads()  # ("the rebel alliance")
_CLAUSE_STARTERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those", "his",
    "her", "their", "its", "our", "my", "your", "no", "not", "some", "all", "any", "every", "many", "most",
    "more", "both", "each", "one", "two", "if", "when", "while", "after", "before", "because", "since",
    "although", "though", "as", "what", "why", "how", "whether", "nobody", "everyone", "everybody",
    "nothing", "none", "only", "even", "people", "that", "which", "whom", "whose", "where",
}
_CLAUSE_STARTERS_NOT_ARTICLES = _CLAUSE_STARTERS - {"the", "a", "an"}
# what ends the hearer of "told": a clause's first word ("told reporters she would ..."), but not a determiner of the
# hearer ("told both sides she would not tolerate leaks", "told its members that")
_HEARER_STOPS = _CLAUSE_STARTERS - {"the", "a", "an", "his", "her", "their", "both", "each", "its", "our", "my"}
_SHORT_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,4}\.")
_DASH = re.compile(r"[—–]")
_APPOS_DASH = re.compile(r"[—–(]")
# capital letters that open names, accented ones too ("Étienne", "Ó Dálaigh", "Łukasz", "Şahin")
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_NAME_WORD = rf"(?:(?:{'|'.join(NAME_ABBREVIATIONS)})\.|[A-Z]\.(?:[A-Z]\.)*|[{_UPPER}][\w’'\-&]*)"
# \b{_NAME_WORD} written to open with its capital letter, so that the search skips to capitals: the letter, then
# the word boundary before it (looked at from behind), then the rest of each alternative, the abbreviations
# opening with their next letter and checking the whole abbreviation from behind (so that the alternatives
# whose letter differs are skipped at once).  The rest of a word is taken possessively (*+): only white space
# may follow it, which none of its characters is, so giving some back could never lead to a match.  The same
# matches, three times faster than \b{_NAME_WORD}.
_NAME_WORD_OPENING = (rf"[{_UPPER}](?<!\w[{_UPPER}])(?:(?:" + "|".join(f"{a[1:]}(?<={a})" for a in NAME_ABBREVIATIONS)
                      + r")\.|\.(?:[A-Z]\.)*|[\w’'\-&]*+)")
# the last words of the names of streets and buildings, which may stand for who works there ("Downing Street said")
_HEAD_FOR_BEFORE = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:for|of)\s+(?:the\s+)?$")  # "Department for "
_NAMED_PLACE_HEADS = {"street", "road", "avenue", "square", "lane", "palace", "castle", "hall", "hill", "place"}
_OPENING_PREPOSITIONS = {"In", "On", "At", "From", "After", "Earlier", "Later", "Outside", "Inside", "During", "By", "Before",
                         "Since", "Until", "Within", "Throughout"}
_MEDIA_NOUNS = {"television", "tv", "radio", "media", "broadcaster", "newspaper", "news"}  # "told state television"
_BODY_OF_HEADS = {"center", "centre", "centers", "institute", "committee", "council", "coalition", "alliance", "fund",
                  "foundation", "association", "society", "campaign", "league", "commission", "office", "bureau",
                  "network", "project", "partnership", "federation", "union", "board", "agency", "authority", "panel",
                  "organization", "organisation", "programme", "program", "conference", "forum"} | MEMBER_GROUPS
_CALENDAR_WORDS = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
                   "|August|September|October|November|December")
# ... and the offices named by their portfolio: "Union Minister for Water Resources Shri R. V. Deshpande"
_OFFICE_FOR_HEADS = {"minister", "secretary", "commissioner", "mayor"}
_BODY_FOR = "|".join(f"(?<={w.title()})" for w in sorted(_BODY_OF_HEADS | _OFFICE_FOR_HEADS))  # "Center for Disease Prevention"
# bodies named with where they sit: "the Chinese Embassy in Manila", "the UN Interim Force in Lebanon"
_BODY_IN_HEADS = {"Embassy", "Consulate", "Mission", "Force"}
_CAP_RUN = re.compile(rf"{_NAME_WORD_OPENING}(?:(?:\s+of(?:\s+the)?|\s+&|\s+in(?=\s+Charge\b)|(?:\s+(?:{'|'.join(sorted(NAME_PARTICLES))})){{1,2}}"
                      rf"|(?=\s+(?:for|on|into)\s)(?:{_BODY_FOR})\s+(?:for|on|into)(?:\s+(?:the|a|an))?(?!\s+(?:{_CALENDAR_WORDS})\b))?\s+{_NAME_WORD})+")
# the look-behind sits after the first letter (it looks at the character before it) so that the search can skip
# to the next capital letter: the same matches as (?<![\w’'\-])[A-Z][a-z]..., three times faster; the rest of
# the word is taken possessively, as a shorter one would fail the (?![\w’'\-]) that follows
_LONE_CAP = re.compile(rf"[{_UPPER}](?<![\w’'\-][{_UPPER}])[a-zß-öø-ÿā-ſ][\w’'\-]*+(?![\w’'\-])(?! [A-Z])")  # ("Tāwhiri-Kingi")
_STATE_VERB_BEFORE = re.compile(r"(?:\b(?:they|we|you|I|to|will|would|can|could|may|might|must|should|also|not|"
                                r"clearly|explicitly)|[a-z]{3,}s)\s+$")
_STATES_VERB_BEFORE = re.compile(r"(?:\b(?:he|she|it|who|which|that|also|clearly|explicitly|simply|further|"
                                 r"report|statement|letter|law|document|article|resolution|declaration|communiqu[eé]|"
                                 r"decision|treaty|charter|text|constitution|memo|filing|complaint|ruling|order|policy|"
                                 r"website|release|notice|agreement|bill|study|survey|section|clause|paragraph)|"
                                 r"[A-Z][\w’'-]*[a-z][\w’'-]*)\s+$")
# "state" before a title, a name or a public role is the adjective: "state Sen. Ada Kurz", "state officials"
_STATE_ADJECTIVE = re.compile(r"\s+(?:[A-Z]|(?:lawmakers?|legislators?|senators?|officials?|police|troopers?|"
                              r"prosecutors?|regulators?|media|agency|department|auditors?|representatives?)\b)")
_NEXT_WORD = re.compile(r"\s+(?:(?:also|then|later|again|has|had|have)\s+)?([a-z]+)\b")
_PREV_CAP = re.compile(r"[A-Z][\w’'.\-]*\s$")
_OPENER_TAIL = re.compile(r"(?:\b(?:the|a|an)\s+|\S+[’']s\s+)+$", re.I)
_OPENER_WORD = re.compile(r"\b(?:and|but|However|Meanwhile|then)$")
_OPENER_WORDS = ("and", "but", "However", "Meanwhile", "then")
# the last character a match of _OPENER_TAIL can have before its trailing space: the(e), a, an(n), 's (s, S, or
# the long s that IGNORECASE also takes for s)
_OPENER_TAIL_LAST = "eEaAnNsS\u017f"
_SPACE_LOWER = re.compile(r" [a-z]")
# "trade envoy, Tomas Berg,": a lower-case role word, then a capitalised name closed by a comma
# a sentence opening with a plural group and its verb: "Environmentalists worry that", "Many residents say"
_GROUP_PHRASE = (r"((?:(?:The|Many|Some|Most|Other|Several)\s+)?"
                            r"(?:[A-Z][a-z]+(?:al|an|ic|ish|ese)\s+)?(?:[a-z][\w-]*\s+){0,2})?([A-Za-z][a-z]+s)"
                            r"(?:\s+(?:of|at|in|from)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}?)?"  # "Critics of the program"
                            r"(?:,[^,.;“”\"]{3,80},|,\s+(?:like|including|such\s+as)\s[^;“”\"\n]{3,160}?,)?"
                            r"\s+(?:[a-z]+ly\s+)?(?:have\s+|had\s+)?"
                            r"(?:[a-z]+ed|say|said|worry|fear|argue|warn|believe|insist|complain|think|agree|disagree"
                            r"|see|want|hope|expect|urge|oppose|support|contend|claim|question|doubt|dispute|reject"
                            r"|met|told|wrote|spoke|made|gave|took|went|sent)\b")
_GROUP_OPENING = re.compile(r"\s*(?:(?:But|And|Still|Yet)\s+)?" + _GROUP_PHRASE)
# the same after an opening clause: "Should Mr. Orme's firm fail, environmentalists worry that ..."
_GROUP_AFTER_CLAUSE = re.compile(r"\s*(?:(?:But|And|Still|Yet)\s+)?[A-Z](?:[^,.;:“”\"]|\.(?=\s[A-Z])){1,80},\s+" + _GROUP_PHRASE)
# plural bodies that speak as a group ("Environmental groups praised the bill but said ...") are ROLE_NOUNS; these
# may too when they open a sentence, but are no speaker inside a noun phrase ("the ministry of one of two countries")
_COLLECTIVE_PLURALS = {"countries", "nations", "campaigns"}
_PEOPLE_SUFFIXES = ("ists", "ers", "ians", "ants", "ents", "ors")
_NAME_COMMA_LOWER = re.compile(r"[a-z],\s+[a-z]+(?:\s+(?:[a-z]+|[A-Z]{2,4})){0,2}\s+(?:at|of|for|with)\s")
# "Anna Holt, chief economist at Baltic Bank,": name, role words without an article, an affiliation
_BARE_APPOS = re.compile(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}),\s+(?:the\s+)?([a-z][\w-]*(?:\s+(?:[a-z][\w-]*|[A-Z]{2,4})){0,2})\s+"
                         r"((?:at|of|for|with)\s+[^,.;“”\"]{2,90}?)(?=[,.;])")
_LOWER_COMMA_CAP = re.compile(r"[a-z],\s+[A-Z]")
# "Daniel Okafor, Norvane’s general counsel,", "Maria Lopes, Ofcom's director of online safety,": a role owned by a
# body after a name (1 the name, 2 the title with its owner, 3 the role's last word before any "of"/"for"/"at")
_POSSESSIVE_APPOS = re.compile(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}),\s+((?:[A-Z][\w&.\-]*\s+(?:(?:the|of|and)\s+)?){0,3}"
                               r"[A-Z][\w.\-]*(?:’s|'s|s’|s')\s+(?:(?!(?:of|for|at|in)\s)[a-z][\w-]*\s+){0,3}([a-z][\w-]*)"
                               r"(?:\s+(?:of|for|at|in)\s+[^,.;“”\"]{2,50}?)?)(?=,|;|\.\s|\.$)")
# "X, the comptroller and auditor general, who heads the NAO,": the office the relative clause names (group 1: the
# name, 2: the verb, 3: the body)
_HEADING_TITLES = {"heads": "head", "leads": "leader", "runs": "head", "chairs": "chair", "directs": "director",
                   "headed": "head", "led": "head", "chaired": "chair"}  # (who led the delegation at the talks)
_BODY_NOUNS = (r"(?:coalition|party|alliance|bloc|movement|group|union|committee|delegation|council|campaign"
               r"|federation|association)")
_BODY_NOUN = re.compile(_BODY_NOUNS)
_WHO_HEADS = re.compile(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}),(?:\s+[^,.;“”\"]{3,80},)?\s+who\s+"
                        r"(heads|leads|runs|chairs|directs|headed|led|chaired)\s+"
                        r"((?:the\s+)?(?:(?:[a-z]+\s+){0,2}(?:[A-Z][\w&’'\-]*)(?:\s+(?:of|for|and|on|the|[A-Z][\w&’'\-]*))*"
                        rf"(?:\s+(?:[a-z]+\s+){{0,2}}(?:{_BODY_NOUNS}|team)\b)?|(?:[a-z]+\s+){{1,2}}{_BODY_NOUNS}\b))")
_HONORIFIC_WORDS = r"(?:Prof|Professor|Dr|Mr|Mrs|Ms|Gen|Col|Capt|Amb|Ambassador|Engr|Barr|Sir|Dame|Justice|Judge|Madam|Alhaji|Hajia)"
_COMMA_HONORIFIC = re.compile(rf",\s+{_HONORIFIC_WORDS}\.?\s+[A-Z]")
# 1 the role after "the" (an owner's capitalised words, then lower-case words), 2 the name after the honorific
_ROLE_COMMA_HONORIFIC = re.compile(rf"\b[Tt]he\s+((?:[A-Z][\w’'-]*\s+){{0,4}}(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*),\s+"
                                   rf"{_HONORIFIC_WORDS}\.?\s+((?:[A-Z][\w’'-]+\s+){{0,3}}[A-Z][\w’'-]+)")
_NAME_COMMA_POSSESSIVE = re.compile(r"[a-z],\s+(?:[A-Z][\w&.\-]*\s+(?:(?:the|of|and)\s+)?){0,3}[A-Z][\w.\-]*(?:’s|'s|s’|s')\s+[a-z]")
# "His daughter, Liisa,", "Pruitt's wife, Ellen Pruitt,": a relative named in apposition (group 1: the relative)
_RELATIVE_NAMED = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w’'-]+(?:’s|'s))\s+(?:(?:late|former|eldest|youngest|"
                             r"older|younger|only|elder)\s+)?(ex-)?([a-z]+),\s+([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?),")
_RELATIVE_SEX = {w: sex for w, sex in NOUN_SEX.items() if w in RELATIVES}
_RELATIVE_COMMA = re.compile(r"(?:" + "|".join(sorted(_RELATIVE_SEX)) + r"),\s+[A-Z]")
# what "that" introduces as a clause (not "that would be a mistake", where it is the clause's subject)
_CLAUSE_AFTER_THAT = re.compile(r"[A-Z“\"‘']|(?:the|a|an|his|her|its|their|our|he|she|they|it|we|there|this|these|those"
                                r"|no|some|many|most|all|one|every|any|more)\s")
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}
# the words a Title Case headline leaves in lower case
_TITLE_CASE_LOWER = {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "at", "by", "in", "of", "on", "to",
                     "up", "as", "vs", "via", "per", "with", "from", "into", "onto", "over", "than", "off", "out", "is",
                     "be", "if", "amid"}
_RELATIVE_PRONOUN_BEFORE = re.compile(r"\b(?:who|which)\s+(?:[a-z]+\s+)?$")
_ACCORDING_AFTER_QUOTE = re.compile(r"\s*,?\s*according to\s+", re.IGNORECASE)
_APPOSITION_END = re.compile(r",\s+(?:on|in|at|for|to|from|with|and|who|whose|as|after|before|during)\b|\s+(?:on|in|at|for|to|from|with|and)\s")
# a clause of time or reason where content would start ("trade blame as rail talks stall"); not "if", which can
# open reported content ("warned if the talks fail, ...")
_SUBORDINATE_START = re.compile(r"(?:as|" + "|".join(w for w in _SUBORDINATORS if w not in ("if", "once")) + r")\s",
                                re.IGNORECASE)
_ARTICLE_OPENING = re.compile(r"\W*(?:(?:" + "|".join(sorted(_LEAD_CONJUNCTIONS)) + r")\W+)*(?:the|a|an)\s", re.IGNORECASE)
_OFFICE_FOR_COMMA_NAME = re.compile(
    r"((?:[A-Z][\w-]*(?:['’]s)?\s+){0,2}(?:Minister|Secretary|Commissioner|Director|Envoy|Ambassador)\s+(?:of|for|to)"
    r"\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}),\s+((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+),")
_ROLE_COMMA_NAME = re.compile(r"\b([a-z]+),\s+((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+),")
_KNOWN_AS_ACRONYM = re.compile(r",? (?:also |better |locally |commonly )?known as (?:the )?([A-Z][A-Z&]{1,9}(?:-[A-Z]{1,3})?)\b(?![a-z])")
_BRACKETED_ACRONYM = re.compile(r" \(([A-Z][A-Z&]{1,6}(?:-[A-Z]{1,3})?)\)")
# a body's short name of syllables in brackets after its full name: "(Bawaslu)", "(Comelec)", "(Ofcom)"
_BRACKETED_SHORT = re.compile(r" \(([A-Z][a-z]{3,11})\)")
# forms of address that are no office ("Cllr Rhiannon Pritchard-Evans" may still be the council leader)
_HONORIFIC_TITLES = {"cllr", "councillor", "dr", "prof", "professor", "mr", "mrs", "ms", "miss", "sir", "dame", "rev",
                     "reverend", "hon", "the hon"}
_RETIRED = re.compile(r"\((?:retd|rtd|retired)\.?\)", re.IGNORECASE)  # after a rank: "Brig. (retd)"
_ADDRESS_BEFORE_RETIRED = {"Justice", "Judge", "Gen", "General", "Lt", "Col", "Colonel", "Brig", "Brigadier", "Maj",
                           "Major", "Capt", "Captain", "Cdr", "Commodore", "Admiral", "Adm", "Air", "Marshal", "Vice"}
_LOWER_RANKS = tuple(f" {w}" for w in sorted(LOWER_RANKS))  # (" shadow", " deputy": endings of a title's head)
# words that end a lower-case title read backwards from a name ("..., as spokeswoman Tang Xiaowei fielded")
_CLAUSE_WORDS = {"as", "and", "or", "but", "while", "when", "because", "after", "before", "since", "than", "that",
                 "which", "who", "where", "whereas", "though", "although", "if", "so"}
_CAP_COMMA_CAP = re.compile(r"[\w)],\s+[A-Z]")
# a role that opens a sentence, then the name in commas and a verb: 1 the article and owner, 2 the role, 3 the name
_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLES - {"oglu", "ogly", "qizi", "kyzy", "gyzy", "uulu"})) + ")"
_ROLE_OPENS_SENTENCE = re.compile(r"((?:The|A|An|the)\s+(?:(?:[A-Z][\w-]*\s+){0,3}[\w-]+['’]s\s+)?|[A-Z][\w-]*['’]s\s+)"
                                  rf"((?:[\w-]+\s+){{0,3}}?[\w-]+),\s+((?:(?:[{_UPPER}][\w.’'-]*|{_PARTICLE})\s+){{1,4}}"
                                  rf"(?:[{_UPPER}]|(?:al|el|ad|as)-)[\w’'-]+),\s+[a-z]")  # ("Khalid bin Saad al-Mohannadi")
# the endings of nouns for people ("foreman", "candidate", "abbot" aside): a guess used only in a role's apposition
_PERSON_ENDINGS = ("man", "woman", "er", "or", "ist", "ant", "ent", "ate", "ian", "ot", "eer")
_LOWER_TITLE = "|".join(sorted((re.escape(w) for w in lexicon.title_words() if w.isalpha() and w.islower() and len(w) > 2),
                              key=len, reverse=True))
_OFFICE_TO_BEFORE = re.compile(r"([\w-]+)\s+(?:to|for|of)\s+$")
_TITLE_COMMA_NAME = re.compile(r"\b[Tt]he\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}|(?:(?:" + _LOWER_TITLE + r")\s+){0,2}"
                               r"(?:" + _LOWER_TITLE + r"))((?:\s+of\s+(?:the\s+)?[A-Z][\w-]+"
                               r"(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w-]+){0,4})?)(?:\s+\([A-Z]{2,8}\))?"
                               r"(?:\s+in\s+the\s+(?:state|country|region|province|county))?"
                               r",\s+((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+),")  # ("The Police Public Relations Officer in the state, DSP ...")
_APPOS_OPENING = re.compile(r",\s+(?:the|a|an)\s")
_INITIALISM_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month",
         "year", "today", "yesterday", "weekend", "morning", "afternoon", "evening", "night"}
_PREPOSITIONS = {
    "to", "in", "on", "at", "for", "with", "about", "from", "by", "of", "during", "after", "before",
    "over", "under", "into", "through", "via", "without", "within", "outside", "inside", "near", "amid",
    "against", "toward", "towards", "upon", "across", "behind", "beyond", "around", "among", "between",
}
# a number, or a word that only counts or places a plural noun, right before a verb form: "18 states", "in states won"
_COUNTED = re.compile(
    r"(?:\b\d(?:[\d,.]*\d)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|dozens?|several|many|numerous|both|those|these|other|in)|-(?:one|two|three|four|five|six|"
    r"seven|eight|nine))\s+$",
    re.IGNORECASE,
)
# a clause opening with a free relative: "Everything Trump says is ...", "What she said was ..."
# a determiner or possessive, up to three capitalised words and one more word before a verb form make it a noun
_DEGREE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+(?:most|least|more|less|very)\s+[a-z]+\s+$")
_NOUN_BEFORE = re.compile(r"(?:\b(the|a|an|his|her|their|its|our|this|that|whose|of)|(?<!\b[Hh]e)(?<!\b[Ss]he)[’']s?)\s+((?:[A-Z][\w.’'-]*\s+){1,3})?"
                          r"(?:\w+\s+)?$")
# what opens narration after an attribution: "..., its envoy said on Thursday, in a gesture that ..."
# what may stand right before an inverted verb of saying: ', said Jo Pratt', '“...” said Jo Pratt'
_INVERSION_OPENERS = {",", "“", "”", '"', ":", "—", "–", "(", "''", "’"}
_NARRATION_OPENERS = {"in", "at", "on", "during", "after", "before", "amid", "as", "when", "while", "ahead",
                      "compared", "citing", "adding", "according", "up", "down", "describing", "saying", "calling",
                      "noting", "stressing", "warning", "urging"}
_ADJUNCT_OPENERS = _PREPOSITIONS | {"contrary", "despite", "unlike", "given", "after", "before", "since", "amid", "asked"}
# "Trump's claim that ...", "his warning that ...": a claim named by a noun (group 1: whose, group 2: the noun)
_CLAIM_NOUNS = ("claim|assertion|argument|contention|insistence|warning|promise|pledge|accusation|allegation|"
                "suggestion|prediction|remark|statement|plea|reminder|assurance|declaration")
_NOMINAL_CLAIM = re.compile(r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+(?:\w+\s+)?"
                            rf"({_CLAIM_NOUNS})s?\s+that\s+")
# "By Trump's own admission, ...", "In her words, ...": a sentence opened by whose account it is
_OWN_ACCOUNT = re.compile(r"\s*(?:By|In)\s+((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s|[Hh]is|[Hh]er|[Tt]heir)\s+"
                          r"(?:own\s+)?(admission|account|estimate|reckoning|telling|words|view|assessment),\s+")
# "opened the debate with a stark warning that ...": a claim named by a noun, the sentence's subject its owner
_WITH_CLAIM = re.compile(r"\bwith\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(warning|promise|pledge|plea|reminder|"
                         r"assurance|prediction|declaration|claim)\s+that\s+")
_CLAIM_NOUN = re.compile(rf"(?:{_CLAIM_NOUNS})s? that ")  # the quick test before _NOMINAL_CLAIM
# before a colon and a quotation: "Kellan put it bluntly", "Kellan's reply", "her message was clear"
_COLON_OWNER = re.compile(
    r"(?:^|[.;!?]\s+|\s)(?:((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|[Hh]e|[Ss]he|[Tt]hey"
    r"|(?:[Aa]n?|[Tt]he)\s+(?:[\w.’'-]+\s+){0,3}[a-z]+)\s+(put it|went on|carried on|hit back|shot back|fired back|chimed in|(?:was|were)"
    r"(?:\s+(?:more|less|even|equally|just|as|more\s+than|also))?\s+(?:blunt|blunter|clear|clearer|direct|candid|frank|"
    r"defiant|emphatic|unequivocal|succinct|brief|terse|adamant|firm|categorical|dismissive|scathing|cautious|upbeat))"
    r"(?:\s+\w+ly)?"  # "Kellan put it bluntly:", "Peskov was blunt:", "She was more direct:"
    r"|((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*(?=['’]s)|[Hh]is|[Hh]er|[Tt]heir)(?:['’]s)?\s+(?:\w+\s+)?"
    r"(reply|answer|response|message|verdict|words|retort|explanation|warning)"
    r"(?:\s+(?:to|for)(?:\s+[\w’'-]+){1,3})?(?:\s+(?:was|were)(?:\s+\w+)?)?)\s*$")  # ("Her message to the mediators was clear")
# the nouns for a message whose words follow a colon: "issued the following statement:", "a reminder from X:"
_MESSAGE_NOUNS = "statement|comment|comments|remarks|response|reply|message|tweet|note|explanation|warning"
# before a colon and a quotation: "A timely reminder from the State Emergency Service" (group 1: who from)
_MESSAGE_FROM_COLON = re.compile(rf"\b(?:{_MESSAGE_NOUNS}|reminder|update|advice|plea|appeal|word)\s+from\s+"
                                 r"([^,;:“”\"]{2,80}?)\s*$")
# before a colon and a quotation: "The ministry issued the following statement", "Sanders made this comment on Monday"
_ISSUED_COLON = re.compile(r"\b(issued|released|made|gave|posted|tweeted|sent|offered|delivered|read\s+out)\s+"
                           r"(?:a|an|the|this|these|his|her|their|its)\s+(?:following\s+|brief\s+|short\s+|written\s+)?"
                           rf"(?:{_MESSAGE_NOUNS})(?:\s+[^:“”\"]{{1,60}})?\s*$")  # (matched on the text before the colon)
_MESSAGE_THEN_COLON = re.compile(r"(?:a|an|the|this|these|his|her|their|its)\s+(?:following\s+|brief\s+|short\s+|\w+\s+)?"
                                 rf"(?:{_MESSAGE_NOUNS}|post|video)\b[^:“”\"]{{0,60}}:\s*[“\"]")
# "as Simonyan put it in a statement to my colleague, ..." (group 1: who put it)
_AS_PUT_IT = re.compile(r"\b[Aa]s\s+((?:[\w.’'-]+\s+){0,5}?[\w.’'-]+(?:,[^,;:“”\"\n]{2,160},)?\s+)(?:\w+ly\s+)?put\s+it\b(?:[^,:;“”\"\n]{0,80}[,:]\s*|\s*(?=[.!?]))")
_SUBORDINATOR = re.compile(r"\b(?:because|while|although|though|since|if|when|whereas|unless)\b")
# the comma before "as X put it" (group 1: a quotation closing after it, which the content keeps)
_COMMA_BEFORE_AS = re.compile(r",([”\"’]|'')?\s*$")
# a sentence opening with a reporting participle: "Citing a new poll, ..."
_PARTICIPLE_OPENER = re.compile(r"\s*(?:(?:But|And)\s+)?([A-Z][a-z]+ing)\s")
# the subject opening the main clause after it: a name of up to four words or a pronoun, then (an adverb and) a verb
_MAIN_SUBJECT = re.compile(r"\s*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|he|she|they|it)\s+(?:\w+ly\s+)?[a-z]+\b")
# "to" + verb after these still reports the subject's words: "went on to explain", "appeared to suggest"
_QUOTED_NP_AS = re.compile(r"\bquoted\s+((?:[\w.’'-]+\s+){0,5}?[\w.’'-]+)\s+as\s+$")  # "quoted the minister as saying"
_QUOTED_AS = re.compile(r"\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?quoted\s+as\s+$")  # "was quoted as saying"
_ANONYMITY = re.compile(r"\s+(?:(?:not\s+to\s+be|that\s+(?:he|she|they)\s+not\s+be)\s+(?:named|identified|quoted)"
                        r"|that\s+(?:his|her|their)\s+(?:full\s+|last\s+|sur)?names?\s+(?:not\s+be|be\s+withheld))")
_IRREGULAR_PAST = {"went", "made", "gave", "took", "spoke", "came", "held", "met", "left", "sent", "began", "ran", "stood",
                   "set", "put", "hit", "got", "saw", "found", "kept", "brought", "thought", "struck", "drew", "won"}
_SHORT_HEADING = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,3}[A-Z][\w’'-]*\.?")
# a fact check's source of a claim, and where the name in it ends ("WHO SAID IT: Garrett Holloway, at a town hall")
_CLAIM_SOURCES = ("who said it", "who said", "said by")
_FACT_CHECK_LABELS = {"the claim", "claim", "the facts", "facts", "verdict", "rating", "our rating", "the ruling",
                      "our ruling", "context", "background", *_CLAIM_SOURCES}
_WHO_SAID_IT = re.compile(r"\s*(?:" + "|".join(x.upper() for x in _CLAIM_SOURCES) + r")\s*:\s*(\S.*)", re.S)
_SOURCE_PHRASE_END = re.compile(r",|\.\s|\.$|\s(?:in|at|on|during)\s")
_ADVERB_THAT = re.compile(r"(?:only|simply|merely|just|also|again|repeatedly|privately|publicly|later|earlier|previously)"
                          r"\s+that ")
_FACT_CHECK_LABEL = re.compile("(?:" + "|".join(sorted((x.upper() for x in _FACT_CHECK_LABELS), key=len, reverse=True))
                               + r"):\s+")
_MADE_BY = re.compile(r"\b(?:from|by)\s+(?=[A-Z])")
_QA_TURN = re.compile(r"\s*([QA])\s*[:.]\s+(?=\S)")  # "Q: Will the ferry run?" / "A: Yes."
# "Among those lecturers is Dr Helen Oakley": a name after an inversion is the sentence's subject
_AMONG_IS = re.compile(r"\b(?:[Aa]mong|[Aa]mongst)\s[^.;!?“”\"]{1,80}?\s(?:is|was|are|were)\s+"
                       r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?$")
_NEXT_LOWER = re.compile(r"\s+([a-z]+)\b")
# sites a name before them describes ("the Garner Amazon warehouse"): nobody is called so
_FACILITY_NOUNS = frozenset({"warehouse", "warehouses", "plant", "plants", "factory", "factories", "facility",
                             "facilities", "depot", "refinery", "smelter", "shipyard", "mine", "mines", "site",
                             "campus", "headquarters", "premises", "outlet", "showroom", "terminal"})
# words that open sentences and are never part of a name after them
_SENTENCE_OPENERS = {"neither", "either", "like", "unlike", "without", "with", "despite", "unless", "until", "so", "yet",
                     "but", "and", "or", "nor", "then", "also", "meanwhile", "however", "still", "thus", "hence",
                     "perhaps", "maybe", "indeed", "instead", "regardless", "following", "including", "according"}
# verbs whose content can be the object of a preposition: "warned against cuts", "complained about the delays"
_CONTENT_PREPOSITIONS = {
    "warn": ("against", "of", "about"), "caution": ("against", "about"), "rail": ("against",), "argue": ("against", "for"),
    "complain": ("about", "of"), "insist": ("on",), "plead": ("for",), "boast": ("about", "of"), "brag": ("about", "of"),
    "testify": ("about",), "apologize": ("for",), "apologise": ("for",), "agree": ("to", "on"), "joke": ("about",),
}
_SENTENCE_END = re.compile(r"[.?!\n]")
# verbs whose content can be an infinitive: "vowed to reject", "threatened to strike", "pledged to cut"
_FINDING_TEXT = re.compile(r"\b(?:[Pp]oll|[Ss]urvey|[Ss]tudy|[Rr]eport|[Aa]nalysis|[Aa]udit|[Rr]eview|[Cc]ensus|[Ii]nquiry"
                           r"|[Ii]nvestigation)s?$")
# (not "He’s claiming", "it’s": a pronoun's ’s is "is" or "has")
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w’'])(?!(?:he|she|it|that|who|there|what)[’']s)\w[\w’'-]*[’']s\s+$", re.I)
_SPEAKING_ACT = re.compile(r"\b(?:remarks|speech|pitch|address|testimony|statement|interview|comments|plea|appeal|toast"
                           r"|eulogy|sermon|lecture|briefing|news conference|press conference)\b")
_INTERVIEWER = re.compile(r"\b(?:spoke|talked|speaks|talks|sat down)\s+(?:to|with)\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)"
                          r"|\b[Ii]nterview(?:ed)?\s+by\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)")  # ("Interview by X")
# who questions whom in the paragraph that leads into a block of questions and answers (court copy): "Under
# questioning by Alcántara, Rosenthal described the man:", "On cross-examination, Whitfield pressed Rosenthal on ..."
_QUESTIONED_BY = re.compile(r"\b(?:questioning|cross-examination|examination|questioned|cross-examined|quizzed|pressed)"
                            r"\s+by\s+(?:[a-z]+\s+){0,3}?((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")
_QUESTIONS = re.compile(r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:then\s+|later\s+)?(?:pressed|asked|questioned|"
                        r"cross-examined|quizzed|grilled|challenged)\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")
# the labels of a court record's turns: who asks ("q") and who answers ("a")
_COURT_ROLES = {"prosecutor": "q", "prosecution": "q", "counsel": "q", "prosecuting counsel": "q", "witness": "a",
                "defendant": "a", "judge": "", "defence counsel": "", "defense counsel": "", "the court": ""}
_COURT_TURN = re.compile(r"(" + "|".join(sorted((r.capitalize() for r in _COURT_ROLES), key=len, reverse=True))
                         + r"):\s+(\S.*)$", re.S)
_EXCHANGE_WITH = re.compile(r"\b(?:exchange|interview|conversation|discussion|Q&A|talk)\s+with\s+(?:[a-z]+\s+){0,3}?"
                            r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")  # "The following exchange with Etxeberria ..."
# a quotation inside a clause: a lower-case word before it, a lower-case word after it
_EMBEDDED_BEFORE = re.compile(r"\b[a-z]+\s+$")
_EMBEDDED_AFTER = re.compile(r"\s+(?:[a-z]+\s+){2}|,\s+[a-z]+\s")  # (", told the BBC")
_AUDIENCE_AFTER = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its|some|several|about|nearly|more\s+than)\s+)?(?:[\w,-]+\s+){0,3}?"
                             r"(?:crowds?|rall(?:y|ies)|audiences?|supporters|nation|country|conventions?|conferences?"
                             r"|meetings?|gatherings?|assembl(?:y|ies)|parliament|congress|lawmakers|reporters|journalists"
                             r"|students|graduates|troops|delegates|members|voters|workers|summit|session|forum|event"
                             r"|hundreds|thousands|dozens|room|hall|chamber|house|senate|mourners|congregation|fans)\b")
_CONTENT_SUBJECTS = {"he", "she", "they", "we", "I"}
_TIME_LEADS = {"earlier", "later", "early", "late", "since", "until", "by", "of", "from", "in", "before", "after", "for"}
_INFINITIVE_VERBS = {"vow", "pledge", "promise", "threaten", "agree", "propose", "demand", "swear"}
_DURATION_WORDS = {"hour", "hours", "minute", "minutes", "day", "days", "week", "weeks", "month", "months", "year", "years",
                   "decade", "decades", "while", "time", "long", "ages"}
_WH_VERBS = {"ask", "question", "wonder", "explain", "clarify", "specify", "describe", "recount", "reveal", "disclose",
             "detail", "discuss", "query"}
_RAISING_TO = re.compile(r"\b(?:going on|went on|goes on|go on|continued|continues|proceeded|appeared|appears|"
                         r"seemed|seems)\s+to\s+$")
# what a refusal to speak declines: "declined to comment", "declined an interview request", "declined comment"
_ESTIMATES_NOUN = re.compile(r"\s+(?:hearings?|committees?|process|week|sessions?|round)\b")
_POSTED_RESULT = re.compile(r"\s+(?:an?\s+|its\s+|their\s+)?(?:[\w$€£¥%.,-]+\s+){0,4}?(?:profits?|loss(?:es)?|revenues?|"
                            r"sales|earnings|fall|rise|drop|decline|gain|increase|jump|surge|slump|deficit|surplus|"
                            r"growth|results?|margins?|income|turnover)\b")
# what a refusal that says nothing declines (what it does say, "declined to rule out a run", is kept)
_NO_ANSWER = re.compile(r"(?:to\s+)?(?:comment|say|discuss|elaborate|speculate|respond|answer|be\s+interviewed|"
                        r"give\s+(?:details|a\s+reason)|identify|name)\b")
_PLEA = re.compile(r"(?:not\s+)?guilty\b|no\s+contest\b|nolo\s+contendere\b|innocent\b", re.I)
_REFUSED = re.compile(r"\s(?:declined|declines|refused|refuses)\s+")
_DECLINED_SPEECH = re.compile(r"\s+(?:to\b|(?:(?:an?|the|any|further|our|my|his|her|their|repeated)\s+)*"
                              r"(?:comment|interview|invitation|request|questions?)\w*)")
_ROLE_BEFORE_NAME = re.compile(r"\s+([a-z]+)\s+[A-Z]")  # a body's name before its analyst's: not the subject
_CLOSING_ATTRIBUTION = re.compile(r",[”\"’']?\s+(?:it|he|she|they|the\s+(?:company|firm|group|ministry|agency)|"
                                  r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:said|says|added|adds)"
                                  r"(?:\s+(?:in|on)\s+(?:a|an|the|its|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?)?"
                                  r"\s*[.!?]?[”\"’']?\s*$")  # (", Norvale said in a statement.")
# a sentence closed by a named speaker and a verb ("..., official representative of the Foreign Ministry Margarita
# Zharova stated at a briefing on Thursday."): what comes before is that speaker's, verbs and all
_CLOSING_NAMED = re.compile(r",\s+(?!and\b|but\b|while\b|as\b|which\b|who\b|where\b|when\b)(?:[\w.’'-]+\s+){0,12}?"
                            r"[A-Z][\w.’'-]*\s+(?:said|says|stated|states|added|adds|noted|told\s+[\w.-]+)"
                            r"(?:\s+(?:at|on|in|during|to|after|late|earlier)\b[^,.;“”\"]{0,50})?"
                            r"(?:,\s+(?:describing|adding|saying|calling|noting|stressing|warning)\b[^;]*)?"
                            r"\s*[.!?]?[”\"’']?\s*$")
_NAMED_REPORT = re.compile(r"(?:[A-Z][\w’'-]+\s+){1,3}(?:said|told|wrote|claimed|argued|insisted|warned|assured)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
def _a_title_as_name(name: str) -> bool:
    """A person "named" by a capitalised title alone ('High Representative', 'Secretary General'): no given name."""
    words = name.split()
    return title_only(name) or len(words) >= 2 and titleish(words[-1].lower()) \
        and not any(w.lower() in lexicon.first_names() for w in words)


# nouns for a remark itself, after a quotation: "- a remark one backbencher branded ...", "- a claim the ministry denied"
_REMARK_NOUNS = {"remark", "comment", "claim", "assertion", "suggestion", "description", "characterisation",
                 "characterization", "charge", "accusation", "phrase", "boast", "pledge", "promise"}
_OPENING_NAME = re.compile(rf"\s*(?:{_HONORIFIC_WORDS}\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}},\s")
_SPOKE_HOW = re.compile(r"\s+(?:\w+ly\s+)?(?:in|at|outside|inside|from|after|before|during|on\s+(?:Monday|Tuesday|"
                        r"Wednesday|Thursday|Friday|Saturday|Sunday|condition))\b")
_LIKENED = re.compile(r"\b(?:like|unlike|than)\s+(?:(?:a|an|the|any|some)\s+)?$")  # "like a man who said"
_ASKED_OPENERS = {"Asked", "Pressed", "Questioned", "Challenged", "Confronted", "Reached", "Interviewed"}
_SENTENCE_CLOSE = re.compile(r"[.!?][”\"’']?\s+")  # (a sentence's end and the space after it)
_ASKED_WHAT = re.compile(r"\b(?:whether|if|about|why|how|what|when)\b")
_CLAUSE_AFTER_VERB = re.compile(r"\s+(?:that|in|on|at|to|it|its|he|she|they|this|last|late|earlier|yesterday|today)\b|,")
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must)\s+(?:\w+ly\s+)?$")
_PLUG = re.compile(r"(?:Follow|Contact|Reach|Email|E-mail)\b.{0,80}(?:@\w|\bon (?:Twitter|Facebook|Instagram|X)\b)")
_NEGATED = re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be|get|gets|got)\s+"
                             r"(?:(?:\w+ly|then|also|later|again|once|often|never|not|still|since|first)\s+)?$", re.IGNORECASE)
_TEXT_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?([a-z]+)\s+$")
_PREPOSITION_AFTER = re.compile(r"\s+(?:on|in|by|to|at|online|from|with|last|this|earlier)\b")
_FREE_RELATIVE = re.compile(r"\b(?:what|whatever)\s+$", re.IGNORECASE)
_WHAT_HEAD = re.compile(r"\s*(?:[“\"]\s*)?(?:(?:but|and|yet)\s+)?(?:everything|what|whatever|anything|nothing|all)\b", re.IGNORECASE)
# kin: "the wife of Sen. Fell said", "Ruth Kellan's brother" -- the relative speaks, not the person named
# after "said that", these verbs make "that" the subject of the content, not its conjunction
_THAT_SUBJECT_VERBS = {"was", "is", "wasn't", "isn't", "wasn’t", "isn’t", "would", "wouldn't", "wouldn’t", "will",
                       "won't", "won’t", "has", "had", "hasn't", "hasn’t", "could", "should", "must", "might",
                       "were", "are", "weren't", "aren't", "weren’t", "aren’t", "have"}
# verbs that show a clause has begun ("told reporters the talks had stalled"): the auxiliaries and "that"-subject verbs
_CLAUSE_VERBS = _THAT_SUBJECT_VERBS | {"has", "have", "had", "will", "would", "could", "should", "may", "might", "must",
                                       "can", "did", "does", "do", "been", "being", "be", "is", "was", "were", "are"}
_TIME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "tonight", "earlier", "later", "recently", "again", "last", "this", "week", "month", "year", "morning",
    "afternoon", "evening", "night", "weekend", "previously", "repeatedly", "publicly", "privately",
    "also", "then", "once", "too", "separately", "flatly", "bluntly", "simply", "firmly", "afterwards", "afterward",
    "subsequently", "shortly",
}
_AMOUNTS = {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few", "many",
            "some"}
_TIME_UNITS = {"minutes", "hours", "days", "weeks", "months", "years", "decades", "minute", "hour", "day", "week",
               "month", "year", "decade"}
# past forms of the reporting verbs: "said", "urged", "warned"
# (past forms and a few sure present ones: "protests", "reports", "calls" are nouns as often as verbs)
_SURE_FORMS = ("said", "told", "wrote", "spoke", "says", "adds", "tells", "writes", "say", "tell")
# a refusal of a deed, not of words: "Police say he posed a threat and refused to drop the gun" goes on
_REFUSED_DEED = (r"(?:refused|declined)\s+to\s+(?!(?:comment|say|speak|talk|discuss|elaborate|answer|respond|confirm|deny"
                 r"|name|identify|specify|disclose|reveal|detail|give|provide|release|share)\b)")
_SPEECH_FORMS = "|".join(sorted((f for f, v in lexicon.speech_verbs().items()
                                 if f != v.lemma and f.endswith("ed") or f in _SURE_FORMS),
                                key=len, reverse=True))
# where reported content gives way to something else.  Every alternative opens with a character to match (the
# comma before 'who' checks the word character before it from behind, after it), so that the search skips
# at once the alternatives whose first character differs
_CUT = re.compile(
    r"[”\"](?:(?<=,.)|,)\s+(?:which|who)\b|,(?<=\w,)\s+who\s(?=[^,;]*$)|,\s+(?:and|but)\s+(?=(?:[A-Z][\w.’'-]*\s+){1,3}(?:has|have|had|is|was|were|will|would|also|\w+ed)\b|(?:he|she|they)\s+(?:also\s+)?(?:" + _SPEECH_FORMS + r")\b)|,\s+(?:despite|even as|although|while|whereas)\b|,\s+which\s+(?:he|she|it|they|[A-Z][\w’'-]+)\s+(?:later\s+|also\s+)?(?:" + _SPEECH_FORMS + r")\b|,\s+(?:and|but|while)\s+(?:a|an|the|another)\s+(?:[\w’'-]+\s+){1,7}?(?:" + _SPEECH_FORMS + r")\s+that\b|,\s+(?:and|but|while)\s+(?:a|an|the|another)\s+(?:[\w’'-]+\s+){1,12}?[A-Z][\w’'-]+\s+(?:" + _SPEECH_FORMS + r")\s|,\s+(?:adding|saying|noting|arguing|explaining|insisting|warning|stressing|telling|urging|calling|accusing|claiming|"
    r"citing|describing|acknowledging|conceding|admitting|vowing|promising|suggesting|asking|according to|he said|she said|"
    r"they said|he added|she added)\b|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:said|says|added|told)\s*[.,]|;\s|\s[—–―]\s|\s--\s|\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?!" + _REFUSED_DEED + r")(?:" + _SPEECH_FORMS + r")\b"
    r"|\s+(?:and|but)\s+(?=(?:[A-Z][\w.’'-]*\s+){1,3}(?:" + _SPEECH_FORMS + r")\b)"
    # "..., retired teacher Thandeka Mkhize said she ...": a second attribution, a role in lower case and a name
    r"|,\s+(?=(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w.’'-]*\s+){2,3}(?:" + _SPEECH_FORMS + r")\b)"
    r"|(?<=,[”\"])\s+according to\b"  # 'should “resist protectionism,” according to state media'
    # "... was “not unlimited,” a week after talks broke down": when, not what
    r"|(?:,|(?<=,[”\"]))\s+(?:(?:" + "|".join(sorted(_AMOUNTS | {"an", "just", "only", "barely", "nearly", "almost"}))
    + r")\s+)*(?:" + "|".join(sorted(_TIME_UNITS)) + r")\s+(?:after|before|since)\b"
    # "..., and board chair Ruth Oyelaran said ...": a second attribution, its subject a role and a name
    r"|,\s+(?:and|but)\s+(?=(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w.’'-]*\s+){1,3}(?:" + _SPEECH_FORMS + r")\b)"
)
# a dateline before the first sentence: "SERRIN, March 4 —", "WASHINGTON (AP) --", "KARVA, June 9 (Wire) —"
_DATELINE_BODY = r"[A-Z][A-Z .'’]+(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|[A-Z][\w.]+))?\s*(?:\([^)]{1,20}\))?\s*(?:[―—–-]+|:(?=\s))"
# (an Indian paper's "AHMEDABAD: Kesari Group chairman ..." as well as "KARVA, June 9 (Wire) —")
_DATELINE_START = re.compile(_DATELINE_BODY + r"\s*")  # at a sentence's start
_DATELINE_LEAD = re.compile(r"(?:^|\n)" + _DATELINE_BODY + "$")  # right before a position
_DATELINE = re.compile(r"[A-Z][A-Z .,'’]+(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})?(?:\s*\([^)]{1,20}\))?\s*(?:[―—–-]+|:(?=\s))\s*")
_COLON_DATELINE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:,\s[A-Z][a-z]+)?:\s+(?=[A-Z])")
_HEADLINE_LABELS = {
    "exclusive", "watch", "video", "update", "updated", "breaking", "live", "opinion", "analysis", "review",
    "photos", "editorial", "explainer", "factbox", "timeline", "correction", "note", "read", "listen",
    "podcast", "quiz", "sources", "the latest", "latest", "editor's note", "photo", "source", "transcript",
    "warning", "spoiler", "abstract", "related", "see also", "more", "clarification", "clarifications", "corrections",
    "disclosure", "disclaimer", "postscript", "fact check", "programming note", "author's note", "note to readers",
    "ap fact check", "obituary", "what we know",
    # a fact check's labels ("CLAIM: ...", "WHO SAID IT: ...", "THE FACTS: ...": see _fact_check_claim)
    *_FACT_CHECK_LABELS,
}
_INVERTED_OPENERS = ("Said", "Says", "Added", "Adds", "Wrote", "Writes", "Asked", "Explained", "Recalled")
_BE_FORMS = ("is", "are", "was", "were", "be", "been", "being")
_RUN_IN_HEADING = re.compile(r"(?:[A-Z]+\s+)*[A-Z]{4,}\s+[A-Z][a-z]")
# what a source wrote or said, standing for its author: "according to a report by X", "a speech X delivered"
_DOC_NOUNS = (r"(?:statement|report|memo|letter|release|data|figures|survey|poll|study|complaint|lawsuit|analysis|"
              r"speech|interview|remarks|testimony|op-ed|column|post|tweet|book|readout|transcript|filings?|note|"
              r"summary|estimates|findings|documents|records)")
_DOC_BY = re.compile(r"\b" + _DOC_NOUNS + r"\s+(?:(?:filed|issued|released|published|conducted|commissioned|compiled|prepared|gathered|collected|produced)"
                     r"(?:\s+(?:on|in|last|this|early|late)?\s*[A-Z]?[a-z]+)?\s+)?(from|by|of)\s+(.+)$")
# where a text's author ends: "researchers at Thornbury University published on Wednesday"
_AUTHOR_END = re.compile(r"\s+(?:(?:filed|issued|released|published|conducted|commissioned|posted|seen)\b|(?:on|last|this)\s)")
_DOC_THEN_NAME = re.compile(r"\b" + _DOC_NOUNS + r"\s+(?=[A-Z])")
# where an object-taking verb's content gives way to the occasion: "... during a stop in Flint", "... in an
# interview with CNN", "... at a rally", "... on Twitter", "..., though records show ..."
_EVENTS = (r"(?:interview|statement|speech|address|remarks|article|ruling|letter|op-ed|column|post|tweet|video|appearance|"
           r"hearing|debate|briefing|conference|filing|message|rally|event|forum|stop|meeting|summit|convention|visit|"
           r"session|show|broadcast|luncheon|dinner|gathering|town hall)s?")
_OCCASION = re.compile(
    r",?\s(?:(?:during|at)\s+(?:a|an|the|last|this|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}" + _EVENTS + r"\b"
    r"|in\s+(?:a|an|his|her|their|its|the)\s+(?:[\w’'-]+\s+){0,3}" + _EVENTS + r"\b"
    r"|on\s+(?:Twitter|Facebook|Instagram|social media|television|TV)\b|(?:though|although|even as)\s)"
)
_APPOSITION_OPENERS = ("the", "a", "an", "now", "then", "once")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DASHES = ("—", "–", "-")
_PAREN = re.compile(r"\s*\([^()]{1,30}\)\s*$")
# what _reported_verb looks for in the 30 characters before a verb form ("before") and right after it
_TO_BEFORE = re.compile(r"\bto\s+$")
_CALL_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|so|also)\s*$")
_COMMA_BEFORE = re.compile(r",\s*$")
_PARTICIPLE_BEFORE = re.compile(r"(,[”\"’']?|\band|going on to|went on to)\s*$")
# reported content that is an infinitive, with its hearer ("officials to boost ..."), and the adverbial clause it ends before
_INFINITIVE_CONTENT = re.compile(r"(?:[\w’'-]+\s+){0,3}to\s+[a-z]")
_INFINITIVE_CUT = re.compile(r",?\s+(?:after|before|when|because|since|while|as|until(?:\s+after|\s+before)?)\s+"
                             r"(?=(?:he|she|they|it|we|I|[A-Z][\w’'-]*|[a-z]+s)\s+[a-z]|(?:the|a|an|his|her|their|its)\s+"
                             r"(?:[\w’'-]+\s+){1,4}?(?:[a-z]+ed|was|were|is|are|had|has|have|did|would|could|will|can)\b)")
# (a clause, not a time: "after hackers targeted ...", not "before the end of the session")
_SPEECH_GOES_ON = re.compile(r"[^.;!?]{0,40}?(?:,\s+\w+ing\b|[:,]?\s*[“\"])")
_LETS_BEFORE = re.compile(r"\b(?:[Ll]et[’']s|[Ll]et us)\s+$")
_TRAILING_DAY = re.compile(r",?\s+(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week"
                           r"|month|year|weekend)(?:\s+(?:morning|afternoon|evening|night))?[\s.;]*$")
_PARTICIPLE_NARRATION = re.compile(r",\s+(?:\w+ly\s+)?(?!including|regarding|concerning|following|involving|excluding)[a-z]+ing\b")
_ISSUED_TEXT_BEFORE = re.compile(
    r"\b(?:issued|released|sent|posted|published|put out|signed|filed|tweeted|wrote|submitted|circulated|delivered)"
    r"\s+(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(DOCUMENT_NOUNS | {"note", "video", "ad", "advertisement"})) + r")s?\s*,?\s*$")
# a quantity opening reported content: "said at least two million people would march"
_QUANTITY_LEADS = ("at least", "at most", "more than", "fewer than", "less than", "up to", "as many as", "as much as",
                   "about", "around", "over", "nearly", "almost", "some")
_QUANTITY_STARTS = {lead.split()[0] for lead in _QUANTITY_LEADS}
_QUANTITY_AHEAD = re.compile(
    "(?:" + "|".join(_QUANTITY_LEADS) + r")\s+(?:\$?\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds|thousands|millions"
    r"|half|a third|a quarter|a fifth|a tenth|two-thirds|three-quarters)"
    r"(?:\s+(?:hundred|thousand|million|billion|percent|per cent))?\b(?!\s+another\b)")  # (not "over one another")
_LABEL_STOPS = _PREPOSITIONS | {"over", "and", "the", "vs"}  # "Stealth Over Health: ..." is no name
_ROLE_OPENERS = {"the", "his", "her", "their", "its"}
_OPENER_ADVERBS = {"also", "then", "later", "again", "first", "still", "even", "never", "often", "had", "has", "have"}
_ADVERBS_NOT_TITLES = _OPENER_ADVERBS - {"then", "first", "had", "has", "have"}  # (none of them a word of a title)
_COORDINATED_BEFORE = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+|then\s+|also\s+|later\s+)?$")
_PROGRESSIVE_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|been|am|keeps|kept)|\b(?:[Hh]e|[Ss]he)[’']s|\b[Tt]hey[’']re)\s+"
                                 r"(?:\w+ly\s+)?$")
_BY_WHILE_BEFORE = re.compile(r"\b(?:by|while|before)\s+(?:first\s+|simply\s+)?$")
_CLAUSE_END_BEFORE = re.compile(r",[”\"’']*\s*$")
_MODAL_OR_TO_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|must|should|did|does|do|to)\s+(?:\w+ly\s+)?$")
_ARTICLE_AFTER = re.compile(r"\s+an?\s")
_QUOTE_THEN_NAME = re.compile(r"[,.!?—-][”\"’]\s+(?:[A-Z][\w.’'-]*\s+){1,4}$")  # '“...,” Jo Okafor ' before a verb
_FAMILIAR_BEFORE = re.compile(r"((?:[A-Z][a-z]+\s+|[a-z]+\s+)?([a-z]+))\s+(?:familiar\s+with|knowledgeable\s+about|"
                              r"briefed\s+on)\s+[^,.;:“”\"]{1,80}?\s*$")
# an unnamed source opening its sentence: "A senior Ukrainian security official who ...", "A nurse, who ..."
_SOURCE_OPENING = re.compile(r"\s*(?:(?:But|And|Still|However),?\s+)?(?:An?|One|Two|Three|Several|Another|The)\s+"
                             r"((?:[\w’'-]+\s+){0,4}?([a-z]+))(?=\s*,|\s+(?:who|familiar|with|in|at|of|from|on)\b)")
_QUOTE_COMMA_END = re.compile(r",[”\"’']\s*$")
_RELATIVE_OPENING = re.compile(r",\s+(?:who|whose)\s")
_ASIDE_DASH = re.compile(r"\s-{1,2}\s|--|—|–")  # a dash between clauses (not a hyphen inside a word)
_NAMING_BEFORE = re.compile(r"\b(?:known\s+as|so-called|dubbed|nicknamed|titled|entitled|named|called)\s+(?:the\s+)?['‘]?$")
_ENDS_CLAUSE = re.compile(r"(?:\s+(?:on|last|this|in|early|late)\s+[A-Za-z]+)?\s*(?:[,.;:!?”\"’]|$)")
_WELCOMED_GUESTS = re.compile(r"\s+(?:(?:the|several|about|some|nearly|more\s+than|hundreds\s+of|dozens\s+of|thousands\s+of|"
                              r"[\d,]+|hundred|dozen)\s+)*(?:[a-z]+\s+)?(?:guests|visitors|delegates|crowds?|audiences?|"
                              r"students|fans|attendees|dignitaries|people|participants|newcomers|refugees)\b"
                              r"|\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:to|into|at)\s")
_DECLARED_ACT = re.compile(r"\s+(?:war|bankruptcy|independence|martial\s+law|a\s+(?:holiday|ceasefire|truce|moratorium)"
                           r"|(?:an?\s+)?(?:state\s+of\s+)?(?:national\s+|local\s+|public\s+health\s+)?(?:emergency|disaster))\b")
# "claimed responsibility for the attack", "claimed victory": an act, not a claim about anything
_CLAIMED_ACT = re.compile(r"\s+(?:full\s+|sole\s+|joint\s+)?(?:responsibility|credit|victory|ownership|asylum|damages"
                          r"|the\s+(?:title|crown|seat|prize|record|win|throne)|an?\s+(?:refund|seat|victory|win|record|share))\b")
_ON_UPON_AFTER = re.compile(r"\s+(?:on|upon)\b")
_ON_SOMEONE_TO = re.compile(r"\s+(?:on|upon)\s+[^,.;:!?]{1,80}?\bto\s+[“\"]?[a-z]")  # "called on Congress to act"
_FOR_ON_UPON_AFTER = re.compile(r"\s+(?:for|on|upon)\b")
_BY_AFTER = re.compile(r"\s+by\b")
_BY_MEANS = re.compile(r"\s+by\s+(?:(?:tele)?phone|e-?mail|text(?:\s+message)?|video(?:\s*link)?|letter|radio|satellite\s+"
                       r"(?:phone|link)|videoconference)\b")
# a passive label and its agent after the quotation: "was branded ‘short-sighted’ by Morag Finlay"
_PASSIVE_LABEL_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(branded|called|dubbed|labell?ed|"
                                   r"described\s+as|denounced\s+as|critici[sz]ed\s+as|condemned\s+as|termed)\s+$")
_AGENT_AFTER = re.compile(r"[,.]?\s+by\s+([^,;:.“”\"‘’]{2,80}?)\s*(?=[,;:.]|$|\s+(?:after|as|in|on|at|during|for|who|which)\b)")
# the agent of a passive reporting verb and where what was said starts: "by Ruiz that ...", "by analysts as “...”"
_PASSIVE_AGENT = re.compile(r"\s+by\s+([^,;:“”\"]{2,80}?)\s+(?:that\s+|as\s+(?=[“\"]|''))")
_CALL_PARTICLE_AFTER = re.compile(r"\s+(?:off|up|in|back|out|to|into|a|an|it(?=\s+(?:a\s+day|a\s+night|quits)\b))\b")
_FOR_ON_AFTER = re.compile(r"\s+(?:for|on)\b")
# "a group called Parents for Medical Freedom said", "an outfit named ...": "called" names the body, it reports nothing
_NAMING_NOUN_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}(?:group|militia|organi[sz]ation|movement|coalition|network|faction|alliance"
    r"|body|party|charity|company|firm|outfit|startup|cell|club|band|fund|foundation|committee|campaign|project"
    r"|initiative|program|programme|website|site|app|account|newsletter|podcast)\s*$")
_CAP_AFTER = re.compile(r"\s+(?:the\s+)?[A-Z]")
# "..., which calls itself the Tarsa Coastal Guard,", "a militia calling itself ...", "a group called ...": the name is
# the body the sentence is about
_SELF_NAMING_BEFORE = re.compile(r"(?:\b(?:calls|called|calling)\s+(?:itself|themselves)|" + _NAMING_NOUN_BEFORE.pattern[:-3]
                                 + r"\s+(?:called|named|known\s+as))\s+(?:the\s+)?$")
_REFLEXIVE_AFTER = re.compile(r"\s+(?:itself|himself|herself|themselves)\b")  # "a group calling itself the Fund"
_OUT_AFTER = re.compile(r"\s+out\b")
# "put" is read only before "it to ... that" (a counsel's "put it to the actor that ..."), and is no reporting verb
# anywhere else (not in the lexicon: "put forward", "as she put it")
_PUT_FORMS = ("put", "puts")
_PUT = lexicon.Verb("put", frozenset())
_PUT_IT_TO = re.compile(r"\s+it\s+to\s+(?:[\w.’'-]+\s+){1,6}?that\s")  # "put it to the actor that ..."
_TO_AFTER = re.compile(r"\s+to\b")
_SHOW_TITLE = re.compile(r"[“\"](?:[A-Z0-9][\w&'’.-]*\s?){1,6}[”\"]")
_QUOTE_AFTER = re.compile(r"\s*[,:]?\s*[“\"‘]|\s+(?:only|simply|just|again|then|later|[a-z]+ly)\s*[,:]\s*[“\"‘]")
_HEARER_QUOTE_AFTER = re.compile(r"\s+(?:me|him|her|us|them|you|reporters|journalists)\s*[,:]\s*(?:[“\"‘]|'')")
_COPULA_AFTER = re.compile(r"\s+(?:is|are|was|were)\b")
# around quotations: "“...” ― Esther Tapia", the punctuation right after a quote, how the text before one ends
_DASH_ATTRIBUTION = re.compile(r"\s*[,.]?\s*[―—–]\s*(?=[A-Z])([^“”\"\n]{2,120}?)[\s.]*$")
_HEADLINE_QUOTE_COLON = re.compile(r"\s*:\s+(?=[A-Z])")
_AFTER_QUOTE_PUNCTUATION = re.compile(r"\s*'?\s*[,.!?…—–-]?\s*")
_LEAD_IN_END = re.compile(r"[:,]\s*$|\b\w+\s*$")
_COLON_COMMA_END = re.compile(r"[:,]\s*$")
_WORD_END = re.compile(r"\w$")


_CROWDS = {"crowd", "crowds", "audience", "protesters", "demonstrators", "marchers", "supporters"}


def _crowd(ent: Entity) -> bool:
    """A crowd that chants ('the crowd', 'protesters', 'supporters'), which never takes the speaker's place."""
    return ent.kind == "unnamed" and ent.name.lower().rpartition(" ")[2] in _CROWDS


def _spaced_dash(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Is ``toks[j]`` a hyphen with space around it, a dash ("his highest ideals - critics would call"; a token
    follows it)?"""
    return toks[j][0] == "-" and (j == 0 or toks[j - 1][2] < toks[j][1]) and toks[j + 1][1] > toks[j][2]


def _find_all(text: str, key: str):
    """Where ``key`` occurs in ``text``."""
    i = text.find(key)
    while i >= 0:
        yield i
        i = text.find(key, i + 1)


_PRESS_OFFICES = {"press service", "press office", "press centre", "press center"}
_PRESS_OFFICE_OF = re.compile(r"\bpress\s+(?:service|office|centre|center)\s+of\s+(?:the\s+)?"
                              r"([A-Z][\w.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’'-]*){0,6})")
# a newspaper's editors: "the paper's editorial board", "Its board", "the Ledger-Star's editors" (group 1: the owner)
_EDITORS = re.compile(r"(?:(?:the\s+)?([\w.-]+(?:\s[\w.-]+)*?)['’]s\s+)?(?:editorial\s+board|editorial\s+writers|editors|"
                      r"editorial|board)", re.IGNORECASE)
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]+ $")
# capitals "for" or "of" capitals, then "and", before a run of capitals: an office's portfolio or a body's name that
# goes on ("Deputy Mayor for Policing and ", "the Centre for Labour and "); group 2 its head, group 3 the preposition
_NAME_WITH_AND_BEFORE = re.compile(r"\b((?:(?!The\b)[A-Z][\w-]* +){0,3}([A-Z][\w-]*) +(for|of) +(?:the +)?"
                                   r"(?:[A-Z][\w-]*,? +){1,3}and) +$")
# what follows a weak speech verb that makes it one: a colon, a quotation mark, "that"
_WEAK_VERB_CONTENT = re.compile(r"\s*(?:[:,]\s*)?[“\"‘']|\s*:|\s+that\b")
_BODY_FOR_BEFORE = re.compile(r"\b((?:(?!The\b)[A-Z][\w-]* +){0,3}([A-Z][\w-]*) +for(?: +the)?) +$")
_LEGAL_FORM = "(?:" + "|".join(LEGAL_FORMS) + r")\b\.?"
_LEGAL_END_HINT = re.compile(" " + _LEGAL_FORM)  # (a quick test before the search for the names)
_LEGAL_NAME = re.compile(r"\b((?:[A-Z][\w’'&-]*[^\S\n]+){1,4})(" + _LEGAL_FORM + r")(?![\w-])")
# adjectives that place a text among others ("a later post", "a separate statement"): before a noun, not a subject
_ORDER_ADJECTIVES = {"later", "earlier", "first", "second", "third", "latest", "last", "new", "recent", "separate",
                     "final", "subsequent", "previous", "brief", "short", "long", "lengthy", "joint", "fresh", "further"}
_OFFICE_OF_BEFORE = re.compile(r"\b([a-z][a-z-]+)\s+(?:of|at)\s+$")  # "chief executive of ", "a director at "
_NAME_AGE_ROLE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*),\s+\d{1,3},\s+(?:a|an)\s+[a-z][^,;:.“”\"]*?"
                            r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s*$")
# (with no age, only when a place's state or country follows the town: "Kelsey Marchand, a teacher in Tucson, Arizona,")
_NAME_ROLE_PLACE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*),\s+(?:a|an)\s+[a-z\d][^,;:.“”\"]*?"
                              r"\s(?:in|from|of)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s*$")
# ("Veridian, based in Parsippany, N.J., said": the body before where it is based)
_NAME_BASED_IN = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'&-]*),\s+(?:based|headquartered)\s+in\s+"
                            r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s*$")
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
# who may "state that" after "the" (with the texts that speak): "the judge states that", "the decree states that"
_STATES_SUBJECTS = SPEAKING_TEXTS | {"judge", "magistrate", "court", "minister", "ministry", "president", "secretary",
                                     "spokesman", "spokeswoman", "spokesperson", "author", "authors", "prosecutor",
                                     "verdict", "note", "bulletin", "decree", "plan"}
_PAIRED_DASH = re.compile(r"\s(?:[—–―]|--)\s")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")  # a whole word in lower case (not "blast" in "Oblast")
_ROLE_WHO = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+){1,4}who\s+$")
# an age in apposition after a name: "Halime, 34,", "Adam, a 19-year-old student,"
_AGE_AFTER = re.compile(r",\s+(?:\d{1,3}\s*[,.]|aged\s+\d{1,3}\b|an?\s+\d{1,3}-year-old\b)")
# how a text gives the name of someone it first describes: "the man, identified as Dale Kowalczyk", "the commander,
# who gave his name only as Abu Khaled"
_NAMED_AS = re.compile(r",?\s*(?:who\s+(?:was\s+|is\s+)?)?(?:identified\s+(?:only\s+|simply\s+|just\s+)?as|"
                       r"gave\s+(?:his|her|their)\s+(?:first\s+|full\s+)?name\s+(?:only\s+|simply\s+|just\s+)?as|"
                       r"(?:asked\s+to\s+be\s+)?identified\s+(?:only\s+|simply\s+|just\s+)?by\s+(?:his|her|their)\s+first\s+name,?)\s+")
_UNNAMED_SOURCE = re.compile(r"\banonymity\b|\bnot\s+to\s+be\s+(?:named|identified)\b|\bnot\s+authori[sz]ed\b")
# bodies a person is "of" in lower case: "Ana Ruiz of the Green party", "Artur Ghukasyan of the Homeland faction"
_BODY_OF_MEMBERS = {"party", "faction", "bloc", "caucus", "alliance", "coalition", "movement", "campaign", "group",
                    "union", "council", "committee", "delegation", "team", "club", "board"}
# participles opening an aside between a speaker and the verb: "Hale, speaking at a rally in Erie, Pa., called"
_ASIDE_PARTICIPLES = {"speaking", "appearing", "addressing", "campaigning", "writing", "talking", "standing", "testifying",
                      "responding", "reacting", "interviewed", "visiting", "flanked", "joined", "accompanied"}
_ROLE_IN_PLACE = re.compile(r"\b([a-z]+)\s+(?:in|at)\s+$")
_PARTY_TAG = re.compile(r"([A-Z][\w’'-]+)(?:\s*\(|,\s+)([DR])-([A-Z][\w.]*(?: ?[A-Z][\w.]*)?)[),]")
# "Senator Ruth Albrecht, Republican of Maine,": a party and the state a member of Congress represents
_PARTY_OF_STATE = re.compile(r"([A-Z][\w’'-]+), (Republican|Democrat|Independent) of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)[,.]")
_PARTIES_BY_LETTER = {"D": "Democrat", "R": "Republican"}
# a leader's title in lower case before the body it leads: "the head of the Foreign Ministry ..."
# (or a title of a body written in lower case: "The Secretary General of the organisation Nurlan Seitkaliyev")
# an envoy's title before "to" and the body or country sent to: "U.S. Ambassador to NATO Craig Donnelly"
_ENVOY_TO_BEFORE = re.compile(r"((?:[A-Z][\w.-]* +){0,2}(?:Ambassador|Envoy|Representative))"
                              r" +to +(?:the +)?$")
_LEADER_OF_BEFORE = re.compile(r"\b((?:head|chief|leader|chairman|chairwoman|chair|official\s+representative|"
                               r"spokes(?:person|woman|man)|press\s+secretary)\s+of(?:\s+the)?|"
                               r"(?:(?!The\b)[A-Z][\w-]* +){1,3}of\s+the\s+(?:organi[sz]ation|alliance|bloc|union|"
                               r"commission|council|committee|agency|body|group|company|bank|fund|party|"
                               r"ministry|department|court)|"
                               # "Deputy Prime Minister for Reintegration of Moldova Mihai Ciorba": a portfolio after "for"
                               r"(?:(?!The\b)[A-Z][\w-]* +){1,4}for|"
                               # "Secretary General of the Collective Security Union (CSU) Talgat Sarsenbayev"
                               r"(?:(?!The\b)[A-Z][\w-]* +){1,3}of\s+the\s+(?:[A-Z][\w-]* +){1,5}\([A-Z]{2,6}\))\s+$")


def _office_words(office: str) -> list[str]:
    """The words of a title before a name, without a bracketed acronym ("Secretary General of the Collective Security
    Union (CSU)")."""
    return [w for w in office.split() if not (w.startswith("(") and w.endswith(")"))]


def _title_head(office: str) -> list[str]:
    """The title words before "of" / "for" ("Secretary General" of "Secretary General of the Union (CSU)")."""
    return re.split(r"\s+(?:of|for)\s+", office, maxsplit=1)[0].split()


def extract(text: str, body_start: int = 0) -> Extraction:
    """All statements in ``text``; offsets index ``text``, prose starts at ``body_start``."""
    return _Extractor(text, body_start).run()


# a nickname in quotation marks between a given name and a surname: Robert "Bobby" Lane, Marcia “Cia” Price
_NICKNAME = re.compile(r"\b([A-Z][a-z]+)\s+(''|[\"“‘'])([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})(''|[\"”’'])\s+(?=[A-Z][a-z])")
_FIRST_WORD = re.compile(r"[A-Z][\w’'-]+")
_NICKNAME_CLOSE = {"''": "''", '"': '"', "“": "”", "‘": "’", "'": "'"}


# an Arabic article written in lower case before a capitalised name: "Bashar al-Assad", "Abdel Fattah el-Sisi"
_ARTICLES = "al|el|ad|ash|az|ul"
_LOWER_ARTICLE = re.compile(rf"(?<![\w-])(?:{_ARTICLES})-(?=[A-Z])")
_READ_ARTICLE = re.compile(rf"\b(?:{_ARTICLES.title()})-(?=[A-Z])")


def _reading_text(text: str) -> tuple[str, list[tuple[str, int]]]:
    """The text the rules read: the same length and offsets as ``text``, with nicknames blanked out (see
    _without_nicknames) and a lower-case article opening a name capitalised ('al-Assad' reads as 'Al-Assad',
    a name word, so 'Bashar al-Assad said' names him); and the nicknames, each with where its surname starts."""
    text, nicks = _without_nicknames(text)
    text, known_as = _without_known_as(text)
    nicks += known_as
    if "so-called " in text or "so called " in text:
        # 'the so-called "foreign minister" Nikolai Shcherbak, insisted': a title kept at a distance before a name,
        # read as plain words
        text = _SO_CALLED.sub(lambda m: m[1] + " " + m[3] + " ", text)
    if "-" in text and _LOWER_ARTICLE.search(text):
        text = _LOWER_ARTICLE.sub(lambda m: m[0][0].upper() + m[0][1:], text)
    if "(M" in text:  # "Dr. (Mrs.) Folasade Akintola-Ward": the bracketed honorific read as blanks
        text = _BRACKETED_HONORIFIC.sub(lambda m: " " * len(m[0]), text)
    return text, nicks


_BRACKETED_HONORIFIC = re.compile(r"(?<=\. )\((?:Mrs|Mr|Ms|Miss)\.?\)(?= [A-Z])")


def _restored_article(name: str, source: str) -> str:
    """'Bashar Al-Assad' -> 'Bashar al-Assad' where the source writes the article in lower case."""
    if "-" not in name:
        return name
    return _READ_ARTICLE.sub(
        lambda m: m[0].lower() if m[0].lower() + name[m.end() :].split(" ")[0] in source else m[0], name)


_SO_CALLED = re.compile(r"(\bso[- ]called\s+)(\"|“|‘)([a-z][^\"“”‘’\n]{0,40}?)(\"|”|’)(?=\s+[A-Z][a-z])")
# a nickname given in apposition: 'Azman, popularly known as "Pak Man", told', 'Ferreira da Silva, a former bus
# conductor universally known as "Zé do Povo", told' (1: the name's last word; 2: the comma and a described role;
# 3: what is blanked; 4: the nickname; 5: the comma after it)
_KNOWN_AS = re.compile(r"([A-Z][\w’'-]+)(,\s+(?:(?:a|an|the)\s+[^,;:“”\"\n]{1,60}?\s+)?)((?:\w+ly\s+)?(?:known|nicknamed)\s+"
                       r"(?:to\s+[a-z]+(?:\s+[a-z]+){0,3}\s+)?as\s+[“\"‘']([A-Z][^”\"’'\n]{1,30}?)[”\"’'])(,?)")


def _without_known_as(text: str) -> tuple[str, list[tuple[str, int]]]:
    """``text`` with each nickname given in apposition blanked out, keeping every offset: 'Azman, popularly known as
    "Pak Man", told reporters' reads as 'Azman told reporters', and 'Silva, a former bus conductor universally known
    as "Zé do Povo", told' as 'Silva, a former bus conductor, told' -- so the name before it is the speaker and
    the nickname no quotation; and the nicknames, each with where the name before it ends."""
    hits = sorted({*_find_all(text, "known "), *_find_all(text, "nicknamed ")})  # (rare words first: str.find)
    matches = (_KNOWN_AS.search(text, max(0, i - 80), i + 80) for i in hits)
    found = sorted({m.span(): m for m in matches if m is not None}.values(), key=lambda m: m.start())
    if not found:
        return text, []
    pieces, pos = [], 0
    for m in found:
        if m.start(2) < pos:
            continue
        described = m.group(2).strip(" ,\n") != ""
        s, e = (m.start(3), m.end(3)) if described else (m.start(2), m.end(5))
        pieces += [text[pos:s], " " * (e - s)]
        pos = e
    pieces.append(text[pos:])
    return "".join(pieces), [(m.group(4), m.start(1)) for m in found]


def _without_nicknames(text: str) -> tuple[str, list[tuple[str, int]]]:
    """``text`` with each nickname and its quotation marks blanked out (as many spaces, so every offset stays):
    'Robert "Bobby" Lane said' reads as 'Robert Lane said', not as a quotation "Bobby" that Robert said; and the
    nicknames with where their surname starts ('Harold “Buzz” Tamberlane' -> ('Buzz', offset of 'Tamberlane'))."""
    if "“" not in text and '"' not in text and "'" not in text and "‘" not in text:
        return text, []
    names = lexicon.first_names()
    found = [m for m in _NICKNAME.finditer(text)
             if _NICKNAME_CLOSE[m.group(2)] == m.group(4) and (m.group(1).lower() in names or _unknown_given(m))]
    if not found:
        return text, []
    pieces, pos = [], 0
    for m in found:
        pieces += [text[pos : m.start(2)], " " * (m.end(4) - m.start(2))]
        pos = m.end(4)
    pieces.append(text[pos:])
    return "".join(pieces), [(m.group(3), m.end()) for m in found]


def _unknown_given(m: re.Match[str]) -> bool:
    """A given name the lexicon lacks before a one-word nickname ('Evangelina “Vangie” Quiroga'), where the word is
    no title, common word or party ('Senator “Big” Lane', 'The “Green” Party')."""
    given = m.group(1).lower()
    return " " not in m.group(3) and given not in CAP_STOP and not titleish(given) and given not in PARTY_WORDS \
        and given not in lexicon.countries() and given not in NAME_HEADS


def _lead_role(words: list[str]) -> bool:
    """A lead's description of one person by a role and where they hold it: 'former accountant at a collapsed
    property group', 'nurse at the hospital' (the role, in lower case, right before "at", "of", "with" or "for")."""
    k = next((i for i, w in enumerate(words) if w in ("at", "of", "with", "for")), 0)
    return k > 0 and words[k - 1].islower() and words[k - 1] in PERSON_ROLE_HEADS and words[0].islower()


class _Extractor:
    def __init__(self, text: str, body_start: int) -> None:
        self.source = text  # what statements and contexts are cut from
        text, self._nicknames = _reading_text(text)  # what is read: the same offsets
        self.text = text
        self.verbs = lexicon.speech_verbs()
        self.reg = Registry()
        paras = paragraphs(text, body_start)
        self.paras = paras
        self._para_starts = [p[0] for p in paras]
        self.reg.para_starts = self._para_starts
        self.reg.text = text
        self._title_cased: dict[int, bool] = {}
        quotes = self._para_quotes = [find_quotes(text, s, e) for s, e in paras]  # the quotations of each paragraph
        # The text is tokenised piece by piece, when a piece is first asked for: a piece starts at 0 or at a
        # paragraph that white space precedes, so no token crosses from one piece to the next.
        self._piece_starts = [0] + [ps for ps, _ in paras if ps > 0 and text[ps - 1].isspace()]
        self._piece_tokens: list[tuple[list[tuple[str, int, int]], list[int]] | None] = [None] * len(self._piece_starts)
        self.units = units(text, paras, quotes, self._attribution_at)
        self._unit_starts = [u.start for u in self.units]
        self._narrations: list[list[tuple[int, int]] | None] = [None] * len(self.units)  # by unit index
        # the lone capitalised words of each narration segment, as (start, end, word), for the two passes over them
        self._lone_caps: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self._prev_caps: dict[tuple[int, int], bool] = {}  # (segment start, word start) -> _after_cap
        self.out: list[Statement] = []
        self.out_entities: list[Entity] = []  # the entity behind each statement of self.out
        self.last: Entity | None = None  # the latest speaker
        self.last_para = -10
        self.last_said = -1  # where the latest speaker's latest statement starts
        # where the sentence holding it ends: a name met before then ("..., Obama said, not needing to name the
        # author, Ali, who died") does not take a later "he" from the speaker
        self.last_said_end = -1
        self._nested: set[int] = set()  # speakers whose latest statement lies inside the one before it
        self.transcript_para = -1  # a paragraph already taken whole
        self.interviewee: Entity | None | bool = None  # who answers the "A:" turns of an interview (False: nobody)
        self.interviewer: Entity | None = None  # who asks the "Q:" turns, when the introduction names them
        self.turn_speaker: Entity | None = None  # whose turn the paragraph ``transcript_para`` is
        self.header_speaker: Entity | None = None  # whose name stood alone on the line before (oral histories)
        self.header_para = -1  # the last paragraph of that speaker's turn
        self.nested_in: Entity | None = None  # set while reading the quotations inside someone's turn
        self._seen_phrases: dict[str, Entity | None] = {}
        self.colon_lead: tuple[Entity, int] | None = None  # "Caddell continued:" -> (Caddell, paragraph)

    def _piece(self, k: int) -> tuple[list[tuple[str, int, int]], list[int]]:
        """The tokens of piece ``k`` of the text and their start offsets (tokenised once)."""
        piece = self._piece_tokens[k]
        if piece is None:
            stop = self._piece_starts[k + 1] if k + 1 < len(self._piece_starts) else len(self.text)
            piece = self._piece_tokens[k] = tokens_between(self.text, self._piece_starts[k], stop)
        return piece

    def _tokens(self, lo: int, hi: int) -> list[tuple[str, int, int]]:
        """The document's tokens that lie within [lo, hi)."""
        piece_starts = self._piece_starts
        first = max(0, bisect.bisect_right(piece_starts, lo) - 1)
        if first + 1 == len(piece_starts) or hi <= piece_starts[first + 1]:  # the range lies in one piece
            toks, starts = self._piece_tokens[first] or self._piece(first)
        else:  # the range runs over into the next paragraphs
            last = bisect.bisect_right(piece_starts, hi - 1) - 1
            toks, starts = [], []
            for k in range(first, last + 1):
                more_toks, more_starts = self._piece(k)
                toks += more_toks
                starts += more_starts
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi, i)
        while j > i and toks[j - 1][2] > hi:
            j -= 1
        return toks[i:j]

    def _attribution_at(self, pos: int) -> bool:
        """Does a short attribution ('Trump said', 'said Mr. King', 'she asked') start here?"""
        toks = self._tokens(pos, min(len(self.text), pos + 160))[:16]
        for k, (w, _, _) in enumerate(toks[:8]):
            if w == "," and 0 < k and is_cap(toks[0][0]):
                # "Scott's niece, Del. Marcia Price, said": a name in apposition, then the verb
                close = next((j for j in range(k + 1, len(toks)) if toks[j][0] in (",", ".", ";", "“", '"')), None)
                if close is None or toks[close][0] != "," or close + 1 >= len(toks):
                    return False
                nxt = toks[close + 1][0]
                return nxt[0].islower() and self._verb_at(nxt) is not None
            if w in (".", ",", ";", ":", "!", "?", "“", '"'):
                return False
            if k > 0 or w[0].islower():
                if self._verb_at(w) is not None and w[0].islower():
                    return True
        return False

    # -- driver ---------------------------------------------------------------------------------
    def run(self) -> Extraction:
        self._legal_names()
        for u in self.units:
            self._register_names(u)
        for nick, at in self._nicknames:
            m = _FIRST_WORD.match(self.text, at)
            if m is None:
                continue
            # the person named there (not a namesake the surname found first: 'Vangie Quiroga is going home. /
            # State Rep. Evangelina “Vangie” Quiroga ...')
            ent = next((e for _p, _s, e in reversed(self.reg.mentions_between(at - 60, at + 1)) if e.kind == "person"
                        and surname_key(e.name) == normalise(m.group())), None) or self.reg.by_surname(m.group())
            if ent is not None and ent.kind == "person":  # "Buzz, as he is known, returned": Harold “Buzz” Tamberlane
                for alias in (nick, f"{nick} {m.group()}"):
                    merged = self.reg.add_alias(ent, alias, claim=True)
                    if merged is not None:  # ("Zé do Povo laughed", read before as someone of its own, is him)
                        self._seen_phrases = {k: ent if v is merged else v for k, v in self._seen_phrases.items()}
        self._party_tags()
        for u in self.units:
            for s, e in self._narration(u):
                self._lone_speakers(s, e)
        self._companies_by_use()
        for u in self.units:
            for s, e in self._narration(u):
                self._surname_mentions(s, e)
            self._register_group_subject(u)
        for i, u in enumerate(self.units):
            self._unit(i, u)
        return self._finish()

    def _party_tags(self) -> None:
        """'Sen. Omar Haddad (D-Minn.)', 'McConnell, R-Ky.,': the party a tag gives is the person's, so that 'the
        Minnesota Democrat said' can find him."""
        t = self.text
        states = lexicon.us_states()
        if " of " in t and ("Republican of " in t or "Democrat of " in t or "Independent of " in t):
            for m in _PARTY_OF_STATE.finditer(t):
                ent = self.reg.by_surname(m.group(1))
                if ent is not None and ent.kind == "person" and m.group(3) in states:
                    self.reg.add_title(ent, f"{m.group(2)} of {m.group(3)}")
        if "D-" not in t and "R-" not in t:
            return  # (most texts carry no party tag: the pattern is not searched)
        for i in sorted({*_find_all(t, "D-"), *_find_all(t, "R-")}):
            m = next((x for x in _PARTY_TAG.finditer(t, max(0, i - 60), i + 30) if x.start(2) == i), None)
            if m is None:
                continue
            ent = self.reg.by_surname(m.group(1))
            if ent is not None and ent.kind == "person":
                party = _PARTIES_BY_LETTER[m.group(2)]
                self.reg.add_title(ent, party)
                if (state := states.get(m.group(3))) is not None:
                    self.reg.add_title(ent, f"{party} of {state}")  # ("R-Kan.": a Republican of Kansas)

    def _office_body(self, phrase: str, end: int, acronym: str) -> None:
        """'the Secretary General of the Union of Collective Security (UCS)': the body after 'of', whose initials
        the acronym spells, is named too -- so 'the UCS said' and 'the organization said' find it."""
        body = re.split(r"\bof\s+(?:the\s+)?", phrase, maxsplit=1)[-1]
        words = body.split()
        if "".join(w[0] for w in words if w[0].isupper()) != acronym or len(words) < 2:
            return
        ent = self.reg.named(body, "organisation", end - len(body), body)
        self.reg.add_short_name(ent, acronym)

    def _companies_by_use(self) -> None:
        """A one-word name the text uses as a company's ('Lumora shares rose', "Lumora's chief executive", 'Lumora
        unveiled its first glasses') is a company, which 'the company' then stands for."""
        names = lexicon.first_names()
        t = self.text
        hits = sorted({i for key in _COMPANY_USE_KEYS for i in _find_all(t, key)})  # (str.find: 5x the regex's speed)
        uses = [use for i in hits if (use := _COMPANY_USE.search(t, max(0, i - 12), i + 60)) is not None]
        for use in uses:
            m = _NAME_BEFORE_USE.search(t, max(0, use.start() - 40), use.start())
            if m is None:
                continue
            word = m.group(1)
            if word.lower() in names or word.lower() in lexicon.countries() or word.lower() in CAP_STOP \
                    or "spokes" in use.group() and (word.lower() in lexicon.organisation_heads()
                                                   or word.lower() in _TITLE_WORDS):  # ("Ministry spokesperson")
                continue
            ent = self.reg.by_surname(word)
            if ent is None:
                ent = self.reg.named(word, "organisation", m.start(1), word)
            if ent.kind == "person" and ent.name == word and not ent.titles:
                ent.kind = "organisation"
            if ent.kind == "organisation":
                self.reg.companies.add(id(ent))
                body = self.paras[1][0] if len(self.paras) > 1 else 0
                first = re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])").search(t, body)
                if first is not None and (ent.first_pos < 0 or first.start() < ent.first_pos):
                    # (known from where the text first names it: "Skein is overhauling ..., the company announced")
                    self.reg.mention(ent, first.start(), subject=True)
        # a one-word name with a body in apposition: "Bersih, an electoral reform group that ...", not a person
        for i in sorted({*_find_all(t, ", a "), *_find_all(t, ", an ")}):  # (str.find first: far faster than the regex)
            if _BODY_IN_APPOSITION.match(t, i) is None or (m := _ONE_WORD_BEFORE.search(t, max(0, i - 40), i)) is None:
                continue
            word = m.group(1)
            low = word.lower()
            if low in names or low in CAP_STOP or low in _CLAUSE_STARTERS or low in _SENTENCE_OPENERS \
                    or low in lexicon.countries() or low.endswith("ly"):
                continue  # ("However, a group of ...", "Meanwhile, the union")
            ent = self.reg.by_surname(word)
            if ent is None:
                self.reg.named(word, "organisation", m.start(1), word)
            elif ent.kind == "person" and ent.name == word and not ent.titles:
                ent.kind = "organisation"
        # a name after a noun for a company: "Swedish engineering group Norrvik Industrier", "chipmaker Lumatrix"
        for m in _COMPANY_BEFORE_NAME.finditer(t):
            words = m.group(2).split()
            if words[0].lower() in names or titleish(words[0].lower()):
                continue  # ("the company Chief Executive Ingrid Falkenberg": a person)
            ent = self.reg.by_surname(" ".join(words))
            if ent is not None and ent.kind == "person" and ent.name == " ".join(words) and not ent.titles \
                    and ent.gender is None and not ent.mentions > 3:
                ent.kind = "organisation"  # (read as a person's name: "Norrvik Industrier")
            if ent is not None and ent.kind == "organisation":
                self.reg.companies.add(id(ent))

    def _title_case(self, para: int) -> bool:
        """A headline in Title Case ('Black Lawmakers Rip Donald Trump'): its capitals are not names."""
        known = self._title_cased.get(para)
        if known is None:
            known = self._title_cased[para] = self._is_title_case(para)
        return known

    def _is_title_case(self, para: int) -> bool:
        s, e = self.paras[para]
        t = self.text
        # the words' first characters, when letters: what (?<!\S)[^\W\d_] finds, without a regular expression
        # (\s is str.isspace, [^\W\d_] is "alphanumeric but not a decimal digit")
        words = t[s:e].split()
        if words and s > 0 and not t[s - 1].isspace() and not t[s].isspace():
            words = words[1:]  # the body starts inside a word: its first piece is no word start
        letters = upper = 0
        most_lower = 0.4 * len(words)  # more letters than this not upper case, and the paragraph is prose
        for w in words:
            c = w[0]
            if c.isalpha() or c.isalnum() and not c.isdecimal():
                letters += 1
                if c.isupper():
                    upper += 1
                elif letters - upper > most_lower or w.isalpha() and w not in _TITLE_CASE_LOWER:
                    return False  # (Title Case leaves only short function words in lower case: "met" is prose)
        # ("Haddad-Cole Wins Album of the Year at the Meridian Awards": four of eleven in lower case)
        return letters >= 4 and upper >= 0.6 * letters

    def _register_names(self, u: Unit) -> None:
        """Meet every named person before attributing, so 'Zas' finds 'Stanislav Zas'."""
        # A headline in Title Case registers nothing: asked only once there is something to register
        title_case = None
        seen = self._seen_phrases
        para_start, para_end = self.paras[u.para]
        if para_end - para_start < 40 and _SHORT_HEADING.fullmatch(self.text, para_start, para_end) \
                and self.text[para_start : self.text.find(" ", para_start, para_end)].lower() not in lexicon.first_names():
            return  # "Gender Equality." standing alone: a section heading, not a person (a signature starts with a given name)
        # a headline (the first paragraph, short, no commas) may open with a verb: "Hold Melania Trump to ..."
        headline = u.para == 0 and para_end - para_start < 120 and self.text.find(",", para_start, para_end) < 0
        for s, e in self._narration(u):
            if self.text.find(" (", s, e) >= 0:
                self._bodies_with_and(s, e, seen)
            for m in _CAP_RUN.finditer(self.text, s, e):
                run = m.group()
                words = run.split()
                start = m.start()
                after_the = False
                if len(words) > 2 and words[1] == "of" and words[0].lower() in _QUANTITY_OF:
                    start += len(words[0]) + len(words[1]) + 2  # "Shares of Grantham & Pell rose": the firm
                    words = words[2:]
                while words and (words[0].lower() in _CLAUSE_STARTERS or words[0] in _INVERTED_OPENERS
                                 or words[0] in _OPENING_PREPOSITIONS):  # ("At St Ennor the passengers ...": a place)
                    after_the = words[0].lower() == "the"
                    start += len(words[0]) + 1
                    words = words[1:]
                    if words and words[0].lower() in _MONTHS:
                        start += len(words[0]) + 1  # "In May Obama said": the month, then the name
                        words = words[1:]
                if len(words) < 2:
                    continue
                if run.isupper() and m.start() == para_start and _DATELINE.match(self.text, m.start()):
                    continue  # "LOS ANGELES — The singer ...": a dateline's city, nobody 'she' can be
                known = seen.get(" ".join(words))
                if known is not None:  # a name met before: no need to read it again
                    if m.start() == para_start and _RUN_IN_HEADING.match(run):
                        continue
                    if title_case is None:
                        title_case = self._title_case(u.para)
                    if title_case:
                        return
                    self.reg.mention(known, start,
                                     subject=self._opens_clause(start, m.end()) and not self._modifies_a_name(m.end()))
                    continue
                if (words[0].lower() not in lexicon.first_names() and len(words) <= 3
                        and PLACE_BEFORE.search(self.text, max(0, start - 9), start) is not None
                        and not any(titleish(w.lower()) for w in words) and words[-1].lower() not in NAME_HEADS):
                    continue  # "outside Sheba Medical Center near Tel Aviv", "in Khan Younis": a place, nobody "she" is
                if self._sentence_word(words, start, before_given_names=headline):
                    start += len(words[0]) + 1  # "Hold Melania Trump to her standards": a verb opens the sentence
                    words = words[1:]
                if len(words) < 2:
                    continue
                if m.start() == para_start and _RUN_IN_HEADING.match(run):
                    continue  # "THE BORROWING Back when he wrote ...": a heading, then the sentence
                if self._not_a_name(words, m.end(), after_the or self.text[max(0, start - 4) : start].lower() == "the "):
                    continue
                if title_case is None:
                    title_case = self._title_case(u.para)
                if title_case:
                    return
                phrase = " ".join(words)
                if (self.text.find(" of ", max(0, start - 22), start) >= 0 or self.text.endswith((" for ", ") "), 0, start)) \
                        and (office := _LEADER_OF_BEFORE.search(self.text, max(0, start - 90), start)) is not None \
                        and all(titleish(w.lower()) for w in _title_head(office.group(1)) if w[0].isupper()) \
                        and person_name([*_office_words(office.group(1)), *words]) is not None:
                    # "the head of the Foreign Ministry of Armenia Levon Gagikovich Harutyunyan": the leader's title
                    # opens the phrase, so that "the head of the Foreign Ministry emphasized" finds him (not "the head
                    # of the National Air Safety Bureau faced": no one named)
                    words = [*_office_words(office.group(1)), *words]
                    phrase, start = " ".join(words), office.start(1)
                elif self.text.endswith((" for ", " for the "), 0, start) \
                        and (body := _BODY_FOR_BEFORE.search(self.text, max(0, start - 70), start)) is not None \
                        and body.group(2).lower() in NAME_HEADS:
                    # "the National Committee for the Restoration of Sovereignty": the body's name runs on after "for"
                    words = [*body.group(1).split(), *words]
                    phrase, start = " ".join(words), body.start(1)
                elif self.text.endswith(" to ", 0, start) \
                        and (envoy := _ENVOY_TO_BEFORE.search(self.text, max(0, start - 50), start)) is not None \
                        and len(words) >= 3 and (words[0].isupper() or words[0].lower() in lexicon.countries()) \
                        and words[1].lower() in lexicon.first_names():
                    # "U.S. Ambassador to NATO Craig Donnelly": the envoy's title runs on to the body or country he
                    # is sent to (not a person "U.S. Ambassador" and a Craig Donnelly titled "NATO")
                    title = f"{envoy.group(1)} to {words[0]}"
                    words, start = words[1:], start + len(words[0]) + 1
                    phrase = " ".join(words)
                    ent = self.reg.person(words, [title], start)
                    seen[phrase] = ent
                    self.reg.mention(ent, start, subject=self._opens_clause(envoy.start(1), m.end()))
                    self.reg.forget_title_alone(envoy.group(1), ent)
                    continue
                elif self.text.endswith(" and ", 0, start) \
                        and (joined := _NAME_WITH_AND_BEFORE.search(self.text, max(0, start - 90), start)) is not None:
                    head = joined.group(2)
                    before = self.text[joined.start(2) : joined.end(1)].split()  # (from the head word on)
                    if head.lower() in lexicon.organisation_heads():
                        # "the Centre for Labour and Development Studies": the body's name goes on after "and" (not a
                        # person "Development Studies")
                        words = [*joined.group(1).split(), *words]
                        phrase, start = " ".join(words), joined.start(1)
                    elif joined.group(3) == "for" and titleish(head.lower()) \
                            and person_after_office([*before, *words], 1, 1) > len(before):
                        # "Deputy Mayor for Policing and Crime Nasreen Akhtar": the office's portfolio holds "and",
                        # the capitals after it open with its last word (not a person "Crime Nasreen Akhtar")
                        words = [*before, *words]
                        phrase, start = " ".join(words), joined.start(2)
                if phrase in seen:
                    ent = seen[phrase]
                    if ent is not None:
                        self.reg.mention(ent, start, subject=self._opens_clause(start, m.end()))
                    continue
                office = _OFFICE_OF_BEFORE.search(self.text, max(0, start - 30), start)
                if office is not None and titleish(office.group(1)) and office.group(1) not in RELATIVES \
                        and words[0].lower() not in lexicon.first_names() and not titleish(words[0].lower()) \
                        and self.reg.by_surname(phrase) is None:
                    # "chief executive of Kustlicht Energie", "a director at Harlow Brandt": an office's body
                    ent = self.reg.named(phrase, "organisation", start, phrase)
                    seen[phrase] = ent
                    continue
                kind_before = _KIND_NOUN_BEFORE.search(self.text, max(0, start - 20), start)
                if kind_before is not None and self.reg.by_surname(words[-1]) is None \
                        and words[0].lower() not in lexicon.first_names():
                    # "the music magazine Northern Sound", "the rival label Corvid Records": a body, named by its kind
                    ent = self.reg.named(phrase, "organisation", start, phrase)
                    seen[phrase] = ent
                    continue
                short = self._spelt_by_acronym(words, m.end())
                if short is None and "-" in words[0] and words[0].rsplit("-", 1)[1].islower() \
                        and (short := self._spelt_by_acronym(words[1:], m.end())) is not None:
                    # "Johannesburg-listed Bushveld Ridge Platinum (BRP)": the body without what describes it
                    start += len(words[0]) + 1
                    words = words[1:]
                    phrase = " ".join(words)
                if short is None and (known_as := _KNOWN_AS_ACRONYM.match(self.text, m.end())) is not None \
                        and words[0].lower() not in lexicon.first_names() and not titleish(words[0].lower()):
                    short = known_as.group(1)  # "Hidroeléctrica del Occidente, known as HIDROCSA,": a body
                if short is not None and self.reg.by_surname(phrase) is None:
                    # "the Voluntary Carbon Integrity Registry (VCIR)": letters that spell its words make it a body
                    ent = self.reg.named(phrase, "organisation", start, phrase)
                    self.reg.mention(ent, start, subject=self._opens_clause(start, m.end()))
                    self.reg.add_short_name(ent, short)
                    seen[phrase] = ent
                    continue
                ent = classify(self.reg, Phrase(phrase, start, m.end(), words), start,  # ("Redwater Capital analyst X")
                               subject=not self._modifies_a_name(m.end()) and self._opens_clause(start, m.end())
                               # (not an owner after a role: "the historian Ahmed Al-Farsi's account of ..."; but
                               # "Ms Finlay's motion ... She", "Mr Kessler's statement ... he")
                               and not ((self.text.startswith(("'s ", "’s ", "' ", "’ "), m.end())
                                         or words[-1].endswith(("'s", "’s")))
                                        and _LOWER_WORD_BEFORE.search(self.text, max(0, start - 30), start)))
                seen[phrase] = ent
                if ent is not None and ent.kind == "person" and len(words) > 3:
                    self._company_in_title(words, start)
                if ent is not None and ent.kind == "person" and self.text[start - 1 : start] == " ":
                    self._lower_title_before(ent, start)
                if ent is not None and ent.kind in ("organisation", "government") \
                        and _SELF_NAMING_BEFORE.search(self.text, max(0, start - 80), start):
                    self.reg.mark_subject(ent, start)  # "The militia, which calls itself the Tarsa Coastal Guard, ..."
                if ent is not None and self.text[m.end() : m.end() + 2] == " (":
                    bracket = _BRACKETED_ACRONYM.match(self.text, m.end())  # "The Progressive Alliance Party (PAP) has"
                    if bracket is None and ent.kind in ("organisation", "government"):
                        bracket = _BRACKETED_SHORT.match(self.text, m.end())  # ("... Supervisory Agency (Bawaslu)")
                    if bracket is not None and ent.kind in ("organisation", "government"):
                        self.reg.add_short_name(ent, bracket.group(1))
                    elif bracket is not None and " of " in phrase:
                        self._office_body(phrase, m.end(), bracket.group(1))
            if self.text.find(",", s, e) < 0:
                continue  # every apposition below holds a comma
            if _APPOS_OPENING.search(self.text, s, e):
                if title_case is None:
                    title_case = self._title_case(u.para)
                if title_case:
                    return
                self._appositions(s, e)
            if _LOWER_COMMA_CAP.search(self.text, s, e) is not None:  # ("word, Name": what both rules need)
                self._roles_before_names(s, e)
                self._named_relatives(s, e)
            self._bare_appositions(s, e)
            self._possessive_appositions(s, e)
            self._roles_before_honorifics(s, e)
            self._titles_before_names(s, e)
            self._roles_opening_sentences(s, e)
            self._who_heads(s, e)

    def _lower_title_before(self, ent: Entity, start: int) -> None:
        """'with vice-chancellor Professor Grant McAllister blaming ...', 'union leader Park Jin-woo': a title in lower
        case right before the name is the person's, so that 'the vice-chancellor said' finds them later."""
        words = self.text[max(0, start - 60) : start].split()[-6:]
        if words and _RETIRED.fullmatch(words[-1]):
            words.pop()  # "board chairman Justice (retd) Abu Sayeed Mollah": the form of address is no title
            while words and words[-1].rstrip(".") in _ADDRESS_BEFORE_RETIRED:
                words.pop()
        k = len(words)
        while k > 0 and _POSSESSIVE_TAIL.sub("", words[k - 1]).replace("-", "").isalpha() and words[k - 1].islower() \
                and words[k - 1] not in _DETERMINERS and words[k - 1] not in _PREPOSITIONS \
                and words[k - 1] not in AUXILIARIES and self._verb_at(words[k - 1]) is None \
                and words[k - 1] not in _CLAUSE_WORDS:
            k -= 1
        title = words[k:]
        opens = False
        if 0 < k < len(words) and words[k - 1][:1].isupper() and len(title) <= 3:
            # "Hartley manager Niklas Brandt was asked", "Shadow health secretary Marcus Leveson said": capitalised
            # words that open the sentence belong to the title
            lead = self.text[max(0, start - 60) : start]
            cuts = [lead.rfind("\n")] + [at + 1 for p in (". ", "! ", "? ", "” ", '" ') if (at := lead.rfind(p)) >= 0]
            cut = max(cuts)
            opening = lead[cut + 1 :].split() if cut >= 0 or start <= 60 else []
            before = opening[: -len(title)]
            owned = 1 <= len(before) <= 2 and _POSSESSIVE_TAIL.search(before[0]) is not None
            opens = opening[-len(title) :] == title and 1 <= len(before) <= 3 and before[0][:1].isupper() and all(
                _POSSESSIVE_TAIL.sub("", w).replace("-", "").isalpha() if owned and w is before[0]
                else w[:1].isupper() and w.replace("-", "").isalpha() and not titleish(w)
                and w.lower() not in _DETERMINERS and (w.lower() not in lexicon.countries() or owned)
                or w in NAME_PARTICLES and len(before) == 3
                for w in before)  # (not "Swedish engineering group X"; "Rio de Janeiro governor X" is a title; a
            #                      body's own is: "Amnesty's UK sport campaigns manager Hannah Lisle")
            if opens:
                title = opening
        if not opens and 0 < k and len(title) == 1 and is_cap(words[k - 1]):
            lead = words[k - 1].lower()
            if titleish(title[0]) and lead in lexicon.countries():
                title, opens = [words[k - 1], *title], True  # "Embattled Peruvian president Eduardo Cáceres"
            elif (titleish(title[0]) or title[0] in ROLE_NOUNS) and lead in lexicon.organisation_heads():
                j = k - 1
                while j > 0 and k - j < 4 and is_cap(words[j - 1]) and words[j - 1].isalpha():
                    j -= 1
                title, opens = [*words[j:k], *title], True  # "led by retired Federal Court judge Margaret Ashcombe"
        if not opens and (k == 0 or words[k - 1][:1].isupper() or len(words) - k > 3):
            return  # ("Democratic vice presidential nominee Tim Kaine" mid-sentence: a title only in part)
        if title and (title[-1] in ROLE_NOUNS or titleish(title[-1])) and title[-1] not in RELATIVES \
                and not (title[-1].endswith("s") and not title[-1].endswith("ss")):  # (no relative, no group)
            self.reg.add_title(ent, " ".join(title))

    def _legal_names(self) -> None:
        """A name with a legal ending ('Hyeonsan Motor Co', 'Saffron Ledger Technologies Ltd.') is a company's, wherever
        it stands ('workers at Hyeonsan Motor Co'), so that 'Hyeonsan Motor said' is the company and not a person."""
        body = self.paras[0][0] if self.paras else 0
        if _LEGAL_END_HINT.search(self.text, body) is None:
            return
        for m in _LEGAL_NAME.finditer(self.text, body):
            words = m.group(1).split()
            while words and (words[0].lower() in CAP_STOP or titleish(words[0].lower())):
                words = words[1:]
            if words and words[0].lower() not in lexicon.first_names():
                name = " ".join([*words, m.group(2).rstrip(".")])
                ent = self.reg.named(name, "organisation", m.end() - len(name), name)
                self.reg.companies.add(id(ent))

    def _company_in_title(self, words: list[str], start: int) -> None:
        """'Calloway Payments Inc. Chief Executive Brandon Mercer': the company opening a person's title is named too
        (so 'Calloway said' and 'the company said' find it)."""
        k = next((i for i, w in enumerate(words[:5]) if i > 0 and w.lower().rstrip(".,") in LEGAL_ENDS), -1)
        if k < 0 or not all(is_cap(w) for w in words[:k]) or k + 1 >= len(words) or not titleish(words[k + 1].lower()):
            return
        company = " ".join(words[: k + 1]).rstrip(",")
        ent = self.reg.named(company, "organisation", start, company)
        self.reg.companies.add(id(ent))

    def _bodies_with_and(self, s: int, e: int, seen: dict) -> None:
        """``The Food and Agriculture Organization (FAO)``, ``the Department of Health and Social Care (DHSC)``: a
        body whose name holds "and", made plain by the bracketed letters after it that spell its capitalised words
        (the runs of capitalised words stop at "and": "Agriculture Organization" would be read alone)."""
        t = self.text
        for m in _BRACKETED_ACRONYM.finditer(t, s, e):
            letters = m.group(1).replace("-", "").replace("&", "")
            words = t[max(s, m.start() - 120) : m.start()].split()
            k, capitals = len(words), 0
            while k > 0 and capitals < len(letters):
                w = words[k - 1]
                if w[:1].isupper() and w.replace("-", "").replace("’", "").replace("'", "").isalpha():
                    capitals += 1
                elif w not in ("of", "and", "for", "the", "on", "&", "in"):
                    break
                k -= 1
            name = words[k:]
            while name and name[0] in ("of", "and", "for", "the", "on", "&", "in"):
                name = name[1:]
            phrase = " ".join(name)
            if capitals != len(letters) or "and" not in name and "&" not in name or name[0] == "The" \
                    or not spells_out(letters, phrase):
                continue  # (only names with "and": the others are read as one run already)
            if phrase in seen or self.reg.by_surname(phrase) is not None:
                continue
            start = m.start() - len(phrase)
            ent = self.reg.named(phrase, "organisation", start, phrase)
            self.reg.mention(ent, start, subject=self._opens_clause(start, m.start()))
            self.reg.add_short_name(ent, m.group(1))
            seen[phrase] = ent

    def _spelt_by_acronym(self, words: list[str], end: int) -> str | None:
        """The bracketed acronym after a run of three or more capitalised words that its letters spell ("Voluntary
        Carbon Integrity Registry (VCIR)", "Desert Locust Control Organization for Eastern Africa (DLCO-EA)"); None
        when there is none, or the run opens with a title."""
        if len(words) < 3 or self.text[end : end + 2] != " (" or titleish(words[0].lower()):
            return None
        short = _BRACKETED_ACRONYM.match(self.text, end)
        if short is None:
            return None
        initials = "".join(w[0] for w in words if w[:1].isupper())
        return short.group(1) if short.group(1).replace("-", "")[: len(initials)] == initials else None

    def _not_a_name(self, words: list[str], end: int, after_the: bool) -> bool:
        """Capitalised words that name no one: an adjective before a group ('Central European leaders'), or
        'The Gap Goes On:' -- after 'the', with no given name, title or organisation word among them."""
        nxt = _NEXT_LOWER.match(self.text, end)
        before_group = nxt is not None and nxt.group(1) in ROLE_NOUNS and nxt.group(1).endswith("s")
        if nxt is not None and nxt.group(1).endswith("s") and len(words) >= 2 \
                and (country := lexicon.countries().get(words[-1].lower())) is not None \
                and words[-1].lower() in (a.lower() for a in country.adjectives) \
                and words[0].lower() not in lexicon.first_names():
            return True  # "the Mercosur bloc of South American countries": a people's adjective before a plural
        if nxt is not None and nxt.group(1) in _FACILITY_NOUNS:
            return True  # "at Garner Amazon warehouse", "the Kelso Steel plant": what names a site, not a person
        start = end - len(" ".join(words))
        if self.text[max(0, start - 1) : start] == " " and self.text[start - 4 : start - 1] in (" in", " at") \
                and (role := _ROLE_IN_PLACE.search(self.text, max(0, start - 40), start)) is not None \
                and (role.group(1) in ROLE_NOUNS or role.group(1) in _TITLE_WORDS) \
                and words[0].lower() not in lexicon.first_names():
            return True  # "A field commander in Ras al-Jabal said": where the one speaking is, not who
        if not before_group and not after_the or self._spelt_by_acronym(words, end) is not None:
            return False  # (the usual case, decided without looking at the words; a body its acronym spells)
        names = lexicon.first_names()
        low = [w.lower().rstrip(".") for w in words]
        if any(w in names or w in _TITLE_WORDS for w in low):
            return False
        return before_group or not any(w in NAME_HEADS or "-" in w and any(p in NAME_HEADS for p in w.split("-"))
                                       for w in low)  # ("The Macon Ledger-Star")

    def _sentence_word(self, words: list[str], start: int, before_given_names: bool = True) -> bool:
        """Is the first word of the capitalised run at ``start`` a plain word capitalised only because it opens
        the sentence: a function word or a gerund ('Neither Clinton nor ...', 'Injecting Clinton's troubles
        ...'), or any word before a given name ('Hold Melania Trump to ...', 'Ask Hillary Clinton')?"""
        before = self.text[max(0, start - 3) : start].rstrip(" \t")
        if before and before[-1] not in ".!?:“\"\n":
            return False  # not the first word of a sentence (the usual case)
        names = lexicon.first_names()
        first = words[0].lower().rstrip(".")
        if first in names or first in _TITLE_WORDS or words[0].isupper() or not is_cap(words[1]):
            return False  # ("Voting rights advocates": a group, its first word is no opener)
        if first in WORD_GIVEN_NAMES and len(words) == 2:
            return self._question_ahead(start)  # "Hope Solis told reporters": a given name that is also a word
            #                                     ("Will Obama sign it?": a word)
        gerund = first.endswith("ing") and len(first) > 5 and words[-1].lower() not in _NAMED_PLACE_HEADS \
            and words[-1].lower() not in lexicon.organisation_heads()  # (not "Downing Street", "Reading Council")
        return first in _SENTENCE_OPENERS or gerund or first in self.verbs \
            or before_given_names and len(words) >= 3 and words[1].lower() in names \
            or len(words) == 3 and first.endswith(_AGENT_ENDINGS) and "-" not in words[0] and first not in ROLE_NOUNS \
            and self.text[start + len(words[0]) : start + len(words[0]) + 1] == " "  # ("Picker Kerry-Ann Doyle": a job)

    def _question_ahead(self, start: int) -> bool:
        """Does the sentence opening at ``start`` end with a question mark?"""
        m = _SENTENCE_END.search(self.text, start, start + 300)
        return m is not None and m.group() == "?"

    def _lone_cap_words(self, s: int, e: int) -> list[tuple[int, int, str]]:
        """The lone capitalised words of the narration segment [s, e) (found once for both passes)."""
        found = self._lone_caps.get((s, e))
        if found is None:
            found = self._lone_caps[(s, e)] = [(*m.span(), m[0]) for m in _LONE_CAP.finditer(self.text, s, e)]
        return found

    def _after_cap(self, s: int, start: int) -> bool:
        """Does a capitalised word end right before ``start`` (within the segment from ``s``)?"""
        known = self._prev_caps.get((s, start))
        if known is None:
            known = self._prev_caps[(s, start)] = _PREV_CAP.search(self.text, max(s, start - 30), start) is not None
        return known

    def _lone_speakers(self, s: int, e: int) -> None:
        """A single name right before a speech verb ('Clinton said', 'Warren argues') names a speaker."""
        verbs = self.verbs
        t = self.text
        for start, end, word in self._lone_cap_words(s, e):
            if not t[end : end + 1].isspace():
                if t[end : end + 1] == "," and word not in self._seen_phrases and word.lower() not in CAP_STOP \
                        and _AGE_AFTER.match(t, end) is not None and not self._after_cap(s, start):
                    # "Halime, a 34-year-old mother of six, arrived": one name, and an age -- a person
                    self._seen_phrases[word] = classify(self.reg, Phrase(word, start, end, [word]), start,
                                                        subject=self._opens_clause(start))
                continue  # _NEXT_WORD opens with white space (\s is str.isspace): "Clinton, who", "Putin."
            nxt = _NEXT_WORD.match(t, end)
            if nxt is None or (verb := verbs.get(nxt.group(1))) is None:  # _verb_at: the word is lower case already
                continue
            if "weak" in verb.flags and not _WEAK_VERB_CONTENT.match(t, nxt.end()):
                continue  # ("Road rage is rising": a weak verb names a speaker only before a quote or "that")
            if word.endswith(("’s", "'s")) and nxt.group(1).endswith("s"):
                continue  # "questions about Kessler’s remarks": an owner and a noun, not "Kessler remarks"
            if _ARTICLE_BEFORE.search(t, max(0, start - 5), start) is not None:
                continue  # "In a LinkedIn post, he wrote": a noun phrase, not "LinkedIn posted"
            if self._after_cap(s, start):
                continue
            if word.lower() in _CLAUSE_STARTERS or word in self._seen_phrases:
                continue
            self._seen_phrases[word] = classify(self.reg, Phrase(word, start, end, [word]), start, subject=True)

    def _surname_mentions(self, s: int, e: int) -> None:
        """A lone known surname ('..., Clinton leaned in') is a mention too: pronouns look back to it."""
        for start, end, word in self._lone_cap_words(s, e):
            ent = self.reg.by_surname(strip_possessive(word))
            if ent is None and len(word) >= 6 and word.lower() not in CAP_STOP and self._opens_clause(start):
                ent = self.reg.near_surname(strip_possessive(word))  # "Marchetty, speaking later, ..."
            if ent is None or ent.kind not in ("person", "organisation") or self._after_cap(s, start):
                continue  # not a known person or body, or part of a longer name, seen as a run already
            if not self.reg.mentioned_at(start):
                self.reg.mention(ent, start, subject=self._opens_clause(start) and not self._modifies_a_name(end))

    def _modifies_a_name(self, end: int) -> bool:
        """Is the name ending at ``end`` a modifier of a role and a name after it ('Marbrera president Joaquin
        Ferrer', 'Redwater Capital analyst Jonah Pless'), so no subject itself?"""
        m = _ROLE_BEFORE_NAME.match(self.text, end)
        return m is not None and m.group(1) in _ROLES_AND_TITLES

    def _opens_clause(self, pos: int, end: int = -1) -> bool:
        """Does the phrase at ``pos`` open its clause (and so is likely the subject)?"""
        t = self.text
        lo = max(0, pos - 60)
        before = t[lo:pos]
        b = before.rstrip()
        # _OPENER_TAIL ends in white space after 'the', 'a', 'an' or "'s": skip the substitution when it cannot match
        if b != before and b[-1:] in _OPENER_TAIL_LAST:
            before = self._without_opener_tail(before)
            b = before.rstrip()
        apposed = end > 0 and t.startswith(", ", end) and (last := before.rsplit(None, 1)[-1:]) != [] \
            and last[0].isalpha() and (last[0] in ROLE_NOUNS or last[0] in _TITLE_WORDS) and last[0] not in _PREPOSITIONS
        # ("Club captain X, known as ..., was"; not "The chairman of the Y Party, X, was")
        aged = end > 0 and _AGE_AFTER.match(t, end) is not None  # ("retired teacher Brian Oduya, 67, was")
        if end > 0 and (_SPACE_LOWER.match(t, end) or apposed or aged):
            words = before.split()
            if words and words[-1].islower() and (words[-1] in ROLE_NOUNS or words[-1] in _TITLE_WORDS
                                                  or aged and words[-1].isalpha() and words[-1] not in _PREPOSITIONS
                                                  and words[-1] not in _DETERMINERS and words[-1] not in AUXILIARIES
                                                  and self._verb_at(words[-1]) is None
                                                  or len(words) >= 2 and is_cap(words[-2])
                                                  and words[-1].replace("-", "").isalpha()  # ("BBC's director-general")
                                                  and words[-1] not in _PREPOSITIONS and self._verb_at(words[-1]) is None
                                                  and words[-1] not in AUXILIARIES):
                # (any noun after a capitalised word: "Oscar winner Marco Ferri was", "Tory rebel X")
                # "..., presidential nominee Hillary Clinton was": a lower-case title before the name
                k = len(words) - 1
                while k > 0 and len(words) - k < 4 and words[k - 1][-1:].isalpha() and (
                        words[k - 1].lower() in _TITLE_LEAD or words[k - 1].lower() in _TITLE_WORDS
                        # ("Dutch dairy farmer Wietse Hoogeveen had driven": a noun of the trade before the role)
                        or words[k - 1].isalpha() and words[k - 1].islower() and words[k - 1] not in _PREPOSITIONS
                        and words[k - 1] not in _DETERMINERS and words[k - 1] not in AUXILIARIES
                        and self._verb_at(words[k - 1]) is None and k >= 2 and is_cap(words[k - 2])):
                    k -= 1
                if k > 0 and words[k - 1].lower() in ("the", "a", "an"):
                    k -= 1
                cap = k
                while cap > 0 and k - cap < 4 and is_cap(words[cap - 1]) \
                        and not words[cap - 1].endswith((",", ".", "!", "?")):  # (nor a sentence's end)
                    cap -= 1  # "Harbour Town captain Lee Marsh was": the name of a side or body before the role
                if cap < k and (cap == 0 or words[cap - 1][-1:] in ".,;:”\"—–―-"):  # (or a dateline's dash)
                    k = cap
                b = " ".join(words[:k])
                nl = t.rfind("\n", lo, pos)
                if nl >= 0 and t[nl + 1 : pos].split() in (words[k:], words[cap:]):
                    return True  # the role and its owner open the paragraph: "The BBC's director-general X"
                if apposed and not aged and not _SPACE_LOWER.match(t, end) and b[-1:] in ",;:":
                    return False  # ("his wife, Democratic presidential nominee Hillary Clinton, over ...": an apposition)
        if "\n" in before[len(b) :]:
            return True  # a paragraph opens with it (after a headline with no full stop, too)
        if b.endswith(("is", "was", "are", "were", "Dr", "Dr.", "Prof", "Prof.")) and _AMONG_IS.search(before):
            return True  # "Among those lecturers is Dr Helen Oakley, who ...": who the sentence is about
        if b.endswith(".") and _INITIALISM_END.search(b):
            return False  # "former U.N. secretary general Kofi Annan": an abbreviation, not a sentence end
        if b and b[-1] in "—–―-" and (_DATELINE_LEAD.search(b) or _DATELINE_LEAD.search(t, max(0, pos - 100),
                                                                                     t.rfind(f" {b[-1]} ", 0, pos) + 2)):
            return True  # "SERRIN, March 4 — Harbour Minister Ruth Kellan walked out": a dateline opens the story
        if b[-1:] == "," and end > 0 and not aged and _APPOSITION_END.match(t, end):
            return False  # "met her counterpart, Jonas Reiter, on Monday": an apposition to an object, no subject
        return not b or b[-1] in ".,;:?!\n”\"" or b.endswith(_OPENER_WORDS) and bool(_OPENER_WORD.search(b))

    @staticmethod
    def _without_opener_tail(before: str) -> str:
        """``_OPENER_TAIL.sub("", before)``, searching from the last word that cannot be part of a match.

        A match is a run of whole words, each with the white space after it ('the ', "Trump's "), save
        the first, which may be the end of a word: so none starts before the last word that is neither
        'the', 'a', 'an' nor ends in 's."""
        words = before.split()
        j = len(words) - 1
        while j >= 0 and (words[j].lower() in ("the", "a", "an")
                          or len(words[j]) >= 3 and words[j][-2] in "’'" and words[j][-1] in "sS\u017f"):
            j -= 1
        start = 0
        if j >= 0:  # where words[j] starts: the text up to its end, less its length
            head = before.rsplit(None, len(words) - 1 - j)[0] if j < len(words) - 1 else before.rstrip()
            start = len(head) - len(words[j])
        m = _OPENER_TAIL.search(before, start)
        return before if m is None else before[: m.start()] + before[m.end() :]

    _APPOS = re.compile(
        r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}),\s+(?:the|a|an)\s+((?:[^,.;“”\"]|(?<=\b[A-Z])\.){3,90}?)"
        r"(?=[,;]|\.(?<!\b[A-Z]\.)|\s+(?:who|which|said|told|arrived)\b)"  # ("the U.S. attorney": initials' dots)
    )

    def _bare_appositions(self, s: int, e: int) -> None:
        """``Anna Holt, chief economist at Baltic Bank,``: a role without an article after a known name is her title."""
        t = self.text
        if _NAME_COMMA_LOWER.search(t, s, e) is None:
            return  # (a quick test first)
        for m in _BARE_APPOS.finditer(t, s, e):
            role = m.group(2).split()
            if not any(w in ROLE_NOUNS or w in _TITLE_WORDS for w in role):
                continue
            ent = self.reg.by_surname(strip_possessive(m.group(1).split()[-1]))
            if ent is not None and ent.kind == "person":
                self.reg.add_title(ent, f"{m.group(2)} {m.group(3)}")

    def _possessive_appositions(self, s: int, e: int) -> None:
        """``Daniel Okafor, Norvane’s general counsel,``: a role a body owns, after a known name, is the person's
        title (with its owner), so that "Norvane's general counsel" and "the general counsel" find him later."""
        t = self.text
        if _NAME_COMMA_POSSESSIVE.search(t, s, e) is None:
            return  # (a quick test first)
        for m in _POSSESSIVE_APPOS.finditer(t, s, e):
            if not titleish(m.group(3)) and m.group(3) not in ROLE_NOUNS:
                continue  # ("Anna Holt, Mark's sister,": no role; relatives are read elsewhere)
            ent = self.reg.by_surname(strip_possessive(m.group(1).split()[-1]))
            if ent is not None and ent.kind == "person" and ent.name.split()[-1] == m.group(1).split()[-1]:
                self.reg.add_title(ent, m.group(2))

    def _who_heads(self, s: int, e: int) -> None:
        """``Gareth Penhallow, the comptroller and auditor general, who heads the NAO,``: the body a named person
        heads, leads, runs or chairs makes a title ('head of the NAO'), so that "the head of the NAO" finds him."""
        t = self.text
        if t.find(" who ", s, e) < 0:
            return  # (a quick test first)
        for m in _WHO_HEADS.finditer(t, s, e):
            ent = self.reg.by_surname(strip_possessive(m.group(1).split()[-1]))
            body = m.group(3).split()
            while body and body[-1] in ("of", "for", "and", "on", "the"):
                body.pop()  # ("who leads the Alliance and the ...": the body named first)
            if body and body[-1].endswith(("'s", "’s")):
                continue  # ("who leads Bambang's ...": whose, but not what)
            if ent is not None and ent.kind == "person" and ent.name.split()[-1] == m.group(1).split()[-1] \
                    and (any(w[:1].isupper() for w in body) or body and _BODY_NOUN.fullmatch(body[-1])):
                self.reg.add_title(ent, f"{_HEADING_TITLES[m.group(2)]} of {' '.join(body)}")

    def _roles_before_honorifics(self, s: int, e: int) -> None:
        """``and the African Union Commission chairperson, Prof. Jean-Baptiste Mbemba-Loko.``: a role in commas
        right before an honorific and a name is that person's title, wherever the sentence goes on."""
        t = self.text
        if _COMMA_HONORIFIC.search(t, s, e) is None:
            return  # (a quick test first)
        for m in _ROLE_COMMA_HONORIFIC.finditer(t, s, e):
            role = m.group(1).split()
            if not titleish(role[-1]) or not all(titleish(w) or w[:1].isupper() or w.islower() for w in role):
                continue
            name = m.group(2).split()
            ent = self.reg.by_surname(strip_possessive(name[-1]))
            if ent is not None and ent.kind == "person" and ent.name.split()[-1] == name[-1]:
                self.reg.add_title(ent, m.group(1))

    def _named_relatives(self, s: int, e: int) -> None:
        """``His daughter, Liisa, remembers ...``: a relative named by a given name alone is a person of the
        relative's sex, so that a later "she says" finds her rather than the man the story is about."""
        t = self.text
        if _RELATIVE_COMMA.search(t, s, e) is None:
            return  # (a quick test first: most segments name no relative before a comma)
        for m in _RELATIVE_NAMED.finditer(t, s, e):
            sex = _RELATIVE_SEX.get(m.group(2))
            if sex is None:
                continue
            name = m.group(3).split()
            if lexicon.first_names().get(name[0].lower()) not in (None, sex):
                continue
            self.reg.person(name, [], m.start(3), gender=sex, subject=self._opens_clause(m.start(), m.end()))

    def _roles_before_names(self, s: int, e: int) -> None:
        """``Estmark's trade envoy, Tomas Berg, rejected ...``: the role before the name is his title, so
        'the envoy' finds him later."""
        t = self.text
        for m in _OFFICE_FOR_COMMA_NAME.finditer(t, s, e):
            # "Tuvalu's Minister for Climate Change, Fetu Lotoala, said": an office of capitalised words, its owner
            ent = self.reg.by_surname(strip_possessive(m.group(2).split()[-1]))
            if ent is not None and ent.kind == "person" and ent.name.split()[-1] == m.group(2).split()[-1]:
                self.reg.add_title(ent, m.group(1))
        for m in _ROLE_COMMA_NAME.finditer(t, s, e):
            role_word = m.group(1).lower()
            if role_word not in _TITLE_WORDS and role_word not in ROLE_NOUNS:
                continue
            if t[max(s, m.start(1) - 8) : m.start(1)].endswith(("in the ", "In the ")):
                continue  # "The Police Public Relations Officer in the state, DSP Adegoke": a place, no title
            name = m.group(2).split()
            if not 2 <= len(name) <= 4:
                continue
            ent = self.reg.by_surname(strip_possessive(name[-1]))
            if ent is None or ent.kind != "person":
                continue
            words = t[max(s, m.start() - 60) : m.end(1)].split()[-5:]
            k = len(words) - 1
            while k > 0 and (words[k - 1].islower() and words[k - 1] not in _DETERMINERS and words[k - 1].isalpha()
                             or words[k - 1].endswith(("'s", "’s"))):
                k -= 1
            j = k
            while j > 0 and words[j - 1][:1].isupper() and words[j - 1].lower() not in _DETERMINERS:
                j -= 1
            if j < k and j > 0 and words[j - 1].lower() in _DETERMINERS:
                k = j  # "The Iraqi government's spokesman, Haidar al-Saadi,": the owner's adjective is the title's
            elif j < k and words[k][:1].isupper() and words[k].endswith(("'s", "’s")) \
                    and not any(w.lower() in _CLAUSE_STARTERS or w[-1] in ".,;:" for w in words[j:k]):
                k = j  # "Jadran Petrol's chief executive, Davor Kralj,": the owner's whole name
            if k >= 2 and words[k - 1].lower() in _DETERMINERS and self._office_under(t.rfind(words[k - 1], s, m.start(1))):
                continue  # "the Chief Press Secretary to the governor, Mr Kunle Adesanmi,": not the governor
            title = " ".join(words[k:])
            if title:
                self.reg.add_title(ent, title)

    def _office_under(self, pos: int) -> bool:
        """Does an office open with "to", "for" or "of" before ``pos`` ("Chief Press Secretary to | the governor",
        "spokesman for | the mayor"), so that the title after it is someone else's (not "clashed with | the
        minister")?"""
        m = _OFFICE_TO_BEFORE.search(self.text, max(0, pos - 40), pos)
        return m is not None and titleish(m.group(1).lower())

    def _titles_before_names(self, s: int, e: int) -> None:
        """``The Secretary-General of the Union of Eastern States, Adaeze Moruf, urged ...``, ``The mayor of Port
        Elden, Gregor Vasik, defended ...``: the title before the name in apposition is theirs, so 'the
        Secretary-General said' / 'the mayor told' finds them later."""
        if self.text.find("he ", s, e) < 0 or _CAP_COMMA_CAP.search(self.text, s, e) is None:
            return  # (quick tests first: every match opens with "The"/"the" and has "Word, Name")
        for m in _TITLE_COMMA_NAME.finditer(self.text, s, e):
            if self._office_under(m.start()):
                continue  # "the Chief Press Secretary to the governor, Mr Kunle Adesanmi,": not the governor
            head = m.group(1).split()
            if not titleish(head[-1]) or not all(titleish(w) or w[0].isupper() for w in head):
                continue  # ("The Petroleum Minister, Halima Danjuma-Waziri,": a capitalised portfolio before a title)
            ent = self.reg.by_surname(strip_possessive(m.group(3).split()[-1]))
            if ent is not None and ent.kind == "person":
                self.reg.add_title(ent, m.group(1) + (m.group(2) or ""))

    def _roles_opening_sentences(self, s: int, e: int) -> None:
        """``The abbot, Phra Ajahn Kittisak, said``: the role before the name in commas is theirs."""
        if self.text.find(", ", s, e) < 0:
            return
        for m in _ROLE_OPENS_SENTENCE.finditer(self.text, s, e):
            # "The state's Resident Electoral Commissioner, Professor Ngozi Eze-Okafor, said", "The abbot, Phra
            # Ajahn Kittisak, said", "Vox's candidate, Íñigo Barrachina Sanz, said": a role that opens the sentence
            # (or follows a comma: ", the abbot, Phra Ajahn Kittisak, said")
            before = self.text[max(0, m.start() - 2) : m.start()]
            if not (m.start() == 0 or before.endswith("\n") or before[:1] in ".!?”\"’'" and before.endswith(" ")
                    or before == ", " and m.group(1).startswith("the")):
                continue
            role = m.group(2).split()
            if len(role) > 2 and role[-2] in ("for", "of"):
                role = role[:-2]  # "The World Food Programme's country director for Ethiopia, Astrid Bjornstad,"
            if not (titleish(role[-1]) or role[-1].islower() and role[-1] in PERSON_ROLE_HEADS | ROLE_NOUNS
                    or role[-1].islower() and role[-1].isalpha() and role[-1] not in CAP_STOP and len(role) <= 2
                    and role[-1].endswith(_PERSON_ENDINGS)):
                continue
            last = strip_possessive(m.group(3).split()[-1])
            ent = self.reg.by_surname(last)
            if ent is None or ent.kind != "person" or ent.name.split()[-1] != last or is_company_noun(last.lower()) \
                    or "-based" in m.group(3) or last.lower() in lexicon.organisation_heads():
                continue  # (a person so named: not "Piraeus-based Thalassa Bulk Carriers", nor another's surname)
            owner_words = [w for w in (m.group(1) or "").split() if w.lower() not in ("the", "a", "an")]
            owner = " ".join(owner_words) if owner_words and owner_words[-1][:1].isupper() else ""
            self.reg.add_title(ent, f"{owner} {m.group(2)}".strip())

    def _appositions(self, s: int, e: int) -> None:
        if not _APPOS_OPENING.search(self.text, s, e):
            return  # every match holds ", the" / ", a" / ", an": a much faster search when there is none
        for m in self._APPOS.finditer(self.text, s, e):
            name = m.group(1).split()
            ent = self.reg.by_surname(name[-1])
            if ent is None or ent.kind != "person":
                continue
            if self.text[m.end() : m.end() + 1] != "," and (not self._opens_clause(m.start())
                                                             or self.text[max(0, m.start() - 3) : m.start()].rstrip().endswith(",")):
                continue  # "After meeting Ruth Kellan, the minister said", "In a statement signed by her adviser, Mr
                #           Kunle Adebisi, the minister said": the minister is the subject, not the name's title
            title = _APPOS_DASH.split(m.group(2))[0].strip()
            # (not "a chain of five bakeries": "of" is a word of titles only within one, "secretary of state")
            if any(w.lower().rstrip(".") in _TITLE_WORDS and w != "of" for w in title.replace("-", " ").split()[:4]):
                self.reg.add_title(ent, title)

    # -- helpers --------------------------------------------------------------------------------
    def _narration(self, u: Unit) -> list[tuple[int, int]]:
        """The unit's text outside its quotations, as (start, end) segments (computed once per unit)."""
        segs = self._narrations[u.index]
        if segs is None:
            segs = self._narrations[u.index] = self._narration_segments(u)
        return segs

    def _narration_segments(self, u: Unit) -> list[tuple[int, int]]:
        segs, pos = [], u.start
        for q in u.quotes:
            if q.open > pos:
                segs.append((pos, q.open - (1 if self.text[q.open - 1 : q.open + 1] == "''" else 0)))
            pos = max(pos, q.close + (2 if self.text[q.close : q.close + 2] == "''" else 1))
        if pos < u.end:
            segs.append((pos, u.end))
        return segs

    def _emit(self, ent: Entity, kind: str, s: int, e: int, cue: str, u: Unit, mention: str) -> None:
        t = self.text
        while s < e and t[s] in " \t\n,:;—–-":
            s += 1
        if t[s : s + 1].isupper() and (label := _FACT_CHECK_LABEL.match(t, s, e)) is not None:
            s = label.end()  # ("THE FACTS: Seizures did triple, according to ...": the label is nobody's words)
        while e > s and t[e - 1] in " \t\n":
            e -= 1
        if kind == "indirect":
            while e > s and t[e - 1] in ".,;:—– ":
                e -= 1
        if kind == "indirect" and (adverb := _ADVERB_THAT.match(t, s, e)) is not None:
            s = adverb.end() - 5  # "said only that ...", "said simply that ...": the clause after "that"
        if kind == "indirect" and t.startswith("that ", s) and _CLAUSE_AFTER_THAT.match(t, s + 5):
            s += 5  # 'told CNN's “State of the Union” that Washington was ...': the content after the complementiser
        if e - s < 2 or not any(map(str.isalnum, t[s:e])):
            return
        if kind == "indirect" and ent.kind == "unnamed" and (m := _REFUSED.search(t, s, min(e, s + 80))) \
                and _NO_ANSWER.match(t, m.end(), e) and "," not in t[s : m.start()]:
            return  # "The department declined to comment on the ruling, a spokesperson said": its non-answer
        if kind == "indirect" and (cue.startswith("plead") and _PLEA.match(t, s, e)
                                   or cue.startswith("recall") and t[s : s + 1].isdigit()):
            return  # "pleaded not guilty to felony assault": a plea in court, not something said of the world;
            #         "recalls 410,000 space heaters": a product recall
        if self.nested_in is not None and (ent is self.nested_in or not mention[:1].isupper()
                                           or mention.lower() in _MENTION_PRONOUNS):
            return  # (inside a turn: only what the turn reports of someone it names)
        src = self.source
        context = src[u.start : u.end]
        if len(context) < 160 and u.index > 0:
            context = src[self.units[u.index - 1].start : u.end]
        if u.para > 0 and s - self.paras[u.para][0] <= 12:
            # an answer that opens its paragraph after a question ("Q: Fares are up 14 percent. Will they come
            # down? ¶ A: Not this year."): the question tells what it is about
            qs, qe = self.paras[u.para - 1]
            if qe - qs <= 400 and src[qe - 1 : qe] == "?" and not src[qs:qe].startswith(context[:40]):
                context = src[qs:qe] + "\n" + context
        outer = self.out[-1] if self.out and self.out_entities[-1] is not ent and self.out_entities[-1] is self.last \
            and self.out[-1].start <= s and e <= self.out[-1].end else None
        self.out.append(Statement(ent.name, kind, src[s:e], s, e, cue, context[:800], ent.kind, mention))
        self.out_entities.append(ent)
        self.reg.spoke[id(ent)] = max(s, self.reg.spoke.get(id(ent), -1))
        ent.last_pos = max(ent.last_pos, s)
        if outer is not None:
            self._nested.add(id(ent))
            return  # "She said a professor had told her that “...”. She said ...": inside her statement, she goes on
        self._nested.discard(id(ent))
        if cue in _CHANT_CUES and self.last is not None:
            return  # '..., he shouted, as the crowd chanted “Zé! Zé!” ... “On Sunday, the people will speak.”': his
        self.last = ent
        self.last_said = s
        self.last_said_end = max(s, u.end)

    def _pronoun_at(self, word: str, pos: int, exclude: Entity | None = None) -> Entity | None:
        """Whom the pronoun at ``pos`` refers to, in the discourse so far. The last speaker counts unless both their
        statement and their first mention come after it ("She said a visiting professor informed her that ...": the
        professor, first met in what she said, is no one "She" can refer back to)."""
        last = self.last
        if last is not None and self.last_said > pos and last.first_pos > pos:
            last = None
        return self.reg.pronoun(word, pos, last, self._window(pos), self.last_said_end, exclude=exclude)

    def _verb_at(self, word: str):
        return self.verbs.get(word.lower())

    def _adjective_state(self, word: str, end: int) -> bool:
        """Is ``word`` (ending at ``end``) the adjective 'state' before a title, a name or a public role ('state
        Sen. Ada Kurz said', 'state officials') or the noun 'states' ('from the member states "..."', 'all states'),
        not the verb (which follows a name, a pronoun or a text: 'Zas states', 'the report states')?"""
        if word == "states":
            start = end - len(word)
            if _STATES_VERB_BEFORE.search(self.text, max(0, start - 30), start) is not None:
                return False
            prev = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
            # "the judge states that": a person's noun before it (not "the member states", "the Gulf states")
            return not (prev is not None and prev.group(1) in _STATES_SUBJECTS
                        and self.text.startswith(" that", end))
        return word == "state" and (_STATE_ADJECTIVE.match(self.text, end) is not None
                                    or self.text.endswith(" of ", 0, end - 5))  # "the head of state said"

    def _named_with_apposition(self, u: Unit, ws: int) -> bool:
        """Is all of the clause before the verb at ``ws`` a person's name and its apposition ("Dr Ngozi Ebere-Ukpabi,
        chief economist at Harmattan Securities in Lagos, said manufacturers ..."): the subject, not content before
        an inverted attribution?"""
        cs = self._clause_start(u, ws)
        head = self.text[cs:ws]
        first = head.find(",")
        if first < 0 or head.count(",") > 3 or not _OPENING_NAME.match(head):
            return False
        ent, surface, _ = self._subject_before(cs, ws)
        return ent is not None and ent.kind == "person" and bool(surface) and head.lstrip().startswith(surface)

    def _relative_head(self, lo: int, toks) -> tuple[Entity | None, str, bool] | None:
        """"The whistleblower who brought down football boss Dariusz Wolanski has revealed": a description opening the
        sentence with a relative clause and no comma, whose object is named -- the description is the subject, not the
        name (None when the words are not so)."""
        for c in range(len(toks) - 1, max(0, len(toks) - 14), -1):
            w = toks[c][0]
            if not w.isalpha() and w not in ("’s", "'s", "-"):
                return None
            if w != "who":
                continue
            d = c - 1
            while d > 0 and toks[d][0].islower() and toks[d][0].isalpha() and c - d <= 3:
                d -= 1
            if d == c - 1 or toks[d][0].lower() not in ("the", "a", "an") or toks[d + 1][0] in ROLE_NOUNS \
                    or not (d == 0 or toks[d - 1][0] in (".", "!", "?")) \
                    or not any(is_cap(toks[x][0]) for x in range(c + 1, len(toks))):
                return None  # ("the minister who ...": a role noun is left to the rules for titles)
            return self._subject_before(lo, toks[c][1])
        return None

    def _subject_before(self, lo: int, hi: int, agent_ok: bool = False) -> tuple[Entity | None, str, bool]:
        """The speaker named just before ``hi``: (entity, surface, found-a-phrase).  ``agent_ok``: the name may be
        the agent of a participle ('funded by the Foundation, which said': the antecedent of a relative clause)."""
        found = self._subject_phrase_before(lo, hi, agent_ok)
        ent, surface = found[0], found[1]
        if ent is not None and surface and (ent.kind == "unnamed" or ent.name[:1].islower()) \
                and (at := self.text.rfind(surface, lo, hi)) > 0 \
                and _LIKENED.search(self.text, max(0, at - 16), at) is not None:
            self.reg.unmention(ent, at, at + len(surface))  # (nobody a later "he" can be)
            return None, "", False  # ("did not look like a man who had just threatened to": nobody who spoke)
        return found

    def _subject_phrase_before(self, lo: int, hi: int, agent_ok: bool = False) -> tuple[Entity | None, str, bool]:
        toks = self._tokens(lo, hi)
        n = len(toks)
        found: tuple[Entity | None, str, bool] | None
        quick = self.text.find("ed ", max(lo, hi - 90), hi) >= 0 \
            and _PARTICIPLE_QUICK.search(self.text, max(lo, hi - 90), hi) is not None
        for k in range(n - 1, max(0, n - 10) if quick else n, -1):
            w = toks[k][0]
            if not w.isalpha():
                break  # (a comma, a quotation mark, a full stop: no adjunct of a participle)
            if w.islower() and (w.endswith("ed") or w in _IRREGULAR_PARTICIPLES) and k > 0 \
                    and (toks[k - 1][0] in _TEXT_OR_ROLE or _FINDING_TEXT.search(toks[k - 1][0])) and w not in self.verbs \
                    and (k == n - 1 or toks[k + 1][0] in _PARTICIPLE_ADJUNCTS):
                # "A report released last year found", "A man arrested on Monday said": the noun before the participle
                by = next((j for j in range(k + 1, n - 1) if toks[j][0] == "by"), -1)
                if by > 0 and w in _AUTHORING and toks[k - 1][0].lower() in _AUTHORED_TEXTS and is_cap(toks[n - 1][0]):
                    # "A report published last month by the Ridley Energy Institute predicted": its author speaks
                    ent, surface, ok = self._subject_before(toks[by][2], hi, agent_ok=True)
                    if ent is not None and ent.kind in ("organisation", "government"):
                        return ent, surface, ok
                toks = toks[:k]
                break
        if self.text.find("(", lo, hi) >= 0:
            toks = _without_ages(toks)  # "Another resident, Prakash More (62), said": the age is no part of the name
        if " who " in self.text[max(lo, hi - 120) : hi] and (held := self._relative_head(lo, toks)) is not None:
            return held
        if len(toks) > 4 and toks[-1][0] == "," and "ing " in self.text[max(lo, hi - 200) : hi]:
            # "Hale himself, speaking at a rally in Erie, Pa., on Thursday night, called": the one the participle's
            # aside describes, not the place inside it
            for c in range(len(toks) - 2, max(0, len(toks) - 28), -1):
                if toks[c][0] == "," and c + 1 < len(toks) and toks[c + 1][0] in _ASIDE_PARTICIPLES and c > 0:
                    found = self._subject_before(lo, toks[c][1])
                    if found[0] is not None and found[0].kind == "person":
                        return found
                    break
                if toks[c][0] in (".", ";", ":", "“", "”", '"'):
                    break
        i = len(toks) - 1
        while i >= 0:
            lw = toks[i][0].lower()
            if lw in AUXILIARIES and toks[i][0].islower() or (lw.endswith("ly") and toks[i][0].islower() and lw not in ROLE_NOUNS and lw not in _LY_NOUNS):
                i -= 1
            elif lw in ("both", "all", "each") and i > 0 and toks[i][0].islower():
                i -= 1  # "Reyes and Kellan both said", "the senators all said"
            elif lw in ("himself", "herself", "themselves", "itself") and i > 0 and is_cap(toks[i - 1][0]):
                i -= 1  # "Hollenbeck herself said": the name before the intensifier
            elif lw in _DAYS and i > 0:  # "Sanders on Tuesday said", "Putin last week said"
                i -= 2 if toks[i - 1][0].lower() in ("on", "last", "this", "late", "early") else 1
            elif i > 1 and _YEAR.fullmatch(lw) and toks[i - 1][0].lower() in ("in", "since") \
                    and (toks[i - 2][0].lower() in PRONOUNS or is_cap(toks[i - 2][0])):
                i -= 2  # "McConnell, who in 2010 said"
            else:
                break
        if i < 0:
            return None, "", False
        w = toks[i][0]
        if (m := _CONTRACTED_SUBJECT.fullmatch(w)) is not None:
            w = m.group(1) or m.group(2)  # "He’s claiming", "They’re arguing": the pronoun with "is" / "are"
        if w in _BODY_OF_MEMBERS and i >= 3:
            # "Artur Ghukasyan of the Homeland faction accused", "Ana Ruiz of the Green party said": the member speaks
            k = i - 1
            while k > 0 and is_cap(toks[k][0]) and i - k < 5:
                k -= 1
            k -= 1 if toks[k][0] == "the" else 0
            if k >= 1 and k < i - 1 and toks[k][0] == "of" and is_cap(toks[k - 1][0]):
                found = self._subject_before(lo, toks[k][1])
                if found[0] is not None and found[0].kind == "person":
                    return found
        if w == "which" and i >= 2 and toks[i - 1][0] == ",":
            # "according to the Ports Association, which warned that ...": a body before ", which"
            ent, surface, ok = self._subject_before(lo, toks[i - 1][1], agent_ok=True)
            if ent is not None and ent.kind in ("organisation", "government"):
                return ent, surface, ok
            return None, "", False
        if w.lower() in PRONOUNS:
            if w.lower() == "who":
                # "Sidorov, who was briefed ..., said": the name before ", who"
                j = i - 1
                if j >= 0 and toks[j][0] == ",":
                    # "McConnell, now the majority leader, who ... said": the name before the apposition
                    found = self._person_before_apposition(lo, toks, j)
                    found = found if found is not None else self._subject_before(lo, toks[j][1])
                    if found[0] is not None:
                        return found
                    j -= 1
                else:
                    # "Walter Brisbane, 74, a retired engineer who said ...": the person the role describes
                    k = j
                    while k > 0 and j - k < 5 and toks[k][0].isalpha() and toks[k][0].islower() \
                            and toks[k][0] not in ("a", "an"):
                        k -= 1
                    if k >= 2 and k < j and toks[k][0] in ("a", "an") and toks[k - 1][0] == "," \
                            and toks[j][0].lower() in PERSON_ROLE_HEADS:
                        found = self._subject_before(lo, toks[k - 1][1])
                        if found[0] is not None and found[0].kind == "person":
                            return found
                # "pressure from fishing unions, who say ...", "union leaders who say ...": the group before "who"
                return self._group_before(toks, j)
            ent = self._role_subject(w, toks[i][1]) if w.lower() in ("he", "she") else None
            if ent is None:
                # "Orrin, she said, had spoken": the name the parenthetical interrupts is not the one speaking
                interrupted = None
                if i >= 2 and toks[i - 1][0] == "," and is_cap(toks[i - 2][0]):
                    k = i - 2
                    while k > 0 and is_cap(toks[k - 1][0]):
                        k -= 1
                    interrupted = next((e for p_, _s, e in self.reg.mentions_between(toks[k][1], toks[i - 1][1] + 1)
                                        if e.kind == "person"), None)
                if interrupted is None:
                    interrupted = self._asked_about(toks[i][1])
                ent = self._pronoun_at(w, toks[i][1], exclude=interrupted)
            return ent, w, True
        if i >= 3 and toks[i - 1][0] == "of" and toks[i - 2][0].lower() in ("republican", "democrat", "independent") \
                and toks[i - 3][0] == "," and is_cap(w):
            return self._subject_before(lo, toks[i - 3][1])  # "Senator Ruth Albrecht, Republican of Maine, who ... said"
        if i >= 1 and toks[i - 1][0] == "," and (w.isdigit() or _SHORT_ABBREVIATION.fullmatch(w) or PARTY_STATE.fullmatch(w)
                                                 or w.lower() in lexicon.countries() or w in BARRISTER_LETTERS):
            # ("Edward Quarrie, KC, for Brereton, told": a barrister's letters)
            # "Donna Rawlings, 59, of Ashton, Md., who ..., said": an age or a place in apposition
            return self._subject_before(lo, toks[i - 1][1])
        if w in _DASHES:
            # a dash apposition: "Kall -- co-editor of a book on the debates -- said"
            ent, surface = self._before_dash_apposition(lo, toks, i)
            if ent is not None:
                return ent, surface, True
            return None, "", False
        end_i = i
        if w == ")":
            j = i
            while j >= 0 and toks[j][0] != "(":
                j -= 1
            if j <= 0:
                return None, "", False
            end_i = i = j - 1
        if toks[i][0] == "," and ((aged := _NAME_AGE_ROLE.search(self.text, max(lo, toks[i][2] - 200), toks[i][2]))
                                  or (aged := _NAME_ROLE_PLACE.search(self.text, max(lo, toks[i][2] - 200), toks[i][2]))
                                  or (aged := _NAME_BASED_IN.search(self.text, max(lo, toks[i][2] - 120), toks[i][2]))):
            # "Renee Okonkwo, 44, a dental hygienist in Columbus, Ohio, said": the name before the age and the role
            s_, e_ = aged.span(1)
            one = aged.group(1)  # (a given name alone, as vox pops print it: "Janine, 52, a bus driver from ...")
            ent = None if " " not in one and (one.lower() in CAP_STOP or one.endswith("ly")) else \
                classify(self.reg, Phrase(self.text[s_:e_], s_, e_, one.split()), s_, subject=True)
            if ent is not None and ent.kind in ("person", "organisation"):  # (a body too: "Cascadia, a nonprofit
                # based in Vancouver, Washington, said")
                return ent, self.text[s_:e_], True
        if toks[i][0] == "," and (named := self._name_before_relative_apposition(lo, toks, i)) is not None:
            return named  # "Sen. Patricia Holloway, the Washington Democrat who chairs the Senate Health, Education,
            #               Labor and Pensions Committee, told": not a name of the list inside the apposition
        if toks[i][0] == ",":
            # an apposition: "Stanislav Zas, the Secretary-General of the CSTO, said"
            j = i - 1
            while j >= 0 and toks[j][0] not in (",", ".", ";", ":", "—", "–", "―") and i - j < 30:
                j -= 1  # (a dash ends the search: "KARVA, June 9 — The rebels rejected the offer, calling it")
            if j < 0 or toks[j][0] != ",":
                return None, "", False
            whose = next((c for c in range(i - 1, max(0, i - 40), -1) if toks[c][0] in (".", ";", ":")
                          or toks[c][0].lower() == "whose" and toks[c - 1][0] == ","), None)
            if whose is not None and toks[whose][0].lower() == "whose":
                # "Jessica Doyle, 29, whose son, Mason, spent four days there, said": the one before "whose"
                found = self._subject_before(lo, toks[whose - 1][1])
                if found[0] is not None and found[0].kind != "person":
                    # "Noa Friedman-Lavi, a spokeswoman for the Forum, whose brother-in-law ..., said": the name
                    # before the apposition, not the one it describes
                    found = self._person_before_apposition(lo, toks, whose - 1) or found
                if found[0] is not None:
                    return found
            inner = [t[0].lower() for t in toks[j + 1 : i]]
            if inner and inner[0] == "who" and _NAMED_AS.match(self.text, toks[j][1]) is not None:
                # "Another victim, who gave his name simply as Emeka, said": the name the text gives him
                named = self._named_apposition(toks, j, i)
                if named is not None:
                    return named
            if inner and inner[0] in ("who", "which"):
                if inner[0] == "who" and j > 0:
                    # "Kwame Lind, the mission's deputy project scientist, who oversees ..., said", "Gloria
                    # Vandersloot, the chairwoman of the Polk County Republican Party, who has not endorsed anyone,
                    # said": the name before the apposition that the relative clause follows
                    found = self._person_before_apposition(lo, toks, j)
                    if found is not None:
                        return found
                if inner[0] == "which":
                    # "Harlan Pike, a partner at Greyrock Partners, which owns 4 percent, tweeted": the relative
                    # clause is about the firm in the apposition; the name before the apposition speaks
                    found = self._person_before_apposition(lo, toks, j)
                    if found is not None:
                        return found
                found = self._subject_before(lo, toks[j][1])
                if found[0] is None and inner[0] == "who":
                    found = self._group_before(toks, j - 1)  # "The militants, who control the town, said"
                return found
            inner_words = [t[0] for t in toks[j + 1 : i]]
            if 3 <= len(inner_words) <= 4 and inner_words[1] == "from" and j > 0 and toks[j - 1][0].isalpha() \
                    and toks[j - 1][0].islower() and all(is_cap(w) for w in inner_words[:1] + inner_words[2:]) \
                    and inner_words[0].isalpha() and inner_words[0].lower() not in CAP_STOP \
                    and inner_words[0].lower() not in lexicon.countries() and not titleish(inner_words[0].lower()):
                # "The first caller, Bev from Pontywaun, said": a first name and where they are from, as vox pops
                # give them
                s_, e_ = toks[j + 1][1], toks[j + 1][2]
                ent = self.reg.person([inner_words[0]], [], s_)
                self.reg.mention(ent, s_, subject=True)
                return ent, inner_words[0], True
            lead = 0
            if ")" in inner_words[:5] and (r := inner_words.index(")")) >= 2 and inner_words[r - 2] == "(" \
                    and inner_words[r - 1].lower().rstrip(".") in _HONORIFIC_TITLES:
                lead = r + 1  # "..., Chief (Mrs) Folake Adegbenro-Williams, accused": a form of address, then the name
                inner_words = inner_words[lead:]
            if 2 <= len(inner_words) <= 4 and all(is_cap(w) for w in inner_words):
                # "the regional governor, Piotr Sadowski, rejected": the name sits between the commas
                s_, e_ = toks[j + 1 + lead][1], toks[i - 1][2]
                if inner_words[0].endswith("-based") and len(inner_words) > 1:
                    s_, inner_words = toks[j + 2][1], inner_words[1:]  # ("Piraeus-based Thalassa Bulk Carriers")
                ent = classify(self.reg, Phrase(self.text[s_:e_], s_, e_, inner_words), s_, subject=True)
                if ent is not None and (ent.kind == "person" or ent.kind == "organisation" and j > 0
                                        and toks[j - 1][0].islower() and is_company_noun(toks[j - 1][0])):
                    # (a firm too, after a noun for one: "The ship's operator, Piraeus-based Thalassa Bulk Carriers,")
                    return ent, self.text[s_:e_], True
            if (owner := _RELATIVE_OBJECT.search(self.text, max(lo, toks[j][1] - 120), toks[j][1])) is not None:
                # "Esquivel, who owns Panadería Esquivel, a chain of bakeries, said": the name the relative clause
                # is about, not its object
                found = self._subject_before(lo, owner.start())
                if found[0] is not None and found[0].kind == "person":
                    return found
            if inner and (inner[0] in ("the", "a", "an") or inner[:2] == ["one", "of"]
                          or len(inner) >= 3 and inner[0].isalpha() and inner[1] in ("of", "to", "for")
                          or len(inner) >= 2 and inner[0].endswith(("’s", "'s")) and toks[i - 1][0].islower()
                          and toks[i - 1][0].isalpha()):  # ("..., Mexico’s main business lobby, said")
                # a second apposition before this one: "Jo Pratt, the attorney general of Oklahoma, one of the
                # states suing, said", "Osei Kyeremateng, a spokesman for the Manhyia Palace, seat of the Asante
                # king, said" -- step over it when a name stands before it
                found = self._person_before_apposition(lo, toks, j)
                if found is not None:
                    return found
            ent, surface, ok = self._subject_before(lo, toks[j][1])
            if (ent is None or ent.kind == "unnamed" or ent.name[:1].islower()) and inner:
                # "Its coalition partner, the Green Alliance, said", "The council's president, Ambassador Felipe
                # Arce of Chile, said": a description before, the name in the apposition
                named = self._named_apposition(toks, j, i)
                if named is not None:
                    return named
            if ent is not None and inner and inner[0] in ("the", "a", "an") and ent.kind == "person":
                title = self.text[toks[j + 1][2] + 1 : toks[i - 1][2]].strip() if i - 1 > j + 1 else ""
                if title:
                    self.reg.add_title(ent, _DASH.split(title)[0])
            return ent, surface, ok
        if i > 0 and toks[i - 1][0].lower() == "the" and AGE_NOUN.fullmatch(toks[i][0].lower()):
            s_, e_ = toks[i - 1][1], toks[i][2]  # "The 51-year-old said": the person just written about
            return classify(self.reg, Phrase(self.text[s_:e_], s_, e_, [toks[i - 1][0], toks[i][0]]), s_), \
                self.text[s_:e_], True
        if toks[i][0].islower() and toks[i][0].isalpha() and toks[i][0] not in ROLE_NOUNS \
                and any(f" {p} " in self.text[toks[max(0, i - 6)][1] : toks[i][1]] for p in _ROLE_PREPOSITIONS):
            # "A senior official in the Valmoran delegation said": a role, then a place or body it belongs to
            for p_ in range(i - 1, max(0, i - 6), -1):
                pw = toks[p_][0]
                if pw in _ROLE_PREPOSITIONS and toks[p_ - 1][0].islower() \
                        and (toks[p_ - 1][0] in PERSON_ROLE_HEADS or toks[p_ - 1][0].endswith("s")
                             and toks[p_ - 1][0] in ROLE_NOUNS and toks[p_ - 1][0][:-1] in PERSON_ROLE_HEADS):
                    # (also one group of them: "Republican officials in several battleground states said" -- not
                    # an object's: "bowed before a bank of photographers in Osaka and insisted")
                    if toks[p_ - 1][0] not in PERSON_ROLE_HEADS and any(
                            toks[k][0].lower() in _PREPOSITIONS for k in range(max(0, p_ - 4), p_ - 1)):
                        break
                    return self._role_phrase(toks, p_ - 1, p_ - 5, i)
                if not (pw.isalpha() or pw in ("-", "’s", "'s")) or pw in AUXILIARIES or self._verb_at(pw) is not None \
                        or pw in _CLAUSE_STARTERS_NOT_ARTICLES:
                    break
        if i >= 2 and (nation := lexicon.countries().get(toks[i][0].lower())) is not None \
                and toks[i][0] in nation.adjectives and toks[i - 1][0].islower():
            # "the straight-talking Norwegian added": one person of that nation, the one just written about (not
            # Norway's government)
            d = i - 1
            while d > 0 and i - d <= 3 and toks[d][0].islower() and toks[d][0].replace("-", "").isalpha() \
                    and toks[d][0] not in ("the", "a", "an") and toks[d][0] not in ROLE_NOUNS:
                d -= 1
            if toks[d][0].lower() == "the" and d < i - 1:
                s_, e_ = toks[d][1], toks[i][2]
                ent = self.reg.latest_person(s_)
                if ent is not None:
                    return self.reg.mention(ent, s_, self.text[s_:e_]), self.text[s_:e_], True
        # gather the noun phrase leftwards
        titles = lexicon.title_words()
        j = i
        lower_run = 0
        seen_and = False
        while j >= 0:
            word = toks[j][0]
            lw = word.lower().rstrip(".")
            if word in ("of",) and j < i and j > 0 and (is_cap(toks[j - 1][0]) or toks[j - 1][0].lower() in titles) \
                    and toks[j - 1][0].lower() not in _PERSON_ROLES:
                j -= 1
                continue
            if word == "in" and 0 < j < i and toks[j + 1][0] == "Charge" and is_cap(toks[j - 1][0]):
                j -= 1  # "FBI Special Agent in Charge Oscar Villanueva-Price said": one title
                continue
            if word in ("in", "to") and 1 < j < i and toks[j - 1][0] in ("mission", "embassy", "consulate") \
                    and toks[j - 2][0].endswith(("’s", "'s")) and is_cap(toks[j - 2][0]):
                j -= 2  # "China's mission in Vienna said": the country's mission, not where it sits
                continue
            if word in ("for", "on", "into") and j < i and j > 0 and is_cap(toks[j - 1][0]) and is_cap(toks[j + 1][0]) \
                    and (toks[j - 1][0].lower() in _BODY_OF_HEADS | (_OFFICE_FOR_HEADS if word == "for" else set())
                         or word == "for" and toks[j - 1][0] == "State" and j >= 3 and toks[j - 2][0] == "of"
                         and toks[j - 3][0].lower() in titles  # ("Minister of State for Manpower Daniel Lim"; not
                         and person_after_office([t[0] for t in toks[j - 3 : i + 1]], 1)):  # "..., Sheikh X, told")
                j -= 1  # "the National Center for Disease Prevention said", "the Committee on Foreign Relations"
                #         ("Union Minister for Health John Smith said")
                continue
            if lw in ("the", "a", "an") or lw == "official" and j < i:  # ("official Chinese media")
                if lw == "the" and j >= 2 and j < i and toks[j - 1][0] == "of" \
                        and (is_cap(toks[j - 2][0]) or toks[j - 2][0].lower() in titles):
                    j -= 2  # "Secretary General of the Council Arkady Volen": the title goes on
                    continue
                if lw == "the" and j >= 2 and j < i and toks[j - 1][0] in ("for", "on") and is_cap(toks[j - 2][0]) \
                        and toks[j - 2][0].lower() in _BODY_OF_HEADS:
                    j -= 2  # "the International Council for the Exploration of the Sea said": one body
                    continue
                j -= 1
                break
            if lw in ("his", "her", "their", "its", "our"):
                break
            if j == i and j > 1 and word.isdigit() and is_cap(toks[j - 1][0]) and toks[j - 2][0] in ("of", "from"):
                j -= 1  # "Corporator Imran Shaikh of Ward 22 alleged": a numbered ward, district or local
                continue
            if j < i and word.islower() and (lw in _ADVERBS_NOT_TITLES or lw == "then" and toks[i][0].endswith("s")):
                break  # "and then state and local leaders could call": an adverb ends the phrase (not "then-senator")
            if lw in NAME_PARTICLES and j < i and word.islower() and (
                    j == 0 or is_cap(toks[j - 1][0]) or toks[j - 1][0] in NAME_PARTICLES or toks[j + 1][0] in NAME_PARTICLES):
                j -= 1  # "Bill de Blasio said", "Ursula von der Leyen said", "von der Leyen said"
                continue
            if lw == "and" and 0 < j < i and is_cap(toks[j - 1][0]) and is_cap(toks[j + 1][0]):
                j -= 1  # "Mr. Grassley and Mr. Leahy said"
                seen_and = True
                continue
            if word == "," and seen_and and 0 < j < i and is_cap(toks[j + 1][0]) and self._listed_name(toks, j):
                j -= 1  # "Jeff Merkley, Sherrod Brown and Robert Menendez said": one more name of the list
                continue
            if is_cap(word) and (lw not in PRONOUNS or word == "I" and False) or word in ("&", "-", ".") and j < i \
                    and not _spaced_dash(toks, j):
                # (a dash with space around it ends the phrase: "his highest ideals - critics would call")
                if lw in PRONOUNS or (j == i and lw in _CLAUSE_STARTERS and lw not in ROLE_NOUNS):
                    break
                j -= 1
                lower_run = 0
                continue
            if j == i - 1 and lw.endswith(("'s", "’s")) and word.islower() and toks[i][0].lower() in SPEAKING_TEXTS:
                j -= 1  # "the fund's report said": the report speaks for the fund
                if j >= 0 and toks[j][0].lower() == "the":
                    j -= 1
                break
            if j == i - 1 and lw.endswith(("'s", "’s", "s'", "s’")) and word.islower() and lw[:-2].isalpha() \
                    and toks[i][0].lower() in _ROLE_OR_BODY and lw[:-2] not in SPEAKING_TEXTS:  # (not "the ad's narrator")
                j -= 1  # "the mayor's office said", "the president's spokesman said": the role, with its owner
                continue
            if (lw in ROLE_NOUNS or lw in titles and lw != "of" or "-" in lw and titleish(lw) or j == i and (lw in _SUBJECT_HEADS or is_company_noun(lw) or lw.removeprefix("ex-") in RELATIVES and j > 0 and (
                    toks[j - 1][0].lower() in ("the", "his", "her", "their") or toks[j - 1][0].endswith(("'s", "’s"))))) \
                    and word.replace("-", "").isalpha() or (
                    lower_run < 3 and j < i and word.islower() and (
                        word.isalpha() or AGE_NOUN.fullmatch(lw) or "-" in word and word.replace("-", "").isalpha()
                        and toks[i][0].lower() in PERSON_ROLE_HEADS)  # ("The softly-spoken professor", not "panel")
                    and lw not in _CLAUSE_STARTERS
                    and (lw not in ("and", "or", "but", "nor") or toks[j + 1][0].islower()
                         or j > 0 and toks[j - 1][0].lower() in _ROLES_AND_TITLES)  # not "the case and Democrats"
                    and lw not in _PREPOSITIONS and (lw not in AUXILIARIES or lw == "first") and not self._verb_at(lw)
                    and toks[i][0].lower() in _ROLES_AND_TITLES):  # ROLE_NOUNS | titles ("the former first lady")
                lower_run += 1
                j -= 1
                continue
            break
        start_tok = j + 1
        two = start_tok - 1 if start_tok == end_i else start_tok if start_tok + 1 == end_i else -1
        if two >= 0 and toks[two][0].lower() in ("two", "both") and toks[end_i][0].lower() in PAIR_NOUNS:
            pair = self.reg.latest_pair(toks[end_i][1])  # "The two leaders said": the two named together before
            if pair is not None:
                s_, e_ = toks[two][1], toks[end_i][2]
                return self.reg.mention(pair, s_, self.text[s_:e_]), self.text[s_:e_], True
        if start_tok >= 3 and start_tok <= end_i and toks[start_tok - 1][0].lower() in ("his", "her", "their", "its") \
                and toks[start_tok - 2][0].lower() == "and" and is_cap(toks[start_tok - 3][0]) \
                and toks[end_i][0].lower() in ROLE_NOUNS:
            # "Kellan and her lawyers said", "RT and its defenders say": the name with its people, as a group
            k = start_tok - 3
            while k > 0 and is_cap(toks[k - 1][0]) and toks[k - 1][0].lower() not in _CLAUSE_STARTERS and start_tok - k < 6:
                k -= 1
            s_, e_ = toks[k][1], toks[end_i][2]
            return self.reg.named(self.text[s_:e_], "unnamed", s_, self.text[s_:e_]), self.text[s_:e_], True
        d = start_tok if start_tok <= end_i and toks[start_tok][0].lower() == "the" else start_tok - 1
        while d > start_tok - 5 and d >= 0 and toks[d][0].replace("-", "").isalpha() and toks[d][0].islower() \
                and toks[d][0] != "the":  # ("X of the right-wing Democratic Centre wrote")
            d -= 1
        if d >= 2 and toks[d][0] == "the" and toks[d - 1][0] == "of" and is_cap(toks[d - 2][0]) \
                and not titleish(toks[d - 2][0].lower()) \
                and d + 1 < len(toks) and toks[d + 1][0].islower():
            # "Forecaster Jenna Whitlock of the weather service office in Sacramento said", "Ana Ruiz of the research
            # firm Ember said": the person before "of", not where they work
            found = self._subject_before(lo, toks[d - 1][1])
            if found[0] is not None and found[0].kind == "person" and found[0].name[:1].isupper():
                return found
        prep = start_tok - 1  # the preposition, before a determiner if any: "officials from (both) parties"
        if prep >= 1 and toks[prep][0] in ("both", "all", "each", "the") and toks[prep - 1][0].lower() in ("from", "of"):
            prep -= 1
        head = prep - 1  # the noun before a preposition: "advisers (to) Mr. Obama"
        if head >= 1 and toks[head][0].lower() == "close" and toks[head + 1][0].lower() == "to":
            head -= 1  # "people close to Mr. Obama say"
        if head >= 0 and (toks[prep][0].lower() in ("to", "for", "of", "at", "with", "from")
                          or toks[prep][0] == "in"
                          and start_tok <= end_i and toks[start_tok][0].lower() not in _MONTHS | _DAYS) \
                and (toks[head][0].lower() in ROLE_NOUNS or toks[head][0].lower() in RELATIVES
                     or toks[prep][0] == "in" and toks[head][0] in titles) \
                and not (head >= 1 and is_cap(toks[head][0]) and toks[head - 1][0].lower() not in _DETERMINERS
                         and (is_cap(toks[head - 1][0]) or toks[head - 1][0].lower() in titles)):
            # (not "Secretary General of the Council Arkady Volen": a capitalised title, the name its holder)
            # "advisers to Mr. Obama say", "a lawyer for the family said", "the wife of Sen. Fell said":
            # the role speaks, not the name
            return self._role_phrase(toks, head, start_tok - 5, end_i)
        if start_tok >= 2 and toks[start_tok - 1][0].lower() == "by" and toks[start_tok - 2][0].islower() \
                and toks[start_tok - 2][0].endswith(("ed", "en")) and not agent_ok:
            # "residents interviewed by The Times said": the name is the agent of a participle, not the speaker
            head = start_tok - 3
            if head >= 0 and (toks[head][0].lower() in ROLE_NOUNS or toks[head][0].lower() in SPEAKING_TEXTS):
                return self._role_phrase(toks, head, start_tok - 7, head)
            return None, "", False
        if start_tok >= 2 and toks[start_tok - 1][0] in ("in", "at") and is_cap(toks[start_tok - 2][0]):
            # "Dana Kerelis of Balt-Orion Securities in Dorvask said": where they work, then the verb
            found = self._subject_before(lo, toks[start_tok - 1][1])
            if found[0] is not None and found[0].kind == "organisation" and toks[start_tok - 1][0] == "in" \
                    and found[0].name.split()[-1] in _BODY_IN_HEADS and found[0].name[:1].isupper():
                # "the Chinese Embassy in Manila said": where it sits is part of the body's name
                s_, e_ = toks[start_tok][1], toks[end_i][2]
                found[0].name = f"{found[0].name} in {self.text[s_:e_]}"  # (its shorter name stays an alias)
                self.reg.mention(found[0], s_, found[0].name)
                return found
            if found[0] is not None and found[0].kind in ("person", "organisation"):
                return found
        if start_tok >= 2 and toks[start_tok - 1][0].lower() in ("of", "from") and toks[start_tok - 2][0] == ",":
            # "Johnnie Wilson, of Springfield, Va., said": a home town in apposition, the name before it
            return self._subject_before(lo, toks[start_tok - 2][1])
        if toks[end_i][0] == "One" and (end_i == 0 or toks[end_i - 1][0] in (".", "!", "?")):
            # "Allies of the culture secretary reject the charge. One said ...": one of the group just named
            group = self._pronoun_at("they", toks[end_i][1])
            if group is not None and group.kind == "unnamed":
                return self.reg.mention(group, toks[end_i][1]), "One", True
            return None, "", False
        if start_tok > end_i:
            return self._chunk_subject(toks, end_i)
        words = [t[0] for t in toks[start_tok : end_i + 1]]
        # drop capitalised sentence openers: "Later Trump said", "Meanwhile Putin"
        while words and words[0].lower() in _CLAUSE_STARTERS_NOT_ARTICLES and len(words) > 1:
            words = words[1:]
            start_tok += 1
        if len(words) >= 2 and self._sentence_word(words, toks[start_tok][1], before_given_names=False):
            words = words[1:]  # "Say Mexico demanded", "Neither Clinton nor ...": a plain word opens the sentence
            start_tok += 1
        if not words:
            return None, "", False
        if start_tok > 0 and toks[start_tok - 1][0].lower() in ("one", "another") and words[-1].lower() in titles \
                and words[0].lower() not in ("a", "an", "the"):
            words = [toks[start_tok - 1][0], *words]  # "One senator said", "Another senator said": not the one named
        s, e = toks[start_tok][1], toks[end_i][2]
        ph = Phrase(self.text[s:e], s, e, words)
        tail = " " + " ".join(w for w in words if w.lower() != "the")
        body = next((x for _p, _s, x in self.reg.mentions_between(max(0, s - 80), s)
                     if x.kind == "organisation" and len(tail) > 8 and (" " + x.name).endswith(tail)), None)
        # ("the National Committee for the Restoration of Sovereignty said": the body, not "Restoration")
        ent = self.reg.mention(body, s) if body is not None else classify(self.reg, ph, s)
        if ent is not None and ent.kind == "unnamed" and len(words) == 2 and words[0].lower() == "the" \
                and words[1].lower() in SPEAKING_TEXTS:
            ent = self._author_of(words[1].lower(), s) or ent
        return ent, ph.text, True

    def _author_of(self, noun: str, pos: int) -> Entity | None:
        """'In its statement, the CSTO secretariat said ... The statement reads that ...': "the statement" is the
        text the last speaker, in this or the previous paragraph, was just said to have issued."""
        if not self.out or self.last is None or self.last.kind == "unnamed" and (
                not self.last.name.split() or self.last.name.split()[-1].lower() in SPEAKING_TEXTS):
            return None  # (a group or office may have issued it: "according to a study by researchers at X ... the
            # study found", "according to a statement from the prime minister's office. The statement said")
        # the last speaker's statements of the last few paragraphs: "In a memo to staff, Castellanos wrote ... ¶ “...,”
        # Castellanos wrote. ¶ “...,” the memo said."
        para = self._para_of(pos)
        for st, ent in zip(reversed(self.out), reversed(self.out_entities), strict=True):
            u = self.units[self._unit_of(st.start)]
            if para - u.para > 2 or ent is not self.last:
                break
            if re.search(rf"\b{noun}\b", self.text[u.start : u.end], re.IGNORECASE):
                return self.last
        # "the U.N. nuclear watchdog said in a confidential report ... The report also says": whoever said something
        # in that text, however far back (the latest such)
        said_in = re.compile(rf"\b(?:said|says|stated|wrote|warned|warning|found|noted|concluded|argued)\s+in\s+"
                             rf"(?:a|an|its|the|their|his|her)\s+(?:[\w-]+\s+)?{noun}\b")  # ("warning in its interim report")
        for st, ent in zip(reversed(self.out), reversed(self.out_entities), strict=True):
            u = self.units[self._unit_of(st.start)]
            if u.start < pos and ent.kind != "unnamed" and said_in.search(self.text, u.start, u.end):
                return ent
        return None

    def _named_apposition(self, toks, j: int, i: int) -> tuple[Entity, str, bool] | None:
        """The person or body named between the commas ``toks[j]`` and ``toks[i]``, or None when the apposition
        only describes ("the former prosecutor")."""
        inner = toks[j + 1 : i]
        if len(inner) > 3 and inner[-1][0] == ")" and inner[-3][0] == "(" and PARTY_STATE.fullmatch(inner[-2][0]):
            inner = inner[:-3]  # "The bill's lead sponsor, Sen. Marcus Ollivander (D-Ohio), called": the party tag
        k = 1 if inner and inner[0][0].lower() in ("the", "a", "an") else 0
        if inner and (named_as := _NAMED_AS.match(self.text, inner[0][1])) is not None:
            # "the man, identified as Dale Kowalczyk of Youngstown, says": the name the text gives him
            k = next((n for n, t in enumerate(inner) if t[1] >= named_as.end()), len(inner))
            if k == len(inner) or not is_cap(inner[k][0]):
                return None
            ofs = next((n for n, t in enumerate(inner) if n > k and t[0] == "of"), len(inner))
            inner = inner[:ofs]  # (not "of Youngstown": where he is from)
        words = [w for w, _, _ in inner[k:]]
        lead = next((n for n, w in enumerate(words) if not w.islower()), len(words))
        if 0 < lead < len(words) and lead <= 4 and all(w in _ROLES_AND_TITLES or w in _TITLE_LEAD or w in PORTFOLIOS
                                                       for w in words[:lead]):
            pass  # "The first witness, former board chair Sylvia Dorrance, testified": a title before the name ("The
            #       Greens' candidate for chancellor, the economy minister Annika Wedekind, argued")
        elif not words or not is_cap(words[0]):
            return None
        if len(words) > 8 or any(w in ("(", ")", "“", "”", '"') for w in words):
            return None
        s_, e_ = inner[k][1], inner[-1][2]
        ent = classify(self.reg, Phrase(self.text[s_:e_], s_, e_, words), s_, subject=True)
        if ent is None or ent.kind not in ("person", "organisation", "government"):
            return None
        return ent, self.text[s_:e_], True

    def _relative_subject(self, lo: int, hi: int) -> tuple[Entity | None, str]:
        """'A senior diplomat who attended the talks said', 'People who know him say': the noun phrase before a
        relative clause that runs up to the verb."""
        toks = self._tokens(max(lo, hi - 160), hi)
        for r in range(len(toks) - 1, max(0, len(toks) - 12), -1):
            w = toks[r][0]
            if not w.isalpha() and w not in ("-", "’", "'"):
                return None, ""  # punctuation: the relative clause would run over it
            if w in ("who", "that") and r > 0 and toks[r - 1][0].isalpha():
                if r + 1 == len(toks):
                    return None, ""  # "officials who said": _subject_before reads "who" itself
                nxt = toks[r + 1][0]
                if not nxt.islower() or nxt in _DETERMINERS or nxt in PRONOUNS or nxt in _QUANTIFIERS \
                        or nxt in ("all", "both", "many", "most", "few", "none", "several"):
                    return None, ""  # "a panel that all agreed ...": the clause has its own subject
                head = toks[r - 1][0]
                if w == "that" and not (head in ROLE_NOUNS or head in _COLLECTIVE_PLURALS or head in SPEAKING_TEXTS
                                        or head in NAME_HEADS):  # ("the lodge that represents officers said")
                    return None, ""  # "the plan that Trump said": "that" after a thing
                ent, surface, _ = self._subject_before(lo, toks[r][1])
                if ent is not None and ent.kind in ("person", "unnamed", "organisation", "government") \
                        and not (w == "who" and ent.kind in ("organisation", "government")):
                    return ent, surface
                return None, ""
        return None, ""

    def _role_phrase(self, toks, head: int, lowest: int, end_i: int) -> tuple[Entity, str, bool]:
        """The unnamed speaker toks[head..end_i] ('lawyer for the family'), with the lower-case words right
        before the role noun that qualify it ('a senior lawyer'), back to toks[lowest] at most."""
        k = head
        while k > max(0, lowest) and toks[k - 1][0].isalpha() and toks[k - 1][0].islower() \
                and toks[k - 1][0].lower() not in _CLAUSE_STARTERS_NOT_ARTICLES and not self._verb_at(toks[k - 1][0]):
            k -= 1
        s_, e_ = toks[k][1], toks[end_i][2]
        if head < end_i and toks[head + 1][0] == "in" and toks[head][0].lower() in _BODY_IN_A_PLACE:
            # "the foreign ministry in Drevna said" after "the Kastovian Foreign Ministry": the body named before
            words = [w.lower() for w, _, _ in toks[k : head + 1] if w.lower() not in ("the", "a", "an")]
            known = [e for e in self.reg.entities if e.kind in ("organisation", "government")
                     and e.name.lower().split()[-1:] == words[-1:] and set(words) <= set(e.name.lower().split())]
            if len(known) == 1:  # (of two foreign ministries, which one sits in Drevna the text may not say)
                return self.reg.mention(known[0], s_, self.text[s_:e_]), self.text[s_:e_], True
        name = self.text[toks[k + 1][1] if toks[k][0].lower() in ("the", "a", "an") else s_ : e_]
        return self.reg.named(name, "unnamed", s_, self.text[s_:e_]), self.text[s_:e_], True

    def _group_before(self, toks, j: int) -> tuple[Entity | None, str, bool]:
        """A plural common noun with up to two lower-case modifiers ending at ``toks[j]`` ('fishing unions'),
        as an unnamed group; or nobody."""
        if j < 0:
            return None, "", False
        head = toks[j][0]
        if head[:1].isupper() and head.lower() in ROLE_NOUNS and head.endswith("s"):
            head = head.lower()  # "Officials who said ...": a group opening the sentence
        if not (head.isalpha() and head.islower() and (head in ROLE_NOUNS or head.endswith("s") and not head.endswith("ss")
                                                       and len(head) > 3)) or self._verb_at(head) is not None:
            return None, "", False
        k = j
        while k > 0 and j - k < 2 and toks[k - 1][0].isalpha() and toks[k - 1][0].islower() \
                and toks[k - 1][0] not in _DETERMINERS and toks[k - 1][0] not in _PREPOSITIONS \
                and toks[k - 1][0] not in AUXILIARIES and self._verb_at(toks[k - 1][0]) is None \
                and not toks[k - 1][0].endswith("ed") and toks[k - 1][0] not in _IRREGULAR_PAST:
            k -= 1
        s_, e_ = toks[k][1], toks[j][2]
        return self.reg.named(self.text[s_:e_], "unnamed", s_, self.text[s_:e_]), self.text[s_:e_], True

    def _name_before_relative_apposition(self, lo: int, toks, i: int) -> tuple[Entity | None, str, bool] | None:
        """The person before an apposition that opens with an article and holds a relative clause with commas of its
        own, closing at ``toks[i]`` ('X, the Washington Democrat who chairs the Senate Health, Education, Labor and
        Pensions Committee,'), or None."""
        if i < 6 or self.text.find(" who ", toks[max(0, i - 40)][1], toks[i][1]) < 0:
            return None
        for c in range(i - 1, max(1, i - 40), -1):
            if toks[c][0] in (".", ";", ":", "“", "”", '"'):
                return None
            if toks[c][0] == "," and c + 2 < i and toks[c + 1][0] in ("the", "a", "an") and is_cap(toks[c - 1][0]) \
                    and any(toks[x][0] == "who" for x in range(c + 2, i)) \
                    and sum(toks[x][0] == "," for x in range(c + 1, i)) >= 2:
                found = self._subject_before(lo, toks[c][1])
                return found if found[0] is not None and found[0].kind == "person" else None
        return None

    @staticmethod
    def _owner_role(toks, lo: int, hi: int) -> bool:
        """Are ``toks[lo:hi]`` an owner's role: capitalised words, the last with 's, then a role ("Israel’s heritage
        minister", "Arcturus Semiconductor’s president for Europe")?"""
        k = lo
        while k < hi and is_cap(toks[k][0]) and not toks[k][0].endswith(("’s", "'s")):
            k += 1
        return k < hi and k - lo < 4 and is_cap(toks[k][0]) and toks[k][0].endswith(("’s", "'s")) \
            and any(t[0] in _ROLES_AND_TITLES for t in toks[k + 1 : hi])

    def _asked_about(self, pos: int, kinds: tuple[str, ...] = ("person",)) -> Entity | None:
        """The one person named in an "Asked whether ..." clause that opens the sentence of the pronoun at ``pos``
        ("Asked whether Mr Kessler would urge ..., he replied": not Kessler), else None."""
        para = self.paras[self._para_of(pos)][0]
        if self.text.find("Asked ", para, pos) < 0:
            return None  # (a quick test first: every pronoun's subject search asks)
        start = max([para, *(m.end() for m in _SENTENCE_CLOSE.finditer(self.text, para, pos))])
        if not self.text.startswith("Asked ", start):
            return None
        asks = _ASKED_WHAT.search(self.text, start, pos)
        end = self.text.find(", ", asks.end() if asks else start, pos)
        if end < 0:
            return None
        # (the clause ends at the first comma after its "whether": not "..., Marchbank said ..., though she")
        people = {id(e): e for _p, _s, e in self.reg.mentions_between(start, end) if e.kind in kinds}
        return next(iter(people.values())) if len(people) == 1 else None

    def _person_before_apposition(self, lo: int, toks, j: int, second: bool = True) -> tuple[Entity | None, str, bool] | None:
        """``toks[j]`` is the comma closing an apposition (", the attorney general of X,", ", now the leader,"):
        the person named right before it, or None."""
        k = j - 1
        while k >= 0 and toks[k][0] not in (",", ".", ";", ":") and j - k < 20:
            k -= 1
        age = k - 1
        if k > 2 and toks[k][0] == "," and toks[age][0].isdigit() and len(toks[age][0]) <= 3 and toks[age - 1][0] == "," \
                and is_cap(toks[age - 2][0]) and toks[k + 1][0].lower() in _APPOSITION_OPENERS:
            # "Amara Diouf, 22, a youth activist from the islands, who said": the name before the age
            ent, surface, ok = self._subject_before(lo, toks[age - 1][1])
            if ent is not None and ent.kind == "person":
                return ent, surface, ok
        if k > 0 and toks[k][0] == "," and is_cap(toks[k - 1][0]) and (toks[k + 1][0].lower() in _APPOSITION_OPENERS
                                                                     or PARTY_STATE.fullmatch(toks[k + 1][0])
                                                                     or toks[k + 1][0] in _ROLES_AND_TITLES
                                                                     or self._owner_role(toks, k + 1, j)):
            # (an owner's role too: "Shmuel Dahan, Israel’s heritage minister, who voted against it, called")
            # (a bare title too: "Paolo Brandolini, director of science at the agency, which operates Corvid, said")
            ent, surface, ok = self._subject_before(lo, toks[k][1])
            at = self.text.rfind(surface, lo, toks[k][1]) if surface else -1
            if ent is not None and ent.kind == "person" and len(ent.name.split()) == 1 and not ent.titles and at > 0 \
                    and PLACE_BEFORE.search(self.text, max(0, at - 12), at):
                return None  # ("Speaking at the training ground in Fenley, the 31-year-old defender, who ..., told":
                #              a place before the description, which is the subject)
            if ent is not None and ent.kind == "person":
                return ent, surface, ok
        if second and k > 0 and toks[k][0] == "," and toks[k + 1][0].lower() in _APPOSITION_OPENERS:
            # two appositions: "Katrin Vollmer, a meteorologist at Germany’s weather service, the Deutscher
            # Wetterdienst, who ..., said" -- the person before the first
            return self._person_before_apposition(lo, toks, k, second=False)
        return None

    def _before_dash_apposition(self, lo: int, toks, i: int) -> tuple[Entity | None, str]:
        """The name before a dash-bounded apposition that closes at ``toks[i]``."""
        close = toks[i - 1][1] if toks[i][0] == "-" and i > 0 and toks[i - 1][0] == "-" else toks[i][1]
        for j in range(i - 2, max(0, i - 40), -1):
            if toks[j][0] in (".", ";", "!", "?", "“", "”", '"'):
                break
            if toks[j][0] in _DASHES and toks[j][2] < close:
                if toks[j][0] == "-" and not (j > 0 and toks[j - 1][0] == "-"):
                    continue  # a hyphen inside a word pair, not a dash
                opening = toks[j - 1][1] if toks[j][0] == "-" else toks[j][1]
                lead = self.text[lo:opening].rstrip()
                lead = re.split(r"[.;:!?“”\"]\s", lead)[-1]
                if lead.count(",") == 1:
                    # "Jon Hale, the chief executive of Ora Media -- the company that ... --": the name before both
                    name, role = lead.split(",")
                    if name.split() and is_cap(name.split()[-1]) and role.split() \
                            and role.split()[0].lower() in _APPOSITION_OPENERS:
                        ent, surface, _ = self._subject_before(lo, self.text.rindex(",", lo, opening))
                        if ent is not None and ent.kind == "person":
                            return ent, surface
                    break
                if not lead or not is_cap(lead.split()[-1]) or "," in lead:
                    break  # no name right before the dash, or one inside a comma apposition ("X, the head of Y --")
                ent, surface, _ = self._subject_before(lo, opening)
                if ent is not None and ent.kind in ("person", "organisation", "government"):
                    return ent, surface
                break
        return None, ""

    def _chunk_subject(self, toks, end_i: int) -> tuple[Entity | None, str, bool]:
        """A descriptive subject: 'attorneys for the family said', 'Experts on North Korea said'."""
        j = end_i
        while j >= 0 and toks[j][0] not in (",", ";", ":", "(", ")", "“", "”", '"', "—", "–") \
                and not (j < end_i and _spaced_dash(toks, j)):
            j -= 1  # (a hyphen with space around it is a dash: "NEW DELHI, Nov 14 (Reuters) - Authorities in ...")
        chunk = toks[j + 1 : end_i + 1]
        if not 1 < len(chunk) <= 10:
            return None, "", False
        low = [w.lower() for w, _, _ in chunk]
        if low[-1] in ("and", "but", "or", "then"):
            return None, "", False  # "Cruz exhorted Republicans ... and said": a clause, not a subject
        if "percent" in low[:4] and (low[0][0].isdigit() or low[0] in _QUANTIFIERS):
            # a share of a poll's respondents: "63 percent said", "Another 19 percent of voters said"
            s, e = chunk[0][1], chunk[-1][2]
            return self.reg.named(self.text[s:e], "unnamed", s, self.text[s:e]), self.text[s:e], True
        if any(w in AUXILIARIES or w in ("that", "which", "who", "it", "he", "she", "they", "we", "i") or self._verb_at(w)
               for w in low):
            return None, "", False
        counted = low[0] in _AMOUNTS or low[0].isdigit()  # "Two people familiar with the talks said"
        head = next((k for k, w in enumerate(low[:3]) if w in ROLE_NOUNS and (
            w.endswith("s") or k == 0 or k == 1 and low[0] in ("the", "a", "an", "one")
            or counted and w == "people")), None)
        if low[0] == "those" and len(low) > 1:
            head = len(low) - 1  # "Those close to him say"
        if head is None or low[0] != "those" and any(self._verb_at(w) or w in _PREPOSITIONS for w in low[:head]):
            return None, "", False
        s, e = chunk[0][1], chunk[-1][2]
        # the name is the noun phrase up to its head: "Political observers (in Virginia ...)"
        name_end = e if low[0] == "those" or low[head + 1 : head + 2] in (["for"], ["to"], ["of"], ["at"]) \
            else chunk[head][2]
        k0 = 1 if (low[0] in ("the", "a", "an") or counted) and head > 0 else 0
        name = self.text[chunk[k0][1] : name_end]
        return self.reg.named(name, "unnamed", s, self.text[s:e]), self.text[s:e], True

    @staticmethod
    def _body_continues(toks: list[tuple[str, int, int]], i: int) -> bool:
        """Does the "and" at ``toks[i]`` join one body's name: its capitals after it end on a body's head word
        ("Securities and Exchange Commission"), or the name so far is a head and "of" ("Department of Health
        and Human Services"), and no title follows ("the Ministry of Defence and Minister X" is two)?"""
        k, run = i + 1, list[str]()
        while k < len(toks) and (is_cap(toks[k][0]) or run and toks[k][0] == "of"):
            run.append(toks[k][0])
            k += 1
        if not run or any(titleish(w) for w in run):
            return False
        if run[-1].lower() in _BODY_HEADS:
            return True
        before = [tok[0].lower() for tok in toks[:i]]
        return "of" in before[1:] and before[before.index("of") - 1] in _BODY_HEADS and all(
            is_cap(tok[0]) or tok[0] in ("of", "the") for tok in toks[before.index("of") + 1 : i])

    def _subject_after(self, lo: int, hi: int) -> tuple[Entity | None, str]:
        """The speaker named right after an inverted verb: '..., said Name' / 'added the CSTO statement'."""
        toks = self._tokens(lo, hi)
        words: list[tuple[str, int, int]] = []
        for i, (w, s, e) in enumerate(toks):
            lw = w.lower()
            if w in (",", ".", ";", ":", "!", "?", "—", "–", "(") or words and w in ("“", "”", '"') \
                    or (lw in _PREPOSITIONS and lw != "of") \
                    or self._verb_at(lw) and not (words and words[-1][0].lower() in _DETERMINERS) \
                    and not (is_cap(w) and words and is_cap(words[-1][0])):  # ("Washington Post": a name)
                break
            if words and w.islower() and (lw in _IRREGULAR_PAST or lw in _FINITE_AUXILIARIES) \
                    and (words[0][0].lower() in _DETERMINERS or words[0][0].islower()):
                return None, ""  # "said the EU stood “in full solidarity”", "said conflicts of interest were": a clause
                # with its verb, not "said the EU"
            if lw == "and" and words and is_cap(words[-1][0]) and self._body_continues(toks, i):
                words.append((w, s, e))  # "the Securities and Exchange Commission": one body, not "Securities"
                continue
            if lw in ("who", "which", "that", "and") or lw == "of" and not words:
                break  # "said of RT": what it was said about, not who said it
            if lw == "of" and words[-1][0].islower() and words[-1][0] in SPEAKING_TEXTS:
                break  # "a study of 90,000 adults": the study (an author after "of" was taken by the caller)
            if words and w.islower() and lw in AUXILIARIES and words[0][0].lower() in PRONOUNS:
                return None, ""  # "said he still had the backing of the board": the content, with its subject
            if words and w.islower() and lw.endswith("ed") and words[0][0].lower() in _DETERMINERS \
                    and (nxt := next((x for x in toks if x[1] > s), None)) is not None and nxt[0].lower() in _DETERMINERS:
                return None, ""  # "said the message reached her team": a clause with its object, not "said the memo"
            if words and w.islower() and lw.endswith("ing") and len(lw) > 4 and "-" not in w \
                    and words[-1][0].lower() not in _DETERMINERS:
                break  # "according to a Post database tracking such deaths": a modifier after the noun
            if words and w.islower() and lw.endswith(("ed", "en")) and len(lw) > 4 and "-" not in w \
                    and words[-1][0].lower() not in _DETERMINERS and i + 1 < len(toks) \
                    and toks[i + 1][0].lower() in _PREPOSITIONS and all(x[0].islower() for x in words):
                break  # "said one diplomat involved in the negotiations", "a source briefed on the talks"
            words.append((w, s, e))
            if len(words) > 12:
                return None, ""
        if not words:
            return None, ""
        after = toks[len(words) :]  # (words are the tokens read first, one by one)
        k = 0
        while k + 1 < len(after) and (after[k][0] in (",", "and") or is_cap(after[k][0])) and len(after) > k + 1 \
                and (after[k][0] != "," or is_cap(after[k + 1][0])):
            k += 1  # (a list of names: "said France, Germany and Britain were considering")
        nxt = after[k] if after else None
        if nxt is not None and nxt[0].islower() and nxt[0].isalpha() and words[0][0].lower() not in PRONOUNS \
                and (nxt[0] in _IRREGULAR_PAST or nxt[0] in _FINITE_AUXILIARIES
                     or nxt[0].endswith("ed") and len(nxt[0]) > 4
                     and not (k + 1 < len(after) and after[k + 1][0].lower() in _PREPOSITIONS
                              and all(x[0].islower() for x in words))):
            return None, ""  # "..., said Beijing urged the parties to ...": the subject of the content, no inversion
            #                  (not "said one diplomat involved in the talks": a participle after a role)
        if len(words) == 1 and words[0][0].lower() in PRONOUNS:
            w, s, _ = words[0]
            follower = toks[1][0] if len(toks) > 1 and toks[0][1] == s else ""
            if follower.isalpha() and follower.islower() and follower not in _PREPOSITIONS:
                return None, ""  # "said she disagreed": the pronoun opens the content, it is not an inverted subject
            return self._pronoun_at(w, s), w
        while words and words[-1][0].lower() == "of":
            words.pop()
        s, e = words[0][1], words[-1][2]
        ph = Phrase(self.text[s:e], s, e, [w for w, _, _ in words])
        ent = classify(self.reg, ph, s)
        if ent is not None and (ent.kind == "unnamed" or not any(is_cap(w) for w, _, _ in words)
                                or ent.kind == "person" and ent.name[:1].islower() and titleish(ent.name.split()[0])
                                or ent.kind == "person" and _a_title_as_name(ent.name)):
            # "said a government spokesman, Tom Reyes.": the name in apposition is the speaker (also "said the
            # president of the Senate, Rodrigo Soto Alvear,")
            n = len(words)
            shortest = 2
            if n + 2 < len(toks) and toks[n][0].lower() in ("for", "of", "on", "to") and _a_title_as_name(ent.name):
                # "said the AU's High Representative for the Horn of Africa, Dr Joyce Nkya Mrema,": the office's tail
                tail = next((i for i in range(n, min(len(toks), n + 9)) if toks[i][0] in (",", ".", ";")), -1)
                if tail > n and toks[tail][0] == "," and all(not self._verb_at(t[0].lower()) for t in toks[n:tail]):
                    n = tail
            if n + 1 < len(toks) and toks[n][0] == "," and (named_as := _NAMED_AS.match(self.text, toks[n][1])):
                # "said the commander, who gave his name only as Abu Khaled.": the name the text gives him
                n = next((i for i, t in enumerate(toks) if t[1] >= named_as.end()), len(toks)) - 1
                shortest = 1
            elif n + 1 < len(toks) and toks[n][0] != ",":
                n = len(toks)
            if n + 1 < len(toks):
                name: list[tuple[str, int, int]] = []
                for w, ws_, we_ in toks[n + 1 :]:
                    if not is_cap(w) or len(name) > 4:
                        break
                    name.append((w, ws_, we_))
                rest = toks[n + 1 + len(name)][0] if n + 1 + len(name) < len(toks) else "."
                if shortest <= len(name) <= 4 and rest in (".", ",", ";", "!", "?"):
                    ns, ne = name[0][1], name[-1][2]
                    named = classify(self.reg, Phrase(self.text[ns:ne], ns, ne, [w for w, _, _ in name]), ns)
                    if named is not None and named.kind == "person":
                        role = [w for w, _, _ in words]
                        while role and role[0].lower() in _DETERMINERS:
                            role = role[1:]
                        if role:
                            self.reg.add_title(named, " ".join(role))
                        return named, self.text[ns:ne]
        return ent, ph.text

    def _inverted_subject(self, lo: int, hi: int) -> tuple[Entity | None, str]:
        """'said one GOP source in the room.': a short noun phrase that ends its clause, or None."""
        toks = self._tokens(lo, min(hi, lo + 160))
        k = 0
        while k < len(toks) and k < 8 and toks[k][0] not in (",", ".", ";", ":", "!", "?", "(", "—", "–") \
                and not (toks[k][0].lower() in _PREPOSITIONS and toks[k][0].lower() != "of"):
            k += 1
        if k == 0 or k >= 8 or k > len(toks):
            return None, ""
        if k > 1 and toks[0][0].lower() in _MENTION_PRONOUNS:
            return None, ""  # "..., said he learned of the closure": the subject of the content, no inversion
        if k < len(toks) and toks[k][0] not in (",", ".", ";", "!", "?", "(", "—", "–"):
            # a prepositional tail must run to the end of the clause without a verb
            for w, _, _ in toks[k : k + 10]:
                if w in (",", ".", ";", "!", "?"):
                    break
                if w.lower() in AUXILIARIES or w.lower() in ("that", "which"):
                    return None, ""
        if any(w.lower() in AUXILIARIES or w.lower() in ("that", "which", "it", "this") for w, _, _ in toks[:k]):
            return None, ""
        if any(w.islower() and w.endswith("ing") and w not in ROLE_NOUNS for w, _, _ in toks[1:k]):
            return None, ""  # "..., recalled Mr. Obama talking about": the name is the object of the verb
        j = 0
        while j < k and is_cap(toks[j][0]):
            j += 1
        if 0 < j < k and toks[j][0].isalpha() and (toks[j][0].endswith("ed") and len(toks[j][0]) > 4
                                                 or toks[j][0] in _IRREGULAR_PAST):
            return None, ""  # "..., said Vukovich attended Mass every Sunday.": the content's own verb
        if k < len(toks) and toks[k][0] == ",":
            return self._subject_after(lo, toks[-1][2])  # (the apposition after it: "said the mayor, Gwen Tolliver.")
        return self._subject_after(lo, toks[k - 1][2])

    @staticmethod
    def _listed_name(toks, comma: int) -> bool:
        """Is the phrase before ``toks[comma]`` a full name (two to four capitalised words) that opens the phrase
        or follows a title ('Sens.'), so the comma lists names ('A B, C D and E F'), and does not close an opening
        clause ('In Washington, Kurz and Berg said')?"""
        k = comma - 1
        while k >= 0 and is_cap(toks[k][0]) and comma - k <= 5:
            lw = toks[k][0].lower().rstrip(".")
            if lw in _PREPOSITIONS or lw in _CLAUSE_STARTERS or lw in _LEAD_CONJUNCTIONS:
                return False  # "In Washington, ..."
            k -= 1
        names = [w for w, _, _ in toks[k + 1 : comma] if w.lower().rstrip(".") not in lexicon.title_words()]
        return len(names) >= 2 and (k < 0 or toks[k][0] in (",", ".", "(") or toks[k][0].lower() in _LEAD_CONJUNCTIONS)

    def _unit_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._unit_starts, pos) - 1)

    def _opener(self, u: Unit, pos: int) -> tuple[list[tuple[str, int, int]], int]:
        """The sentence's tokens up to ``pos`` and the index of its first word after 'But', 'And', 'Then' ..."""
        dateline = _DATELINE_START.match(self.text, u.start, pos) if self.text[u.start : u.start + 2].isupper() else None
        toks = self._tokens(dateline.end() if dateline else u.start, pos)  # "KARVA, June 9 (Wire) — The rebels ..."
        k = 2 if len(toks) > 2 and toks[1][0] == ":" and toks[0][0] in ("Q", "A") else 0  # (an interview's turn)
        while k < len(toks) and toks[k][0].lower() in _LEAD_CONJUNCTIONS:
            k += 1
        participle = k < len(toks) and (toks[k][0].endswith("ing") and toks[k][0][:1].isupper() and len(toks[k][0]) > 5
                                        or toks[k][0] in _ASKED_OPENERS)  # ("Asked about it, she smiled and said")
        if k < len(toks) and (toks[k][0] in _OPENING_PREPOSITIONS or participle):
            # ("Turning to the border, the spokeswoman welcomed ... and stressed": a participle's clause opens it too)
            reach = k + 12 if participle else k + 7
            comma = next((c for c in range(k + 1, min(len(toks), reach)) if toks[c][0] in (",", ".", ";", "“", '"')), None)
            if comma is not None and toks[comma][0] == "," and comma + 1 < len(toks):
                k = comma + 1  # "In Brussels, European Union spokeswoman Claire Dufort condemned ... and said"
        return toks, k

    def _resolve(self, tok: tuple[str, int, int]) -> Entity | None:
        """A subject pronoun resolved in the discourse so far."""
        w, ws, _ = tok
        return self._pronoun_at(w, ws)

    def _sentence_subject(self, u: Unit, pos: int) -> Entity | None:
        """The subject of the sentence holding ``pos``: its first subject mention, or its opening pronoun."""
        toks, k = self._opener(u, min(pos, u.start + 40))
        if k < len(toks) and toks[k][0].lower() in _SUBJECT_PRONOUNS:
            return self._resolve(toks[k])
        lo = u.start
        if self.text[u.start : u.start + 2].isupper() and (dl := _DATELINE_START.match(self.text, u.start, pos)):
            lo = dl.end()  # (not the place of a dateline: "KUALA LUMPUR — Deputy Prime Minister ... denied")
        for _pos, is_subj, ent in self.reg.mentions_between(lo, pos):
            if is_subj and ent.kind != "unnamed":
                return ent
        return None

    def _register_group_subject(self, u: Unit) -> None:
        """A sentence opened by a plural group ('Environmentalists worry that ...', 'Many residents say ...') makes
        that group the subject a later 'they' can stand for."""
        m = _GROUP_OPENING.match(self.text, u.start, u.end)
        if m is None and self.text.find(",", u.start, u.start + 86) > 0:
            m = _GROUP_AFTER_CLAUSE.match(self.text, u.start, u.end)
        if m is None:
            self._register_body_subject(u)
            return
        head = m.group(2).lower()
        if not (head in ROLE_NOUNS and head.endswith("s") and not head.endswith("ss")  # (not "The union boss")
                or head.endswith(_PEOPLE_SUFFIXES) or head in _COLLECTIVE_PLURALS):
            return
        s_ = m.start(1) if m.group(1) else m.start(2)
        if self.text.startswith(("The ", "the "), s_):
            s_ += 4  # "The researchers reported": the researchers
        e_ = m.end(2)
        if not self.reg.mentioned_at(s_):
            ent = self.reg.named(self.text[s_:e_], "unnamed", s_, self.text[s_:e_])
            self.reg.mark_subject(ent, s_)

    def _register_body_subject(self, u: Unit) -> None:
        """A sentence opened by a body named by its kind ('The airport expects ...', 'The ministry has ...') makes
        that body the subject a later 'it' can stand for ('It said the runway would create 5,000 jobs')."""
        if self.text.find("he ", u.start, u.start + 24) < 0:
            return  # (a quick test first: no "The"/"the" near the start)
        m = _BODY_OPENING.match(self.text, u.start, u.end)
        if m is None or m.group(2).lower() not in _BODY_HEADS:
            self._register_sexed_subject(u)
            return
        s_, e_ = m.start(1), m.end(2)
        if self.reg.mentioned_at(s_):
            return
        ent = classify(self.reg, Phrase(self.text[s_:e_], s_, e_, self.text[s_:e_].split()), s_)
        if ent is not None and ent.kind in ("organisation", "government", "unnamed"):
            self.reg.mark_subject(ent, s_)

    def _register_sexed_subject(self, u: Unit) -> None:
        """A sentence opened by one unnamed person of known sex ('The woman disputes ...', 'The woman's story is
        told ...') makes that person the subject a later 'she' can stand for."""
        head = self.text[u.start : u.start + 48]
        if "man" not in head and "girl" not in head and "boy" not in head:
            return  # (a quick test first)
        m = _SEXED_OPENING.match(self.text, u.start, u.end)
        if m is None or m.group(2).lower() not in PERSON_ROLE_HEADS:
            return
        s_, e_ = m.start(2), m.end(2)
        if self.reg.mentioned_at(m.start(1)) or self.reg.mentioned_at(s_):
            return
        ent = self.reg.named(self.text[s_:e_].lower(), "unnamed", s_, self.text[m.start(1) : e_])
        if role_sex(ent) is not None:
            self.reg.mark_subject(ent, s_)

    def _opening_group_subject(self, u: Unit, pos: int) -> Entity | None:
        """The group that _register_group_subject found opening the sentence ('Environmental groups praised the bill
        but said ...'), if any."""
        toks, k = self._opener(u, pos)
        if k >= len(toks):
            return None
        return next((ent for _pos, is_subj, ent in self.reg.mentions_between(toks[k][1], toks[min(k + 1, len(toks) - 1)][2])
                     if is_subj and ent.kind == "unnamed"), None)

    def _opening_group(self, u: Unit, pos: int) -> Entity | None:
        """A sentence opened by a lower-case role or body ('A federal judge ...', 'The rebel alliance ...'), as an
        unnamed speaker; else None."""
        toks, k = self._opener(u, pos)
        if k >= len(toks) or toks[k][0].lower() not in ("the", "a", "an"):
            return None
        j = k + 1
        while j < len(toks) and j - k <= 3 and toks[j][0].isalpha() and toks[j][0].islower() \
                and toks[j][0] not in _PREPOSITIONS and self._verb_at(toks[j][0]) is None:
            j += 1
        head = toks[j - 1][0] if j > k + 1 else ""
        if head not in _ROLES_AND_TITLES:
            return None
        s_, e_ = toks[k + 1][1], toks[j - 1][2]
        return self.reg.named(self.text[s_:e_], "unnamed", s_, self.text[toks[k][1] : e_])

    def _role_subject(self, pronoun: str, pos: int) -> Entity | None:
        """'A company spokesman declined to comment on what he called ...': a he/she inside the sentence whose
        subject is one unnamed person ('a spokesman', 'the lawyer') stands for that person, when nobody named
        comes between them."""
        u = self.units[self._unit_of(pos)]
        if _ARTICLE_OPENING.match(self.text, u.start, pos) is None:
            return None  # (a quick test first: the sentence opens with no article)
        toks, k = self._opener(u, pos)
        if k >= len(toks) or toks[k][0].lower() not in ("the", "a", "an"):
            return None  # (also a sentence opened by the pronoun itself)
        if any(ent.kind != "unnamed" for _p, _s, ent in self.reg.mentions_between(u.start, pos)):
            return None
        ent = self._opening_group(u, pos)
        return ent if ent is not None and one_in_a_role(ent, PRONOUNS[pronoun.lower()]) else None

    @staticmethod
    def _lower_title_ahead(toks, j: int) -> int:
        """How many words of a lower-case title (at most three, the last a title) start at ``toks[j]`` before a
        capitalised name; 0 when none.  (More than one only after an acronym: "SPD parliamentary group leader Lars
        Kühnemann".)"""
        if j + 1 < len(toks) and toks[j][0] in _ROLES_AND_TITLES and is_cap(toks[j + 1][0]):
            return 1
        if j == 0 or not is_acronym(toks[j - 1][0]):
            return 0
        for x in range(j, min(j + 3, len(toks) - 1)):
            if not (toks[x][0].isalpha() and toks[x][0].islower()):
                return 0
            if toks[x][0] in _ROLES_AND_TITLES and is_cap(toks[x + 1][0]):
                return x + 1 - j
        return 0

    def _opening_subject(self, u: Unit, pos: int, past_verb_names: bool = False) -> Entity | None:
        """The named subject that opens the sentence holding ``pos`` ('Cruz exhorted ... and said'), if any.
        ``past_verb_names``: a lone unknown capitalised word before a past-tense verb names someone
        ('Pashinyan went further, saying ...')."""
        toks, k = self._opener(u, pos)
        if k >= len(toks):
            return None
        w, ws, _ = toks[k]
        if w.lower() in _SUBJECT_PRONOUNS and k + 1 < len(toks) and toks[k + 1][0].islower():
            return self._resolve(toks[k])
        named = self._named_in_opening_apposition(toks, k)
        if named is not None:
            return named
        if w.lower() == "the" and k + 2 < len(toks) and toks[k + 1][0] in SPEAKING_TEXTS \
                and toks[k + 2][0].isalpha() and toks[k + 2][0].islower() and toks[k + 2][0] not in AUXILIARIES:
            # "The letter attributed the episode to ... and said": the text speaks (its writer, when the story names one)
            s_, e_ = ws, toks[k + 1][2]
            return classify(self.reg, Phrase(self.text[s_:e_], s_, e_, [w, toks[k + 1][0]]), s_)
        if w.lower() in _ROLE_OPENERS:
            ent = self._role_opener(toks, k)
            if ent is not None or k + 1 >= len(toks) or toks[k + 1][0].islower():
                return ent
        if w.lower() != "the" and (w.lower() in _CLAUSE_STARTERS or w.lower() in CAP_STOP):
            return None  # "Because Carl Imrie had resigned, the council ... and said": not the subject
        j = k
        while j < len(toks) and j - k < 8 and (is_cap(toks[j][0]) or toks[j][0] in (".", "-") or j > k and j + 1 < len(toks)
                                               and (step := self._lower_title_ahead(toks, j))):
            # (a lower-case title inside the name: "Council member Rosa Ibanez supported ... but asked", "SPD
            # parliamentary group leader Lars Kühnemann went further, accusing")
            j += step if not is_cap(toks[j][0]) and toks[j][0] not in (".", "-") else 1
        verb_at = j
        if j < len(toks) - 2 and toks[j][0] == "," and toks[j + 1][0].lower() == "who":
            # "Supervisor Nora Galbraith, who chairs the board, thanked him and said": past the relative clause
            close = next((c for c in range(j + 2, min(len(toks), j + 22)) if toks[c][0] in (",", ".", ";", ":", "“", '"')), None)
            if close is not None and toks[close][0] == "," and close + 1 < len(toks):
                verb_at = close + 1
        elif j < len(toks) - 2 and toks[j][0] == "," and toks[j + 1][0].lower() in ("a", "an", "the"):
            # "The Fair Fee Alliance, a campaign group that has collected ..., welcomed the freeze but said": past
            # the apposition (a quoted name inside it too)
            close = next((c for c in range(j + 2, min(len(toks), j + 32)) if toks[c][0] in (",", ".", ";", ":")), None)
            if close is not None and toks[close][0] == "," and close + 1 < len(toks):
                verb_at = close + 1
        if j == k or verb_at >= len(toks) or not toks[verb_at][0].isalpha() or not toks[verb_at][0].islower():
            return None  # the sentence does not open with a name followed by its verb
        if toks[j - 1][0].endswith(("'s", "’s")):
            return None  # "Scott's family has called on ...": the family speaks, not Scott
        if j - k == 1 and self.reg.by_surname(strip_possessive(w)) is None and not (
                past_verb_names and (toks[j][0].endswith("ed") or toks[j][0] in _IRREGULAR_PAST)):
            return None  # one capitalised word nobody else in the text bears: "Perhaps go a step further, and ask"
        for _pos, is_subj, ent in self.reg.mentions_between(ws, toks[j][1]):
            if is_subj and ent.kind in ("person", "organisation", "government"):
                return ent
        s_, e_ = ws, toks[j - 1][2]
        words = [t[0] for t in toks[k:j]]
        if self._not_a_name(words, e_, False) or len(words) >= 2 and self._sentence_word(words, s_, False):
            return None  # "Central European leaders ..., warning": an adjective; "Say Mexico demanded": a verb
        ent = classify(self.reg, Phrase(self.text[s_:e_], s_, e_, words), s_, subject=True)
        return ent if ent is not None and ent.kind in ("person", "organisation", "government") else None

    def _named_in_opening_apposition(self, toks, k: int) -> Entity | None:
        """'My editor, Paul Renner, read them and said': the one named in apposition to a role that opens the
        sentence, before its verb."""
        if toks[k][0].lower() not in _POSSESSIVE_OPENERS and not (is_cap(toks[k][0]) and toks[k][0].endswith(("'s", "’s"))):
            return None  # ("My editor, Paul Renner,", "Mandeville's publicist, Dana Sorkin,")
        c1 = next((j for j in range(k + 1, min(len(toks), k + 6)) if not toks[j][0].isalpha() or is_cap(toks[j][0])), None)
        if c1 is None or c1 == k + 1 or toks[c1][0] != ",":
            return None  # (a role in lower case words first: "the new director,")
        c2 = next((j for j in range(c1 + 1, min(len(toks), c1 + 6)) if not is_cap(toks[j][0]) and toks[j][0] != "."), None)
        if c2 is None or c2 == c1 + 1 or toks[c2][0] != "," or c2 + 1 >= len(toks) or not toks[c2 + 1][0].islower():
            return None
        for _pos, _subj, ent in self.reg.mentions_between(toks[c1][1], toks[c2][1]):
            if ent.kind == "person":
                return ent
        return None

    def _said_before(self, u: Unit, pos: int) -> bool:
        """Has a statement of this unit been found before ``pos`` (so its speaker is the one going on)?"""
        return any(u.start <= st.start < pos for st in reversed(self.out[-6:]))

    def _role_opener(self, toks, k: int) -> Entity | None:
        """A sentence opened by a determiner and a role ('The Republican nominee outlined ... and vowed', 'His
        ex-wife agreed, but also contended'): who the role names, when a verb follows it."""
        for h in range(k + 1, min(len(toks) - 1, k + 5)):
            w = toks[h][0]
            if not (w.replace("-", "").replace(".", "").isalpha()) or w.islower() and self._verb_at(w) is not None:
                return None  # ("The U.S. ambassador said ... and urged": an abbreviation may qualify the role)
            low = w.lower().removeprefix("ex-")
            nxt = toks[h + 1][0]
            if (low in _ROLES_AND_TITLES or low in RELATIVES) and nxt.isalpha() and nxt.islower() and (
                    nxt.endswith(("ed", "ly")) or nxt in _IRREGULAR_PAST or nxt in _OPENER_ADVERBS or nxt in AUXILIARIES
                    or self._verb_at(nxt) is not None):  # a verb follows: "The senator also ...", not "the department video"
                ent, _surface, _ = self._subject_before(toks[k][1], toks[h][2])
                return ent if ent is not None and ent.kind in ("person", "organisation", "government", "unnamed") else None
        return None

    def _para_of(self, pos: int) -> int:
        k = bisect.bisect_right(self._para_starts, pos) - 1
        return max(0, k)

    def _window(self, pos: int) -> int:
        """Pronouns look back about two paragraphs: the start of the paragraph two before the one holding
        ``pos`` (its end included), or 0 when none holds it.  Paragraphs are lines: apart and in order."""
        k = bisect.bisect_right(self._para_starts, pos) - 1  # the last paragraph starting at or before pos
        if k < 0 or self.paras[k][1] < pos:
            return 0
        return self.paras[max(0, k - 2)][0]

    # -- one unit -------------------------------------------------------------------------------
    _TRANSCRIPT = re.compile(r"[\"“]?((?:(?:MR|MS|MRS|DR|SEN|REP|GOV|GEN)\. )?[A-Z][A-Z'’\-]{2,}(?: [A-Z][A-Z'’\-]{1,}){0,2})"
                             r":\s+(\S.*)$", re.S)  # "WALLACE: ...", "MS. LUNDQVIST: ...", "SPOKESWOMAN ANNA LUNDQVIST: ..."

    _NAMED_TURN = re.compile(r"([A-Z][a-z][\w’'-]+(?: [A-Z][a-z][\w’'-]+)?):\s+(\S.*)$", re.S)  # "Achterberg: ..."

    # a speaker's name alone on its line, before the paragraphs of their turn (an oral history, a transcript):
    # 'MARGARET "PEG" O'SULLIVAN, news editor:', 'DEV BHATTACHARYA:'
    _HEADER_TURN = re.compile(r"((?:[A-Z][A-Z'’\-]+|[\"“][A-Z][A-Za-z'’\-]*[\"”])(?: (?:[A-Z][A-Z'’\-]+|[\"“][A-Z][A-Za-z'’\-]*[\"”]))"
                              r"{1,3})(?:,[^\S\n]+[^:\n—–()]{1,100})?:[^\S\n]*")  # (not "MORGAN CITY, La. (AP) — The latest ...:")

    def _header_turn(self, u: Unit) -> bool:
        """A paragraph that is a speaker's name alone ('DEV BHATTACHARYA, sports reporter:'), and the paragraphs
        after it, each that speaker's words until the next such name."""
        ps, pe = self.paras[u.para]
        hm = self._HEADER_TURN.fullmatch(self.text, ps, pe)
        if hm is not None and hm.group(1).lower().replace("’", "'") not in _HEADLINE_LABELS:
            words = [w.title() for w in hm.group(1).split() if w[:1] not in "\"“"]
            ent = self._named_person(" ".join(words)) or self.reg.person(words, [], u.start)
            if ent.name.isupper() or len(ent.name.split()) < len(words):  # (met first as a label's capitals)
                ent.name = person_name(words) or " ".join(words)
            self.header_speaker, self.header_para = ent, u.para
            self.last_para = self.transcript_para = u.para
            self.turn_speaker = None
            return True
        if self.header_speaker is None or u.para != self.header_para + 1:
            return False
        self.header_para = u.para
        self._emit(self.header_speaker, "direct", ps, pe, ":", u, "")
        self.last_para = self.transcript_para = u.para
        self.turn_speaker = self.header_speaker
        return True

    def _fact_check_claim(self, u: Unit, start: int) -> bool:
        """``CLAIM: "..."`` with ``WHO SAID IT: Name, at a town hall ...`` in the paragraph after it (or before): a
        fact check's claim is the words of the one it names (an ad's: the body it is from). Without one, the claim
        is nobody's statement."""
        t = self.text
        ent = None
        for para in (u.para + 1, u.para - 1):
            if not 0 <= para < len(self.paras):
                continue
            who = _WHO_SAID_IT.match(t, *self.paras[para])
            if who is None:
                continue
            s, e = who.span(1)
            cut = _SOURCE_PHRASE_END.search(t, s, e)
            e = cut.start() if cut is not None else e
            origin = _MADE_BY.search(t, s, e)  # ("A 30-second ad from Copper State Forward")
            ent, _surface = self._subject_after(origin.end() if origin is not None else s, e)
            break
        if ent is None or ent.kind not in ("person", "organisation", "government"):
            return True
        _ps, pe = self.paras[u.para]
        quotes = [q for q in u.quotes if q.open >= start]
        if quotes:
            for q in quotes:
                self._emit(ent, "direct", q.start, q.end, ":", u, "")
        elif len(t[start:pe].split()) >= 3:
            self._emit(ent, "indirect", start, pe, ":", u, "")
        return True

    def _transcript(self, u: Unit) -> bool:
        """``WALLACE: Let's start with ...``: a speaker's turn in a transcript."""
        if u.start != self.paras[u.para][0]:
            return False
        if self._header_turn(u):
            return True
        qa = _QA_TURN.match(self.text, u.start, self.paras[u.para][1])
        if qa is not None and (qa.group(1) == "Q" and (self.text.find("?", u.start, self.paras[u.para][1]) > 0
                                                       or self.interviewee is not None)  # ("Q: That must have hurt.")
                               or qa.group(1) == "A" and self.interviewee is not None):
            return self._interview_turn(u, qa)  # ("A. Smith said" is no answer: an answer follows a question)
        if (court := _COURT_TURN.match(self.text, u.start, self.paras[u.para][1])) is not None and u.para > 0:
            return self._court_turn(u, court)
        m = self._TRANSCRIPT.match(self.text, u.start, self.paras[u.para][1])
        if m is None and u.para > 0 and self.text[u.start + 1 : u.start + 2].islower() \
                and self.text.find(":", u.start, min(u.start + 40, self.paras[u.para][1])) > 0:
            m = self._NAMED_TURN.match(self.text, u.start, self.paras[u.para][1])
            if m is not None:
                known = self.reg.by_surname(m.group(1).split()[-1])
                if known is None or known.kind != "person":
                    return False  # "Achterberg: A hospital is already political.": a person the story named
                self._emit(known, "direct", m.start(2), self.paras[u.para][1], ":", u, m.group(1))
                self.last_para = self.transcript_para = u.para
                self.turn_speaker = known
                return True
        if m is not None and m.group(1).lower() in ("claim", "the claim"):
            return self._fact_check_claim(u, m.start(2))
        if not m or m.group(1).lower().replace("’", "'") in _HEADLINE_LABELS:
            return False  # ("CLARIFICATION: The first sentence has been ...": an editor's label)
        if u.para == 0 and len(self.paras) > 1 and self.paras[0][1] - self.paras[0][0] < 200 \
                and self.text[self.paras[0][1] - 1] not in ".?!\"”’'" and " " not in m.group(1) \
                and getattr(self.reg.by_surname(m.group(1).title()), "kind", "") != "person":
            return False  # "NTSB: Cracked propeller blade found ...": a headline's source, no speaker's turn
        if u.para == 1 and " " not in m.group(1) and self.transcript_para < 0:  # (after a headline)
            known = self.reg.by_surname(m.group(1).title())
            if known is None or known.kind != "person":  # (a speaker named before: "COLE: Will you sign ...")
                return False  # "ERUMBANAD: Chief Minister K. Ramachandran on Sunday launched ...": a dateline
        name = m.group(1)
        words = [w.title() for w in name.split()]
        known = self.reg.by_surname(words[-1])
        if u.para == 0 and len(words) >= 2 and (known is None or known.kind != "person"
                                                or known.first_pos < self.paras[0][1]) \
                and not any(w.lower() in lexicon.first_names() for w in words):
            return False  # "MEASLES HITS DETROIT: Canadian outbreak crosses ...": a headline's kicker, nobody's turn
        ent = self.reg.by_surname(words[-1]) or self.reg.by_surname(name)
        if ent is None or ent.kind != "person":
            ent = classify(self.reg, Phrase(" ".join(words), u.start, u.start + len(name), words), u.start)
            if ent is None or ent.kind != "person":  # ("SPOKESWOMAN ANNA LUNDQVIST": Anna Lundqvist, her title apart)
                ent = self.reg.person(words, [], u.start)
        if ent.name.isupper():  # met first as the capitals of a label: give it the case of a name
            ent.name = person_name(words) or " ".join(words)
        pe = self.paras[u.para][1]
        self._emit(ent, "direct", m.start(2), pe, ":", u, name)
        self.last_para = u.para
        self.transcript_para = u.para
        self.turn_speaker = ent
        return True

    def _turn_goes_on(self, u: Unit) -> bool:
        """A paragraph with no label between a turn and the next ('A: Not worried, no. ...' / 'But he was right
        that a film has to be its own animal. ...' / 'Q: What are you working on now?'): the turn goes on."""
        if self.turn_speaker is None or u.para != self.transcript_para + 1 or u.start != self.paras[u.para][0] \
                or u.para + 1 >= len(self.paras):
            return False
        if self._direction(u.para) or self._NAMED_TURN.match(self.text, u.start, self.paras[u.para][1]):
            return False  # "(CROSSTALK)": a direction, not words; "Courier: What will you miss?": someone else's turn
        nxt = u.para + 1
        while nxt + 1 < len(self.paras) and self._direction(nxt):
            nxt += 1
        ns, ne = self.paras[nxt]
        if _QA_TURN.match(self.text, ns, ne) is None and self._TRANSCRIPT.match(self.text, ns, ne) is None \
                and self._NAMED_TURN.match(self.text, ns, ne) is None:
            return False
        self._emit(self.turn_speaker, "direct", u.start, self.paras[u.para][1], ":", u, "")
        self.transcript_para = u.para
        self.last_para = u.para
        return True

    def _direction(self, para: int) -> bool:
        """Is the paragraph a direction in brackets ('(LAUGHTER)', '[inaudible]')?"""
        body = self.text[self.paras[para][0] : self.paras[para][1]].strip(" \t\"“”'.")
        return body[:1] in "([" and body[-1:] in ")]"

    def _interview_turn(self, u: Unit, qa) -> bool:
        """``Q: ...`` / ``A: ...`` in an interview: the questions are the interviewer's (not kept), the answers
        the interviewee's -- the person the text names as its subject before the first question."""
        if self.interviewee is None:
            first_q = self.paras[u.para][0]
            named = [(is_subj, ent) for _pos, is_subj, ent in self.reg.mentions_between(0, first_q)
                     if ent.kind == "person"]
            people = [ent for is_subj, ent in named if is_subj] or [ent for _s, ent in named]
            self.interviewee = max(people, key=people.count) if people else False
            # "She spoke to Jonah Prewitt at her kitchen table": the one who asks
            m = _INTERVIEWER.search(self.text, 0, first_q)
            if m is not None and self.interviewee:
                words = (m.group(1) or m.group(2)).split()
                asker = self.reg.by_surname(words[-1])
                if asker is None or asker.kind != "person":
                    asker = self.reg.person(words, [], m.start(1))
                self.interviewer = asker if asker is not self.interviewee else None
        if qa.group(1) == "Q" and u.para > 0 and self.transcript_para != u.para - 1:
            self._questioning(u.para - 1)  # (a block of its own: who asks and who answers may change)
        self.transcript_para = u.para
        self.turn_speaker = None
        if qa.group(1) == "Q":
            if self.interviewer is not None:
                self._emit(self.interviewer, "direct", qa.end(), self.paras[u.para][1], ":", u, "")
                self.turn_speaker = self.interviewer
            return True
        if not self.interviewee:
            return True
        assert isinstance(self.interviewee, Entity)
        self._emit(self.interviewee, "direct", qa.end(), self.paras[u.para][1], ":", u, "")
        self.turn_speaker = self.interviewee
        self.last_para = u.para
        return True

    def _court_turn(self, u: Unit, m: re.Match[str]) -> bool:
        """'Prosecutor: ...' / 'Witness: ...' after 'Ms Brennan ... was questioned by prosecuting counsel Siobhán
        Gallagher': the one questioned answers, the one questioning asks; a label the text does not tie to anyone
        is nobody's words (not 'Witness: Mr Moriarty called me into his office' read as Moriarty calling)."""
        if self.transcript_para != u.para - 1:
            self.interviewer = self.interviewee = None
            self._questioning(u.para - 1)
        side = _COURT_ROLES[m.group(1).lower()]
        who = self.interviewee if side == "a" else self.interviewer if side == "q" else None  # (the judge: not known)
        self.last_para = self.transcript_para = u.para
        self.turn_speaker = who if isinstance(who, Entity) else None
        if self.turn_speaker is not None:
            self._emit(self.turn_speaker, "direct", m.start(2), self.paras[u.para][1], ":", u, "")
        return True

    def _questioning(self, para: int) -> None:
        """The paragraph before a block of questions and answers, when it says who questions whom ('Under
        questioning by Alcántara, Rosenthal described the man:', 'Whitfield pressed Rosenthal on the lighting'): the
        answers are the one questioned's, the questions the questioner's."""
        ps, pe = self.paras[para]
        asker = answerer = None
        m = _QUESTIONS.search(self.text, ps, pe)
        if m is not None:
            asker, answerer = self.reg.by_surname(m.group(1).split()[-1]), self.reg.by_surname(m.group(2).split()[-1])
        elif (m := _QUESTIONED_BY.search(self.text, ps, pe)) is not None:
            name = [w for w in m.group(1).split() if not w.isupper()] or m.group(1).split()  # (not "SC", "QC")
            asker = self.reg.by_surname(name[-1])
            others = {id(e): e for _p, _s, e in self.reg.mentions_between(ps, pe) if e.kind == "person" and e is not asker}
            answerer = next(iter(others.values())) if len(others) == 1 else None
        elif (m := _EXCHANGE_WITH.search(self.text, ps, pe)) is not None:
            answerer = self.reg.by_surname(m.group(1).split()[-1])
            if answerer is not None and answerer.kind == "person":
                self.interviewee = answerer
        if asker is not None and answerer is not None and asker is not answerer \
                and asker.kind == answerer.kind == "person":
            self.interviewer, self.interviewee = asker, answerer

    def _inside_turn(self, idx: int, u: Unit) -> None:
        """The statements of others that a turn reports: 'A: ... My editor, Paul Renner, read them and said,
        “This is a very good book that nobody should publish.”' -- by a speaker the turn names, never by one it
        refers to by a pronoun or by the one whose turn it is."""
        if self.turn_speaker is None or self.nested_in is not None:
            return
        para, speaker = self.transcript_para, self.turn_speaker
        last, last_para, last_said, last_said_end = self.last, self.last_para, self.last_said, self.last_said_end
        self.nested_in, self.transcript_para = speaker, -1
        try:
            self._unit(idx, u)
        finally:
            self.nested_in, self.transcript_para, self.turn_speaker = None, para, speaker
            self.last, self.last_para, self.last_said, self.last_said_end = last, last_para, last_said, last_said_end

    def _unit(self, idx: int, u: Unit) -> None:
        t = self.text
        ent: Entity | None
        if u.para == self.transcript_para:
            self._inside_turn(idx, u)
            return
        if self.nested_in is None and self._transcript(u):
            self._inside_turn(idx, u)
            return
        if self.turn_speaker is not None and self.nested_in is None and self._turn_goes_on(u):
            self._inside_turn(idx, u)
            return
        # a paragraph introduced by "Name continued:" / "The Times reports:" is that speaker's
        if self.colon_lead is not None:
            ent, para = self.colon_lead
            if u.para == para + 1 and u.start == self.paras[u.para][0]:
                body = t[u.start : self.paras[u.para][1]]
                if not body.lstrip().startswith(("“", '"', "'")):
                    self._emit(ent, "direct", u.start, self.paras[u.para][1], ":", u, "")
                    self.transcript_para = u.para
                    self.last_para = u.para
                    return
                self.last, self.last_para, self.last_said = ent, u.para, u.start
                self.last_said_end = u.start
            if u.para > para:
                self.colon_lead = None
        unit_speakers: list[Entity] = []
        handled_quotes: set[int] = set()
        # 1. quotations with an attribution next to them
        for qi, q in enumerate(u.quotes):
            if self._skip_quote(q):
                handled_quotes.add(qi)
                continue
            prev_end = u.quotes[qi - 1].close + 1 if qi > 0 else u.start
            next_start = u.quotes[qi + 1].open if qi + 1 < len(u.quotes) else u.end
            before = t[prev_end : q.open]
            after_lo = q.close + 1
            ent, surface, cue = self._attribution_after(after_lo, next_start)
            kind = "direct"
            if ent is None:
                ent, surface, cue = self._attribution_before(prev_end, q.open)
                if ent is not None and not _LEAD_IN_END.search(before.rstrip("'")):  # (before a ''quote'')
                    kind = "partial"
                if ent is None and (label := _PASSIVE_LABEL_BEFORE.search(before)) is not None \
                        and (agent := _AGENT_AFTER.match(t, after_lo, next_start)) is not None \
                        and not all(is_cap(w) for w in t[q.start : q.end].split()):  # (not a name: "called “Dawn”")
                    # "have been branded ‘short-sighted’ by opposition leader Morag Finlay": the agent labels
                    ent, surface = self._subject_after(agent.start(1), agent.end(1))
                    kind, cue = "partial", label.group(1)
                    if ent is not None and ent.kind not in ("person", "organisation", "government", "unnamed"):
                        ent = None
            elif before.strip(" \t,—–-'") and not _COLON_COMMA_END.search(before):
                kind = "partial"
            if ent is None:
                continue
            if kind == "direct" and self._embedded(before):
                kind = "partial"
            if kind == "direct" and qi + 1 < len(u.quotes) and self._words(q) == 1 \
                    and t[q.start : q.end].rstrip("”\"’' ").endswith(","):
                # '“Hopefully,” the president said, “this museum ...”': one word opening a split quote says
                # nothing alone; the speaker carries over to the second half
                unit_speakers.append(ent)
                handled_quotes.add(qi)
                continue
            if cue in _ANSWER_FORMS and surface.lower() in ("he", "she"):
                ent = self._asked_one(u, q.open, surface.lower()) or ent  # '“Never,” she replied.' after "asked Kramer"
            self._emit(ent, kind, q.start, q.end, cue, u, surface)
            unit_speakers.append(ent)
            handled_quotes.add(qi)
        # 2. reported speech
        self._reported(idx, u, unit_speakers)
        # 3. quotations left: partial quotes in an attributed sentence, or quotes standing alone
        for qi, q in enumerate(u.quotes):
            if qi in handled_quotes:
                continue
            narration = "".join(t[s:e] for s, e in self._narration(u)).strip(" \t.,;:—–-'")
            if not narration:
                # a quotation standing alone continues the latest speaker of this or the previous paragraph
                if (not q.single or self._quoting_in_single_marks()) and (self._words(q) >= 3 or self._short_reply(q, u)):
                    ent = self._sentence_before_speaks(idx, u)
                    if ent is None and not q.closed and q.open == self.paras[u.para][0]:
                        ent = self._speaker_ahead(u.para)
                    if ent is None and self.last is not None and u.para - self.last_para <= 1:
                        ent = self.last
                    if ent is not None:
                        self._emit(ent, "direct", q.start, q.end, "", u, "")
                        unit_speakers.append(ent)
                continue
            if unit_speakers and not _NAMING_BEFORE.search(t, max(u.start, q.open - 30), q.open):
                # (not a name for a thing: "what has become known as ''the Buffett rule'' after Buffett complained")
                ent = unit_speakers[0]
                self._emit(ent, "partial", q.start, q.end, "", u, "")
        if t[u.end - 1] == ":" and u.end == self.paras[u.para][1]:
            lead = self._colon_lead(u)
            if lead is not None:
                self.colon_lead = (lead, u.para)
                unit_speakers.append(lead)
        if unit_speakers:
            last = unit_speakers[-1]
            if last.kind == "unnamed" and _crowd(last):  # (a chanting crowd keeps the speaker before it)
                last = next((e for e in reversed(unit_speakers) if not _crowd(e)), last)
            if id(last) in self._nested:  # (one quoted inside another's statement: the other goes on speaking)
                last = next((e for e in reversed(unit_speakers) if id(e) not in self._nested), last)
            self.last = last
            self.last_para = u.para

    def _quoting_in_single_marks(self) -> bool:
        """Was the latest statement a quotation in single marks (the house style of British papers), so that a
        single-quoted sentence standing alone after it goes on quoting, not scare-quoting?"""
        if not self.out:
            return False
        st = self.out[-1]
        return st.kind == "direct" and st.start > 0 and self.text[st.start - 1] in ("'", "‘")

    def _short_reply(self, q: Quote, u: Unit) -> bool:
        """'“We were counting on this,” said Nora Flett. “Now what?”': a short whole sentence in quotation marks
        right after its speaker's statement in the same paragraph."""
        body = self.text[q.start : q.end].rstrip(" ”\"’'")
        return bool(body) and body[-1] in ".?!" and self.last is not None and self.last_para == u.para \
            and bool(self.out) and self.out[-1].start >= self.paras[u.para][0]

    def _speaker_ahead(self, para: int) -> Entity | None:
        """A quotation left open at the end of paragraph ``para`` runs on through the paragraphs that reopen it;
        its speaker is the one named where it finally closes ('“... ¶ “... ¶ “... out loud,” Brannigan said.')."""
        for p in range(para + 1, min(len(self.paras), para + 8)):
            ps, pe = self.paras[p]
            quotes = self._para_quotes[p]
            if not quotes or quotes[0].open != ps or quotes[0].single:
                return None
            if quotes[0].closed:
                nxt = quotes[1].open if len(quotes) > 1 else pe
                ent, _surface, _cue = self._attribution_after(quotes[0].close + 1, nxt)
                return ent
        return None

    def _sentence_before_speaks(self, idx: int, u: Unit) -> Entity | None:
        """A quotation standing alone right after a sentence about someone who said nothing in it
        ('Sen. Sanders identified exhaustion with bigotry as a reason. "The younger people are ..."')."""
        if idx == 0:
            return None
        prev = self.units[idx - 1]
        if prev.para != u.para and not (prev.para == u.para - 1 and u.start == self.paras[u.para][0]
                                        and _SPEAKING_ACT.search(self.text, prev.start, prev.end)):
            # (a paragraph that opens with the quotation, after a sentence about someone's remarks: 'the former
            # public defender ended her remarks with a pitch on drug prices. ¶ “When I’m in the Senate, ...')
            return None
        if any(self._words(q) >= 5 for q in prev.quotes) or any(prev.start <= st.start < prev.end for st in self.out):
            return None
        ent = self._sentence_subject(prev, prev.end)
        return ent if ent is not None and ent.kind == "person" else None

    def _colon_lead(self, u: Unit) -> Entity | None:
        """The speaker of a paragraph ending 'Caddell continued:' or 'Sanders made the following comment:'."""
        toks = self._tokens(u.start, u.end)
        for k, (w, ws, _) in enumerate(toks[:24]):
            lw = w.lower()
            v = self._verb_at(lw)
            if v is not None and v.lemma == "point" and not _OUT_AFTER.match(self.text, ws + len(w), u.end):
                continue  # "Key points:": a list's heading, nobody's words
            if k + 1 < len(toks) and toks[k + 1][0] == "by" and w[0].islower():
                continue  # "In a letter to the premier released by the regional government, Giannelli wrote:"
            if v is not None and w[0].islower() and not self._adjective_state(lw, ws + len(w)) \
                    and not self._noun_use(toks, k, v) or lw in ("made", "issued", "released", "gave"):
                ent, _, _ = self._subject_before(u.start, ws)
                if ent is not None and ent.kind != "unnamed" or ent is not None and k <= 3:
                    return ent
                return None
        return None

    def _words(self, q: Quote) -> int:
        return len(self.text[q.start : q.end].split())

    def _skip_quote(self, q: Quote) -> bool:
        if self.text.endswith(("so-called ", "so called "), max(0, q.open - 10), q.open):
            return True  # 'a so-called "player revolt"': the writer's distance, nobody's words
        body = self.text[q.start : q.end].strip()
        if not body or _PLUG.match(body):
            return True  # nothing, or an author's plug at the foot of a story ("Follow Pam Key on Twitter @pk")
        words = body.split()
        # titles of shows, books, documents: "Morning Joe", "Declaration of the Council ..."
        if len(words) <= 8 and all(is_cap(w) or w.lower() in ("of", "the", "and", "or", "a", "on", "in", "for", "to") for w in words):
            if not body.endswith((".", "!", "?")):
                return len(words) > 1 or q.single
            if re.search(r"(?:\b(?:on|in|to|from|titled|called|dubbed|named|show|program)|[’']s)\s+$",
                         self.text[max(0, q.open - 20) : q.open]):
                return True  # 'said on “Fox and Friends.”': a title with the sentence's full stop inside
        if q.single and len(words) < 2:
            return True
        return False

    def _embedded(self, before: str) -> bool:
        """Is the quote inside narration ('called Armenia Russia's “closest friend”')?"""
        b = before.rstrip()
        if not b:
            return False
        return not b.endswith((":", ",", "—", "–", "-", ".")) and bool(_WORD_END.search(b))

    def _attribution_after(self, lo: int, hi: int) -> tuple[Entity | None, str, str]:
        """``“...,” Name said`` / ``“...,” said Name`` / ``“...?” he asked``."""
        # a dash attribution closing the paragraph: "“...” ― Esther Tapia"
        m = _DASH_ATTRIBUTION.match(self.text, lo, hi)
        if m and m.end() >= self.paras[self._para_of(lo)][1]:
            ent, surface = self._subject_after(m.start(1), m.end(1))
            if ent is not None:
                return ent, surface, "―"
        if self._para_of(lo) == 0 and self.text[self.paras[0][0]] in "“\"‘'" \
                and (m := _HEADLINE_QUOTE_COLON.match(self.text, lo, hi)) is not None:
            run = _CAP_RUN.match(self.text, m.end(), hi)
            ent = (self._seen_phrases.get(run.group()) or self.reg.by_surname(run.group())) if run else None
            if ent is not None and ent.kind == "person" and len(ent.name.split()) >= 2:
                return ent, run.group(), ":"  # a headline '“We will come out stronger”: Kesari breaks silence ...'
        m = _AFTER_QUOTE_PUNCTUATION.match(self.text, lo, hi)
        pos = m.end() if m else lo  # None when the next quote opens right here (lo > hi)
        m = _ACCORDING_AFTER_QUOTE.match(self.text, pos, hi)
        if m:  # '“We are ready,” according to Peskov.'
            ent, surface = self._subject_after(m.end(), hi)
            if ent is not None and ent.kind != "unnamed":
                return ent, surface, "according to"
        toks = self._tokens(pos, min(hi, pos + 320))
        if len(toks) > 2 and toks[0][0].lower() == "as" and any(
                (v := self._verb_at(w)) is not None and v.lemma in ("speak", "talk") for w, _s, _e in toks[1:6]):
            return None, "", ""  # '... chanted “Lock her up!” as the governor spoke': while he spoke, not what he said
        if not toks or toks[0][0].lower() in _SUBORDINATORS or toks[0][0] in ("and", "or") and len(toks) > 1 \
                and toks[1][0].lower() in ("that", "whether", "if", "why", "how"):
            return None, "", ""  # '“That makes me smart,” when Clinton blasted him' / '“...” and that ...': another clause
        # verb first: ", said Putin", ", added the CSTO statement"
        k = 0
        while k < len(toks) and toks[k][0].lower() in AUXILIARIES:
            k += 1
        if k < len(toks) and self._verb_at(toks[k][0]) and toks[k][0][0].islower() \
                and not self._adjective_state(toks[k][0], toks[k][2]):
            if toks[k][0].endswith("ing"):
                return None, "", ""  # '“...”, telling the Dáil that ...': a participle has its object after it
            ent, surface = self._subject_after(toks[k][2], hi)
            if ent is not None:
                return ent, surface, toks[k][0]
            return None, "", ""  # '“...,” said she disagreed': the verb's content follows, not an attribution
        # name first: ", Putin said", ", the Secretary General assured"
        depth = 0
        for k in range(min(len(toks), 40)):
            w = toks[k][0]
            if w in ("(", ")"):
                depth += 1 if w == "(" else -1
                continue
            if depth > 0:
                continue  # "(D-Mo.)"
            if w == "," and k + 1 < len(toks) and self._verb_at(toks[k + 1][0]) and toks[k + 1][0][0].islower():
                continue  # the comma closing an apposition: "McConnell, R-Ky., said"
            if w in (".", ";", "!", "?") or (w == "," and k > 0 and not self._apposition_ahead(toks, k)) \
                    or w.lower() in _SUBORDINATORS and not (w == "once" and k + 1 < len(toks)
                                                            and self._verb_at(toks[k + 1][0]) is not None) \
                    or w == "that" and k > 0 and toks[k - 1][0] in ("and", "but", "or"):
                break  # "“the gold standard” of trade deals when she was secretary of state": another clause (or
                #        'it "regrets" the decision and that it would continue ...': more of what was said)
            v = None if self._adjective_state(w, toks[k][2]) else self._verb_at(w)
            if v is not None and k > 0 and w[0].islower() and toks[k - 1][0].lower() not in _DETERMINERS \
                    and toks[k - 1][0].lower() not in _PREPOSITIONS and not self._named_noun(toks, k) \
                    and not (w == v.lemma and v.lemma not in ("say", "tell") and is_cap(toks[k - 1][0])
                             and not toks[k - 1][0].endswith("s")):
                # (a bare form after one name is a noun: '“...”: X breaks silence on Tidewater report at AGM')
                if w.endswith("ing") and toks[k - 1][0].lower() not in AUXILIARIES:
                    break  # "“massive resistance” to the Supreme Court ruling in ...": a noun, no attribution
                if toks[k - 1][0].lower() == "who" and (self._apposition_ahead(toks, k)
                                                        or _ANONYMITY.match(self.text, toks[k][2], hi)):
                    continue  # '“...,” one man, who asked not to be named, said': the relative clause's verb
                if re.search(r"[.!?]['’”\"]*$", self.text[max(0, lo - 4) : lo]) and toks[0][0][:1].isupper():
                    cs = self._content_start(v, toks[k][2], hi)
                    if cs is not None and cs >= 0:
                        break  # '... was “not in line with our policy.” The network said it would ...': a new sentence
                lead = [(x[0].lower(), i) for i, x in enumerate(toks[:4]) if x[0] not in ("-", "—", "–", ",")]
                if len(lead) >= 2 and lead[0][0] in ("a", "an") and lead[1][0] in _REMARK_NOUNS and k > lead[1][1] + 1:
                    return None, "", ""  # '‘...’ - a remark one senior backbencher branded ‘breathtaking
                    #                       arrogance’': the quotation is what they labelled, not their words
                ent, surface, ok = self._subject_before(pos, toks[k][1])
                if ent is None:
                    # '“...,” a woman who lives nearby said': the noun phrase before a relative clause
                    rel = next((j for j in range(1, k - 1) if toks[j][0] == "who"), None)
                    if rel is not None:
                        ent, surface, ok = self._subject_before(pos, toks[rel][1])
                if ent is not None:
                    return ent, surface, w
                break
        return None, "", ""

    def _noun_use(self, toks, k: int, v) -> bool:
        """Is the verb form at ``toks[k]`` a noun or adjective here ('a show of', 'state Del. Price')?"""
        prev = toks[k - 1][0].lower() if k > 0 else ""
        if prev in _DETERMINERS or prev.endswith(("’s", "'s")):
            return True
        if prev in _PREPOSITIONS and prev != "to" and not toks[k][0].endswith("ing"):
            return True  # "said in remarks on Monday:", "in comments to reporters": a noun after a preposition
        if v.lemma == "estimate" and k + 1 < len(toks) and _ESTIMATES_NOUN.match(" " + toks[k + 1][0]):
            return True  # "a Senate estimates hearing"
        if "-" in prev and prev.replace("-", "").isalpha() and toks[k - 1][0].islower():
            return True  # "a flurry of late-night tweets": a compound adjective before a noun
        if k >= 2 and toks[k - 2][0].lower() in ("a", "an", "the") and prev in _ORDER_ADJECTIVES:
            return True  # "In a later post, Kovalchuk wrote:", "a separate statement": an adjective before a noun
        if toks[k][0].lower() != v.lemma or v.lemma in ("say", "tell"):
            return False
        if self._named_noun(toks, k):
            return True
        # a bare form needs a subject that can take it: "they state", "officials say", "will state"
        return not (prev in _PLURAL_SUBJECTS or prev in AUXILIARIES or prev.endswith("s") and prev.isalpha())

    @staticmethod
    def _named_noun(toks, k: int) -> bool:
        """Is ``toks[k]`` a noun after 'a' and a name: 'a New York Times report', 'an Associated Press count'?"""
        j = k - 1
        while j >= 0 and is_cap(toks[j][0]):
            j -= 1
        return j < k - 1 and j >= 0 and toks[j][0].lower() in ("a", "an")

    def _apposition_ahead(self, toks, k: int) -> bool:
        """A comma that opens an apposition before the verb: '“...,” Zas, the CSTO chief, said'."""
        for j in range(k + 1, min(len(toks), k + 30)):
            if toks[j][0] in (".", ";", "!", "?", "“", "”", '"'):
                return False
            if toks[j][0] == "," and j + 1 < len(toks) and self._verb_at(toks[j + 1][0]) is not None \
                    and toks[j + 1][0][0].islower():
                return True  # several appositions: "Jo Pratt, the attorney general, one of the plaintiffs, said"
        return False

    def _attribution_before(self, lo: int, hi: int) -> tuple[Entity | None, str, str]:
        """``Name said: “...”`` / ``Name told reporters, “...”`` / ``According to Name, “...”``."""
        t = self.text
        seg = t[lo:hi]
        stripped = seg.rstrip(" \t:,—–-")
        if not stripped.strip():
            return None, "", ""
        toks = self._tokens(lo, lo + len(stripped))
        # the last speech verb within the last few words
        for k in range(len(toks) - 1, max(-1, len(toks) - 10), -1):
            w = toks[k][0]
            if w in (".", ";", "!", "?"):
                break
            v = self._verb_at(w)
            if v is not None and w in _INVERTED_OPENERS and (k == 0 or toks[k - 1][0] in (".", "!", "?", "”", '"')):
                # "Said Ellis: “...”": a sentence opening with the verb
                ent, surface = self._subject_after(toks[k][2], lo + len(stripped))
                if ent is not None:
                    return ent, surface, w.lower()
            if v is None or not w[0].islower():
                continue
            if k > 0 and toks[k - 1][0].lower() == "to" or self._noun_use(toks, k, v) \
                    or self._adjective_state(w, toks[k][2]):
                if k + 2 == len(toks) and toks[k + 1][0] == "of":
                    return None, "", ""  # "The crowd answered with chants of “...”": the words are the chants'
                continue
            if _NEGATED.search(t, max(lo, toks[k][1] - 30), toks[k][1]):
                continue  # "has never told me what to say: “...”": not the quotation's attribution
            if w.endswith("ed") and _PASSIVE_BEFORE.search(t, max(lo, toks[k][1] - 30), toks[k][1]) \
                    or v.lemma in ("compare", "liken") and k + 1 < len(toks) and toks[k + 1][0].lower() == "to":
                continue  # passive: "has been called a charlatan by physicians for promoting “quack” cures"
            if w.endswith("ed") and k > 0 and k + 1 < len(toks) and toks[k + 1][0] == "by" \
                    and toks[k - 1][0].isalpha() and toks[k - 1][0].islower() and self._verb_at(toks[k - 1][0]) is None:
                continue  # a participle after its noun: "said in a video posted by the NGO: “...”" -- the verb before
            if w == "saying" and k > 2 and toks[k - 1][0] == "as" and "quoted" in t[max(lo, toks[k][1] - 90) : toks[k][1]]:
                ent = self._quoted_source(self.units[self._unit_of(lo)], toks[k][1])
                if ent is not None:  # "The Times quoted her as saying: “...”"
                    return ent, "", w
            if w.endswith("ing") and k > 0 and toks[k - 1][0] == ",":
                # "..., saying, “...”": the subject of the sentence speaks
                unit = self.units[self._unit_of(lo)]
                ent = self._sentence_subject(unit, toks[k][1])
                if ent is None and self.last is not None and self.last_said >= unit.start:
                    ent = self.last  # '“It's over,” said Kellan of the talks, adding: “We tried.”'
                if ent is None:
                    ent = self._opening_subject(unit, toks[k][1])  # "The rebel alliance rejected ..., calling it “...”"
                if ent is not None:
                    return ent, "", w
            if k > 1 and toks[k - 1][0] in ("and", "but") and _COORDINATED_BEFORE.search(t, lo, toks[k][1]):
                # "Tom Eliot stood up and said, “...”": the subject of the sentence's first verb
                unit = self.units[self._unit_of(lo)]
                ent = self._opening_subject(unit, toks[k][1]) or self._opening_group_subject(unit, toks[k][1])
                if ent is not None:
                    otoks, ok_ = self._opener(unit, toks[k][1])
                    first = otoks[ok_][0] if ok_ < len(otoks) else ""
                    return ent, first if first.lower() in PRONOUNS else ent.name, w
                # "The moment came when Ms. Marchetti turned to Mr. Brannigan and said, “...”": the subject of the
                # verb coordinated with it, named right before that verb
                first_verb = next((j for j in range(k - 2, max(-1, k - 9), -1)
                                   if toks[j][0] in (",", ".", ";") or toks[j][0].islower()
                                   and (toks[j][0].endswith("ed") or toks[j][0] in _IRREGULAR_PAST)
                                   and j > 0 and is_cap(toks[j - 1][0])), -1)
                if first_verb > 0 and toks[first_verb][0] not in (",", ".", ";"):
                    ent, surface, _ok = self._subject_before(lo, toks[first_verb][1])
                    if ent is not None and ent.kind in ("person", "organisation", "government"):
                        return ent, surface, w
            ent, surface, ok = self._subject_before(lo, toks[k][1])
            if (ent is None or ent.kind == "unnamed") and (
                    self.text.find(" that ", max(lo, toks[k][1] - 120), toks[k][1]) >= 0
                    or self.text.find(" who ", max(lo, toks[k][1] - 120), toks[k][1]) >= 0):
                # "The lodge that represents Rockford officers said ... “...”": the noun before the relative clause
                rel, rel_surface = self._relative_subject(lo, toks[k][1])
                if rel is not None:
                    ent, surface = rel, rel_surface
            if ent is None and k + 1 < len(toks) and v.lemma in _INVERTIBLE \
                    and (k == 0 or toks[k - 1][0] in _INVERSION_OPENERS):  # not "It said the envoy's account “...”"
                # inverted: "said Jo Pratt: “...”" -- not the object of "encouraged Americans to “check out” ..."
                ent, surface = self._subject_after(toks[k][2], lo + len(stripped))
            if ent is not None:
                return ent, surface, w
            return None, "", ""
        if seg.rstrip().endswith(":"):
            m = _COLON_OWNER.search(stripped)
            if m:
                # "Kellan put it bluntly: “...”", "Kellan's reply: “...”", "Kellan's message was clear: “...”"
                g = 1 if m.group(1) else 3
                owner, os_, cue = m.group(g), lo + m.start(g), m.group(g + 1)
                ent = self._owner(owner, os_)
                role = owner[:1].islower() or owner.startswith(("A ", "An ", "The "))
                if role and not (owner.split()[-1] in ROLE_NOUNS or titleish(owner.split()[-1])):
                    ent = None  # ("A Treasury spokesman hit back:", "The minister shot back:"; not "The plan went on:")
                if ent is not None and (ent.kind != "unnamed" or role and g == 1):
                    return ent, owner, cue
        m = _MESSAGE_FROM_COLON.search(stripped) if seg.rstrip().endswith(":") and " from " in stripped else None
        if m:
            # "A timely reminder from the State Emergency Service: “...”": who the message is from
            ent, surface = self._subject_after(lo + m.start(1), lo + m.end(1))
            if ent is not None:
                return ent, surface, ":"
        m = _ISSUED_COLON.search(stripped) if seg.rstrip().endswith(":") else None
        if m:
            # "The ministry issued the following statement: “...”", "Sanders made this comment: “...”"
            ent, surface, _ok = self._subject_before(lo, lo + m.start(1))
            if ent is not None:
                return ent, surface, m.group(1)
        m = re.search(r"\baccording to\s+(.+?)\s*$", stripped, re.I)
        if m:
            ent, surface = self._subject_after(lo + m.start(1), lo + len(stripped))
            if ent is not None:
                return ent, surface, "according to"
        # "From Chairwoman X:" / "Name:" right before the quote
        m = re.search(r"(?:^|\bfrom\s+)([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,4})\s*$", stripped)
        if m and seg.rstrip().endswith(":"):
            ent, surface = self._subject_after(lo + m.start(1), lo + m.end(1))
            if ent is not None and ent.kind in ("person", "organisation", "government"):
                return ent, surface, ":"
        return None, "", ""

    # -- reported speech ------------------------------------------------------------------------
    def _reported(self, idx: int, u: Unit, unit_speakers: list[Entity]) -> None:
        t = self.text
        narr = self._narration(u)
        if not narr:
            return
        if t[u.end - 1] == "?" and not u.quotes and _WH_OPENING.match(t, u.start, u.end):
            return  # "What would she tell the 19-year-old boarding that plane?": the writer asks, nobody says
        # headline "Name: what they said"
        if idx == 0 and u.para == 0:
            m = re.match(r"([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})(?:\s+on\s+[^:]{2,40})?:\s+(\S.{8,})$",
                         t[u.start : u.end])
            if m and m.group(1).isupper() and len(m.group(1).split()) >= 3 \
                    and not any(w.lower() in lexicon.first_names() for w in m.group(1).split()):
                m = None  # "MEASLES HITS DETROIT: Canadian outbreak ...": a kicker in capitals, no name
            if m and m.group(1).lower() not in _HEADLINE_LABELS:
                ent, surface = self._subject_after(u.start, u.start + m.end(1))
                # (a label of title-case words with a preposition in it names nobody unless the story names it
                # again: "Stealth Over Health: Hillary Clinton Was Headed to ER")
                label_words = {w.lower() for w in m.group(1).split()}
                if ent is not None and ent.kind != "unnamed" and (ent.mentions > 1 or not label_words & _LABEL_STOPS):
                    self._emit(ent, "indirect", u.start + m.start(2), u.end, ":", u, surface)
                    return
            if self._headline_says(u):
                return
        # verb forms that start before done_until are skipped
        done_until = max(u.start, self._participle_opener(u, unit_speakers), self._put_it(u, unit_speakers))
        self._nominal_claims(u, unit_speakers)
        done_until = max(done_until, self._by_own_account(u, unit_speakers))
        verb_re = lexicon.speech_verb_pattern(_PUT_FORMS)
        for s, e in narr:
            if e <= done_until:
                continue  # (not searched: every form found would start before done_until)
            for m in verb_re.finditer(t, s, e):
                w, ws, we = m.group(), m.start(), m.end()
                if ws < done_until:
                    continue
                lw = w.lower()
                if t.startswith(("'s", "’s"), we):
                    continue  # "the state's new map", "Reports' authors": a possessive noun, not the verb
                if lw == "say" and _LETS_BEFORE.search(t, max(s, ws - 8), ws):
                    continue  # "Let's say you think ...": a supposition, nobody speaks
                if lw == "state" and (self._adjective_state(lw, we) or not _STATE_VERB_BEFORE.search(t, max(s, ws - 30), ws)):
                    continue  # the verb "state" follows a plural, a pronoun or a modal (not "a key swing state")
                if lw == "states" and self._adjective_state(lw, we):
                    continue  # "from the member states", "all states": the noun
                if lw == "according to":
                    got = self._according(u, ws, we, unit_speakers)
                else:
                    v = self._verb_at(w) or (_PUT if lw in _PUT_FORMS else None)
                    if v is None:
                        continue
                    got = self._reported_verb(idx, u, v, w, ws, we, unit_speakers)
                done_until = max(done_until, got)
                if done_until >= e:
                    break  # (the rest of the segment is not searched, as above)

    def _owner(self, owner: str, pos: int, subject: bool = False) -> Entity | None:
        """Whose words these are: a pronoun ('his', 'him', 'they') resolved in the discourse, else the name
        ('Kellan', "Ruth Kellan's" without its 's) read as a noun phrase (``subject``: it opens its clause)."""
        low = owner.lower()
        if low in _TO_SUBJECT_PRONOUN or low in PRONOUNS:
            word = _TO_SUBJECT_PRONOUN.get(low, low)
            return self._pronoun_at(word, pos)
        return classify(self.reg, Phrase(owner, pos, pos + len(owner), owner.split()), pos, subject=subject)

    def _nominal_claims(self, u: Unit, unit_speakers: list[Entity]) -> None:
        """``Trump's claim that there have been thousands of shootings``, ``his warning that ...``: a claim named by
        a noun, its owner the speaker."""
        t = self.text
        if t.find(" that ", u.start, u.end) < 0 or _CLAIM_NOUN.search(t, u.start, u.end) is None:
            return  # cheap checks first: most sentences hold no claim noun before "that"
        for m in _NOMINAL_CLAIM.finditer(t, u.start, u.end):
            if _in_quote(u, m.start()):
                continue
            owner, ns = m.group(1), m.start(1)
            surface = owner if owner.lower() in _TO_SUBJECT_PRONOUN else t[ns : m.end(1) - 2].strip()
            if not surface or not is_cap(surface.split()[-1]) and surface.lower() not in _TO_SUBJECT_PRONOUN:
                continue
            ent = self._owner(surface, ns)
            if ent is None or ent.kind == "unnamed":
                continue
            cs = m.end()
            ce = self._content_end(cs, u)
            lead = t[u.start : m.start()]
            if "," not in lead and lead.split() and lead.split()[0].lower() in _ADJUNCT_OPENERS:
                comma = t.find(",", cs, ce)  # "Contrary to his claim that ..., the papers were long": the adjunct ends
                ce = comma if comma > 0 else ce
            if len(t[cs:ce].split()) < 3 or any(st.start <= cs < st.end for st in self.out):
                continue
            self._emit(ent, "indirect", cs, ce, m.group(2), u, surface)
            unit_speakers.append(ent)
        for m in _WITH_CLAIM.finditer(t, u.start, u.end):
            # "Halvorsen opened the debate with a stark warning that the world was entering ...": the subject's
            if _in_quote(u, m.start()) or any(st.start <= m.end() < st.end for st in self.out):
                continue
            ent = self._opening_subject(u, m.start())
            if ent is None or ent.kind == "unnamed":
                continue
            cs = m.end()
            ce = self._content_end(cs, u)
            if len(t[cs:ce].split()) >= 3:
                self._emit(ent, "indirect", cs, ce, m.group(1), u, "")
                unit_speakers.append(ent)

    def _by_own_account(self, u: Unit, unit_speakers: list[Entity]) -> int:
        """``By Trump's own admission, his returns are thick.`` / ``In her words, ...``: the rest of the sentence
        is the owner's."""
        t = self.text
        m = _OWN_ACCOUNT.match(t, u.start, u.end)
        if m is None:
            return 0
        owner, ns = m.group(1), m.start(1)
        surface = owner if owner.lower() in _TO_SUBJECT_PRONOUN else owner[:-2]
        ent = self._owner(surface, ns)
        if ent is None or ent.kind == "unnamed" or len(t[m.end() : u.end].split()) < 3:
            return 0
        self._emit(ent, "indirect", m.end(), u.end, m.group(2), u, surface)
        unit_speakers.append(ent)
        return u.end

    def _put_it(self, u: Unit, unit_speakers: list[Entity]) -> int:
        """``As Simonyan put it in a statement, RT is ...`` / ``..., as one aide put it.``: what was put so."""
        t = self.text
        if t.find("put it", u.start, u.end) < 0:
            return 0
        m = _AS_PUT_IT.search(t, u.start, u.end)
        if m is None:
            return 0
        ent, surface = self._subject_after(m.start(1), m.end(1))
        if ent is None or ent.kind == "unnamed" and len(surface.split()) < 2:
            return 0
        lead = t[u.start : m.start()].strip(" ,“\"")
        if not lead:  # "As X put it, content."
            cs, ce = m.end(), u.end
        elif (c := _COMMA_BEFORE_AS.search(t, u.start, m.start())) is not None and len(lead.split()) >= 3 \
                and not t[m.end() : u.end].strip(" .!?”\"'"):  # "content, as X put it." / 'a "source," as X put it.'
            cs, ce = u.start, (c.end(1) if c.group(1) else c.start())
            k = t.rfind(", ", cs, c.start())
            if k > 0 and not _in_quote(u, k) and _SUBORDINATOR.search(t, cs, k):
                cs = k + 2  # "..., because while most applicants must work, the main test is a “source,” as X put it"
        else:
            return 0
        if len(t[cs:ce].split()) < 3:
            return 0
        self._emit(ent, "indirect", cs, ce, "put it", u, surface)
        unit_speakers.append(ent)
        return u.end

    def _participle_opener(self, u: Unit, unit_speakers: list[Entity]) -> int:
        """``Citing a poll, Trump said ...`` / ``Claiming the plan would fail, Kellan voted no``: the sentence opens
        with a reporting participle whose content runs to the comma; the main clause's subject speaks."""
        t = self.text
        m = _PARTICIPLE_OPENER.match(t, u.start, u.end)
        if m is None:
            return 0
        v = self._verb_at(m.group(1).lower())
        if v is None or "weak" in v.flags:
            return 0
        comma = next((c.start() for c in re.finditer(",", t[m.end() : u.end]) if not _in_quote(u, m.end() + c.start())), None)
        if comma is None:
            return 0
        cs, ce = m.end(), m.end() + comma
        words = t[cs:ce].split()
        if len(words) < 3 or words[0].lower() in _PREPOSITIONS \
                or v.lemma in ("speak", "talk") and _SPOKE_HOW.match(t, cs - 1, ce):
            return 0  # "Writing for the Times, ...", "Speaking briefly in court, ...": where or how, not what
        if v.lemma == "address" and _AUDIENCE_AFTER.match(t, m.end() - 1, ce):
            return 0  # "Addressing a crowd of several thousand, ...": who heard
        sm = _MAIN_SUBJECT.match(t, ce + 1, u.end)
        if sm is None:
            return 0
        surface, ns = sm.group(1), sm.start(1)
        ent = self._owner(surface, ns, subject=True)
        if ent is None or ent.kind not in ("person", "organisation", "government"):
            return 0
        self._emit(ent, "indirect", cs, ce, m.group(1), u, surface)
        unit_speakers.append(ent)
        return ce

    def _asked_one(self, u: Unit, pos: int, pronoun: str) -> Entity | None:
        """'Judge Stark asked Lotte Kramer why she had waited. She replied that ...': the one answering is the one
        the sentence before (or this one, before ``pos``) asked, when the pronoun fits them."""
        lo = self.units[u.index - 1].start if u.index > 0 and self.units[u.index - 1].para == u.para else u.start
        m = next(reversed(list(_ASKED_SOMEONE.finditer(self.text, lo, pos))), None)  # the last "asked X"
        if m is None:
            return None
        sex = "m" if pronoun == "he" else "f"
        for _p, _s, ent in self.reg.mentions_between(m.end(), m.end() + 60):
            if ent.kind == "person" and ent.gender in (None, sex):
                return ent
            break
        return None

    def _quoted_source(self, u: Unit, ws: int) -> Entity | None:
        """'Unity FM quoted the minister as saying ...', 'Reuters quoted her as saying ...': the one quoted, who
        speaks (not the outlet that quotes them)."""
        m = _QUOTED_NP_AS.search(self.text, max(u.start, ws - 90), ws)
        if m is None:
            return None
        np_s, np_e = m.span(1)
        word = m.group(1).lower()
        if word in _TO_SUBJECT_PRONOUN:
            return self._pronoun_at(_TO_SUBJECT_PRONOUN[word], np_s)
        ent, _surface = self._subject_after(np_s, np_e)
        return ent if ent is not None and ent.kind in ("person", "organisation", "government", "unnamed") else None

    def _reported_verb(self, idx, u, v, w, ws, we, unit_speakers) -> int:
        t = self.text
        lw = w.lower()
        end = u.end
        if "weak" in v.flags and v.lemma not in ("find", "show") and t.find("that", we, min(end, we + 80)) < 0:
            return 0  # (a weak verb reports only a clause after "that": "Road rage is rising" names nobody)
        before = t[max(u.start, ws - 30) : ws]
        # (each search of ``before`` for a word or comma at its end first checks that the text holds one)
        raising = _RAISING_TO.search(before) if "to" in before else None
        if raising is None and "quoted" in before:
            raising = _QUOTED_AS.search(before)  # "was quoted as saying"
        if raising is None and "to" in before and _TO_BEFORE.search(before):
            return 0
        if _ANONYMITY.match(t, we, end):
            return 0  # "who asked not to be named": a condition of the interview, not a statement
        if "whether" in before or "if " in before:
            if _HYPOTHETICAL_BEFORE.search(before):
                return 0  # "Asked whether she would agree to the three debates": what she was asked about
        if t.find("sked", max(u.start, ws - 120), ws) >= 0 and _ASKED_WHETHER.search(t, max(u.start, ws - 120), ws):
            return 0  # "Asked whether the two men had discussed who would pay, the nominee said": part of the question
        if v.lemma not in ("say", "tell") and (closing := _CLOSING_ATTRIBUTION.search(t, we, end)
                                                or _CLOSING_NAMED.search(t, we, end)) is not None \
                and (t.find(",", we, end) == closing.start() or not any(we < q.open < end for q in u.quotes)):
            return 0  # "The company will report results in February, it said.": the whole sentence is what was said
        if _BY_AFTER.match(t, we, end) and not _BY_MEANS.match(t, we, end):  # passive: "was told by"
            # (not how it was said: "said by telephone that")
            m = _PASSIVE_AGENT.match(t, we, end) if _PASSIVE_BEFORE.search(before) else None
            if m is not None:
                # "Berg was told by Ruiz that the deal was off", "was described by analysts as “a disaster”": the
                # agent speaks
                ent, surface = self._subject_after(m.start(1), m.end(1))
                if ent is not None and ent.kind in ("person", "organisation", "government", "unnamed"):
                    cend = self._content_end(m.end(), u)
                    if len(t[m.end() : cend].split()) >= 2:
                        self._emit(ent, "indirect", m.end(), cend, w, u, surface)
                        unit_speakers.append(ent)
                        return cend
            return 0
        if lw == v.lemma and before[-1:].isspace() and before.split()[-1:] \
                and before.split()[-1] in _PREPOSITIONS and before.split()[-1] != "to":  # (not "went on to explain")
            return 0  # "removing voters from state rolls": a bare form after a preposition is a noun
        if v.lemma == "add" and _ARTICLE_AFTER.match(t, we, end):
            return 0  # "added a note of caution": a thing added, the words come elsewhere
        if lw.endswith("ed") and _PASSIVE_BEFORE.search(before):
            return 0  # "was widely ridiculed for": the subject is the target, not the speaker
        if lw.endswith("ed") and (m := _TEXT_BEFORE.search(before)) and m.group(1).lower() in SPEAKING_TEXTS \
                and _PREPOSITION_AFTER.match(t, we, end):
            return 0  # "in a video posted on the company's website": a participle describing the text
        if ("not" in before or "never" in before or "t " in before) and _NEGATED.search(before):
            return 0  # "has not mentioned Machado since": nothing was said
        issued = lw.endswith("ing") and _ISSUED_TEXT_BEFORE.search(t, max(u.start, ws - 60), ws)
        if not lw.endswith("ed") and lw not in ("said", "told", "wrote") and lw not in _IRREGULAR_PAST \
                and v.lemma not in ("say", "tell") and not issued:  # (a past form is no noun: "the study found")
            noun = _NOUN_BEFORE.search(before)
            if noun and not (noun.group(1) and noun.group(1).lower() == "that" and noun.group(2) and lw.endswith("s")) \
                    and not (lw.endswith("s") and t.startswith(" that ", we) and noun.group(1) in ("the", "a", "an")
                             and not noun.group(2)) \
                    and not (lw.endswith("s") and t.startswith(" that ", we) and noun.group(1) == "of" and noun.group(2)
                             and before.endswith(noun.group(2))):  # ("X of the University of Y argues that")
                return 0  # a noun: "ArmInfo's question", "the report", "a Donald Trump tweet" -- not "that Trump demands",
                #           nor "the report notes that", "the judge states that"
        if not lw.endswith("ed") and _DEGREE_BEFORE.search(before):
            return 0  # "widely seen as the most cautious voice in the cabinet": a noun after a degree's adjective
        if lw == "called" and _CAP_AFTER.match(t, we, end) and _NAMING_NOUN_BEFORE.search(before):
            return 0  # "A group called Parents for Medical Freedom said": a name given, not a call
        if v.lemma == "call" and (_CALL_PARTICLE_AFTER.match(t, we, end)
                                  or _CALL_PASSIVE_BEFORE.search(before) and not _FOR_ON_UPON_AFTER.match(t, we, end)
                                  or _REFLEXIVE_AFTER.match(t, we, end)
                                  or _ON_UPON_AFTER.match(t, we, end) and not _ON_SOMEONE_TO.match(t, we, end)
                                  or lw == "called" and _COMMA_BEFORE.search(before) and not _FOR_ON_AFTER.match(t, we, end)
                                  and not self._person_apposition_closes(u, ws)):
            return 0  # "called off", "was called", "a group, called the Fund": not speech
        if lw in (v.lemma, v.lemma + "s", v.lemma + "es") and _COUNTED.search(before):
            return 0  # "Twenty-seven states led by ...", "18 states", "in states won by": a counted noun
        if v.lemma == "welcome" and _WELCOMED_GUESTS.match(t, we, end):
            return 0  # "welcomed several hundred guests", "welcomed Modi to Washington": a host's act, not words
        if v.lemma == "declare" and _DECLARED_ACT.match(t, we, end):
            return 0  # "declared war on", "declared a state of emergency": an act, with no words reported
        if _POSSESSIVE_BEFORE.search(before) and not _CLAUSE_AFTER_VERB.match(t, we, end):
            return 0  # "Mayor Strand’s proposed budget", "the senator's stated aim": a participle as an adjective
            # (not "Moody’s said in a note that": a name with its 's, then the verb's own words)
        if v.lemma == "address" and _AUDIENCE_AFTER.match(t, we, end):
            return 0  # "Addressing a crowd of several thousand", "addressed the nation": who heard, not what was said
        if v.lemma == "claim" and _CLAIMED_ACT.match(t, we, end):
            return 0  # "claimed responsibility in a message posted online": an act (its words come elsewhere)
        if v.lemma == "estimate" and _ESTIMATES_NOUN.match(t, we, end):
            return 0  # "told a Senate estimates hearing": the budget estimates a committee examines
        if v.lemma == "post" and _POSTED_RESULT.match(t, we, end):
            return 0  # "posted a steeper-than-expected fall in profit", "posted record sales": a result, not a post
        if v.lemma == "decline" and not _DECLINED_SPEECH.match(t, we, end):
            return 0  # "support declined slightly", "declined that assignment": a fall or a refusal of a thing
        if v.lemma == "point" and not _OUT_AFTER.match(t, we, end):
            return 0
        if v.lemma == "put" and not _PUT_IT_TO.match(t, we, end):
            return 0  # only a counsel's "put it to the actor that ...": not "put forward", "as she put it"
        if v.lemma in ("compare", "liken") and _TO_AFTER.match(t, we, end):
            return 0  # "Talk compared to 'working the referees'": passive, nobody speaks
        if _QUOTE_AFTER.match(t, we, end) and (v.lemma == "call" or not self._quote_opens_clause(t[we:end])) \
                or "obj" in v.flags and _HEARER_QUOTE_AFTER.match(t, we, end):
            return 0  # a direct quotation follows ('told me, "We are ..."'): handled with the quote
        # who speaks
        ing = lw.endswith("ing")
        participle = ing and _PARTICIPLE_BEFORE.search(before)
        coordinated = ("and" in before or "but" in before) and _COORDINATED_BEFORE.search(before)
        # "Cruz exhorted Republicans to ... and said he was standing on principle": the sentence's subject
        opener = (self._opening_subject(u, ws) or self._opening_group_subject(u, ws)
                  if not participle and coordinated and not ing and lw != v.lemma else None)
        if not participle and unit_speakers and coordinated and (
                ing or lw == v.lemma or self._said_before(u, ws) or opener is None):
            participle = True  # "Trump is telling veterans ... and says he will ...": the same subject
        elif opener is not None:
            unit_speakers = [*unit_speakers, opener]
            participle = True
        if issued and not participle:
            # "The Security Council issued a statement calling the test ...": the issuer speaks through the text
            opener = self._opening_subject(u, ws) or self._opening_group(u, ws) or self._sentence_subject(u, ws)
            if opener is not None:
                unit_speakers = [*unit_speakers, opener]
                participle = True
        if lw in ("saying", "telling") and not participle and "quoted" in t[max(u.start, ws - 90) : ws]:
            source = self._quoted_source(u, ws)  # "Unity FM quoted the minister as saying that ..."
            if source is not None:
                unit_speakers = [*unit_speakers, source]
                participle = True
        progressive = ing and _PROGRESSIVE_BEFORE.search(before)
        if ing and not participle and not progressive and _BY_WHILE_BEFORE.search(before):
            # "began by saying he would never ...": the sentence's subject speaks
            opener = self._opening_subject(u, ws) or self._sentence_subject(u, ws)
            if opener is not None and opener.kind in ("person", "organisation", "government"):
                unit_speakers = [*unit_speakers, opener]
                participle = True
        if ing and not participle and not progressive and not (raising and raising.group().startswith(
                ("was", "were", "is", "are", "been"))):
            return 0
        if participle:
            ent, surface = (unit_speakers[-1] if unit_speakers else self._sentence_subject(u, ws)), ""
            if ent is None and not unit_speakers and lw.endswith("ing"):
                ent = self._opening_subject(u, ws, past_verb_names=True)  # "Pashinyan went further, saying ..."
                if ent is None:
                    ent = self._opening_group(u, ws)  # "A federal judge blocked the permit, ruling that ..."
            if ent is None:
                ent = self.last
                if ent is None or u.para - self.last_para > 1:
                    return 0
        else:
            if v.lemma in _INVERTIBLE and "," in before and _CLAUSE_END_BEFORE.search(before) \
                    and not self._named_with_apposition(u, ws):
                # "..., said one source in the room." — an inverted attribution closing the clause
                ent, surface = self._inverted_subject(we, end)
                if ent is not None:
                    return self._trailing(u, ws, ent, surface, w, unit_speakers, inverted=True)
            # "Ham went on to explain": the subject stands before "went on to"
            hi = ws - (len(before) - raising.start()) if raising is not None else ws
            ent, surface, _ = self._subject_before(self._clause_start(u, hi), hi)
            if v.lemma in _ANSWER_VERBS and surface.lower() in ("he", "she"):
                ent = self._asked_one(u, ws, surface.lower()) or ent  # "X asked Kramer why ... She replied that"
            if ent is None or t.find(" that ", max(u.start, hi - 120), hi) >= 0 \
                    or t.find(" who ", max(u.start, hi - 120), hi) >= 0:
                # "A 2014 study that appeared in the Medical Journal found", "Officials who met Smith said": the
                # noun before the relative clause, not a name inside it
                rel, rel_surface = self._relative_subject(self._clause_start(u, ws), hi)
                if rel is not None:
                    ent, surface = rel, rel_surface
            if ent is not None and ent.kind == "person" and before[-1:].isspace() \
                    and before.split()[-1:] in (["both"], ["all"], ["each"]):
                return 0  # "Merkley (D-Ore.), Brown (D-Ohio) and Menendez (D-N.J.) all suggested": not one person
            if ent is not None and lw == v.lemma and lw not in ("say", "tell", "put") and ent.kind != "unnamed" \
                    and surface.lower() not in ("i", "we", "they", "you") \
                    and not _MODAL_OR_TO_BEFORE.search(before):
                return 0  # "a Trump tweet", "the CSTO report": a singular name before a bare form is a noun phrase
            if ent is None and ("familiar" in t[max(u.start, ws - 120) : ws] or "briefed" in t[max(u.start, ws - 120) : ws]):
                fm = _FAMILIAR_BEFORE.search(t, max(u.start, ws - 120), ws)
                if fm is not None and fm.group(2) in ROLE_NOUNS:
                    # "A Democratic aide familiar with the negotiations said": the role, not what it knows of
                    ent = self.reg.named(fm.group(1), "unnamed", fm.start(1), fm.group(1))
                    surface = fm.group(1)
            if ent is None and (cs := self._clause_start(u, ws)) < ws and _UNNAMED_SOURCE.search(t, cs, ws) \
                    and (src := _SOURCE_OPENING.match(t, cs, ws)) is not None and src.group(2) in ROLE_NOUNS:
                # "A senior security official who asked not to be named because he was not authorized to discuss
                # intelligence said": the unnamed source the sentence opens with, however long its clause
                ent = self.reg.named(src.group(1), "unnamed", src.start(1), src.group(1))
                surface = src.group(1)
            if ent is None and (_QUOTE_COMMA_END.search(before) or before.rstrip().endswith(",")):
                # "Lindqvist, 52, who calls the year “the hardest of my life,” admitted": the name before the
                # relative clause that a quotation closes
                opening = self._relative_opening(max(u.start, ws - 200), ws)
                if opening >= 0:
                    ent, surface, _ = self._subject_before(self._clause_start(u, opening), opening)
                    if ent is not None and ent.kind not in ("person", "unnamed"):
                        # "Dr Miriam Ashworth, a senior fellow at the Institute for Eurasian Security, whose report ...
                        # was published, argued": the person before the apposition that the clause's comma closes
                        ent, surface, _ = self._subject_before(self._clause_start(u, opening), opening + 1)
                        if ent is not None and ent.kind != "person":
                            ent, surface = None, ""
            if ent is None:
                # inverted: "..., said Name." — only at the end of a clause
                if ws == u.start or "," in before and _CLAUSE_END_BEFORE.search(before):
                    ent, surface = self._subject_after(we, end)
                    if ent is not None and any(x in _FINITE_AUXILIARIES or x.islower() and x.endswith("ed")
                                               for x in surface.split()[1:]):
                        ent = None  # "..., said the prince had left shortly after 11 p.m.": the content's subject
                    if ent is not None and (v.lemma in _INVERTIBLE or ent.kind != "unnamed"):
                        # ("..., posted one-sided news from Ukraine": only verbs of saying put a common noun after them)
                        return self._trailing(u, ws, ent, surface, w, unit_speakers, inverted=True)
                return 0
        # content after the verb
        if _COPULA_AFTER.match(t, we, end) and _WHAT_HEAD.match(t, self._clause_start(u, ws)):
            return 0  # "Everything Trump says is a lie": the speaker sits in the subject's relative clause
        if surface and not participle and v.lemma != "call":  # "what he called tribalism" names a thing he said
            k = t.rfind(surface, self._clause_start(u, ws), ws)
            if k > 0 and _FREE_RELATIVE.search(t, max(0, k - 12), k):
                return 0  # "the gap between what Trump says his plan would do and ...": a thing said, not a statement
        if surface and not participle:
            k = t.rfind(surface, u.start, ws)
            if k >= 0 and _AS_LEAD.fullmatch(t, u.start, k):
                rest = _AS_REST.match(t, we, u.end)  # "As Arakelyan stated earlier, Yerevan expects ...": after the comma
                gap = t[we : rest.end()].strip(" ,").split() if rest is not None else []
                if rest is not None and len(t[rest.end() : u.end].split()) >= 3 \
                        and all(g.lower() in _TIME_WORDS or g.endswith("ly") or g.lower() == "on" for g in gap):
                    self._emit(ent, "indirect", rest.end(), u.end, w, u, surface)
                    unit_speakers.append(ent)
                    return u.end
        cstart = self._content_start(v, we, u.end)
        if cstart is None:
            # "..., Name said." — the content is what came before (never for "..., who joked of the museum")
            if not participle and v.lemma not in _NOT_TRAILING and not _MODAL_BEFORE.search(before) \
                    and not _RELATIVE_PRONOUN_BEFORE.search(before) \
                    and ("weak" not in v.flags or _ENDS_CLAUSE.match(t, we, u.end)):
                # (a cognition verb with an object is no attribution: "Deeply divided, leaders found little ...")
                return self._trailing(u, ws, ent, surface, w, unit_speakers, inverted=False)
            return 0
        if cstart == -2:
            return self._back_reference(idx, u, ent, surface, w, unit_speakers)
        if cstart == -1:
            return 0
        if cstart == -3:
            unit_speakers.append(ent)  # no content, but the speaker of what follows: "said as much, arguing that ..."
            return 0
        if _QUOTE_THEN_NAME.search(t, max(u.start, ws - 60), ws) and "that" not in t[we:cstart].split() \
                and u.quotes and not t[u.start : u.quotes[0].open].strip() and u.quotes[0].close < ws:
            # (a quotation that opens the sentence: not 'Calling the dispute “territorial,” Putin urged ...')
            return 0  # "“...,” Okafor told a crowd packed into the convention center": the quotation was what was told
        if _SUBORDINATE_START.match(t, cstart) and "that" not in t[we:cstart].split():
            return 0  # "Union and ministry trade blame as rail talks stall": a clause of time or reason, no content
        cend = self._content_end(cstart, u)
        gap = t[we:cstart].split()
        # a noun phrase is what was said: "praised the plan", "railed against the provisions"
        np_content = "direct" in v.flags or bool(gap) and gap[-1].lower() in _CONTENT_PREPOSITIONS.get(v.lemma, ())
        first_word = t[cstart : cstart + 12].split()[:1]
        if _INFINITIVE_CONTENT.match(t, cstart, cend) and not (first_word and first_word[0].lower() in _SUBJECT_PRONOUNS):
            # (not a clause with its own subject: "said she switched to yes after leaders promised ...")
            # "warned officials to boost their security after hackers targeted ...": what was urged ends before the
            # clause that says when or why
            cut = self._outside_quotes(_INFINITIVE_CUT, u, cstart, cend)
            if cut is not None:
                cend = cut.start()
        elif np_content:
            # "called for more information about the shooting, looping the streets around the stadium": what was
            # called for, praised or cited is a noun phrase; a participle clause after it is narration
            cut = self._outside_quotes(_PARTICIPLE_NARRATION, u, cstart, cend)
            if cut is not None and len(t[cstart : cut.start()].split()) >= 2:
                cend = cut.start()
        lead = t[self._clause_start(u, ws) : ws]
        if _SUBORDINATE.match(lead) and "," not in lead or _SUBORDINATE_TAIL.search(lead) or _RELATIVE_TAIL.search(lead):
            # "Though she called the plan reckless, Clinton voted for it": the content ends with the clause
            comma = next((m.start() for m in re.finditer(",", t[cstart:cend]) if not _in_quote(u, cstart + m.start())), None)
            if comma is not None:
                cend = cstart + comma
        if np_content:
            # "criticized the law as a “crazy system” during a campaign stop in Flint": the occasion is narration
            am = self._outside_quotes(_OCCASION, u, cstart, cend)
            if am is not None and len(t[cstart : am.start()].split()) >= 3:
                cend = am.start()
            tm = _TRAILING_DAY.search(t, cstart, cend)
            if tm is not None and len(t[cstart : tm.start()].split()) >= 3 and not _in_quote(u, tm.start()) \
                    and not t[cstart : tm.start()].endswith("ed") \
                    and t[cstart : tm.start()].rsplit(None, 1)[-1].lower() not in _TIME_LEADS:
                # (not "a ruling released Thursday", "sent forces earlier this year", "a plan from last week")
                cend = tm.start()  # "railed against the tax breaks on Monday": when, not what
        short_ok = (v.lemma == "call" and t[max(0, cstart - 4) : cstart] == "for " or v.lemma in ("urge", "demand")) \
            and t[cstart:cend].split()[:1] != [] and t[cstart:cend].split()[0].lower().rstrip(".,;!?") not in _OBJECT_PRONOUNS
        shortest = 2 if t.startswith("to ", cstart) else 1 if short_ok else 3
        if v.lemma == "argue" and _ARGUED_CASE.match(t, cstart, cend):
            return 0  # "the lawyer who argued the case for Delacroix": represented a client, said nothing here
        if v.lemma in ("decline", "refuse") and _NO_ANSWER.match(t, cstart, cend):
            unit_speakers.append(ent)  # (still the one the next "she said" may mean)
            return 0  # "declined to comment on the fines", "declined to say whether ...": no answer, nothing said
        if len(t[cstart:cend].split()) < shortest:  # ("called for calm", "urged restraint": a whole demand)
            if "direct" not in v.flags or _SPEECH_GOES_ON.match(t, cend, u.end):
                # "criticised the bloc, saying ...": too short to report, but a speaker ("ordered an inquiry" alone
                # is an act, not speech: its subject does not take the next "she said")
                unit_speakers.append(ent)
            return 0  # "declined to comment" is a whole answer; other content needs three words
        if "weak" in v.flags and not re.search(r"\bthat\s*$", t[we:cstart]) \
                and not (v.lemma in ("find", "show") and _FINDING_TEXT.search(surface or ent.name)) \
                and not (v.lemma == "find" and _PRONOUN_CLAUSE.match(t, cstart, cend)):
            return 0  # ("the poll found Harker leading by four points": a finding needs no "that")
        if _MESSAGE_THEN_COLON.match(t, cstart, cend):
            unit_speakers.append(ent)  # "posted a message on Facebook: “...”": the quotation is the content
            return 0
        if cend - cstart > 0 and all(_in_quote(u, p) for p in (cstart, cend - 2)) and self._one_quote(cstart, cend, u):
            return 0
        self._emit(ent, "indirect", cstart, cend, w, u, surface)
        unit_speakers.append(ent)
        return cend

    _SAYS_AFTER = re.compile(r"(.{8,}?),\s+((?:[A-Z][\w.’'\-]*\s+){0,5}[A-Z][\w.’'\-]*)\s+(Says|Said|Warns|Claims|Argues)[.!]?$")
    _SAYS_BEFORE = re.compile(r"((?:[A-Z][\w.’'\-]*\s+){0,5}[A-Z][\w.’'\-]*)\s+(Says|Said|Warns|Claims|Argues)\s+(\S.{8,})$")

    @staticmethod
    def _quote_opens_clause(after: str) -> bool:
        """Is the quotation right after the verb only the start of the reported clause
        ('said "budget reforms" and unpaid taxes would pay for it', 'claimed "X exaggerates" the rate')?"""
        m = re.match(r"\s*[“\"]([^“”\"\n]{1,40})[”\"]\s+(?:(and|or)\s+)?([a-z]+)\b", after)
        if m is None or m.group(1).rstrip()[-1:] in ".,;:!?" or len(m.group(1).split()) > 3:
            return False  # a whole utterance in quotation marks: what follows is narration
        if re.match(r"[^.;!?“”\"]*[.;!?]?[“”\"]", after[m.end() :]):
            return False  # more quotation marks in the clause: quotes inside a quotation, not a clause of ours
        nxt = m.group(3)
        if m.group(2):
            return nxt in _DETERMINERS  # '"budget reforms" and the collection of taxes would ...'
        return nxt not in lexicon.speech_verbs() and nxt not in _SUBORDINATORS and nxt not in ("and", "or", "but")

    def _person_apposition_closes(self, u: Unit, ws: int) -> bool:
        """Does the comma before ``ws`` close a named person's apposition ('Jo Lee, an adviser, called ...')?"""
        lo = self._clause_start(u, ws)
        if self.text.count(",", lo, ws) < 2:
            return False
        ent, surface, _ = self._subject_before(lo, ws)
        return ent is not None and ent.kind == "person" and any(is_cap(w) for w in surface.split())

    def _headline_says(self, u: Unit) -> bool:
        """Headlines in Title Case: 'Clean Energy Could Win, Lindsey Graham Says' / 'Obama Says Museum Will ...'."""
        t = self.text
        line = t[u.start : self.paras[u.para][1]]
        m = self._SAYS_AFTER.match(line)
        if m:
            name, cue, cs, ce = m.group(2), m.group(3), u.start + m.start(1), u.start + m.end(1)
            ns = u.start + m.start(2)
        else:
            m = self._SAYS_BEFORE.match(line)
            if not m:
                return False
            name, cue, cs, ce = m.group(1), m.group(2), u.start + m.start(3), u.start + m.end(3)
            ns = u.start
        words = name.split()
        ent = classify(self.reg, Phrase(name, ns, ns + len(name), words), ns)
        if ent is None:
            return False
        while ce > cs and t[ce - 1] in ".!? ":
            ce -= 1
        self._emit(ent, "indirect", cs, ce, cue.lower(), u, name)
        self.transcript_para = u.para
        return True

    def _back_reference(self, idx: int, u: Unit, ent: Entity, surface: str, verb: str, unit_speakers) -> int:
        """``The CSTO will not leave. Zas stated this during ...``: the content is the sentence before."""
        if idx == 0:
            return 0
        prev = self.units[idx - 1]
        if u.para - prev.para > 1 or any(st.start >= prev.start and st.end <= prev.end for st in self.out):
            return 0
        if len(self.text[prev.start : prev.end].split()) < 3:
            return 0
        self._emit(ent, "indirect", prev.start, prev.end, verb, prev, surface)
        unit_speakers.append(ent)
        return u.end

    def _one_quote(self, s: int, e: int, u: Unit) -> bool:
        return any(q.open <= s + 1 and q.close >= e - 2 for q in u.quotes)

    def _clause_start(self, u: Unit, ws: int) -> int:
        """Where the clause holding the verb starts: after the latest quote close before it -- unless that quote is a
        few words inside the narration, as a label ('The Commission, which rated the home ‘requires improvement’
        after an inspection, said'): the clause goes on across it."""
        lo = u.start
        t = self.text
        for q in u.quotes:
            if q.close < ws and not (self._words(q) <= 4 and _EMBEDDED_BEFORE.search(t, max(u.start, q.open - 30), q.open)
                                     and _EMBEDDED_AFTER.match(t, q.close + 1, ws + 30)):
                lo = max(lo, q.close + 1)
        return lo

    @staticmethod
    def _clause_ahead(toks, k: int) -> bool:
        """Is there a finite verb within a few words from ``toks[k]`` (so a clause starts, not a noun phrase:
        'the talks had stalled', not 'the story of his life')?"""
        for i, (w, _s, _e) in enumerate(toks[k : k + 6]):
            lw = w.lower()
            if w in ("“", '"') and i > 0:
                continue  # 'told staff the company "will not be held hostage"': the quotation takes up the clause
            if w in (",", ".", ";", ":", "“", '"') or lw in _PREPOSITIONS:
                return False
            if w.islower() and (lw in _CLAUSE_VERBS or lw.endswith("ed")):
                return True
        return False

    def _outside_quotes(self, pattern: re.Pattern, u: Unit, lo: int, hi: int) -> re.Match | None:
        """The first match of ``pattern`` in [lo, hi) that does not start inside a quotation of ``u``."""
        m = pattern.search(self.text, lo, hi)
        while m is not None and _in_quote(u, m.start() + 1):
            m = pattern.search(self.text, m.end(), hi)
        return m

    @staticmethod
    def _noun_modifier(toks, k: int) -> bool:
        """Is ``toks[k]``, a word that can be a speech verb, a noun modifying the role after it ('warned state
        officials to ...', 'told report writers')?"""
        if k > 0 and toks[k - 1][0].lower() not in _DETERMINERS:
            return False
        nxt = [w for w, _s, _e in toks[k + 1 : k + 3]]
        return bool(nxt) and (nxt[0] in ROLE_NOUNS or nxt[0] in _MEDIA_NOUNS or len(nxt) == 2 and nxt[0].isalpha() and nxt[0].islower()
                              and nxt[1] in ROLE_NOUNS)

    def _content_start(self, v, we: int, end: int) -> int | None:
        """Where reported content starts after the verb; None when the verb ends its clause."""
        toks = self._tokens(we, min(end, we + 240))
        if len(toks) > 3 and toks[0][0] == "," and toks[2][0] == "," and toks[1][0].islower() and toks[1][0].isalpha():
            toks = toks[3:]  # "noted, however, that ...": a parenthetical adverb
        if not toks or toks[0][0] in (".", "!", "?"):
            return None
        if toks[0][0] == "," and (len(toks) < 2 or toks[1][0].lower() not in ("that",)):
            return None
        # a "that" close by: "said in a statement that", "told reporters on Friday that"
        lead = toks[0][0].lower()
        if lead in ("goodbye", "farewell", "hello", "grace") and v.lemma == "say":
            return None  # "said goodbye to colleagues": a farewell, not a statement
        if lead in ("nothing", "little") and v.lemma in ("say", "reveal", "disclose") \
                and (len(toks) == 1 or toks[1][0].lower() in _NOTHING_AFTER):
            return None  # "Koval said nothing about the plan", "revealed little": no statement (not "said nothing
            #              would change")
        if lead == "to" and v.lemma in _INFINITIVE_VERBS and len(toks) > 1 and toks[1][0].isalpha() \
                and toks[1][0].islower() and toks[1][0] not in _DETERMINERS and toks[1][0] not in _OBJECT_PRONOUNS:
            return toks[0][1]  # "vowed to reject any measure that ...": what was vowed, not a clause after "that"
        if v.lemma in ("speak", "talk"):
            # "spoke of the legacy of racism", "talked about bringing communities together": what the talk was about;
            # "spoke out against the ruling": what was spoken against
            if lead == "out" and len(toks) > 2 and toks[1][0].lower() in ("against", "for", "about", "on"):
                return toks[2][1]
            return toks[1][1] if lead in ("of", "about") and len(toks) > 1 else None
        if lead in _QUANTITY_STARTS and lead in _PREPOSITIONS and self._quantity_clause(toks, 0):
            return toks[0][1]  # "said about a third of capacity had shut down": "about" is roughly, the clause its own
        adjunct = lead == "that" or lead in _PREPOSITIONS or lead in _TIME_WORDS or "obj" in v.flags \
            or lead.endswith("ly") and len(lead) > 4 and toks[0][0].islower()  # "complain bitterly that"
        if v.lemma == "call" and lead in ("for", "upon") or "direct" in v.flags and lead == "to":
            adjunct = False  # "called for contestants to wear dresses that showed ...": the call is what follows "for"
        elif _object_is_content(v, toks):
            adjunct = False  # "apologized for the remarks she made": the object of "for" is the content
        skip_to = -1
        for k, (w, _s, e) in enumerate(toks[:14] if adjunct else ()):
            if _s < skip_to:
                continue
            if w in (",", ".") and k > 0 and toks[k - 1][0][-1:].isdigit() and k + 1 < len(toks) \
                    and toks[k + 1][1] == e and toks[k + 1][0][:1].isdigit():
                continue  # "told about 4,000 supporters ... that", "2.5 million viewers": a number, not punctuation
            if w in ("“", '"') and k > 0 and toks[k - 1][0].lower() in ("on", "to", "in", "with") \
                    and (show := _SHOW_TITLE.match(self.text, _s)) is not None:
                skip_to = show.end()  # 'said on “Fox News Sunday” that ...': the programme's name, not a quotation
                continue
            if w in (".", ";", ":", "!", "?", "“", '"'):
                break
            if w.lower() == "that" and k + 1 < len(toks) and toks[k + 1][0].lower() in _DAYS | {"day", "time"}:
                continue  # "told reporters later that day that ...": a time, not the complementiser
            if w.lower() == "that" and k == 0 and len(toks) > 1 and toks[1][0].lower() in _THAT_SUBJECT_VERBS:
                return toks[k][1]  # "said that was not her view": "that" is the content's subject
            if w.lower() == "that" and k > 0 and k + 1 < len(toks) and toks[k + 1][0].lower() in _THAT_SUBJECT_VERBS:
                break  # "told reporters after the meeting that was held on a boat": a relative clause on the noun
            if w.lower() == "that" and (k + 1 < len(toks)) and toks[k + 1][0] not in (".", ";"):
                if k == 0 or not (toks[k - 1][0].lower() in _PREPOSITIONS or toks[k - 1][0].lower() in ("all", "like")):
                    return e
            if 2 <= k <= 6 and lead in _PREPOSITIONS and (w.lower() in _CONTENT_PRONOUNS or w == "it" or is_cap(w)
                                                           and k + 1 < len(toks) and toks[k + 1][0] in _CLAUSE_VERBS) \
                    and k + 1 < len(toks) \
                    and toks[k + 1][0].isalpha() and toks[k + 1][0].islower() and toks[k - 1][0].isalpha() \
                    and toks[k - 1][0].lower() not in _PREPOSITIONS and toks[k - 1][0].lower() not in _DETERMINERS \
                    and not any(x[0].islower() and (x[0] in AUXILIARIES or x[0].endswith("ed")) for x in toks[1:k]):
                return _s  # "said in an interview he would run": a pronoun opens the content after the adjunct
            if k > 0 and w in _CONTENT_SUBJECTS and toks[k - 1][0].lower() not in _SUBORDINATORS \
                    and toks[k - 1][0].lower() != "as":
                break  # a subject pronoun opens the content: "told reporters he would not back any bill that ..."
                #        (not "said Friday as he entered the talks that ...")
            if 3 <= k <= 8 and lead in _PREPOSITIONS and toks[k - 1][0].lower() in _DAYS \
                    and w.lower() in ("the", "a", "an", "its", "his", "her", "their") and self._clause_ahead(toks, k + 1):
                return _s  # "said in a statement on Sunday the party had evidence": a clause after the time
            if w == "," and k > 0:
                nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
                if nxt.lower() == "that" or is_cap(nxt) and k + 2 < len(toks) and toks[k + 2][0] in (",", "that"):
                    continue  # "said at a stop in Toledo, Ohio, that ..."
                break
        first = toks[0][0]
        lf = first.lower()
        if _object_is_content(v, toks):
            return toks[1][1]  # "warned against cuts to the program", "railed against the provisions": what was argued
        if v.lemma == "lash" and lf == "out":
            # "lashed out at the board over the delays": the target and the grievance
            return toks[2][1] if len(toks) > 2 and toks[1][0].lower() in ("at", "against") else None
        if lf in ("this", "that", "so") and (len(toks) == 1 or toks[1][0].lower() in _PREPOSITIONS | {",", ".", "on", "during"}):
            return -2  # a back-reference: handled by the caller
        if lf == "as" and len(toks) > 1 and toks[1][0].lower() == "much":
            return -3  # "said as much in an interview": agreement with something said elsewhere, no content here
        if lf == "out" and v.lemma == "point":
            return toks[1][1] if len(toks) > 1 else None
        if v.lemma == "put":  # "put it to the actor that ...": what the witness was asked to accept
            return next((toks[k + 1][1] for k in range(2, min(len(toks) - 1, 10)) if toks[k][0].lower() == "that"), None)
        if "direct" in v.flags:
            if v.lemma == "call":
                k = _past_time_words(toks, 0)  # "called Friday for releasing the videos"
                if k < len(toks) and toks[k][0].lower() in ("on", "for", "upon"):
                    return toks[k + 1][1] if k + 1 < len(toks) else None
            if lf == "to" and len(toks) > 1 and toks[1][0].islower() and self._verb_at(toks[1][0]) is not None:
                return toks[0][1]  # "declined to comment", "refused to disclose his records": refusing to speak
            if lf in _PREPOSITIONS or lf in (",",):
                return None
            if len(toks) > 1 and toks[1][0] == ":" and lf in _OBJECT_PRONOUNS:
                return None  # "scolded him: “...”": the quotation is the content, taken with the quote
            return toks[0][1]
        k = 0
        if lf in _WH_WORDS and v.lemma in _WH_VERBS:
            return toks[0][1]  # "asked why ...", "wondered whether ...", "explained how ..."
        if "obj" in v.flags and lf == "to" and v.lemma not in ("tell", "say") and len(toks) > 1 \
                and toks[1][0].isalpha() and toks[1][0].islower() and toks[1][0] not in _DETERMINERS:
            return toks[0][1]  # "promised to help the miners": no hearer, what is promised
        if "obj" in v.flags:
            if lf in _DETERMINERS and lf != "that" and _subject_then_auxiliary(toks):
                return toks[0][1]  # "warned the cuts could fuel crime": no hearer, a clause without "that"
            # skip the hearer: "told reporters", "told MSNBC's Morning Joe", "warned the committee"
            limit = 8
            while k < len(toks) and k < limit and toks[k][0].lower() not in _HEARER_STOPS \
                    and (toks[k][0] not in (",", ".", ":", ";") or toks[k][0] == "," and 0 < k < len(toks) - 1
                         and is_cap(toks[k - 1][0]) and is_cap(toks[k + 1][0]) and (limit := 14))  \
                    and not (toks[k][0].islower() and self._verb_at(toks[k][0])
                                                                           and not self._noun_modifier(toks, k)
                                                                           and not (k > 0 and toks[k - 1][0].lower() in _DETERMINERS)):
                # (a verb's form after a determiner is a noun: "told the state broadcaster KTV")
                if k > 0 and toks[k][0] == "to" and k + 1 < len(toks) and toks[k + 1][0].isalpha() \
                        and toks[k + 1][0].islower() and toks[k + 1][0] not in _DETERMINERS:
                    return toks[0][1]  # "told his advisers to figure out ...": the hearer and what they are to do
                if k > 0 and toks[k][0] in _DETERMINERS and toks[k - 1][0].lower() not in _DETERMINERS \
                        and toks[k - 1][0].lower() not in _PREPOSITIONS and self._clause_ahead(toks, k + 1):
                    break  # "told reporters the talks had stalled": after the hearer, a clause without "that"
                if k > 1 and is_cap(toks[k][0]) and toks[k - 1][0].isalpha() and toks[k - 1][0].islower() \
                        and toks[k - 1][0] not in _PREPOSITIONS and toks[k - 1][0] not in _DETERMINERS \
                        and toks[k - 1][0] not in ("and", "or") and self._clause_ahead(toks, k + 1):
                    break  # "told the jury Pellow created false invoices": a name opens the clause
                k += 1
            if k == 0:
                if toks[0][0].lower() in _SUBJECT_PRONOUNS and len(toks) > 2 and toks[1][0].islower() \
                        and (toks[1][0] in AUXILIARIES or toks[1][0].endswith("ed")):
                    return toks[0][1]  # "warned they would not produce nurses overnight": no hearer, the clause
                return None
            if k + 1 < len(toks) and toks[k][0] == "," and toks[k + 1][0].lower() in ("the", "a", "an"):
                # "asked NBC's Lester Holt, the moderator of the first debate, to fact check ...": past the hearer's
                # apposition, what they are asked to do
                close = next((j for j in range(k + 2, min(len(toks), k + 16)) if toks[j][0] in (",", ".", ";")), None)
                if close is not None and toks[close][0] == "," and close + 2 < len(toks) and toks[close + 1][0] == "to" \
                        and toks[close + 2][0].isalpha() and toks[close + 2][0].islower():
                    return toks[0][1]
        k = _past_time_words(toks, k)
        if k >= len(toks):
            return None
        w = toks[k][0]
        lw = w.lower()
        if lw == "to" and v.lemma not in ("say", "tell", "write", "add", "explain", "report", "state") \
                and k + 1 < len(toks) and toks[k + 1][0].islower() \
                and (toks[k + 1][0] not in _DETERMINERS and toks[k + 1][0] not in _OBJECT_PRONOUNS
                     or v.lemma in ("agree", "object", "consent", "commit", "respond", "react")):
            return toks[k][1]  # "pledged to cut taxes", "declined to comment" (not "shouted to the crowd")
        if lw in _QUANTITY_STARTS and self._quantity_clause(toks, k):
            return toks[k][1]  # "has said about 20 people have indicated", "said at least two million people would"
        if lw in _PREPOSITIONS or w in (",", ".", ";", ":", "!", "?") or lw in ("and", "but", "or", "nor"):
            return None  # "tweeted on Monday and encouraged ...": a second verb, not content
        if lw in ("as", "while", "until") and v.lemma not in ("ask", "wonder") \
                and not (k + 1 < len(toks) and toks[k + 1][0].lower() in ("much", "well", "many")):
            return None  # "said as he entered the talks": when, not what
        if lw in _CLAUSE_STARTERS or is_cap(w) or w[0].isdigit() or w in ("“", '"'):
            return toks[k][1]
        if "weak" not in v.flags and w[0].isalpha():
            return toks[k][1]  # an object: "cited the economy", "suggested changes"
        return None

    def _quantity_clause(self, toks, k: int) -> bool:
        """Does ``toks[k]`` open a quantity ("about a third", "at least 20") that is the subject of a clause ahead
        ("... of capacity had shut down", "... people have indicated")?"""
        q = _QUANTITY_AHEAD.match(self.text, toks[k][1])
        if q is None:
            return False
        j = bisect.bisect_left([x[1] for x in toks], q.end())
        ahead = itertools.takewhile(lambda x: x[0] not in (",", ".", ";", ":", "“", '"'), toks[j : j + 8])
        return any(w.islower() and (w in _CLAUSE_VERBS or w in _IRREGULAR_PAST or w.endswith("ed")) for w, _s, _e in ahead)

    def _content_end(self, cstart: int, u: Unit) -> int:
        t = self.text
        end = u.end
        # never run past an unrelated quotation's attribution
        m = _CUT.search(t, cstart, end)
        while m is not None:
            if any(q.open < m.start() < q.close for q in u.quotes):
                m = _CUT.search(t, m.end(), end)
                continue
            pair = _PAIRED_DASH.search(t, m.end(), end) if m.group().strip() in ("—", "–", "―", "--") else None
            if pair is not None and self._aside_between(m.end(), pair.start()):
                # an aside between two dashes inside the content: "had begun using so-called extraordinary measures
                # -- accounting maneuvers that let Treasury keep paying bills -- in late March"
                m = _CUT.search(t, pair.end(), end)
                continue
            break
        if m:
            end = m.start()
        rel = self._relative_opening(u.start, cstart)
        if rel >= 0 and t.find(",", rel + 1, cstart) < 0:
            comma = t.find(",", cstart, end)  # "The senator, whose office declined to comment, said ...": the
            if comma > 0:                     # relative clause's statement ends where the clause does
                quote = next((q for q in u.quotes if q.open < comma < q.close), None)
                end = comma if quote is None else min(end, quote.close + 1)  # ('... “the hardest of my life,” admitted')
        if len(_ASIDE_DASH.findall(t, u.start, cstart)) % 2:
            m = _ASIDE_DASH.search(t, cstart, end)  # "his ideals - critics would call them impulses - it has": the
            if m:                                      # statement sits in an aside between dashes, and ends with it
                end = m.start()
        return end

    @staticmethod
    def _attribution_pair(head: str, k: int) -> int:
        """``head`` ends with ", <role>, <Name>," or ", <Name>, <role>," (its last comma at ``k``) before a verb: the
        comma that opens the pair, or -1."""
        k2 = head.rfind(",", 0, k)
        k3 = head.rfind(",", 0, k2) if k2 > 0 else -1
        if k3 < 0:
            return -1
        first, second = head[k3 + 1 : k2].split(), head[k2 + 1 : k].split()
        if not (1 <= len(first) <= 7 and 1 <= len(second) <= 7):
            return -1
        def named(ws: list[str]) -> bool:
            return 2 <= len(ws) <= 4 and all(is_cap(w) or w.lower() in NAME_PARTICLES for w in ws)
        def role(ws: list[str]) -> bool:
            return (ws[0].lower() in ("a", "an", "the", "its", "his", "her", "their") or ws[0].endswith(("'s", "’s"))) \
                and (ws[-1].lower() in ROLE_NOUNS or titleish(ws[-1].lower()))  # (also "its president, X,")
        return k3 if named(first) and role(second) or role(first) and named(second) else -1

    def _aside_between(self, s: int, e: int) -> bool:
        """Is the text between two dashes an aside (a noun phrase of a few words, no reporting verb in it)?"""
        words = self.text[s:e].split()
        return 1 <= len(words) <= 14 and not any(self._verb_at(w) is not None for w in words if w.islower())

    def _relative_opening(self, lo: int, hi: int) -> int:
        """Where the latest ', who' / ', whose' clause in [lo, hi) opens (its comma), or -1."""
        rel = self.text.rfind(", who", lo, hi)
        if rel >= 0 and _RELATIVE_OPENING.match(self.text, rel):
            return rel
        who = self.text.rfind(" who ", lo, hi)  # ", a retired engineer who said ...": a role, then its clause
        if who >= 0 and (m := _ROLE_WHO.search(self.text, max(lo, who - 60), who + 5)) is not None:
            return m.start()
        return -1

    def _finite_verb_in(self, s: int, e: int) -> bool:
        """Does the text hold a verb in the past or an auxiliary, in lower case ('Norvale Foods Inc agreed to buy
        ...'): a clause, not a name with its apposition?"""
        return any(w in _IRREGULAR_PAST or w in _FINITE_AUXILIARIES or w.endswith("ed") and len(w) > 4
                   for w in _LOWER_WORD.findall(self.text, s, e))

    def _trailing(self, u: Unit, ws: int, ent: Entity, surface: str, verb: str, unit_speakers, inverted: bool) -> int:
        """``Content, Name said.``: the content is the clause before the attribution."""
        t = self.text
        lo = self._clause_start(u, ws)
        first = next((q for q in u.quotes if q.close < ws), None)
        if lo > u.start and first is not None and len(t[u.start : first.open].split()) >= 2 \
                and not re.search(r"[:,]\s*$", t[u.start : first.open]):
            lo = u.start  # the quotation sits inside the content: "A cashier who “steals” is held accountable, Warren said"
        # the comma that separates content and attribution
        head = t[lo:ws]
        k = head.rfind(",")
        if k < 0:
            return 0
        closing = t[ws + len(verb) : u.end]
        if not inverted and not head[k + 1 :].strip() and len(closing.split()) <= 6 \
                and not any(c in closing for c in "“”\"‘’'") and (pair := self._attribution_pair(head, k)) >= 0:
            k = pair  # "..., an Iraqi oil ministry spokesman, Haider al-Saadi, said.": the content ends before the pair
        cs, ce = lo, lo + k
        head_end = ce
        if any(q.closed and cs < q.open and q.close == ce + 1 for q in u.quotes):
            ce += 2  # 'Employees called the feature "the Vault," she said.': the quotation closes after the comma
        if not inverted and any(self._verb_at(w) is not None and w.islower() for w in _LOWER_WORD.findall(t, ce + 1, ws)):
            return 0  # "“...,” said she disagreed": the subject belongs to another verb's content
        if not inverted and _JOINED_CLAUSE.match(t, ce + 1, ws):
            return 0  # "Candidates benefit from low expectations, yet Trump brags about ...": two clauses, not an attribution
        if u.quotes and any(q.open >= cs and q.close <= ce + 1 for q in u.quotes) and \
                not t[cs:ce].replace("“", "").strip():
            return 0
        dl = _DATELINE.match(t, cs, ce) or _DATELINE_START.match(t, cs, ce)  # ("DOHA, Nov 3 — ")
        if dl is None and cs == self.paras[u.para][0]:
            dl = _COLON_DATELINE.match(t, cs, ce)  # "Nandipur: Drinking water supply ... will be restored, X said"
        if dl:
            cs = dl.end()
        # "The plan, he said, will fail.": the attribution sits inside the content
        rest = t[ws + len(verb) : u.end]
        pm = re.match(r"[^,.;:“”\"]{0,40}?,\s*(\S.*)$", rest, re.S)
        if pm and inverted and self._apposition_start(pm.group(1)):
            pm = None  # "..., says Jo Pratt, founder of ...": an apposition, not the rest of the content
        if pm and pm.group(1).split(None, 1)[0].lower() in _NARRATION_OPENERS:
            pm = None  # "..., its envoy said on Thursday, in a gesture that could ...": narration, not content
        if pm and len(pm.group(1).split()) + len(t[cs:ce].split()) >= 3 and len(pm.group(1).split()) >= 2 \
                and not _CUT.match(rest):
            ce = u.end
            while ce > cs and t[ce - 1] in ".!? ":
                ce -= 1
        content = t[cs:ce]
        if len(content.split()) < 3:
            return 0
        if not inverted and surface and (not pm and 0 <= t.rfind(surface, cs, ws) < ce
                                         or t[cs:ws].lstrip().startswith(surface)
                                         and len(t[cs:head_end].split()) <= len(surface.split()) + 8
                                         and not self._finite_verb_in(cs, head_end)
                                         or t[cs:head_end].rstrip().endswith(surface)
                                         or t[cs:ws].lstrip().startswith(surface + ",") and " who " in t[cs:head_end]):
            return 0  # the "content" is the speaker's own name and apposition: "“...,” Jo Bain, R-Ky., said
        # the whole content is a quotation: attributed with the quote already
        if any(q.open <= cs + 1 and q.close >= ce - 1 for q in u.quotes):
            return 0
        if re.match(r"\s*(?:[A-Z][a-z]+ing|As|When|While|After|In|On|At(?! least| most)|Asked|Speaking)\b", content) \
                and not re.search(r",", content) \
                and not re.match(r"\s*[A-Z][a-z]+ing\s+(?:[\w’'-]+\s+){0,6}(?:could|would|will|can|may|might|must|has|have|had|is|are)\b",
                                 content):
            return 0  # "Speaking to reporters, X said" -- but "Shifting monsoon patterns could ..., X said" is content
        self._emit(ent, "indirect", cs, ce, verb, u, surface)
        unit_speakers.append(ent)
        return ws + len(verb)

    def _unnamed_source(self, s: int, e: int) -> tuple[Entity | None, str]:
        """'according to show insiders', 'according to federal statistics': the source as written."""
        words = self.text[s:e].split()
        while words and words[0].lower() in _DETERMINERS:
            words = words[1:]
        cut = next((k for k, w in enumerate(words) if k > 0 and w.islower() and (w.endswith("ed") or w in _IRREGULAR_PAST
                                                                                  or w in ("seen", "written", "drawn"))), None)
        if cut is not None:
            words = words[:cut]  # "a study published Wednesday in the Journal ...": the study
        of = next((k for k, w in enumerate(words) if w == "of" and k > 0 and words[k - 1].lower() in SPEAKING_TEXTS), None)
        if of is not None:
            words = words[:of]  # "a study of more than 90,000 adults": the study
        if not 1 <= len(words) <= 6 or not words[-1].isalpha() or words[-1].lower() in _PREPOSITIONS:
            return None, ""
        name = " ".join(words)
        return self.reg.named(name, "unnamed", s, self.text[s:e]), self.text[s:e]

    @staticmethod
    def _apposition_start(text: str) -> bool:
        first = text.split(None, 1)[0].strip(",.;:") if text.strip() else ""
        low = first.lower()
        return (not first or first[0].isupper() or low in _DETERMINERS or low in ("who", "which", "whose")
                or low in ROLE_NOUNS or low in lexicon.title_words() or first[0].isdigit())

    def _according(self, u: Unit, ws: int, after: int, unit_speakers) -> int:
        """``According to Name, content.`` / ``content, according to Name.``"""
        t = self.text
        # the source runs to the clause's end; the tokeniser keeps "Mrs." and "U.S." whole
        toks = self._tokens(after, min(u.end, after + 160))
        n = next((k for k, tok in enumerate(toks) if tok[0] in (",", ".", ";") and not t[tok[2] : tok[2] + 1].isdigit()),
                 len(toks))  # (not the comma inside "90,000")
        if n == 0:
            return 0
        np_s, np_e = toks[0][1], toks[n - 1][2]
        src_end = np_e  # where the source ends in the text (np_e may stop earlier: "by the city | last month")
        src = t[np_s:np_e]
        sm = _DOC_BY.search(src)
        if sm and sm.group(1) == "of" and not (sm.group(2)[:1].isupper() or sm.group(2).startswith("the ")):
            sm = None  # "a study of more than 90,000 adults": what the study looked at, not its author
        if sm:
            np_s = np_s + sm.start(2)
            cut = _AUTHOR_END.search(t, np_s, np_e)
            np_e = cut.start() if cut is not None else np_e
        else:
            sm = _DOC_THEN_NAME.search(src)  # "according to a speech Mrs. Clinton delivered in July"
            if sm:
                np_s = np_s + sm.end()
        if t[np_s:np_e].lower() in _TO_SUBJECT_PRONOUN:  # "According to him, ...": the latest fitting speaker
            ent, surface = self._owner(t[np_s:np_e], np_s), t[np_s:np_e]
            if ent is None:
                return 0
        elif sm and t[np_s : np_s + 1].islower() and t[np_s:np_e].split()[0] in ROLE_NOUNS:
            ent, surface = self._unnamed_source(np_s, np_e)  # "a study by researchers at Thornbury University"
        else:
            ent, surface = self._subject_after(np_s, np_e)
            if ent is not None and n < len(toks) and toks[n][0] == "," and (ent.kind == "unnamed" or ent.name.islower()
                                                                          or ent.name[:1].islower()
                                                                          or not is_cap(t[np_s:np_e].split()[-1])):
                # "according to the authority's director, Lianne Soucy": the name in apposition is the source
                named, nsurf = self._subject_after(np_s, toks[-1][2])
                k = t.find(nsurf, np_e, toks[-1][2]) if named is not None and nsurf else -1
                if named is not None and named.kind == "person" and k >= 0 and (named is ent or ent.kind != "person"
                                                                                or ent.name[:1].islower()):
                    ent, surface, src_end = named, nsurf, k + len(nsurf)
        if ent is None:
            ent, surface = self._unnamed_source(np_s, np_e)
        if ent is None:
            return 0
        source_words = t[np_s:np_e].lower().split()
        if ent.kind == "unnamed" and len(source_words) == 2 and source_words[0] == "the" \
                and source_words[1] in SPEAKING_TEXTS:
            ent = self._author_of(source_words[1], np_s) or ent  # "according to the statement": its author's
        lo = self._clause_start(u, ws)
        if lo > u.start and not any(u.start <= st.start < ws and st.kind == "direct" for st in self.out):
            lo = u.start  # only partial quotes before: 'took part in a nationwide “walk-in” ..., according to X'
        dl = _DATELINE.match(t, lo, ws) if t[lo : lo + 2].isupper() else None
        if dl:
            lo = dl.end()  # "DOHA — Negotiators returned ..., according to two officials": the dateline is no content
        before = t[lo:ws].rstrip()
        rest = t[src_end : u.end]
        if before.endswith(",") and 0 < len(before.split()) < 3 and re.match(r"\s*,\s*[a-z]", rest) \
                and len(before.split()) + len(rest.split()) >= 3:
            # "The talks, according to Kellan, had stalled.": the content runs round the attribution
            self._emit(ent, "indirect", lo, u.end, "according to", u, surface)
        elif before.endswith((",", "—", "–")) and len(before.split()) >= 3:
            self._emit(ent, "indirect", lo, ws, "according to", u, surface)
        else:
            rest = t[src_end : u.end]
            cm = re.match(r"\s*,\s*(?:(?:who|which)\b[^,“”\"]{3,120},\s*)?", rest)
            # ("According to a person familiar with the talks, who was not authorised to speak, the two sides ...":
            # the content starts after the source's relative clause)
            if cm and _NAMED_REPORT.match(rest, cm.end()) and ent.kind == "unnamed":
                return 0  # "According to the indictment, Brandtner told investors that ...": what he told them
            if cm and len(rest[cm.end() :].split()) >= 3:
                self._emit(ent, "indirect", src_end + cm.end(), u.end, "according to", u, surface)
            else:
                return 0
        unit_speakers.append(ent)
        return u.end

    # -- finishing ------------------------------------------------------------------------------
    def _title_holders(self) -> dict[int, Entity]:
        """Speakers that are a title alone ('Prime minister' in a headline, before the story names her), each
        with the one person of this text who holds that title, when exactly one does."""
        found: dict[int, Entity] = {}
        entities = sorted({id(e): e for e in self.out_entities}.values(), key=lambda e: not e.name[:1].islower())
        for ent in entities:
            if ent.kind != "government" and (body := self._body_of_acronym(ent)) is not None:
                found[id(ent)] = body  # "the MoD said" after "The Ministry of Defence has confirmed"
                self.reg.add_alias(body, ent.name, claim=True)  # (its mentions are the body's: "A spokesperson said")
        entities = [e for e in entities if id(e) not in found]
        for ent in entities:  # (lower-case titles first: "the transport minister" before the headline's "Minister")
            words = ent.name.split()
            if ent.kind == "person" and len(words) == 1 and not ent.titles \
                    and (knight := self._knight_by_given_name(words[0])) is not None and knight is not ent:
                found[id(ent)] = knight  # "Sir Marcus himself struck a defiant note": Sir Marcus Ellingam
                continue
            if ent.kind == "unnamed" and ("spokes" in ent.name or " for " in ent.name) \
                    and (body := self._spokesperson_body(ent)) is not None:
                found[id(ent)] = body  # "a spokeswoman for the foundation", "a council spokesman": the body speaks
                continue
            if ent.kind in ("unnamed", "person") and ent.name in _BARE_SPOKESPEOPLE \
                    and (body := self._earlier_spokesperson(ent) or self._body_before_spokesperson(ent)) is not None:
                found[id(ent)] = body  # "A representative for Keane said ... “...,” the representative said"
                continue
            if ent.kind == "unnamed" and (office := _OFFICE_OF_PERSON.fullmatch(ent.name)) is not None \
                    and (holder := self._named_person(office.group(1))) is not None:
                found[id(ent)] = holder  # "Prime Minister X's office said": X, as a spokesperson for X speaks for X
                continue
            if ent.kind == "unnamed" and words and words[-1].lower() in _WRITTEN_TEXTS \
                    and (who := self._writer_of(words[-1].lower())) is not None:
                found[id(ent)] = who  # "according to an internal memo" whose writer the story names ("X wrote in the memo")
                continue
            if ent.kind == "unnamed" and ent.name.lower() in _LEGAL_FILINGS and (who := self._plaintiff()) is not None:
                found[id(ent)] = who  # "the lawsuit alleges" after "The Mercer Falls Water Coalition has sued ..."
                continue
            if ent.kind in ("unnamed", "person") and ent.name.lower() in _PRESS_OFFICES \
                    and (body := self._press_office_of(ent)) is not None:
                found[id(ent)] = body  # "According to the press service" after "the press service of the CSU Secretariat"
                continue
            if ent.kind == "unnamed" and (m := _EDITORS.fullmatch(ent.name)) is not None \
                    and (paper := self._newspaper_of(m.group(1), ent.first_pos)) is not None:
                found[id(ent)] = paper  # "the paper's editorial board wrote", "Its board wrote": the newspaper
                continue
            if ent.kind in ("unnamed", "organisation") and ent.name.lower() == "police":
                # "police said" in a story that names one force ("the Harlow Springs Police Department"): that force
                forces = [e for e in self.reg.entities if e.kind == "organisation" and e is not ent
                          and e.name.lower() != "police" and _POLICE_FORCE.search(e.name)]
                if len(forces) == 1:
                    found[id(ent)] = forces[0]
                continue
            if ent.kind == "unnamed" and ent.name.lower() in _BODY_DESCRIPTIONS \
                    and (body := self._body_described(ent)) is not None:
                found[id(ent)] = body  # "the agency said" after "The Federal Deposit Insurance Corp. said"
                continue
            head = _title_head(ent.name) if " of " in ent.name and ent.name[:1].islower() else words
            if (ent.kind == "person" and (ent.name[:1].islower() or title_only(ent.name)
                                          or len(words) == 1 and is_cap(words[0])) and head
                    and titleish(head[-1]) or ent.kind == "unnamed" and words
                    and (words[-1].lower() in DESCRIBING_NOUNS | PARTY_MEMBERS or _lead_role(words)
                         or all(is_cap(w) for w in words) and titleish(words[-1]))) \
                    and (named := self._named_next(ent)) is not None:
                found[id(ent)] = named
                self.reg.add_title(named, ent.name)
                continue
            if (ent.kind == "unnamed" or ent.kind == "person" and not all(titleish(w) for w in words)) \
                    and ent.name.islower() and (2 <= len(words) <= 3 or words == ["chief"]
                                                or len(words) == 1 and ent.kind == "unnamed") and titleish(words[-1]):
                # ("the chief said" after "Police Chief Renata Cosgrove": the one chief the text named)
                # ("the outgoing leader called it ‘a brutal verdict’" before "the outgoing leader, Geoffrey Palling,")
                # "The climate chief said" after "Ingrid Solvang, the U.N. climate chief": the one whose title ends so
                holders = self._titled_so(ent.name)
                if len(holders) == 1 and (len(words) > 1 or words == ["chief"] or 0 <= ent.first_pos < holders[0].first_pos):
                    found[id(ent)] = holders[0]  # (one word: "a coroner has concluded" before "Senior coroner X
                    continue  # said", not "Another senator said" after "Sen. X said")
                if not holders and (named := self._headline_holder(ent)) is not None:
                    found[id(ent)] = named  # "Council leader faces angry callers ¶ Cllr Rhiannon Pritchard-Evans, who
                    self.reg.add_title(named, ent.name)  # joined ... ¶ ... The council leader said"
                    continue
                if ent.kind == "unnamed":
                    continue
            if ent.kind in ("person", "unnamed") and len(words) == 1 and is_cap(words[0]) and not titleish(words[0]) \
                    and words[0].lower() in PERSON_ROLE_HEADS and self._para_of(ent.first_pos) == 0:
                # a headline's role ("Engineer tells inquiry ...") is the one person whose title ends in it ("Luca
                # Benedetti, a structural engineer who ...")
                holders = self._titled_so(words[0].lower())
                if len(holders) == 1:
                    found[id(ent)] = holders[0]
                continue
            if ent.kind != "person" or not words or not all(titleish(w) for w in words):
                continue
            query = TitleQuery.plain(words)
            holders = [p for p in self.reg.entities if p is not ent and p.kind == "person"
                       and not p.name[:1].islower() and not all(titleish(w) for w in p.name.split())
                       and any(query.matches(t) for t in p.titles)]
            if len(holders) == 1:
                found[id(ent)] = holders[0]
            elif not holders and ent.name.islower() and (named := self._headline_holder(ent)) is not None:
                found[id(ent)] = named
                self.reg.add_title(named, ent.name)
        return found

    def _knight_by_given_name(self, given: str) -> Entity | None:
        """The one person of a full name opening with ``given`` when the text calls someone "Sir <given>" or "Dame
        <given>" (as knights and dames are called after their full name: "Sir Marcus said"), else None."""
        if f"Sir {given}" not in self.text and f"Dame {given}" not in self.text:
            return None
        key = normalise(given)
        named = [e for e in self.reg.entities if e.kind == "person" and len(p := name_parts(e.name)) >= 2 and p[0] == key]
        return named[0] if len(named) == 1 else None

    def _titled_so(self, role: str) -> list[Entity]:
        """The named people whose title ends in ``role`` (lower case), not at a rank below it (not the shadow health
        secretary for "health secretary")."""
        tail = " " + role
        return [p for p in self.reg.entities if p.kind == "person" and not p.name[:1].islower()
                and any((" " + t.lower()).endswith(tail) and not (" " + t.lower())[: -len(tail)].endswith(_LOWER_RANKS)
                        for t in p.titles)]

    def _body_described(self, ent: Entity) -> Entity | None:
        """The one body named before ``ent`` (an unnamed speaker called by a kind of body: "the agency", "the
        regulator") whose name fits that kind ("Federal Deposit Insurance Corp", "Monetary Authority of
        Singapore"); None when no body or several fit."""
        kind = ent.name.lower()
        fits = _BODY_DESCRIPTIONS[kind]
        first = ent.first_pos if ent.first_pos >= 0 else len(self.text)
        bodies = [e for e in self.reg.entities if e is not ent and e.kind in ("organisation", "government")
                  and 0 <= e.first_pos < first and e.name[:1].isupper()
                  and (fits & {w.lower().rstrip(".") for w in e.name.split()} or "company" in fits
                       and id(e) in self.reg.companies or kind == "central bank" and _a_country_s_bank(e.name))]
        bodies = [e for e in bodies if not any(o is not e and o.name.endswith(" " + e.name) for o in bodies)]
        return bodies[0] if len(bodies) == 1 else None  # (one body, however many runs of its name were read)

    def _body_of_acronym(self, ent: Entity) -> Entity | None:
        """The one body the text names in full whose words an acronym speaker spells: 'MoD' the Ministry of
        Defence, 'DfE' the Department for Education, 'NHS' the National Health Service; else None."""
        name = ent.name
        if not _ACRONYM_SPEAKER.fullmatch(name) or sum(c.isupper() for c in name) <= sum(c.islower() for c in name):
            return None
        bodies = [e for e in self.reg.entities if e is not ent and e.kind in ("organisation", "government")
                  and len(e.name.split()) >= 2 and spells_out(name, e.name)]
        return bodies[0] if len(bodies) == 1 else None

    def _press_office_of(self, ent: Entity) -> Entity | None:
        """The body whose press service the text named before ('the press service of the CSU Secretariat'), when it
        named one."""
        pos = ent.first_pos if ent.first_pos >= 0 else len(self.text)
        owners = list(_PRESS_OFFICE_OF.finditer(self.text, 0, min(len(self.text), pos + 100)))
        for m in reversed(owners):
            body = self.reg.by_surname(m.group(1))
            if body is not None and body.kind in ("organisation", "government", "person"):
                return body
        return None

    def _newspaper_of(self, owner: str | None, pos: int) -> Entity | None:
        """The newspaper whose editors speak: the one the owner names ("the Ledger-Star's editors"), else the one
        named last in this paragraph or the one before ('the paper's editorial board', 'Its board')."""
        if owner and owner[:1].isupper():
            key = owner.split()[-1].lower()
            named = [e for e in self.reg.entities if e.kind == "organisation" and e.name.lower().split()[-1:] == [key]]
            return named[0] if len(named) == 1 else None
        if pos < 0:
            return None
        p = self._para_of(pos)
        lo = self.paras[max(0, p - 2)][0]  # (this paragraph or the two before)
        for _m, _s, e in reversed(self.reg.mentions_between(lo, pos)):
            if e.kind == "organisation" and NEWSPAPER_ENDS & set(e.name.lower().split()[-1].split("-")):
                return e
        return None

    def _writer_of(self, noun: str) -> Entity | None:
        """The one person the text says wrote in the memo / letter / email ('chief executive Nathan Brightwell wrote in
        the memo'), or None."""
        found: list[Entity] = []
        for i in _find_all(self.text, " wrote in "):
            m = _WROTE_IN.match(self.text, i + 10)
            if m is None or m.group(1).lower() != noun:
                continue
            people = [e for _p, _s, e in self.reg.mentions_between(max(0, i - 60), i + 1) if e.kind == "person"]
            if people and people[-1] not in found:
                found.append(people[-1])
        for m in _TEXT_FROM.finditer(self.text):
            # "the campaign released a two-paragraph letter from Dr. Samuel Achterberg": its writer
            if m.group(1).lower() == noun:
                ent = self.reg.by_surname(m.group(2).split()[-1])
                if ent is not None and ent.kind == "person" and ent not in found:
                    found.append(ent)
        if not found:
            # "Mandeville's publicist, Dana Sorkin, put out a statement saying ...": the one who issued it and spoke
            issued = re.compile(rf"\b(?:issued|released|put out|sent out|posted)\s+(?:a|an|the|its|his|her|their)\s+"
                                rf"(?:[\w-]+\s+){{0,2}}{noun}\b")
            for st, ent in zip(self.out, self.out_entities, strict=True):
                u = self.units[self._unit_of(st.start)]
                if ent.kind in ("person", "organisation", "government") and issued.search(self.text, u.start, st.start) \
                        and ent not in found:
                    found.append(ent)
        return found[0] if len(found) == 1 else None

    def _earlier_spokesperson(self, ent: Entity) -> Entity | None:
        """Whom a bare 'the representative' speaks for: the one the latest spokesperson of that noun named before it
        ('A representative for Keane ...') speaks for; else None."""
        noun = ent.name.lower()
        earlier = [e for e in self.reg.entities if e is not ent and e.kind == "unnamed" and 0 <= e.first_pos < ent.first_pos
                   and e.name.lower().split()[:1] in ([noun], ["a", noun]) and " for " in e.name]
        for e in sorted(earlier, key=lambda e: -e.first_pos):
            body = self._spokesperson_body(e)
            if body is not None:
                return body
        return None

    def _body_before_spokesperson(self, ent: Entity) -> Entity | None:
        """'The health board denied that recruitment had been frozen. A spokeswoman said ...': a bare spokesperson
        speaks for the body that is the subject just before, in the same paragraph -- the same body wherever the
        text uses the noun (else None)."""
        if ent.name not in ("spokesman", "spokeswoman", "spokesperson"):
            return None
        bodies: list[Entity] = []
        for pos in (p for p, _s, e in self.reg.mentions_between(0, len(self.text)) if e is ent):
            para = self._para_of(pos)
            lo = self.paras[para][0]
            body = self._asked_about(pos, kinds=("organisation", "government"))  # "Asked whether Cascadia would ..., a
            # spokeswoman said": the body asked about
            body = body or next((e for p, subj, e in reversed(self.reg.mentions_between(lo, pos))
                                 if subj and e.kind in ("organisation", "government") and not e.name[:1].islower()), None)
            if body is None and para > 0 and not any(subj for _p, subj, _e in self.reg.mentions_between(lo, pos)):
                # "The Foreign Office said it was supporting ... ¶ A spokesperson said: ..." -- the last subject of
                # the paragraph before, when it is a body
                last = next((e for p, subj, e in reversed(self.reg.mentions_between(self.paras[para - 1][0], lo))
                             if subj), None)
                body = last if last is not None and last.kind in ("organisation", "government") \
                    and not last.name[:1].islower() else None
            if body is None or bodies and body is not bodies[0]:
                return None
            bodies.append(body)
        return bodies[0] if bodies else None

    def _named_person(self, phrase: str) -> Entity | None:
        """The person a capitalised phrase names, titles and all ('Prime Minister Mohammed Shia al-Hakimi'), when the
        text met them; else None."""
        words = phrase.split()
        while words and titleish(words[0].lower()):
            words = words[1:]
        if not words or not is_cap(words[-1]):
            return None
        ent = self.reg.by_surname(" ".join(words)) or self.reg.by_surname(words[-1])
        return ent if ent is not None and ent.kind == "person" and not ent.name[:1].islower() else None

    def _plaintiff(self) -> Entity | None:
        """The one person or body the text says has sued or filed the suit, whose filing 'the lawsuit' and 'the
        complaint' are; None when it names none, or several."""
        found: list[Entity] = []
        for m in _BROUGHT_BY.finditer(self.text):
            words = m.group(1).split()
            while words and words[-1] in ("for", "of", "the"):
                words.pop()
            name = " ".join(words)
            ent = self.reg.by_surname(name) or (
                self.reg.named(name, "organisation", m.start(1), name)
                if len(words) >= 2 and words[0].lower() not in lexicon.first_names() else None)  # (not a person)
            if ent is not None and ent.kind in ("person", "organisation", "government") and ent not in found:
                found.append(ent)
        for i in (*_find_all(self.text, " sued "), *_find_all(self.text, " filed ")):
            suit = next((x for x in _SUED.finditer(self.text, max(0, i - 90), i + 40) if x.start() < i + 1 < x.end()),
                        None)
            if suit is None:
                continue  # (the match whose verb is this one: not "Tom Hale sued" again for "Ana Ruiz filed")
            words = suit.group(1).split()
            if len(words) > 1 and words[0] in ("The", "A", "An"):
                words = words[1:]
            ent = self.reg.by_surname(" ".join(words)) or self.reg.by_surname(words[-1])
            if ent is not None and ent.kind in ("person", "organisation", "government") and ent not in found:
                found.append(ent)
        return found[0] if len(found) == 1 else None

    def _spokesperson_body(self, ent: Entity) -> Entity | None:
        """The body an unnamed spokesperson speaks for, when the text names it: 'spokeswoman for the agency' after
        'the Medicines Evaluation Agency', 'company spokesperson' after 'Lumatrix Semiconductor', 'Home Office
        spokesperson'; or the person one speaks for: 'a spokesman for Koval', 'a representative for Keane'."""
        m = _SPOKESPERSON.fullmatch(ent.name)
        if m is None:
            return None
        owner = (m.group(3) or m.group(1) or "").strip()
        if not owner or m.group(2) and not m.group(3):
            return None  # (a "union representative", a "Senate representative": one who speaks as one)
        words = [w for w in owner.split() if w.lower() not in ("the", "a", "an")]
        if not words:
            return None
        key = self.reg.by_surname(" ".join(words))  # (any name the text gave a body, not only a surname)
        if key is not None and (key.kind in ("organisation", "government")
                                or m.group(3) and key.kind == "person" and not key.name[:1].islower()):
            return key  # (also "a representative for Keane", "a spokesman for Koval": the person they speak for)
        if key is not None and not m.group(3) and len(words) == 1 and self.reg.nobodys_word(key):
            key.kind = "organisation"  # "A Harbourline spokesperson said" after "Harbourline said": a firm's
            return key
        pos = ent.first_pos if ent.first_pos >= 0 else len(self.text)
        if is_cap(words[0]) and not m.group(3) and (office := _HEAD_FOR_BEFORE.search(self.text, max(0, pos - 40), pos)) \
                and office.group(1).split()[-1].lower() in lexicon.organisation_heads():
            words = [*(w for w in office.group().split() if w not in ("A", "An", "The", "the")), *words]
            # ("A Department for Transport spokeswoman", read from "Transport")
        name = " ".join(words)
        if is_cap(words[0]) and all(is_cap(w) or w in ("of", "and", "for", "&") for w in words):
            country = lexicon.countries().get(name.lower())
            if country is not None and (name.lower() == country.name.lower()
                                        or name.lower() in (x.lower().removeprefix("the ") for x in country.seats)):
                return self.reg.named(country.name, "government", pos, name)  # "a Kremlin spokesman"
            last = words[-1].lower()
            heads = lexicon.organisation_heads()
            if len(words) == 1 and is_acronym(words[0]) or len(words) > 1 and (
                    last in heads or last in _NAMED_PLACE_HEADS or words[1] in ("of", "for") and words[0].lower() in heads):
                # "a Downing Street spokesman", "a PGMOL spokesman", "a Department of Health spokesperson"
                return self.reg.named(name, "organisation", pos, name)
        body = self.reg.by_head(words, pos) if all(w.islower() for w in words) else None
        if body is None and len(words) == 1 and words[0].lower() in lexicon.organisation_heads():
            body = self._named_with_head(words[0], pos)  # "A commission spokesman said" after "the European
            # Commission's decision" (a body named in passing); "A Treasury spokesman" after "HM Treasury"
        if body is None and len(words) == 1 and key is None and is_cap(words[0]) and words[0].isalpha() \
                and words[0].lower() not in lexicon.first_names() and words[0].lower() not in lexicon.countries():
            body = self.reg.named(words[0], "organisation", pos, words[0])  # "A Defra spokesperson", "A Treasury
            # spokesman": a body of one word that names nobody
        return body if body is not None and body.kind in ("organisation", "government") else None

    def _named_with_head(self, head: str, pos: int) -> Entity | None:
        """The latest body before ``pos`` whose capitalised name ends in ``head`` ('the European Commission's
        decision' for 'commission'), read as an organisation; None when the text names none."""
        found = None
        pattern = re.compile(rf"\b((?:[A-Z][\w&’'-]*\s+){{1,4}}{re.escape(head.capitalize())})\b(?!\s+[A-Z])")
        for m in pattern.finditer(self.text, 0, max(0, pos)):
            found = m
        if found is None:
            return None
        words = found.group(1).split()
        while words and words[0].lower() in CAP_STOP:
            words = words[1:]  # ("The European Commission")
        if len(words) < 2:
            return None
        name = " ".join(words)
        return self.reg.named(name, "organisation", found.end(1) - len(name), name)

    def _headline_holder(self, ent: Entity) -> Entity | None:
        """The person a headline's role stands for: 'Council leader faces angry callers' over a story whose first or
        second paragraph opens with a person's name (a title or honorific at most before it: 'Cllr Rhiannon
        Pritchard-Evans, who joined ...'), who speaks in the story and holds no other title; else None."""
        if len(self.paras) < 3 or ent.first_pos < self.paras[1][0]:
            return None
        hs, he = self.paras[0]
        headline = self.text[hs:he]
        if he - hs > 160 or headline.rstrip().endswith((".", "”", '"', "’")) \
                or not re.search(r"(?i)(?<!\w)" + re.escape(ent.name) + r"(?!\w)", headline):
            return None
        speakers = {id(e) for e in self.out_entities}
        head = ent.name.split()[-1].lower()
        for p in (1, 2):
            start = self.paras[p][0]
            opening = [(m, e) for m, _s, e in self.reg.mentions_between(start, start + 60) if e.kind == "person"]
            if not opening:
                continue
            m, person = opening[0]
            if not all(w[:1].isupper() for w in self.text[start:m].split()) or person is ent \
                    or id(person) not in speakers or len(person.name.split()) < 2 \
                    or not all(is_cap(w) for w in person.name.split()):
                return None
            if any(head not in t.lower() and t.lower().rstrip(".") not in _HONORIFIC_TITLES for t in person.titles):
                return None  # (someone with another office)
            return person
        return None

    def _quote_opening(self, start: int) -> Entity | None:
        """The speaker of a quotation that opens the paragraph at ``start`` ("“We are out of time,” Dr. Cynthia Obi
        told ...") when it is a person named there for the first time, by a full name with no title but an
        honorific, and nobody else is named in the paragraph before them."""
        first = min(((st, e) for st, e in zip(self.out, self.out_entities, strict=True)
                     if st.kind == "direct" and start <= st.start <= start + 2), key=lambda p: p[0].start, default=None)
        if first is None:
            return None
        ent = first[1]
        end = self.paras[self._para_of(start)][1]
        if ent.kind != "person" or not start <= ent.first_pos < end or len(ent.name.split()) < 2 \
                or not all(is_cap(w) for w in ent.name.split()) \
                or any(t.lower().rstrip(".") not in _HONORIFIC_TITLES for t in ent.titles):
            return None
        if any(e.kind == "person" and e is not ent and start <= e.first_pos < ent.first_pos for e in self.reg.entities):
            return None
        return ent

    def _named_next(self, ent: Entity) -> Entity | None:
        """'The transport minister has defended the rise ... / Hugh Aldersey told the BBC: ...': a title alone that
        opens the story, with no holder named, is the person whose bare name (no title of their own) opens the next
        paragraph, named there for the first time."""
        p = self._para_of(ent.first_pos)
        if ent.first_pos < 0 or p + 1 >= len(self.paras):
            return None
        if p == 0 and p + 2 < len(self.paras) and any(
                e is ent for _m, _s, e in self.reg.mentions_between(self.paras[1][0], self.paras[1][0] + 40)):
            p = 1  # ("Home Secretary defends vans ¶ The Home Secretary has defended ... ¶ Rosamund Aylward told ...":
            # the headline's title opens the lead too; the name opens the paragraph after it)
        query = TitleQuery.plain(ent.name.split())
        if any(holder.kind == "person" and any(query.matches(t) for t in holder.titles)
               for holder in self.reg.entities if holder is not ent):
            return None  # someone holds the title already
        start = self.paras[p + 1][0]
        if _UNNAMED_SOURCE.search(self.text, self.paras[p][0], start):
            return None  # "A European diplomat ..., who spoke on condition of anonymity, said": nobody the text names
        if p <= 1:
            speakers = {id(e) for e in self.out_entities}  # (who speaks: not "The New York Times" read as a name)
            people = [e for e in self.reg.entities if e.kind == "person"
                      and (start <= e.first_pos <= start + 2  # (or named by the headline too: "Marchbank vows ...")
                           or 0 <= e.first_pos < self.paras[1][0] and self.text.startswith(e.name, start))
                      and len(e.name.split()) >= 2 and not e.titles and all(is_cap(w) for w in e.name.split())
                      and id(e) in speakers]
            if len(people) == 1:
                return people[0]
            if not people:
                # ("The chief executive of Northern Meridian Railways has admitted ... ¶ Appearing before the
                # committee, Alistair Whitcombe, 58, said ..."): the first person of that paragraph, after an opening
                # phrase and its comma, named there for the first time
                later = sorted((e for e in self.reg.entities if e.kind == "person" and id(e) in speakers
                                and start < e.first_pos <= start + 100 and len(e.name.split()) >= 2
                                and not e.titles and all(is_cap(w) for w in e.name.split())), key=lambda e: e.first_pos)
                if later and self.text[later[0].first_pos - 2 : later[0].first_pos] == ", " \
                        and self.text.find(",", start, later[0].first_pos - 2) < 0 \
                        and not any(e.kind == "person" and start <= e.first_pos < later[0].first_pos
                                    for e in self.reg.entities):
                    return later[0]
                if (quoted := self._quote_opening(start)) is not None:
                    return quoted
        # further on, the lead of an entry of its own ("6:30 p.m. ¶ The former secretary of state is accusing ... ¶ Evelyn Marsh
        # told a crowd ..."; "A top North Carolina Democrat says ... ¶ State Democratic Party Chairwoman Lorna
        # Pettiford said ..."): the description opens its paragraph, nobody else is met before the next one, which
        # opens with a person's name (after a title at most) whose titles, if any, hold the description's noun
        if ent.first_pos - self.paras[p][0] > 40 or self.paras[p - 1][1] - self.paras[p - 1][0] > 30:
            return None  # (the description opens an entry: after a time stamp, a rule or a heading)
        between = [e for _m, _s, e in self.reg.mentions_between(ent.first_pos + 1, start) if e is not ent]
        opening = [(m, e) for m, _s, e in self.reg.mentions_between(start, start + 80)
                   if e.kind == "person" and len(e.name.split()) >= 2 and not e.name[:1].islower()]
        if any(e.kind == "person" or one_person_head(e) for e in between) or not opening:
            return None
        m, person = opening[0]
        if not all(w[:1].isupper() for w in self.text[start:m].split()):
            return None  # (not "Speaking later, Evelyn Marsh ...": only a title may come before the name)
        head = ent.name.split()[-1].lower()
        head_forms = {head, head + "ic"}  # ("Democrat": "State Democratic Party Chairwoman")
        if person.titles and not any(head_forms & set(words_key(t).split()) for t in person.titles):
            return None
        body = self.paras[1][0] if len(self.paras) > 1 else 0
        if any(e is person for _m, _s, e in self.reg.mentions_between(body, start)):
            return None  # (named before, below the headline: the description was not waiting for the name)
        return person

    def _titles_spelt_out(self, titles: list[str]) -> list[str]:
        """A person's titles, and with each that names a body by its letters the body's name in words: "BRP CEO"
        is also "BRP CEO of Bushveld Ridge Platinum" when the text gave "Bushveld Ridge Platinum (BRP)"."""
        out = list(titles)
        for title in titles:
            for w in title.split():
                if 2 <= len(w) <= 6 and w.isupper() and w.isalpha() and (body := self.reg.known_as(w)) is not None \
                        and body.kind in ("organisation", "government") and len(body.name.split()) >= 2 \
                        and body.name not in title and spells_out(w, body.name):
                    out.append(f"{title} of {body.name}")
                    break
        return out

    def _finish(self) -> Extraction:
        """Drop repeats and partial quotes inside the same speaker's indirect statement; give every
        statement its entity's final name ("Zas" may have become "Stanislav Zas" later on)."""
        holders = self._title_holders()
        pairs = sorted(((st, holders.get(id(ent), ent)) for st, ent in zip(self.out, self.out_entities, strict=True)),
                       key=lambda p: (p[0].start, -p[0].end))
        indirect = [(st, ent) for st, ent in pairs if st.kind == "indirect"]
        final: list[Statement] = []
        seen: set[tuple[int, int]] = set()
        for st, ent in pairs:
            if (st.start, st.end) in seen:
                continue
            if st.kind == "partial" and any((e is ent or ent.kind == "unnamed" and ent.name.lower() in SPEAKING_TEXTS)
                                            and o.start <= st.start and o.end >= st.end - 2 for o, e in indirect):
                continue  # (also "a statement calling the test 'a violation'" inside the issuer's own statement)
            seen.add((st.start, st.end))
            final.append(st if st.speaker == ent.name else _renamed(st, ent.name))
        used = {id(ent) for _, ent in pairs}
        speakers = [Speaker(e.name, e.kind, self._titles_spelt_out(e.titles), list(e.aliases))
                    for e in self.reg.entities if id(e) in used]
        if self.text is not self.source and _LOWER_ARTICLE.search(self.source):
            # names read with a capitalised article are written as the source writes them
            fix = {sp.name: _restored_article(sp.name, self.source) for sp in speakers}
            final = [st if fix.get(st.speaker, st.speaker) == st.speaker else _renamed(st, fix[st.speaker]) for st in final]
            speakers = [Speaker(fix[sp.name], sp.kind, sp.titles, [_restored_article(a, self.source) for a in sp.aliases])
                        for sp in speakers]
        return Extraction(final, speakers)


_ACRONYM_SPEAKER = re.compile(r"[A-Z][A-Za-z]{1,5}")
# a body called by its kind ("the agency said") and the words of a name that make a body of that kind
_AGENCIES = {"agency", "corp", "corporation", "administration", "service", "office", "bureau", "authority",
             "commission", "board", "directorate", "inspectorate", "division"}
# "the Bank of England", "State Bank of Pakistan", "People's Bank of China" (a country's)
_NATIONAL_BANK = re.compile(r"(?:the\s+)?(?:(?:National|State|People[’']s)\s+)?Bank\s+of\s+(?:the\s+)?(.+)")


def _a_country_s_bank(name: str) -> bool:
    """Is ``name`` a country's Bank of ('the Bank of England'), which "the central bank" may stand for besides a
    reserve or central bank by name (not "Pinecrest Bank")?"""
    m = _NATIONAL_BANK.fullmatch(name)
    return m is not None and m.group(1).lower() in lexicon.countries()
_BODY_DESCRIPTIONS = {
    "agency": _AGENCIES, "regulator": _AGENCIES | {"regulator", "watchdog"}, "watchdog": _AGENCIES | {"watchdog"},
    "ministry": {"ministry"}, "department": {"department"}, "union": {"union", "federation"},
    "bank": {"bank", "bancorp"}, "lender": {"bank", "bancorp"}, "central bank": {"reserve", "central", "bundesbank"},
    "airline": {"airlines", "airways", "air"}, "carrier": {"airlines", "airways", "air"},
    "company": {"company"}, "firm": {"company"},
}


# a noun, then a participle and its adjunct before the verb: "report released last year", "man arrested on Monday"
# (the agent after "by" is not the speaker: "A study released by the Ministry said" is the study's finding)
# a text and the participle that names its author after "by": "a study published by", "a poll conducted by"
_AUTHORED_TEXTS = {"report", "study", "poll", "survey", "analysis", "review", "audit", "paper", "assessment", "estimate"}
# (not "released", "issued" or "commissioned by": a ministry releases studies it did not write)
_AUTHORING = {"published", "conducted", "produced", "compiled", "prepared", "written", "carried"}
_IRREGULAR_PARTICIPLES = {"made", "held", "written", "taken", "given", "seen", "sent", "brought", "done"}
_ROLE_PREPOSITIONS = ("in", "at", "with", "from", "on")  # "an official in the delegation"
_PARTICIPLE_ADJUNCTS = {"by", "in", "on", "at", "from", "for", "last", "this", "earlier", "late", "early", "during",
                        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today"}
_PARTICIPLE_QUICK = re.compile(r"ed (?:" + "|".join(sorted(_PARTICIPLE_ADJUNCTS)) + r")\s")


_PARTY_TAG_START = re.compile(r"[DRI]-[A-Z][\w.]*")


def _without_ages(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens without an age in brackets ('(62)') or a party tag ('(D-Newport News)', '(R-Ky.)')."""
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(toks):
        if toks[k][0] == "(" and k + 2 < len(toks) and toks[k + 1][0].isdigit() and len(toks[k + 1][0]) <= 3 \
                and toks[k + 2][0] == ")":
            k += 3
            continue
        if toks[k][0] == "(" and k + 2 < len(toks) and _PARTY_TAG_START.fullmatch(toks[k + 1][0]):
            close = next((j for j in range(k + 2, min(len(toks), k + 6)) if toks[j][0] == ")"), None)
            if close is not None:
                k = close + 1
                continue
        out.append(toks[k])
        k += 1
    return out


def _object_is_content(v, toks) -> bool:
    """Does the verb's preposition open what was said ("warned against cuts", "railed against the provisions"), not a
    time ("argued for hours", "agreed on Saturday to ...")?"""
    return len(toks) > 1 and toks[0][0].lower() in _CONTENT_PREPOSITIONS.get(v.lemma, ()) and toks[1][0].isalnum() \
        and not any(x[0].lower() in _DURATION_WORDS or x[0].lower() in _DAYS for x in toks[1:3])


def _in_quote(u: Unit, pos: int) -> bool:
    """Is ``pos`` inside one of the unit's quotations, its marks included?"""
    return any(q.open <= pos <= q.close for q in u.quotes)


_MODALS_AND_FINITE = _FINITE_AUXILIARIES | {"may", "can"}


def _subject_then_auxiliary(toks) -> bool:
    """Do the tokens open with a short noun phrase and then an auxiliary ('the cuts could ...', 'the new rules
    would ...'), so that the phrase is a clause's subject, not a hearer ('the committee that ...', 'the public to
    ...')?"""
    for k, (w, _s, _e) in enumerate(toks[1:6], 1):
        lw = w.lower()
        if lw in _MODALS_AND_FINITE and w.islower():
            return k > 1
        if not w[:1].isalpha() and w not in ("’s", "'s") or lw in _PREPOSITIONS or lw in _DETERMINERS \
                or lw in _SUBJECT_PRONOUNS or w in _CONTENT_SUBJECTS or lw in _WH_WORDS or lw in ("to", "and", "or"):
            return False  # ("told the BBC the cuts would ...", "told the panel he had ...": a hearer, then the clause)
    return False


def _past_time_words(toks, k: int) -> int:
    """The first token from ``k`` on after time adjuncts: "said Tuesday", "said on Friday", "said two days later"."""
    while k < len(toks):
        w = toks[k][0].lower()
        if w in _TIME_WORDS or w == "on" and k + 1 < len(toks) and toks[k + 1][0].lower() in _TIME_WORDS:
            k += 1
        elif (w in _AMOUNTS or w.isdigit()) and k + 1 < len(toks) and toks[k + 1][0].lower() in _TIME_UNITS:
            k += 2  # "said several months after her release", "said two days later"
        else:
            break
    return k


def _renamed(st: Statement, name: str) -> Statement:
    return Statement(name, st.kind, st.text, st.start, st.end, st.cue, st.context, st.speaker_kind, st.mention)

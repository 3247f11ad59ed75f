"""Normalisation: one canonical spelling of a prompt, plus a record of the tricks removed.

Attackers dodge keyword rules with characters a human reader never notices: zero-width
joiners inside trigger words, Cyrillic letters that look Latin, fullwidth or "math bold"
letters, bidi overrides, invisible Unicode tag characters, and leetspeak. Every later layer
matches against the views built here, so the rules stay written in plain lower-case English.

The counts in ``Normalized.findings`` are evidence in their own right: ordinary prompts
almost never contain several of these tricks at once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import product
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guard.engine.vocabulary import Vocabulary

# Zero-width and other invisible formatting characters. Soft hyphen and variation
# selectors are included because they render as nothing inside a Latin word.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2064"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
# Direction marks are legitimate in Arabic/Hebrew text; overrides and isolates are what
# reorders what a reviewer sees versus what the model reads.
_BIDI_MARK_RE = re.compile("[\u200e\u200f\u061c]")
_BIDI_OVERRIDE_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Unicode tag characters mirror ASCII invisibly ("ASCII smuggling"); emoji flag sequences
# use a handful of them legitimately.
_TAG_RE = re.compile("[\U000e0000-\U000e007f]+")
# Styled letters that NFKC folds to ASCII: fullwidth, mathematical alphanumerics,
# circled and squared letters. Counted before NFKC erases the evidence.
_STYLED_RE = re.compile(
    "[\uff01-\uff5e\U0001d400-\U0001d7ff\u2460-\u24ff\U0001f130-\U0001f189]"
)
_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2212": "-",
    }
)

# Cyrillic and Greek letters that render like Latin ones. NFKC leaves them alone because
# they are distinct letters, not compatibility forms.
_CONFUSABLES = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",  # noqa: RUF001
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j",  # noqa: RUF001
        "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "һ": "h", "ɡ": "g", "ո": "n",  # noqa: RUF001
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",  # noqa: RUF001
        "С": "C", "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",  # noqa: RUF001
        "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",  # noqa: RUF001
        "τ": "t", "υ": "u", "χ": "x", "ω": "w", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z",  # noqa: RUF001
        "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T",  # noqa: RUF001
        "Υ": "Y", "Χ": "X", "ɑ": "a", "ı": "i",  # noqa: RUF001
    }
)
_CONFUSABLE_CLASS = "".join(sorted(chr(c) for c in _CONFUSABLES))
_CONFUSABLE_RE = re.compile(f"[{_CONFUSABLE_CLASS}]")
# A look-alike directly beside an ASCII letter: the mark of a disguised English word.
_MIXED_HINT_RE = re.compile(f"[A-Za-z][{_CONFUSABLE_CLASS}]|[{_CONFUSABLE_CLASS}][A-Za-z]")
_WORD_RE = re.compile(r"\w+")
_ASCII_LETTER_RE = re.compile("[A-Za-z]")
_QUOTE_RE = re.compile("[\u2010-\u2014\u2018\u2019\u201b-\u201e\u02bc\u2032\u2033\u2212]")


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Function words: cheap evidence that a string is English, used by the leet folder and the
# ROT13/reversal checks in deobfuscate.
FUNCTION_WORDS = _wordset(
    """a about above after all also an and any are as at be because been before being
    but by can could did do does each for from had has have he her here his how i if in
    into is it its just me more my no not now of on only or other our out please she should
    so some than that the their them then there these they this those to up us was we were
    what when where which who will with would you your"""
)

# Words the signature rules care about. The leet folder and the split-word repair only
# rewrite a token when the result is one of these or a function word, so "mp3", "4k" or
# "x86_64" never turn into a rewritten view that costs a second scan.
TRIGGER_WORDS = _wordset(
    """ignore ignoring disregard forget override bypass skip previous prior earlier above
    preceding instruction instructions rule rules guideline guidelines directive directives
    system prompt prompts reveal repeat print show output verbatim secret hidden initial
    original jailbreak jailbroken unrestricted unfiltered uncensored restriction restrictions
    filter filters filtered censorship ethics ethical moral morals limits limitations
    developer mode pretend roleplay character anything everything bomb bombs explosive
    explosives detonator grenade weapon weapons gun guns firearm malware ransomware keylogger
    virus trojan rootkit botnet spyware phishing meth methamphetamine heroin fentanyl cocaine
    sarin nerve agent ricin anthrax poison kill murder suicide hack hacking steal password
    passwords credentials child children minor minors nude sexual make build create write
    give tell how instructions steps recipe synthesize synthesise manufacture assemble
    disable safety policy policies content new task now free refuse never allowed
    persuasive article essay speech genocide holocaust exaggerated hoax myth propaganda why
    people person women men gay immigrants intolerant lazy stupid violent criminals inferior
    unfriendly negative insulting offensive sentence jokes stereotypes stereotype racist hate
    script program code tool harvests collects sensitive personal information data user users
    crash crashes denies access website server service exploit vulnerability attack attacks
    shame bully harass humiliate intimidate threaten threats threatening threat mail illegal
    illegally unlawfully stolen sell drugs drug convince teenager teen friend fake false
    rumours rumors scandal reputation incite violence terrorist join drone crowd vaccine
    vaccines autism misinformation without knowledge consent noticing caught detection police
    summarize summarise summarizing assistant model reviewer approve send forward attach
    email address account track spy monitor location teacher classmate coworker neighbour
    neighbor christian christians muslim muslims jews jewish black white asian asians
    casualties beneficial crime deported famine massacre torture abuse victim victims"""
)
LEXICON = FUNCTION_WORDS | TRIGGER_WORDS

# One reading per leet character; "1", "|" and "!" are ambiguous between i and l, and the
# folder tries both against the lexicon.
_LEET = {
    "0": ("o",), "1": ("i", "l"), "3": ("e",), "4": ("a",), "5": ("s",), "7": ("t",),
    "8": ("b",), "9": ("g",), "@": ("a",), "$": ("s",), "|": ("l", "i"), "!": ("i", "l"),
    "+": ("t",),
}
# A leet character touching a letter. The pattern starts with a character class so the
# regex engine can skip straight to the (rare) digits and symbols of ordinary prose.
_LEET_HINT_RE = re.compile(r"[0-9@$|!+](?:(?<=[a-z][0-9@$|!+])|[a-z])")
_EDGE_PUNCT = ".,;:?\"'()[]{}<>*"
_MAX_AMBIGUOUS = 4
_MIN_VOCABULARY_WORD = 5


@dataclass(frozen=True, slots=True)
class Normalized:
    """A prompt in canonical form.

    ``cleaned`` keeps case and whitespace (decoders need both: base64 is case-sensitive and
    letter-spaced words are delimited by wider gaps); ``text`` is ``cleaned`` lower-cased with
    whitespace collapsed; ``folded`` additionally reads leetspeak back as letters, and equals
    ``text`` when there was none.
    """

    original: str
    cleaned: str
    text: str
    folded: str
    findings: dict[str, int] = field(default_factory=dict)
    hidden: str = ""

    def notes(self) -> list[str]:
        labels = {
            "invisible": "zero-width or invisible characters removed",
            "bidi_override": "bidirectional override characters removed",
            "tags": "invisible Unicode tag characters decoded",
            "styled": "fullwidth or styled letters folded",
            "homoglyphs": "Cyrillic/Greek look-alike letters inside Latin words",
            "leet": "leetspeak words read back as letters",
        }
        return [f"{n} {labels[k]}" for k, n in self.findings.items() if n and k in labels]


def collapse(text: str) -> str:
    return " ".join(text.split()).lower()


def normalize(text: str) -> Normalized:
    findings: dict[str, int] = {}
    hidden = ""
    if text.isascii():
        # Most prompts are plain ASCII: none of the Unicode tricks can be present.
        cleaned = text
    else:
        cleaned, hidden = _strip_tags(text, findings)
        cleaned, n = _INVISIBLE_RE.subn("", cleaned)
        _count(findings, "invisible", n)
        cleaned, n = _BIDI_OVERRIDE_RE.subn("", cleaned)
        _count(findings, "bidi_override", n)
        cleaned = _BIDI_MARK_RE.sub("", cleaned)
        if not unicodedata.is_normalized("NFKC", cleaned):
            _count(findings, "styled", len(_STYLED_RE.findall(cleaned)))
            cleaned = unicodedata.normalize("NFKC", cleaned)
        if _QUOTE_RE.search(cleaned):
            cleaned = cleaned.translate(_QUOTES)
        if _MIXED_HINT_RE.search(cleaned):
            cleaned = _fold_confusables(cleaned, findings)
    lowered = collapse(cleaned)
    folded = _fold_leet(lowered, findings)
    return Normalized(
        original=text,
        cleaned=cleaned,
        text=lowered,
        folded=folded,
        findings=findings,
        hidden=hidden,
    )


def _count(findings: dict[str, int], key: str, n: int) -> None:
    if n:
        findings[key] = findings.get(key, 0) + n


def _strip_tags(text: str, findings: dict[str, int]) -> tuple[str, str]:
    pieces: list[str] = []

    def grab(m: re.Match[str]) -> str:
        pieces.append("".join(chr(ord(c) - 0xE0000) for c in m.group()))
        return ""

    cleaned = _TAG_RE.sub(grab, text)
    hidden = " ".join(p.strip() for p in pieces if p.strip())
    # A flag emoji carries about six tag characters; only a longer run is smuggled text.
    if len(hidden) > 8:
        _count(findings, "tags", len(hidden))
        return cleaned, hidden
    return cleaned, ""


def _fold_confusables(text: str, findings: dict[str, int]) -> str:
    count = 0

    def fold(m: re.Match[str]) -> str:
        nonlocal count
        word = m.group()
        # Only words that already contain ASCII letters are disguised English; an all-
        # Cyrillic word is Russian (or another language) and is left as written.
        if not _CONFUSABLE_RE.search(word) or not _ASCII_LETTER_RE.search(word):
            return word
        count += len(_CONFUSABLE_RE.findall(word))
        return word.translate(_CONFUSABLES)

    out = _WORD_RE.sub(fold, text)
    _count(findings, "homoglyphs", count)
    return out


def _fold_leet(text: str, findings: dict[str, int]) -> str:
    if not _LEET_HINT_RE.search(text):
        return text
    # ``text`` is already whitespace-collapsed, so split/join round-trips it exactly.
    tokens = text.split(" ")
    count = 0
    for i, token in enumerate(tokens):
        if not _LEET_HINT_RE.search(token):
            continue
        core = token.strip(_EDGE_PUNCT)
        word = _read_leet(core) if core else None
        if word is not None:
            tokens[i] = token.replace(core, word, 1)
            count += 1
    if not count:
        return text
    _count(findings, "leet", count)
    return " ".join(tokens)


def _read_leet(token: str) -> str | None:
    """The lexicon word a leet token spells, or None when it spells none (then it is most
    likely a version number, a unit or an identifier and is left alone)."""
    if len(token) > 24 or not token.isascii():
        return None
    options = [_LEET.get(c, (c,)) for c in token]
    ambiguous = sum(1 for o in options if len(o) > 1)
    if ambiguous > _MAX_AMBIGUOUS:
        options = [o[:1] for o in options]
    # Longer words may also be read back into any word of the vocabulary ("bu51n35s",
    # "a1w4y5"): at that length a version number or an identifier spells none by chance. The
    # lexicon's reading wins; the first vocabulary reading is kept in case there is none.
    vocabulary = _vocabulary() if len(token) >= _MIN_VOCABULARY_WORD else None
    fallback = None
    for letters in product(*options):
        word = "".join(letters)
        if word in LEXICON or (word.endswith("s") and word[:-1] in LEXICON):
            return word
        if fallback is None and vocabulary is not None and vocabulary.knows(word):
            fallback = word
    return fallback


def _vocabulary() -> Vocabulary:
    from guard.engine.vocabulary import load_vocabulary  # it imports this module's lexicon

    return load_vocabulary()

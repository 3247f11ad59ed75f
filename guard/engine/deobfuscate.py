"""De-obfuscation: every readable view of a prompt that an attacker could have hidden text in.

``expand(text)`` returns the normalised form plus views named after the decoding that
produced them: "original", "normalized", "folded" always, then "despaced", "joined",
"identifiers" (snake_case, kebab-case or camelCase names that read as a phrase), "url",
"hex", "morse", "base64", "base32", "decimal", "binary", "entities" (HTML character
references), "escapes" (\\u escapes), "caesar", "rot13", "reversed" and "tags" only when that
decoding actually recovered readable text. Each decoder sits behind a cheap precheck, so an
ordinary prompt pays for a few linear scans and nothing else. All patterns are free of nested
quantifiers over overlapping classes, and every loop is capped, so a 32,000-character prompt
costs bounded, linear work.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import re
from dataclasses import dataclass
from urllib.parse import unquote, unquote_plus

from guard.engine.normalize import FUNCTION_WORDS, LEXICON, TRIGGER_WORDS, Normalized, normalize
from guard.engine.vocabulary import Vocabulary, load_vocabulary

# Payloads shorter than this cannot hold an instruction worth decoding.
_MIN_B64 = 16
_MAX_CANDIDATES = 24
_MAX_DECODED_CHARS = 32_000
_MAX_SEGMENTS = 64

_B64_RE = re.compile(rf"[A-Za-z0-9+/_-]{{{_MIN_B64},}}={{0,2}}")
_HEX_RE = re.compile(
    r"(?:\\x[0-9A-Fa-f]{2}){4,}"
    r"|(?:0x[0-9A-Fa-f]{2}[\s,]{0,2}){4,}"
    r"|(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}[ :-]){5,}[0-9A-Fa-f]{2}(?![0-9A-Za-z])"
    r"|(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}){8,}+(?![0-9A-Za-z])"
)
_HEX_DIGITS_RE = re.compile(r"[0-9A-Fa-f]{2}")
# Starts only at a token boundary so a long run without an escape is scanned once.
_URL_TOKEN_RE = re.compile(r"(?<!\S)\S*?%[0-9A-Fa-f]{2}\S*")
_PERCENT_RE = re.compile(r"%[0-9A-Fa-f]{2}")

_BASE32_RE = re.compile(r"[A-Z2-7]{16,}")
# Eight or more character codes in a row, separated by spaces, commas or semicolons.
_DECIMAL_RE = re.compile(r"(?<![\d.])(?:\d{2,3}[ ,;]{1,3}){7,}\d{2,3}(?![\d.])")
_BINARY_RE = re.compile(r"(?<![01])(?:[01]{8}[ ,;]{0,3}){4,}")
_NUMBER_RE = re.compile(r"[0-9]+")
_UNICODE_ESCAPE_RE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# A Caesar-shifted prompt has to tell the model to shift it back.
_CIPHER_CUES = ("caesar", "cipher", "shift", "decod", "decrypt")
# E, T, A, O, I and N make up ~46 % of the letters of English (and of code, which is written
# in English words); shifted text rarely reaches 35 %.
_COMMON_LETTERS = "etaoin"
_ENGLISH_COMMON_SHARE = 0.36
_MAX_WORD_CHARS = 24
_CAESAR_KNOWN_SHARE = 0.6
# Letters of shifted segments read back at most.
_MAX_CAESAR_LETTERS = 8_000
# Segments looked at in all: a 32,000-character prompt has about a thousand.
_MAX_CAESAR_SEGMENTS = 4_000
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_SHIFTS = tuple(
    str.maketrans(_ALPHABET, _ALPHABET[k:] + _ALPHABET[:k]) for k in range(1, 26) if k != 13
)

# ROT13 and reversal are only attempted when the text contains several words that become
# common English words after that transformation ("gur", "naq", "lbhe" are ROT13 for "the",
# "and", "your"; "eht", "dna", "ruoy" are them reversed). The alternation has no leading
# \b so the engine can skip ahead on the first letter; word starts are checked on the hits.
_ROT13_CUES = frozenset(
    ("gur", "naq", "lbh", "lbhe", "nyy", "guvf", "vtaber", "cebzcg", "vafgehpgvbaf",
     # how, with, what, that, from, can, make, give, tell, write: a request has no "the".
     "ubj", "jvgu", "jung", "gung", "sebz", "pna", "znxr", "tvir", "gryy", "jevgr")
)
_REVERSED_CUES = frozenset(
    ("eht", "dna", "uoy", "ruoy", "lla", "siht", "erongi", "tpmorp", "snoitcurtsni",
     "woh", "htiw", "tahw", "taht", "morf", "nac", "ekam", "evig", "llet", "etirw")
)
_CUE_RE = re.compile(
    r"(?:gur|naq|lbhe?|nyy|guvf|vtaber|cebzcg|vafgehpgvbaf|ubj|jvgu|jung|gung|sebz|pna|znxr"
    r"|tvir|gryy|jevgr"
    r"|eht|dna|uoy|ruoy|lla|siht|erongi|tpmorp|snoitcurtsni|woh|htiw|tahw|taht|morf|nac"
    r"|ekam|evig|llet|etirw)\b"
)
# Hex-encoded text: every printable ASCII byte starts with a digit 2-7, so real payloads
# show several digit-led pairs in a row, which prose never does.
_HEX_HINT_RE = re.compile(r"[2-7][0-9A-Fa-f](?:[ :,-]{0,2}(?:0x|\\x)?[2-7][0-9A-Fa-f]){3}")
_NON_LETTER_RE = re.compile(r"[\W\d_]+")
_WORD_RE = re.compile(r"[a-z]+")
_LETTER_RUN_RE = re.compile(r"[a-z]+")
_SEGMENT_RE = re.compile(r"[^\n.!?;:\"()\[\]{}<>]+")

# Letter-spaced words: single letters joined by one kind of short separator
# ("i g n o r e", "i.g.n.o.r.e", "i_g_n_o_r_e"), at least four letters long.
_SPACED_RE = re.compile(r"(?<![a-z0-9])[a-z](?:[ ._*|/~+-]{1,3}[a-z]){3,}(?![a-z0-9])")
_SPACED_HINT_RE = re.compile(r"[a-z](?:[ ._*|/~+-]{1,3}[a-z]){3}")
# Longer letter-spaced runs are glued without the word-splitting search, which is
# quadratic-ish in the run length.
_MAX_SEGMENT_LETTERS = 256
_MAX_SPLIT_TOKENS = 256
_SPACED_SEP_RE = re.compile(r"[ ._*|/~+-]{1,3}")
# A word cut by punctuation ("ig-nore", "ign.ore", "instruc_tions").
_SPLIT_HINT_RE = re.compile(r"[a-z][._*|~+'`^-][a-z]")
_SPLIT_SEP_RE = re.compile(r"[._*|~+'`^-]")
_CONTRACTION_RE = re.compile(r"[a-z]+'(?:s|t|re|ve|ll|d|m)")
_EDGE_CHARS = ".,;:!?\"'()[]{}<>*-_"
# A letter-spaced run of several words, none of them in the lexicon, is read back when it
# has at least this many letters, this share of them inside words the vocabulary knows.
_MIN_SPELLED_LETTERS = 6
_MIN_KNOWN_SHARE = 0.6

# International Morse code, letters, digits and the punctuation an instruction needs.
MORSE: dict[str, str] = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g",
    "....": "h", "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n",
    "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u",
    "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z", "-----": "0", ".----": "1",
    "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6", "--...": "7",
    "---..": "8", "----.": "9", ".-.-.-": ".", "--..--": ",", "..--..": "?", ".----.": "'",
    "-.-.--": "!", "---...": ":", "-.-.-.": ";", ".-..-.": '"', "-..-.": "/", "-.--.": "(",
    "-.--.-": ")", "-...-": "=", ".-.-.": "+", "-....-": "-", ".--.-.": "@", ".-...": "&",
    "..--.-": "_",
}
# Cheap first look: four dot-dash codes in a row, which prose and markdown rules never show
# with a dot among them.
_MORSE_HINT_RE = re.compile(r"(?<![\w.-])(?=[-]*\.)[.-]{1,7}(?: [.-]{1,7}){3}(?![\w.-])")
# A run of at least eight codes; words are split by " / ", "|" or a wider gap, or, once
# whitespace was collapsed, not at all (then the vocabulary finds the words).
_MORSE_RUN_RE = re.compile(r"(?<![\w.-])[.-]{1,7}(?:(?: ?[/|] ?| {1,3})[.-]{1,7}){7,}(?![\w.-])")
_MORSE_WORD_SEP_RE = re.compile(r" ?[/|] ?| {2,3}")
# Letters of one Morse run read back at most (a 32,000-character prompt holds about 8,000;
# an instruction is in the first half of it or padded past what anyone reads).
_MAX_SPELLED_LETTERS = 4_000


# Payload splitting: an attack cut into quoted pieces bound to names ("a = 'how to make nap'",
# "b = 'alm'") and a request to put them back together ("answer a + b"). No piece reads as
# an attack, so the pieces are joined the way the prompt asks and the result is a view.
# The search starts at the "=" or ":" (rare in prose, so the scan skips ahead to it) and reads
# the name back from there; a name is not preceded by a quote, so JSON's "key": "value" pairs
# are not bindings.
_BOUND_VALUE_RE = re.compile(
    r"[=:]\s*(?:\"([^\"\n]{1,1000})\"|'([^'\n]{1,1000})'|`([^`\n]{1,1000})`)"
)
_NAME_BEFORE_RE = re.compile(r"(?<![\w$.\"'`])([A-Za-z_$][\w$]{0,23})\s*:?\s*$")
# A concatenation of names and short literals: "a + b", "x1+x2+x3", "s + ' ' + t".
_CHAIN_ITEM = r"(?:[A-Za-z_$][\w$]{0,23}|\"[^\"\n]{0,40}\"|'[^'\n]{0,40}')"
_CHAIN_RE = re.compile(rf"(?<![\w$\"']){_CHAIN_ITEM}(?:\s*\+\s*{_CHAIN_ITEM}){{1,31}}")
_CHAIN_SPLIT_RE = re.compile(r"\s*\+\s*")
# Asked in words instead of with "+": the pieces are joined in the order they were given.
_JOIN_WORDS_RE = re.compile(
    r"\b(?:concatenat\w*|combin\w*|join\w*|merg\w*|put\s+(?:them|these|those|it\s+all)\s+"
    r"together|glue\w*|stitch\w*)\b",
    re.IGNORECASE,
)
_MAX_BINDINGS = 32
_MAX_SEPARATORS = 256
_MAX_JOINED_CHARS = 8_000


def _may_bind(text: str) -> bool:
    """Is an "=" or ":" followed (after at most one space) by a quote? ``str.find`` skips to
    the separators far faster than a regex scans for them; past a few hundred separators the
    regex's own bounded scan is left to decide."""
    length = len(text)
    for separator in "=:":
        at = text.find(separator)
        for _ in range(_MAX_SEPARATORS):
            if at == -1:
                break
            after = at + 1
            if after < length and text[after] == " ":
                after += 1
            if after < length and text[after] in "\"'`":
                return True
            at = text.find(separator, after)
        else:
            return True
    return False


def _join_split_payload(text: str) -> str | None:
    """The pieces of a split payload joined back as the prompt asks; None when the prompt
    binds fewer than two quoted pieces to names or never asks for them to be joined."""
    if not _may_bind(text):
        return None
    bindings: dict[str, str] = {}
    for m in _BOUND_VALUE_RE.finditer(text):
        name = _NAME_BEFORE_RE.search(text, max(0, m.start() - 32), m.start())
        if name is None:
            continue
        bindings[name.group(1)] = m.group(1) or m.group(2) or m.group(3)
        if len(bindings) >= _MAX_BINDINGS:
            break
    if len(bindings) < 2:
        return None
    joined: list[str] = []
    for chain in _CHAIN_RE.finditer(text):
        items = _CHAIN_SPLIT_RE.split(chain.group())
        names = [i for i in items if i[0] not in "\"'"]
        if sum(1 for n in names if n in bindings) < 2 or any(n not in bindings for n in names):
            continue
        joined.append("".join(bindings[i] if i in bindings else i[1:-1] for i in items))
    if not joined and _JOIN_WORDS_RE.search(text):
        joined.append("".join(bindings.values()))
    if not joined:
        return None
    out = " ".join(" ".join(joined).split())[:_MAX_JOINED_CHARS]
    return out if _readable(out) else None


@dataclass(frozen=True, slots=True)
class Views:
    normalized: Normalized
    items: tuple[tuple[str, str], ...]

    def decoded(self) -> tuple[tuple[str, str], ...]:
        """Only the views a decoder produced (not original/normalized/folded)."""
        return self.items[3:]


def views(text: str) -> list[tuple[str, str]]:
    return list(expand(text).items)


def expand(text: str) -> Views:
    norm = normalize(text)
    items: list[tuple[str, str]] = [
        ("original", text),
        ("normalized", norm.text),
        ("folded", norm.folded),
    ]
    despaced = _despace(norm.cleaned.lower())
    if despaced is not None:
        items.append(("despaced", despaced))
    joined = _join_split_payload(norm.cleaned)
    if joined is not None:
        items.append(("joined", joined))
    identifiers = _split_identifiers(norm.cleaned)
    if identifiers is not None:
        items.append(("identifiers", identifiers))
    for name, decoded in _decode_all(norm.cleaned):
        items.append((name, decoded))
        if name == "caesar":
            # A shifted text is read back whole; nothing encoded survives a shift of its letters.
            continue
        # One more level catches the common double wrap (ROT13 inside base64, ...).
        for inner_name, again in _decode_all(decoded):
            if inner_name != name:
                items.append((f"{name}+{inner_name}", again))
    if norm.hidden:
        items.append(("tags", norm.hidden))
    return Views(normalized=norm, items=tuple(items))


# Words run together into one name: "steps_to_make_a_bomb", "how-to-make-a-bomb",
# "howToMakeABomb". Only names that read as a phrase (four words or more, five when joined by
# hyphens as prose joins "state-of-the-art", one of them a function word) are split, so
# code's "kill_all_children" stays a name.
_IDENTIFIER_RE = re.compile(
    r"(?<![\w-])[A-Za-z]+(?:[_-][A-Za-z]+){3,}(?![\w-])|(?<!\w)[a-z]+(?:[A-Z][a-z]*){3,}(?!\w)"
)
_IDENTIFIER_PART_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_CAMEL_HINT_RE = re.compile(r"[a-z][A-Z]")
# The words that make a name a phrase. Narrower than normalize.FUNCTION_WORDS on purpose: code
# names are full of "is", "by", "on", "get" and "all" ("get_user_by_id", "is_all_done").
_PHRASE_WORDS = frozenset(
    ("to", "a", "an", "the", "how", "for", "of", "with", "into", "your", "my", "me", "and", "in")
)


def _split_identifiers(text: str) -> str | None:
    """The phrases hidden in identifiers, one per line, or None."""
    # Cheap first looks: enough underscores or hyphens for a phrase, or a lower-case letter
    # right before a capital (prose puts a space there).
    if text.count("_") < 3 and text.count("-") < 4 and not _CAMEL_HINT_RE.search(text):
        return None
    phrases: list[str] = []
    for m in _IDENTIFIER_RE.finditer(text):
        name = m.group()
        words = [w.lower() for w in _IDENTIFIER_PART_RE.findall(name)]
        enough = 5 if "-" in name and "_" not in name else 4
        if len(words) >= enough and not _PHRASE_WORDS.isdisjoint(words):
            phrases.append(" ".join(words))
            if len(phrases) >= _MAX_CANDIDATES:
                break
    return "\n".join(phrases) or None


def _readable(text: str) -> bool:
    """Decoded bytes must look like text someone wrote, not binary that happened to parse."""
    if len(text) < 4:
        return False
    if not text.isprintable():
        printable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
        if printable < 0.95 * len(text):
            return False
    compact = text.replace(" ", "")
    letters = len(compact) - sum(len(run) for run in _NON_LETTER_RE.findall(compact))
    return letters >= 0.5 * len(compact) and (" " in text or len(text) < 24)


def _decode_base64_and_base32(text: str) -> tuple[str, str]:
    """Base64 and base32 payloads, found in one pass: a base32 run (upper-case letters and the
    digits 2-7) is also a base64 candidate."""
    out: list[str] = []
    out32: list[str] = []
    total = 0
    for n, m in enumerate(_B64_RE.finditer(text)):
        if n >= _MAX_CANDIDATES or total >= _MAX_DECODED_CHARS:
            break
        blob = m.group().rstrip("=")
        if _BASE32_RE.fullmatch(blob):
            decoded = _try_base32(blob)
            if decoded is not None:
                out32.append(decoded)
                total += len(decoded)
                continue
        # Long runs of plain letters are usually identifiers or words, not base64; real
        # payloads mix cases or contain digits.
        if blob.isalpha() and (blob.islower() or blob.isupper()):
            continue
        blob += "=" * (-len(blob) % 4)
        try:
            if "-" in blob or "_" in blob:
                raw = base64.urlsafe_b64decode(blob)
            else:
                raw = base64.b64decode(blob, validate=True)
            decoded = raw.decode("utf-8")
        except (binascii.Error, ValueError):
            continue
        if _readable(decoded):
            out.append(decoded)
            total += len(decoded)
    return "\n".join(out), "\n".join(out32)


def _try_base32(blob: str) -> str | None:
    try:
        decoded = base64.b32decode(blob + "=" * (-len(blob) % 8)).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    return decoded if _readable(decoded) else None


def _decode_numbers(text: str) -> tuple[str, str]:
    """Character codes written as numbers: decimal ("73 103 110 ...") and 8-bit binary
    ("01001001 01100111 ..."). Both need many digits, which most prompts do not have."""
    if len(text) < 32 or sum(map(text.count, "0123456789")) < 16:
        return "", ""
    decimal: list[str] = []
    binary: list[str] = []
    for found, pattern, base in ((decimal, _DECIMAL_RE, 10), (binary, _BINARY_RE, 2)):
        if base == 2 and text.count("0") + text.count("1") < 64:
            continue
        for n, m in enumerate(pattern.finditer(text)):
            if n >= _MAX_CANDIDATES:
                break
            codes = [int(x, base) for x in _NUMBER_RE.findall(m.group())]
            if any(c < 9 or c > 0x7E or 13 < c < 32 for c in codes):
                continue
            decoded = "".join(map(chr, codes))
            if _readable(decoded):
                found.append(decoded)
    return "\n".join(decimal), "\n".join(binary)


def _decode_escapes(text: str) -> tuple[str, str]:
    """HTML character references ("&#105;", "&#x69;") and \\u escapes ("\\u0069"), which a
    model reads as the characters they stand for; the whole text with them resolved."""
    entities = escapes = ""
    if "&#" in text and text.count("&#") >= 4:
        resolved = html.unescape(text)
        if _readable(resolved):
            entities = resolved
    if "\\" in text and text.count("\\u") + text.count("\\U") >= 4:
        resolved = _UNICODE_ESCAPE_RE.sub(_unescape_one, text)
        if resolved != text and _readable(resolved):
            escapes = resolved
    return entities, escapes


def _unescape_one(m: re.Match[str]) -> str:
    code = int(m.group(1) or m.group(2), 16)
    return chr(code) if code <= 0x10FFFF else m.group()


def _decode_caesar(text: str) -> str:
    """A text shifted by a Caesar cipher (any shift but ROT13's, which has its own decoder),
    read back with the one shift that turns its shifted segments into the most English words.
    Only tried when the prompt speaks of a cipher or of decoding (the model has to be told to
    shift back). Segments that read as English already (the request to decode) stay as they
    are; everything else, markup and short pieces included, is shifted back, so a shifted
    document keeps its order, its "System:" lines and the parts past the sample."""
    lowered = text.lower()
    if not any(map(lowered.__contains__, _CIPHER_CUES)):
        return ""
    english: list[tuple[int, int]] = []  # spans left as written
    sample: list[str] = []  # shifted-looking segments the shift is chosen on
    words_total = letters_total = 0
    for n, m in enumerate(_SEGMENT_RE.finditer(lowered)):
        # A text with no shifted segment among its first few hundred is English with a word
        # like "shift" in it, and is left alone.
        if n >= _MAX_CAESAR_SEGMENTS or (n >= _MAX_SEGMENTS * 8 and not sample):
            break
        # Shifted words keep their spaces and their lengths; a base64 blob is one long token.
        if m.end() - m.start() < 12 or m.group().count(" ") < 2:
            continue
        segment = " ".join(t for t in m.group().split() if len(t) <= _MAX_WORD_CHARS)
        words = _WORD_RE.findall(segment)
        letters = sum(map(len, words))
        if len(words) < 3 or letters < 10:
            continue
        # English already: a shifted segment holds a function word only by chance (one-letter
        # words do not count: a shifted "a" is often an "i"). Letter frequencies tell the rest
        # apart, unless no word is a function word: some shifts land on e, t, a, o, i, n often
        # enough to pass for English by frequency alone.
        function_words = sum(1 for w in words if len(w) > 1 and w in FUNCTION_WORDS)
        common = sum(segment.count(c) for c in _COMMON_LETTERS)
        if 5 * function_words >= len(words) or (
            function_words and common >= _ENGLISH_COMMON_SHARE * letters
        ):
            english.append(m.span())
            continue
        if letters_total < _MAX_CAESAR_LETTERS and len(sample) < _MAX_SEGMENTS:
            sample.append(segment)
            words_total += len(words)
            letters_total += letters
    if not sample:
        return ""
    joined = "\n".join(sample)
    vocabulary = load_vocabulary()
    best_known, best, best_table = 0, "", None
    for table in _SHIFTS:
        shifted = joined.translate(table)
        known = sum(len(w) for w in _WORD_RE.findall(shifted) if vocabulary.knows(w))
        if known > best_known:
            best_known, best, best_table = known, shifted, table
    # The right shift turns most letters into known words, and brings back the function
    # words (about two in five words of English); a wrong one finds a few short words by
    # chance.
    if best_table is None:
        return ""
    function_words = _function_word_count(best)
    if best_known < _CAESAR_KNOWN_SHARE * letters_total and (
        function_words < 2 or 6 * function_words < words_total
    ):
        return ""
    pieces: list[str] = []
    last = 0
    for a, b in english:
        pieces.append(lowered[last:a].translate(best_table))
        pieces.append(lowered[a:b])
        last = b
    pieces.append(lowered[last:].translate(best_table))
    return "\n".join(" ".join(line.split()) for line in "".join(pieces).split("\n"))


def _decode_hex(text: str) -> str:
    if not _HEX_HINT_RE.search(text):
        return ""
    out: list[str] = []
    total = 0
    for n, m in enumerate(_HEX_RE.finditer(text)):
        if n >= _MAX_CANDIDATES or total >= _MAX_DECODED_CHARS:
            break
        chunk = m.group()
        if chunk.startswith("0x") or chunk.startswith("\\x"):
            chunk = chunk.replace("0x", " ").replace("\\x", " ")
        digits = "".join(
            _HEX_DIGITS_RE.findall(
                chunk.replace(" ", "").replace(":", "").replace("-", "").replace(",", "")
            )
        )
        try:
            decoded = bytes.fromhex(digits).decode("utf-8")
        except ValueError:
            continue
        if _readable(decoded):
            out.append(decoded)
            total += len(decoded)
    return "\n".join(out)


def _decode_url(text: str) -> str:
    if "%" not in text:
        return ""
    out: list[str] = []
    total = 0
    for n, m in enumerate(_URL_TOKEN_RE.finditer(text)):
        if n >= _MAX_CANDIDATES * 4 or total >= _MAX_DECODED_CHARS:
            break
        token = m.group()
        # A single %20 in a link is routine; an instruction needs several escapes.
        if len(_PERCENT_RE.findall(token)) < 3:
            continue
        decoded = unquote_plus(token) if "%20" not in token else unquote(token)
        if _readable(decoded):
            out.append(decoded)
            total += len(decoded)
    return "\n".join(out)


def _decode_morse(text: str) -> str:
    if "." not in text or not _MORSE_HINT_RE.search(text):
        return ""
    out: list[str] = []
    total = 0
    vocabulary = load_vocabulary()
    for n, m in enumerate(_MORSE_RUN_RE.finditer(text)):
        if n >= _MAX_CANDIDATES or total >= _MAX_DECODED_CHARS:
            break
        words: list[str] = []
        for word in _MORSE_WORD_SEP_RE.split(m.group()):
            chars = [MORSE.get(code) for code in word.split()]
            if None in chars:
                break
            words.append("".join(chars))  # type: ignore[arg-type]
        else:
            # Words kept their gaps, or (whitespace collapsed) one run of letters is left.
            read = " ".join(words) if len(words) > 1 else _spell_out(words[0], vocabulary)
            if read and _readable(read) and _function_word_count(read) >= 2:
                out.append(read)
                total += len(read)
    return "\n".join(out)


def _spell_out(glued: str, vocabulary: Vocabulary) -> str | None:
    """Words back from a run of letters whose spaces were lost, sentence by sentence and in
    pieces short enough for the segmentation's cost to stay small; None as soon as a piece
    is mostly letters no known word explains (dots and dashes that were never Morse)."""
    pieces: list[str] = []
    letters = known = 0
    for sentence in re.split(r"([^a-z]+)", glued[:_MAX_SPELLED_LETTERS]):
        if not sentence.isalpha():
            pieces.append(sentence)
            continue
        for start in range(0, len(sentence), _MAX_SEGMENT_LETTERS):
            piece = sentence[start : start + _MAX_SEGMENT_LETTERS]
            split = vocabulary.segment(piece)
            letters += len(piece)
            known += split.known_letters
            # Judged on a whole piece, never on a short tail a cut left behind.
            if len(piece) == _MAX_SEGMENT_LETTERS and known < _MIN_KNOWN_SHARE * letters:
                return None
            pieces.append(" ".join(split.words))
    if known < _MIN_KNOWN_SHARE * letters:
        return None
    return " ".join(" ".join(pieces).split())


def _function_word_count(text: str) -> int:
    return sum(1 for w in _WORD_RE.findall(text) if w in FUNCTION_WORDS or w in TRIGGER_WORDS)


def _more_english(decoded: str, source: str) -> bool:
    found = _function_word_count(decoded)
    return found >= 3 and found > 2 * _function_word_count(source)


def _cue_segments(lowered: str) -> tuple[list[str], list[str]]:
    """Segments worth reading as ROT13 and as reversed text; both empty for ordinary prose."""
    # A cue that counts is a whole run of ASCII letters, so a text with fewer than two such
    # runs of either kind (nearly every text) is settled by a plain tokenising pass instead
    # of the cue alternation's search at every position.
    rot_runs = rev_runs = 0
    for run in _LETTER_RUN_RE.findall(lowered):
        if run in _ROT13_CUES:
            rot_runs += 1
        elif run in _REVERSED_CUES:
            rev_runs += 1
    if rot_runs < 2 and rev_runs < 2:
        return [], []
    rot_hits = rev_hits = 0
    for m in _CUE_RE.finditer(lowered):
        start = m.start()
        if start and lowered[start - 1].isalpha():
            continue
        if m.group() in _ROT13_CUES:
            rot_hits += 1
        else:
            rev_hits += 1
        if rot_hits >= 2 and rev_hits >= 2:
            break
    if rot_hits < 2 and rev_hits < 2:
        return [], []
    rot: list[str] = []
    rev: list[str] = []
    for n, m in enumerate(_SEGMENT_RE.finditer(lowered)):
        if n >= _MAX_SEGMENTS * 8 or len(rot) + len(rev) >= _MAX_SEGMENTS:
            break
        words = set(_WORD_RE.findall(m.group()))
        if rot_hits >= 2 and words & _ROT13_CUES:
            rot.append(m.group().strip())
        if rev_hits >= 2 and words & _REVERSED_CUES:
            rev.append(m.group().strip())
    return rot, rev


def _decode_rot13(segments: list[str]) -> str:
    out = []
    for seg in segments:
        decoded = codecs.encode(seg, "rot13")
        if _more_english(decoded, seg):
            out.append(decoded)
    return "\n".join(out)


def _decode_reversed(segments: list[str]) -> str:
    out = []
    for seg in segments:
        whole = seg[::-1]
        # Attackers reverse either the whole string or each word in place; the two readings
        # have the same words, so both go into the view and the rules see the right order.
        per_word = " ".join(w[::-1] for w in seg.split())
        if _more_english(whole, seg):
            out.append(f"{whole}\n{per_word}")
    return "\n".join(out)


def _decode_all(text: str) -> list[tuple[str, str]]:
    found = []
    for name, decoder in (("url", _decode_url), ("hex", _decode_hex), ("morse", _decode_morse)):
        decoded = decoder(text)
        if decoded:
            found.append((name, decoded))
    for names, decoder in (
        (("base64", "base32"), _decode_base64_and_base32),
        (("decimal", "binary"), _decode_numbers),
        (("entities", "escapes"), _decode_escapes),
    ):
        for name, decoded in zip(names, decoder(text), strict=True):
            if decoded:
                found.append((name, decoded))
    caesar = _decode_caesar(text)
    if caesar:
        found.append(("caesar", caesar))
    rot, rev = _cue_segments(text.lower())
    for name, decoded in (("rot13", _decode_rot13(rot)), ("reversed", _decode_reversed(rev))):
        if decoded:
            found.append((name, decoded))
    return found


def _respace(run: str) -> str | None:
    seps = _SPACED_SEP_RE.findall(run)
    chars = _SPACED_SEP_RE.split(run)
    if any(len(c) != 1 for c in chars):
        return None
    shortest = min(len(s) for s in seps)
    words: list[str] = []
    current = chars[0]
    for sep, ch in zip(seps, chars[1:], strict=True):
        # A wider gap than the one between letters marks a word boundary ("a l l  t h e").
        if len(sep) > shortest or sep.strip() != seps[0].strip():
            words.append(current)
            current = ch
        else:
            current += ch
    words.append(current)
    vocabulary = load_vocabulary()
    pieces: list[str] = []
    known = letters = 0
    for word in words:
        letters += len(word)
        if len(word) > _MAX_SEGMENT_LETTERS:
            pieces.append(word)
            continue
        split = vocabulary.segment(word)
        pieces += split.words
        known += split.known_letters
    # Read back when the run spells a word the rules care about, a single known word, or
    # mostly known words: "a b c d" (a list, an acronym: "ab cd") stays as written.
    if (
        any(w in TRIGGER_WORDS or (w in LEXICON and len(w) > 3) for w in pieces)
        or (len(pieces) == 1 and known == letters)
        or (letters >= _MIN_SPELLED_LETTERS and known >= _MIN_KNOWN_SHARE * letters)
    ):
        return " ".join(pieces)
    return None


def _despace(text: str) -> str | None:
    changed = False

    def respace(m: re.Match[str]) -> str:
        nonlocal changed
        fixed = _respace(m.group())
        if fixed is None:
            return m.group()
        changed = True
        return fixed

    out = _SPACED_RE.sub(respace, text) if _SPACED_HINT_RE.search(text) else text
    pieces: list[str] = []
    pos = 0
    for n, m in enumerate(_SPLIT_HINT_RE.finditer(out)):
        if n >= _MAX_SPLIT_TOKENS:
            break
        if m.start() < pos:
            continue
        start = max(out.rfind(" ", 0, m.start()), out.rfind("\n", 0, m.start())) + 1
        end = len(out)
        for stop in (out.find(" ", m.end()), out.find("\n", m.end())):
            if stop != -1:
                end = min(end, stop)
        token = out[start:end]
        core = token.strip(_EDGE_CHARS)
        joined = _SPLIT_SEP_RE.sub("", core)
        if (
            joined != core
            and not _CONTRACTION_RE.fullmatch(core)
            and (joined in TRIGGER_WORDS or (joined[-1:] == "s" and joined[:-1] in TRIGGER_WORDS))
        ):
            pieces.append(out[pos:start])
            pieces.append(token.replace(core, joined, 1))
            pos = end
            changed = True
    if pieces:
        pieces.append(out[pos:])
        out = "".join(pieces)
    rejoined = _rejoin_split_words(out)
    if rejoined is not None:
        out, changed = rejoined, True
    return " ".join(out.split()) if changed else None


def _rejoinable() -> frozenset[str]:
    """Words of _MIN_REJOINED letters or more a split is read back into: the vocabulary's
    and the trigger words."""
    vocabulary = load_vocabulary()
    return frozenset(
        w for w in (*vocabulary.words(), *TRIGGER_WORDS) if len(w) >= _MIN_REJOINED
    )


def _split_fragments(words: frozenset[str]) -> frozenset[str]:
    """Pieces those words fall into when a space is put inside one ("ig nore", "previ ous",
    "explo sives"), two letters or more, that the vocabulary does not know as words."""
    vocabulary = load_vocabulary()
    return frozenset(
        piece
        for word in words
        for cut in range(2, len(word) - 1)
        for piece in (word[:cut], word[cut:])
        if not vocabulary.knows(piece)
    )


# A word cut by spaces into two or three pieces is read back when it has at least this many
# letters and one of its pieces is not a word. Two words stay as written ("pass word",
# "guide lines", "for get"): prose writes those apart.
_MIN_REJOINED = 6
_REJOINABLE = _rejoinable()
_SPLIT_FRAGMENTS = _split_fragments(_REJOINABLE)
_EDGES_TO_SPACES = str.maketrans(dict.fromkeys(_EDGE_CHARS, " "))


def _rejoin_split_words(text: str) -> str | None:
    """``text`` with words cut by spaces put back together; None when there are none.
    A cheap first look: some token must be a piece that is no word of prose."""
    if _SPLIT_FRAGMENTS.isdisjoint(text.translate(_EDGES_TO_SPACES).split()):
        return None
    tokens = text.split(" ")
    fragments = [i for i, t in enumerate(tokens) if t.strip(_EDGE_CHARS) in _SPLIT_FRAGMENTS]
    joins: dict[int, tuple[int, str]] = {}  # first token -> (tokens joined, replacement)
    for at in fragments:
        for first in range(max(0, at - 2), at + 1):
            for n in (3, 2):
                parts = tokens[first : first + n]
                if len(parts) < n or first + n <= at:
                    continue
                # Punctuation may lead the first piece and trail the last, not sit inside.
                head, tail = parts[0].lstrip(_EDGE_CHARS), parts[-1].rstrip(_EDGE_CHARS)
                pieces = (head, *parts[1:-1], tail)
                word = "".join(pieces)
                if (
                    len(word) >= _MIN_REJOINED
                    and word in _REJOINABLE
                    and all(p.isalpha() and p.isascii() for p in pieces)
                ):
                    lead = parts[0][: len(parts[0]) - len(head)]
                    joins.setdefault(first, (n, lead + word + parts[-1][len(tail) :]))
    if not joins:
        return None
    out: list[str] = []
    i = 0
    while i < len(tokens):
        n, replacement = joins.get(i, (1, tokens[i]))
        out.append(replacement)
        i += n
    return " ".join(out)



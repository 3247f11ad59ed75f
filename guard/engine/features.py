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
from dataclasses import asdict, dataclass

import numpy as np

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
_SPACE_RE = re.compile(r"\s+")
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
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE_RE.sub("", text)
    text = _PLACEHOLDER_RE.sub(" xplaceholderx ", text)
    text = text.lower()
    if not _CONFUSABLE_CHARS.isdisjoint(text):
        text = _MIXED_WORD_RE.sub(_fold_confusables, text)
    text = _DIGIT_RE.sub("0", text)
    return _SPACE_RE.sub(" ", text).strip()


def _fold_confusables(match: re.Match[str]) -> str:
    return match.group(0).translate(_CONFUSABLES)


@dataclass(frozen=True, slots=True)
class Positioned:
    """Every hashed n-gram of a text with the character offset where it starts.

    Scoring a long prompt in windows then only needs slices of these arrays instead of
    re-hashing each window.
    """

    buckets: np.ndarray  # int64
    positions: np.ndarray  # int64, sorted ascending
    length: int
    intent_pos: np.ndarray | None = None  # int64, sorted ascending (cfg.intent only)
    intent_ids: np.ndarray | None = None  # int64 event ids


def positioned_features(text: str, cfg: FeatureConfig) -> Positioned:
    norm = " " + normalize(text) + " "
    codes = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    length = len(codes)
    shift = np.uint64(64 - cfg.bits)
    parts_b: list[np.ndarray] = []
    parts_p: list[np.ndarray] = []
    with np.errstate(over="ignore"):
        for n in range(cfg.char_min, cfg.char_max + 1):
            count = length - n + 1
            if count <= 0:
                continue
            h = np.full(count, np.uint64(n), dtype=np.uint64)
            for k in range(n):
                h = h * _P + codes[k : k + count]
            h = h * _MIX
            h ^= h >> np.uint64(31)
            h = h * _MIX
            parts_b.append((h >> shift).astype(np.int64))
            parts_p.append(np.arange(count, dtype=np.int64))

    words: list[tuple[int, str]] = [(m.start(), m.group(0)) for m in _WORD_RE.finditer(norm)]
    if words and cfg.word_ngrams >= 1:
        mask = cfg.n_buckets - 1
        wb: list[int] = []
        wp: list[int] = []
        prev = ""
        for start, word in words:
            wb.append(zlib.crc32(b"w1 " + word.encode()) & mask)
            wp.append(start)
            if cfg.word_ngrams >= 2 and prev:
                wb.append(zlib.crc32(("w2 " + prev + " " + word).encode()) & mask)
                wp.append(start)
            prev = word
        parts_b.append(np.asarray(wb, dtype=np.int64))
        parts_p.append(np.asarray(wp, dtype=np.int64))

    ipos, iids = intent_events(norm, [start for start, _ in words]) if cfg.intent else (None, None)
    if not parts_b:
        empty = np.zeros(0, dtype=np.int64)
        return Positioned(empty, empty, length, ipos, iids)
    buckets = np.concatenate(parts_b)
    positions = np.concatenate(parts_p)
    order = np.argsort(positions, kind="stable")
    return Positioned(buckets[order], positions[order], length, ipos, iids)


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
        r"hack\w*",
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
    ),
    "violence": (
        r"kill(?!\s+(?:[\w.-]+\s+){0,2}"
        r"(?:process|processes|task|tasks|job|jobs|thread|threads|session|switch|signal|time|"
        r"command|pid|program|app|container|pod|server|query|connection|bugs?|weeds?)\b)\w*",
        r"murder\w*",
        r"assassinat\w*",
        r"tortur\w*",
        r"kidnap\w*",
        r"abduct\w*",
        r"hostages?",
        r"stab\w*",
        r"shoot (?:up|someone|people|him|her|them)",
        r"(?:mass|school) shootings?",
        r"massacre\w*",
        r"behead\w*",
        r"lynch\w*",
        r"strangl\w*",
        r"poison\w*",
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
    ),
    "fraud": (
        r"fraud\w*",
        r"scam\w*",
        r"steal\w*",
        r"stole\w*",
        r"theft",
        r"thie(?:f|ves)",
        r"robb(?:ery|ing|ed)",
        r"shoplift\w*",
        r"burglar\w*",
        r"pick (?:a |the )?locks?",
        r"launder\w*",
        r"counterfeit\w*",
        r"forg(?:e|ed|ery|ing) (?:a |the )?(?:documents?|signatures?|checks?|cheques?|ids?|"
        r"passports?|prescriptions?|certificates?)",
        r"fake (?:ids?|passports?|documents?|reviews?|identit\w*|invoices?|charit\w*|profiles?|"
        r"accounts?|diplomas?|degrees?|prescriptions?|receipts?)",
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
        r"pirat(?:ed|ing) (?:software|movies|content|games|music)",
        r"manipulat\w* (?:the )?(?:stock|market|prices|elections?|votes?|voters)",
        r"rig (?:the |an )?(?:elections?|votes?)",
        r"voter (?:fraud|suppression)",
        r"loan shark\w*",
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
        r"without (?:their|his|her|someone's|anyone's|the owner's|the user's|the victim's) "
        r"(?:knowledge|consent|permission|knowing)",
        r"(?:home|personal|private|email|ip) address(?:es)? of",
        r"(?:personal|private) (?:information|details|data|messages|emails|photos|conversations)",
        r"social security numbers?",
        r"ssns?",
        r"medical records",
        r"someone's (?:email|account|password|phone|location|address|messages|social media)",
        r"whereabouts",
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
    ),
    # Asking for a procedure.
    "how": (
        r"how (?:do|can|could|would|should|might|to|does one|would one|can one)"
        r"(?: (?:i|we|you|one|someone|somebody|a person|people))?",
        r"how i can",
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
        r"can you (?:help|write|give|tell|provide|create|make|generate|show|explain|suggest|list|"
        r"develop|design|draft|compose)",
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
        r"dan",
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
        r"report(?:ing)? (?:it|a|an|the|to)",
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
    ),
    # "Do not include any malicious code": a harm named only to be excluded.
    "negation": (
        r"(?:(?:do|does|did|must|should|will|shall) not|don't|doesn't|mustn't|shouldn't|won't)"
        r"(?: (?:include|use|contain|mention|involve|create|write|add|introduce|perform|cause|"
        r"generate|produce|implement|rely on|make|need|require))?(?: any)?",
        r"(?:never|without|avoid\w*|no|non|free of)(?: any)?",
    ),
    # Asking about something rather than for it.
    "inform": (
        r"what (?:is|are|was|were)",
        r"why (?:is|are|do|does|did|was|were)",
        r"history of",
        r"definition of",
        r"meaning of",
        r"the difference between",
        r"summari[sz]\w*",
        r"translat\w*",
        r"(?:news|article|report|study|paper|essay|review) (?:on|about)",
    ),
    # Someone on the receiving end.
    "target": (
        r"my (?:ex|neighbou?rs?|boss|coworkers?|co-workers?|colleagues?|classmates?|teacher|"
        r"wife|husband|girlfriend|boyfriend|partner|roommate|sister|brother|mother|father|"
        r"mom|dad|parents|child|son|daughter|family|landlord|employees?|enemy|enemies|rival)",
        r"(?:someone|somebody|a person|people|a stranger|strangers|a child|children|a woman|"
        r"women|a girl|girls|an elderly|the elderly|a group|a minority|immigrants|a celebrity|"
        r"a politician|a public figure)",
    ),
}

# Bumped whenever a list or a rule below changes what a text maps to: a model trained on one
# version must not be served with another (FeatureConfig.intent records it).
INTENT_VERSION = 1
INTENT_GROUPS: tuple[str, ...] = (*_HARM_GROUPS, *_OTHER_GROUPS)
_HARM_IDS = tuple(range(len(_HARM_GROUPS)))
_G = {name: i for i, name in enumerate(INTENT_GROUPS)}

# One regex per group, so overlapping phrases ("steal credentials" is both cyber and fraud)
# count for every group they belong to. A match starts at a word start (not after a letter or
# an apostrophe) and ends at a word end.
_INTENT_RES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(r"(?:" + "|".join(pats) + r")(?!\w)")
    for pats in {**_HARM_GROUPS, **_OTHER_GROUPS}.values()
)

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


_N_HARM = len(_HARM_GROUPS)
# Event ids after the groups: "request frame, then harm topic" (one per harm group), then
# the other harm conjunctions.
_REQ_HARM = len(INTENT_GROUPS)
_HARM_EVASION = _REQ_HARM + _N_HARM
_REQ_EVASION = _HARM_EVASION + 1
_HARM_TARGET = _HARM_EVASION + 2
_HARM_DEFENDED = _HARM_EVASION + 3
_HARM_INFORM = _HARM_EVASION + 4
_N_EVENTS = _HARM_EVASION + 5
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
# A defence verb this close before a harm word frames it ("a system for blocking ... attacks");
# a negation this close before excludes it ("do not include any malicious code").
_DEFENDED_REACH = 60
_NEGATED_REACH = 12


def _preceded(at: int, cue: list[int], reach: int) -> bool:
    """Does a cue start at most ``reach`` characters before (or at) ``at``?"""
    j = bisect_right(cue, at)
    return j > 0 and at - cue[j - 1] <= reach


def _near(at: int, cue: list[int], reach: int) -> bool:
    """Does a cue start within ``reach`` characters of ``at``, on either side?"""
    j = bisect_left(cue, at)
    return (j > 0 and at - cue[j - 1] <= reach) or (j < len(cue) and cue[j] - at <= reach)


_EMPTY_I64 = np.zeros(0, dtype=np.int64)


def intent_events(norm: str, word_starts: list[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(positions, event ids) of every intent cue in a normalised text, sorted by position.

    ``word_starts`` (the offsets of ``\\w+`` runs in ``norm``) saves a pass when the caller
    already has them."""
    if word_starts is None:
        word_starts = [m.start() for m in _WORD_RE.finditer(norm)]
    found: list[list[int]] = [[] for _ in _INTENT_RES]
    ends: list[list[int]] = [[] for _ in _INTENT_RES]
    gate, regexes = _GATE, _INTENT_RES
    for at in word_starts:
        gids = gate.get(norm[at : at + _KEY])
        if gids is None or (at and norm[at - 1] == "'"):
            continue
        for gid in gids:
            if ends[gid] and at < ends[gid][-1]:
                continue  # inside this group's previous match, as re.finditer would skip
            m = regexes[gid].match(norm, at)
            if m is not None:
                found[gid].append(at)
                ends[gid].append(m.end())
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
    events = [(at, gid) for gid in range(_N_HARM, len(INTENT_GROUPS)) for at in found[gid]]
    if harm:
        request = sorted(found[_G["how"]] + found[_G["task"]])
        evasion, target = found[_G["evasion"]], found[_G["target"]]
        inform = found[_G["inform"]]
        negation_ends = sorted(ends[_G["negation"]])
        for at, _end, gid in harm:
            # A harm the prompt is defending against ("blocking unauthorized access") or
            # excluding ("do not include malicious code") is not what it asks for.
            j = bisect_right(negation_ends, at)
            if _preceded(at, defence, _DEFENDED_REACH) or (
                j > 0 and at - negation_ends[j - 1] <= _NEGATED_REACH
            ):
                events.append((at, _HARM_DEFENDED))
                continue
            events.append((at, gid))
            if _preceded(at, request, _REQUEST_REACH):
                events.append((at, _REQ_HARM + gid))
            if _near(at, evasion, _NEAR):
                events.append((at, _HARM_EVASION))
            if _near(at, target, _NEAR):
                events.append((at, _HARM_TARGET))
            if _preceded(at, inform, _REQUEST_REACH):
                events.append((at, _HARM_INFORM))
        for at in evasion:
            if _preceded(at, request, _REQUEST_REACH):
                events.append((at, _REQ_EVASION))
    if not events:
        return _EMPTY_I64, _EMPTY_I64
    events.sort()
    arr = np.array(events, dtype=np.int64)
    return arr[:, 0], arr[:, 1]


def intent_vector(ids: np.ndarray) -> np.ndarray:
    """Dense intent columns (float32[N_INTENT], unscaled) from the event ids of one window."""
    counts = np.bincount(ids, minlength=_N_EVENTS).astype(np.float32)
    out = np.zeros(N_INTENT, dtype=np.float32)
    out[:_N_EVENTS] = np.log1p(counts)
    harm = counts[:_N_HARM]
    out[_HARM_ANY] = np.log1p(harm.sum())
    out[_HARM_KINDS] = float(np.count_nonzero(harm)) / 2.0
    out[_REQ_HARM_ANY] = np.log1p(counts[_REQ_HARM : _REQ_HARM + _N_HARM].sum())
    override = counts[_G["override"]] > 0
    if override:
        out[_OVERRIDE_REQUEST] = float(counts[_G["how"]] + counts[_G["task"]] > 0)
        out[_OVERRIDE_HARM] = float(harm.sum() > 0)
        out[_OVERRIDE_EXTRACTION] = float(counts[_G["extraction"]] > 0)
    return out


def intent_features(text: str) -> dict[str, float]:
    """Named, unscaled intent columns of a whole text: for explaining and testing."""
    _, ids = intent_events(" " + normalize(text) + " ")
    vec = intent_vector(ids)
    return {name: float(v) for name, v in zip(INTENT_NAMES, vec, strict=True) if v}


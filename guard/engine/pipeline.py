"""The guard: normaliser → signatures over every view → classifier (optional) → policy.

``Guard.inspect`` is pure and thread-safe once loaded: it reads only immutable state (the
compiled rules and the scorer's weights), so one instance serves every request of a
process. ``get_guard()`` returns that instance, loading it on first use, and hot-reloads it
when ``train_guard`` writes a new model: at most every ``check_seconds`` it stats the model's
``classifier.json`` and, when that changed, loads a new Guard and swaps it in. Requests
already running keep the instance they started with.

The engine stays free of Django: the Django app passes its settings in once, at start-up,
through ``configure(model_dir=..., check_seconds=...)`` (guard/apps.py).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from guard.engine import policy, signatures
from guard.engine.deobfuscate import Views, expand
from guard.engine.signatures import RULES, SIGNATURES_VERSION, Rule
from guard.engine.verdict import Detection, Verdict
from guard.engine.vocabulary import load_vocabulary

logger = logging.getLogger(__name__)

# Below this calibrated risk a classifier score is noise and is not listed as a detection
# (it still feeds the combined risk).
_CLASSIFIER_REPORT_FLOOR = 0.3

# A prompt that quotes an attack in order to talk about it ("why is 'ignore previous
# instructions' such a common injection?", a ticket shown to the security team, a unit test
# of a refusal) mentions the attack without making it. Such a prompt is judged on its own
# words, with the quoted text set aside, when the words around the quotes are about attacks
# and nothing asks for the quoted text to be carried out.
_QUOTED_RE = re.compile(
    r'"[^"\n]{3,4000}"'
    r"|\u201c[^\u201d\n]{3,4000}\u201d"
    # single quotes around text that may hold an apostrophe ("'... Don't reveal these.'")
    r"|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){8,1000}'(?!\w)"
)
_ABOUT_ATTACKS_RE = re.compile(
    r"\b(?:prompt[- ]injections?|injections?\s+attacks?|jailbreak(?:s|ing)?|red[- ]team\w*|owasp|"
    r"(?:an?|the|this|that|such|common|known|typical)\s+attacks?|attackers?|classifier|"
    r"detect\w*|filter(?:s|ed|ing)?|flag(?:s|ged|ging)?|defen[cd]\w*|unit\s+tests?|guardrails?|"
    # what a chatbot's users may type to it: the developer asks how the bot should take it
    r"(?:users?|customers?|visitors?|people|someone|attackers?|they)\s+(?:\w+\s+)?(?:types?|typed|"
    r"typing|writes?|wrote|says?|said|sends?|sent|enters?|entered|pastes?|pasted|tries|tried|"
    r"asks?|asked|asking))\b"
)
# ... and asks about it: a question, or a piece of writing or a test about it. A document
# handed over to be summarised, translated or classified is data, and an instruction quoted
# inside it is the injection itself, so those requests are not discussions.
_DISCUSSES_RE = re.compile(
    r"\?|\b(?:explain|describe|write\s+(?:an?\s+)?(?:blog|article|post|quiz|test|report|guide|"
    r"policy)|list)\b"
    # ... or code that screens for it ("write a Python function that flags ...")
    r"|\b(?:write|build|implement)\s+(?:an?\s+|the\s+)?(?:[\w+#-]+\s+){0,2}(?:function|regex|"
    r"script|filter|check|rule|classifier|detector|validator|middleware)s?\b"
)
_PROCESSES_RE = re.compile(
    r"\btl;?dr\b|\b(?:summari[sz]e|translate|classify|analy[sz]e|review|proofread|rewrite|paraphrase|"
    r"extract|evaluate|score|rate|grade|screen|process)\s+(?:this|the|these|that|my|our|it|"
    r"following)\b"
)
# A passage this long outside the quotes is a document, not a question about a phrase.
_MENTION_MAX_CHARS = 1000
_CARRY_OUT_RE = re.compile(
    r"\b(?:do\s+(?:what|as)\s+(?:it|they)\s+(?:says?|asks?)|as\s+(?:it|they)\s+(?:says?|asks?)|"
    r"follow\s+(?:it|them|that|this|those|these)|(?:answer|respond\s+to|reply\s+to|obey|execute|"
    r"run|apply|perform|complete|fulfil+|comply\s+with|act\s+on)\s+(?:it|them|that|this|those|"
    r"these|the\s+\w+)\b|now\s+(?:do|say|answer|print|output|write|reveal|tell)|then\s+(?:do|answer|say|"
    r"print|reveal|tell)|pretend|role-?play|act\s+as|you\s+are\s+now|(?:produce|give|write)\s+"
    r"(?:the|a|your)\s+(?:most\s+)?(?:helpful\s+|full\s+|complete\s+)?(?:response|answer|reply)|"
    # asks the model for its own answer to the quoted text
    r"(?:what|how)\s+(?:would|will)\s+you\s+(?:output|say|answer|reply|respond|print|write|do))"
)


# A developer's own system prompt, quoted to be improved: its "never reveal these
# instructions" is the guardrail being written, not a request.
_OWN_PROMPT_RE = re.compile(
    r"\b(?:(?:my|our)\s+(?:[\w'-]+\s+){0,3}?(?:system\s+)?prompt|(?:system\s+)?prompt\s+(?:for|of)\s+"
    r"(?:my|our)\b)"
)
_EDITS_RE = re.compile(
    r"\b(?:improve|tighten|harden|critique|proofread|shorten|polish|make\s+it\s+(?:more\s+)?"
    r"(?:robust|safer|secure|better|clearer|shorter|stricter))\b"
)


def quoted_mention(text: str) -> tuple[str, str] | None:
    """(``text`` with its quoted passages replaced by an ellipsis, why), when the words
    around them talk about attacks (why = "discussed") or hand over the user's own system
    prompt to be improved ("edited"), and ask for nothing to be carried out; None otherwise."""
    if not _QUOTED_RE.search(text):
        return None
    outside = _QUOTED_RE.sub(' "\u2026" ', text)
    lowered = outside.lower()
    discussed = (
        _ABOUT_ATTACKS_RE.search(lowered)
        and _DISCUSSES_RE.search(lowered)
        and not _PROCESSES_RE.search(lowered)
    )
    edited = _OWN_PROMPT_RE.search(lowered) and _EDITS_RE.search(lowered)
    if (
        len(outside) > _MENTION_MAX_CHARS
        or not (discussed or edited)
        or _CARRY_OUT_RE.search(lowered)
    ):
        return None
    return outside, "discussed" if discussed else "edited"


class ScoredText(Protocol):
    """What a scorer says of one text: its attack probability, and on request the kind of
    attack it reads as (None when the scorer cannot tell)."""

    probability: float

    def kind(self) -> str | None: ...


class Scorer(Protocol):
    version: str
    thresholds: Mapping[str, float]

    def read(self, text: str) -> ScoredText: ...


def _normalizer_detections(views: Views) -> list[Detection]:
    norm = views.normalized
    found = norm.findings
    out: list[Detection] = []
    if norm.hidden:
        out.append(
            Detection(
                layer="normalizer",
                rule="NORM-002",
                category="injection",
                score=0.7,
                detail="Obfuscation: text hidden in invisible Unicode tag characters",
                severity="medium",
                view="tags",
            )
        )
    # Each trick alone has innocent uses (a pasted zero-width joiner, a Greek letter in a
    # formula, "l33t" in a gamer tag); several of them, or many of one, is deliberate.
    heavy = (
        found.get("invisible", 0) >= 2
        or found.get("bidi_override", 0) >= 1
        or found.get("homoglyphs", 0) >= 2
        or found.get("leet", 0) >= 2
        or sum(1 for k in ("invisible", "homoglyphs", "leet", "styled") if found.get(k)) >= 2
    )
    if heavy:
        out.append(
            Detection(
                layer="normalizer",
                rule="NORM-001",
                category="injection",
                score=0.4,
                detail="Obfuscation: " + "; ".join(norm.notes()),
                severity="low",
                view="normalized",
            )
        )
    return out


class Guard:
    def __init__(
        self,
        *,
        scorer: Scorer | None = None,
        rules: tuple[Rule, ...] = RULES,
        signatures_version: str = SIGNATURES_VERSION,
    ) -> None:
        self.scorer = scorer
        self.rules = rules
        self.signatures_version = signatures_version

    @classmethod
    def load(cls, model_dir: Path | None = None) -> Guard:
        """Signatures always; the trained scorer when its model files are present."""
        # Read now, so the first letter-spaced prompt a worker serves pays no file read.
        load_vocabulary()
        return cls(scorer=_load_scorer(model_dir))

    @staticmethod
    def views(text: str) -> Views:
        """The de-obfuscated readings ``inspect`` works on (normalised, decoded, ...)."""
        return expand(text)

    @property
    def engine_version(self) -> str:
        scorer_version = self.scorer.version if self.scorer is not None else "none"
        return f"{self.signatures_version}+{scorer_version}"

    def inspect(
        self,
        text: str,
        *,
        strictness: str = "balanced",
        extra_detections: Sequence[Detection] = (),
        views: Views | None = None,
    ) -> Verdict:
        """``extra_detections`` is the hook for evidence found outside the engine, such as
        the tenant's memory of reported prompts (layer "memory"; effect "allow" for a
        prompt the tenant reported benign). ``views`` is ``self.views(text)`` when the
        caller computed it already (to share it with the memory lookup)."""
        return self._inspect(text, strictness, extra_detections, views, mentions=True)

    def _inspect(
        self,
        text: str,
        strictness: str,
        extra_detections: Sequence[Detection],
        views: Views | None,
        *,
        mentions: bool,
    ) -> Verdict:
        policy.check_strictness(strictness)
        views = views if views is not None else expand(text)
        detections = _normalizer_detections(views)
        detections += signatures.scan(views, self.rules)
        if self.scorer is not None:
            clf = self._classify(views, detections)
            if clf is not None:
                detections.append(clf)
        detections += extra_detections
        decision = policy.decide(detections, strictness=strictness)
        if mentions and not decision.allowed:
            mention = self._as_mention(text, detections, strictness, extra_detections)
            if mention is not None:
                return mention
        return Verdict(
            allowed=decision.allowed,
            risk_score=decision.risk_score,
            block_reason=decision.block_reason,
            categories=decision.categories,
            detections=tuple(detections) + decision.added,
            engine_version=self.engine_version,
        )

    def _as_mention(
        self,
        text: str,
        detections: Sequence[Detection],
        strictness: str,
        extra_detections: Sequence[Detection],
    ) -> Verdict | None:
        """The verdict on a prompt that only quotes the attack it talks about, or the user's
        own system prompt it asks to improve (see ``quoted_mention``): allowed when its own
        words are, unless a critical signature fired (a quoted request for abuse material is
        not waved through as a quotation) or, for a prompt to improve, any signature did (a
        "system prompt" that is a jailbreak is not one the user wrote for their bot)."""
        found = quoted_mention(text)
        if found is None:
            return None
        outside, why = found
        if any(
            d.layer == "signature" and (why == "edited" or d.severity == "critical")
            for d in detections
        ):
            return None
        own = self._inspect(outside, strictness, extra_detections, None, mentions=False)
        if not own.allowed:
            return None
        note = Detection(
            layer="policy",
            rule="POL-QUOTED",
            category=max(detections, key=lambda d: d.score).category,
            score=1.0,
            detail=(
                "The attack is quoted in a question about it" if why == "discussed"
                else "The user's own system prompt is quoted to be improved"
            ) + ", and nothing asks for it to be carried out; judged on the words around the "
            "quotation",
            severity="low",
            effect="allow",
        )
        return Verdict(
            allowed=True,
            risk_score=own.risk_score,
            block_reason=None,
            categories=(),
            detections=(*detections, note),
            engine_version=self.engine_version,
        )

    def attack_probability(self, views: Views) -> tuple[str, float]:
        """(view, probability) of the classifier's most suspicious reading of ``views``;
        (``"none"``, 0.0) without a classifier. The last answer is kept per thread for the
        same ``views`` object, so the tenant adapter (which reads it before ``inspect``) and
        ``inspect`` itself score the prompt once between them."""
        if self.scorer is None:
            return "none", 0.0
        found = self._best_view(views)
        return found[0], found[1].probability

    def _best_view(self, views: Views) -> tuple[str, ScoredText]:
        """(view, reading) of the classifier's most suspicious reading of ``views``."""
        assert self.scorer is not None
        memo = getattr(_memo, "last", None)
        if memo is not None and memo[0] is views and memo[1] is self:
            return memo[2]
        # The scorer normalises on its own; decoded payloads are scored too, because a
        # base64 instruction looks like noise until decoded.
        best_view, best = "original", self.scorer.read(views.normalized.original)
        extra: list[tuple[str, str]] = list(views.decoded())
        # Leetspeak hides words from the n-grams too, not only from the signatures. The
        # signature folder reads back only words its rules know; the classifier gets a
        # blunt reading of every letter-digit mix as well.
        if views.normalized.folded != views.normalized.text:
            extra.append(("folded", views.normalized.folded))
        deleeted = _deleet(views.normalized.text)
        if deleeted is not None:
            extra.append(("deleeted", deleeted))
        for name, text in extra:
            reading = self.scorer.read(text)
            if reading.probability > best.probability:
                best_view, best = name, reading
        _memo.last = (views, self, (best_view, best))
        return best_view, best

    def _classify(self, views: Views, so_far: Sequence[Detection]) -> Detection | None:
        assert self.scorer is not None
        best_view, best = self._best_view(views)
        best_p = best.probability
        risk = policy.calibrate(best_p, self.scorer.thresholds)
        if risk < _CLASSIFIER_REPORT_FLOOR:
            return None
        # A signature that fired names the kind precisely; otherwise the classifier's kind
        # head reads it from the same view (models without a head say "injection", as all
        # classifier detections did before the head existed).
        sigs = [d for d in so_far if d.layer == "signature"]
        category = (max(sigs, key=lambda d: d.score).category if sigs
                    else best.kind() or "injection")
        return Detection(
            layer="classifier",
            rule="CLF",
            category=category,
            score=round(risk, 4),
            detail=f"Classifier {self.scorer.version}: attack probability {best_p:.2f}",
            severity="high" if risk >= policy.RISK_THRESHOLDS["balanced"] else "medium",
            view=best_view,
        )


# The last (views, guard, (view, reading)) of Guard._best_view, per thread.
_memo = threading.local()

_LEET_DIGITS = str.maketrans("0134579@$", "oieastgas")
# A token where letters and leet digits/symbols touch, such as "h0w" or "b0mb".
_LEET_TOKEN_RE = re.compile(r"(?=\S*[a-z])(?=\S*[0134579@$])[a-z0134579@$]{2,}")
_LEET_MIN_TOKENS = 3
# Cheap first look: a letter touching a leet character. Most prompts have none, and then the
# token scan above (two lookaheads at every position) is not worth running.
_LEET_HINT_RE = re.compile(r"[a-z][0134579@$]|[0134579@$][a-z]")


# "1" reads as i or l ("he1p", "v1o1ent"); the vocabulary picks, trying at most 2**4 readings.
_AMBIGUOUS_ONES = 4
# A lone "4" or "@" among leet words is the article "a".
_LONE_A_RE = re.compile(r"(?<!\S)[4@](?!\S)")


def _read_leet(token: str) -> str:
    plain = token.translate(_LEET_DIGITS)
    ones = [i for i, ch in enumerate(token) if ch == "1"][:_AMBIGUOUS_ONES]
    if not ones:
        return plain
    vocabulary = load_vocabulary()
    best, best_cost = plain, vocabulary.cost(plain)
    for mask in range(1, 1 << len(ones)):
        letters = list(plain)
        for bit, at in enumerate(ones):
            if mask >> bit & 1:
                letters[at] = "l"
        reading = "".join(letters)
        cost = vocabulary.cost(reading)
        if cost < best_cost:
            best, best_cost = reading, cost
    return best


def _deleet(text: str) -> str | None:
    """`text` with every leet-looking token read as letters, or None when there are few."""
    if _LEET_HINT_RE.search(text) is None:
        return None
    tokens = _LEET_TOKEN_RE.findall(text)
    if len(tokens) < _LEET_MIN_TOKENS:
        return None
    return _LONE_A_RE.sub("a", _LEET_TOKEN_RE.sub(lambda m: _read_leet(m.group()), text))


def _load_scorer(model_dir: Path | None) -> Scorer | None:
    try:
        from guard.engine import classifier
    except ImportError:
        logger.warning("guard: classifier module unavailable, running signatures only")
        return None
    try:
        return classifier.TextClassifier.load(model_dir)
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        # ModelFileError is a RuntimeError; a missing or mismatched model must not take the
        # service down, the signatures still protect.
        logger.warning("guard: no usable classifier model (%s), running signatures only", exc)
        return None


# Process-wide guard state; written under _guard_lock, read without it (one reference
# assignment swaps the guard, so a reader sees the old or the new one, never a mix).
_guard: Guard | None = None
_guard_stamp: tuple[int, int, int] | None = None
_next_check = 0.0
_model_dir: Path | None = None
_check_seconds = 5.0
_guard_lock = threading.Lock()
# The clock get_guard() schedules its checks by (tests move it).
_clock = time.monotonic


def configure(*, model_dir: Path | str | None = None, check_seconds: float = 5.0) -> None:
    """Where get_guard() loads the model from (None: the shipped models) and how often it
    looks for a new one; forgets the loaded guard."""
    global _model_dir, _check_seconds
    with _guard_lock:
        _model_dir = Path(model_dir) if model_dir is not None else None
        _check_seconds = float(check_seconds)
    reset_guard()


def _model_stamp(model_dir: Path | None) -> tuple[int, int, int] | None:
    """What identifies the model on disk, from one stat(): ``TextClassifier.save`` replaces
    classifier.json last, so a new stamp means both files are new."""
    from guard.engine.classifier import DEFAULT_MODEL_DIR, META_FILE

    try:
        st = (model_dir or DEFAULT_MODEL_DIR).joinpath(META_FILE).stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_ino, st.st_size)


def _reload_if_changed(now: float) -> None:
    """Call with _guard_lock held."""
    global _guard, _guard_stamp, _next_check
    _next_check = now + _check_seconds
    stamp = _model_stamp(_model_dir)
    if _guard is not None and stamp == _guard_stamp:
        return
    fresh = Guard.load(_model_dir)
    if _guard is not None and _guard.scorer is not None and fresh.scorer is None:
        # A model caught mid-write (or removed): keep serving the one that works and look
        # again at the next check, rather than drop to signatures only.
        logger.warning("guard: model in %s not loadable, keeping %s", _model_dir,
                       _guard.engine_version)
        return
    if _guard is not None and fresh.engine_version != _guard.engine_version:
        logger.info("guard: reloaded %s -> %s", _guard.engine_version, fresh.engine_version)
    _guard, _guard_stamp = fresh, stamp


def get_guard() -> Guard:
    """The process-wide guard, loaded once even when many threads ask at the same time, and
    replaced when the model files changed (checked at most every ``check_seconds``)."""
    guard = _guard
    now = _clock()
    if guard is not None and now < _next_check:
        return guard
    if guard is None:
        with _guard_lock:
            if _guard is None:
                _reload_if_changed(now)
            return _guard  # type: ignore[return-value]
    # One thread checks; the others go on with the guard they have instead of queueing.
    if _guard_lock.acquire(blocking=False):
        try:
            if now >= _next_check:
                _reload_if_changed(now)
        finally:
            _guard_lock.release()
    return _guard  # type: ignore[return-value]


def reset_guard() -> None:
    """Forget the loaded guard so the next get_guard() reloads."""
    global _guard, _guard_stamp, _next_check
    with _guard_lock:
        _guard, _guard_stamp, _next_check = None, None, 0.0

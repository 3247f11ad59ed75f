"""The intent cues in languages other than English, merged per group.

Each module holds the cues of a few languages (``CUES``: group name -> patterns, extending
the English group of the same name in guard.engine.features) and the request frames of its
verb-final languages that come after what they ask for (``TRAILING_REQUESTS``: Turkish
"bomba nasıl yapılır", Korean "폭탄 만드는 법"). Every pattern follows the English lists'
rules: matched at a word start on normalised text, ending at a word end, beginning with at
least three literal characters (the word gate looks groups up by them).
"""

from __future__ import annotations

from guard.engine.intent_languages import es_fr_de_pt_it, ru_pl_nl, sv_tr_id, vi_ar_hi_ko

_MODULES = (es_fr_de_pt_it, ru_pl_nl, sv_tr_id, vi_ar_hi_ko)

CUES: dict[str, tuple[str, ...]] = {}
for _module in _MODULES:
    for _group, _patterns in _module.CUES.items():
        CUES[_group] = (*CUES.get(_group, ()), *_patterns)

TRAILING_REQUESTS: tuple[str, ...] = tuple(
    pattern for module in _MODULES for pattern in getattr(module, "TRAILING_REQUESTS", ())
)

"""Aegis-V detection engine: plain Python, no Django.

Entry points: ``get_guard().inspect(text, strictness=...)`` returns a ``Verdict``.
"""

from __future__ import annotations

from guard.engine.pipeline import Guard, get_guard, reset_guard
from guard.engine.verdict import Detection, Verdict

__all__ = ["Detection", "Guard", "Verdict", "get_guard", "reset_guard"]

"""The hardening curve: how fast a tenant's reports close an attack family the model misses."""

from __future__ import annotations

import argparse
import random
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from guard import memory
from guard.engine.pipeline import get_guard
from guard.management.arguments import add_data_argument, data_path
from guard.models import Decision
from guard.services import protect, record_feedback
from guard.training.anchors import text_digest
from guard.training.dataset import Row, read_jsonl
from tenants.models import ApiKey, Tenant
from tenants.services import tenant_create

REPORT_STEPS = (1, 5, 20)


def _family_slice(value: str) -> tuple[int, int]:
    """``--families``: "N" is the N worst families, "LO:HI" the slice [LO, HI) of them."""
    lo, sep, hi = value.partition(":")
    try:
        bounds = (int(lo), int(hi)) if sep else (0, int(lo))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected N or LO:HI, not {value!r}") from None
    if bounds[0] < 0 or bounds[1] <= bounds[0]:
        raise argparse.ArgumentTypeError(f"{value!r} selects no family")
    return bounds


class _Rollback(Exception):
    """Raised at the end of the run so every scratch row is rolled back."""


@dataclass
class FamilyResult:
    name: str
    size: int
    tested: int
    recall: dict[int, float]
    benign_fpr: float
    benign_hard_fpr: float


class Command(BaseCommand):
    help = (
        "Hardening curve on labelled JSONL: for the attack families (source/category) the "
        "current guard catches worst, recall on the rest of the family before feedback and "
        "after 1, 5 and 20 reports made through the real path (protect, then record_feedback, "
        "in a scratch tenant), benign and benign_hard false-positive rates before and after, and "
        "a second tenant's verdicts checked unchanged. Benign rows in the tenant adapters' "
        "anchor set (memory_anchors.npz) are left out of the false-positive rates, since the "
        "adapters were fitted and calibrated on them. Runs in a transaction that is rolled "
        "back: the database is left as it was."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        add_data_argument(parser)
        parser.add_argument("--families", type=_family_slice, default=(0, 4),
                            help="Which of the families, worst-caught first, to harden: N for "
                            "the N worst (default 4), or LO:HI for a slice of that order "
                            "(4:7 = the three after the four worst).")
        parser.add_argument("--min-family", type=int, default=60,
                            help="Smallest family considered (reports + a test set).")
        parser.add_argument("--seed", type=int, default=1234)
        parser.add_argument("--strictness", choices=Tenant.Strictness.values,
                            default=Tenant.Strictness.BALANCED)
        parser.add_argument("--plot", type=Path, default=Path("var/evaluate_hardening.png"),
                            help="Where to save the hardening-curve plot (PNG).")

    def handle(self, *args: Any, **options: Any) -> None:
        data = data_path(options)
        rows = read_jsonl(data)
        started = time.perf_counter()
        try:
            with transaction.atomic():
                self._run(rows, options)
                raise _Rollback
        except _Rollback:
            pass
        finally:
            # The scratch tenants are gone; so must be this process's indexes of them.
            memory.forget_process_cache()
        self.stdout.write(f"took {time.perf_counter() - started:.0f}s; database rolled back")

    # --- the run ---------------------------------------------------------------------------

    def _run(self, rows: list[Row], options: dict[str, Any]) -> None:
        strictness = options["strictness"]
        guard = get_guard()
        families: dict[str, list[Row]] = defaultdict(list)
        for row in rows:
            if row.is_attack:
                families[f"{row.source[:60]} / {row.category}"].append(row)
        anchors = memory.memory_anchors()
        # The adapters learned from the anchors: counting them would flatter the FPR.
        held_out = anchors.digests if anchors is not None else frozenset()
        benign = [r.text for r in rows
                  if r.category == "benign" and text_digest(r.text) not in held_out]
        benign_hard = [r.text for r in rows
                       if r.category == "benign_hard" and text_digest(r.text) not in held_out]
        self.stdout.write(
            f"benign FPR on {len(benign)} benign and {len(benign_hard)} benign_hard rows; "
            + (f"{len(anchors.digests)} anchor rows of the tenant adapters left out"
               if anchors is not None else "no adapter anchors (memory similarity only)")
        )

        def caught(text: str) -> bool:
            return not guard.inspect(text, strictness=strictness).allowed

        recall_now = {
            name: sum(caught(r.text) for r in fam) / len(fam)
            for name, fam in self._progress(families.items(), "current recall")
            if len(fam) >= options["min_family"]
        }
        lo, hi = options["families"]
        worst = sorted(recall_now, key=recall_now.get)[lo:hi]
        before_benign = self._blocked(None, benign, strictness, "benign before")
        before_hard = self._blocked(None, benign_hard, strictness, "benign_hard before")

        bystander = self._tenant("hardening_bystander", strictness)
        results: list[FamilyResult] = []
        tests: dict[str, list[str]] = {}
        for n, name in enumerate(worst):
            fam = list(families[name])
            random.Random(f"{options['seed']}:{name}").shuffle(fam)  # noqa: S311 — reproducible
            tenant_key = self._tenant(f"hardening_f{n}", strictness)
            tenant = tenant_key.tenant
            # The tenant reports prompts that got through, in the order it met them; the rest
            # of the family (caught or not) is the test set.
            to_report: list[str] = []
            seen = 0
            for row in fam:
                seen += 1
                if not protect(api_key=tenant_key, prompt=row.text).verdict.allowed:
                    continue
                to_report.append(row.text)
                if len(to_report) == max(REPORT_STEPS):
                    break
            test = [r.text for r in fam[seen:]]
            if not test:
                # Every member was needed as a report (the guard lets fewer than
                # max(REPORT_STEPS) through): nothing is left to measure on.
                self.stdout.write(f"{name}: skipped, only {len(to_report)} of its {len(fam)} "
                                  "prompts get through, so none is left to test")
                continue
            tests[name] = test
            recall = {0: sum(self._blocked(tenant, test, strictness, f"{name[:30]} k=0"))
                      / len(test)}
            reported = 0
            for k in REPORT_STEPS:
                for text in to_report[reported:k]:
                    decision = protect(api_key=tenant_key, prompt=text).decision
                    record_feedback(tenant=tenant, request_id=decision.request_id,
                                    label=Decision.Label.ATTACK, source="evaluate_hardening")
                reported = min(k, len(to_report))
                hits = self._blocked(tenant, test, strictness, f"{name[:30]} k={k}")
                recall[k] = sum(hits) / len(test)
            after_benign = self._blocked(tenant, benign, strictness, "benign after")
            after_hard = self._blocked(tenant, benign_hard, strictness, "benign_hard after")
            results.append(FamilyResult(
                name=name, size=len(fam), tested=len(test), recall=recall,
                benign_fpr=sum(after_benign) / len(benign),
                benign_hard_fpr=sum(after_hard) / len(benign_hard),
            ))

        # The bystander tenant never reported anything: every verdict must equal the
        # memory-less guard's, on every family's test set and on the benign sets.
        changed = 0
        for name in tests:
            base = self._blocked(None, tests[name], strictness, "bystander base")
            changed += sum(a != b for a, b in zip(
                base, self._blocked(bystander.tenant, tests[name], strictness, "bystander"),
                strict=True))
        changed += sum(a != b for a, b in zip(
            before_benign, self._blocked(bystander.tenant, benign, strictness, "bystander"),
            strict=True))
        self._table(results, sum(before_benign) / len(benign),
                    sum(before_hard) / len(benign_hard), recall_now, changed, strictness)
        if results:
            from guard.training.plot import save_hardening_plot

            save_hardening_plot(
                options["plot"], {r.name: r.recall for r in results},
                {r.name: (sum(before_benign) / len(benign), r.benign_fpr) for r in results},
                title=f"evaluate_hardening, {strictness}; other tenant: {changed} verdict(s) "
                "changed",
            )
            self.stdout.write(f"Plot saved to {options['plot']}")

    def _tenant(self, client_id: str, strictness: str) -> ApiKey:
        onboarding = tenant_create(
            name=f"Scratch {client_id}", client_id=client_id, tier=Tenant.Tier.ENTERPRISE,
            policy={"strictness": strictness},
        )
        return onboarding.tenant.api_keys.get()

    def _blocked(
        self, tenant: Tenant | None, texts: list[str], strictness: str, desc: str
    ) -> list[bool]:
        """Verdicts exactly as protect() reaches them (memory lookup, then the guard), without
        writing a decision for every test prompt."""
        guard = get_guard()
        out = []
        for text in self._progress(texts, desc):
            views = guard.views(text)
            extra = (memory.memory_lookup(tenant=tenant, prompt=text, views=views).detections
                     if tenant else ())
            out.append(not guard.inspect(text, strictness=strictness, views=views,
                                         extra_detections=extra).allowed)
        return out

    def _progress(self, items: Any, desc: str) -> Any:
        try:
            from tqdm import tqdm
        except ImportError:
            return items
        return tqdm(items, desc=desc, leave=False, disable=None)

    def _table(
        self, results: list[FamilyResult], benign_before: float, hard_before: float,
        recall_now: dict[str, float], changed: int, strictness: str,
    ) -> None:
        w = max([len(r.name) for r in results] + [20])
        head = (f"{'family':<{w}} {'size':>5} {'test':>5} {'k=0':>6} "
                + " ".join(f"{'k=' + str(k):>6}" for k in REPORT_STEPS)
                + f" {'benign FPR':>17} {'benign_hard FPR':>17}")
        self.stdout.write(f"hardening curve at {strictness}: recall on the rest of the family")
        self.stdout.write(head)
        self.stdout.write("-" * len(head))
        for r in results:
            self.stdout.write(
                f"{r.name:<{w}} {r.size:>5} {r.tested:>5} {r.recall[0]:>6.1%} "
                + " ".join(f"{r.recall[k]:>6.1%}" for k in REPORT_STEPS)
                + f" {benign_before:>6.2%} -> {r.benign_fpr:>6.2%}"
                + f" {hard_before:>6.2%} -> {r.benign_hard_fpr:>6.2%}"
            )
        self.stdout.write(
            f"other tenant: {changed} verdict(s) changed "
            f"({'unchanged' if changed == 0 else 'CHANGED'})"
        )

"""Shared by the evaluations of the gold sets under tests/data/ (dev, heldout)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from graph.api import run_build
from graph.evaluate import EvalReport, evaluate, format_report


def records(gold: Path) -> list[dict[str, Any]]:
    """The gold records of a JSONL file."""
    return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]


def build_and_score(articles: Path, gold: Path, events: Path) -> EvalReport:
    """Build the set's graph and score it; printed so ``pytest -s`` shows it.  Every article
    must be read (a skipped one fails here, naming it)."""
    result = run_build([articles])
    assert result.errors == [], [str(e) for e in result.errors]
    rep = evaluate(gold, result.dataset, events=events)
    print("\n" + format_report(rep))
    return rep

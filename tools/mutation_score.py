"""Reads ``mutmut results --all true`` on stdin and prints the mutation score per module.

    .venv/bin/mutmut results --all true | .venv/bin/python tools/mutation_score.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict

LINE = re.compile(r"^\s*(?P<name>[\w.]+)\.x\S*__mutmut_\d+: (?P<status>.+?)\s*$")


def main() -> None:
    per_module: dict[str, Counter[str]] = defaultdict(Counter)
    for line in sys.stdin:
        match = LINE.match(line)
        if match:
            per_module[match["name"]][match["status"]] += 1
    total: Counter[str] = Counter()
    print(f"{'module':38} {'killed':>7} {'survived':>9} {'no tests':>9} {'other':>6} {'score':>7}")
    for module in sorted(per_module):
        total.update(per_module[module])
        print(row(module, per_module[module]))
    print(row("all", total))


def row(name: str, counts: Counter[str]) -> str:
    killed, survived, untested = counts["killed"], counts["survived"], counts["no tests"]
    other = sum(counts.values()) - killed - survived - untested
    score = killed / max(sum(counts.values()), 1)
    return f"{name:38} {killed:7} {survived:9} {untested:9} {other:6} {score:7.1%}"


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes __tests__/report/python-round.json: Python's round(x, n) on
values where half-even, half-up and binary noise disagree, so the TypeScript
rounding is tested against Python itself. Deterministic; re-run to refresh."""
import json
import random
from pathlib import Path

rng = random.Random(20240611)
cases = set()
# Percent ratios as coverage.py computes them: 100.0 * covered / total.
for _ in range(800):
    total = rng.randint(1, 60000)
    covered = rng.randint(0, total)
    cases.add(100.0 * covered / total)
# Exact binary ties (multiples of 1/8, 1/16 ...) and decimal "ties" that are not.
for i in range(0, 801):
    cases.add(i / 8)
for i in range(79900, 80100):
    cases.add(i / 1000)
for i in range(99900, 100001):
    cases.add(i / 1000)
for i in range(0, 1000, 5):
    cases.add(i / 1000)
    cases.add(2 + i / 1000)
cases.update([79.995, 99.995, 99.999, 0.005, 0.015, 2.675, 1.005, 50.125, 50.375, 22.635, 12.5, 0.5, 1.5, 2.5])
for _ in range(200):
    cases.add(rng.uniform(0, 100))

rows = []
for value in sorted(cases):
    for precision in (0, 1, 2, 3):
        rows.append([repr(value), precision, repr(round(value, precision))])

out = Path(__file__).resolve().parent.parent / "__tests__" / "report" / "python-round.json"
out.write_text(json.dumps({"python": "round(value, precision)", "rows": rows}, separators=(",", ":")) + "\n")
print(f"{len(rows)} rows -> {out}")

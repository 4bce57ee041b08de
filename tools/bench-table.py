#!/usr/bin/env python3
"""Prints the README's benchmark table from a `sitmap bench --out results.json` file, so that the table holds
exactly the figures the command printed (rounded to three significant digits, targets from the same file)."""
import json
import sys


def number(v):
    if v is None:
        return ""
    a = abs(v)
    if v == int(v) or a >= 1000:
        return f"{v:,.0f}"
    if a >= 100:
        return f"{v:.0f}"
    if a >= 10:
        return f"{v:.1f}"
    return f"{v:.2f}" if a >= 1 or a == 0 else f"{v:.3g}"


def target(f):
    if f["target"] is None:
        return "—"
    sign = "≥" if f["target_is_minimum"] else "<"
    unit = f["unit"]
    sep = "" if unit in ("×",) else " "
    return f"{sign} {number(f['target'])}{sep}{unit}"


def cell(f):
    if f is None:
        return ""
    unit = f["unit"]
    sep = "" if unit in ("×", "") else " "
    text = f"{number(f['value'])}{sep}{unit}"
    return text if f["met"] else text + " **missed**"


def main(path):
    data = json.load(open(path, encoding="utf-8"))
    rows, order = {}, []
    for f in data["figures"]:
        column = "shipped" if f["dataset"] in ("shipped", "-") else "scale"
        if f["name"] not in rows:
            rows[f["name"]] = {}
            order.append(f["name"])
        rows[f["name"]][column] = f
    print("| figure | target (shipped / scale 100) | shipped | scale 100 |")
    print("|---|---|---|---|")
    for name in order:
        s, c = rows[name].get("shipped"), rows[name].get("scale")
        ts, tc = target(s) if s else None, target(c) if c else None
        t = ts or tc if ts == tc or not (ts and tc) else f"{ts} / {tc}"
        print(f"| {name} | {t} | {cell(s)} | {cell(c)} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "results.json")

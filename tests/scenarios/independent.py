#!/usr/bin/env python3
"""An independent oracle for the scenario files: recomputes the expected report figures from
scenario.json and the data set with exact fractions, without any of the engine's code.

    python3 tests/scenarios/independent.py --check   compare with each expected.json (exit 1 on a difference)
    python3 tests/scenarios/independent.py --write   (re)write each expected.json

It covers the members section, the budget's total split by kind (supplier and internal), population,
price per citizen, each bill by largest remainder on whole øre (ties to
the lower municipality code), shares, the leaving curve for a fixed order, the target, and the random
band: SplitMix64 and the Fisher-Yates shuffle are written again here from their published definitions.
"""
import csv
import json
import sys
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def municipalities(quarter):
    path = ROOT.parent.parent / "engine" / "data" / f"kommuner-{quarter}.csv"
    with open(path, encoding="utf-8") as f:
        return {int(r["code"]): (r["name"], int(r["population"])) for r in csv.DictReader(f)}


def rounded(value: Fraction, places: int) -> str:
    """Half away from zero (ROUND_HALF_UP in Python's decimal is away from zero), exactly."""
    scaled = value * 10**places
    whole = (abs(scaled.numerator) * 2 + scaled.denominator) // (2 * scaled.denominator)
    sign = "-" if scaled < 0 and whole else ""
    text = str(whole).rjust(places + 1, "0")
    return f"{sign}{text[:-places]}.{text[-places:]}"


def two_decimals(value: Fraction) -> str:
    return rounded(value, 2)


def kroner(ore: int) -> str:
    return f"{ore // 100}.{ore % 100:02d}"


MASK = 2**64 - 1


class SplitMix64:
    """Steele, Lea and Flood's SplitMix64, as published."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, bound):
        return (self.next() * bound) >> 64

    def shuffle(self, items):
        for last in range(len(items) - 1, 0, -1):
            pick = self.below(last + 1)
            items[last], items[pick] = items[pick], items[last]


def random_band(populations, total_ore, draws, seed):
    """For each number of members, lowest, median (lower middle) and highest price over `draws` orders.
    The same list is shuffled again for each draw, as the engine does."""
    rng = SplitMix64(seed)
    order = list(populations)
    left_with = {k: [] for k in range(1, len(order) + 1)}
    for _ in range(draws):
        rng.shuffle(order)
        left = sum(order)
        for index, k in enumerate(range(len(order), 0, -1)):
            left_with[k].append(left)
            left -= order[index]
    points = []
    for k in range(len(order), 0, -1):
        prices = sorted(Fraction(total_ore, 100 * p) for p in left_with[k])
        points.append({"members": k, "min": two_decimals(prices[0]),
                       "median": two_decimals(prices[(len(prices) - 1) // 2]), "max": two_decimals(prices[-1])})
    return points


def expected(scenario):
    data = municipalities(scenario["members"].get("quarter", "2025K1"))
    overrides = {o["code"]: o["population"] for o in scenario["members"].get("population_overrides", [])}
    members = sorted(
        (code, data[code][0], overrides.get(code, data[code][1])) for code in scenario["members"]["codes"]
    )
    def ore(item):
        return int(Fraction(str(item["amount"])) * 100)

    items = scenario["tender"]["cost_items"]
    total_ore = sum(ore(i) for i in items)
    supplier_ore = sum(ore(i) for i in items if i["kind"] == "supplier")
    internal_ore = sum(ore(i) for i in items if i["kind"] == "internal")
    population = sum(p for _, _, p in members)
    # Largest remainder on whole øre; members are in code order, so a tie goes to the lower code.
    exact = [Fraction(total_ore * p, population) for _, _, p in members]
    parts = [int(e) for e in exact]
    left = total_ore - sum(parts)
    by_remainder = sorted(range(len(members)), key=lambda i: (-(exact[i] - parts[i]), members[i][0]))
    for i in by_remainder[:left]:
        parts[i] += 1
    bills = [
        {"code": code, "population": p, "share_percent": two_decimals(Fraction(100 * p, population)), "bill": kroner(part)}
        for (code, _, p), part in zip(members, parts)
    ]
    bills.sort(key=lambda b: (-b["population"], b["code"]))
    largest = bills[0]

    leaving = scenario["leaving"]
    if leaving["order"] == "smallest_first":
        order = sorted(members, key=lambda m: (m[2], m[0]))
    else:
        largest_first = sorted(members, key=lambda m: (-m[2], m[0]))
        if leaving["order"] == "custom":
            listed = [next(m for m in members if m[0] == c) for c in leaving.get("custom_order", []) if any(m[0] == c for m in members)]
            order = listed + [m for m in largest_first if m not in listed]
        else:
            order = largest_first
    steps, left_population = [], population
    steps.append({"members": len(order), "leaver": None, "leaver_population": None, "population": left_population,
                  "price_per_citizen": two_decimals(Fraction(total_ore, 100 * left_population))})
    for index, (code, _, p) in enumerate(order[:-1]):
        left_population -= p
        steps.append({"members": len(order) - index - 1, "leaver": code, "leaver_population": p,
                      "population": left_population,
                      "price_per_citizen": two_decimals(Fraction(total_ore, 100 * left_population))})
    result = {
        "members": {
            "quarter": scenario["members"].get("quarter", "2025K1"),
            "count": len(members),
            "overridden_count": sum(1 for code, _, _ in members if code in overrides),
        },
        "budget": {
            "total": kroner(total_ore),
            "supplier_total": kroner(supplier_ore),
            "internal_total": kroner(internal_ore),
        },
        "tender": {
            "total": kroner(total_ore),
            "member_count": len(members),
            "population": population,
            "price_per_citizen": two_decimals(Fraction(total_ore, 100 * population)),
            "largest_member": {"code": largest["code"], "share_percent": largest["share_percent"], "bill": largest["bill"]},
            "bills": bills,
            "bills_total": kroner(sum(parts)),
        },
        "leaving": {
            "order_codes": [m[0] for m in order],
            "steps": steps,
            "random_band": {"points": random_band([p for _, _, p in members], total_ore, leaving["random_draws"], leaving["seed"])},
        },
    }
    target = leaving.get("target_price_per_citizen")
    if target is not None:
        target = Fraction(str(target))
        fewest, price_at_fewest = None, None
        for step in steps:
            if Fraction(total_ore, 100) <= target * step["population"]:
                fewest, price_at_fewest = step["members"], step["price_per_citizen"]
            else:
                break
        # The members still there are the last `fewest` of the order of leaving, listed largest first.
        remaining = sorted(order[len(order) - fewest:] if fewest else [], key=lambda m: (-m[2], m[0]))
        needed = Fraction(total_ore, 100) / target
        result["leaving"]["target"] = {
            "fewest_members": fewest,
            "remaining": [{"code": code, "name": name} for code, name, _ in remaining],
            "price_at_fewest": price_at_fewest,
            "population_needed": -(-needed.numerator // needed.denominator),
            "price_with_all_members": rounded(Fraction(total_ore, 100 * population), 4),
        }
    return result


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "--check"
    differences = 0
    cases = sorted(p for p in ROOT.iterdir() if (p / "scenario.json").exists() and not (p / "expected-error.json").exists())
    for case in cases:
        scenario = json.loads((case / "scenario.json").read_text(encoding="utf-8"))
        computed = expected(scenario)
        target = case / "expected.json"
        if mode == "--write":
            target.write_text(json.dumps(computed, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        elif json.loads(target.read_text(encoding="utf-8")) != computed:
            print(f"{case.name}: expected.json differs from the independent computation")
            differences += 1
    print(f"independent oracle: {len(cases) - differences} passed, {differences} failed")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()

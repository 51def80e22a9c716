#!/usr/bin/env python3
"""An independent oracle for the scenario files: recomputes the expected report figures from
scenario.json and the data set with exact fractions, without any of the engine's code.

    python3 tests/scenarios/independent.py --check   compare with each expected.json (exit 1 on a difference)
    python3 tests/scenarios/independent.py --write   (re)write each expected.json

It covers the members section, the budget's total split by kind (supplier and internal), population,
price per citizen, each bill by largest remainder on whole øre (ties to
the lower municipality code), shares, the leaving curve for a fixed order, the target, and the random
band: SplitMix64 and the Fisher-Yates shuffle are written again here from their published definitions.
From version 3 it also covers the procurement section (the contract value by udbudsloven §§ 30 and 38, the
threshold in force on the launch date, the route, the price cap) and the offers by member count, written from the
rules (threshold table, § 38's 48 months, the working rules) and engine/FORMATS.md.
From version 4 it also covers the hours section (when the document has one): the Danish holidays (Easter by
Gauss's method), the open days and minutes counted day by day, the calls spread by the profile and moved from
closed hours (exact fractions), the stretches of each schedule, the agents on the phone and needed (Erlang C by
its textbook formula on exact integers), the plan's minutes, costs, members' shares and jumpseat minutes.
For the cases with expected-error.json it checks that the areas blocked follow the dependency table of
FORMATS.md ("Report, version 4").
"""
import csv
import json
import math
import sys
from datetime import date, timedelta
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
    """Whole øre as an amount, with a minus sign when below zero."""
    sign = "-" if ore < 0 else ""
    return f"{sign}{abs(ore) // 100}.{abs(ore) % 100:02d}"


def ore_of(amount) -> int:
    """An amount as written (string or JSON number) in whole øre, exactly."""
    value = Fraction(str(amount)) * 100
    assert value.denominator == 1, f"{amount} is not whole øre"
    return int(value)


def round_half_away(value: Fraction) -> int:
    """To the nearest whole number, a half away from zero."""
    whole = (abs(value.numerator) * 2 + value.denominator) // (2 * value.denominator)
    return -whole if value < 0 else whole


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


# The procurement section a document of version 1 or 2 reads with (FORMATS.md: "a document without one reads
# with the defaults"; `ddh example` shows them).
DEFAULT_PROCUREMENT = {
    "category": "municipal_supplies_services",
    "launch_date": "2026-06-01",
    "term": {"indefinite": False, "months": 60},
    "extension_months": 0,
    "include_tender_supplier_items": True,
    "lines": [],
    "cross_border_interest": False,
    "working_rules": {"announce_above": "100000.00", "market_terms_above": "500000.00"},
    "price_cap": {"component": "one_off", "margin_percent": "5", "consequence": "non_compliant"},
    "offers": [
        {"id": 1, "name": "FrontDesk, listepris", "source": "Repræsentantskabsmøde 15. maj 2025, punkt 15",
         "basis": "per_municipality", "setup": "35000.00", "yearly": "15000.00", "yearly_high": None},
        {"id": 2, "name": "FrontDesk, første udspil", "source": "Repræsentantskabsmøde 15. maj 2025, punkt 15",
         "basis": "per_municipality", "setup": "0.00", "yearly": "7500.00", "yearly_high": None},
        {"id": 3, "name": "FrontDesk, andet tilbud", "source": "Repræsentantskabsmøde 15. maj 2025, punkt 15",
         "basis": "flat", "setup": "0.00", "yearly": "250000.00", "yearly_high": None},
        {"id": 4, "name": "FrontDesk, endeligt tilbud (156.000 + 12.000)",
         "source": "Repræsentantskabsmøde 15. maj 2025, punkt 15",
         "basis": "flat", "setup": "0.00", "yearly": "168000.00", "yearly_high": None},
        {"id": 5, "name": "Assistent Annie (15–20.000 kr. pr. måned)", "source": "Styregruppemøde 18. april 2024, punkt 9",
         "basis": "flat", "setup": "400000.00", "yearly": "180000.00", "yearly_high": "240000.00"},
    ],
    "offer_years": 4,
}

# The EU thresholds in DKK excl. VAT, in øre, by category; each period's first and last day both count.
PERIODS = [(date(2024, 1, 1), date(2025, 12, 31)), (date(2026, 1, 1), date(2027, 12, 31))]
THRESHOLDS = {
    "municipal_supplies_services": [164463800, 161136000],
    "central_supplies_services": [106417700, 104440000],
    "works": [4121268800, 4031384000],
    "social_services": [558135000, 559500000],
}


def threshold_on(category, launch_date):
    """(first day, last day, threshold in øre) in force on the launch date, or None outside every period."""
    day = date.fromisoformat(launch_date)
    for (first, last), threshold in zip(PERIODS, THRESHOLDS[category]):
        if first <= day <= last:
            return first, last, threshold
    return None


def units(basis, members):
    """What one price is multiplied by: 1, the number of members, or their citizens (overrides applied)."""
    if basis == "flat":
        return 1
    if basis == "per_municipality":
        return len(members)
    assert basis == "per_citizen", basis
    return sum(p for _, _, p in members)


def procurement_section(procurement, members, supplier_ore):
    """The contract value (§ 30: every payment, options included; § 38: a fixed term up to 48 months in full,
    otherwise 48 months), the threshold, the route by the working rules, and the price cap, all in øre."""
    one_off, yearly, options = 0, 0, Fraction(0)
    if procurement["include_tender_supplier_items"]:
        one_off += supplier_ore
    term = procurement["term"]
    if term["indefinite"]:
        months, rule = 48, "indefinite"
    else:
        months = term["months"] + procurement.get("extension_months", 0)
        rule = "fixed_within_48" if months <= 48 else "longer_than_48"
        months = min(months, 48)
    for line in procurement["lines"]:
        price = ore_of(line["amount"]) * units(line["basis"], members)
        line_one_off = price if line["timing"] == "one_off" else 0
        line_yearly = {"one_off": 0, "monthly": 12 * price, "yearly": price}[line["timing"]]
        one_off += line_one_off
        yearly += line_yearly
        if line["role"] != "base":
            options += line_one_off + Fraction(line_yearly * months, 12)
    recurring = round_half_away(Fraction(yearly * months, 12))
    total = one_off + recurring

    first, last, threshold = threshold_on(procurement["category"], procurement["launch_date"])
    rules = procurement["working_rules"]
    announce_above, market_terms_above = ore_of(rules["announce_above"]), ore_of(rules["market_terms_above"])
    if total >= threshold:
        route = "eu_tender"
        reasons = [{"kind": "at_or_above_threshold", "value": kroner(total), "threshold": kroner(threshold)}]
    else:
        reasons = [{"kind": "below_threshold", "value": kroner(total), "threshold": kroner(threshold)}]
        route = None
        if procurement["cross_border_interest"]:
            reasons.append({"kind": "cross_border_interest"})
            if total > announce_above:
                route = "announce_on_udbud_dk"
                reasons.append({"kind": "above_announcement_limit", "limit": kroner(announce_above)})
            else:
                reasons.append({"kind": "not_above_announcement_limit", "limit": kroner(announce_above)})
        else:
            reasons.append({"kind": "no_cross_border_interest"})
        if route is None:
            if total > market_terms_above:
                route = "market_terms"
                reasons.append({"kind": "above_market_terms_limit", "limit": kroner(market_terms_above)})
            else:
                route = "direct_award"
                reasons.append({"kind": "not_above_market_terms_limit", "limit": kroner(market_terms_above)})

    price_cap = procurement["price_cap"]
    margin = Fraction(str(price_cap["margin_percent"]))
    scaled = threshold * (100 - margin) / 100
    ceiling = min(scaled.numerator // scaled.denominator, threshold - 1)
    if price_cap["component"] == "one_off":
        cap = ceiling - recurring
        value_at_cap = ceiling
    else:
        cap = (ceiling - one_off) // months
        value_at_cap = one_off + cap * months
    if cap < 0:
        cap, value_at_cap = None, None
    return {
        "value": {
            "one_off": kroner(one_off),
            "monthly": kroner(round_half_away(Fraction(yearly, 12))),
            "yearly": kroner(yearly),
            "months_counted": months,
            "rule": rule,
            "recurring": kroner(recurring),
            "options_included": kroner(round_half_away(options)),
            "total": kroner(total),
        },
        "threshold": {
            "category": procurement["category"],
            "from": first.isoformat(),
            "to": last.isoformat(),
            "threshold": kroner(threshold),
            "value": kroner(total),
            "at_or_above": total >= threshold,
            "headroom": kroner(threshold - total),
            "percent_of_threshold": two_decimals(Fraction(100 * total, threshold)),
        },
        "route": {"route": route, "reasons": reasons},
        "cap": {
            "component": price_cap["component"],
            "consequence": price_cap["consequence"],
            "ceiling": kroner(ceiling),
            "cap": None if cap is None else kroner(cap),
            "value_at_cap": None if value_at_cap is None else kroner(value_at_cap),
        },
    }


def offers_section(procurement, order):
    """Each offer over `offer_years` for 1 member up to all, the members taking part being the last ones of the
    order of leaving; its value over § 38's 48 months for all members; and where the cheaper of two changes."""
    years = procurement["offer_years"]
    offers = procurement["offers"]
    _, _, threshold = threshold_on(procurement["category"], procurement["launch_date"])

    def cost(offer, taking_part, yearly_key, years):
        yearly = offer.get(yearly_key)
        if yearly is None:
            return None
        return units(offer["basis"], taking_part) * (ore_of(offer["setup"]) + ore_of(yearly) * years)

    summary = []
    for offer in offers:
        low, high = cost(offer, order, "yearly", 4), cost(offer, order, "yearly_high", 4)
        summary.append({
            "id": offer["id"], "name": offer["name"], "source": offer["source"], "basis": offer["basis"],
            "value_48_months": kroner(low),
            "value_48_months_high": None if high is None else kroner(high),
            "at_or_above_threshold": low >= threshold,
            "at_or_above_threshold_high": None if high is None else high >= threshold,
        })
    counts, totals = [], {}
    for n in range(1, len(order) + 1):
        taking_part = order[len(order) - n:]
        costs = []
        for offer in offers:
            low, high = cost(offer, taking_part, "yearly", years), cost(offer, taking_part, "yearly_high", years)
            totals[offer["id"], n] = low
            costs.append({
                "id": offer["id"],
                "total": kroner(low),
                "per_member": kroner(round_half_away(Fraction(low, n))),
                "total_high": None if high is None else kroner(high),
                "per_member_high": None if high is None else kroner(round_half_away(Fraction(high, n))),
            })
        lowest = min((totals[o["id"], n] for o in offers), default=None)
        counts.append({
            "members": n,
            "population": sum(p for _, _, p in taking_part),
            "costs": costs,
            "cheapest": [o["id"] for o in offers if totals[o["id"], n] == lowest],
        })

    def comparison(a, b):
        return (a > b) - (a < b)

    break_evens = []
    for i, first in enumerate(offers):
        for second in offers[i + 1:]:
            for n in range(2, len(order) + 1):
                a, b = totals[first["id"], n], totals[second["id"], n]
                if comparison(a, b) != comparison(totals[first["id"], n - 1], totals[second["id"], n - 1]):
                    cheaper = first["id"] if a < b else second["id"] if b < a else None
                    break_evens.append({"first": first["id"], "second": second["id"], "members": n, "cheaper": cheaper})
    return {
        "years": years,
        "member_count": len(order),
        "threshold": kroner(threshold),
        "offers": summary,
        "counts": counts,
        "break_evens": break_evens,
    }


def expected(scenario):
    data = municipalities(scenario["members"].get("quarter", "2025K1"))
    overrides = {o["code"]: o["population"] for o in scenario["members"].get("population_overrides", [])}
    members = sorted(
        (code, data[code][0], overrides.get(code, data[code][1])) for code in scenario["members"]["codes"]
    )
    def ore(item):
        return ore_of(item["amount"])

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
    procurement = scenario.get("procurement", DEFAULT_PROCUREMENT)
    result["procurement"] = procurement_section(procurement, members, supplier_ore)
    result["offers"] = offers_section(procurement, order)
    return result


AREAS = ["members", "budget", "tender", "leaving", "procurement", "offers"]


def blocked_areas(scenario, field):
    """The report areas a refused field blocks, by the dependency table of FORMATS.md ("Report, version 3")."""
    procurement = scenario.get("procurement", DEFAULT_PROCUREMENT)
    if field.startswith("members"):
        blocked = {"members", "tender", "leaving", "offers"}
        if any(line["basis"] != "flat" for line in procurement["lines"]):
            blocked.add("procurement")
    elif field.startswith("tender.cost_items"):
        blocked = {"budget", "tender", "leaving"}
        if procurement["include_tender_supplier_items"]:
            blocked.add("procurement")
    elif field.startswith(("leaving.order", "leaving.custom_order")):
        blocked = {"leaving", "offers"}
    elif field.startswith("leaving"):
        blocked = {"leaving"}
    elif field.startswith(("procurement.offers", "procurement.offer_years")):
        blocked = {"offers"}
    elif field.startswith(("procurement.category", "procurement.launch_date")):
        blocked = {"procurement", "offers"}
    elif field.startswith("procurement"):
        blocked = {"procurement"}
    else:
        raise ValueError(f"no dependency known for {field!r}")
    return [area for area in AREAS if area in blocked]


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "--check"
    differences = 0
    cases = sorted(p for p in ROOT.iterdir() if (p / "scenario.json").exists())
    for case in cases:
        scenario = json.loads((case / "scenario.json").read_text(encoding="utf-8"))
        error_file = case / "expected-error.json"
        if error_file.exists():
            # Not rewritten: the field and kind are written by hand; the areas blocked must follow from them.
            error = json.loads(error_file.read_text(encoding="utf-8"))
            blocked = blocked_areas(scenario, error["field"])
            if sorted(error["blocks"]) != sorted(blocked):
                print(f"{case.name}: expected-error.json blocks {error['blocks']}, the dependency table gives {blocked}")
                differences += 1
            continue
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

#!/usr/bin/env python3
"""Builds src/FactCheck.Core/Kinds/Money/Data/rates.yml: annual averages of the ECB's daily euro reference rates, and the
irrevocable euro conversion rates of the legacy currencies. See README.md beside this file.

usage: build.py --legacy KEUROCALC_CURRENCIES_XML --cldr CLDR_CURRENCYDATA_JSON [--hist eurofxref-hist.csv
                --hist-origin "TEXT"] [--first-year 1999] [--last-year 2025] OUTPUT.yml
"""
import argparse
import csv
import json
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_EVEN

ECB_SERIES = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"

# Legacy currencies that adopted the euro after keurocalc-data 1.3.0 (2019) was published: the rate and the act fixing it.
LEGACY_SUPPLEMENT = {
    "HRK": ("7.53450", "Council Regulation (EU) 2022/1208"),
    "BGN": ("1.95583", "Council Regulation (EU) 2025/1408"),
}
# The act that fixed each legacy rate (Council Regulation (EC) No 2866/98 for the first eleven, then one act per entry).
REGULATIONS = {
    "ATS": "Council Regulation (EC) No 2866/98", "BEF": "Council Regulation (EC) No 2866/98",
    "DEM": "Council Regulation (EC) No 2866/98", "ESP": "Council Regulation (EC) No 2866/98",
    "FIM": "Council Regulation (EC) No 2866/98", "FRF": "Council Regulation (EC) No 2866/98",
    "IEP": "Council Regulation (EC) No 2866/98", "ITL": "Council Regulation (EC) No 2866/98",
    "LUF": "Council Regulation (EC) No 2866/98", "NLG": "Council Regulation (EC) No 2866/98",
    "PTE": "Council Regulation (EC) No 2866/98", "GRD": "Council Regulation (EC) No 1478/2000",
    "SIT": "Council Regulation (EC) No 1086/2006", "CYP": "Council Regulation (EC) No 1135/2007",
    "MTL": "Council Regulation (EC) No 1135/2007", "SKK": "Council Regulation (EC) No 694/2008",
    "EEK": "Council Regulation (EU) No 671/2010", "LVL": "Council Regulation (EU) No 870/2013",
    "LTL": "Council Regulation (EU) No 851/2014",
}


def legacy_rates(keurocalc_xml, cldr_json):
    """Code -> (units per euro as written, the date the euro replaced it in its country per CLDR, the act)."""
    rates = {}
    for currency in ET.parse(keurocalc_xml).getroot():
        if currency.get("fixed-rate"):
            rate = currency.get("fixed-rate")
            rates[currency.get("code")] = (("0" + rate) if rate.startswith(".") else rate, REGULATIONS.get(currency.get("code"), ""))
    for code, (rate, act) in LEGACY_SUPPLEMENT.items():
        rates.setdefault(code, (rate, act))
    # The day the euro became the currency of the legacy currency's country (CLDR: the EUR entry's start there).
    regions = json.load(open(cldr_json, encoding="utf-8"))["supplemental"]["currencyData"]["region"]
    fixed = {}
    for region, entries in regions.items():
        codes = {code: info for entry in entries for code, info in entry.items()}
        if "EUR" in codes:
            for code in rates:
                if code in codes and code[:2] == region:
                    fixed[code] = codes["EUR"].get("_from")
    return {code: (rate, fixed.get(code), act) for code, (rate, act) in sorted(rates.items())}


def annual_averages(hist_csv, first_year, last_year):
    """(currencies in the file's column order, {year: {code: Decimal average}}, {year: days}, {year: (first, last) date})."""
    sums, counts = defaultdict(lambda: defaultdict(Decimal)), defaultdict(lambda: defaultdict(int))
    days, span = defaultdict(int), {}
    with open(hist_csv, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = [h.strip() for h in next(reader)]
        currencies = [h for h in header[1:] if h]
        for row in reader:
            if not row or not row[0].strip():
                continue
            date = row[0].strip()
            year = int(date[:4])
            if year < first_year or year > last_year:
                continue
            days[year] += 1
            lo, hi = span.get(year, (date, date))
            span[year] = (min(lo, date), max(hi, date))
            for code, cell in zip(header[1:], row[1:]):
                cell = cell.strip()
                if code and cell and cell != "N/A":
                    sums[year][code] += Decimal(cell)
                    counts[year][code] += 1
    averages = {y: {c: sums[y][c] / counts[y][c] for c in sums[y]} for y in sums}
    return currencies, averages, dict(days), span, counts


def significant(value, digits=5):
    """A rate rounded to `digits` significant digits (the ECB publishes 5), written without exponent."""
    if value == 0:
        return "0"
    exponent = value.adjusted()
    quantum = Decimal(1).scaleb(exponent - digits + 1)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_EVEN)
    return format(rounded, "f")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--legacy", required=True)
    parser.add_argument("--cldr", required=True)
    parser.add_argument("--hist")
    parser.add_argument("--hist-origin", default="")
    parser.add_argument("--first-year", type=int, default=1999)
    parser.add_argument("--last-year", type=int, default=2025)
    parser.add_argument("output")
    args = parser.parse_args()

    legacy = legacy_rates(args.legacy, args.cldr)
    out = [
        "# Exchange rates: units of each currency for one euro.",
        "# GENERATED by build/data/ecb-rates/build.py — do not edit by hand; re-run the script (see its README).",
        "# legacy: the irrevocable euro conversion rates of the currencies the euro replaced (never rounded, never inverted:",
        "#   Council Regulation (EC) No 1103/97, art. 4), from the file currencies.xml of Debian's keurocalc-data 1.3.0-4",
        "#   (GPL-2+), with the act that fixed each; HRK and BGN, fixed after that package, from the acts named. `fixed`: the",
        "#   day the euro replaced the currency in its country (Unicode CLDR 48.2 currencyData). A figure in DEM and one in",
        "#   FRF compare through the euro: 100 DEM = 100 / 1.95583 EUR = 335.386 FRF, whatever the year.",
    ]
    if args.hist:
        currencies, averages, days, span, counts = annual_averages(args.hist, args.first_year, args.last_year)
        years = sorted(averages)
        complete = [y for y in years if span[y][0][5:] <= "01-05" and span[y][1][5:] >= "12-28"]
        partial = [y for y in years if y not in complete]
        missing = [y for y in range(args.first_year, args.last_year + 1) if y not in averages]
        published = [c for c in currencies if any(c in averages[y] for y in years)]
        out += [
            "# years: the mean of the ECB's daily euro foreign exchange reference rates of each calendar year (every",
            f"#   published day counts once), rounded to 5 significant digits. Series: {ECB_SERIES}",
            f"#   (eurofxref-hist.csv){', ' + args.hist_origin if args.hist_origin else ''}.",
            f"#   Days averaged per year in `days`; null: the ECB published no rate for that currency that year.",
        ]
        if partial:
            out.append(f"#   Partial years (the source stops or starts inside them): {', '.join(map(str, partial))}: " +
                       "; ".join(f"{y} from {span[y][0]} to {span[y][1]}" for y in partial) + ".")
        if missing:
            out.append(f"#   Years with no data in the source: {', '.join(map(str, missing))}.")
        out += ["", f"source: \"ECB euro foreign exchange reference rates, annual averages of the daily series ({years[0]}-{years[-1]})\""]
        out.append(f"currencies: [{', '.join(published)}]")
        out.append("years:")
        for y in years:
            cells = [significant(averages[y][c]) if c in averages[y] else "null" for c in published]
            out.append(f"  {y}: [{', '.join(cells)}]")
        out.append("days:")
        for y in years:
            out.append(f"  {y}: {days[y]}")
        if partial:
            out.append(f"partial: [{', '.join(map(str, partial))}]")
    else:
        out += [
            "# years: NOT BUILT. The ECB's daily series (eurofxref-hist.csv) was not available as a file when this was",
            "#   generated (see build/data/ecb-rates/README.md); run the script with --hist to add the annual averages.",
            "",
            "source: \"irrevocable euro conversion rates only\"",
            "currencies: []",
            "years: {}",
        ]
    out.append("legacy:")
    for code, (rate, fixed, act) in legacy.items():
        out.append(f"  - {{code: {code}, per_euro: {rate}, fixed: {fixed or 'null'}, act: \"{act}\"}}")
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(f"{len(legacy)} legacy rates" + (f", {len(published)} currencies x {len(years)} years" if args.hist else ", no annual table"), file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Checks build.py: the annual mean of a small series written here in the ECB's eurofxref-hist.csv layout (newest first,
"N/A" for a currency not published that day, a trailing comma), partial and missing years, and the legacy rates of the
output given (that they are the regulation's figures for the first eleven, and that every legacy code has a date).
usage: check.py KEUROCALC_CURRENCIES_XML CLDR_CURRENCYDATA_JSON RATES_YML"""
import os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
keurocalc, cldr, rates = sys.argv[1:4]
failures = 0
def check(ok, what):
    global failures
    print(("ok   " if ok else "FAIL ") + what)
    failures += 0 if ok else 1

with tempfile.TemporaryDirectory() as tmp:
    hist = os.path.join(tmp, "hist.csv")
    with open(hist, "w") as f:  # made-up figures, only to test the arithmetic
        f.write("Date,USD,JPY,XYZ,\n2002-03-01,1.0000,100.00,N/A,\n2001-12-31,0.9000,120.00,N/A,\n2001-06-01,0.8000,110.00,N/A,\n2001-01-02,0.8600,105.00,2.000,\n"
                "1999-12-31,1.0000,100.00,1.5000,\n1999-01-04,1.2000,130.00,N/A,\n")
    out = os.path.join(tmp, "rates.yml")
    subprocess.run([sys.executable, os.path.join(here, "build.py"), "--legacy", keurocalc, "--cldr", cldr, "--hist", hist,
                    "--last-year", "2002", out], check=True, capture_output=True)
    text = open(out).read()
    check("currencies: [USD, JPY, XYZ]" in text, "currencies in the file's order, those never published left out")
    check("  1999: [1.1000, 115.00, 1.5000]" in text, "1999: mean of 2 days (XYZ: its one published day)")
    check("  2001: [0.85333, 111.67, 2.0000]" in text, "2001: mean of 3 days rounded to 5 significant digits")
    check("Years with no data in the source: 2000." in text, "missing years named")
    check("partial: [2002]" in text and "2002 from 2002-03-01 to 2002-03-01" in text, "a year the source covers in part is named partial (1999 from 4 Jan is complete)")
    check("  2001: 3" in text, "days per year")

shipped = open(rates, encoding="utf-8").read()
for code, rate in {"DEM": "1.95583", "FRF": "6.55957", "ITL": "1936.27", "BEF": "40.3399", "LUF": "40.3399", "NLG": "2.20371",
                   "ESP": "166.386", "ATS": "13.7603", "PTE": "200.482", "FIM": "5.94573", "IEP": "0.787564", "GRD": "340.750"}.items():
    check(f"{{code: {code}, per_euro: {rate}," in shipped, f"{code} = {rate} per euro")
check("fixed: null" not in shipped, "every legacy rate has the date the euro replaced it")
print(f"{failures} failed")
sys.exit(1 if failures else 0)

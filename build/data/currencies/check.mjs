#!/usr/bin/env node
// Checks currencies.yml as a reader would use it: it parses, codes are unique, every written form (word, symbol, news
// abbreviation) leads to one currency only, and phrases news writes resolve to the currency a reader means.
// Usage: node check.mjs PACKAGES_DIR currencies.yml   (PACKAGES_DIR holds the npm package `yaml`)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [packagesDir, file] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(packagesDir), 'x.js'));
const YAML = require('yaml');
const started = process.hrtime.bigint();
const doc = YAML.parse(fs.readFileSync(file, 'utf8'));
const ms = Number(process.hrtime.bigint() - started) / 1e6;
let failures = 0;
const fail = (m) => { failures++; console.log('FAIL ' + m); };

const currencies = doc.currencies;
const codes = new Set();
for (const c of currencies) {
  if (!/^[A-Z]{3}$/.test(c.code)) fail(`bad code ${c.code}`);
  if (codes.has(c.code)) fail(`duplicate ${c.code}`);
  codes.add(c.code);
  if (!Number.isInteger(c.digits)) fail(`${c.code}: digits`);
  for (const w of c.words) if (w !== w.toLowerCase()) fail(`${c.code}: word not lower case: ${w}`);
}
// The same form under two currencies would be read as whichever comes last: a reader must never meet one.
const owner = new Map();
for (const c of currencies) for (const s of [...c.before, ...c.after, ...c.words]) {
  const key = s.toLowerCase().replace(/\s+/g, ' ');
  if (owner.has(key) && owner.get(key) !== c.code) fail(`"${s}" is both ${owner.get(key)} and ${c.code}`);
  owner.set(key, c.code);
}
for (const s of doc.shared) if (s.default && !codes.has(s.default)) fail(`shared ${s.head}: unknown default ${s.default}`);

// Phrases as news writes them, and the currency a reader takes (null: ambiguous without context, or not money).
const expected = {
  'dollars canadiens': 'CAD', 'canadian dollars': 'CAD', 'canadian dlrs': 'CAD', 'nz dlrs': 'NZD', 'new zealand dollars': 'NZD',
  'hk$': 'HKD', 'hong kong dlrs': 'HKD', 'us$': 'USD', 'dlrs': 'USD', 'dlr': 'USD', 'u.s. dlrs': 'USD', 'dollars': 'USD', '$': 'USD',
  'stg': 'GBP', '£': 'GBP', 'pounds sterling': 'GBP', 'livres sterling': 'GBP', 'livres': 'GBP',
  'livres libanaises': 'LBP', 'lebanese pounds': 'LBP', 'livres égyptiennes': 'EGP', 'francs suisses': 'CHF', 'swiss francs': 'CHF',
  'pesos mexicains': 'MXN', 'mexican pesos': 'MXN', 'roupies indiennes': 'INR', 'yen': 'JPY', 'yens': 'JPY', '¥': 'JPY',
  'yuan': 'CNY', 'renminbi': null, 'euros': 'EUR', '€': 'EUR', 'couronnes suédoises': 'SEK', 'swedish crowns': 'SEK',
  'danish crowns': 'DKK', 'norwegian kroner': 'NOK', 'zlotys': 'PLN', 'roubles': 'RUB', 'rubles': 'RUB', 'hryvnias': 'UAH',
  'rand': 'ZAR', 'reais': null, 'réal brésilien': 'BRL', 'brazilian reals': 'BRL', 'shekels': 'ILS', 'won': 'KRW',
  'german marks': 'DEM', 'marks allemands': 'DEM', 'french francs': 'FRF', 'francs français': 'FRF', 'lire': 'ITL',
  'italian lire': 'ITL', 'pesetas': null, 'spanish pesetas': 'ESP', 'dutch guilders': 'NLG', 'ecus': 'XEU',
  'francs': null, 'pesos': null, 'dinars': null, 'marks': null, 'crowns': null, 'kr': null, 'gold': null, 'or': null,
};
let right = 0;
for (const [phrase, code] of Object.entries(expected)) {
  const got = owner.get(phrase) ?? null;
  if (got === code) right++;
  else fail(`"${phrase}" reads as ${got}, expected ${code}`);
}
const historic = currencies.filter((c) => c.historic).map((c) => c.code);
const legacy = ['DEM', 'FRF', 'ITL', 'BEF', 'NLG', 'ESP', 'ATS', 'PTE', 'FIM', 'IEP', 'GRD', 'LUF', 'XEU'];
for (const l of legacy) if (!historic.includes(l)) fail(`${l} is not flagged historic`);
console.log(`${currencies.length} currencies (${historic.length} historic, ${currencies.length - historic.length} in ISO list one), ` +
  `${owner.size} distinct written forms, ${doc.shared.length} shared heads, ${doc.ambiguous_symbols.length} ambiguous symbols`);
console.log(`phrases: ${right}/${Object.keys(expected).length} read as expected; parse ${ms.toFixed(1)} ms (yaml ${require('yaml/package.json').version})`);
console.log(`${failures} failed`);
process.exit(failures ? 1 : 0);

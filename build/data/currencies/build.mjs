#!/usr/bin/env node
// Builds src/FactCheck.Core/Kinds/Money/Data/currencies.yml from served npm packages (see README.md beside this file).
// Usage: node build.mjs PACKAGES_DIR CORPUS_DIR OUTPUT.yml [EVIDENCE.tsv]
//   PACKAGES_DIR: a node_modules folder holding the packages named in README.md (exact versions there)
//   CORPUS_DIR:   ../shared/bench-corpus (news abbreviations are kept only where real text uses them)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { corpusText, Evidence } from './evidence.mjs';
import { CANDIDATES } from './candidates.mjs';

const [packagesDir, corpusDir, outputPath, evidencePath] = process.argv.slice(2);
if (!packagesDir || !corpusDir || !outputPath) {
  console.error('usage: node build.mjs PACKAGES_DIR CORPUS_DIR OUTPUT.yml [EVIDENCE.tsv]');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(packagesDir), 'x.js'));
const json = (p) => JSON.parse(fs.readFileSync(path.join(packagesDir, p), 'utf8'));
const version = (p) => json(`${p}/package.json`).version;

// --- Sources ---------------------------------------------------------------------------------------------------------
const isoList = require('currency-codes/data');                                   // ISO 4217 list one (current codes)
const isoPublished = fs.readFileSync(path.join(packagesDir, 'currency-codes/data.js'), 'utf8').match(/Data last updated ([\d-]+)/)?.[1];
const cldr = {
  en: json('cldr-numbers-full/main/en/currencies.json').main.en.numbers.currencies,
  fr: json('cldr-numbers-full/main/fr/currencies.json').main.fr.numbers.currencies,
};
const cldrData = json('cldr-core/supplemental/currencyData.json').supplemental.currencyData;
const territoryInfo = json('cldr-core/supplemental/territoryInfo.json').supplemental.territoryInfo;
const symbolMap = require('currency-symbol-map/map');
const countries = json('world-countries/countries.json');
const minorUnits = json('world-currencies/dist/json/currencies.json');

// --- Helpers ---------------------------------------------------------------------------------------------------------
const lower = (s) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const stripBrackets = (s) => s.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
const uniq = (xs) => [...new Set(xs.filter((x) => x && x.length > 0))];
const year = (date) => (date ? Number(date.slice(0, 4)) : null);

// Territories per currency from CLDR (with dates), and whether the currency is legal tender anywhere.
const territoriesOf = new Map();
for (const [region, entries] of Object.entries(cldrData.region)) {
  for (const entry of entries) {
    for (const [code, info] of Object.entries(entry)) {
      if (!territoriesOf.has(code)) territoriesOf.set(code, []);
      territoriesOf.get(code).push({ region, from: year(info._from), to: year(info._to), tender: info._tender !== 'false' });
    }
  }
}
const isoByCode = new Map(isoList.map((c) => [c.code, c]));
const countryByCode = new Map(countries.map((c) => [c.cca2, c]));
const gdp = (region) => Number(territoryInfo[region]?._gdp ?? 0);

// Every code CLDR names in English, plus ISO list one. Historic: not in list one, and CLDR dates its end in every territory.
const allCodes = uniq([...isoByCode.keys(), ...Object.keys(cldr.en).filter((c) => /^[A-Z]{3}$/.test(c))]).sort();
function statusOf(code) {
  const territories = territoriesOf.get(code) ?? [];
  const inIso = isoByCode.has(code);
  const ended = territories.length > 0 && territories.every((t) => t.to !== null);
  const tender = territories.some((t) => t.tender);
  const historic = !inIso && (ended || territories.length === 0);
  return { inIso, historic, tender, territories };
}

// --- Names per language ---------------------------------------------------------------------------------------------
// English names end with their head noun ("Canadian dollar"); French names start with it ("dollar canadien").
function cldrNames(code, lang) {
  const c = cldr[lang][code];
  if (!c) return { one: [], other: [] };
  const clean = (s) => (s ? [lower(s), lower(stripBrackets(s))] : []);
  return {
    one: uniq([...clean(c['displayName-count-one']), ...clean(c.displayName)]),
    other: uniq(clean(c['displayName-count-other'])),
  };
}
// A French name may open with an adjective ("nouveau dollar taïwanais", "ancien franc"): the head is the next word.
const FRENCH_LEADING_ADJECTIVES = new Set(['nouveau', 'nouveaux', 'nouvelle', 'nouvelles', 'ancien', 'anciens', 'ancienne', 'anciennes']);
const headOf = (name, lang) => {
  const words = name.split(' ');
  if (lang === 'en') return words[words.length - 1];
  return FRENCH_LEADING_ADJECTIVES.has(words[0]) && words.length > 1 ? words[1] : words[0];
};

// Evidence per language: English forms counted in the English articles, French ones in the French articles.
const evidenceOf = { en: new Evidence(corpusText(path.join(corpusDir, 'en'))), fr: new Evidence(corpusText(path.join(corpusDir, 'fr'))) };
const evidence = evidenceOf.en;
const englishWords = new Set(require('an-array-of-english-words'));

// --- Build every entry -----------------------------------------------------------------------------------------------
const entries = [];
for (const code of allCodes) {
  const status = statusOf(code);
  if (!status.inIso && !status.historic) continue; // CLDR-only current codes that ISO does not list (none expected)
  const iso = isoByCode.get(code);
  const names = { en: cldrNames(code, 'en'), fr: cldrNames(code, 'fr') };
  if (names.en.one.length === 0 && names.fr.one.length === 0) continue;
  const cf = cldrData.fractions[code] ?? cldrData.fractions.DEFAULT;
  const digits = iso && Number.isFinite(iso.digits) ? iso.digits : Number(cf._digits);
  const current = status.territories.filter((t) => t.to === null && t.tender).map((t) => t.region);
  const from = Math.min(...status.territories.map((t) => t.from ?? Infinity));
  const to = status.historic ? Math.max(...status.territories.map((t) => t.to ?? -Infinity)) : null;
  entries.push({
    code, iso, status, names, digits,
    numeric: iso?.number ?? null,
    countries: uniq(current).sort(),
    lastCountries: status.historic ? uniq(status.territories.map((t) => t.region)).sort() : [],
    from: Number.isFinite(from) ? from : null,
    to: Number.isFinite(to) ? to : null,
    weight: Math.max(0, ...status.territories.map((t) => gdp(t.region))),
  });
}
const byCode = new Map(entries.map((e) => [e.code, e]));

// Words of the names of codes no country uses (CLDR's unknown region ZZ: gold, silver, special drawing rights, test codes): never a bare head
// ("Zimbabwe Gold" is a currency, but "gold" or French "or" alone is not).
const notCurrencyWords = new Set();
for (const e of entries) if (e.status.territories.every((t) => t.region === 'ZZ')) for (const lang of ['en', 'fr']) for (const n of [...e.names[lang].one, ...e.names[lang].other]) for (const w of n.split(/[\s']+/)) notCurrencyWords.add(w);
// Heads ("dollar", "franc", "livre") of tender currencies, singular and plural, per language.
for (const e of entries) {
  e.heads = { en: { one: [], other: [] }, fr: { one: [], other: [] } };
  if (!e.status.tender) continue;
  for (const lang of ['en', 'fr']) {
    const n = e.names[lang];
    const heads = (names) => uniq(names.map((x) => headOf(stripBrackets(x), lang)).filter((h) => /^[\p{L}-]+$/u.test(h) && !notCurrencyWords.has(h))
      .flatMap((h) => [h, ...(CANDIDATES.spellings[lang]?.[h] ?? [])]));
    e.heads[lang].one = heads(n.one);
    e.heads[lang].other = heads(n.other);
  }
  // The head alone is a name too when it is only one word in CLDR ("euro", "yen").
}

// --- Country qualifiers from demonyms and country names (world-countries) ------------------------------------------
// The issuing country of a national currency is the first two letters of its ISO code (ISO 4217 builds codes so);
// kept only when CLDR confirms that territory used the currency.
const frenchGender = new Map(); // head -> 'm' | 'f', learnt from CLDR names whose adjective is a known demonym
function homeCountry(e) {
  const region = e.code.slice(0, 2);
  const country = countryByCode.get(region);
  if (!country || !e.status.territories.some((t) => t.region === region)) return null;
  return country;
}
const plural = (adj) => (/[sx]$/.test(adj) ? adj : adj + 's');
for (const e of entries) {
  const home = homeCountry(e);
  if (!home) continue;
  const demFr = home.demonyms?.fra;
  if (!demFr) continue;
  for (const name of e.names.fr.one) {
    const [head, ...rest] = name.split(' ');
    const adj = rest.join(' ');
    if (adj === lower(demFr.f) && adj !== lower(demFr.m)) frenchGender.set(head, 'f');
    else if (adj === lower(demFr.m) && adj !== lower(demFr.f)) frenchGender.set(head, frenchGender.get(head) ?? 'm');
  }
}
for (const e of entries) {
  e.qualified = { en: [], fr: [] };
  e.home = null;
  const home = homeCountry(e);
  if (!home || e.heads.en.one.length + e.heads.fr.one.length === 0) continue;
  e.home = home.cca2;
  const country = lower(home.name.common);
  const demEn = home.demonyms?.eng?.m ? lower(home.demonyms.eng.m) : null;
  // "New Zealander", "Icelander", "Hong Konger" are nouns for people: the country's name qualifies the currency instead.
  const demIsNoun = demEn && /er$/.test(demEn) && demEn.startsWith(country.slice(0, Math.max(3, country.length - 2)));
  // The country's name before the head ("Taiwan dollars", "Luxembourg francs") is kept where the demonym is a noun, where
  // CLDR's own name uses it ("Singapore dollar"), or where the bench corpus writes it after a figure.
  const cldrUsesCountry = e.names.en.one.some((n) => n.includes(country));
  for (const h of [...e.heads.en.one, ...e.heads.en.other]) {
    if (demEn && !demIsNoun) e.qualified.en.push(`${demEn} ${h}`);
    if (!demEn || demIsNoun || cldrUsesCountry || evidence.after(`${country} ${h}`) > 0) e.qualified.en.push(`${country} ${h}`);
    // Short country forms ("U.S. dollars", "NZ dollars") where the corpus writes them.
    for (const short of CANDIDATES.countryShortForms[home.cca2] ?? []) if (evidence.after(`${short} ${h}`) > 0) e.qualified.en.push(`${short} ${h}`);
  }
  const demFr = home.demonyms?.fra;
  if (demFr) {
    for (const h of e.heads.fr.one) {
      const g = frenchGender.get(h) ?? 'm';
      const adj = lower(g === 'f' ? demFr.f : demFr.m);
      e.qualified.fr.push(`${h} ${adj}`);
    }
    for (const h of e.heads.fr.other) {
      const singular = e.heads.fr.one.find((o) => h === o || h === o + 's' || h === o + 'x') ?? h.replace(/s$/, '');
      const g = frenchGender.get(singular) ?? 'm';
      e.qualified.fr.push(`${h} ${plural(lower(g === 'f' ? demFr.f : demFr.m))}`);
    }
  }
  e.qualified.en = uniq(e.qualified.en);
  e.qualified.fr = uniq(e.qualified.fr);
}

// --- Shared heads: which currencies a bare "dollar", "livre", "franc" may mean --------------------------------------
// Readings are ordered by the largest economy among the territories that used the currency (CLDR territoryInfo GDP);
// the default is the currency whose own symbol is the shared narrow symbol ("$" is the US dollar's symbol in CLDR,
// "£" the pound sterling's), as a reader without context takes it; no default when no such currency exists.
function symbolsOf(e) {
  const out = [];
  for (const lang of ['en', 'fr']) {
    const c = cldr[lang][e.code];
    if (!c) continue;
    if (c.symbol && c.symbol !== e.code) out.push({ text: c.symbol, lang, narrow: false });
    if (c['symbol-alt-narrow'] && c['symbol-alt-narrow'] !== e.code) out.push({ text: c['symbol-alt-narrow'], lang, narrow: true });
  }
  const mapped = symbolMap[e.code];
  if (mapped && mapped !== e.code) out.push({ text: mapped, lang: 'map', narrow: true });
  return out;
}
for (const e of entries) e.symbols = symbolsOf(e);
const ownSymbol = (code) => cldr.en[code]?.symbol;

const sharedHeads = new Map(); // "en:dollar" -> Set(code)
for (const e of entries) {
  for (const lang of ['en', 'fr']) {
    for (const h of [...e.heads[lang].one, ...e.heads[lang].other]) {
      const key = `${lang}:${h}`;
      if (!sharedHeads.has(key)) sharedHeads.set(key, new Set());
      sharedHeads.get(key).add(e.code);
    }
  }
}
// Largest economy first; on a tie (one territory, old and new currency) the one in use first.
const order = (codes) => [...codes].sort((a, b) => (byCode.get(b).weight - byCode.get(a).weight)
  || (byCode.get(a).status.historic - byCode.get(b).status.historic) || a.localeCompare(b));
function defaultBySymbol(codes) {
  // The symbol most of the candidates share ("$" for the dollars, "£" for the pounds); the default is the one currency
  // whose own English symbol it is. Failing that, the only candidate still in use, if there is one.
  const counts = new Map();
  for (const c of codes) for (const s of uniq(byCode.get(c).symbols.filter((x) => x.narrow || x.lang === 'en').map((x) => x.text))) counts.set(s, (counts.get(s) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  const shared = [...counts].filter(([, n]) => n >= 2 && n === top).map(([s]) => s);
  const owners = codes.filter((c) => !byCode.get(c).status.historic && shared.includes(ownSymbol(c)));
  if (owners.length === 1) return { code: owners[0], by: `symbol ${ownSymbol(owners[0])}` };
  // Else the currency of by far the largest economy among them (5 times the next one still in use), if it is in use and
  // no historic currency of a larger economy shares the head ("marks": the German mark before the convertible mark).
  const ordered = order(codes);
  const first = byCode.get(ordered[0]);
  if (first.status.historic) return null;
  const next = ordered.slice(1).map((c) => byCode.get(c)).find((e) => !e.status.historic);
  if (!next) return { code: first.code, by: 'only one in use' };
  return first.weight >= 5 * next.weight ? { code: first.code, by: 'largest economy' } : null;
}

// --- Symbols: every written form and which are ambiguous ------------------------------------------------------------
const symbolOwners = new Map();
for (const e of entries) for (const s of uniq(e.symbols.map((x) => x.text))) {
  if (!symbolOwners.has(s)) symbolOwners.set(s, new Set());
  symbolOwners.get(s).add(e.code);
}
// A symbol made of one or two Latin letters ("L", "K", "R", "kr", "Br") is also an ordinary abbreviation (litres, kilo):
// listed with its currencies, never in the before/after lists a scanner matches on its own.
const isLetterSymbol = (s) => /^[A-Za-z]{1,2}\.?$/.test(s);

// --- News abbreviations and other written forms, kept only with evidence --------------------------------------------
const evidenceRows = [];
function expandCandidate(c) {
  // A candidate names a code, or a head family ("dollar"), whose currencies get the qualified combinations.
  const forms = [];
  const codes = c.code ? [c.code] : uniq(c.heads.flatMap((h) => [...(sharedHeads.get(`${c.lang}:${h}`) ?? [])]));
  if (c.code) {
    forms.push({ text: c.text, code: c.code, kind: c.kind, lang: c.lang, position: c.position, minor: c.minor === true });
  } else {
    const dflt = codes.length === 1 ? { code: codes[0] } : defaultBySymbol(codes);
    if (dflt && c.bare !== false) forms.push({ text: c.text, code: dflt.code, kind: c.kind, lang: c.lang, position: c.position });
    for (const code of codes) {
      const e = byCode.get(code);
      if (!e.home) continue;
      const home = countryByCode.get(e.home);
      const qualifiers = uniq([
        lower(home.name.common),
        home.demonyms?.eng?.m ? lower(home.demonyms.eng.m) : null,
        ...(CANDIDATES.countryShortForms[e.home] ?? []),
      ]);
      if (c.lang === 'en') for (const q of qualifiers) forms.push({ text: `${q} ${c.text}`, code, kind: `${c.kind}, qualified`, lang: 'en', position: c.position });
    }
  }
  return forms;
}
const found = [];
for (const c of CANDIDATES.forms) {
  for (const f of expandCandidate(c)) {
    const ev = evidenceOf[f.lang];
    const count = f.position === 'before' ? ev.before(f.text) : ev.after(f.text, { caseSensitive: f.text.length <= 3 && f.text === f.text.toLowerCase() });
    evidenceRows.push({ ...f, count });
    if (count > 0) found.push({ ...f, count });
  }
}
// A form that several currencies would claim ("zimbabwe dlrs": three Zimbabwe dollars) goes to the one still in use.
const abbreviations = found.filter((f) => {
  const rivals = found.filter((g) => g.text === f.text && g.minor === f.minor);
  if (rivals.length === 1) return true;
  const current = rivals.filter((g) => !byCode.get(g.code).status.historic);
  return current.length === 1 && current[0].code === f.code;
});

// Minor units: world-currencies (English names); French "centime" where the English is "cent" or "centime", with evidence.
const minorOf = (e) => {
  const m = minorUnits[e.code]?.units?.minor;
  if (!m || !m.name) return null;
  const en = lower(m.name);
  // The plural: an exception the candidates list gives (penny: pence), else "+s" when the English word list has it.
  const enPlural = CANDIDATES.minorPlurals[en] ?? (englishWords.has(en + 's') ? en + 's' : null);
  const out = { en: uniq([en, enPlural]), fr: [], share: Number(m.majorValue) };
  if (['cent', 'centime'].includes(en)) out.fr = ['centime', 'centimes'];
  return out;
};

// --- Assemble per-currency lists -------------------------------------------------------------------------------------
const defaultsByHead = new Map();
for (const [key, codes] of sharedHeads) {
  if (codes.size < 2) continue;
  const d = defaultBySymbol([...codes]);
  if (d) defaultsByHead.set(key, d);
}
const defaultsBySymbol = new Map();
for (const [s, codes] of symbolOwners) {
  if (codes.size < 2) continue;
  const owners = [...codes].filter((c) => ownSymbol(c) === s && !byCode.get(c).status.historic);
  if (owners.length === 1) defaultsBySymbol.set(s, owners[0]);
}
const exactOwners = new Map(); // names as CLDR writes them, brackets kept ("us dollar" is USD's; USN's is "us dollar (next day)")
for (const e of entries) for (const lang of ['en', 'fr']) for (const key of ['displayName', 'displayName-count-one', 'displayName-count-other']) {
  const n = cldr[lang][e.code]?.[key];
  if (!n) continue;
  if (!exactOwners.has(lower(n))) exactOwners.set(lower(n), new Set());
  exactOwners.get(lower(n)).add(e.code);
}
const wordOwners = new Map(); // every name/qualified form -> codes, to drop forms two currencies claim
for (const e of entries) {
  const forms = uniq([...e.names.en.one, ...e.names.en.other, ...e.names.fr.one, ...e.names.fr.other, ...e.qualified.en, ...e.qualified.fr]);
  for (const w of forms) {
    if (!wordOwners.has(w)) wordOwners.set(w, new Set());
    wordOwners.get(w).add(e.code);
  }
}
// A form two currencies claim goes to the current one (a historic one keeps its dated name: "belarusian ruble (2000–2016)").
const claims = (e, w) => {
  const exact = exactOwners.get(w);
  if (exact && exact.size === 1) return exact.has(e.code);
  const owners = [...(wordOwners.get(w) ?? [e.code])];
  if (owners.length === 1) return true;
  const current = owners.filter((c) => !byCode.get(c).status.historic);
  return current.length === 1 && current[0] === e.code;
};
for (const e of entries) {
  const lists = { en: [], fr: [] };
  for (const lang of ['en', 'fr']) {
    const all = [...e.names[lang].one, ...e.names[lang].other, ...e.qualified[lang]];
    const isHead = (w) => e.heads[lang].one.includes(w) || e.heads[lang].other.includes(w);
    // A code that is no legal tender (gold, funds, units of account) keeps only its names of several words ("gold" alone is not money).
    lists[lang] = uniq(all.filter((w) => claims(e, w) && !isHead(w) && (e.status.tender || w.includes(' '))));
    // A head alone ("yen", "euro", "dollar") names this currency when only it has that head, or when it is the head's default.
    for (const h of [...e.heads[lang].one, ...e.heads[lang].other]) {
      const owners = sharedHeads.get(`${lang}:${h}`);
      if (owners.size === 1 || defaultsByHead.get(`${lang}:${h}`)?.code === e.code) lists[lang].push(h);
    }
    lists[lang] = uniq(lists[lang]);
  }
  e.words = lists;
  const symbols = uniq(e.symbols.map((s) => s.text));
  e.symbolsUnique = symbols.filter((s) => symbolOwners.get(s).size === 1 || defaultsBySymbol.get(s) === e.code);
  e.minor = minorOf(e);
  e.news = abbreviations.filter((a) => a.code === e.code && !a.minor);
  const minorNews = abbreviations.filter((a) => a.code === e.code && a.minor);
  if (minorNews.length) {
    e.minor ??= { en: [], fr: [], share: 10 ** -e.digits };
    for (const a of minorNews) e.minor[a.lang].push(lower(a.text));
    e.minor.en = uniq(e.minor.en);
    e.minor.fr = uniq(e.minor.fr);
    e.minorNews = minorNews;
  }
}

// A form that ends up under two currencies (a head in one language is a whole name in the other: French "som") goes to
// the head's default, or to neither.
const formOwners = new Map();
for (const e of entries) for (const lang of ['en', 'fr']) for (const w of e.words[lang]) {
  if (!formOwners.has(w)) formOwners.set(w, new Set());
  formOwners.get(w).add(e.code);
}
for (const [w, owners] of formOwners) {
  if (owners.size < 2) continue;
  const keep = defaultsByHead.get(`en:${w}`)?.code ?? defaultsByHead.get(`fr:${w}`)?.code;
  for (const code of owners) if (code !== keep) for (const lang of ['en', 'fr']) byCode.get(code).words[lang] = byCode.get(code).words[lang].filter((x) => x !== w);
}

// --- Write YAML ------------------------------------------------------------------------------------------------------
const q = (s) => JSON.stringify(s); // JSON strings are YAML double-quoted scalars
const list = (xs) => `[${xs.map(q).join(', ')}]`;
const out = [];
out.push(
  '# Every currency ISO 4217 knows (list one, current) and the historic ones news archives name, for the money reader.',
  `# GENERATED by build/data/currencies/build.mjs — do not edit by hand; re-run the script (see its README).`,
  '# Sources (npm packages, exact versions):',
  `#   currency-codes ${version('currency-codes')} (MIT): ISO 4217 list one, published ${isoPublished}: codes, numeric codes, minor unit digits`,
  `#   cldr-numbers-full ${version('cldr-numbers-full')} and cldr-core ${version('cldr-core')} (Unicode CLDR, Unicode License v3): English and French`,
  '#     names (singular, plural), symbols, the territories that use or used each currency with dates, territory GDP',
  `#   world-countries ${version('world-countries')} (mledoze/countries, ODbL 1.0): demonyms and country names in English and French`,
  `#   currency-symbol-map ${version('currency-symbol-map')} (BSD-2-Clause): more symbols`,
  `#   world-currencies ${version('world-currencies')} (ODbL 1.0): names of minor units (cent, penny, centime)`,
  '#   news abbreviations: candidates in build/data/currencies/candidates.mjs, kept only where ../shared/bench-corpus uses',
  '#     them after (or, for symbols, before) a figure; `count` is that number of uses.',
  '# Historic: a code CLDR names but ISO 4217 list one no longer has, with the years CLDR gives for its use. The ISO 4217',
  '#   list of historic codes (A.3) itself is not served by any registry reachable here: CLDR is the source for these.',
  '# Keys of a currency:',
  '#   code, numeric (list one only), digits (minor unit digits), historic, from/to (years in use, CLDR), countries',
  '#     (ISO 3166 alpha-2 where it is legal tender now; for a historic one, where it was)',
  '#   names: {en: [...], fr: [...]}: lower-case names, singular and plural, that mean this currency and no other',
  '#     (a shared head such as "dollar" or "livre" is listed only under its default currency; see `shared` below)',
  '#   qualified: {en, fr}: country forms that decide a shared name ("canadian dollars", "dollars canadiens")',
  '#   symbols: every symbol written for it; unambiguous ones (or the default reading of a shared one) in `before`/`after`',
  '#   minor: names of the minor unit ({en, fr}) and its share of the major unit',
  '#   news: abbreviations seen in real news text, with their count in the bench corpus',
  '#   before/after/words: what the current CurrencyLexicon reads (symbols and codes before/after the figure, names)',
  '',
  'currencies:',
);
for (const e of entries) {
  out.push(`  - code: ${e.code}`);
  if (e.numeric) out.push(`    numeric: ${q(e.numeric)}`);
  out.push(`    digits: ${e.digits}`);
  if (e.status.historic) out.push('    historic: true');
  if (!e.status.tender) out.push('    tender: false');
  if (e.from) out.push(`    from: ${e.from}`);
  if (e.to) out.push(`    to: ${e.to}`);
  const where = e.status.historic ? e.lastCountries : e.countries;
  if (where.length) out.push(`    countries: ${list(where)}`);
  out.push(`    names: {en: ${list(e.words.en)}, fr: ${list(e.words.fr)}}`);
  if (e.qualified.en.length + e.qualified.fr.length) out.push(`    qualified: {en: ${list(e.qualified.en)}, fr: ${list(e.qualified.fr)}}`);
  const syms = uniq(e.symbols.map((s) => s.text));
  if (syms.length) out.push(`    symbols: ${list(syms)}`);
  if (e.minor) out.push(`    minor: {en: ${list(e.minor.en)}, fr: ${list(e.minor.fr)}, share: ${e.minor.share}${e.minorNews ? `, news: [${e.minorNews.map((a) => `{text: ${q(a.text)}, count: ${a.count}}`).join(', ')}]` : ''}}`);
  if (e.news.length) out.push(`    news: [${e.news.map((a) => `{text: ${q(a.text)}, position: ${a.position}, count: ${a.count}}`).join(', ')}]`);
  const plain = e.symbolsUnique.filter((s) => !isLetterSymbol(s));
  const newsAfter = e.news.filter((a) => a.position === 'after').map((a) => a.text);
  const newsBefore = e.news.filter((a) => a.position === 'before').map((a) => a.text);
  out.push(`    before: ${list(uniq([...plain, ...newsBefore, e.code]))}`);
  out.push(`    after: ${list(uniq([...plain, e.code, ...newsAfter]))}`);
  out.push(`    words: ${list(uniq([...e.words.en, ...e.words.fr]))}`);
}

out.push('', '# Heads several currencies share: a bare "dollars" or "livres" may mean any of `readings` (largest economy first).');
out.push('# default: the one a reader takes without a qualifier and without a date: the currency whose own symbol is the symbol');
out.push('#   most of them share ("$" USD, "£" GBP), else the only one still in use, else none. `to`: last year a historic one was');
out.push('#   in use (CLDR): a reader that knows the source\'s date should first keep the readings in use then ("marks" in 1987: DEM).');
out.push('shared:');
for (const [key, codes] of [...sharedHeads].sort()) {
  if (codes.size < 2) continue;
  const [lang, head] = key.split(':');
  const d = defaultsByHead.get(key);
  const readings = order(codes).map((c) => {
    const e = byCode.get(c);
    return e.status.historic ? `{code: ${c}, to: ${e.to ?? 'null'}}` : `{code: ${c}}`;
  });
  out.push(`  - {lang: ${lang}, head: ${q(head)}, default: ${d?.code ?? 'null'}${d ? `, default_by: ${q(d.by)}` : ''}, readings: [${readings.join(', ')}]}`);
}
out.push('', '# Symbols several currencies share. letter: a symbol that is also an ordinary abbreviation (litre, kilo): context only.');
out.push('ambiguous_symbols:');
for (const [s, codes] of [...symbolOwners].sort((a, b) => a[0].localeCompare(b[0]))) {
  if (codes.size < 2 && !isLetterSymbol(s)) continue;
  out.push(`  - {symbol: ${q(s)}, default: ${defaultsBySymbol.get(s) ?? 'null'}, readings: ${list(order(codes))}${isLetterSymbol(s) ? ', letter: true' : ''}}`);
}
for (const e of entries) for (const lang of ['en', 'fr']) for (const w of uniq([...e.words[lang], ...e.qualified[lang]])) {
  evidenceRows.push({ text: w, code: e.code, kind: `${lang} name`, position: 'after', count: evidenceOf[lang].after(w) });
}
fs.mkdirSync(path.dirname(outputPath), { recursive: true });
fs.writeFileSync(outputPath, out.join('\n') + '\n');
if (evidencePath) {
  // Every candidate tried (kept or not), and every generated name real text uses after a figure.
  fs.writeFileSync(evidencePath, 'form\tcode\tkind\tposition\tcount\n' +
    evidenceRows.filter((r) => !r.kind.endsWith(' name') || r.count > 0).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)).map((r) => `${r.text}\t${r.code}\t${r.kind}\t${r.position}\t${r.count}`).join('\n') + '\n');
}
console.error(`${entries.length} currencies (${entries.filter((e) => e.status.historic).length} historic), ${abbreviations.length} news forms with evidence, ${evidenceRows.length} candidates tried`);

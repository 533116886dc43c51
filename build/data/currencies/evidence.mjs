// Counts how real news text writes a currency: forms right after a figure ("10 mln dlrs", "3 milliards de livres
// libanaises") and symbols right before one ("HK$ 5", "US$100"), in the Markdown files of a corpus folder.
import fs from 'node:fs';
import path from 'node:path';

/** The text of every .md file under `dir` (recursively), joined by blank lines. */
export function corpusText(dir) {
  const parts = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.md') && !/^README/i.test(entry.name)) parts.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return parts.join('\n\n');
}

const FIGURE = /(?<![\p{L}\p{N}.])\p{N}(?:[\p{N}.,]|[\u00a0\u202f ](?=\p{N}{3}(?!\p{N})))*/gu;
// A scale word between the figure and the currency ("10 mln dlrs", "5 milliards de", "3bn", "2,5 Md€").
const SCALE = /^[\s\u00a0\u202f]*(?:mln|bln|billion|billions|million|millions|trillion|mn|bn|m|b|milliards?|Mds?|Md|M|k|mille)?(?![\p{L}])[\s\u00a0\u202f]*(?:(?:de|d'|d’|of)[\s\u00a0\u202f]*)?/u;

/** The first three letters or currency signs of the first word: the bucket a window or a form falls in. */
const keyOf = (s) => (s.toLowerCase().match(/^[^\s\u00a0]+/)?.[0] ?? '').replace(/[^\p{L}$£€¥]/gu, '').slice(0, 3);

export class Evidence {
  constructor(text) {
    this.after = this.after.bind(this);
    this.windowsByFirst = new Map();
    this.beforeWindows = [];
    for (const m of text.matchAll(FIGURE)) {
      const end = m.index + m[0].length;
      const rest = text.slice(end, end + 80);
      const scale = rest.match(SCALE);
      const window = rest.slice(scale ? scale[0].length : 0).split('\n')[0];
      const key = keyOf(window);
      if (key) {
        if (!this.windowsByFirst.has(key)) this.windowsByFirst.set(key, []);
        this.windowsByFirst.get(key).push(window);
      }
      this.beforeWindows.push(text.slice(Math.max(0, m.index - 12), m.index));
    }
  }

  /** How often `form` follows a figure (and an optional scale word, "de"/"of"), as a whole word. */
  after(form, { caseSensitive = false } = {}) {
    const windows = this.windowsByFirst.get(keyOf(form)) ?? [];
    const wanted = caseSensitive ? form : form.toLowerCase();
    let n = 0;
    for (const w of windows) {
      const s = caseSensitive ? w : w.toLowerCase();
      if (s.startsWith(wanted) && !/[\p{L}\p{N}]/u.test(s.charAt(wanted.length))) n++;
    }
    return n;
  }

  /** How often `form` stands right before a figure (a space between allowed), not glued to a longer word. */
  before(form) {
    let n = 0;
    for (const w of this.beforeWindows) {
      const s = w.endsWith(' ') || w.endsWith('\u00a0') ? w.slice(0, -1) : w;
      if (s.endsWith(form) && !/[\p{L}$]/u.test(s.charAt(s.length - form.length - 1))) n++;
    }
    return n;
  }
}

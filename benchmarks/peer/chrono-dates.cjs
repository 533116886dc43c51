// The peer of benchmarks/speed.sh: chrono-node (npm), a natural-language date parser, run on the files a check reads
// (.md, .markdown and .txt under each folder, a folder's README.* left out), each file whole: the French parser for a
// file under a folder named fr, the English one for the others. Prints one line: files, MB (10^6 bytes) and dates found.
//   usage: node chrono-dates.cjs NODE_MODULES_DIR FOLDER...
const fs = require('fs');
const path = require('path');
const chrono = require(path.join(process.argv[2], 'chrono-node'));

function* files(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile() && /\.(md|markdown|txt)$/.test(entry.name) && !/^README\./.test(entry.name)) yield full;
  }
}

let count = 0, bytes = 0, dates = 0;
for (const folder of process.argv.slice(3)) {
  for (const file of files(folder)) {
    const text = fs.readFileSync(file, 'utf8');
    const parser = file.split(path.sep).includes('fr') ? chrono.fr : chrono;
    dates += parser.parse(text).length;
    bytes += Buffer.byteLength(text, 'utf8');
    count++;
  }
}
console.log(`chrono-node: ${count} files, ${(bytes / 1e6).toFixed(2)} MB, ${dates} dates`);

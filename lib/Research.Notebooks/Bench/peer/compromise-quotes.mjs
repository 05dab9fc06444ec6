// Extracts quotes with compromise's quotations() from every .txt file of a folder and prints them as JSON lines
// ({"doc", "text", "speaker": null}) on stdout; the time spent in compromise and the bytes read go to stderr as
// one JSON object, so the benchmark can compare speed and score the quotes with the kit's own scorer.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';

const folder = process.argv[2];
if (!folder || !fs.existsSync(folder)) {
  console.error(`usage: node compromise-quotes.mjs FOLDER (a folder of .txt articles); '${folder}' not found`);
  process.exit(2);
}
const files = fs.readdirSync(folder).filter(f => f.endsWith('.txt')).sort();
let bytes = 0, seconds = 0, quotes = 0;
const out = [];
for (const file of files) {
  const text = fs.readFileSync(path.join(folder, file), 'utf8');
  bytes += Buffer.byteLength(text, 'utf8');
  const start = process.hrtime.bigint();
  const found = nlp(text).quotations().out('array');
  seconds += Number(process.hrtime.bigint() - start) / 1e9;
  for (const q of found) {
    const inner = q.replace(/^[\s"“”'‘’]+|[\s"“”'‘’.,]+$/g, '');
    if (inner.length === 0) continue;
    out.push(JSON.stringify({ doc: file, text: inner, speaker: null }));
    quotes++;
  }
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
console.error(JSON.stringify({ peer: 'compromise 14.17.0', files: files.length, bytes, seconds, quotes }));

// bench/chrono/chrono_bench.js ARTICLES.jsonl: runs chrono-node (dates only)
// over every article's text, each anchored to its date field, and prints
// "SECONDS ARTICLES DATES" for bench/run. Reading and JSON parsing are timed
// apart and left out, so the figure is chrono's own work.
'use strict';
const fs = require('fs');
const chrono = require('chrono-node');

const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const records = lines.map((l) => JSON.parse(l));
let dates = 0;
const start = process.hrtime.bigint();
for (const r of records) {
  const ref = r.date ? new Date(r.date) : new Date(0);
  dates += chrono.parse(r.text, ref).length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${seconds.toFixed(3)} ${records.length} ${dates}`);

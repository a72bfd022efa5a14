// Prints bench/results.json as the README's markdown table:  node bench/readme-table.ts
import { readFileSync } from 'node:fs';
import type { BenchResult } from './measure.ts';

const { date, machine, results } = JSON.parse(readFileSync('bench/results.json', 'utf8')) as { date: string; machine: string; results: BenchResult[] };
console.log(`Measured ${date.slice(0, 10)} on ${machine}.\n`);
console.log('| measure | result | budget |');
console.log('| --- | --- | --- |');
for (const r of results) {
  const budget = r.budget === undefined ? '' : `≤ ${r.budget} ${r.unit} ${r.ok ? '(met)' : '(**over**)'}`;
  console.log(`| ${r.what} | ${r.value} ${r.unit} | ${budget} |`);
}

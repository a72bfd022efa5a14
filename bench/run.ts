// npm run bench: speed and size against budgets. Prints a table and writes bench/results.json.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchExtension, benchPackage, benchSidePanel, benchWidget } from './browser.ts';
import { benchCore, benchWorkingDays } from './core.ts';
import type { BenchResult } from './measure.ts';

// London today, for pages whose dates are relative to it.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const only = process.argv.slice(2);

const sections: { name: string; run: () => BenchResult[] | Promise<BenchResult[]> }[] = [
  { name: 'core', run: benchCore },
  { name: 'working days', run: benchWorkingDays },
  { name: 'widget', run: () => benchWidget(today) },
  { name: 'extension', run: () => benchExtension(today) },
  { name: 'side panel', run: () => benchSidePanel(today) },
  { name: 'package', run: benchPackage },
].filter((s) => only.length === 0 || only.includes(s.name.split(' ')[0]!));

const results: BenchResult[] = [];
for (const section of sections) {
  process.stdout.write(`Running ${section.name}...\n`);
  results.push(...(await section.run()));
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`\nMachine: ${machine}\n`);
const rows = results.map((r) => [r.what, `${r.value} ${r.unit}`, r.budget === undefined ? '' : `≤ ${r.budget} ${r.unit}`, r.ok === undefined ? '' : r.ok ? 'ok' : 'OVER']);
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length), 4));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));

writeFileSync('bench/results.json', `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`);
console.log('\nWrote bench/results.json');

// npm run bench: speed and size against budgets. Prints a table and writes bench/results.json.
//   node bench/run.ts [core] [working] [reading] [widget] [extension] [side] [package] [intake]   (default: all)
// A partial run updates only its own lines in bench/results.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchExtension, benchPackage, benchSidePanel, benchWidget } from './browser.ts';
import { benchCore, benchWorkingDays } from './core.ts';
import { benchIntake } from './intake.ts';
import { benchReading } from './reading.ts';
import type { BenchResult } from './measure.ts';

// London today, for pages whose dates are relative to it.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const only = process.argv.slice(2);

const sections: { name: string; run: () => BenchResult[] | Promise<BenchResult[]> }[] = [
  { name: 'core', run: benchCore },
  { name: 'working days', run: benchWorkingDays },
  { name: 'reading', run: benchReading },
  { name: 'widget', run: () => benchWidget(today) },
  { name: 'extension', run: () => benchExtension(today) },
  { name: 'side panel', run: () => benchSidePanel(today) },
  { name: 'package', run: benchPackage },
  { name: 'intake', run: benchIntake },
].filter((s) => only.length === 0 || only.includes(s.name.split(' ')[0]!));

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const file = 'bench/results.json';
const previous: BenchResult[] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { results: BenchResult[] }).results : [];
const results = new Map(previous.map((r) => [r.id, r]));

const row = (r: BenchResult) =>
  [r.what.padEnd(78), `${r.value} ${r.unit}`.padEnd(16), r.budget === undefined ? '' : `≤ ${r.budget} ${r.unit}`.padEnd(12), r.ok === undefined ? '' : r.ok ? 'ok' : 'OVER'].join(' ');

console.log(`Machine: ${machine}`);
const failed: string[] = [];
for (const section of sections) {
  console.log(`\n${section.name}`);
  let measured: BenchResult[];
  try {
    measured = await section.run();
  } catch (error) {
    // One broken section must not hide the others: say so, and exit non-zero at the end.
    failed.push(section.name);
    console.log(`  NOT MEASURED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    continue;
  }
  for (const r of measured) {
    results.set(r.id, r);
    console.log(`  ${row(r)}`);
    writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, results: [...results.values()] }, null, 2)}\n`);
  }
}
const over = [...results.values()].filter((r) => r.ok === false);
console.log(`\nWrote ${file}. ${over.length === 0 ? 'Every budget is met.' : `Over budget: ${over.map((r) => r.id).join(', ')}.`}`);
if (failed.length > 0) {
  console.log(`Not measured: ${failed.join(', ')}.`);
  process.exitCode = 1;
}

// npm run bench: run every benchmark in bench/ in turn, show what each prints, then one table of all their figures.
// Kept out of npm test. `npm run bench -- submissions local` runs only the files whose names contain those words.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseFigureLine, root, table, type Figure } from './support.ts';

interface Outcome {
  bench: string;
  figures: Figure[];
  ok: boolean;
  seconds: number;
}

/** Runs one benchmark, passing its human output through and keeping its BENCH lines for the table. */
function runBench(bench: string): Promise<Outcome> {
  const started = performance.now();
  const child = spawn(process.execPath, [join('bench', bench)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const figures: Figure[] = [];
  let unreadable = false;
  createInterface({ input: child.stdout }).on('line', (line) => {
    try {
      const figure = parseFigureLine(line);
      if (figure) figures.push(figure);
      else console.log(line);
    } catch (error) {
      unreadable = true;
      console.error((error as Error).message);
    }
  });
  return new Promise((resolve) => {
    child.on('close', (code) => resolve({ bench, figures, ok: code === 0 && !unreadable, seconds: (performance.now() - started) / 1000 }));
  });
}

function targetOf(f: Figure): string {
  if (f.atMost !== undefined) return `≤ ${f.atMost}`;
  if (f.atLeast !== undefined) return `≥ ${f.atLeast}`;
  return '';
}

function verdict(f: Figure): string {
  if (f.atMost !== undefined) return f.value <= f.atMost ? 'met' : 'MISSED';
  if (f.atLeast !== undefined) return f.value >= f.atLeast ? 'met' : 'MISSED';
  return '';
}

function summary(outcomes: Outcome[]): string {
  const rows = outcomes.flatMap((o) => [
    ...o.figures.map((f) => [o.bench.replace(/\.ts$/, ''), f.name, f.value.toLocaleString('en-GB'), f.unit, targetOf(f), verdict(f)]),
    ...(o.ok ? [] : [[o.bench.replace(/\.ts$/, ''), 'FAILED: see its output above', '', '', '', '']]),
  ]);
  return table(['bench', 'figure', 'value', 'unit', 'target', 'result'], rows);
}

const only = process.argv.slice(2);
const benches = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !['support.ts', 'run.ts'].includes(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
console.log(`Benchmarks on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform} ${process.arch}`);
const outcomes: Outcome[] = [];
for (const bench of benches) {
  console.log(`\n=== ${bench} ===`);
  outcomes.push(await runBench(bench));
}
console.log(`\n=== All figures (${outcomes.map((o) => `${o.bench} ${o.seconds.toFixed(0)} s`).join(', ')}) ===`);
console.log(summary(outcomes));
process.exit(outcomes.every((o) => o.ok) ? 0 : 1);

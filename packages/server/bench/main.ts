/**
 * `pnpm --filter @idokit/server bench`: the server's figures of issue 13 on their own (the same
 * ones `pnpm bench` puts in bench/results.json). `--quick` as in CI: 1 s per measurement, no
 * PostgreSQL, no 100 000-location search. See figures.ts for what each compares.
 */
import { measureServer } from './figures.js';

const quick = process.argv.includes('--quick');
for (const f of await measureServer({ quick })) {
  const mark = f.met === undefined ? '—' : f.met ? 'met' : 'MISSED';
  const peer = f.peer ? ` | ${f.peer.label}: ${f.peer.value} ${f.peer.unit}` : '';
  console.log(
    `${mark.padEnd(6)} ${f.figure}: ${f.value} ${f.unit} (budget ${f.budget})${peer}${f.note ? ` — ${f.note}` : ''}`,
  );
}

// One office process importing result packages, started by tests/hostile/concurrent-writers.test.ts.
// It loads everything first, says it is ready, then waits for the go file so that two such
// processes import at the same moment (a condition, not a clock, lines them up).
import { existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { importResultPackages } from '../../../electron/services/packages/import-results';

const [assessment, ready, go, ...packages] = process.argv.slice(2);
writeFileSync(ready!, 'ready');
while (!existsSync(go!)) await sleep(2);
try {
  const report = await importResultPackages(assessment!, packages, { actor: `worker-${process.pid}`, at: '2020-12-20T08:00:00Z' });
  process.stdout.write(JSON.stringify({ ok: true, written: report.written, rejected: report.rejected.map((r) => r.error.key) }));
} catch (e) {
  process.stdout.write(JSON.stringify({ ok: false, key: (e as { key?: string }).key ?? String(e) }));
}

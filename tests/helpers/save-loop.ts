// Child process for the crash-safety test: saves ever newer versions of one assessment until it
// is killed. Prints "saved" after each complete save, so the test can wait for one (a condition).
import { serializeAssessment } from '../../shared/assessment/serialize';
import { writeFileAtomic, DEFAULT_BACKUPS } from '../../electron/services/workspace/atomic-file';
import { largeAssessment } from './large-assessment';

const [path] = process.argv.slice(2);
const doc = largeAssessment(14, 120, 10);
let version = 1;
for (;;) {
  version++;
  await writeFileAtomic(path!, serializeAssessment({ ...doc, name: `版本${version}` }, 'test'), { ...DEFAULT_BACKUPS, minIntervalMs: 0 });
  process.stdout.write('saved\n');
}

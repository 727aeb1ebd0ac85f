import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readModels } from '../../read-models/registry';
import { computeFingerprints, FINGERPRINTS_FILE, fingerprintsModule } from '../read-models/fingerprint';

/** Writes server/read-models/fingerprints.ts when a read model's code has changed (run before dev and build). */
const root = process.cwd();
const file = join(root, FINGERPRINTS_FILE);
const next = fingerprintsModule(
  computeFingerprints(
    root,
    readModels.map((m) => m.name),
  ),
);
if (readFileSync(file, 'utf8') !== next) {
  writeFileSync(file, next);
  console.log(`Read model versions changed: wrote ${FINGERPRINTS_FILE}`);
}

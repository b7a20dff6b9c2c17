// Writes build/content-pack.schema.json from the manifest's zod schema, the one
// source of truth. A unit test fails when the committed file drifts from the schema.
//
//   npm run pack-schema
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { manifestJsonSchema } from '../electron/content/pack-manifest';

const out = fileURLToPath(new URL('content-pack.schema.json', import.meta.url));
writeFileSync(out, JSON.stringify(manifestJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out}`);

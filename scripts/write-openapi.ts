// Writes openapi.json and the web app's types from the live route definitions; with --check it
// fails when the committed files differ (CI runs it so the docs never drift from the code).
import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { buildServer } from '../src/api/build-server.ts';
import { openPglite } from '../src/db/open-pglite.ts';
import { actorDatabases } from '../src/app/actor-db.ts';
import { randomIds, silentLog, systemClock } from '../src/app/system-services.ts';

const check = process.argv.includes('--check');
const handle = await openPglite();
const app = await buildServer({
  db: handle.db,
  ...actorDatabases(handle),
  engine: handle.engine,
  actor: { kind: 'system', name: 'openapi' },
  clock: systemClock,
  ids: randomIds,
  log: silentLog,
});
await app.ready();
const document = JSON.stringify(app.swagger(), null, 2) + '\n';
await app.close();
await handle.close();

const targets: [string, string][] = [['openapi.json', document]];
const typesFile = 'web/src/api/schema.d.ts';
await writeFile('tmp/openapi.json', document).catch(async () => {
  await import('node:fs').then((fs) => fs.mkdirSync('tmp', { recursive: true }));
  await writeFile('tmp/openapi.json', document);
});
execFileSync('npx', ['openapi-typescript', 'tmp/openapi.json', '-o', 'tmp/schema.d.ts'], {
  stdio: 'ignore',
});
targets.push([typesFile, await readFile('tmp/schema.d.ts', 'utf8')]);

let drift = false;
for (const [path, content] of targets) {
  const current = await readFile(path, 'utf8').catch(() => '');
  if (current === content) continue;
  if (check) {
    console.error(`${path} is out of date: run npm run openapi:write and commit it`);
    drift = true;
  } else {
    await writeFile(path, content);
    console.log(`wrote ${path}`);
  }
}
if (drift) process.exit(1);
if (check) console.log('openapi.json and web types are up to date');

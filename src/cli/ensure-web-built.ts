import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the web app when dist/web is missing or older than its sources (web/, src/domain/). */
export async function ensureWebBuilt(): Promise<void> {
  const built = join(ROOT, 'dist/web/index.html');
  if (existsSync(built)) {
    const builtAt = statSync(built).mtimeMs;
    const newest = Math.max(newestMtime(join(ROOT, 'web')), newestMtime(join(ROOT, 'src/domain')));
    if (newest <= builtAt) return;
  }
  console.log('正在构建网页 building the web app…');
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * One production build and `vite preview` of it, shared by the browser benches.
 * It builds into a temporary folder: dist/ may be served by an e2e run meanwhile.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITE = `${ROOT}node_modules/.bin/vite`;

let builtDir: string | null = null;

/** Builds once per process; returns the build folder. */
export function ensureBuilt(): string {
  if (builtDir) return builtDir;
  const outDir = mkdtempSync(join(tmpdir(), 'bench-build-'));
  const result = spawnSync(
    VITE,
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed (status ${result.status})`);
  process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
  builtDir = outDir;
  return outDir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Preview {
  url: string;
  stop: () => void;
}

/** Serves the build on a free port. Started detached so `stop` ends vite's whole process group. */
export async function startPreview(): Promise<Preview> {
  const outDir = ensureBuilt();
  const port = await freePort();
  const child = spawn(
    VITE,
    ['preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: ROOT, detached: true, stdio: 'ignore' },
  );
  const stop = (): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`vite preview did not start on ${url}`);
}

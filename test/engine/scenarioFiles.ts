import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared worked cases; CI clones the project with shared/ beside it. */
export const SCENARIO_DIR =
  process.env.SCENARIO_DIR ?? resolve(import.meta.dirname, '../../../shared/scenarios');

export function scenarioFiles(): { file: string; json: unknown }[] {
  if (!existsSync(SCENARIO_DIR)) throw new Error(`scenario folder not found: ${SCENARIO_DIR}`);
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      json: JSON.parse(readFileSync(join(SCENARIO_DIR, file), 'utf8')) as unknown,
    }));
}

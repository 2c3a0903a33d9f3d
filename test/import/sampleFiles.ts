/** The shared sample histories (../shared/samples), read at test time. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SAMPLE_DIR = resolve(import.meta.dirname, '../../../shared/samples');

export const SAMPLES = {
  rows: 'connects-history-copied-rows.txt',
  blocks: 'connects-history-copied-blocks.txt',
  csv: 'connects-history.csv',
} as const;

export const samplePath = (name: string): string => resolve(SAMPLE_DIR, name);
export const readSample = (name: string): string => readFileSync(samplePath(name), 'utf8');

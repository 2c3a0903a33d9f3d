/**
 * The first screen's JS, gzipped: the entry module of dist/index.html and the
 * modules it preloads. Lazy chunks (charts, import parsers…) do not count.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ensureBuilt } from './builtApp';

/** The `src` of module scripts and the `href` of modulepreload links in the built index.html. */
export function firstScreenScripts(html: string): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = /^<script\b/.test(tag) && /\btype=["']?module\b/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /\brel=["']?modulepreload\b/.test(tag);
    const url = /\b(?:src|href)=["']?([^"' >]+)/.exec(tag)?.[1];
    if ((isModule || isPreload) && url) found.add(url);
  }
  return [...found];
}

export async function benchBundle(): Promise<string[]> {
  const dist = ensureBuilt();
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  let bytes = 0;
  for (const url of firstScreenScripts(html)) {
    bytes += gzipSync(readFileSync(`${dist}/${url.replace(/^\//, '')}`)).length;
  }
  return [`first-screen-js-gzip: ${(bytes / 1024).toFixed(1)} KB`];
}

/**
 * The build of the code that turns stored entries into replay events and states (src/engine and
 * src/db, hashed by vite.config.ts). The ledger's caches (the packed snapshot, the replay
 * checkpoint) are derived by that code, so each is used only by the build that wrote it.
 */
declare const __LEDGER_CODE_VERSION__: string | undefined;

/**
 * The version, or null where the caches are off: a build without the hash (scripts run by tsx),
 * and the dev server, whose code changes under a running page while the hash does not.
 */
export function codeVersion(): string | null {
  if (typeof __LEDGER_CODE_VERSION__ !== 'string') return null;
  const env = import.meta.env as ImportMetaEnv | undefined;
  if (env?.DEV && env.MODE !== 'test') return null;
  return __LEDGER_CODE_VERSION__;
}

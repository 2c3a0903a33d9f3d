/**
 * The build of the code that turns stored entries into replay events and states (src/engine and
 * src/db, hashed by the `ledgerCodeVersion` plugin in vite.config.ts). The read caches (the
 * packed snapshot, the replay checkpoint) are derived by that code, so each is used only by the
 * build that wrote it. On the dev server the hash follows every edit of those folders (the page
 * reloads), so development runs the caches exactly as a release does.
 */
import version from 'virtual:ledger-code-version';

export function codeVersion(): string {
  return version;
}

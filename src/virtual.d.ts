/** Modules the build makes (vite.config.ts). */
declare module 'virtual:ledger-code-version' {
  /** A hash of src/engine and src/db as built. */
  const version: string;
  export default version;
}

// fake-indexeddb 6 ships `auto.d.ts` but its package.json "exports" hides it from
// `moduleResolution: bundler`; the side-effect import needs no types.
declare module 'fake-indexeddb/auto';

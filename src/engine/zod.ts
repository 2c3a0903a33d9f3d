/**
 * zod as this app uses it: without its compiled fast path. zod probes for eval with
 * `new Function` as it builds an object schema; under the app's Content-Security-Policy (no
 * eval) that probe fails quietly but is still reported as a policy violation, and the fast path
 * could never run in the page anyway. Import `z` from here, never from 'zod', so the setting is
 * made before any schema is built (and Node's tests parse as the browser does).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

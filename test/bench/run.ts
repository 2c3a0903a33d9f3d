/**
 * `npm run bench`: prints one figure per line (`name: value unit`). Figures,
 * not pass/fail: the targets are in the issues and the README.
 */
import { benchReplay } from './engineBench';

for (const line of benchReplay()) console.log(line);

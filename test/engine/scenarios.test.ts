import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/replay';
import { parseScenario, scenarioInput } from '../../src/engine/scenario';
import { scenarioFiles } from './scenarioFiles';

const files = scenarioFiles();

describe('shared scenarios', () => {
  it('finds the worked cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
  });

  it.each(files.map((f) => [f.file, f.json] as const))(
    '%s replays to its expectation',
    (_file, json) => {
      const scenario = parseScenario(json);
      const result = replay(scenarioInput(scenario));
      const want = scenario.expect;
      expect(want).toBeDefined();
      if (want?.cycles) {
        expect(result.cycles).toHaveLength(want.cycles.length);
        want.cycles.forEach((cycle, i) => {
          // every listed field must equal the replay's; unlisted fields are not checked
          expect(result.cycles[i]).toMatchObject(cycle);
        });
      }
      if (want?.rejected) {
        expect(result.rejected.map(({ index, code }) => ({ index, code }))).toEqual(want.rejected);
      }
      if (want?.warnings) expect(result.warnings).toEqual(want.warnings);
    },
  );
});

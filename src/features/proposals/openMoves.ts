/** What an open proposal can be moved on to from the Proposals page's list, each with its key. */
import { stageRank, type Stage } from '../../engine/outcomes/types';

export type OpenMove = 'viewed' | 'interview' | 'hired' | 'lost' | 'withdrawn';

export const OPEN_MOVES: readonly OpenMove[] = [
  'viewed',
  'interview',
  'hired',
  'lost',
  'withdrawn',
];

/** The key that makes each move on the proposal in focus. */
export const KEY_OF: Record<OpenMove, string> = {
  viewed: 'V',
  interview: 'I',
  hired: 'H',
  lost: 'L',
  withdrawn: 'W',
};

/** The moves by key, as `KeyboardEvent.key` gives it in lower case. */
export const MOVE_KEYS: Record<string, OpenMove> = Object.fromEntries(
  OPEN_MOVES.map((move) => [KEY_OF[move].toLowerCase(), move]),
);

/**
 * Whether a move takes a proposal at `stage` further: the list only moves proposals on (a stage
 * it has passed would set it back; the ledger's menu is where a mistake is corrected).
 */
export function movesOn(stage: Stage, how: OpenMove): boolean {
  if (how === 'viewed') return stageRank(stage) < stageRank('viewed');
  if (how === 'interview') return stageRank(stage) < stageRank('interview');
  return true;
}

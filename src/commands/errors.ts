/** Why a command failed, in words a user can act on (see db/storageErrors.ts). */
export { storageErrorText } from '../db/storageErrors';

/** Why a command failed, in words a user can act on (see db/storageErrors.ts). */
export { classifyStorageError, storageErrorText } from '../db/storageErrors';

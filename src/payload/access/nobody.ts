import type { Access } from 'payload'

/** For operations that must never happen through any API, whoever asks. */
export const nobody: Access = () => false

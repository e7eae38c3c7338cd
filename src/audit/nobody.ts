import type { Access } from 'payload'

/** The audit log is written by hooks only (Local API, overrideAccess): no API may create, change or delete it. */
export const nobody: Access = () => false

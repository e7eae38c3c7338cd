import type { CollectionBeforeOperationHook } from 'payload'

import { rememberAutosave, rememberLoginEmail } from '../context'

/**
 * Notes what only the operation's arguments know — that an update is an autosave, which
 * email a login tried — for the hooks that write the audit event at the end.
 */
export const rememberAuditIntent: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'update') {
    const { autosave, id } = args as { autosave?: boolean; id?: number | string }
    if (autosave === true && id !== undefined && id !== null) rememberAutosave(req.context, collection.slug, id)
  }
  if (operation === 'login') {
    const email = (args as { data?: { email?: unknown } }).data?.email
    if (typeof email === 'string') rememberLoginEmail(req.context, email)
  }
  return args
}

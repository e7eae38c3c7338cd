import type { CollectionConfig } from 'payload'

import { COLLECTION } from '../constants'
import { auditChange } from './hooks/auditChange'
import { auditDelete } from './hooks/auditDelete'
import { auditFailedLogin } from './hooks/auditFailedLogin'
import { auditLogin } from './hooks/auditLogin'
import { rememberAuditIntent } from './hooks/rememberAuditIntent'
import { rememberMainStatus } from './hooks/rememberMainStatus'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** Appends hooks after the collection's own, so the audit sees the document as they left it. */
const append = <K extends keyof Hooks>(hooks: Hooks, key: K, ...added: NonNullable<Hooks[K]>): NonNullable<Hooks[K]> =>
  [...((hooks[key] ?? []) as NonNullable<Hooks[K]>), ...added] as NonNullable<Hooks[K]>

/**
 * Adds the audit-log hooks to a collection: every create, update, publish, unpublish, trash,
 * restore and delete, and for auth collections every login and failed login (REST), becomes
 * an event in `audit-events`. The audit log itself is never audited.
 */
export const withAuditLog = (collection: CollectionConfig): CollectionConfig => {
  if (collection.slug === COLLECTION.auditEvents) return collection
  const hooks = collection.hooks ?? {}
  const hasDrafts = typeof collection.versions === 'object' && Boolean(collection.versions.drafts)
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: append(hooks, 'beforeOperation', rememberAuditIntent),
      ...(hasDrafts ? { beforeChange: append(hooks, 'beforeChange', rememberMainStatus) } : {}),
      afterChange: append(hooks, 'afterChange', auditChange),
      afterDelete: append(hooks, 'afterDelete', auditDelete),
      ...(collection.auth
        ? {
            afterLogin: append(hooks, 'afterLogin', auditLogin),
            afterError: append(hooks, 'afterError', auditFailedLogin),
          }
        : {}),
    },
  }
}

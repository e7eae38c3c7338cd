import type { RequestContext } from 'payload'

/** Keys in `req.context` the audit hooks pass between an operation's start and its end. */
const AUTOSAVES = 'auditAutosaves'
const LOGIN_EMAIL = 'auditLoginEmail'

const keyOf = (collectionSlug: string, id: number | string) => `${collectionSlug}:${String(id)}`

export const rememberAutosave = (context: RequestContext, collectionSlug: string, id: number | string) => {
  const autosaves = context[AUTOSAVES] instanceof Set ? (context[AUTOSAVES] as Set<string>) : new Set<string>()
  autosaves.add(keyOf(collectionSlug, id))
  context[AUTOSAVES] = autosaves
}

export const isAutosave = (context: RequestContext, collectionSlug: string, id: number | string): boolean =>
  context[AUTOSAVES] instanceof Set && (context[AUTOSAVES] as Set<string>).has(keyOf(collectionSlug, id))

export const rememberLoginEmail = (context: RequestContext, email: string) => {
  context[LOGIN_EMAIL] = email
}

export const loginEmailOf = (context: RequestContext): string | null =>
  typeof context[LOGIN_EMAIL] === 'string' ? (context[LOGIN_EMAIL] as string) : null

const MAIN_STATUS = 'auditMainStatus'

/** The `_status` of the stored (main) document before an update: what the public saw. */
export const setMainStatusBefore = (context: RequestContext, collectionSlug: string, id: number | string, status: unknown) => {
  const statuses = context[MAIN_STATUS] instanceof Map ? (context[MAIN_STATUS] as Map<string, unknown>) : new Map<string, unknown>()
  statuses.set(keyOf(collectionSlug, id), status)
  context[MAIN_STATUS] = statuses
}

export const mainStatusBefore = (context: RequestContext, collectionSlug: string, id: number | string): unknown =>
  context[MAIN_STATUS] instanceof Map ? (context[MAIN_STATUS] as Map<string, unknown>).get(keyOf(collectionSlug, id)) : undefined

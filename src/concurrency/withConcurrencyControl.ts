import type { CollectionConfig } from 'payload'

import { BASED_ON_UPDATED_AT, basedOnUpdatedAtField } from './basedOnUpdatedAtField'
import { exposeETag } from './hooks/exposeETag'
import { guardConcurrentWrites } from './hooks/guardConcurrentWrites'

const hasField = (collection: CollectionConfig, name: string) =>
  collection.fields.some((field) => 'name' in field && field.name === name)

/**
 * No lost updates: adds edit-lock enforcement for every API, optimistic concurrency
 * (If-Match / basedOnUpdatedAt → 409) and ETags to a collection. Composes onto the
 * collection's own hooks and fields, never replacing them; the guard runs first so that a
 * refused write does no other work. See hooks/guardConcurrentWrites.ts for the rules.
 */
export const withConcurrencyControl = (collection: CollectionConfig): CollectionConfig => {
  if (collection.timestamps === false) return collection
  return {
    ...collection,
    fields: hasField(collection, BASED_ON_UPDATED_AT) ? collection.fields : [...collection.fields, basedOnUpdatedAtField()],
    hooks: {
      ...collection.hooks,
      beforeOperation: [guardConcurrentWrites, ...(collection.hooks?.beforeOperation ?? [])],
      afterOperation: [...(collection.hooks?.afterOperation ?? []), exposeETag],
    },
  }
}

import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { withAnonymousQueryCache } from './anonymousQueryCache'
import type { Lang } from './i18n'

const handleGraphQL = withAnonymousQueryCache(GRAPHQL_POST(config))

/** The public GraphQL API refused or failed a query the site relies on: a bug, never shown to readers as data. */
export class PublicQueryError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PublicQueryError'
  }
}

/**
 * Runs a query against Lentera's public GraphQL API exactly as an anonymous client would: the
 * same handler as POST /api/graphql, in-process, with no credentials. So the site can never
 * show more than the public API does. `$locale` and `$fallbackLocale` are provided to every query.
 */
export const publicQuery = async <T>(query: string, { lang, variables = {} }: { lang: Lang; variables?: Record<string, unknown> }): Promise<T> => {
  const request = new Request('http://lentera.internal/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
    body: JSON.stringify({ query, variables: { locale: lang, fallbackLocale: 'id', ...variables } }),
  })
  const response = await handleGraphQL(request)
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] }
  if (body.errors?.length) throw new PublicQueryError(body.errors.map((error) => error.message).join('; '))
  if (!body.data) throw new PublicQueryError(`The public GraphQL API answered ${response.status} without data.`)
  return body.data
}

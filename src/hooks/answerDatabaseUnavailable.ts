import type { AfterErrorHook } from 'payload'

import { isDatabaseUnavailable } from '../db/databaseUnavailable'

export const DATABASE_UNAVAILABLE_RETRY_SECONDS = 5

/**
 * REST requests that fail because the database is out of reach or out of connections get
 * 503 with Retry-After and a message saying so, instead of Payload's 500 "Something went
 * wrong": the request was fine, the server could not serve it just then (a write that fails
 * this way is rolled back with its transaction). GraphQL keeps its own error shape.
 */
export const answerDatabaseUnavailable: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (graphqlResult || !isDatabaseUnavailable(error)) return
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(DATABASE_UNAVAILABLE_RETRY_SECONDS))
  return {
    status: 503,
    response: {
      errors: [
        {
          message:
            'Lentera sedang sibuk atau tidak dapat menghubungi basis datanya. Coba lagi sebentar lagi. ' +
            '(The server is busy or cannot reach its database. Try again in a moment.)',
        },
      ],
    },
  }
}

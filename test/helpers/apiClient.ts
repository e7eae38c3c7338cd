import config from '@payload-config'
import { engineOf } from '../../src/db/adapter'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

/** GraphQL's id type differs by engine: Int for Postgres serials, String for MongoDB ObjectIds. */
export const GRAPHQL_ID = engineOf(process.env.DATABASE_URI) === 'mongodb' ? 'String' : 'Int'

/**
 * Calls Payload's REST and GraphQL route handlers in-process with web Requests, as Payload's
 * own test suite does: the real HTTP layer of the API without starting Next.
 */
const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}
const graphqlHandler = GRAPHQL_POST(config)

type RequestOptions = {
  token?: string
  body?: unknown
  formData?: FormData
  headers?: Record<string, string>
}

const buildHeaders = ({ token, headers, body }: RequestOptions) => {
  const result = new Headers(headers)
  if (token) result.set('Authorization', `JWT ${token}`)
  if (body !== undefined && !result.has('Content-Type')) result.set('Content-Type', 'application/json')
  return result
}

export const rest = async (
  method: keyof typeof handlers,
  path: string,
  options: RequestOptions = {},
): Promise<{ status: number; json: any }> => {
  const url = new URL(`http://localhost:3000/api${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
  const request = new Request(url, {
    method,
    headers: buildHeaders(options),
    body: options.formData ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  })
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  let json: any = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = { raw: text }
  }
  return { status: response.status, json }
}

export const graphql = async (
  query: string,
  { variables, token, locale }: { variables?: Record<string, unknown>; token?: string; locale?: string } = {},
): Promise<{ status: number; json: any }> => {
  const url = new URL('http://localhost:3000/api/graphql')
  if (locale) url.searchParams.set('locale', locale)
  const request = new Request(url, {
    method: 'POST',
    headers: buildHeaders({ token, body: {} }),
    body: JSON.stringify({ query, variables }),
  })
  const response = await graphqlHandler(request)
  return { status: response.status, json: await response.json() }
}

export const login = async (email: string, password: string): Promise<string> => {
  const { status, json } = await rest('POST', '/users/login', { body: { email, password } })
  if (status !== 200 || !json?.token) throw new Error(`Login failed for ${email}: ${status} ${JSON.stringify(json)}`)
  return json.token as string
}

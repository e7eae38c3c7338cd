import { isDatabaseUnavailable } from '../../src/db/databaseUnavailable'

const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: select 1\nparams: '), { cause })

describe('isDatabaseUnavailable', () => {
  it('should recognise a pool with no free connection, however deeply wrapped', () => {
    const poolTimeout = new Error('timeout exceeded when trying to connect')
    expect(isDatabaseUnavailable(poolTimeout)).toBe(true)
    expect(isDatabaseUnavailable(wrapped(poolTimeout))).toBe(true)
    expect(isDatabaseUnavailable({ message: 'GraphQL', originalError: wrapped(poolTimeout) })).toBe(true)
  })

  it('should recognise a database that is down, restarting or full', () => {
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })))).toBe(true)
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })], ''))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('sorry, too many clients already'), { code: '53300' }))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
  })

  it('should leave every other error alone', () => {
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' })))).toBe(false)
    expect(isDatabaseUnavailable(new Error('The following field is invalid: title'))).toBe(false)
    expect(isDatabaseUnavailable(null)).toBe(false)
    expect(isDatabaseUnavailable('timeout')).toBe(false)
    const loop: { cause?: unknown } = {}
    loop.cause = loop
    expect(isDatabaseUnavailable(loop)).toBe(false)
  })
})

import type { RequestHandler } from 'express'

/**
 * Headers every response carries. The admin panel needs inline scripts and styles, so the
 * content security policy here restricts where things load from and who may frame pages,
 * not inline code; the public site tightens it further where it can.
 */
export const securityHeaderValues = ({ isHttps }: { isHttps: boolean }): Record<string, string> => ({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'",
  ...(isHttps ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
})

/** The public site's pages carry no script at all (src/http/publicPages.ts strips Next's), so none may run. */
export const PUBLIC_PAGE_CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'none'; font-src 'self' data:; connect-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'"

export const securityHeaders = ({ isHttps }: { isHttps: boolean }): RequestHandler => {
  const headers = Object.entries(securityHeaderValues({ isHttps }))
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value)
    next()
  }
}

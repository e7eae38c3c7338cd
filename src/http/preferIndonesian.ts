import type { RequestHandler } from 'express'

const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin speaks Indonesian unless the person chose otherwise. Payload would follow the
 * browser's Accept-Language first; until the language cookie is set (it is set when a user
 * picks English in the admin), Indonesian is what the admin and the API messages use.
 */
export const hasChosenLanguage = (cookie: string | undefined) => (cookie ?? '').split(';').some((part) => part.trim().startsWith(`${LANGUAGE_COOKIE}=`))

export const preferIndonesian: RequestHandler = (req, _res, next) => {
  if (!hasChosenLanguage(req.headers.cookie) && (req.path.startsWith('/admin') || req.path.startsWith('/api'))) {
    req.headers['accept-language'] = 'id'
  }
  next()
}

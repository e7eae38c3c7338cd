import type { NextFunction, Request, Response } from 'express'

import { CLIENT_ADDRESS_HEADER } from '../constants'

/**
 * Tells Payload's hooks where a request came from (they see a Web Request, without the socket).
 * Whatever a client sent under this name is replaced, so it cannot pose as another address;
 * behind a proxy, TRUST_PROXY=true makes `req.ip` the address the proxy reports.
 */
export const stampClientAddress = (req: Request, _res: Response, next: NextFunction) => {
  req.headers[CLIENT_ADDRESS_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
  next()
}

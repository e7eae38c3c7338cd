import { robotsResponse } from '../../../site/sitemap'

export const dynamic = 'force-dynamic'

/** `/robots.txt`. */
export async function GET(): Promise<Response> {
  return robotsResponse()
}

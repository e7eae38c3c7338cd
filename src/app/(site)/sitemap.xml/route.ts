import { sitemapResponse } from '../../../site/sitemap'

export const dynamic = 'force-dynamic'

/** `/sitemap.xml`: every public page in both languages, with hreflang alternates. */
export async function GET(): Promise<Response> {
  return sitemapResponse()
}

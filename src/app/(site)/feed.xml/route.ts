import { atomFeedResponse } from '../../../site/feed'

export const dynamic = 'force-dynamic'

/** `/feed.xml`: the Atom feed of approved progress reports and new commitments, in Indonesian. */
export async function GET(): Promise<Response> {
  return atomFeedResponse('id')
}

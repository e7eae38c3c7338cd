import { atomFeedResponse } from '../../../../site/feed'

export const dynamic = 'force-dynamic'

/** `/en/feed.xml`: the Atom feed of approved progress reports and new commitments, in English. */
export async function GET(): Promise<Response> {
  return atomFeedResponse('en')
}

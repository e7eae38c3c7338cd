import { openDataFileResponse } from '../../../../../site/exports/load'

export const dynamic = 'force-dynamic'

/** `/en/data/<name>.csv|json`: an open data download in English; 404 for any other name. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return openDataFileResponse('en', (await params).file)
}

import { openDataFileResponse } from '../../../../site/exports/load'

export const dynamic = 'force-dynamic'

/** `/data/<name>.csv|json`: an open data download in Indonesian; 404 for any other name. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return openDataFileResponse('id', (await params).file)
}

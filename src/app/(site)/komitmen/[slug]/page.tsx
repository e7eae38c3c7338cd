import { CommitmentPage, commitmentMetadata } from '../../../../site/pages/CommitmentPage'
import { decodeSegment } from '../../../../site/publicValues'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props) => commitmentMetadata('id', decodeSegment((await params).slug))

export default async function Page({ params }: Props) {
  return <CommitmentPage lang="id" slug={decodeSegment((await params).slug)} />
}

import { CommitmentPage, commitmentMetadata } from '../../../../../site/pages/CommitmentPage'
import { decodeSegment } from '../../../../../site/publicValues'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props) => commitmentMetadata('en', decodeSegment((await params).slug))

export default async function Page({ params }: Props) {
  return <CommitmentPage lang="en" slug={decodeSegment((await params).slug)} />
}

import { CommitmentPage, commitmentMetadata } from '../../../../site/pages/CommitmentPage'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props) => commitmentMetadata('id', decodeURIComponent((await params).slug))

export default async function Page({ params }: Props) {
  return <CommitmentPage lang="id" slug={decodeURIComponent((await params).slug)} />
}

import { CommitmentPage, commitmentMetadata } from '../../../../../site/pages/CommitmentPage'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props) => commitmentMetadata('en', decodeURIComponent((await params).slug))

export default async function Page({ params }: Props) {
  return <CommitmentPage lang="en" slug={decodeURIComponent((await params).slug)} />
}

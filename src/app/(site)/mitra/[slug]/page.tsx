import { PartnerPage, partnerMetadata } from '../../../../site/pages/PartnerPages'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props) => partnerMetadata('id', decodeURIComponent((await params).slug))

export default async function Page({ params }: Props) {
  return <PartnerPage lang="id" slug={decodeURIComponent((await params).slug)} />
}

import { SearchPage, searchMetadata } from '../../../../site/pages/SearchPage'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const generateMetadata = async ({ searchParams }: Props) => searchMetadata('en', await searchParams)

export default async function Page({ searchParams }: Props) {
  return <SearchPage lang="en" searchParams={await searchParams} />
}

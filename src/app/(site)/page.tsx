import { loadHomePage } from '../../site/publicData'

export const dynamic = 'force-dynamic'

const formatPercent = (value: number | null | undefined) =>
  typeof value === 'number'
    ? new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(value) + '%'
    : 'Belum ada data'

const ProgressBar = ({ value, label }: { value: number | null | undefined; label: string }) => (
  <div className="progress">
    <div
      className="progress-track"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={typeof value === 'number' ? value : undefined}
    >
      <div className="progress-fill" style={{ width: `${typeof value === 'number' ? value : 0}%` }} />
    </div>
    <span className="progress-value">{formatPercent(value)}</span>
  </div>
)

const HomePage = async () => {
  const { settings, roadmap, strategies } = await loadHomePage({ locale: 'id' })
  return (
    <>
      {settings.demoData ? (
        <p className="demo-notice" role="note">
          <strong>Data contoh / demo data.</strong> Status, tanggal, tonggak capaian dan angka kemajuan di situs ini
          adalah contoh ilustratif, bukan data resmi. Fakta bersumber (judul peta jalan, dasar hukum, organisasi,
          indikator) dicantumkan apa adanya.
        </p>
      ) : null}
      {roadmap ? (
        <>
          <h1>{roadmap.title}</h1>
          <p className="muted">
            {roadmap.legalBasis} · {roadmap.periodStart}–{roadmap.periodEnd}
          </p>
          <h2>Kemajuan keseluruhan</h2>
          <ProgressBar value={roadmap.progress} label="Kemajuan keseluruhan peta jalan" />
          <h2>Strategi</h2>
          {strategies.length === 0 ? (
            <p>Belum ada strategi yang dipublikasikan.</p>
          ) : (
            <ul className="strategies">
              {strategies.map((strategy) => (
                <li key={strategy.id}>
                  <h3>
                    {strategy.code}. {strategy.title}
                  </h3>
                  <ProgressBar value={strategy.progress} label={`Kemajuan strategi ${strategy.title}`} />
                </li>
              ))}
            </ul>
          )}
          <p className="muted">
            Kemajuan dihitung dari tonggak capaian yang telah dipublikasikan dan ditinjau sekretariat.
          </p>
        </>
      ) : (
        <>
          <h1>Lentera</h1>
          <p>Belum ada peta jalan yang ditetapkan dan dipublikasikan. Silakan kembali lagi nanti.</p>
        </>
      )}
    </>
  )
}

export default HomePage

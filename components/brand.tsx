export function Brand({ subtitle }: { subtitle?: string }) {
  return (
    <header className="brand">
      <img src="/icon/32.png" alt="" />
      <h1>Rebound</h1>
      {subtitle && <span className="muted">{subtitle}</span>}
    </header>
  );
}

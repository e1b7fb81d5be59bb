export function App() {
  return <main>Rebound</main>;
}

export function App() {
  return (
    <main>
      <h1>Connects Budget</h1>
      <p>Your Upwork Connects ledger, in your browser.</p>
    </main>
  );
}

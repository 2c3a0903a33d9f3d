import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <section>
      <title>Page not found · Connects Budget</title>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>.
      </p>
      <p>
        Go to the <Link to="/">dashboard</Link>, the <Link to="/ledger">ledger</Link> or{' '}
        <Link to="/settings">settings</Link>.
      </p>
    </section>
  );
}

/** For a newcomer: how to get the history out of the platform, which offers no download. */
export function ImportGuide() {
  return (
    <aside className="card import-guide" aria-labelledby="import-guide-h">
      <h2 id="import-guide-h">How to get your history</h2>
      <p className="muted">Upwork’s Connects History page has no download button, so copy it:</p>
      <ol>
        <li>
          On Upwork, open the <strong>Connects History</strong> page.
        </li>
        <li>
          Choose <strong>the last 90 days</strong>, the longest period it shows.
        </li>
        <li>
          Select the whole page (<kbd>Ctrl</kbd>+<kbd>A</kbd>, or <kbd>⌘</kbd>+<kbd>A</kbd> on a
          Mac) and copy it (<kbd>Ctrl</kbd>+<kbd>C</kbd>).
        </li>
        <li>Paste it here and choose Preview. Nothing is saved until you confirm.</li>
      </ol>
      <p className="muted">
        Or save the copied text as a .txt file, or keep a CSV (date, action, details, Connects) and
        drop it here. Importing again later adds only the rows you do not have yet.
      </p>
      <p className="muted">
        Keep what became of each proposal in a spreadsheet? Columns such as Status, Stage, Earned,
        Tags, Hire rate and Payment verified are read too. A CSV of just date, details and those
        columns updates the proposals you already have, and adds nothing.
      </p>
    </aside>
  );
}

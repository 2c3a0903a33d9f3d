/**
 * Resolves once the opening page has drawn what it draws late (the dashboard's charts). The
 * app loads the other pages' code in the background only after it: evaluating that code in an
 * idle moment while the page waits for its charts' chunk would hold the charts up.
 */
let resolveDrawn: () => void = () => {};

export const firstDrawn = new Promise<void>((resolve) => {
  resolveDrawn = resolve;
});

export function markFirstDrawn(): void {
  resolveDrawn();
}

/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker (vite.config.ts) and offers a new release when one is waiting.
 * The app never reloads by itself for an update: a form may hold unsaved input. Only the click
 * on "Reload to update" activates the new worker and reloads this tab; another tab's click
 * makes this one say so and wait for its own. Registration starts once the opening page is
 * drawn, its code loaded only then, so it costs the first screen nothing.
 */
import { useEffect, useRef, useState } from 'react';
import { openingDrawn } from './pages';

/** How often an open tab asks whether a new release is out (the browser also does on each load). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

type Offer = 'waiting' | 'activated-elsewhere' | null;

export function UpdatePrompt() {
  const [offer, setOffer] = useState<Offer>(null);
  const activate = useRef<(() => Promise<void>) | null>(null);
  const chosen = useRef(false);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setInterval> | undefined;
    void openingDrawn()
      .then(() => (live ? import('virtual:pwa-register') : null))
      .then((module) => {
        if (!module || !live) return;
        activate.current = module.registerSW({
          immediate: true,
          onNeedRefresh: () => setOffer('waiting'),
          // The new worker took over: from this tab's click, or from another tab's.
          onNeedReload: () =>
            chosen.current ? window.location.reload() : setOffer('activated-elsewhere'),
          onRegisteredSW: (_url, registration) => {
            if (!registration || !live) return;
            timer = setInterval(() => {
              if (navigator.onLine) registration.update().catch(() => {});
            }, CHECK_EVERY_MS);
          },
          // No worker (a browser without them, or blocked): the app works as before, online.
          onRegisterError: () => {},
        });
      });
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);

  function update(): void {
    chosen.current = true;
    if (offer === 'waiting' && activate.current) void activate.current();
    else window.location.reload();
  }

  return (
    <div role="status" className={offer ? 'banner banner--info update-prompt' : undefined}>
      {offer && (
        <>
          <p className="update-prompt__text">
            {offer === 'waiting'
              ? 'A new version of Connects Budget is ready.'
              : 'A new version of Connects Budget was started in another tab.'}
          </p>
          <button type="button" className="button button--small" onClick={update}>
            Reload to update
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setOffer(null)}
          >
            Later
          </button>
        </>
      )}
    </div>
  );
}

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

const reloadPage = (): void => window.location.reload();

export function UpdatePrompt({ reload = reloadPage }: { reload?: () => void }) {
  const [offer, setOffer] = useState<Offer>(null);
  const activate = useRef<(() => Promise<void>) | null>(null);
  const chosen = useRef(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    let live = true;
    let timer: ReturnType<typeof setInterval> | undefined;
    // A new worker took over: after this tab's click, or another tab's. (Workbox's own signal
    // for this misses a tab that was not controlled when it registered: the first visit's.)
    let controlled = container.controller !== null;
    const onControllerChange = (): void => {
      // The first visit's worker taking over (clientsClaim) is no new release.
      if (!controlled) controlled = true;
      else if (chosen.current) reload();
      else setOffer('activated-elsewhere');
    };
    container.addEventListener('controllerchange', onControllerChange);
    void openingDrawn()
      .then(() => (live ? import('virtual:pwa-register') : null))
      .then((module) => {
        if (!module || !live) return;
        activate.current = module.registerSW({
          immediate: true,
          onNeedRefresh: () => setOffer('waiting'),
          // Given, so that the plugin does not reload by itself: onControllerChange decides.
          onNeedReload: () => {},
          onRegisteredSW: (_url, registration) => {
            if (!registration || !live) return;
            timer = setInterval(() => {
              if (navigator.onLine) registration.update().catch(() => {});
            }, CHECK_EVERY_MS);
          },
          // No worker (blocked, or refused): the app works as before, online.
          onRegisterError: () => {},
        });
      });
    return () => {
      live = false;
      clearInterval(timer);
      container.removeEventListener('controllerchange', onControllerChange);
    };
  }, [reload]);

  function update(): void {
    chosen.current = true;
    if (offer === 'waiting' && activate.current) void activate.current();
    else reload();
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

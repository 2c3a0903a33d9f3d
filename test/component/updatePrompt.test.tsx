// @vitest-environment jsdom
/**
 * The update message's decisions, with the service worker's signals played by hand (a real
 * worker is in test/e2e/update.spec.ts): offered, never reloading by itself, reloading once
 * asked, and saying so when another tab took the new release.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'virtual:pwa-register';
import { UpdatePrompt } from '../../src/app/UpdatePrompt';

const registered = vi.hoisted(() => ({
  options: null as RegisterSWOptions | null,
  activate: vi.fn(async () => {}),
}));

vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    registered.options = options;
    return registered.activate;
  },
}));

/** navigator.serviceWorker as far as the prompt uses it: its controller and controllerchange. */
class FakeContainer extends EventTarget {
  constructor(public controller: object | null) {
    super();
  }
  takeOver(): void {
    this.controller = {};
    this.dispatchEvent(new Event('controllerchange'));
  }
}

function withContainer(controller: object | null): FakeContainer {
  const container = new FakeContainer(controller);
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  return container;
}

async function mount(reload: () => void): Promise<void> {
  render(<UpdatePrompt reload={reload} />);
  await vi.waitFor(() => expect(registered.options).not.toBeNull());
}

describe('UpdatePrompt', () => {
  beforeEach(() => {
    registered.options = null;
    registered.activate.mockClear();
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('offers a waiting release, and reloads only once the user asks and the new worker is in', async () => {
    const container = withContainer({});
    const reload = vi.fn();
    await mount(reload);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    act(() => registered.options?.onNeedRefresh?.());
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of Connects Budget is ready.',
    );
    expect(reload).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(registered.activate).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    act(() => container.takeOver());
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never reloads for another tab’s update: it says so and waits for a click', async () => {
    const container = withContainer({});
    const reload = vi.fn();
    await mount(reload);
    act(() => registered.options?.onNeedRefresh?.());
    act(() => container.takeOver());
    // The plugin's own "reload now" signal is taken over too.
    act(() => registered.options?.onNeedReload?.());
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of Connects Budget was started in another tab.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(registered.activate).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('takes the first visit’s worker taking over for no update', async () => {
    const container = withContainer(null);
    const reload = vi.fn();
    await mount(reload);
    act(() => container.takeOver());
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(reload).not.toHaveBeenCalled();
  });

  it('"Later" puts the offer away without reloading', async () => {
    withContainer({});
    const reload = vi.fn();
    await mount(reload);
    act(() => registered.options?.onNeedRefresh?.());
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(reload).not.toHaveBeenCalled();
  });
});

import { afterEach, beforeEach, vi } from 'vitest';

export interface Download {
  name: string;
  blob: Blob;
}

/**
 * What the page downloads in each test of the calling file (the app saves a file by clicking an
 * anchor to a blob URL; jsdom has neither). The array is emptied before each test.
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  beforeEach(() => {
    downloads.length = 0;
    let lastBlob: Blob | null = null;
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          lastBlob = blob;
          return 'blob:test';
        },
        revokeObjectURL: () => {},
      }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push({ name: this.download, blob: lastBlob as Blob });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return downloads;
}

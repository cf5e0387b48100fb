import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, never a downloaded one. Without the networking flags Chromium keeps
 * calling home and hammers this machine's closed network. playwright gives every launch a fresh
 * temporary profile of its own.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.PATRON_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

import { defineConfig } from '@playwright/test';

// Runs against the built site (`npm run build` first; `npm test` does that) served as a static host would.
// Debian's Chromium: test tools cannot download their own browser on this network.
export const PORT = Number(process.env.SKC_E2E_PORT ?? 4329);

export default defineConfig({
  testDir: './e2e',
  outputDir: './.output/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: './.output/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  webServer: {
    command: `node e2e/support/static-server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/nl/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Vendor groups that change rarely, so a release only invalidates the app's own chunks. */
const vendorChunks: Record<string, RegExp> = {
  react: /node_modules\/(react|react-dom|react-router|scheduler)\//,
  antd: /node_modules\/(antd|@ant-design|@rc-component|rc-[^/]+|@babel\/runtime)\//,
  i18n: /node_modules\/(i18next|react-i18next|dayjs)\//,
  query: /node_modules\/(@tanstack|openapi-fetch)\//,
};

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // antd alone is ~1 MB minified (~330 kB gzip); it is one cacheable vendor chunk.
    chunkSizeWarningLimit: 1400,
    rollupOptions: {
      output: {
        manualChunks(id) {
          for (const [name, pattern] of Object.entries(vendorChunks)) {
            if (pattern.test(id)) return name;
          }
          return undefined;
        },
      },
    },
  },
  server: {
    // The web app imports pure helpers from ../src/domain.
    fs: { allow: [repoRoot] },
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});

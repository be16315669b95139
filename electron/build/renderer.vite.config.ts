// Builds the renderer into dist/renderer: relative asset paths (served from app:// in the
// window and from a local server in the browser tests), and the same Content-Security-Policy
// the main process sends, as a meta tag, so every way of loading the page is held to it.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../security/content-security-policy.ts';

// Lives with the other build scripts (it is Node code); builds the renderer folder.
const here = fileURLToPath(new URL('../../renderer/', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [
    react(),
    {
      name: 'kaoping-csp',
      transformIndexHtml: (html) => html.replace('%CSP%', META_CONTENT_SECURITY_POLICY),
    },
  ],
  build: {
    outDir: fileURLToPath(new URL('../../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});

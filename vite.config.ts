/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { datasetPlugin } from './scripts/build/dataset-plugin'
import { pwaOptions } from './scripts/build/pwa-options'

// Hosting under a sub-path: PLENARY_BASE=/plenary/ npm run build
const base = process.env.PLENARY_BASE || '/'

export default defineConfig({
  base,
  // The service worker is generated again after prerendering: see scripts/build/pwa-options.ts.
  plugins: [react(), datasetPlugin(), VitePWA(pwaOptions(base))],
  build: {
    // Separate output folders let several builds (e.g. two checkouts' test runs) coexist.
    outDir: process.env.PLENARY_OUT_DIR || 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
})

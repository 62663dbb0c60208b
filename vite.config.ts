/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { datasetPlugin } from './scripts/build/dataset-plugin'

// Hosting under a sub-path: PLENARY_BASE=/plenary/ npm run build
const base = process.env.PLENARY_BASE || '/'

export default defineConfig({
  base,
  plugins: [react(), datasetPlugin()],
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

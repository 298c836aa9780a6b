// @ts-check
// The Starlight peer of `npm run bench` (bench/peer.ts): a documentation site with a small sidebar,
// built from the same generated notes as emr-prep so the two build times are compared in one run.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  outDir: process.env.PEER_OUT_DIR ?? './dist',
  integrations: [
    starlight({
      title: 'Peer',
      sidebar: [{ label: 'Home', link: '/' }],
    }),
  ],
});

#!/usr/bin/env node
// The emr-prep command: runs the TypeScript CLI (src/cli/main.ts) through tsx, so `npx emr-prep`
// works right after `npm install` without a compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

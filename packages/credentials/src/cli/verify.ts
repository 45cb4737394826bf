#!/usr/bin/env -S npx tsx
/**
 * Offline verifier for SheBalance credentials (Open Badges 3.0 VC-JWT):
 *   npx tsx packages/credentials/src/cli/verify.ts credential.jwt --key issuer-public.jwk [--status status-list.jwt]
 * Needs no server and no network: the schema and contexts are bundled.
 */
import { runVerifyCli } from './verify-cli';

process.exitCode = await runVerifyCli(process.argv.slice(2));

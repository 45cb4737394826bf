import type { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

export type TfBackendName = 'wasm' | 'cpu';

export interface TfBackendInfo {
  name: TfBackendName;
  /** Whether the WASM binary with SIMD instructions was chosen (WASM only). */
  simd: boolean;
  /** Why the cpu backend was used, when it was. */
  fallbackReason?: string;
}

const require = createRequire(import.meta.url);

/**
 * Folder holding the `.wasm` binaries of @tensorflow/tfjs-backend-wasm, with a trailing separator.
 * Under Node the Emscripten loader reads a plain file path with node:fs (it does not use fetch),
 * so a filesystem prefix works; the package's `main` lives in that same `dist/` folder.
 */
export function wasmBinaryDir(): string {
  return path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')) + path.sep;
}

let backendPromise: Promise<TfBackendInfo> | undefined;

/**
 * Select the tfjs backend once per process: WASM (SIMD when the CPU has it, single-threaded),
 * falling back to the pure-JS cpu backend only when WASM cannot initialise.
 * Set SHEBALANCE_TF_BACKEND=cpu to force the fallback (for comparisons).
 */
export function initTfBackend(): Promise<TfBackendInfo> {
  backendPromise ??= selectBackend().catch((error: unknown) => {
    backendPromise = undefined;
    throw error;
  });
  return backendPromise;
}

async function selectBackend(): Promise<TfBackendInfo> {
  if (process.env.SHEBALANCE_TF_BACKEND === 'cpu') return useCpu('forced by SHEBALANCE_TF_BACKEND=cpu');
  let reason = 'tf.setBackend("wasm") returned false';
  const restoreProcessHandlers = snapshotProcessHandlers();
  try {
    setWasmPaths(wasmBinaryDir());
    if (await tf.setBackend('wasm')) {
      await tf.ready();
      const simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
      return { name: 'wasm', simd };
    }
  } catch (error) {
    reason =
      error instanceof Error ? error.message : String((error as { message?: string })?.message ?? error);
  } finally {
    restoreProcessHandlers();
  }
  return useCpu(reason);
}

const PROCESS_EVENTS = ['uncaughtException', 'unhandledRejection'] as const;

/**
 * The Emscripten runtime inside tfjs-backend-wasm installs process-wide 'uncaughtException' and
 * 'unhandledRejection' listeners that rethrow. They override the application's own handling
 * (and print the whole minified runtime as the crash site), so the listeners that appeared
 * while the backend initialised are removed again, leaving Node's behaviour as it was.
 */
function snapshotProcessHandlers(): () => void {
  const emitter: EventEmitter = process;
  const before = new Map(PROCESS_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  return () => {
    for (const event of PROCESS_EVENTS) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)?.has(listener))
          emitter.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
  };
}

async function useCpu(reason: string): Promise<TfBackendInfo> {
  if (!(await tf.setBackend('cpu'))) throw new Error(`No tfjs backend could initialise (wasm: ${reason})`);
  await tf.ready();
  return { name: 'cpu', simd: false, fallbackReason: reason };
}

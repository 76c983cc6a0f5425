import type { NewsdeskBridge } from '../shared/contract/bridge';

declare global {
  interface Window {
    /** Exposed by the preload (or the end-to-end harness); the renderer's only way to main. */
    readonly newsdesk: NewsdeskBridge;
  }
}

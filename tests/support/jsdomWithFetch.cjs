'use strict';
/**
 * jsdom with Node's fetch classes: the data layer runs in-process against the local SharePoint
 * (PnPjs builds Request/Response objects), so component tests need them alongside the DOM.
 */
const { TestEnvironment } = require('jest-environment-jsdom');

const NODE_GLOBALS = ['Response', 'Request', 'Headers', 'fetch', 'TextEncoder', 'TextDecoder', 'structuredClone', 'ReadableStream', 'WritableStream', 'TransformStream', 'setImmediate', 'clearImmediate'];

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of NODE_GLOBALS) {
      if (globalThis[name] !== undefined) {
        this.global[name] = globalThis[name];
      }
    }
    // Browsers have Web Crypto (`crypto.subtle.digest`); jsdom has only getRandomValues. Node's
    // Web Crypto is the same API, so the approval hashes run as in a browser.
    if (!this.global.crypto || !this.global.crypto.subtle) {
      Object.defineProperty(this.global, 'crypto', { value: globalThis.crypto, configurable: true, writable: true });
    }
  }
}

module.exports = JsdomWithFetchEnvironment;

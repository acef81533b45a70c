/**
 * The task pane runs in a browser, whose DOMParser reads the registry part. Jest runs in Node,
 * which has none: this gives it jsdom's (importing this module is enough).
 */
import { JSDOM } from "jsdom";

if (typeof globalThis.DOMParser === "undefined")
  globalThis.DOMParser = new JSDOM("").window.DOMParser;

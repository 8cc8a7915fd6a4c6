// Screens that load their code when first opened: the patient list and the record load with the app, the rest in
// chunks of their own (esbuild's splitting), fetched in the background once the first screen is up.

import type { ComponentType, JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { Loading } from "./kit";

const loaders: (() => Promise<unknown>)[] = [];
const PREFETCH_AFTER_MS = 4000;

/** A component whose code is loaded by `load` the first time it renders (or when prefetched). */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => JSX.Element {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () => (loading ??= load().then((component) => (loaded = component)));
  loaders.push(start);
  return function Lazy(props: P) {
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      if (!loaded) {
        let live = true;
        start().then(() => live && setReady(true), () => live && setReady(false));
        return () => {
          live = false;
        };
      }
    }, []);
    const Component = loaded;
    return Component ? <Component {...props} /> : <Loading />;
  };
}

/** Loads every lazy screen's code while the device is idle, so that opening one later needs no network. */
export function prefetchScreens() {
  const idle = (window as { requestIdleCallback?: (callback: () => void) => void }).requestIdleCallback ?? ((callback: () => void) => callback());
  // after the first screen's own requests, which a slow network must not share with these
  setTimeout(() => idle(() => loaders.forEach((start) => start().catch(() => undefined))), PREFETCH_AFTER_MS);
}

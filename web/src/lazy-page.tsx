import { lazy, type ComponentType } from 'react';

/**
 * A page whose code is its own chunk, fetched when first opened or when `preload` is called.
 * Once the code is here the page renders at once: `React.lazy` alone suspends on its first render
 * even when the chunk has already arrived, and React holds a revealed boundary back for up to
 * 300 ms, which the page a link opened would otherwise wait for.
 */
export function lazyPage<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): { Page: ComponentType<Props>; preload: () => Promise<unknown> } {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A chunk that failed to arrive is fetched again the next time the page is opened.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  function Page(props: Props) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Suspending {...props} />;
  }
  return { Page, preload };
}

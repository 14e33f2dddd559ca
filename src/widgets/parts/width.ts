import { useLayoutEffect, useState, type MutableRef } from 'preact/hooks';

/**
 * The width an element is laid out at, in CSS pixels, following resizes: undefined on the server, before mounting and
 * while hidden. A figure draws in a viewBox this wide, so that one unit is one pixel and its labels keep their size.
 */
export function useWidth(ref: MutableRef<Element | null>): number | undefined {
  const [width, setWidth] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const read = () => setWidth(Math.round(element.getBoundingClientRect().width) || undefined);
    read();
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return width;
}

// The home page's script: its live figure is server-rendered at the defaults and hydrated on the reader's first
// interaction with it (a pointer over it, a touch, a focus), so the page runs almost no JavaScript at load. Arrow
// keys pressed and text typed while its code loads are handed to the figure once it is live, so none is lost.

const WAKE = ['pointerover', 'touchstart', 'focusin', 'keydown'];

/** Hydrates the figure marked data-widget="home-figure" on first interaction. */
export function startHomeFigure(): void {
  const figure = document.querySelector<HTMLElement>('[data-widget="home-figure"]');
  if (!figure) return;
  const early: KeyboardEvent[] = [];
  let loading: Promise<void> | undefined;
  const wake = (event: Event) => {
    if (event instanceof KeyboardEvent && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      early.push(event);
    }
    loading ??= import('./home-figure.ts').then(async ({ hydrateHomeFigure }) => {
      // The listeners stay until the figure is live: a key pressed while it hydrates is kept too, not lost on a field
      // that has no handler yet (a test under load pressed ArrowUp in that gap).
      await hydrateHomeFigure(figure);
      WAKE.forEach((type) => figure.removeEventListener(type, wake, true));
      // Text typed before hydration is still in its field: an input event hands it to the figure.
      for (const field of figure.querySelectorAll('input')) {
        if (field.value !== field.defaultValue) field.dispatchEvent(new Event('input', { bubbles: true }));
      }
      for (const key of early) {
        await new Promise((resolve) => setTimeout(resolve)); // each nudge starts from the value the last one set
        key.target?.dispatchEvent(
          new KeyboardEvent('keydown', { key: key.key, shiftKey: key.shiftKey, bubbles: true }),
        );
      }
      figure.dataset.hydrated = 'true';
    });
  };
  WAKE.forEach((type) => figure.addEventListener(type, wake, { capture: true, passive: type === 'touchstart' }));
}

/**
 * How long the page's main thread is blocked: long tasks (over 50 ms, from the browser's own
 * PerformanceObserver) and the lag of a 10 ms timer loop (catches shorter blocks). Passed to
 * `page.evaluate`, so the functions must not close over anything.
 */
export function installMainThreadProbe(): void {
  const probe = { longTasks: [] as number[], maxLag: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    probe.maxLag = Math.max(probe.maxLag, now - last - 10);
    last = now;
    setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
  (window as unknown as { mainThreadProbe: typeof probe }).mainThreadProbe = probe;
}

/** The figures since the last call: total long-task time and the worst timer lag, in ms. */
export function takeMainThreadFigures(): { longTaskMs: number; maxLagMs: number } {
  const probe = (window as unknown as { mainThreadProbe: { longTasks: number[]; maxLag: number } }).mainThreadProbe;
  const figures = { longTaskMs: probe.longTasks.reduce((sum, duration) => sum + duration, 0), maxLagMs: probe.maxLag };
  probe.longTasks = [];
  probe.maxLag = 0;
  return figures;
}

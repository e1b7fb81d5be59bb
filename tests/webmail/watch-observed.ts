/**
 * What the page's MutationObservers are registered on right now, rebuilt from
 * the observe/disconnect calls made since `trackObservers()`. The watcher's
 * cost in a real browser grows with the subtrees it observes, so tests assert
 * on these registrations rather than on timings.
 */
export interface Registration {
  target: Node;
  options: MutationObserverInit;
}

export function trackObservers(): () => Registration[] {
  const observe = vi.spyOn(MutationObserver.prototype, 'observe');
  const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
  return () => {
    const events = [
      ...observe.mock.calls.map((args, i) => ({
        order: observe.mock.invocationCallOrder[i],
        observer: observe.mock.contexts[i] as MutationObserver,
        args,
      })),
      ...disconnect.mock.contexts.map((observer, i) => ({
        order: disconnect.mock.invocationCallOrder[i],
        observer: observer as MutationObserver,
        args: null,
      })),
    ].sort((a, b) => a.order - b.order);
    const live = new Map<MutationObserver, Map<Node, MutationObserverInit>>();
    for (const { observer, args } of events) {
      if (!args) live.delete(observer);
      else live.set(observer, (live.get(observer) ?? new Map()).set(args[0], args[1] ?? {}));
    }
    return [...live.values()].flatMap((targets) =>
      [...targets].map(([target, options]) => ({ target, options })),
    );
  };
}

/** The nodes observed with their whole subtree. */
export const deepTargets = (registrations: Registration[]) =>
  registrations.filter((r) => r.options.subtree).map((r) => r.target);

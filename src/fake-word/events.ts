import type { FakeRequestContext } from "./context";
import type { ModelEvents } from "./model";
import type { Mirror } from "./typing";

export class FakeEventHandlers<A> implements Mirror<OfficeExtension.EventHandlers<A>, "add" | "remove"> {
  private registrations = new Map<(args: A) => Promise<unknown>, () => void>();

  constructor(
    readonly context: FakeRequestContext,
    private readonly objectPath: string,
    private readonly apiSet: string,
    private readonly listen: (deliver: (args: A) => void) => ModelEvents,
  ) {}

  add(handler: (args: A) => Promise<unknown>): FakeEventHandlerResult<A> {
    this.context.requireApi(this.apiSet, this.objectPath);
    this.context.enqueue(() => {
      const stop = this.context.model.subscribe(this.listen((args) => void handler(args)));
      this.registrations.set(handler, stop);
    }, this.objectPath);
    return new FakeEventHandlerResult(this.context, this, handler);
  }

  /** Queued like any call: only inside a run of the context that added it (Word.run(result.context, …)). */
  remove(handler: (args: A) => Promise<unknown>): void {
    this.context.enqueue(() => {
      this.registrations.get(handler)?.();
      this.registrations.delete(handler);
    }, `${this.objectPath}.remove()`);
  }

  /** How many handlers are registered, for tests. */
  get count(): number {
    return this.registrations.size;
  }
}

export class FakeEventHandlerResult<A> implements Mirror<
  OfficeExtension.EventHandlerResult<A>,
  "context" | "remove"
> {
  constructor(
    readonly context: FakeRequestContext,
    private readonly handlers: FakeEventHandlers<A>,
    private readonly handler: (args: A) => Promise<unknown>,
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

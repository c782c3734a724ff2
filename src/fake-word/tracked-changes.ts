import { FakeClientObject, FakeCollection, type ScalarSpec } from "./client-object";
import type { FakeRequestContext } from "./context";
import type { DocumentCore } from "./model";
import type { Mirror } from "./typing";

/**
 * Tracked changes (WordApi 1.6): Body.getTrackedChanges lists each insertion and deletion not yet
 * accepted or rejected. On a Mac, Word gives a deletion's text as "" (office-js issue #5188); a
 * host built with `deletedTextHidden` does the same, so that the add-in cannot rely on it.
 */

type TrackedChangeNode = ReturnType<DocumentCore["trackedChanges"]>[number];

export class FakeTrackedChange
  extends FakeClientObject<TrackedChangeNode>
  implements Mirror<Word.TrackedChange, "type" | "text" | "author">
{
  constructor(context: FakeRequestContext, path: string, resolver: () => TrackedChangeNode | null) {
    super(context, path, resolver);
  }

  protected scalars(): Record<string, ScalarSpec<TrackedChangeNode>> {
    return {
      type: { apiSet: "WordApi 1.6", get: (change) => change.type },
      text: {
        apiSet: "WordApi 1.6",
        get: (change) =>
          change.type === "Deleted" && this.context.host.quirks?.deletedTextHidden ? "" : change.text,
      },
      author: { apiSet: "WordApi 1.6", get: (change) => change.author },
    };
  }

  get type(): Word.TrackedChange["type"] {
    return this.read("type");
  }

  get text(): string {
    return this.read("text");
  }

  get author(): string {
    return this.read("author");
  }
}

export class FakeTrackedChangeCollection
  extends FakeCollection<TrackedChangeNode, FakeTrackedChange>
  implements Mirror<Word.TrackedChangeCollection, "items">
{
  constructor(context: FakeRequestContext, path: string, resolver: () => TrackedChangeNode[]) {
    super(context, path, resolver);
  }

  protected createItem(node: TrackedChangeNode, index: number): FakeTrackedChange {
    return new FakeTrackedChange(this.context, `${this.objectPath}.items[${index}]`, () => node);
  }
}

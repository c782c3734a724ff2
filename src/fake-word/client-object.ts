import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { LoadOption } from "./typing";

export type ScalarValue = string | number | boolean | null | object;

export interface ScalarSpec<N> {
  apiSet: string;
  get(node: N): ScalarValue;
  set?(node: N, value: unknown): void;
}

export interface NavigationSpec {
  apiSet: string;
  get(): FakeClientObject<unknown>;
}

function parseLoadOption(option: LoadOption | undefined): string[] {
  if (option === undefined) return [];
  const select = typeof option === "string" || Array.isArray(option) ? option : (option.select ?? []);
  const list = typeof select === "string" ? select.split(",") : select;
  return list.map((name) => name.trim()).filter((name) => name.length > 0);
}

export abstract class FakeClientObject<N> {
  private resolution: { node: N | null } | undefined;
  private loadedValues = new Map<string, ScalarValue>();
  private nullObjectKnown: boolean | undefined;

  protected constructor(
    readonly context: FakeRequestContext,
    /** How Office would name the object path, for error messages. */
    readonly objectPath: string,
    private readonly resolver: () => N | null,
  ) {}

  protected abstract scalars(): Record<string, ScalarSpec<N>>;

  protected navigations(): Record<string, NavigationSpec> {
    return {};
  }

  /** The model object behind the proxy, found the first time a sync needs it (as Office assigns an id). */
  resolveNode(): N | null {
    if (!this.resolution) {
      this.resolution = { node: this.resolver() };
      this.nullObjectKnown = this.resolution.node === null;
    }
    return this.resolution.node;
  }

  requireNode(): N {
    const node = this.resolveNode();
    if (node === null) throw new FakeOfficeError("ItemNotFound", `${this.objectPath} is a null object`);
    return node;
  }

  /** True for an *OrNullObject that found nothing; readable after a sync that loaded it. */
  get isNullObject(): boolean {
    if (this.nullObjectKnown === undefined) throw new FakeOfficeError("PropertyNotLoaded", "isNullObject");
    return this.nullObjectKnown;
  }

  load(option?: LoadOption): this {
    const properties = parseLoadOption(option);
    this.context.enqueue(() => this.applyLoad(properties), this.objectPath);
    return this;
  }

  /** At sync: copies the requested properties from the model; "a/b" loads b on navigation a. */
  applyLoad(properties: string[]): void {
    const node = this.resolveNode();
    if (node === null) return;
    const specs = this.scalars();
    const navigations = this.navigations();
    const wanted = properties.length === 0 ? Object.keys(specs) : properties;
    const nested = new Map<string, string[]>();
    const requirements = this.context.host.requirements;
    const supports = (apiSet: string) => requirements.supports(apiSet);
    for (const property of wanted) {
      const [head, ...rest] = property.split("/") as [string, ...string[]];
      const scalar = specs[head];
      if (scalar && rest.length === 0) {
        if (!supports(scalar.apiSet))
          this.context.requireApi(scalar.apiSet, `${this.constructor.name.replace("Fake", "")}.${head}`);
        this.loadedValues.set(head, scalar.get(node));
        continue;
      }
      const navigation = navigations[head];
      if (!navigation) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `'${head}' is not a property the fake ${this.constructor.name} knows`,
        );
      }
      if (!supports(navigation.apiSet))
        this.context.requireApi(navigation.apiSet, `${this.constructor.name.replace("Fake", "")}.${head}`);
      const list = nested.get(head) ?? [];
      if (rest.length > 0) list.push(rest.join("/"));
      nested.set(head, list);
    }
    for (const [head, rest] of nested) navigations[head]!.get().applyLoad(rest);
  }

  protected read<T extends ScalarValue>(name: string): T {
    if (this.nullObjectKnown === true) {
      throw new FakeOfficeError("PropertyNotLoaded", `${name}' of a null object ('${this.objectPath}`);
    }
    if (!this.loadedValues.has(name)) throw new FakeOfficeError("PropertyNotLoaded", name);
    return this.loadedValues.get(name) as T;
  }

  protected write(name: string, value: unknown): void {
    const spec = this.scalars()[name];
    if (!spec?.set) throw new FakeOfficeError("InvalidArgument", `'${name}' cannot be set`);
    this.context.requireApi(spec.apiSet, name);
    this.context.enqueue(() => spec.set!(this.requireNode(), value), this.objectPath);
  }

  /** Queues a call; `apply` runs at sync. */
  protected call(apiSet: string, api: string, apply: () => void): void {
    this.context.requireApi(apiSet, api);
    this.context.enqueue(apply, this.objectPath);
  }

  protected navigation(apiSet: string, api: string): void {
    this.context.assertOpen(this.objectPath);
    this.context.requireApi(apiSet, api);
  }
}

/** A collection: `items` exists only after a load and a sync. */
export abstract class FakeCollection<N, Item extends FakeClientObject<unknown>> extends FakeClientObject<
  N[]
> {
  private loadedItems: Item[] | undefined;

  protected abstract createItem(node: N, index: number): Item;

  get items(): Item[] {
    if (!this.loadedItems) throw new FakeOfficeError("PropertyNotLoaded", "items");
    return this.loadedItems;
  }

  protected scalars(): Record<string, ScalarSpec<N[]>> {
    return {};
  }

  /** "items/text" and "text" both load text on every item, as in Office. */
  override applyLoad(properties: string[]): void {
    // A collection reached from a null object is a null object too: it loads nothing, and its
    // items stay unreadable (isNullObject says why).
    const nodes = this.resolveNode();
    if (nodes === null) return;
    const itemProperties = properties
      .map((property) =>
        property === "items" ? "" : property.startsWith("items/") ? property.slice(6) : property,
      )
      .filter((property) => property.length > 0);
    this.loadedItems = nodes.map((node, index) => {
      const item = this.createItem(node, index);
      item.applyLoad(itemProperties);
      return item;
    });
  }
}

/** OfficeExtension.ClientResult: its value can be read only after the sync that fetched it. */
export class FakeClientResult<T> implements Pick<OfficeExtension.ClientResult<T>, "value"> {
  private fetched: { value: T } | undefined;

  set(value: T): void {
    this.fetched = { value };
  }

  get value(): T {
    if (!this.fetched) throw new FakeOfficeError("PropertyNotLoaded", "value");
    return this.fetched.value;
  }
}

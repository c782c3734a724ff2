import { FakeClientObject, FakeCollection, type ScalarSpec, type ScalarValue } from "./client-object";
import type { FakeRequestContext } from "./context";
import type { Mirror } from "./typing";

function jsonCopy(value: unknown): ScalarValue {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as ScalarValue);
}

export class FakeSetting
  extends FakeClientObject<string>
  implements Mirror<Word.Setting, "key" | "value" | "delete">
{
  constructor(context: FakeRequestContext, path: string, resolver: () => string | null) {
    super(context, path, resolver);
  }

  protected scalars(): Record<string, ScalarSpec<string>> {
    return {
      key: { apiSet: "WordApi 1.4", get: (key) => key },
      value: {
        apiSet: "WordApi 1.4",
        get: (key) => jsonCopy(this.context.model.settings.get(key)),
        set: (key, value) => this.context.model.settings.set(key, jsonCopy(value)),
      },
    };
  }

  get key(): string {
    return this.read("key");
  }

  get value(): unknown {
    return this.read("value");
  }

  set value(value: unknown) {
    this.write("value", value);
  }

  delete(): void {
    this.call("WordApi 1.4", "Setting.delete", () => this.context.model.settings.delete(this.requireNode()));
  }
}

export class FakeSettingCollection
  extends FakeCollection<string, FakeSetting>
  implements Mirror<Word.SettingCollection, "items" | "add" | "getItemOrNullObject">
{
  constructor(context: FakeRequestContext) {
    super(context, "document.settings", () => [...context.model.settings.keys()]);
  }

  protected createItem(key: string, index: number): FakeSetting {
    return new FakeSetting(this.context, `${this.objectPath}.items[${index}]`, () => key);
  }

  add(key: string, value: unknown): FakeSetting {
    this.call("WordApi 1.4", "SettingCollection.add", () =>
      this.context.model.settings.set(key, jsonCopy(value)),
    );
    return new FakeSetting(this.context, `${this.objectPath}.add()`, () => key);
  }

  getItemOrNullObject(key: string): FakeSetting {
    this.navigation("WordApi 1.4", "SettingCollection.getItemOrNullObject");
    return new FakeSetting(this.context, `${this.objectPath}.getItemOrNullObject()`, () =>
      this.context.model.settings.has(key) ? key : null,
    );
  }
}

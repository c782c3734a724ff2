import { readFileSync } from "node:fs";
import { join } from "node:path";
import { words } from "../../src/taskpane/words";

/**
 * The help page (help.html, linked from the pane and the manifest) names buttons and says what
 * the add-in does; these tests hold it to what the pane, the ribbon and the README say.
 */
const root = join(__dirname, "..", "..");
const help = readFileSync(join(root, "src", "help", "help.html"), "utf8");
const readme = readFileSync(join(root, "README.md"), "utf8");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

/** Every string the pane can show as it stands (not the worded-with-a-count ones). */
function fixedWords(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(fixedWords);
  return [];
}
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .replace(/&apos;|&#39;/g, "'")
    .trim();

test("every control the help names in bold is one the pane or the ribbon shows, word for word", () => {
  const ribbon = [...manifest.matchAll(/<bt:String id="[^"]+" DefaultValue="([^"]+)"/g)].map((m) => m[1]!);
  const shown = new Set([...fixedWords(words), ...ribbon]);
  const named = [...help.matchAll(/<strong>([\s\S]*?)<\/strong>/g)].map((m) => plain(m[1]!));
  expect(named.length).toBeGreaterThan(10);
  expect(named.filter((label) => !shown.has(label))).toEqual([]);
});

test("the help covers each of the pane's tabs", () => {
  for (const tab of [words.tabs.write, words.tabs.review, words.tabs.teach]) {
    expect(help).toContain(`<strong>${tab}</strong> tab`);
  }
});

test("the hosts the README lists without comments are the ones the help says cannot add them", () => {
  const withoutComments = [...readme.matchAll(/^\| (Office [^|]+?) +\|[^|\n]+\| no: the pane says so/gm)].map(
    (m) => m[1]!.replace(/\s*\(.*\)$/, ""),
  );
  expect(withoutComments).toEqual(["Office LTSC 2021"]);
  for (const host of withoutComments) expect(plain(help)).toContain(`${host} cannot add comments`);
});

test("the ribbon's Insert template is described as the README describes it: it asks in a small window", () => {
  expect(readme).toMatch(/first asks for them in a small dialog/);
  expect(plain(help)).toMatch(/for a new document it first asks for them in a small window/);
});

test("the help makes the README's privacy promise: nothing leaves Word, no usage data, nothing in the browser", () => {
  expect(readme).toMatch(/## Privacy/);
  const text = plain(help);
  expect(text).toMatch(/Nothing you write leaves Word/);
  expect(text).toMatch(/sends no usage data/);
  expect(text).toMatch(/keeps nothing in your browser/);
});

import { familyViewOptions } from "./defaults/family-view";
import { z } from "zod";
import { findAllPhrases, type Span } from "../language";
import { defineRule } from "./define";
import { childTerms } from "../reading/child-name";
import { cannotBeAsked } from "../reading/child-age";
import { namedPeople } from "../reading/meaning";

type Holder = "child" | "family";

interface Mention extends Span {
  holder: Holder | "pronoun";
}

/** "Maya's family want…": the possessive is not the one holding the view when someone else follows. */
function isPossessive(text: string, mention: Span): boolean {
  return /^['’]s?(?![\p{L}])/u.test(text.slice(mention.end));
}

/** 004 §3.1(v): "Capture what the child and the family think about what should happen next." */
export default defineRule({
  meta: {
    id: "family-view",
    description: "The goals do not say what the child and the family think should happen next.",
    messages: {
      neither:
        'The goals do not say what {{child}} or the family think should happen next. Ask them and record their views, in their own words where you can (for example "{{child}} wants…", "Mum would like…").',
      noChildView:
        "The goals record the family's view but not what {{child}} thinks should happen next. Add {{child}}'s own view, in {{child}}'s words where you can.",
      noFamilyView:
        "The goals record what {{child}} wants but not what the parents, carers or family think should happen next. Add their view, and say where it differs from {{child}}'s.",
    },
    defaultSeverity: "warning",
    defaultOptions: familyViewOptions,
    scope: "section",
    // Whether the child is a baby or does not speak, from the title and the whole summary.
    readsOtherSections: true,
    options: z.object({
      phrases: z.array(z.string()).default([]),
      childWords: z.array(z.string()).default([]),
      familyWords: z.array(z.string()).default([]),
      pronouns: z.array(z.string()).default([]),
    }),
  },
  check({ document, section, options, childLabel, today, report }) {
    if (!section?.occurrence) return;
    const sentences = document.sectionSentences(section);
    if (sentences.length === 0) return;
    const childList = childTerms(options.childWords, document.childName);

    const found = new Set<Holder>();
    // In a child's summary "she" or "he" with nobody named yet is most often the child.
    let lastNamed: Holder[] = ["child"];
    for (const sentence of sentences) {
      const text = sentence.text;
      const childMentions = findAllPhrases(text, childList);
      const mentions: Mention[] = [
        ...childMentions.map((m) => ({ ...m, holder: "child" as const })),
        ...findAllPhrases(text, options.familyWords).map((m) => ({ ...m, holder: "family" as const })),
        // People the summary names ("Chloe wants…", "Denise would prefer…") who are not the child.
        ...namedPeople(text)
          .filter((p) => !childMentions.some((c) => c.start <= p.start && p.end <= c.end))
          .map((p) => ({ ...p, holder: "family" as const })),
        ...findAllPhrases(text, options.pronouns).map((m) => ({ ...m, holder: "pronoun" as const })),
      ].sort((a, b) => a.start - b.start);

      // Whoever is named between one view word and the next holds the second view.
      let windowStart = 0;
      for (const view of findAllPhrases(text, options.phrases)) {
        const inWindow = mentions.filter((m) => m.start >= windowStart && m.end <= view.start);
        const named = inWindow.filter(
          (m, i) => m.holder !== "pronoun" && !(isPossessive(text, m) && i < inWindow.length - 1),
        );
        const holders: Holder[] =
          named.length > 0
            ? named.map((m) => m.holder as Holder)
            : inWindow.some((m) => m.holder === "pronoun")
              ? lastNamed
              : [];
        for (const holder of holders) found.add(holder);
        windowStart = view.end;
      }
      const lastMention = [...mentions].reverse().find((m) => m.holder !== "pronoun");
      if (lastMention) lastNamed = [lastMention.holder as Holder];
      if (found.size === 2) return;
    }

    const location = document.headingLocation(section);
    if (found.size === 0) {
      report({
        key: "child-and-family",
        messageId: "neither",
        data: { child: childLabel },
        location,
      });
    } else if (!found.has("child")) {
      // A baby, or a child who does not speak, is not asked: the family's view is what there is.
      if (cannotBeAsked(document, today)) return;
      report({
        key: "child",
        messageId: "noChildView",
        data: { child: childLabel },
        location,
      });
    } else {
      report({
        key: "family",
        messageId: "noFamilyView",
        data: { child: childLabel },
        location,
      });
    }
  },
});

import { heading, paragraph, type DocumentSnapshot, type SnapshotParagraph } from "../src/analysis/snapshot";
import { defaultPack } from "../src/analysis/built-in-packs";
import { countWords } from "../src/analysis/language";

/**
 * Fictional case summary text for benchmarks: realistic sentences, shuffled deterministically,
 * under the default pack's headings, to any length.
 */
const SENTENCES = [
  "Maya is a chatty nine-year-old who loves swimming, drawing horses and making her little brother laugh.",
  "She lives with her mum, Sarah, and her brother Kai, aged four, in a two-bedroom flat in Bradford.",
  'Maya told me, "I like it when Mum is well because we go to the park after school."',
  "Her nan, Pauline, is important to her and Maya stays with her most weekends.",
  "Maya attends Oakfield Primary School, where her teacher describes her as kind and keen to help.",
  "Children's social care first became involved in March 2024 after school raised concerns about Maya's attendance.",
  "This matters for Maya because when Mum's mental health is poor, Maya takes on caring for Kai and misses school.",
  "The Child in Need (CIN) plan has focused on Mum's mental health support and on routines at home.",
  "We know this is working because Maya's attendance has risen from 78% to 94% this term, which the school confirmed.",
  "Mum has engaged well with the community mental health team and attends her appointments.",
  "The main worry remains that Mum may stop taking her medication, as she did in 2023.",
  "Protective factors include Pauline's daily contact and Maya's strong relationship with her teacher.",
  "If Mum becomes unwell, Pauline will collect the children and call the duty team on 01274 436060.",
  "The plan will be reviewed at the next CIN review on 14 January 2027.",
  "If the plan does not keep Maya safe, we will hold a strategy discussion and consider a child protection enquiry.",
  "Maya said she wants to keep living with Mum and to see Nan every weekend.",
  "Mum would like support to continue until the end of the school year.",
  "The safety plan was agreed with Maya, Mum and Nan on 2 October 2026 and a copy was given to each of them.",
  "So what does this mean for Maya? She is more settled, sleeps better and is less worried about Mum.",
  "School reports fewer late marks and Maya has joined the after-school art club.",
];

function* sentenceStream(seed: number): Generator<string> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    yield SENTENCES[state % SENTENCES.length]!;
  }
}

/** A summary of about `targetWords` words spread over the default pack's seven sections. */
export function generateSummary(targetWords: number, seed = 7): DocumentSnapshot {
  const stream = sentenceStream(seed);
  const perSection = Math.ceil(targetWords / defaultPack.sections.length);
  const paragraphs: SnapshotParagraph[] = [
    paragraph("Case summary for Maya Thompson"),
    paragraph("Updated: 1 November 2026"),
  ];
  for (const section of defaultPack.sections) {
    paragraphs.push(heading(section.heading.split("[Child's Name]").join("Maya")));
    let words = 0;
    while (words < perSection) {
      const text = [stream.next().value, stream.next().value, stream.next().value].join(" ");
      words += countWords(text);
      paragraphs.push(paragraph(text, { colour: section.colour?.hex ?? null }));
    }
  }
  return { paragraphs };
}

export function wordsIn(snapshot: DocumentSnapshot): number {
  return snapshot.paragraphs.reduce((sum, p) => sum + countWords(p.text), 0);
}

import { optionsInput } from "../../src/analysis/rules/options";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { builtInRules } from "../../src/analysis/rules";
import { normaliseHeading } from "../../src/analysis/sections";
import { CHILD_NAME_PLACEHOLDER, packLayerSchema, packSchema, type Pack } from "../../src/guidance";
import { basePack, builtInPacks, defaultPack, getPack } from "../../src/analysis/built-in-packs";
import { bradford2025 } from "../../src/guidance/packs/bradford-2025";
import { bradfordLcs } from "../../src/guidance/packs/bradford-lcs";
import { lcs12Week } from "../../src/guidance/packs/lcs-12-week";
import { mosaicStep } from "../../src/guidance/packs/mosaic-step";

/** Every note, rule and prompt of a pack with the field it sits in, for messages that name it. */
function citedItems(pack: Pack): { where: string; citation: string; text?: string }[] {
  const items: { where: string; citation: string; text?: string }[] = [
    { where: "reviewInterval", citation: pack.reviewInterval.citation },
  ];
  pack.rules.forEach((r, i) => items.push({ where: `rules[${i}] (${r.rule})`, citation: r.citation }));
  pack.prompts.forEach((p, i) => items.push({ where: `prompts[${i}]`, citation: p.citation, text: p.text }));
  pack.sections.forEach((section, s) => {
    const at = `sections[${s}] (${section.key})`;
    section.notes.forEach((n, i) =>
      items.push({ where: `${at}.notes[${i}]`, citation: n.citation, text: n.text }),
    );
    section.rules.forEach((r, i) =>
      items.push({ where: `${at}.rules[${i}] (${r.rule})`, citation: r.citation }),
    );
    section.prompts.forEach((p, i) =>
      items.push({ where: `${at}.prompts[${i}]`, citation: p.citation, text: p.text }),
    );
    if (section.colour) items.push({ where: `${at}.colour`, citation: section.colour.citation });
  });
  return items;
}

/**
 * Every paragraph of the five guidance documents, as citations name them, in the documents' own
 * words (line breaks joined, curly quotes made straight). Documents 002 and 004 number their
 * paragraphs; 000, 001 and 003 are cited by heading, with the bullet or paragraph position under it
 * in roman numerals. A citation may also name a heading whose parts are listed here
 * ("003 §Current Situation", "001 §Case Summary Guidance").
 *
 * This copy lets the tests check every citation and every quoted note without the documents
 * themselves, which are not part of the repository; where they are beside it, the last test checks
 * this copy against them word for word.
 */
const GUIDANCE: Record<string, Record<string, string>> = {
  "000": {
    "The Purpose of Case Summaries(i)":
      "To provide an overview of what has happened over the previous three months to better understand the child's journey",
    "The Purpose of Case Summaries(ii)":
      "To support discussions in supervision over the progress of the plan and impact on the child",
    "The Purpose of Case Summaries(iii)":
      "To review progress against the plan and to address the needs of the child to improve outcomes and any changes",
    "The Purpose of Case Summaries(iv)":
      "To enable any manager, duty worker or any non-allocated worker to establish quickly, the plan, progress and issues for the child",
    "What should be included(i)":
      "The summary should provide a succinct summary of the work undertaken, specifically linking progress to the actions and outcomes of the plan",
    "What should be included(ii)":
      "The summary should also highlight new issues that have emerged, both strengths as well as concerns, and reflect how these have been dealt with as well as acknowledging the impact (or otherwise) of any new issues on the overall nature of the case. The chronology should be used to inform this",
    "What should be included(iii)":
      "The summary helps to bring together the outcomes of all the information and actions with the child/family and reflect / analyse / evaluate upon the progress of then intervention, including the child and family's engagement with the intervention.",
    "What should be included(iv)":
      "A summary of other agencies involved and who provides what support to the child and family, as well as key members of the Family Network",
    "What should be included(v)":
      "The Case Summary should comment on the focus of work for the forthcoming 3 months and set out key dates for upcoming reviews",
    "What should be included(vi)":
      "Any bottom lines (i.e. any definite no's) and the contingency plan should these occur.",
    "Frequency(i)":
      "Case summaries should be written every 3 months minimum unless there is significant change in child's plan",
    "Frequency(ii)":
      "Where the visiting schedule is 12 weeks or more then a case summary should be completed every 6 months",
    "Frequency(iii)": "Managers will ensure the case summary is completed by the allocated worker.",
  },
  "001": {
    "Case Summary Guidance(i)":
      "Case summaries are an important overview of a child or young person's life, status and journey. All Children and Young People open to Children's Social Care for more than 20 working days should have a case summary on their file, which is updated at least every 3 months or after a significant event.",
    "Case Summary Guidance(ii)":
      "Case summaries are completed as Steps on MOSAIC. For new children open to Children's Social Care Assessment and Intervention Teams, the team manager will take responsibility to ensure that a case summary Step is opened after 20 days, in line with the Child and Family Assessment Timeline.",
    "Case Summary Guidance(iii)":
      "Case Summaries should be brief, analytic pieces of work that help a worker to think through the progress of our involvement with a child and their family. They do not need to contain lengthy descriptions of events described elsewhere in case records.",
    "Case Summary Guidance(iv)":
      "Each Case Summary should be a current reflection of what is happening for the individual child and family; it should not be repetitive or hold non relevant historical information. All previous case summaries will be evident in the Documents Section or the Step History within MOSIAC.",
    "Case Summary Guidance(v)":
      "A Case Summary should be a chance to critically reflect on whether we are making a difference for a child and why change is or is not happening. The why question is crucial because this will inform planning about what needs to happen next. If we can examine why there have been positive changes, this will help to understand what is needed to maintain these changes. If things are not changing and there continues to be concerns about a child's safety and wellbeing, or if things are deteriorating, then it is important to think about what needs to happen to address this. This should include rethinking the current plan and reflecting on the barriers to change and what can done to address these barriers or move forward in a different way. This analysis should also consider whether escalation of the current level of involvement with the family is required.",
    "Case Summary Guidance(vi)":
      "A Case Summary sits alongside a Child's Plan and reviews the progress of that plan, but it fulfils a different function. A Case Summary provides an overview of the direction of our work with a child and their family allowing us to reflect on the impact we are having; a Child's Plan provides a more detailed SMART breakdown of the work being done to support and create change with a child and their family.",
    "Pen picture(i)":
      "Describe the child in a way that makes them unique, as if you were describing your own child or a child you know really well. Describe their age, appearance, character, likes and dislikes, the things they are good at and their hobbies.",
    "Pen picture(ii)":
      "Describe their family composition, where they live, who are they closest to in their family/wider family. Where do they go to school, what are their favourite subjects, what do they find difficult at school, what are their hopes and aspirations.",
    "Pen picture(iii)":
      "Set out the reason we became involved with their family, who made the referral, what was the main area of concern. Include any previous history of involvement if it is still relevant. What was the main purpose of our intervention when we became involved?",
    "What has happened in the last 3 months(i)": "Update on any significant changes in the last 3 months?",
    "What has happened in the last 3 months(ii)":
      "Think about key changes for any child and family eg births, deaths, moving home, changing school etc as well as incidents, new referrals.",
    "What has happened in the last 3 months(iii)":
      "Any progress that has been made working with the family? What has been the impact on the child? Have there been any new concerns, and how has this impacted on the child? Are there any current dilemmas or grey areas?",
  },
  "002": {
    "1.1":
      "1.1 A case summary is an update of our work with a child and their family that gives an overview of why we are involved; what the recent key events have been and whether we are making a difference for the child. It also sets out what we have been doing and what needs to happen moving forward.",
    "1.2":
      "1.2 Case summaries should be a short, concise, analytical update. They fill a separate purpose to supervision, chronologies, children's plans, assessments and reviews.",
    "1.3":
      "1.3 Case summaries offer an opportunity to critically reflect on the work being done with a child and their family, whether this is making a difference and what else needs to and can be done.",
    "1.4":
      "1.4 Case summaries also offer colleagues and other professionals a clear overview of what is happening now and plans in the absence of the allocated worker.",
    "1.5":
      "1.5 The case summary is part of case notes on LCS. There should be a summary for every child open to Bradford Social Care which should be updated every 3 months or in a shorter time if there are significant changes.",
    "1.6": "1.6 A Case Summary should be completed on first allocation, prior to transfer and case closure.",
    "1.7":
      "1.7 A Case Summary should be completed using the headings below, using the notes under each heading for guidance.",
    "1.7(i)":
      "(i) Child's profile Provide an overview of the child and their situation – what is it that makes them unique and individual. Set out what is important to them and what we understand about their daily experiences. Be clear about their wishes and feelings. For a child with disability, include the diagnosis.",
    "1.7(ii)":
      "(ii) Background information Provide a brief summary of any previous involvements, any key events and dates. Set out any significant events that have impacted the child and family.",
    "1.7(iii)":
      "(iii) Purpose of our involvement State briefly what is the purpose of our involvement with a child and their family? What are the key risks and what are we worried about? What is working well and what are the safety factors? What are we trying to achieve and how do we make this happen? Record the legal status and any arrangements for contact. Say where the most recent Child's Plan can be found, as well as any safety plans or risk assessments relevant to the current situation. For a child with a disability, set out the care package and the personal budget details.",
    "1.7(iv)":
      "(iv) Progress made / case update What has happened in the last 3 months? Note any key events. Are we making a difference for the child and their family? How do we know this (what is our evidence of changes or outcomes)? What has or hasn't changed? Why have things changed, or why haven't things changed? What is the child's experience?",
    "1.7(v)":
      "(v) Case goal and what needs to happen next? What are our goals for the child? Is the plan we have in place achieving these goals? If so, how do we continue to build on this? If not what needs to happen to achieve them? Be clear about any contingency plans if the proposed plan does not support change.",
    "1.7(vi)": "(vi) Involvements List the key professionals and telephone numbers.",
    "1.8":
      "1.8 Case Summaries should be brief, analytic pieces of work that help a worker to think through the progress of our involvement with a child and their family. They do not need to contain lengthy descriptions of events described elsewhere in case records.",
    "1.9":
      "1.9 Each case summary should be a current reflection of what is happening for the individual child and family; it should not be repetitive or hold non relevant historical information. All previous case summaries will be evident in case notes.",
    "1.10":
      "1.10 A Case Summary should be a chance to critically reflect on whether we are making a difference for a child and why change is or is not happening. The why question is crucial because this will inform planning about what needs to happen next. If we can examine why there have been positive changes, this will help to understand what is needed to maintain these changes. If things are not changing and there continues to be concerns about a child's safety and wellbeing, or if things are deteriorating, then it is important to think about what needs to happen to address this. This should include rethinking the current plan and reflecting on the barriers to change and what can done to address these barriers or move forward in a different way. This analysis should also consider whether escalation of the current level of involvement with the family is required.",
    "1.11":
      "1.11 A Case Summary sits alongside a Child's Plan and reviews the progress of that plan, but it fulfils a different function. A Case Summary provides an overview of the direction of our work with a child and their family allowing us to reflect on the impact we are having; a Child's Plan provides a more detailed SMART breakdown of the work being done to support and create change with a child and their family.",
  },
  "003": {
    "Case Summary Guidance(i)":
      "Case summaries should be updated every 12 weeks or more frequently, if significant events take place or should circumstances change. For cases managed by the CLA and Care Leavers, it has been agreed that certain cases are reviewed less frequently, in these circumstances the case summary should be updated after every review.",
    "Case Summary Guidance(ii)":
      "Our Practice Standards (Page 6) state: Every child has an up to date case summary and analysis that clearly identifies risk and harm, which is clear and concise.",
    "Brief history":
      "Brief history- (original referral/duration of involvement) – short statement and avoid long cut and paste from previous documents",
    "Pen Picture":
      "Pen Picture – a description of the child, their likes and dislikes, this will provide evidence of the child being the centre of the work we do and their journey. Include if child has a disability, diagnosis, communication methods and any care packages received. This should include their views of the current situation i.e. does a young person recognise the risks to themselves and/or understand the plan.",
    "Current plan and reason for it":
      "Current plan and reason for it – CIN, CP, PLO, Proceedings, Care or pathway plan, Supervision order. Be brief and refer to where other documents can be found e.g. current plan and where it could be found on LCS",
    "Current Situation(i)": "Who has PR?",
    "Current Situation(ii)": "Who does the child live with?",
    "Current Situation(iii)": "Where the child lives and placement type",
    "Current Situation(iv)": "Frequency of visiting",
    "Current Situation(v)": "Any court orders",
    "Current Situation(vi)": "Contact arrangements",
    "Current Situation(vii)": "Where the child goes to school",
    "Risk Factors":
      "Risk Factors/Analysis/Impact on the child/Safety Plan – e.g. of DV episode / parent drinking / MH episode/CSE/Missing; Are there any risks to professionals and why? E.g. do not visit alone",
    "Progress against the plan":
      "Progress against the plan– Highlight any outcomes and progress achieved by the family.",
    "Contingency Plan":
      "Contingency Plan –e.g. details of back up carers for LAC who has been assessed as a suitable alternative carer (with checks) include who could be contacted in an emergency with contact details). Safety plan following a DA incident, risk management plan",
    "Key professionals involved": "Key professionals involved – with telephone numbers",
  },
  "004": {
    "1.1":
      "1.1 Every child's record should have a summary which provides an overview of what is happening for them and their families. This should always start with an understanding of who the child is; what makes them unique? What are their wishes and feelings? It should tell the child who is working with them and their family, what support they are being offered, by who, what we want to achieve and how we will know that the work has made a difference. It also shows what safety plan is in place for the child.",
    "1.2":
      "1.2 A good child's case summary is easy to read, short and factual. There should be a brief analysis and summary of the difference our work is making for the child, ensuring that the right support is offered at the right time.",
    "2.1":
      "2.1 Every child who is open to Bradford Children and Families Trust (BCFT) should have a summary above the child's case note log.",
    "2.2":
      "2.2 The child's case summary should be - - Completed as soon as the child has an allocated worker - Updated at least every 3 months - Updated when there is any significant changes to a child's life - Updated before a child is allocated a different worker - Updated before support to a child ends and their record is closed",
    "3.1":
      "3.1 A Child's Case Summary should be completed using the headings below, using the notes under each heading for guidance.",
    "3.1(i)":
      "(i) Pen Picture of the child This should be a pen picture of the child and what their day to day life is like; who they live with, who is important to them and who they spend time with, what makes them unique, are they a child with a disabilities? What does this mean for them. For young babies and children, include your observations of them, how do their parents/carers/family describe them? For older children and teenagers, include their hopes for the future and their aspirations. Where possible include the child's wishes and feelings setting out clearly what they want to happen. Where possible, this can be captured in the child's own words. This should be recorded in blue.",
    "3.1(ii)":
      "(ii) Background information This is a summary of previous support, any plans that have been in place and the difference that this made for the child. Include here if there are any court orders in place about who the child should live with, spend time with and the arrangements for this. This should be an analytical overview rather than a repeat of the chronology really thinking about what this all means for the child's lived experience and their journey.",
    "3.1(iii)":
      "(iii) Summary of our involvement Summarise the current referral and what is happening for the child now, including what are the risks, what are the protective factors and what are the strengths. This should include what factors are keeping the child safe and how do we know this. Include the type of plan that is in place to support the child and their family. Explain what difference we hope to make for the child and their family and how will we make this happen. Include any current legal status and any arrangements for family time. For a child with a disability, set out the care package and the personal budget details.",
    "3.1(iv)":
      "(iv) What difference have we made for [Child's Name]? What has happened in the last 3 months? Note any key events. How do we know from what is happening how we are making a difference for the child and their family? What is the evidence for this? Capture what has or has not changed and what this means for the child's experience.",
    "3.1(v)":
      "(v) Goals and what needs to happen next? What are our goals for the child? Does the plan capture everything we think it needs to? Capture what the child and the family think about what should happen next. Be clear about any contingency plans should the proposed plan not support the change that is desired or expected. Be clear about timescales and how you will review the plan.",
    "3.1(vi)":
      "(vi) [Child's Name] Safety Plan Be specific about how we are keeping the child safe, this should be a plan written jointly with the child's and their parents/carers. A safety plan is not a list of people involved but should be clear about what happens when a child is at risk of harm, what is in place and who is responsible for the action. Capture the date the safety plan was agreed and how it was shared with the child and family. Also record when it was uploaded to forms. This should be recorded in red.",
    "3.1(vii)":
      "(vii) [Child's Name] Family Contact Details and Professional Involvements Record the contact details for the child's parent/carers and other family members or friends who are relevant to the child. Check that these are the most up to date details as this is essential information for our emergency duty team who may need this information out of hours. List the key professionals and telephone number/emails.",
    "4.1":
      "4.1 Keep it brief, there should be enough information so that anyone reading it can quickly understand what is happening for the child. Child case summaries should not contain lengthy descriptions of events recorded elsewhere.",
    "4.2":
      "4.2 Each child's case summary should be individually written for each child in the family; although some of the information may be shared, the impact for each child will be different.",
    "4.3":
      '4.3 A child\'s case summary is your chance to critically reflect on whether we are making a difference for a child and why change is or is not happening. Asking "so what" will help us get the plan right and think about what needs to happen next.',
    "4.4":
      "4.4 The child's case summary should be current and not just latest information added to older information as this is confusing for the reader.",
    "4.5":
      "4.5 Read the child's case summary regularly to make sure that it is current, think about someone else reading this; would it make sense to them and tell them what the current situation is for the child and what the plan is? If the child reads this as an adult, will they understand it and what we were wanting to achieve?",
    "4.6": "4.6 The child's pen picture always stands out more if the child has helped you to write this.",
    "4.7":
      "4.7 Remember that the child's case summary sits alongside other key documents but fulfils a different function.",
  },
};

/** The text of the paragraphs a citation names, or undefined when it names none. */
function citedText(citation: string): string | undefined {
  const match = /^(\d{3}) §(.+)$/.exec(citation);
  const document = match ? GUIDANCE[match[1]!] : undefined;
  if (!match || !document) return undefined;
  const anchor = match[2]!;
  if (document[anchor] !== undefined) return document[anchor];
  const parts = Object.keys(document).filter((key) => key.startsWith(`${anchor}(`));
  return parts.length > 0 ? parts.map((key) => document[key]).join(" ") : undefined;
}

/** For comparing a quotation with its source: line breaks, quote styles and case ignored. */
const flatten = (text: string) =>
  text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();

describe("built-in template packs", () => {
  it("ships the four templates of the guidance, the default first", () => {
    expect(builtInPacks.map((p) => p.id)).toEqual([
      "bradford-2025",
      "bradford-lcs",
      "lcs-12-week",
      "mosaic-step",
    ]);
    expect(defaultPack.id).toBe("bradford-2025");
    expect(getPack("lcs-12-week")?.name).toMatch(/12-week/);
    expect(getPack("no-such-pack")).toBeUndefined();
  });

  it.each([bradford2025, bradfordLcs, lcs12Week, mosaicStep].map((input) => [input.id, input] as const))(
    "%s parses as a layer over document 000's general requirements, and laid over them as a pack",
    (_id, input) => {
      const result = packLayerSchema.safeParse(input);
      expect(result.success ? [] : result.error.issues).toEqual([]);
      expect(input.extends).toBe(basePack.id);
      const laid = packSchema.safeParse(getPack(input.id));
      expect(laid.success ? [] : laid.error.issues).toEqual([]);
    },
  );

  it("cites document 000 for the review interval and every check of the general requirements", () => {
    const bad = [
      basePack.reviewInterval.citation,
      ...(basePack.topics ?? []).flatMap((topic) => topic.rules.map((r) => r.citation)),
    ].filter((citation) => !citation.startsWith("000 §") || citedText(citation) === undefined);
    expect(bad).toEqual([]);
    expect(basePack.sections).toEqual([]);
    // Not a template to choose: it has no headings.
    expect(builtInPacks.map((p) => p.id)).not.toContain(basePack.id);
  });

  it("gives each template the sections and order its guidance lists", () => {
    const keys = (id: string) => getPack(id)!.sections.map((s) => s.key);
    expect(keys("bradford-lcs")).toEqual([
      "pen-picture",
      "background",
      "involvement",
      "difference",
      "goals",
      "professionals",
    ]);
    expect(keys("lcs-12-week")).toEqual([
      "background",
      "pen-picture",
      "current-plan",
      "current-situation",
      "risks",
      "difference",
      "contingency",
      "professionals",
    ]);
    expect(keys("mosaic-step")).toEqual(["pen-picture", "difference"]);
  });

  it("writes each heading as its guidance does", () => {
    const headings = (id: string) => getPack(id)!.sections.map((s) => s.heading);
    expect(headings("bradford-lcs")).toEqual([
      "Child's profile",
      "Background information",
      "Purpose of our involvement",
      "Progress made / case update",
      "Case goal and what needs to happen next?",
      "Involvements",
    ]);
    expect(headings("lcs-12-week")).toContain("Risk Factors/Analysis/Impact on the child/Safety Plan");
    expect(headings("mosaic-step")).toEqual([
      "Pen picture of the child and reason for our involvement",
      "What has happened in the last 3 months?",
    ]);
  });

  it("sets each template's review interval: 3 months, and 12 weeks for the 12-week review", () => {
    expect(getPack("bradford-lcs")!.reviewInterval.days).toBe(92);
    expect(getPack("lcs-12-week")!.reviewInterval).toMatchObject({ days: 84, label: "12 weeks" });
    expect(getPack("mosaic-step")!.reviewInterval.days).toBe(92);
  });

  it("colours sections only where the guidance does (document 004's blue and red)", () => {
    const coloured = builtInPacks.flatMap((p) =>
      p.sections.filter((s) => s.colour).map((s) => `${p.id}/${s.key}`),
    );
    expect(coloured).toEqual(["bradford-2025/pen-picture", "bradford-2025/safety-plan"]);
  });

  it("notes in the mosaic-step description that its source document is cut off", () => {
    expect(getPack("mosaic-step")!.description).toMatch(/cut off/);
  });

  describe.each(builtInPacks.map((pack) => [pack.id, pack] as const))("%s", (_id, pack) => {
    it("has unique section keys", () => {
      const keys = pack.sections.map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it("has no heading or alias shared by two sections", () => {
      const owners = new Map<string, string>();
      const clashes: string[] = [];
      for (const section of pack.sections) {
        for (const text of [section.heading, ...section.aliases]) {
          const normalised = normaliseHeading(text);
          const owner = owners.get(normalised);
          if (owner && owner !== section.key) clashes.push(`"${text}" in ${section.key} and ${owner}`);
          owners.set(normalised, section.key);
        }
      }
      expect(clashes).toEqual([]);
    });

    it("gives every section at least one guidance note and one reflective prompt", () => {
      for (const section of pack.sections) {
        expect({ key: section.key, notes: section.notes.length > 0 }).toEqual({
          key: section.key,
          notes: true,
        });
        expect({ key: section.key, prompts: section.prompts.length > 0 }).toEqual({
          key: section.key,
          prompts: true,
        });
      }
    });

    it("cites an existing guidance document and paragraph for every note, rule and prompt", () => {
      const bad = citedItems(pack).filter(({ citation }) => citedText(citation) === undefined);
      expect(bad.map((b) => `${b.where}: ${b.citation}`)).toEqual([]);
    });

    it("quotes each guidance note word for word from the paragraph it cites", () => {
      const notQuoted = pack.sections.flatMap((section) =>
        section.notes
          .filter((note) => !flatten(citedText(note.citation) ?? "").includes(flatten(note.text)))
          .map((note) => `${section.key} (${note.citation}): ${note.text.slice(0, 60)}…`),
      );
      expect(notQuoted).toEqual([]);
    });

    it("encodes every paragraph of its own guidance document in a note, check or prompt", () => {
      const cited = new Set(citedItems(pack).map((item) => item.citation));
      const document = pack.source.document;
      const uncited = Object.keys(GUIDANCE[document]!)
        .map((anchor) => `${document} §${anchor}`)
        .filter((citation) => !cited.has(citation));
      expect(uncited).toEqual([]);
    });

    it("writes the child's name placeholder exactly, so it can be filled in", () => {
      const texts = [
        ...pack.sections.flatMap((s) => [s.heading, ...s.aliases, ...s.prompts.map((p) => p.text)]),
        ...pack.prompts.map((p) => p.text),
      ];
      const malformed = texts.filter((t) => /\[child/i.test(t) && !t.includes(CHILD_NAME_PLACEHOLDER));
      expect(malformed).toEqual([]);
      expect(texts.some((t) => t.includes(CHILD_NAME_PLACEHOLDER))).toBe(true);
    });

    it("applies document 000's requirements for every summary", () => {
      const cited = new Set(
        [...pack.rules, ...pack.sections.flatMap((s) => s.rules)]
          .filter(
            (r) =>
              r.rule === "required-topic" ||
              r.rule === "contingency-missing" ||
              r.rule === "timescales-missing",
          )
          .map((r) => r.citation),
      );
      for (const bullet of ["i", "ii", "iii", "iv", "v", "vi"]) {
        expect(cited).toContain(`000 §What should be included(${bullet})`);
      }
    });

    it("checks for missing headings, overdue summaries and unexplained jargon", () => {
      expect(pack.rules.map((r) => r.rule)).toEqual(
        expect.arrayContaining([
          "section-missing",
          "section-order",
          "summary-overdue",
          "jargon-unexplained",
          "placeholder-left",
        ]),
      );
    });

    it("names only checks this version has, with options each check accepts", () => {
      const problems: string[] = [];
      const configs = [
        ...pack.rules.map((r, i) => [`rules[${i}]`, r] as const),
        ...pack.sections.flatMap((s, si) =>
          s.rules.map((r, i) => [`sections[${si}].rules[${i}]`, r] as const),
        ),
      ];
      for (const [where, config] of configs) {
        const rule = builtInRules.get(config.rule);
        if (!rule) {
          problems.push(`${where}: no check "${config.rule}"`);
          continue;
        }
        const parsed = rule.meta.options.safeParse(config.options);
        if (!parsed.success) problems.push(`${where} (${config.rule}): ${parsed.error.message}`);
      }
      expect(problems).toEqual([]);
    });
  });

  /** The required-topic checks of a section, as "citation topic severity". */
  const topicsOf = (packId: string, sectionKey: string) =>
    getPack(packId)!
      .sections.find((s) => s.key === sectionKey)!
      .rules.filter((r) => r.rule === "required-topic")
      .map((r) => `${r.citation} ${(r.options as { topic: string }).topic} ${r.severity ?? "warning"}`);
  const promptsOf = (packId: string, sectionKey?: string) => {
    const pack = getPack(packId)!;
    const prompts = sectionKey ? pack.sections.find((s) => s.key === sectionKey)!.prompts : pack.prompts;
    return prompts.map((p) => `${p.citation} ${p.text}`);
  };

  it("cites, for the check that the summary names its child, the paragraph about writing for the individual child", () => {
    const citations = builtInPacks.map((pack) => [
      pack.id,
      pack.rules.find((r) => r.rule === "child-name-missing")?.citation,
    ]);
    expect(citations).toEqual([
      ["bradford-2025", "004 §4.2"],
      ["bradford-lcs", "002 §1.9"],
      ["lcs-12-week", "003 §Case Summary Guidance(ii)"],
      ["mosaic-step", "001 §Case Summary Guidance(iv)"],
    ]);
  });

  describe("bradford-2025", () => {
    it("asks under our involvement for the legal status and family time, as 004 §3.1(iii) does", () => {
      expect(topicsOf("bradford-2025", "involvement")).toEqual([
        "004 §3.1(iii) legal-status warning",
        "004 §3.1(iii) care-package warning",
        "004 §3.1(iii) family-time warning",
      ]);
    });

    it("prompts for a disabled child's care package and personal budget, which text alone cannot tell apply", () => {
      expect(promptsOf("bradford-2025", "involvement")).toContainEqual(
        expect.stringMatching(/^004 §3\.1\(iii\) .*disability.*care package.*personal budget/),
      );
    });

    it("asks for the family's and the key professionals' details, and when they were checked", () => {
      expect(topicsOf("bradford-2025", "contacts")).toEqual([
        "004 §3.1(vii) parents-carers warning",
        "004 §3.1(vii) key-professionals warning",
        "004 §3.1(vii) details-checked info",
        "000 §What should be included(iv) family-network warning",
      ]);
    });

    it("prompts for each moment 004 §2.2 says the summary is due, where it sits, and what it is for", () => {
      const prompts = promptsOf("bradford-2025").join("\n");
      expect(prompts).toMatch(/^004 §2\.2 .*allocated a worker/m);
      expect(prompts).toMatch(/^004 §2\.2 .*significant.*changed/m);
      expect(prompts).toMatch(/^004 §2\.2 .*different worker.*support ending/m);
      expect(prompts).toMatch(/^004 §2\.1 .*above .*case note log/m);
      expect(prompts).toMatch(/^004 §4\.7 .*own job/m);
    });
  });

  describe("bradford-lcs", () => {
    it("prompts with what a case summary is for (002 §1.1, §1.3, §1.11) and when it is due (§1.6)", () => {
      const citations = promptsOf("bradford-lcs").map((p) => p.split(" ").slice(0, 2).join(" "));
      expect(citations).toEqual(expect.arrayContaining(["002 §1.1", "002 §1.3", "002 §1.6", "002 §1.11"]));
    });

    it("asks for the key professionals under Involvements", () => {
      expect(topicsOf("bradford-lcs", "professionals")).toContain("002 §1.7(vi) key-professionals warning");
    });
  });

  describe("mosaic-step", () => {
    it("asks for new strengths as well as new concerns, as document 000 does", () => {
      expect(topicsOf("mosaic-step", "difference")).toContain(
        "000 §What should be included(ii) new-issues warning",
      );
      const newIssues = getPack("mosaic-step")!
        .sections.find((s) => s.key === "difference")!
        .rules.find((r) => (r.options as { topic?: string }).topic === "new-issues")!;
      expect(newIssues.options).toMatchObject({ message: expect.stringContaining("new strengths") });
    });

    it("does not ask for wishes and feelings, which document 001 never mentions", () => {
      const rules = getPack("mosaic-step")!.sections.flatMap((s) => s.rules.map((r) => r.rule));
      expect(rules).not.toContain("child-voice");
    });

    it("prompts for when the Step is opened (001 §Case Summary Guidance(ii)) and how it differs from the plan (vi)", () => {
      const prompts = promptsOf("mosaic-step").join("\n");
      expect(prompts).toMatch(/^001 §Case Summary Guidance\(ii\) .*20 working days/m);
      expect(prompts).toMatch(/^001 §Case Summary Guidance\(vi\) .*Plan/m);
    });
  });

  describe("lcs-12-week", () => {
    const pack = getPack("lcs-12-week")!;
    const section = (key: string) => pack.sections.find((s) => s.key === key)!;

    it("asks each of the seven Current Situation questions as its own check", () => {
      const topics = section("current-situation")
        .rules.filter((r) => r.rule === "required-topic")
        .map((r) => [r.citation, (r.options as { topic: string }).topic]);
      expect(topics).toEqual([
        ["003 §Current Situation(i)", "parental-responsibility"],
        ["003 §Current Situation(ii)", "lives-with"],
        ["003 §Current Situation(iii)", "placement"],
        ["003 §Current Situation(iv)", "visiting-frequency"],
        ["003 §Current Situation(v)", "court-orders"],
        ["003 §Current Situation(vi)", "contact-arrangements"],
        ["003 §Current Situation(vii)", "school"],
      ]);
    });

    it("asks about risks to professionals, with the guidance's own example", () => {
      const risks = section("risks");
      expect(risks.notes.map((n) => n.text).join(" ")).toContain("do not visit alone");
      const topic = risks.rules.find(
        (r) => (r.options as { topic?: string }).topic === "risks-to-professionals",
      );
      expect(topic?.options).toMatchObject({ message: expect.stringContaining("do not visit alone") });
    });

    it("prompts for the exception for children looked after and care leavers reviewed less often", () => {
      expect(promptsOf("lcs-12-week")).toContainEqual(
        expect.stringMatching(
          /^003 §Case Summary Guidance\(i\) .*looked after or a care leaver.*after every review/,
        ),
      );
    });

    it("asks for the key professionals", () => {
      expect(topicsOf("lcs-12-week", "professionals")).toContain(
        "003 §Key professionals involved key-professionals warning",
      );
    });

    it("keeps the pen picture check to what 003 asks for: the child and their likes and dislikes", () => {
      const config = section("pen-picture").rules.find((r) => r.rule === "pen-picture-detail")!;
      // The rule's own topics, narrowed by the pack to the one 003 asks for.
      const rule = builtInRules.get("pen-picture-detail")!;
      const options = rule.meta.options.parse(optionsInput(rule, config.options)) as {
        topics: { key: string }[];
        onlyTopics?: string[];
      };
      const keys = options.topics
        .map((t) => t.key)
        .filter((key) => options.onlyTopics?.includes(key) ?? true);
      expect(keys).toEqual(["unique"]);
    });
  });
});

/**
 * The copy of the guidance above is checked against the documents themselves where they are beside
 * the repository (as in development). Elsewhere the test shows as skipped, by name; the notes and
 * citations are still checked against the copy by the tests above.
 */
const guidanceDirectory = join(__dirname, "../../../shared/guidance");
const guidanceBeside = existsSync(guidanceDirectory);

describe("the copy of the guidance in this test", () => {
  (guidanceBeside ? it : it.skip)(
    `matches the documents in ${guidanceBeside ? "../shared/guidance" : "../shared/guidance (not present here)"} word for word`,
    () => {
      const documents = new Map<string, string>();
      for (const file of readdirSync(guidanceDirectory)) {
        const number = /^(\d{3})_/.exec(file)?.[1];
        if (number) documents.set(number, flatten(readFileSync(join(guidanceDirectory, file), "utf8")));
      }
      expect([...documents.keys()].sort()).toEqual(Object.keys(GUIDANCE).sort());
      const notInDocument = Object.entries(GUIDANCE).flatMap(([number, paragraphs]) =>
        Object.entries(paragraphs)
          .filter(([, text]) => !documents.get(number)?.includes(flatten(text)))
          .map(([anchor]) => `${number} §${anchor}`),
      );
      expect(notInDocument).toEqual([]);
    },
  );

  it("gives each paragraph its own text, so a citation to the wrong paragraph is caught", () => {
    const texts = Object.values(GUIDANCE).flatMap((paragraphs) => Object.values(paragraphs).map(flatten));
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
  });
});

// What `fix --unsafe` writes, with all the built-in dictionaries, in the
// sentences where a first replacement once broke the English: a tense after a
// modal (“must visited”), “called on that”, a number (“the biggest weak
// links”), an article doubled (“the provincial the heads”), a subject the
// verb does not agree with (“Zhang and his delegation was briefed”), a base
// form after a past subject (“The county focus on employment last year”). A fix
// that damages English is worse than a missed fix, so each of these must come
// out as grammatical English. The sentences come from the review of every
// change `fix --unsafe` makes to fixtures/ (seed, articles, site, blog).
import { describe, expect, it } from "vitest";
import { Linter } from "../../src/linter.js";

const linter = new Linter();

const cases: { before: string; after: string }[] = [
  // the-meeting-required: “called on” cannot take a that-clause
  {
    before: "The meeting also required that the teachers should firmly establish the new development philosophy.",
    after: "The meeting also urged that the teachers should firmly establish the new development philosophy.",
  },
  { before: "The meeting required that all teachers should take the lead.", after: "The meeting urged that all teachers should take the lead." },
  // went-deep-into: a past tense after a modal
  { before: "Leading cadres at all levels must go deep into enterprises to solve problems.", after: "Senior officials at all levels must go to enterprises to solve problems." },
  { before: "The leaders went deep into the grassroots to listen to opinions.", after: "The leaders visited the grassroots to listen to opinions." },
  // responsible-persons: 第一责任人 is not “the first heads”
  {
    before: "Leading cadres should be the first responsible persons for party building in their departments.",
    after: "Senior officials should be the persons with primary responsibility for party building in their departments.",
  },
  // main-responsible-comrades, leading-comrades: the article stays as written
  { before: "the provincial leading comrades inspected the site.", after: "the provincial leaders inspected the site." },
  { before: "Its main responsible comrades attended.", after: "Its heads attended." },
  // listened-to-the-report-on: “was briefed” does not agree with a plural subject
  {
    before: "Zhang Wei and his delegation visited the laboratories and listened to the report on the school's development.",
    after: "Zhang Wei and his delegation visited the laboratories and heard a report on the school's development.",
  },
  // ordinal-we-should-do-a-good-job, do-a-good-job-in: “ensure the safety work” is not English
  { before: "Second, we must do a good job in the safety work, and all colleges must stay alert.", after: "Second, we must focus on the safety work, and all colleges must stay alert." },
  { before: "Schools must do a good job in the enrollment of new students.", after: "Schools must focus on the enrollment of new students." },
  // form-a-joint-force: “form a concerted effort” is not idiomatic, and the tense follows the verb
  { before: "All departments must form a joint force, solve problems and open a fast track for key projects.", after: "All departments must work together, solve problems and open a fast track for key projects." },
  { before: "The two bureaus formed a joint force against fraud.", after: "The two bureaus worked together against fraud." },
  // short-boards: the number stays as written
  { before: "Teacher shortage is the biggest short board of rural education.", after: "Teacher shortage is the biggest weak link of rural education." },
  // forge-long-boards: the -ing form stays
  { before: "The province is forging long boards in new materials.", after: "The province is building on strengths in new materials." },
  // give-full-play-to: the branches are the fortresses; “make full use of fighting fortresses” inverts that
  { before: "The party branches should give full play to the role of fighting fortresses.", after: "The party branches should give full play to the role of fighting fortresses." },
  // entries split by verb form, so the replacement keeps the tense of the sentence
  { before: "The county exerted force on employment last year.", after: "The county focused on employment last year." },
  { before: "The bureau carried out extensive publicity on fire safety.", after: "The bureau ran publicity campaigns on fire safety." },
  { before: "The county strengthened publicity on water saving.", after: "The county stepped up publicity on water saving." },
  { before: "The courts escorted the recovery of private firms.", after: "The courts safeguarded the recovery of private firms." },
  { before: "The hospital takes patients as the center.", after: "The hospital puts patients first." },
  { before: "The meeting will deploy the flood prevention work for this summer.", after: "The meeting will plan the flood prevention work for this summer." },
  { before: "All schools tightened the string of safety during the holiday.", after: "All schools stayed alert to safety risks during the holiday." },
  { before: "The county grasped the implementation of the policies.", after: "The county ensured the implementation of the policies." },
  // phrase lists that mixed forms, nouns or occasions under one replacement
  { before: "Our district held a meeting on the business environment.", after: "The district held a meeting on the business environment." },
  { before: "The responsibility is heavier than Mount Tai.", after: "The responsibility is of paramount importance." },
  { before: "Chairman Qian Feng attended the ceremony and delivered a speech.", after: "Chairman Qian Feng spoke at the ceremony." },
  { before: "The city introduced multiple measures at the same time to reduce traffic.", after: "The city introduced a range of measures to reduce traffic." },
  { before: "The party committee studied and decided to set up a new college.", after: "The party committee decided to set up a new college." },
  { before: "The new library was checked and accepted in June.", after: "The new library was inspected and approved in June." },
  { before: "We look forward to new and greater contributions from the alumni.", after: "We look forward to even greater contributions from the alumni." },
  { before: "The colleges have strengths, and we must bring them into full play.", after: "The colleges have strengths, and we must make full use of them." },
  // singular and plural phrases under one replacement: the number stays as written
  { before: "All construction units must check the scaffolding.", after: "All contractors must check the scaffolding." },
  { before: "The hospitals opened green channels for elderly patients.", after: "The hospitals opened fast tracks for elderly patients." },
  { before: "Officials should go to the basic level to listen.", after: "Officials should go to the grassroots level to listen." },
  { before: "The province deepened the national enterprise reform.", after: "The province deepened the SOE reform." },
  { before: "The school has five Yangtze River Scholars.", after: "The school has five Changjiang Scholars." },
  { before: "The relevant department will investigate the case.", after: "The department concerned will investigate the case." },
  // a noun or gerund replacement where the phrase is a verb, or a word the phrase needs dropped
  { before: "Enterprises run at most once for approvals.", after: "Enterprises run at most once for approvals." },
  { before: "The county succeeded in tackling poverty and storming fortresses.", after: "The county succeeded in tackling poverty." },
  { before: "The university deepened education and teaching reform.", after: "The university deepened teaching reform." },
];

describe("first replacements fit the sentence they land in", () => {
  it("has no duplicate cases", () => expect(new Set(cases.map((c) => c.before)).size).toBe(cases.length));
  for (const { before, after } of cases) {
    it(before.slice(0, 70), () => {
      expect(linter.fix(before, { unsafe: true }).output).toBe(after);
    });
  }
});

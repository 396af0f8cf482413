import { isCeasefire, isTalks, type ConflictEvent } from '@app/domain';
import { fixtureContext } from './article-context.fixture';
import { extractDiplomacy } from './index';

/**
 * The same predicates told in other words: nouns, passives, reported speech. Each sentence is expected
 * to yield exactly the listed events (type, by, day); 2025-06-11 is a Wednesday.
 */
const PUBLISHED = '2025-06-11';

const summary = (sentences: string[]): string[] =>
  extractDiplomacy(fixtureContext(sentences, PUBLISHED))
    .filter((event) => isCeasefire(event) || isTalks(event))
    .map((event: ConflictEvent) =>
      [event.type, 'by' in event ? (event.by ?? '-') : '-', event.occurredOn].join(' '),
    );

describe('paraphrases of the ceasefire predicates', () => {
  it.each<[string, string[], string[]]>([
    [
      'a proposal presented in the passive by a mediator',
      [
        'A proposal for a 30-day ceasefire between Russia and Ukraine was presented by Washington on Tuesday.',
      ],
      ['CeasefireProposed - 2025-06-10'],
    ],
    [
      'a demand for a halt to the fighting by a mediator',
      [
        'The UN Security Council demanded on Monday an immediate halt to the fighting between Thailand and Cambodia.',
      ],
      ['CeasefireProposed - 2025-06-09'],
    ],
    [
      'approval given as a noun phrase',
      ['On Sunday the Israeli cabinet gave its approval to the ceasefire deal with Hamas.'],
      ['CeasefireAccepted israel 2025-06-08'],
    ],
    [
      'a refusal of the proposal',
      ['Hamas refused the Israeli proposal for a temporary truce on Tuesday.'],
      ['CeasefireRejected hamas 2025-06-10'],
    ],
    [
      'a unilateral halt to attacks',
      ['The Houthis announced a unilateral halt to their attacks on Israel on Sunday.'],
      ['CeasefireDeclared houthis 2025-06-08'],
    ],
    [
      'a truce agreed in the passive',
      ['A ceasefire between India and Pakistan was agreed on Saturday after US mediation.'],
      ['CeasefireAgreed - 2025-06-07'],
    ],
    [
      'a mediator announcing a truce between the two',
      ['Trump announced on Monday a ceasefire between Israel and Iran.'],
      ['CeasefireAgreed - 2025-06-09'],
    ],
    [
      'the start of a truce as a noun',
      ['Guns fell silent with the start of the truce between Armenia and Azerbaijan on Sunday.'],
      ['CeasefireStarted - 2025-06-08'],
    ],
    [
      'an extension agreed by both sides',
      ['Israel and Hamas agreed on Monday to a ten-day extension of the truce.'],
      ['CeasefireExtended - 2025-06-09'],
    ],
    [
      'a charge of breach as a noun, by the speaker',
      ['Pakistan blamed India on Saturday for a breach of the ceasefire along the Line of Control.'],
      ['CeasefireViolationAlleged pakistan 2025-06-07'],
    ],
    [
      'a tally of violations by a belligerent, told after the fact',
      ['The RSF violated the truce within hours, the Sudanese army said on Monday.'],
      ['CeasefireViolationAlleged sudan 2025-06-09'],
    ],
    [
      'an accusation dated by the day it was made, not the night of the breach',
      [
        'In violation of the ceasefire, Pakistani troops opened fire on Indian posts overnight, the Indian army said on Friday.',
      ],
      ['CeasefireViolationAlleged india 2025-06-06'],
    ],
    [
      'each side reporting violations',
      ['Russia and Ukraine each reported hundreds of violations of the Easter truce.'],
      ['CeasefireViolationAlleged russia 2025-06-11', 'CeasefireViolationAlleged ukraine 2025-06-11'],
    ],
    [
      'a start in a relative clause and a later accusation',
      ['The ceasefire, which took effect on Monday, was violated within hours, Armenia said on Tuesday.'],
      ['CeasefireStarted - 2025-06-09', 'CeasefireViolationAlleged armenia 2025-06-10'],
    ],
    [
      'a proposal and its dismissal in one sentence',
      [
        'Putin proposed a three-day ceasefire on Monday to mark the anniversary, but Zelenskyy dismissed the offer.',
      ],
      ['CeasefireProposed russia 2025-06-09', 'CeasefireRejected ukraine 2025-06-09'],
    ],
    [
      'a proposal reported later, dated to the day it was made rather than the day it was reported',
      ['Kyiv said on Tuesday that it had proposed a ceasefire to Moscow on Sunday.'],
      ['CeasefireProposed ukraine 2025-06-08'],
    ],
    [
      'an acceptance in the passive',
      ['A US proposal for a 30-day ceasefire was accepted by Kyiv on Monday.'],
      ['CeasefireAccepted ukraine 2025-06-09'],
    ],
    [
      'a mediator wanting the sides to agree, which is no agreement',
      ['Washington wants Russia and Ukraine to agree to a 30-day truce, Rubio said on Tuesday.'],
      [],
    ],
    [
      'a monitors’ report, then both sides blaming each other on a later day',
      [
        'The truce was broken repeatedly last week, monitors said.',
        'Armenia and Azerbaijan blamed each other on Monday.',
      ],
      [
        'CeasefireViolationAlleged - 2025-06-02/2025-06-08',
        'CeasefireViolationAlleged armenia 2025-06-09',
        'CeasefireViolationAlleged azerbaijan 2025-06-09',
      ],
    ],
    [
      'a proposal dated by the day it was made, not by the start of the window it proposes',
      ['Kyiv proposed on Monday a truce with Russia starting at midnight on Friday.'],
      ['CeasefireProposed ukraine 2025-06-09'],
    ],
    [
      'a proposal with no day of its own and a window to begin later',
      ['Hamas proposed a truce with Israel to begin on Sunday.'],
      ['CeasefireProposed hamas 2025-06-11'],
    ],
    [
      'a leader ordering his forces to halt',
      ['Putin ordered his troops on Saturday to halt all military activity in Ukraine for 30 hours.'],
      ['CeasefireDeclared russia 2025-06-07'],
    ],
    [
      'a unilateral halt told as a verb',
      ['Moscow unilaterally halted strikes on Ukrainian energy facilities on Tuesday.'],
      ['CeasefireDeclared russia 2025-06-10'],
    ],
    [
      'a mediator’s proposal told as a noun with its day',
      ['The proposal, presented by Witkoff on Monday, envisages a 30-day truce between Russia and Ukraine.'],
      ['CeasefireProposed - 2025-06-09'],
    ],
    [
      'a truce "agreed" without a preposition',
      ['Israel and Hezbollah have agreed a ceasefire, Biden said on Tuesday.'],
      ['CeasefireAgreed - 2025-06-10'],
    ],
    [
      'a truce brokered, in the passive',
      ['A truce was brokered between Thailand and Cambodia on Monday.'],
      ['CeasefireAgreed - 2025-06-09'],
    ],
    [
      'a positive response to a proposal',
      ['Hamas responded positively to the ceasefire proposal on Saturday.'],
      ['CeasefireAccepted hamas 2025-06-07'],
    ],
    [
      'an offer declined',
      ['Kyiv declined the offer of a three-day truce on Monday.'],
      ['CeasefireRejected ukraine 2025-06-09'],
    ],
    [
      'peacekeepers reporting violations, without `by`',
      ['UNIFIL said on Monday that Israel had violated the ceasefire with Hezbollah dozens of times.'],
      ['CeasefireViolationAlleged - 2025-06-09'],
    ],
    [
      '"the army" and "the rebels" as the sides of a war between a state and an armed group',
      [
        'Fighting between the Sudanese army and the RSF went on around El Fasher.',
        'The army accepted a one-week truce on Monday; the paramilitaries turned the request down on Tuesday.',
      ],
      ['CeasefireAccepted sudan 2025-06-09', 'CeasefireRejected rsf 2025-06-10'],
    ],
    [
      'a truce named by its place, in a sentence about another theatre',
      ['Since the ceasefire in Gaza took effect last week, the Houthis have not fired at Israel.'],
      ['CeasefireStarted - 2025-06-02/2025-06-08'],
    ],
    [
      'the signing of an agreement, which also brings the sides together',
      [
        'The signing of the peace agreement by Armenia and Azerbaijan in Washington on Friday ended decades of conflict.',
      ],
      ['CeasefireAgreed - 2025-06-06', 'TalksHeld - 2025-06-06'],
    ],
    [
      'an extension agreed in the passive, which is no new agreement',
      ['An extension of the truce between Israel and Hamas was agreed in Cairo on Monday.'],
      ['CeasefireExtended - 2025-06-09'],
    ],
    [
      'a denial, which is no accusation',
      [
        'Israel denied violating the truce with Hezbollah, saying it had struck militants who posed a threat.',
      ],
      [],
    ],
  ])('%s', (_name, sentences, expected) => {
    expect(summary(sentences)).toEqual(expected);
  });
});

describe('paraphrases of the talks predicates', () => {
  it.each<[string, string[], string[]]>([
    [
      'talks set for a day and a place',
      ['Talks between Armenia and Azerbaijan are set for Friday in Abu Dhabi.'],
      ['TalksScheduled - 2025-06-13'],
    ],
    [
      'a call told as a noun with its day',
      ['In a phone call on Tuesday, Netanyahu and Trump discussed the Gaza truce.'],
      ['TalksHeld - 2025-06-10'],
    ],
    [
      'a belligerent meeting an outside leader',
      ['Zelenskyy held talks with Macron in Paris on Monday about the war with Russia.'],
      ['TalksHeld - 2025-06-09'],
    ],
    [
      'a delegation sent for talks on a set day',
      [
        'Israel agreed to send a delegation to Cairo on Friday for talks with mediators on a truce with Hamas.',
      ],
      ['TalksScheduled - 2025-06-13'],
    ],
    [
      'both sides agreeing to hold talks, a joint offer',
      ['Thailand and Cambodia have agreed to hold talks on the border dispute, Malaysia said on Monday.'],
      ['TalksOffered - 2025-06-09'],
    ],
    [
      'a mediator offering to host talks, which is neither an offer by a side nor talks held',
      ['Erdogan offered on Monday to host a new round of talks between Russia and Ukraine in Istanbul.'],
      [],
    ],
    [
      'a conversation held between the sides’ ministers',
      ['The foreign ministers of Armenia and Azerbaijan held a long phone conversation on Sunday.'],
      ['TalksHeld - 2025-06-08'],
    ],
    [
      'negotiating for hours, told as a verb',
      ['Russian and Ukrainian delegations negotiated for six hours in Istanbul on Monday.'],
      ['TalksHeld - 2025-06-09'],
    ],
    [
      'a leader receiving the other side’s envoy',
      ['Tshisekedi received a Rwandan delegation in Kinshasa on Tuesday.'],
      ['TalksHeld - 2025-06-10'],
    ],
    [
      'an envoy flying somewhere for talks',
      ['Witkoff flew to Moscow for talks with Putin on Thursday.'],
      ['TalksHeld - 2025-06-05'],
    ],
    [
      'a mediator inviting both sides to talks on a set day and place',
      ['Malaysia invited Thailand and Cambodia to talks in Kuala Lumpur on Monday.'],
      ['TalksScheduled - 2025-06-16'],
    ],
    [
      'readiness for talks told as a noun',
      ['Iran expressed readiness on Monday for new talks with the United States.'],
      ['TalksOffered iran 2025-06-09'],
    ],
    [
      'a summit that has been set for a day',
      ['A summit between Putin and Zelenskyy has been set for Friday in Istanbul.'],
      ['TalksScheduled - 2025-06-13'],
    ],
    [
      'an offer to negotiate',
      ['Pakistan offered on Tuesday to hold talks with India on the Kashmir dispute.'],
      ['TalksOffered pakistan 2025-06-10'],
    ],
  ])('%s', (_name, sentences, expected) => {
    expect(summary(sentences)).toEqual(expected);
  });
});

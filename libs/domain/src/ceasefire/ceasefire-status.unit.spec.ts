import type { CeasefireEvent, TalksEvent } from '../events';
import {
  ceasefireStatusAsOf,
  evolveCeasefireStatus,
  initialCeasefireStatus,
  toCeasefireView,
  type CeasefireStatus,
  type RecordedCeasefireEvent,
} from './ceasefire-status';

const THEATRE = 'russia-ukraine';

type Extra = Partial<Omit<CeasefireEvent, 'type'>> & Partial<Omit<TalksEvent, 'type'>>;

function event(
  id: string,
  type: (CeasefireEvent | TalksEvent)['type'],
  occurredOn: string,
  extra: Extra = {},
): RecordedCeasefireEvent {
  return {
    id,
    data: { type, occurredOn, theatre: THEATRE, parties: ['russia', 'ukraine'], ...extra } as
      CeasefireEvent | TalksEvent,
  };
}

const fold = (events: RecordedCeasefireEvent[], status: CeasefireStatus = initialCeasefireStatus(THEATRE)) =>
  events.reduce(evolveCeasefireStatus, status);

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('ceasefire status: the lifecycle', () => {
  it('starts with no ceasefire', () => {
    expect(toCeasefireView(initialCeasefireStatus(THEATRE))).toEqual({
      theatre: THEATRE,
      state: 'none',
      proposals: [],
      violations: [],
      talks: [],
    });
  });

  it('goes proposed, agreed, in effect, expired, each since the day of its event', () => {
    const steps = [
      event('p', 'CeasefireProposed', '2025-03-11', { by: 'ukraine', scope: 'full', durationHours: 720 }),
      event('a', 'CeasefireAgreed', '2025-03-20', {
        scope: 'energy',
        durationHours: 720,
        startsOn: '2025-03-21',
        endsOn: '2025-04-20',
      }),
      event('s', 'CeasefireStarted', '2025-03-21'),
      event('x', 'CeasefireExpired', '2025-04-20'),
    ];
    const states = steps.map((_, index) => fold(steps.slice(0, index + 1)));
    expect(states.map((status) => [status.state, status.since])).toEqual([
      ['proposed', '2025-03-11'],
      ['agreed', '2025-03-20'],
      ['in_effect', '2025-03-21'],
      ['expired', '2025-04-20'],
    ]);
    expect(states[0].proposals).toEqual([
      {
        eventIds: ['p'],
        by: 'ukraine',
        scope: 'full',
        durationHours: 720,
        proposedOn: '2025-03-11',
        inferred: false,
        answers: [],
      },
    ]);
    expect(states[3]).toMatchObject({
      proposals: [],
      lastEventOn: '2025-04-20',
      truce: {
        unilateral: false,
        scope: 'energy',
        durationHours: 720,
        startsOn: '2025-03-21',
        endsOn: '2025-04-20',
        announcedOn: '2025-03-20',
        startedOn: '2025-03-21',
        endedOn: '2025-04-20',
      },
    });
  });

  it('puts a unilateral truce in effect at once, or agreed until a later start', () => {
    const now = fold([event('d', 'CeasefireDeclared', '2025-04-19', { by: 'russia', durationHours: 30 })]);
    expect(now).toMatchObject({
      state: 'in_effect',
      since: '2025-04-19',
      truce: {
        unilateral: true,
        by: 'russia',
        durationHours: 30,
        announcedOn: '2025-04-19',
        startedOn: '2025-04-19',
      },
    });
    const later = fold([
      event('d', 'CeasefireDeclared', '2025-04-28', {
        by: 'russia',
        startsOn: '2025-05-08',
        endsOn: '2025-05-10',
      }),
    ]);
    expect(later).toMatchObject({ state: 'agreed', truce: { unilateral: true, startsOn: '2025-05-08' } });
    expect(later.truce?.startedOn).toBeUndefined();
    expect(fold([event('s', 'CeasefireStarted', '2025-05-08')], later)).toMatchObject({
      state: 'in_effect',
      truce: { unilateral: true, by: 'russia', startedOn: '2025-05-08' },
    });
  });

  it('keeps a unilateral truce from settling proposals that are still on the table', () => {
    const status = fold([
      event('p', 'CeasefireProposed', '2025-04-10', { by: 'us' }),
      event('d', 'CeasefireDeclared', '2025-04-19', { by: 'russia' }),
    ]);
    expect(status.state).toBe('in_effect');
    expect(status.proposals.map((proposal) => proposal.by)).toEqual(['us']);
  });

  it('starts a truce nobody reported agreeing, and settles open proposals with it', () => {
    const status = fold([
      event('p', 'CeasefireProposed', '2025-01-10', { by: 'qatar' }),
      event('s', 'CeasefireStarted', '2025-01-19', { durationHours: 1008 }),
    ]);
    expect(status).toMatchObject({
      state: 'in_effect',
      proposals: [],
      truce: { unilateral: false, durationHours: 1008, startedOn: '2025-01-19' },
    });
  });

  it('keeps a truce in effect when an agreement amends it', () => {
    const status = fold([
      event('s', 'CeasefireStarted', '2025-01-19'),
      event('a', 'CeasefireAgreed', '2025-02-01', { scope: 'full' }),
    ]);
    expect(status).toMatchObject({
      state: 'in_effect',
      since: '2025-01-19',
      truce: { scope: 'full', startedOn: '2025-01-19', announcedOn: '2025-02-01' },
    });
  });

  it('extends a truce: new end, still in effect; an agreed truce not yet started stays agreed', () => {
    const running = fold([
      event('s', 'CeasefireStarted', '2025-03-01', { endsOn: '2025-03-31' }),
      event('e', 'CeasefireExtended', '2025-03-30', { durationHours: 240, endsOn: '2025-04-10' }),
    ]);
    expect(running).toMatchObject({
      state: 'in_effect',
      since: '2025-03-01',
      truce: { startedOn: '2025-03-01', extendedOn: '2025-03-30', durationHours: 240, endsOn: '2025-04-10' },
    });
    const pending = fold([
      event('a', 'CeasefireAgreed', '2025-03-01'),
      event('e', 'CeasefireExtended', '2025-03-02'),
    ]);
    expect(pending.state).toBe('agreed');
  });

  it('revives a lapsed truce that is extended afterwards', () => {
    const status = fold([
      event('s', 'CeasefireStarted', '2025-03-01'),
      event('x', 'CeasefireExpired', '2025-03-31'),
      event('e', 'CeasefireExtended', '2025-04-02', { endsOn: '2025-04-30' }),
    ]);
    expect(status).toMatchObject({
      state: 'in_effect',
      since: '2025-04-02',
      truce: { endsOn: '2025-04-30' },
    });
    expect(status.truce?.endedOn).toBeUndefined();
  });

  it('keeps saying a truce ended when a new proposal follows, listing the proposal as open', () => {
    const status = fold([
      event('s', 'CeasefireStarted', '2025-03-01'),
      event('x', 'CeasefireEnded', '2025-03-18', { by: 'israel' }),
      event('p', 'CeasefireProposed', '2025-03-25', { by: 'egypt' }),
    ]);
    expect(status).toMatchObject({
      state: 'ended',
      since: '2025-03-18',
      truce: { startedOn: '2025-03-01', endedOn: '2025-03-18' },
      proposals: [{ by: 'egypt', proposedOn: '2025-03-25' }],
    });
  });

  it('lists a proposal made during a truce without downgrading it', () => {
    const status = fold([
      event('s', 'CeasefireStarted', '2025-03-01'),
      event('p', 'CeasefireProposed', '2025-03-05', { by: 'us', scope: 'full' }),
    ]);
    expect(status.state).toBe('in_effect');
    expect(status.proposals).toHaveLength(1);
  });

  it('records an end or expiry even when nothing before it was reported', () => {
    expect(fold([event('x', 'CeasefireEnded', '2025-03-18')])).toMatchObject({
      state: 'ended',
      truce: { endedOn: '2025-03-18' },
    });
    expect(fold([event('x', 'CeasefireExpired', '2025-03-18')]).state).toBe('expired');
  });

  it('dates an event known only by a period at the start of that period', () => {
    const status = fold([event('p', 'CeasefireProposed', '2025-04-14/2025-04-20', { by: 'us' })]);
    expect(status).toMatchObject({
      since: '2025-04-14',
      lastEventOn: '2025-04-14',
      proposals: [{ proposedOn: '2025-04-14' }],
    });
  });
});

describe('ceasefire status: proposals and answers', () => {
  it('merges the same proposal reported by several events, and keeps a different one apart', () => {
    const status = fold([
      event('p1', 'CeasefireProposed', '2025-03-11', { by: 'us', scope: 'full' }),
      event('p2', 'CeasefireProposed', '2025-03-11', { by: 'us', scope: 'full', durationHours: 720 }),
      event('p3', 'CeasefireProposed', '2025-03-11', { by: 'us', scope: 'energy' }),
    ]);
    expect(
      status.proposals.map((proposal) => [proposal.eventIds, proposal.scope, proposal.durationHours]),
    ).toEqual([
      [['p1', 'p2'], 'full', 720],
      [['p3'], 'energy', undefined],
    ]);
  });

  it('answers the latest open proposal not made by the answering party', () => {
    const status = fold([
      event('pu', 'CeasefireProposed', '2025-03-01', { by: 'ukraine' }),
      event('pr', 'CeasefireProposed', '2025-03-05', { by: 'russia' }),
      event('ar', 'CeasefireAccepted', '2025-03-06', { by: 'russia' }),
      event('ru', 'CeasefireRejected', '2025-03-06', { by: 'ukraine' }),
    ]);
    expect(status.state).toBe('proposed');
    expect(status.proposals.map((proposal) => [proposal.by, proposal.answers])).toEqual([
      ['ukraine', [{ by: 'russia', answer: 'accepted', on: '2025-03-06', eventIds: ['ar'] }]],
      ['russia', [{ by: 'ukraine', answer: 'rejected', on: '2025-03-06', eventIds: ['ru'] }]],
    ]);
  });

  it('lets an answer naming no party answer the latest proposal', () => {
    const status = fold([
      event('p1', 'CeasefireProposed', '2025-03-01', { by: 'ukraine' }),
      event('p2', 'CeasefireProposed', '2025-03-02', { by: 'us' }),
      event('a', 'CeasefireAccepted', '2025-03-03'),
    ]);
    expect(status.proposals[1].answers).toEqual([{ answer: 'accepted', on: '2025-03-03', eventIds: ['a'] }]);
    expect(status.proposals[0].answers).toEqual([]);
  });

  it('infers the proposal an answer refers to when none was reported', () => {
    const status = fold([
      event('r', 'CeasefireRejected', '2025-03-18', { by: 'russia', scope: 'full', durationHours: 720 }),
    ]);
    expect(status).toMatchObject({ state: 'proposed', since: '2025-03-18' });
    expect(status.proposals).toEqual([
      {
        eventIds: [],
        scope: 'full',
        durationHours: 720,
        proposedOn: '2025-03-18',
        inferred: true,
        answers: [{ by: 'russia', answer: 'rejected', on: '2025-03-18', eventIds: ['r'] }],
      },
    ]);
  });

  it('counts one answer repeated by several events once, and keeps a reversal', () => {
    const status = fold([
      event('p', 'CeasefireProposed', '2025-03-01', { by: 'us' }),
      event('r1', 'CeasefireRejected', '2025-03-02', { by: 'russia' }),
      event('r2', 'CeasefireRejected', '2025-03-02', { by: 'russia' }),
      event('a', 'CeasefireAccepted', '2025-03-09', { by: 'russia' }),
    ]);
    expect(status.proposals[0].answers).toEqual([
      { by: 'russia', answer: 'rejected', on: '2025-03-02', eventIds: ['r1', 'r2'] },
      { by: 'russia', answer: 'accepted', on: '2025-03-09', eventIds: ['a'] },
    ]);
  });

  it('settles open proposals with an agreement', () => {
    const status = fold([
      event('p', 'CeasefireProposed', '2025-03-01', { by: 'us' }),
      event('a', 'CeasefireAgreed', '2025-03-10'),
      event('p2', 'CeasefireProposed', '2025-03-12', { by: 'ukraine', scope: 'maritime' }),
    ]);
    expect(status.proposals.map((proposal) => proposal.eventIds)).toEqual([['p2']]);
    expect(status.state).toBe('agreed');
  });
});

describe('ceasefire status: violations and talks', () => {
  it('keeps one allegation per accuser and day, and a monitor without a party', () => {
    const status = fold([
      event('s', 'CeasefireStarted', '2025-04-19'),
      event('v1', 'CeasefireViolationAlleged', '2025-04-20', { by: 'ukraine' }),
      event('v2', 'CeasefireViolationAlleged', '2025-04-20', { by: 'ukraine' }),
      event('v3', 'CeasefireViolationAlleged', '2025-04-20', { by: 'russia' }),
      event('v4', 'CeasefireViolationAlleged', '2025-04-21', { by: 'ukraine' }),
      event('v5', 'CeasefireViolationAlleged', '2025-04-21'),
    ]);
    expect(status.state).toBe('in_effect');
    expect(status.violations).toEqual([
      { by: 'ukraine', on: '2025-04-20', eventIds: ['v1', 'v2'] },
      { by: 'russia', on: '2025-04-20', eventIds: ['v3'] },
      { by: 'ukraine', on: '2025-04-21', eventIds: ['v4'] },
      { on: '2025-04-21', eventIds: ['v5'] },
    ]);
  });

  it('records talks offered, scheduled and held, merging reports of the same meeting', () => {
    const status = fold([
      event('o1', 'TalksOffered', '2025-05-11', { by: 'russia' }),
      event('o2', 'TalksOffered', '2025-05-11', { by: 'ukraine' }),
      event('s1', 'TalksScheduled', '2025-05-15', { location: 'Istanbul' }),
      event('s2', 'TalksScheduled', '2025-05-15', { participants: ['russia', 'ukraine', 'turkey'] }),
      event('h', 'TalksHeld', '2025-05-16', { location: 'Istanbul', participants: ['ukraine', 'russia'] }),
    ]);
    expect(status.state).toBe('none');
    expect(status.lastEventOn).toBe('2025-05-16');
    expect(status.talks).toEqual([
      { kind: 'offered', on: '2025-05-11', by: 'russia', participants: [], eventIds: ['o1'] },
      { kind: 'offered', on: '2025-05-11', by: 'ukraine', participants: [], eventIds: ['o2'] },
      {
        kind: 'scheduled',
        on: '2025-05-15',
        location: 'Istanbul',
        participants: ['russia', 'turkey', 'ukraine'],
        eventIds: ['s1', 's2'],
      },
      {
        kind: 'held',
        on: '2025-05-16',
        location: 'Istanbul',
        participants: ['russia', 'ukraine'],
        eventIds: ['h'],
      },
    ]);
  });
});

describe('ceasefire status: replays, duplicates and order', () => {
  const lifecycle = [
    event('c1', 'CeasefireProposed', '2025-03-11', { by: 'us' }),
    event('c2', 'CeasefireRejected', '2025-03-12', { by: 'russia' }),
    event('c3', 'TalksHeld', '2025-03-13', { participants: ['us', 'russia'] }),
    event('c4', 'CeasefireAgreed', '2025-03-18', { scope: 'energy' }),
    event('c5', 'CeasefireStarted', '2025-03-18'),
    event('c6', 'CeasefireViolationAlleged', '2025-03-19', { by: 'ukraine' }),
    event('c7', 'CeasefireExpired', '2025-04-17'),
  ];

  it('ignores an event applied twice, returning the very same state', () => {
    const once = fold(lifecycle);
    for (const replay of lifecycle) expect(evolveCeasefireStatus(once, replay)).toBe(once);
    expect(fold([...lifecycle, ...lifecycle])).toEqual(once);
  });

  it('ends the same whatever order the events arrive in', () => {
    const expected = fold(lifecycle);
    expect(expected.state).toBe('expired');
    for (const order of permutations(lifecycle)) expect(fold(order)).toEqual(expected);
  });

  it('does not let an older event arriving late override a newer state', () => {
    const ended = fold([event('e', 'CeasefireEnded', '2025-04-20')]);
    const late = fold(
      [event('s', 'CeasefireStarted', '2025-04-11'), event('p', 'CeasefireProposed', '2025-04-01')],
      ended,
    );
    expect(late).toMatchObject({
      state: 'ended',
      since: '2025-04-20',
      lastEventOn: '2025-04-20',
      truce: { startedOn: '2025-04-11' },
    });
  });

  it('re-targets answers when the proposal they answer arrives late', () => {
    const answerFirst = fold([
      event('a', 'CeasefireAccepted', '2025-03-12', { by: 'ukraine' }),
      event('p', 'CeasefireProposed', '2025-03-11', { by: 'us' }),
    ]);
    expect(answerFirst.proposals).toEqual([
      expect.objectContaining({
        by: 'us',
        inferred: false,
        answers: [expect.objectContaining({ by: 'ukraine' })],
      }),
    ]);
  });

  it('breaks ties on one day by lifecycle order', () => {
    const sameDay = [
      event('z', 'CeasefireExpired', '2025-04-20'),
      event('y', 'CeasefireStarted', '2025-04-20'),
      event('x', 'CeasefireAgreed', '2025-04-20'),
      event('w', 'CeasefireProposed', '2025-04-20', { by: 'us' }),
    ];
    for (const order of permutations(sameDay)) {
      expect(fold(order)).toMatchObject({
        state: 'expired',
        proposals: [],
        truce: { announcedOn: '2025-04-20', startedOn: '2025-04-20' },
      });
    }
    expect(
      fold([event('b', 'CeasefireAgreed', '2025-04-20'), event('a', 'CeasefireProposed', '2025-04-20')])
        .state,
    ).toBe('agreed');
  });

  it('folds "as of" a day from the journal, ignoring later events', () => {
    const status = fold(lifecycle);
    expect(ceasefireStatusAsOf(status, '2025-03-10').state).toBe('none');
    expect(ceasefireStatusAsOf(status, '2025-03-12')).toMatchObject({
      state: 'proposed',
      lastEventOn: '2025-03-12',
    });
    expect(ceasefireStatusAsOf(status, '2025-03-18')).toMatchObject({ state: 'in_effect', violations: [] });
    expect(ceasefireStatusAsOf(status, '2025-04-17')).toEqual(status);
    expect(ceasefireStatusAsOf(status, '2025-03-18')).toEqual(fold(lifecycle.slice(0, 5)));
  });

  it('does not change the state it was given', () => {
    const before = fold(lifecycle.slice(0, 3));
    const copy = structuredClone(before);
    fold(lifecycle.slice(3), before);
    fold([event('late', 'CeasefireProposed', '2025-01-01', { by: 'ukraine' })], before);
    expect(before).toEqual(copy);
  });

  it('refuses an event of another theatre', () => {
    const other = {
      id: 'o',
      data: { ...event('o', 'CeasefireProposed', '2025-03-01').data, theatre: 'israel-hamas' },
    };
    expect(() => evolveCeasefireStatus(initialCeasefireStatus(THEATRE), other)).toThrow(/israel-hamas/);
  });
});

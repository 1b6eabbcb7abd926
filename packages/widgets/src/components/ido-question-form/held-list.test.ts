/// <reference types="mocha" />
// The held list on its own: what each held registration says, and which actions it offers.
import { expect, fixture, html } from '@open-wc/testing';
import type { OutboxEntry, OutboxHeldReason, Taxonomy } from '@idokit/sdk';
import { createFakeClient } from '@idokit/sdk/testing';
import { render } from 'lit';
import { expectAccessible } from '../../testing/index.js';
import { formatDay, heldReason, renderHeldList, type HeldListOptions } from './held-list.js';
import { questionFormEn, questionFormNl } from './strings.js';

const HERE = 'ido-zwolle-centrum';
let taxonomy: Taxonomy;

function entry(n: number, reason: OutboxHeldReason, changes: object = {}): OutboxEntry {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    registration: {
      id,
      locationId: HERE,
      date: '2026-11-17',
      hour: 14,
      channel: 'desk',
      durationMinutes: 10,
      questions: [
        { type: 'government', themes: ['toeslagen'], organisations: [], help: 'informed' },
      ],
      ...changes,
    },
    enqueuedAt: 0,
    attempts: 1,
    nextAttemptAt: 0,
    heldReason: reason,
  };
}

const PERSONAL = entry(
  1,
  { status: 422, code: 'personal-data', message: 'x' },
  { note: 'BSN 111222333' },
);
const ELSEWHERE = entry(2, { code: 'wrong-location', message: 'x' }, { locationId: 'ido-elders' });

async function show(changes: Partial<HeldListOptions> = {}) {
  const calls: string[] = [];
  const options: HeldListOptions = {
    held: [PERSONAL, ELSEWHERE],
    locationId: HERE,
    taxonomy,
    dataLanguage: 'nl',
    locale: 'nl-NL',
    strings: questionFormNl,
    confirmDiscard: undefined,
    heading: (text, id) => html`<h3 id=${id}>${text}</h3>`,
    onCorrect: (e) => calls.push(`correct ${e.id}`),
    onAskDiscard: (id) => calls.push(`ask ${id}`),
    onDiscard: (id) => calls.push(`discard ${id}`),
    onCancelDiscard: () => calls.push('cancel'),
    ...changes,
  };
  const el = await fixture<HTMLDivElement>(html`<div></div>`);
  render(renderHeldList(options), el);
  const items = [...el.querySelectorAll('li')];
  const buttons = (li: Element) =>
    [...li.querySelectorAll('button')].map((b) => b.textContent!.trim());
  return { el, items, calls, buttons };
}

before(async () => {
  taxonomy = await createFakeClient().getTaxonomy();
});

describe('held list', () => {
  it('shows nothing when nothing is held', async () => {
    const { el } = await show({ held: [] });
    expect(el.querySelector('[part~="held"]')).to.equal(null);
  });

  it('names each held visit, why it was refused, and what can be done', async () => {
    const { el, items, buttons } = await show();
    const section = el.querySelector('[part~="held"]')!;
    expect(section.getAttribute('aria-labelledby')).to.equal('held-heading');
    expect(el.querySelector('#held-heading')!.textContent).to.equal(
      questionFormNl.formHeldHeading(2),
    );
    const title = items[0]!.querySelector('.held-title')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(title).to.equal(
      `${questionFormNl.formHeldVisit(formatDay('2026-11-17', 'nl-NL'), '14:00')}: Toeslagen`,
    );
    expect(items[0]!.textContent).to.contain('Geweigerd: de notitie bevat een BSN.');
    expect(buttons(items[0]!)).to.deep.equal([
      questionFormNl.formHeldCorrect,
      questionFormNl.formHeldDiscard,
    ]);
    // Registered for another location: it cannot be corrected here, only discarded.
    expect(items[1]!.textContent).to.contain(
      questionFormNl.formHeldReasonOtherLocation('ido-elders'),
    );
    expect(buttons(items[1]!)).to.deep.equal([questionFormNl.formHeldDiscard]);
    await expectAccessible(el);
  });

  it('asks before discarding, with the safe choice named for focus', async () => {
    const { items, calls, buttons } = await show({ confirmDiscard: PERSONAL.id });
    const group = items[0]!.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-labelledby')).to.equal(`discard-q-${PERSONAL.id}`);
    expect(buttons(items[0]!)).to.deep.equal([
      questionFormNl.formHeldDiscardYes,
      questionFormNl.formCancel,
    ]);
    expect(items[0]!.querySelector(`#discard-cancel-${PERSONAL.id}`)).not.to.equal(null);
    items[0]!.querySelectorAll('button')[0]!.click();
    items[0]!.querySelectorAll('button')[1]!.click();
    items[1]!.querySelector('button')!.click();
    expect(calls).to.deep.equal([`discard ${PERSONAL.id}`, 'cancel', `ask ${ELSEWHERE.id}`]);
  });

  it('hands the entry to correct', async () => {
    const { items, calls } = await show();
    items[0]!.querySelector('button')!.click();
    expect(calls).to.deep.equal([`correct ${PERSONAL.id}`]);
  });

  it('words every kind of refusal', () => {
    const t = questionFormEn;
    const cases: [OutboxEntry, boolean, string][] = [
      [
        entry(3, { status: 401, code: 'unauthorized', message: 'x' }),
        false,
        t.formHeldReasonUnauthorized,
      ],
      [entry(4, { code: 'not-enrolled', message: 'x' }), false, t.formHeldReasonUnauthorized],
      [
        entry(5, { status: 400, code: 'bad-request', message: 'x' }),
        false,
        t.formHeldReasonInvalid,
      ],
      [entry(6, { code: 'validation', message: 'x' }), false, t.formHeldReasonInvalid],
      [
        entry(7, { status: 500, code: 'server-error', message: 'x' }),
        false,
        t.formHeldReasonOther('500'),
      ],
      [entry(8, { code: 'read-only', message: 'x' }), false, t.formHeldReasonOther('read-only')],
      [ELSEWHERE, true, t.formHeldReasonOtherLocation('ido-elders')],
    ];
    for (const [held, elsewhere, expected] of cases)
      expect(heldReason(held, elsewhere, t, 'en'), held.heldReason!.code).to.equal(expected);
    expect(heldReason(PERSONAL, false, t, 'en')).to.equal(t.formHeldReasonPersonalData('a BSN'));
  });
});

/// <reference types="mocha" />
// The visit being entered, without an element: what it registers, and what it offers next.
import { expect } from '@open-wc/testing';
import type { OutboxEntry, Taxonomy } from '@idokit/sdk';
import { createFakeClient } from '@idokit/sdk/testing';
import { questionFormNl } from './strings.js';
import { VisitEditor } from './visit-editor.js';

const HERE = 'ido-zwolle-centrum';
let taxonomy: Taxonomy;
let now = new Date('2026-11-20T09:59:00Z'); // 10:59 in Amsterdam
let updates = 0;

function editor(): VisitEditor {
  updates = 0;
  return new VisitEditor({ requestUpdate: () => (updates += 1) }, 'desk', {
    now: () => now,
    strings: () => questionFormNl,
  });
}

before(async () => {
  taxonomy = await createFakeClient().getTaxonomy();
});

describe('VisitEditor', () => {
  it('registers a new visit at the hour it started (in Amsterdam), not when it is sent', () => {
    const e = editor();
    expect(e.problems().map((p) => p.field)).to.deep.equal(['q0-themes']);
    e.editQuestion(0, (q) => q.themes.push('toeslagen'));
    expect(updates).to.equal(1);
    now = new Date('2026-11-20T10:05:00Z');
    expect(e.validate()).to.equal(true);
    const reg = e.registration(taxonomy, HERE, []);
    expect(reg).to.include({ locationId: HERE, date: '2026-11-20', hour: 10, channel: 'desk' });
    expect(reg.questions[0]!.themes).to.deep.equal(['toeslagen']);
    expect(reg.supersedes).to.equal(undefined);
  });

  it('offers the last visit again without its note, and corrects it with a superseding one', () => {
    const e = editor();
    e.edit((v) => {
      v.questions[0]!.themes.push('toeslagen');
      v.note = 'brief van de Belastingdienst';
    });
    const first = e.registration(taxonomy, HERE, []);
    e.registered(first, e.visit, taxonomy);
    expect(e.visit.questions[0]!.themes).to.deep.equal([]);
    expect(e.canUndo(5)).to.equal(true);
    expect(e.canUndo(0)).to.equal(false);

    expect(e.sameAsLast()).to.equal(true);
    expect(e.visit.note).to.equal('');
    expect(e.visit.questions[0]!.themes).to.deep.equal(['toeslagen']);

    expect(e.correctLast(HERE)).to.equal(true);
    expect(e.mode).to.deep.include({ kind: 'correct', supersedes: first.id });
    expect(e.visit.note).to.equal('brief van de Belastingdienst');
    const correction = e.registration(taxonomy, HERE, []);
    expect(correction.supersedes).to.equal(first.id);
    expect(correction.id).not.to.equal(first.id);
    expect([correction.date, correction.hour]).to.deep.equal([first.date, first.hour]);

    e.forgetLast();
    expect(e.sameAsLast()).to.equal(false);
  });

  it('starts each new visit with the desk\'s default channel; only "same as last" repeats one', () => {
    const e = editor();
    e.edit((v) => {
      v.questions[0]!.themes.push('toeslagen');
      v.channel = 'phone';
    });
    const call = e.registration(taxonomy, HERE, []);
    e.registered(call, e.visit, taxonomy);
    expect(e.visit.channel).to.equal('desk');
    expect(e.touched).to.equal(false);
    e.defaultChannel = 'email';
    e.startNew(taxonomy, true);
    expect(e.visit.channel).to.equal('email');
    expect(e.sameAsLast()).to.equal(true);
    expect(e.visit.channel).to.equal('phone');
  });

  it('refuses a date ahead or more than 14 days back, and an outreach place without a name', () => {
    const e = editor();
    e.edit((v) => {
      v.questions[0]!.themes.push('toeslagen');
      v.when = { date: '2026-11-21', hour: 10 };
      v.place = { kind: 'outreach', name: ' ' };
    });
    expect(e.problems().map((p) => p.field)).to.deep.equal(['when-date', 'place-name']);
    e.edit((v) => {
      v.when = { date: '2026-11-06', hour: 10 };
      v.place = { kind: 'outreach', name: 'Buurthuis De Kolk' };
    });
    expect(e.problems().map((p) => p.field)).to.deep.equal([]);
    const reg = e.registration(taxonomy, HERE, []);
    expect(reg).to.deep.include({ date: '2026-11-06', hour: 10, locationId: HERE });
    expect(reg.outreach).to.deep.equal({ name: 'Buurthuis De Kolk' });
    e.edit((v) => (v.when = { date: '2026-11-05', hour: 10 }));
    expect(e.problems().map((p) => p.field)).to.deep.equal(['when-date']);
  });

  it('corrects a held registration under its own id and location, showing its problems', () => {
    const e = editor();
    const held: OutboxEntry = {
      id: '00000000-0000-4000-8000-000000000001',
      registration: {
        id: '00000000-0000-4000-8000-000000000001',
        locationId: 'ido-elders',
        date: '2026-11-17',
        hour: 14,
        channel: 'phone',
        durationMinutes: 10,
        questions: [{ type: 'library', themes: [], organisations: [], help: 'informed' }],
        note: 'BSN 111222333',
      },
      enqueuedAt: 0,
      attempts: 1,
      nextAttemptAt: 0,
      heldReason: { status: 422, code: 'personal-data', message: 'x' },
    };
    e.correctHeld(held);
    expect(e.errors.map((x) => x.field)).to.deep.equal(['note']);
    e.edit((v) => (v.note = 'BSN'));
    expect(e.errors).to.deep.equal([]);
    const reg = e.registration(taxonomy, HERE, [held]);
    expect(reg).to.include({ id: held.id, locationId: 'ido-elders', date: '2026-11-17', hour: 14 });
    e.heldGone(held.id);
    expect(e.mode).to.deep.equal({ kind: 'new' });
  });
});

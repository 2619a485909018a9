import { decodeAction, decodeOwnVerbs, encodeAction, MAX_ACTION_BYTES, newTag } from '../../src/bot/actions';
import { parseHrValue } from '../../src/hr/commands';
import { contactAnswerAction, parseContactAnswer } from '../../src/hr/messages';
import { readReply, renderCards, renderQuestion } from '../../src/bot/render';

describe('action grammar', () => {
  it('round-trips tagged answers and untagged global actions', () => {
    expect(decodeAction(encodeAction('level:good', 'k3f'))).toEqual({ action: 'level:good', verb: 'level', args: ['good'], tag: 'k3f' });
    expect(decodeAction('job:why:job-42')).toEqual({ action: 'job:why:job-42', verb: 'job', args: ['why', 'job-42'], tag: undefined });
    expect(decodeAction('more')).toMatchObject({ verb: 'more', args: [] });
  });

  it('never takes typed words for actions', () => {
    for (const typed of ['hilfe', 'level:good', 'Ja', 'job why', 'ich kann löten', '', 'a'.repeat(100)]) expect(decodeAction(typed)).toBeUndefined();
  });

  it('reads HR and contact buttons through the same grammar, only for their own verbs', () => {
    expect(decodeOwnVerbs('hrc:K-0A1B2C:job-7', ['hrc'])).toMatchObject({ verb: 'hrc', args: ['K-0A1B2C', 'job-7'] });
    expect(decodeOwnVerbs({ action: 'hrf:daily' }, ['hrf'])).toMatchObject({ verb: 'hrf', args: ['daily'] });
    for (const value of ['hrc:K-0A1B2C:job-7', 'job:why:1', 'hrc K-0A1B2C', 'hrc:x#abc', `hrc:${'x'.repeat(70)}`, 42, { action: 7 }, null]) {
      expect(decodeOwnVerbs(value, ['contact'])).toBeUndefined();
    }
    expect(parseHrValue('hrc:K-0A1B2C:job-7')).toEqual({ kind: 'contact', pseudonym: 'K-0A1B2C', jobId: 'job-7' });
    expect(parseHrValue({ action: 'hrf:weekly' })).toEqual({ kind: 'frequency', frequency: 'weekly' });
    for (const forged of ['hrc:K-zzzzzz:job-7', 'hrc:K-0A1B2C', 'hrc:K-0A1B2C:job-7:more', 'hrf:hourly', 'hrf:daily:x', 'hrc:constructor:x']) expect(parseHrValue(forged)).toBeUndefined();
    expect(parseContactAnswer(contactAnswerAction('r-1', true))).toEqual({ requestId: 'r-1', yes: true });
    expect(parseContactAnswer({ action: contactAnswerAction('r-1', false) })).toEqual({ requestId: 'r-1', yes: false });
    for (const forged of ['contact:maybe:r-1', 'contact:yes', 'contact:yes:r-1:x', 'contact:yes:r 1']) expect(parseContactAnswer(forged)).toBeUndefined();
  });

  it('keeps values within Telegram callback_data limits', () => {
    expect(() => encodeAction(`job:why:${'x'.repeat(60)}`)).toThrow(/64 bytes/);
    expect(() => encodeAction('has space', 'abc')).toThrow(/Invalid/);
    expect(Buffer.byteLength(encodeAction(`job:reject:${'x'.repeat(48)}`))).toBeLessThanOrEqual(MAX_ACTION_BYTES);
    expect(newTag()).toMatch(/^[a-z0-9]{3}$/);
  });
});

describe('render', () => {
  it('renders questions with postBack/imBack buttons and the location marker', () => {
    const activity = renderQuestion({ text: 'Wo?', buttons: [{ title: 'Gut', action: 'lvl:good' }, { title: 'Egal' }], requestLocation: true }, 'abc');
    expect(activity.suggestedActions!.actions).toEqual([
      { type: 'postBack', title: 'Gut', value: 'lvl:good#abc' },
      { type: 'imBack', title: 'Egal', value: 'Egal' },
    ]);
    expect(activity.channelData).toEqual({ lotse: { requestLocation: true } });
    expect(activity.inputHint).toBe('expectingInput');
  });

  it('renders result cards as a hero card carousel with untagged buttons', () => {
    const activity = renderCards([{ title: 'Job', subtitle: 'Firma', text: 'Passt', buttons: [{ title: 'Warum?', action: 'job:why:1' }] }], 'Intro', [
      { title: 'Mehr', action: 'more' },
    ]);
    expect(activity.attachmentLayout).toBe('carousel');
    expect(activity.attachments![0]!.content).toMatchObject({ title: 'Job', subtitle: 'Firma', buttons: [{ type: 'postBack', value: 'job:why:1' }] });
    expect(activity.suggestedActions!.actions[0]).toMatchObject({ value: 'more' });
  });

  it('reads replies: text cut to a sane length, button values from value or text, shared locations', () => {
    expect(readReply({ type: 'message', text: ` ${'a'.repeat(10_000)} ` }).text).toHaveLength(1000);
    expect(readReply({ type: 'message', text: 'x', value: 'lvl:good#abc' })).toMatchObject({ action: 'lvl:good', tag: 'abc' });
    expect(readReply({ type: 'message', text: 'lvl:good#abc' })).toMatchObject({ verb: 'lvl', args: ['good'] });
    expect(readReply({ type: 'message', entities: [{ type: 'GeoCoordinates', latitude: 47.2, longitude: 7.5 }] }).location).toEqual({ latitude: 47.2, longitude: 7.5 });
    expect(readReply({ type: 'message', entities: [{ type: 'GeoCoordinates', latitude: 200, longitude: 7.5 }] }).location).toBeUndefined();
    expect(readReply({ type: 'event', text: 'hi' }).text).toBe('');
  });
});

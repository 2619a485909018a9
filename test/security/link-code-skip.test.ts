/**
 * Nobody is left without an answer at the link-code question: after a declined consent the code
 * dialog is the only one open, and «Überspringen» (offered once the code was wrong twice) used to
 * end it in silence. The real bot, real link codes, a real database (dialog harness).
 */
import { CodeAccountLinking } from '../../src/services/account-linking';
import type { AccountLinking } from '../../src/services/ports';
import { LinkCodeStore } from '../../src/store/link-codes';
import { useHarness } from '../dialogs/support/harness';

const late: { linking?: AccountLinking } = {};
const linking: AccountLinking = { offer: (id) => late.linking!.offer(id), redeem: (code, who) => late.linking!.redeem(code, who) };

describe('«Überspringen» at the link-code question', () => {
  const h = useHarness('each', { linking });
  beforeEach(() => {
    late.linking = new CodeAccountLinking({ codes: new LinkCodeStore(h.db.prisma), profiles: h.services.profiles });
  });

  async function codeQuestionAfterDecline() {
    const chat = h.chat('decliner', 'decliner-conv');
    await chat.send('Hallo');
    await chat.tap('Deutsch (Schweiz)');
    await chat.tap('Nein');
    expect(chat.text()).toContain('über dich ist nichts gespeichert');
    await chat.send('/code');
    expect(chat.text()).toContain('Gib bitte den Code ein');
    await chat.send('1234');
    await chat.send('abcd');
    return chat;
  }

  it('tapped after a declined consent, it starts again with the first question', async () => {
    const chat = await codeQuestionAfterDecline();
    await chat.tap('Überspringen');
    expect(chat.text()).toMatch(/In welcher Sprache/);
    expect(await h.db.prisma.person.count()).toBe(0);
  });

  it('typed after a declined consent, it starts again with the first question', async () => {
    const chat = await codeQuestionAfterDecline();
    await chat.send('Überspringen');
    expect(chat.text()).toMatch(/In welcher Sprache/);
  });

  it('opened from the first question, it goes back to that question', async () => {
    const chat = h.chat('newcomer', 'newcomer-conv');
    await chat.send('Hallo');
    await chat.tap('Ich habe einen Code');
    await chat.send('1234');
    await chat.send('abcd');
    await chat.tap('Überspringen');
    expect(chat.text()).toMatch(/In welcher Sprache/);
  });
});

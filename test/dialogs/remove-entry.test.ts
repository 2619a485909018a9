/** Wrong entries are removable in one message, and «Passt, zeig mir Jobs» after editing shows jobs. */
import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('removing wrong entries and quick edits', () => {
  const h = useHarness();
  const identity = { channelId: 'test', channelUserId: 'u1' };
  const skills = async () => (await h.services.profiles.findByIdentity(identity))!.skills.map((s) => s.label);

  async function withSocialInsurance() {
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.tap('Alle Optionen');
    await chat.tap('Profil bearbeiten');
    await chat.tap('Skills ändern');
    await chat.send('Sozialversicherungen');
    for (let i = 0; i < 4 && !/Sozialversicherungen ist notiert|notiert/.test(chat.text()); i++) await chat.tap(chat.buttons()[0]!.title!);
    expect(await skills()).toContain('Sozialversicherungen');
    return chat;
  }

  it('«lösch Sozialversicherung» removes the skill at once, without asking about it', async () => {
    const chat = await withSocialInsurance();
    await chat.send('lösch Sozialversicherung');
    expect(chat.text()).toContain('✅ Entfernt: Sozialversicherungen.');
    expect(chat.text()).not.toMatch(/Wie gut|Meinst du/);
    expect(await skills()).toEqual(['Löten']);
    await chat.send('lösch Sozialversicherung');
    expect(chat.text()).toContain('steht nicht in deinem Profil');
  });

  it('«Sozialversicherung raus» removes it too', async () => {
    const chat = await withSocialInsurance();
    await chat.send('Sozialversicherung raus');
    expect(chat.text()).toContain('✅ Entfernt: Sozialversicherungen.');
    expect(await skills()).toEqual(['Löten']);
  });

  it('«will aber raus aus der Werkstatt» in an introduction answers «Was suchst du?» and removes nothing', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.tap('Deutsch (Deutschland)');
    await chat.tap('Ja, einverstanden');
    await chat.send('Moin, ich bin Jens, 44, gelernter Kfz-Mechatroniker aus 70173 Stuttgart, will aber raus aus der Werkstatt, am liebsten in die Disposition.');
    expect(chat.text()).not.toMatch(/nichts zu löschen|Entfernt/);
    expect(chat.text()).not.toMatch(/Was suchst du/);
  });

  it('«please remove social insurance» in English removes it too', async () => {
    const chat = await withSocialInsurance();
    await chat.send('Can we speak English?');
    await chat.send('please remove social insurance');
    expect(chat.text()).toContain('✅ Removed: Sozialversicherungen');
    expect(chat.text()).not.toMatch(/Do you mean/);
    expect(await skills()).toEqual(['Löten']);
  });

  it('after editing from the menu, «Passt, zeig mir Jobs» shows jobs', async () => {
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.tap('Alle Optionen');
    await chat.tap('Profil bearbeiten');
    await chat.tap('Ort ändern');
    await chat.send('4500 Solothurn');
    for (let i = 0; i < 3 && !/Passt das so/.test(chat.text()); i++) await chat.tap(chat.buttons()[0]!.title!);
    await chat.tap('Passt, zeig mir Jobs');
    expect(chat.text()).toMatch(/Passende Stellen für dich \(1–/);
    expect(chat.last.some((a) => a.attachments?.length)).toBe(true);
  });

  it.each(['Profil bearbeiten', 'ich will mein Profil ändern', 'edit my profile'])('typed «%s» opens the profile with a button per part, like the menu button', async (typed) => {
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.send(typed);
    const titles = chat.buttons().map((b) => b.title);
    expect(titles).toEqual(expect.arrayContaining(['Skills ändern', 'Ort ändern']));
    await chat.tap('Ort ändern');
    expect(chat.text()).toMatch(/Wo wohnst du|PLZ|Ort/);
  });
});

import { ConfigError, loadConfig } from '../../src/config';

describe('configuration from the environment', () => {
  it('starts with sensible defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3978);
    expect(config.DATABASE_URL).toBe('file:./data/lotse.db');
    expect(config.databaseKind).toBe('sqlite');
    expect(config.DEFAULT_LOCALE).toBe('de-CH');
    expect(config.SEED_DEMO).toBe(true);
    expect(config.telegramMode).toBe('polling');
  });

  it('names every wrong value with what is expected', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DEFAULT_LOCALE: 'fr-FR', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT: expected a port number/);
    expect(problems).toMatch(/DEFAULT_LOCALE: expected de-CH, de-DE or en/);
    expect(problems).toMatch(/DATABASE_URL: expected file:/);
    expect(problems).toMatch(/SEED_DEMO: expected true or false/);
  });

  it('limits the web chat by default, trusts no proxy by default, and refuses a proxy setting it cannot read', () => {
    const config = loadConfig({});
    expect([config.RATE_LIMIT_STARTS_PER_IP, config.RATE_LIMIT_POSTS_PER_IP, config.RATE_LIMIT_POSTS_PER_CONVERSATION]).toEqual([60, 240, 30]);
    expect(config.TRUST_PROXY).toBe('false');
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback', RATE_LIMIT_POSTS_PER_IP: '0' })).toMatchObject({ TRUST_PROXY: '10.0.0.0/8, loopback', RATE_LIMIT_POSTS_PER_IP: 0 });
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY: expected false, a number of proxy hops/);
    expect(() => loadConfig({ RATE_LIMIT_POSTS_PER_CONVERSATION: '-1' })).toThrow(/RATE_LIMIT_POSTS_PER_CONVERSATION/);
  });

  it('refreshes sources daily at 05:30 by default and refuses a time it cannot read', () => {
    expect(loadConfig({}).SOURCES_REFRESH_SCHEDULE).toBe('05:30');
    expect(loadConfig({ SOURCES_REFRESH_SCHEDULE: '23:05' }).SOURCES_REFRESH_SCHEDULE).toBe('23:05');
    expect(() => loadConfig({ SOURCES_REFRESH_SCHEDULE: '5:30am' })).toThrow(/SOURCES_REFRESH_SCHEDULE: expected a time of day HH:MM/);
  });

  it('lets sources reach no private network unless SOURCES_ALLOWED_NETWORKS names one', () => {
    expect(loadConfig({}).SOURCES_ALLOWED_NETWORKS).toBe('');
    expect(loadConfig({ SOURCES_ALLOWED_NETWORKS: '10.20.0.0/16, 192.168.5.7' }).SOURCES_ALLOWED_NETWORKS).toBe('10.20.0.0/16, 192.168.5.7');
    expect(() => loadConfig({ SOURCES_ALLOWED_NETWORKS: 'intranet' })).toThrow(/SOURCES_ALLOWED_NETWORKS: expected a comma list of addresses, CIDR ranges/);
  });

  it('requires a webhook secret when Telegram runs behind a public URL, without echoing the token', () => {
    const token = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: token, PUBLIC_URL: 'https://lotse.example.ch' })).toThrow(
      /TELEGRAM_WEBHOOK_SECRET: required/,
    );
    try {
      loadConfig({ TELEGRAM_BOT_TOKEN: 'not-a-token' });
    } catch (err) {
      expect((err as Error).message).toMatch(/TELEGRAM_BOT_TOKEN/);
      expect((err as Error).message).not.toMatch(/not-a-token/);
    }
  });

  it('recognises PostgreSQL and webhook mode', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/lotse',
      PUBLIC_URL: 'https://lotse.example.ch/',
    });
    expect(config.databaseKind).toBe('postgresql');
    expect(config.telegramMode).toBe('webhook');
    expect(config.PUBLIC_URL).toBe('https://lotse.example.ch');
  });

  it('keeps the Bot Framework emulator off and the host allow-list empty unless set, and checks both', () => {
    const defaults = loadConfig({});
    expect(defaults.BOT_EMULATOR).toBe(false);
    expect(defaults.ALLOWED_HOSTS).toEqual([]);
    const set = loadConfig({ BOT_EMULATOR: 'true', ALLOWED_HOSTS: 'Chat.Example.ch, 192.168.1.20:3978,[::1]:8080' });
    expect(set.BOT_EMULATOR).toBe(true);
    expect(set.ALLOWED_HOSTS).toEqual(['chat.example.ch', '192.168.1.20:3978', '[::1]:8080']);
    expect(() => loadConfig({ ALLOWED_HOSTS: 'https://chat.example.ch/' })).toThrow(/ALLOWED_HOSTS/);
    expect(() => loadConfig({ BOT_EMULATOR: 'maybe' })).toThrow(/BOT_EMULATOR: expected true or false/);
  });
});

/**
 * The bot's commands as Telegram shows them in the "/" menu. Command names are the same in every
 * language (the bot's intents know them); descriptions come from the `telegram.commands` texts.
 */
import type { Telegram } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import { t } from '../../i18n';
import type { Locale } from '../../profile/types';

/** The commands Lotse offers, in menu order. */
export const TELEGRAM_COMMANDS = ['start', 'profil', 'jobs', 'weiterbildung', 'hilfe', 'daten', 'loeschen'] as const;

/** The command menu in one locale. */
export function commandMenu(locale: Locale): BotCommand[] {
  return TELEGRAM_COMMANDS.map((command) => ({ command, description: t(locale, `telegram.commands.${command}`) }));
}

/** Registers the menu: the default locale for everyone, English for English-language clients. */
export async function registerCommands(api: Telegram, defaultLocale: Locale): Promise<void> {
  await api.setMyCommands(commandMenu(defaultLocale));
  if (defaultLocale !== 'en') await api.setMyCommands(commandMenu('en'), { language_code: 'en' });
}

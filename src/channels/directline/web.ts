/**
 * The web pages of the web channel: the network's demo page (`/`), the chat client shared by the
 * page and the embed (`/lotse-chat.js`), the one-tag embed for other websites (`/embed.js`) and
 * the stock Web Chat bundle from node_modules (`/webchat/webchat.js`, no CDN). The widget's own
 * texts come from the locales' `web.*` section and are handed to the scripts as JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';
import type { Config } from '../../config';
import { textsFor } from '../../i18n';
import { CACHE, CONTENT_TYPES, serveAsset, type Asset } from '../../http/static';
import { projectPath } from '../../paths';
import { LOCALES } from '../../profile/types';

const WEB_KEYS = ['title', 'open', 'openShort', 'close', 'loading', 'unavailable', 'restart', 'busy'] as const;

/** The widget's texts in every locale, keyed by locale. */
export function widgetTexts(): Record<string, Record<string, string>> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, Object.fromEntries(WEB_KEYS.map((key) => [key, textsFor(locale).t(`web.${key}`)]))]));
}

/** Where Web Chat's browser bundle lies in node_modules. */
export function webChatBundlePath(): string {
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

function file(name: string): Buffer {
  return fs.readFileSync(projectPath('web', name));
}

/** The settings line prepended to the client scripts (JSON is safe inside a script: `<` escaped). */
function settingsScript(config: Pick<Config, 'DEFAULT_LOCALE'>): string {
  const settings = { defaultLocale: config.DEFAULT_LOCALE, texts: widgetTexts() };
  return `window.LOTSE_SETTINGS=${JSON.stringify(settings).replace(/</g, '\\u003c')};\n`;
}

/** The demo page; its embed snippet shows this server's public URL when one is configured. */
function demoPage(config: Pick<Config, 'PUBLIC_URL'>): string {
  const page = file('index.html').toString('utf8');
  return config.PUBLIC_URL ? page.replace('https://lotse.example.ch/embed.js', `${config.PUBLIC_URL}/embed.js`) : page;
}

const script = (body: Buffer | string, cacheControl: string): Asset => ({ body: Buffer.from(body), contentType: CONTENT_TYPES.js!, cacheControl });

/** Registers the demo page, the widget scripts and the Web Chat bundle. */
export function registerWebRoutes(server: Server, config: Pick<Config, 'DEFAULT_LOCALE' | 'PUBLIC_URL'>): void {
  serveAsset(server, '/', () => ({
    body: Buffer.from(demoPage(config)),
    contentType: CONTENT_TYPES.html!,
    cacheControl: CACHE.revalidate,
  }));
  serveAsset(server, '/lotse-chat.js', () => script(settingsScript(config) + file('lotse-chat.js').toString('utf8'), CACHE.short));
  serveAsset(server, '/embed.js', () =>
    script(`(function(){\n${settingsScript(config)}${file('lotse-chat.js')}\n${file('embed.js')}\n})();\n`, CACHE.short),
  );
  serveAsset(server, '/webchat/webchat.js', () => script(fs.readFileSync(webChatBundlePath()), CACHE.day));
}

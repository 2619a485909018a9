/**
 * `node dist/bench/cache-memory.js [--conversations 1280] [--messages 2] [--kb 200] [--json]`
 *
 * Memory of the web path under big messages: `--conversations` chats each post `--messages`
 * messages of `--kb` KB with a clientActivityID (Web Chat always sends one) to a fresh Lotse
 * (SQLite file, quotas off: this measures memory, not quotas). Reports the server's RSS and heap
 * (after a GC) before and after. Last stdout line with --json: {rssBeforeMB, rssAfterMB, …}.
 */
import { agent, option, runMain, postMessage, startChat, type Chat } from './client';
import { forkLotse } from './lotse-process';

const CONVERSATIONS = Number(option('conversations', '1280'));
const MESSAGES = Number(option('messages', '2'));
const KB = Number(option('kb', '200'));
const PARALLEL = 16;
const json = process.argv.includes('--json');
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

async function main(): Promise<void> {
  const env = { RATE_LIMIT_STARTS_PER_IP: '0', RATE_LIMIT_POSTS_PER_IP: '0', RATE_LIMIT_POSTS_PER_CONVERSATION: '0' };
  const lotse = await forkLotse({ env, execArgv: ['--expose-gc'] });
  try {
    const before = await lotse.stats();
    const text = 'x'.repeat(KB * 1000);
    let failures = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let c = next++; c < CONVERSATIONS; c = next++) {
          const chat: Chat = await startChat(lotse.url);
          for (let m = 0; m < MESSAGES; m += 1) {
            const reply = await postMessage(lotse.url, chat, { text }, `big-${c}-${m}`);
            if (reply.status !== 200) failures += 1;
          }
        }
      }),
    );
    const after = await lotse.stats();
    const result = {
      conversations: CONVERSATIONS,
      messages: MESSAGES,
      kb: KB,
      failures,
      rssBeforeMB: mb(before.rssBytes),
      rssAfterMB: mb(after.rssBytes),
      heapBeforeMB: mb(before.heapUsedBytes),
      heapAfterMB: mb(after.heapUsedBytes),
    };
    console.log(
      json
        ? JSON.stringify(result)
        : `cache memory: RSS ${result.rssBeforeMB} → ${result.rssAfterMB} MB, heap after GC ${result.heapBeforeMB} → ${result.heapAfterMB} MB (${failures} failed posts)`,
    );
  } finally {
    agent.destroy();
    await lotse.stop();
  }
}

runMain(main);

/**
 * `node dist/bench/flood.js [--conversations 8] [--seconds 8] [--kb 250] [--json]`
 *
 * Disk under a flood: anonymous visitors (one client address, as from one machine) start
 * `--conversations` chats on a fresh Lotse (SQLite file, default settings, so the default quotas
 * apply) and post messages of `--kb` KB as fast as the server answers for `--seconds`. Reports
 * how many posts were accepted and refused (429, 413, …) and how much the database (file + WAL)
 * grew. Last stdout line with --json: {accepted, refused, statuses, growthMB, …}.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { agent, option, runMain, postMessage, startChat } from './client';
import { forkLotse } from './lotse-process';

const CONVERSATIONS = Number(option('conversations', '8'));
const SECONDS = Number(option('seconds', '8'));
const KB = Number(option('kb', '250'));
const json = process.argv.includes('--json');

function databaseBytes(file: string): number {
  return ['', '-wal'].reduce((total, suffix) => total + (fs.existsSync(file + suffix) ? fs.statSync(file + suffix).size : 0), 0);
}

async function main(): Promise<void> {
  const lotse = await forkLotse();
  const file = lotse.databaseFile!;
  try {
    const chats = await Promise.all(Array.from({ length: CONVERSATIONS }, () => startChat(lotse.url)));
    await new Promise((resolve) => setTimeout(resolve, 500)); // the greetings are written
    const before = databaseBytes(file);
    const text = 'x'.repeat(KB * 1000);
    const statuses: Record<string, number> = {};
    const end = performance.now() + SECONDS * 1000;
    await Promise.all(
      chats.map(async (chat, c) => {
        for (let i = 0; performance.now() < end; i += 1) {
          const reply = await postMessage(lotse.url, chat, { text }, `flood-${c}-${i}`).catch(() => ({ status: 0 }));
          statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
          // A refused client that honours nothing keeps trying; a pause keeps the client loop from spinning.
          if (reply.status === 429) await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000)); // running turns finish
    const growthMB = (databaseBytes(file) - before) / 1e6;
    const accepted = statuses['200'] ?? 0;
    const total = Object.values(statuses).reduce((a, b) => a + b, 0);
    const result = { conversations: CONVERSATIONS, seconds: SECONDS, kb: KB, accepted, refused: total - accepted, statuses, growthMB: Math.round(growthMB * 10) / 10 };
    console.log(json ? JSON.stringify(result) : `flood: ${accepted} of ${total} posts accepted (${JSON.stringify(statuses)}), database grew by ${result.growthMB} MB`);
  } finally {
    agent.destroy();
    await lotse.stop();
  }
}

runMain(main);

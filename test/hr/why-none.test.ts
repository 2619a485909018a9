/** `lotse digest run` names why no digest went out. */
import { whyNoneSent } from '../../src/cli/commands/digest-run';

const base = { ran: true, companies: 1, hrUsers: 1, jobs: 12, candidates: 3, queued: 0, digestsSent: 0, candidatesReported: 0, skippedExpired: 0, timings: { queueMs: 0, sendMs: 0 } };

describe('why no digest was sent', () => {
  it('says when an HR person had no new candidates since the last digest, and points to /digest', () => {
    expect(whyNoneSent({ ...base, nothingNew: 1 })).toEqual(['1 HR people had no new or changed candidates since their last digest ("/digest" in the chat shows the current ones)']);
  });

  it('says when the digest was not due and when a subscription ran out', () => {
    expect(whyNoneSent({ ...base, hrUsers: 2, notDue: 1, skippedExpired: 1 })).toEqual([
      '1 HR people belong to companies without an active subscription (lotse hr subscription)',
      '1 HR people had their daily or weekly digest already',
    ]);
  });
});

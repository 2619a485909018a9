import type { CompanyRecord } from '../services/ports';

/** Whether a company's subscription covers this moment. */
export function subscriptionActive(company: CompanyRecord, now: Date): boolean {
  if (!company.subscriptionUntil || company.subscriptionUntil.getTime() < now.getTime()) return false;
  return !company.subscriptionFrom || company.subscriptionFrom.getTime() <= now.getTime();
}

/** What a candidate may share with a company: a phone number or an e-mail address, checked loosely. */

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[A-Za-z]{2,}$/;
const PHONE = /^\+?[\d\s/().-]{7,24}$/;

/** The cleaned contact, or undefined when the text is neither a phone number nor an e-mail address. */
export function parseContactDetail(text: string): string | undefined {
  const value = text.trim();
  if (EMAIL.test(value)) return value;
  if (PHONE.test(value) && value.replace(/\D/g, '').length >= 7) return value.replace(/\s+/g, ' ');
  return undefined;
}

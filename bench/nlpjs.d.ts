/** The few parts of NLP.js (no type declarations of its own) that bench/eval-intent-models.ts uses. */
declare module '@nlpjs/core' {
  import type { NlpManager } from '@nlpjs/nlp';
  export interface Container {
    use(plugin: unknown): void;
    registerConfiguration(tag: string, configuration: Record<string, unknown>, overwrite: boolean): void;
    get(name: 'nlp'): NlpManager;
  }
  export function containerBootstrap(): Promise<Container>;
}

declare module '@nlpjs/nlp' {
  export interface NlpResult {
    intent: string;
    score: number;
  }
  export interface NlpManager {
    settings: { autoSave: boolean; log: boolean };
    addLanguage(locale: string): void;
    addDocument(locale: string, text: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, text: string): Promise<NlpResult>;
    export(minified: boolean): string;
    import(data: string): void;
  }
  export const Nlp: unknown;
}

declare module '@nlpjs/lang-de' {
  export const LangDe: unknown;
}

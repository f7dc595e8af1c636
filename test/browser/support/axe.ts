// axe-core in the page: the WCAG 2.x A/AA rules (with label-content-name-mismatch switched on, and the
// 7:1 enhanced contrast rule in high-contrast mode) and best-practice as a second gate. What axe could not
// decide ("incomplete") is saved under test-output/axe/ for a person to review.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResultLike { id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown; failureSummary?: string }> }

function describe(results: AxeResultLike[]): string[] {
  return results.map((r) => `${r.id} (${r.impact}): ${r.help}\n    ${r.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ')).join('\n    ')}`);
}

export interface AxeOutcome { wcag: string[]; bestPractice: string[] }

export async function scan(page: Page, name: string, { enhancedContrast = false } = {}): Promise<AxeOutcome> {
  // options() first: withTags() after it keeps the tag filter (the other order drops it)
  const wcag = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true }, ...(enhancedContrast ? { 'color-contrast-enhanced': { enabled: true } } : {}) } })
    .withTags(WCAG_TAGS)
    .analyze();
  const bp = await new AxeBuilder({ page }).withTags(['best-practice']).analyze();
  mkdirSync('test-output/axe', { recursive: true });
  const file = name.replace(/[^\w.-]+/g, '_');
  writeFileSync(`test-output/axe/${file}.json`, JSON.stringify({
    url: page.url(),
    wcagIncomplete: wcag.incomplete.map((r) => ({ id: r.id, help: r.help, nodes: r.nodes.map((n) => n.target) })),
    bestPracticeIncomplete: bp.incomplete.map((r) => ({ id: r.id, help: r.help, nodes: r.nodes.map((n) => n.target) })),
    passes: wcag.passes.length + bp.passes.length,
  }, null, 2));
  return { wcag: describe(wcag.violations), bestPractice: describe(bp.violations) };
}

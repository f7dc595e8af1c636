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
  // colours in the middle of a transition are not what anyone reads
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  // options() first: withTags() after it keeps the tag filter (the other order drops it). One run covers
  // both gates; violations are told apart by their best-practice tag.
  const result = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true }, ...(enhancedContrast ? { 'color-contrast-enhanced': { enabled: true } } : {}) } })
    .withTags([...WCAG_TAGS, 'best-practice'])
    .analyze();
  const isBestPractice = (r: { tags: string[] }) => r.tags.includes('best-practice');
  mkdirSync('test-output/axe', { recursive: true });
  writeFileSync(`test-output/axe/${name.replace(/[^\w.-]+/g, '_')}.json`, JSON.stringify({
    url: page.url(),
    incomplete: result.incomplete.map((r) => ({ id: r.id, help: r.help, nodes: r.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })) })),
    passed: result.passes.map((r) => r.id),
  }, null, 2));
  return {
    wcag: describe(result.violations.filter((r) => !isBestPractice(r))),
    bestPractice: describe(result.violations.filter(isBestPractice)),
  };
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Frame } from 'playwright-core';
import { bundleForPage } from '../bench/page-bundle';
import { CHROMIUM } from '../e2e/browser';
import { type BlindPage, blindPages } from '../fixtures/blind/gold';
import { startFixtureServer } from '../fixtures/server';
import type { ChineseJudgement } from './chinese';

const CLASSIFIER_ENTRY = resolve(import.meta.dirname, '../bench/entries/classify.ts');

interface PageJudgement {
  gold: string | null;
  predicted: string | null;
  goldEntity: string | null;
  predictedEntity: string | null;
  label: string;
}

/**
 * Marks each control with its gold answer, classifies the live page with the project's own
 * classifier, and returns gold beside prediction. Runs inside the page.
 */
function judgeInPage(controls: BlindPage['gold']['controls']): PageJudgement[] {
  type Classifier = {
    classifyFields(root: ParentNode): Array<{ element: Element; key: string | null; entity?: string; label: string }>;
  };
  const gold = new Map<Element, { key: string | null; entity: string | null }>();
  for (const { selector, key, entity } of controls) {
    for (const element of document.querySelectorAll(selector))
      gold.set(element, { key: key || null, entity: entity ?? null });
  }
  const { classifyFields } = (window as unknown as { __foClassifier: Classifier }).__foClassifier;
  const matches = classifyFields(document);
  const seen = new Set(matches.map((match) => match.element));
  const judged = matches
    .filter((match) => gold.has(match.element))
    .map((match) => {
      const answer = gold.get(match.element) as { key: string | null; entity: string | null };
      return {
        gold: answer.key,
        predicted: match.key,
        goldEntity: answer.entity,
        predictedEntity: match.entity ?? null,
        label: match.label,
      };
    });
  for (const [element, answer] of gold) {
    if (!seen.has(element) && answer.key) {
      judged.push({
        gold: answer.key,
        predicted: null,
        goldEntity: answer.entity,
        predictedEntity: null,
        label: '(not collected)',
      });
    }
  }
  return judged;
}

async function formFrameOf(frames: () => Frame[], main: Frame, framePath: string | undefined): Promise<Frame> {
  if (!framePath) return main;
  for (let tries = 0; tries < 100; tries++) {
    const frame = frames().find((candidate) => candidate.url().endsWith(framePath));
    if (frame) return frame;
    await new Promise((resume) => setTimeout(resume, 100));
  }
  throw new Error(`no frame ${framePath}`);
}

/**
 * The blind portals, rendered by their own UI libraries in Chromium, classified as the
 * content script classifies them. Only controls the gold names are scored.
 */
export async function judgeBlindPages(
  batches?: readonly number[],
): Promise<Array<ChineseJudgement & { batch: number }>> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: sudo apt-get install -y chromium`);
  const classifier = await bundleForPage(CLASSIFIER_ENTRY, '__foClassifier');
  const server = await startFixtureServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--disable-background-networking', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    const results: Array<ChineseJudgement & { batch: number }> = [];
    for (const blind of blindPages(batches)) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.origin(blind.host)}/`);
      const frame = await formFrameOf(() => page.frames(), page.mainFrame(), blind.gold.frame);
      await frame.waitForFunction(
        () => typeof (window as unknown as { __readModel?: unknown }).__readModel === 'function',
      );
      await frame.addScriptTag({ content: classifier });
      const judged = await frame.evaluate(judgeInPage, blind.gold.controls);
      results.push(...judged.map((judgement) => ({ ...judgement, file: blind.host, batch: blind.batch })));
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

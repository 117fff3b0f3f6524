import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import type { ImportStep } from './import-state';

const STEPS: ReadonlyArray<[ImportStep, MessageKey]> = [
  ['choose', 'optionsStepChoose'],
  ['review', 'optionsStepReview'],
  ['done', 'optionsStepDone'],
];

export function ImportSteps({ step }: { step: ImportStep }) {
  const reached = STEPS.findIndex(([id]) => id === step);
  return (
    <ol class="steps">
      {STEPS.map(([id, label], index) => (
        <li key={id} class={index < reached ? 'done' : index === reached ? 'current' : undefined}>
          <span class="step-number">{index + 1}</span>
          {t(label)}
        </li>
      ))}
    </ol>
  );
}

import type { DashboardSummary } from '../../lib/stats';
import { type MessageKey, t } from '../i18n';
import { Definition } from './Definition';
import { formatCount, formatHours, formatShare } from './format';

interface Card {
  label: MessageKey;
  value: string;
  testId: string;
  how: MessageKey;
}

export function SummaryCards({ summary }: { summary: DashboardSummary }) {
  const cards: Card[] = [
    {
      label: 'dashSubmissions',
      value: formatCount(summary.submissions),
      testId: 'dashboard-submissions',
      how: 'dashHowSubmissions',
    },
    {
      label: 'dashDuplicateShare',
      value: formatShare(summary.duplicateShare),
      testId: 'dashboard-duplicate-share',
      how: 'dashHowDuplicateShare',
    },
    {
      label: 'dashHoursSpent',
      value: formatHours(summary.hoursSpent),
      testId: 'dashboard-hours-spent',
      how: 'dashHowHoursSpent',
    },
    {
      label: 'dashHoursSaved',
      value: formatHours(summary.hoursSaved),
      testId: 'dashboard-hours-saved',
      how: 'dashHowHoursSaved',
    },
  ];
  return (
    <section class="cards">
      {cards.map((card) => (
        <div class="card" key={card.testId}>
          <span class="card-label">{t(card.label)}</span>
          <strong class="card-value" data-testid={card.testId}>
            {card.value}
          </strong>
          <Definition text={card.how} />
        </div>
      ))}
    </section>
  );
}

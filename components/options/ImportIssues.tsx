import type { RowIssue } from '../../lib/ledger';
import { t } from '../i18n';
import { issueText } from './labels';

/** Every problem the preview found, one line per cell, so each can be fixed in the ledger. */
export function ImportIssues({ issues }: { issues: readonly RowIssue[] }) {
  if (issues.length === 0) return <p class="alert alert-ok">{t('optionsNoIssues')}</p>;
  return (
    <>
      <h3>{t('optionsIssues', issues.length)}</h3>
      <table class="grid issues">
        <thead>
          <tr>
            <th>{t('optionsColSheet')}</th>
            <th class="col-row">{t('optionsColRow')}</th>
            <th>{t('optionsColColumn')}</th>
            <th>{t('optionsColProblem')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => (
            <tr
              key={`${issue.sheet}|${issue.row}|${issue.column}|${issue.problem}`}
              data-testid="options-import-issue"
              data-problem={issue.problem}
            >
              <td>{issue.sheet}</td>
              <td class="col-row">{issue.row}</td>
              <td>{issue.column}</td>
              <td>{issueText(issue.problem)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

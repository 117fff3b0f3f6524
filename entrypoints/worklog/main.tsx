import { render } from 'preact';
import '../../components/worklog/worklog.css';
import { t, uiLanguage } from '../../components/i18n';
import { send } from '../../components/options/api';
import { WorkLogPrint } from '../../components/worklog/WorkLogPrint';
import { parseWorkLogSearch, type WorkLogQuery, workLogFilter } from '../../lib/worklog';

// Opened from the records manager's work log, with its choices in the address: it is that
// page's printable copy, so it asks the background as the records manager does.
const load = ({ revealIds, ...range }: WorkLogQuery) =>
  send('optionsToBackground:getWorkLog', { ...workLogFilter(range), revealIds });

document.documentElement.lang = uiLanguage();
document.title = t('worklogTitle');
render(
  <WorkLogPrint query={parseWorkLogSearch(location.search)} load={load} now={new Date()} />,
  document.getElementById('app') as HTMLElement,
);

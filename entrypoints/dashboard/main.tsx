import { render } from 'preact';
import '../../components/dashboard/dashboard.css';
import { loadEvents, loadStats } from '../../components/dashboard/api';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { t, uiLanguage } from '../../components/i18n';

document.documentElement.lang = uiLanguage();
document.title = t('dashTitle');
render(<DashboardApp load={loadStats} loadEvents={loadEvents} />, document.getElementById('app') as HTMLElement);

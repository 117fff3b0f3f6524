import { render } from 'preact';
import '../../components/dashboard/dashboard.css';
import { loadEvents } from '../../components/dashboard/api';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { t, uiLanguage } from '../../components/i18n';

document.documentElement.lang = uiLanguage();
document.title = t('dashTitle');
render(<DashboardApp load={loadEvents} />, document.getElementById('app') as HTMLElement);

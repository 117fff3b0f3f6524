import { render } from 'preact';
import '../../components/options/options.css';
import { t, uiLanguage } from '../../components/i18n';
import { OptionsApp } from '../../components/options/OptionsApp';

document.documentElement.lang = uiLanguage();
document.title = t('optionsPageTitle');
render(<OptionsApp />, document.getElementById('app') as HTMLElement);

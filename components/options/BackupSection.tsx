import { t } from '../i18n';
import { ExportBackup } from './ExportBackup';
import { RestoreBackup } from './RestoreBackup';
import { WipeRecords } from './WipeRecords';
import { WorkLog } from './WorkLog';

export function BackupSection() {
  return (
    <section class="section backup">
      <header class="section-head">
        <h1>{t('optionsNavBackup')}</h1>
        <p>{t('optionsBackupIntro')}</p>
      </header>
      <div class="cards">
        <ExportBackup />
        <RestoreBackup />
        <WorkLog />
      </div>
      <WipeRecords />
    </section>
  );
}

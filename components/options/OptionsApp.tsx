import type { FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import { BackupSection } from './BackupSection';
import { ConflictsSection } from './ConflictsSection';
import { DefinitionsSection } from './definitions/DefinitionsSection';
import { ImportSection } from './ImportSection';
import { Nav } from './Nav';
import { RecordsSection } from './RecordsSection';
import { SettingsSection } from './SettingsSection';
import { refreshConflictCount, type SectionId, section } from './state';
import { Toast } from './Toast';

const SECTION_VIEWS: Record<SectionId, FunctionComponent> = {
  records: RecordsSection,
  conflicts: ConflictsSection,
  import: ImportSection,
  backup: BackupSection,
  definitions: DefinitionsSection,
  settings: SettingsSection,
};

/** The records manager: a left nav and one section at a time. */
export function OptionsApp() {
  useEffect(() => {
    void refreshConflictCount();
  }, []);
  const View = SECTION_VIEWS[section.value];
  return (
    <div class="options">
      <Nav />
      <main class="options-main">
        <View />
      </main>
      <Toast />
    </div>
  );
}

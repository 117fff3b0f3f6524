import type { Edit } from './use-edit';

export function EditError({ edit }: { edit: Edit }) {
  if (!edit.problem.value) return null;
  return (
    <p class="field-error" role="alert" data-testid="definition-edit-error">
      {edit.problem.value}
    </p>
  );
}

import type { ComponentChildren } from 'preact';

/** A form whose submit runs an action in the page: the browser's own submit never navigates. */
export function ActionForm({
  class: className,
  action,
  children,
}: {
  class: string;
  action: () => unknown;
  children: ComponentChildren;
}) {
  return (
    <form
      class={className}
      onSubmit={(event) => {
        event.preventDefault();
        void action();
      }}
    >
      {children}
    </form>
  );
}

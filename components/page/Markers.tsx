import { useSignal, useSignalEffect } from '@preact/signals';
import { formatReportDate } from '../format';
import { t } from '../i18n';
import { fieldKey, type PageState } from './state';
import { visualBox } from './visual-box';

/** Re-renders on scroll and resize, at most once a frame, so markers follow their fields. */
function useLayoutTick() {
  const tick = useSignal(0);
  useSignalEffect(() => {
    let frame = 0;
    const onChange = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        tick.value++;
      });
    };
    window.addEventListener('scroll', onChange, { capture: true, passive: true });
    window.addEventListener('resize', onChange, { passive: true });
    const timer = setInterval(onChange, 1000);
    return () => {
      window.removeEventListener('scroll', onChange, { capture: true });
      window.removeEventListener('resize', onChange);
      clearInterval(timer);
      cancelAnimationFrame(frame);
    };
  });
  return tick;
}

const NARROW_PX = 240;

/** A visible flag on each field this form asks again, saying where it was reported. */
export function Markers({ state }: { state: PageState }) {
  const tick = useLayoutTick();
  void tick.value;
  return (
    <>
      {state.duplicates.value.map(({ field, fact }) => {
        const box = visualBox(field, state.host.current);
        if (box.width === 0 && box.height === 0) return null;
        // A note is wider than a narrow box (a radio group): it runs from the box's left edge
        // into the page, unless the box sits in the right half, where it would run off screen.
        const fromLeft = box.width < NARROW_PX && box.left + box.width / 2 < window.innerWidth / 2;
        const side = fromLeft ? 'fo-marker fo-marker-left' : 'fo-marker';
        return (
          <div key={fieldKey(field)} class={side} style={{ ...px({ ...box }) }} data-testid="fillonce-marker">
            <span class="fo-marker-text">
              {t('markerReported', formatReportDate(fact.observedAt), fact.portalName)}
            </span>
          </div>
        );
      })}
    </>
  );
}

function px(box: Record<string, number>): Record<string, string> {
  return Object.fromEntries(Object.entries(box).map(([name, value]) => [name, `${value}px`]));
}

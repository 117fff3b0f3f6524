/**
 * The signs of a submit on a page FillOnce has no definition for. A button says 提交 or 保存
 * (确定 and 申请 close dialogs and open forms as often as they send them, so they are no sign),
 * then the form leaves or a success message appears in what the page adds. Only added nodes
 * are read, never the whole page on every mutation.
 */
const SUBMIT_TEXT = /^(?:立即|确认)?(?:提\s*交|保\s*存|上\s*报)|^(?:submit|save)\b/i;
const SUCCESS_TEXT = /提交成功|保存成功|申请成功|上报成功|已提交|successfully|submitted/i;
/** A success message is a line or two; an added page section is read no further than this. */
const MAX_TEXT = 2000;

/** The submit-like button a click landed on, if it was one. */
export function submitButtonOf(target: Element | null): Element | null {
  const button = target?.closest?.('button, input[type=button], input[type=submit], [role=button], a') ?? null;
  const text = (button?.textContent || (button as HTMLInputElement | null)?.value || '').trim();
  return button && SUBMIT_TEXT.test(text) ? button : null;
}

/** Whether a node a person can see says the submit went through; a hidden template does not count. */
function saysSuccess(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as HTMLElement) : node.parentElement;
  if (!element?.isConnected) return false;
  // The option names Chrome 109 and Firefox 115 know; later versions keep them.
  if (element.checkVisibility && !element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) {
    return false;
  }
  return SUCCESS_TEXT.test((node.textContent ?? '').slice(0, MAX_TEXT));
}

/** Whether these mutations show the submit succeeded: the form's fields gone, or a success message added. */
export function submitSucceeded(records: readonly MutationRecord[], fields: readonly Element[]): boolean {
  if (fields.length > 0 && fields.every((field) => !field.isConnected)) return true;
  return records.some((record) => [...record.addedNodes].some(saysSuccess));
}

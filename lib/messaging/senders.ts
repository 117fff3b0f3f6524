import type { MessageType } from './schemas';

/** The parts of runtime.MessageSender the policies read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface Self {
  extensionId: string;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extensionOrigin: string;
}

type SenderPolicy = (sender: SenderInfo, self: Self) => boolean;

/** Our own content script in a tab's top frame (the only frame it runs in). */
const fromContentScript: SenderPolicy = (sender, self) =>
  sender.id === self.extensionId &&
  sender.tab?.id !== undefined &&
  sender.frameId === 0 &&
  !sender.url?.startsWith(self.extensionOrigin);

/** The popup, the options page, the statistics page or the background: our own pages. */
const fromExtensionPage: SenderPolicy = (sender, self) =>
  sender.id === self.extensionId && sender.url?.startsWith(self.extensionOrigin) === true;

const POLICY_BY_SENDER = {
  contentToBackground: fromContentScript,
  popupToBackground: fromExtensionPage,
  optionsToBackground: fromExtensionPage,
  dashboardToBackground: fromExtensionPage,
  popupToContent: fromExtensionPage,
  backgroundToContent: fromExtensionPage,
} as const;

export function isAllowedSender(type: MessageType, sender: SenderInfo, self: Self): boolean {
  const direction = type.slice(0, type.indexOf(':')) as keyof typeof POLICY_BY_SENDER;
  return POLICY_BY_SENDER[direction](sender, self);
}

/** The parts of a title: 户籍家庭信息采集 - 示范镇便民服务中心. */
const SEPARATORS = /\s+[-–—|｜]\s+|\s*[|｜_]\s*|\s*[-–—]{1,2}\s*(?=\S)/;
/** Words that name no portal: a site's home, its login, its system in general. */
const GENERIC = /^(?:首页|主页|欢迎.*|登录|用户登录|index|home|welcome|untitled)$/i;
const HEADINGS = 'h1, h2, .page-title, .form-title';
const MAX_LENGTH = 40;

function meaningful(text: string | null | undefined): string | null {
  const clean = text?.replace(/\s+/g, ' ').trim() ?? '';
  if (!clean || clean.length > MAX_LENGTH || GENERIC.test(clean) || !/[\p{L}]/u.test(clean)) return null;
  return clean;
}

/**
 * What a person calls a portal that has no definition: its title's first meaningful part, or
 * its main heading. A person knows a portal by its name, never by its host; null when the page
 * names itself nowhere.
 */
export function pageName(document: Document): string | null {
  for (const part of document.title.split(SEPARATORS)) {
    const name = meaningful(part);
    if (name) return name;
  }
  for (const heading of document.querySelectorAll(HEADINGS)) {
    const name = meaningful(heading.textContent);
    if (name) return name;
  }
  return null;
}

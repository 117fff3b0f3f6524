/**
 * A generated reporting form of n controls, mixing the layouts real portals use: legacy
 * label cells, Element Plus form items, a member table, and labels the dictionary does not know.
 * Runs in the page (it is serialised into page.evaluate), so it uses nothing from outside.
 */
export function buildGeneratedForm(count: number): void {
  const labels = [
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
  const parts: string[] = [];
  let made = 0;
  let section = 0;
  while (made < count) {
    section++;
    parts.push(`<h3>第${section}部分</h3><table class="form-table">`);
    for (let i = 0; i < 12 && made < count; i++, made++) {
      parts.push(
        `<tr><td class="label">${labels[(made * 7) % labels.length]}：</td><td><input name="f${made}"></td></tr>`,
      );
    }
    parts.push('</table><form class="el-form">');
    for (let i = 0; i < 12 && made < count; i++, made++) {
      const label = labels[(made * 5) % labels.length];
      parts.push(`<div class="el-form-item"><label class="el-form-item__label" for="e${made}">${label}</label>
        <div class="el-form-item__content"><div class="el-input"><div class="el-input__wrapper">
        <input class="el-input__inner" id="e${made}"></div></div></div></div>`);
    }
    parts.push('</form><table><tr><th>姓名</th><th>与户主关系</th><th>身份证号码</th><th>年收入</th></tr>');
    for (let row = 0; row < 3 && made < count; row++) {
      parts.push('<tr>');
      for (let cell = 0; cell < 4 && made < count; cell++, made++) parts.push(`<td><input name="m${made}"></td>`);
      parts.push('</tr>');
    }
    parts.push('</table>');
  }
  document.body.innerHTML = parts.join('');
}

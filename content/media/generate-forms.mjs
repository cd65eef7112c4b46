// Blank forms and filled-in samples for the demo 办事指南, as A4 PDFs: HTML printed by Chromium
// (playwright-core and the system's CJK fonts). Everything on them is fictional.
// Run: node content/media/generate-forms.mjs [file.pdf …]   (only the named files when given; CHROMIUM=/path overrides /usr/bin/chromium)
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'

const here = path.dirname(fileURLToPath(import.meta.url))

/** Each form: its file, title and rows [label, sample value]; `sample` also writes the filled-in copy. */
const FORMS = [
  {
    file: 'form-preferential-card.pdf',
    title: '南屏县退役军人优待证申领表',
    rows: [['姓名', '张某某'], ['性别', '男'], ['公民身份号码', '4311××××××××××××××'], ['人员类别', '退役军人'], ['户籍地址', '南屏县城关镇东门社区××号'], ['联系电话', '139××××××××'], ['入伍时间', '2008年12月'], ['退役时间', '2013年12月']],
    sample: 'form-preferential-card-sample.pdf',
  },
  {
    file: 'form-hardship-assistance.pdf',
    title: '南屏县困难退役军人帮扶援助申请表',
    rows: [['申请人姓名', '李某某'], ['公民身份号码', '4311××××××××××××××'], ['人员类别', '退役军人'], ['家庭住址', '南屏县青石镇双峰村×组'], ['联系电话', '137××××××××'], ['家庭人口', '4 人'], ['困难情况', '本人今年住院两次,自付医疗费用较多,家庭收入减少。'], ['申请帮扶内容', '医疗费用临时救助']],
    sample: 'form-hardship-assistance-sample.pdf',
  },
  {
    file: 'form-honour-plaque.pdf',
    title: '南屏县光荣牌悬挂申请表',
    rows: [['申请人姓名', ''], ['与现役(退役)军人关系', ''], ['军人姓名', ''], ['人员类别', ''], ['悬挂地址', ''], ['联系电话', '']],
  },
  {
    file: 'form-loan-interest.pdf',
    title: '南屏县退役军人创业担保贷款贴息申请表',
    rows: [['申请人姓名', ''], ['公民身份号码', ''], ['经营主体名称', ''], ['贷款银行', ''], ['贷款金额(万元)', ''], ['贷款期限', ''], ['已付利息(元)', ''], ['收款账户', '']],
  },
  {
    file: 'form-legal-aid.pdf',
    title: '南屏县退役军人法律援助申请表',
    rows: [['申请人姓名', ''], ['公民身份号码', ''], ['联系电话', ''], ['对方当事人', ''], ['案件类型', ''], ['事实与理由', ''], ['申请援助事项', '']],
  },
  {
    file: 'form-funeral-subsidy.pdf',
    title: '南屏县退役军人丧葬补助申领表',
    rows: [['逝者姓名', ''], ['逝者公民身份号码', ''], ['去世日期', ''], ['申领人姓名', ''], ['与逝者关系', ''], ['申领人联系电话', ''], ['收款账户', '']],
  },
  {
    file: 'form-director-letter.pdf',
    title: '南屏县退役军人事务局局长信箱来信登记表',
    rows: [['来信人姓名', ''], ['联系电话', ''], ['通信地址', ''], ['人员类别', ''], ['反映事项(一信一事)', ''], ['具体情况和诉求', ''], ['是否同意公开来信和答复', '']],
  },
]

const html = (form, filled) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  body { font-family: "Noto Serif CJK SC", serif; font-size: 14pt; margin: 0; }
  h1 { text-align: center; font-size: 20pt; margin: 0 0 6mm; }
  .sample { text-align: center; color: #b5121b; font-size: 16pt; margin: 0 0 4mm; }
  table { width: 100%; border-collapse: collapse; }
  th, td { border: 1px solid #000; padding: 4mm 3mm; text-align: left; vertical-align: top; }
  th { width: 38%; font-weight: normal; }
  td { height: 8mm; color: #0b3d91; }
  .sign { margin-top: 10mm; display: flex; justify-content: space-between; }
  .note { margin-top: 8mm; font-size: 11pt; }
</style></head><body>
  <h1>${form.title}</h1>
  ${filled ? '<p class="sample">(填写示例)</p>' : ''}
  <table>${form.rows.map(([label, value]) => `<tr><th>${label}</th><td>${filled ? value : ''}</td></tr>`).join('')}</table>
  <div class="sign"><span>申请人(签字):${filled ? '张某某' : ''}</span><span>日期:${filled ? '2026年11月3日' : '　　年　　月　　日'}</span></div>
  <div class="sign"><span>服务站意见:</span><span>经办人:</span></div>
  <p class="note">本表由申请人填写,不会写字的可以请服务站工作人员代填,本人签字或按手印。本表可到各退役军人服务站免费领取。</p>
</body></html>`

const only = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' })
const page = await browser.newPage()
for (const form of FORMS) {
  for (const [file, filled] of [[form.file, false], [form.sample, true]]) {
    if (!file || (only.length > 0 && !only.includes(file))) continue
    await page.setContent(html(form, filled))
    await page.pdf({ path: path.join(here, file), format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } })
    console.log(file)
  }
}
await browser.close()

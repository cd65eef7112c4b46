/**
 * Made-up but plausible county news in Simplified Chinese for the scale bench: titles,
 * summaries and paragraphs assembled from the word lists below (written for this bench).
 * Deterministic for a given random source, so two runs make the same items.
 */
export type Random = () => number

/** A small linear congruential generator: the same seed gives the same sequence. */
export const seededRandom = (seed: number): Random => {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1))

const TOWNS = ['城关镇', '江口镇', '青石镇', '白沙乡', '桂花街道', '龙潭镇', '石门乡', '枫林镇', '金山街道', '柳溪乡', '凤凰镇', '清水乡']
const VILLAGES = ['河西村', '南湖社区', '黄泥村', '杨柳村', '新塘村', '长岭村', '东坪社区', '马鞍村', '竹园村', '高桥村']
const UNITS = ['退役军人服务站', '退役军人服务中心', '双拥办', '优抚科', '就业创业指导中心', '光荣院', '军休所', '烈士陵园管理所']
const ACTIVITIES = [
  '走访慰问',
  '政策宣讲',
  '专场招聘',
  '技能培训',
  '优待证集中发放',
  '烈士纪念日公祭',
  '志愿服务',
  '法律援助进站点',
  '创业项目路演',
  '健康义诊',
  '军营开放日',
  '光荣之家挂牌',
  '困难帮扶',
  '矛盾纠纷排查',
  '信息采集核对',
]
const GROUPS = ['退役军人', '重点优抚对象', '烈属军属', '老党员老兵', '伤残军人', '自主就业退役士兵', '军队离退休干部', '现役军人家属']
const OCCASIONS = ['“八一”建军节前夕', '春节前夕', '清明节期间', '国庆节前', '重阳节', '年中', '入冬以来', '新学期开学前']
const TITLE_TAILS = ['活动', '工作会议', '专项行动', '现场推进会', '座谈会', '培训班']

const OPENINGS = [
  (r: Random) => `${pick(r, OCCASIONS)},${pick(r, TOWNS)}${pick(r, UNITS)}组织工作人员深入${pick(r, VILLAGES)},开展${pick(r, ACTIVITIES)}。`,
  (r: Random) => `为进一步做好${pick(r, GROUPS)}服务保障工作,县退役军人事务局近日在${pick(r, TOWNS)}召开${pick(r, ACTIVITIES)}工作部署会。`,
  (r: Random) => `近日,${pick(r, TOWNS)}联合${pick(r, UNITS)}在${pick(r, VILLAGES)}举行${pick(r, ACTIVITIES)}${pick(r, TITLE_TAILS)},吸引${between(r, 30, 400)}余名${pick(r, GROUPS)}参加。`,
]
const MIDDLES = [
  (r: Random) => `工作人员逐户上门,详细了解${pick(r, GROUPS)}的身体状况、家庭生活和实际困难,为他们送去慰问金和米面油等生活物资。`,
  (r: Random) => `活动现场设置政策咨询、就业登记、法律服务等${between(r, 3, 8)}个服务台,工作人员面对面解答大家关心的优抚待遇、医疗保障和子女教育等问题。`,
  (r: Random) => `会上通报了${pick(r, TOWNS)}等地${pick(r, ACTIVITIES)}工作的进展情况,${between(r, 2, 6)}个服务站作了交流发言,分享了建档立卡、常态化联系等方面的经验做法。`,
  (r: Random) => `本次招聘会共有${between(r, 12, 60)}家企业参加,提供保安、驾驶、仓储管理、电工等岗位${between(r, 100, 900)}个,现场达成初步就业意向${between(r, 10, 120)}人。`,
  (r: Random) => `培训邀请了县人社局、农业农村局的专业老师授课,内容涵盖电子商务、特色种养殖和小微企业经营管理,参训学员普遍反映收获很大。`,
  (r: Random) => `志愿者们为老兵打扫庭院、整理房间,医护人员现场测量血压、血糖,并建立健康档案,叮嘱老人按时服药、注意保暖。`,
  (r: Random) => `截至目前,全县已累计发放优待证${between(r, 1000, 9000)}张,办理率达到${between(r, 90, 99)}%,剩余人员将由各服务站上门补办。`,
  (r: Random) => `${pick(r, VILLAGES)}服务站把“老兵之家”建在村部,配备图书角、活动室和调解室,每周固定时间安排专人值守,做到有事有人管、有难有人帮。`,
  (r: Random) => `县退役军人事务局有关负责同志指出,要把${pick(r, ACTIVITIES)}作为一项经常性工作来抓,持续提升服务保障的精准度和满意度。`,
  (r: Random) => `参加活动的${pick(r, GROUPS)}纷纷表示,党和政府始终把我们放在心上,今后将继续发扬部队优良作风,在乡村振兴中发挥示范作用。`,
]
const CLOSINGS = [
  (r: Random) => `下一步,${pick(r, TOWNS)}将以此次活动为契机,进一步健全服务网络,推动各项优抚政策落地见效。`,
  (r: Random) => `据悉,类似活动今年以来已在全县开展${between(r, 5, 40)}场,覆盖${between(r, 20, 200)}个村(社区)。`,
  (r: Random) => `县退役军人事务局表示,将持续关注${pick(r, GROUPS)}的需求,让他们切实感受到全社会的尊崇与关爱。`,
]

export type GeneratedText = { title: string; summary: string; paragraphs: string[] }

/** One news item's text: a title, a one-sentence summary and three to five paragraphs. */
export const newsText = (random: Random, sequence: number): GeneratedText => {
  const place = random() < 0.5 ? pick(random, TOWNS) : `${pick(random, TOWNS)}${pick(random, VILLAGES)}`
  const title = `${place}${pick(random, UNITS)}开展${pick(random, ACTIVITIES)}${pick(random, TITLE_TAILS)}(${sequence}期)`
  const paragraphs: string[] = [pick(random, OPENINGS)(random)]
  const count = between(random, 3, 5)
  for (let index = 1; index < count; index += 1) {
    const sentences = between(random, 2, 3)
    paragraphs.push(Array.from({ length: sentences }, () => pick(random, MIDDLES)(random)).join(''))
  }
  paragraphs.push(pick(random, CLOSINGS)(random))
  const summary = paragraphs[0].slice(0, 120)
  return { title, summary, paragraphs }
}

/** Paragraphs as a Lexical rich-text value (what Payload's editor stores). */
export { plainLexical as toLexical } from '../../src/payload/fields/plainLexical'

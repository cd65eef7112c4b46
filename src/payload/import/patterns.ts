/**
 * What a portal puts around an article, as data: one entry per kind of line, each with where it
 * is looked for. clean.ts applies the list; tests/unit/importPatterns.unit.test.ts holds one
 * example per entry. Character classes accept the Traditional forms too, so the list works
 * before conversion.
 *
 * - `anywhere`: a line that is never article text, wherever it stands (dropped).
 * - `trailer`: the heading of the portal's lists after an article; it and everything below go.
 * - `top`, `bottom`: lines dropped only among the first or last lines of the page, where they
 *   are chrome; in the middle of a body the same words may be prose.
 */
import { ORIGINAL_LINK_LINE } from './extract/originalUrl'

export type PatternPlace = 'anywhere' | 'trailer' | 'top' | 'bottom'

export type ChromePattern = { id: string; description: string; where: PatternPlace; pattern: RegExp }

/** How many lines count as the top or the bottom of a page. */
export const EDGE_LINES = 6

export const CHROME_PATTERNS: readonly ChromePattern[] = [
  { id: 'breadcrumb-label', description: '“您的位置:”面包屑', where: 'anywhere', pattern: /^(?:您的位置|你的位置|您现在的位置|當前位置|当前位置)[::\s]/u },
  { id: 'breadcrumb-home', description: '以“首页 >”开头的面包屑', where: 'anywhere', pattern: /^(?:首[页頁]|主[页頁])\s*(?:>|&gt;|›|»)/u },
  { id: 'breadcrumb-arrows', description: '短词以 > 相连的路径', where: 'anywhere', pattern: /^[^。,,!?]{0,40}\s(?:>|›|»)\s*[^。,,!?]{0,40}$/u },
  { id: 'site-slogan', description: '“某某网 - 口号”站名行', where: 'anywhere', pattern: /^[\p{Script=Han}\w]{2,12}(?:网|網|网站|網站|在线|在線|频道|頻道)\s*[-—–|]\s*.*$/u },
  { id: 'image-alt', description: '图片占位文字 ALT', where: 'anywhere', pattern: /^(?:标题|標題|图片|圖片)?ALT$/iu },
  { id: 'sitemap', description: '网站地图链接', where: 'anywhere', pattern: /sitemap/iu },
  { id: 'page-tools', description: '【打印本页】【关闭窗口】【我要纠错】等页面工具', where: 'anywhere', pattern: /^(?:[[【]?\s*(?:返回[顶頂]部|返回首[页頁]|我要打印|打印本[页頁]|打印此[页頁]|打印|[关關][闭閉]窗口|[关關][闭閉]|收藏本[页頁]|加入收藏|我要[纠糾][错錯]|[纠糾][错錯])\s*[\]】]?\s*)+$/u },
  { id: 'close-button', description: '弹窗的“× 关闭”按钮', where: 'anywhere', pattern: /^[×✕✖]\s*(?:[关關][闭閉])?$|^(?:[关關][闭閉])\s*[×✕✖]$/u },
  { id: 'site-name', description: '“某某县人民政府门户网站”站名', where: 'top', pattern: /^[\p{Script=Han}]{2,24}(?:门户网站|門戶網站|官方网站|官方網站|政府网|政府網)$/u },
  { id: 'site-footer', description: '主办、承办、ICP 备案等页脚', where: 'bottom', pattern: /^(?:主[办辦]|承[办辦]|[协協][办辦]|技[术術]支持|网站标识码|網站標識碼|[联聯]系我[们們])(?:单位|單位)?[::\s]|^[\p{Script=Han}]{0,4}ICP[备備]/u },
  { id: 'open-app', description: '“打开APP/客户端”提示', where: 'anywhere', pattern: /^(?:打开|打開|下载|下載)(?:APP|App|app|客户端|客戶端)[^。]{0,14}$/u },
  { id: 'follow-prompt', description: '“点击蓝字关注我们”“长按二维码关注”', where: 'anywhere', pattern: /^[^。,,]{0,10}关注(?:我们|我們|该公众号|該公眾號|公众号|公眾號|本号|本號)[^。]{0,6}$/u },
  { id: 'wechat-actions', description: '微信文末“分享 收藏 点赞 在看”', where: 'anywhere', pattern: /^(?:分享|收藏|点赞|點讚|在看|赞|讚|推荐|推薦|留言|写留言|寫留言|转发|轉發|\s)+$/u },
  { id: 'wechat-ask', description: '“点个在看”请求', where: 'bottom', pattern: /^[^。]{0,10}(?:点个|點個|点一下|點一下)[“"]?(?:在看|赞|讚)[”"]?[^。]{0,4}$/u },
  { id: 'wechat-swipe', description: '“继续滑动看下一个”', where: 'bottom', pattern: /^(?:继续|繼續|向上)?滑[动動]看下一[个個]$/u },
  { id: 'end-mark', description: '文末的 END 标记', where: 'anywhere', pattern: /^[-—–\s]*END[-—–\s]*$/iu },
  { id: 'font-size', description: '字号 [大 中 小]', where: 'anywhere', pattern: /^[[【]?\s*字[号號体體](?:[::]|\s*[[【(]?\s*[大中小]\s)/u },
  { id: 'share-to', description: '“分享到:”分享按钮', where: 'anywhere', pattern: /^分享[到至]?[::]?/u },
  { id: 'scan-share', description: '扫一扫、微信扫码分享到朋友圈', where: 'anywhere', pattern: /^(?:用?微信)?(?:扫一扫|掃一掃|扫描|掃描|扫码|掃碼)[^。]{0,20}(?:分享|朋友圈|二维码|二維碼|手机|手機|阅读|閱讀)?[^。]{0,12}$/u },
  { id: 'wechat-share', description: '“点击右上角分享到朋友圈”提示', where: 'anywhere', pattern: /^[^。]{0,16}(?:分享到|分享至|转发到|轉發到)(?:微信)?(?:朋友圈|好友|微博)[^。]{0,8}$/u },
  { id: 'load-next', description: '手机页“点击加载下一页/查看全文”', where: 'anywhere', pattern: /^(?:点击|點擊|上拉|继续|繼續)?(?:加载|加載|查看|阅读|閱讀)(?:下一[页頁篇]|更多|全文|原文)[^。]{0,6}$/u },
  { id: 'login', description: '登录、注册提示', where: 'top', pattern: /^(?:请|請)?(?:登录|登錄|登陆|登陸)(?:后|後)?[^。]{0,12}$|^(?:登录|登錄)\s*[|丨/]\s*(?:注册|註冊)$/u },
  { id: 'disclaimer', description: '免责声明、版权声明', where: 'anywhere', pattern: /^(?:免[责責][声聲]明|郑重[声聲]明|鄭重聲明|版[权權]声明|版[权權]聲明)[::]?/u },
  { id: 'copyright', description: '版权号、版权所有', where: 'anywhere', pattern: /^(?:版[权權][号號所][::有]|(?:Copyright|©|&copy;))/iu },
  { id: 'closing-filler', description: '“以上就是本篇文章……”', where: 'anywhere', pattern: /^以上就是本篇文章/u },
  { id: 'summary', description: '门户摘要“核心提示:”', where: 'anywhere', pattern: /^核心提示[::]/u },
  { id: 'empty-keywords', description: '空的“关键词:”', where: 'anywhere', pattern: /^[关關][键鍵][词詞][::]\s*$/u },
  { id: 'prev-next', description: '上一篇、下一篇', where: 'anywhere', pattern: /^(?:上一篇|下一篇)(?:[::]|$)/u },
  { id: 'counters', description: '浏览次数、阅读量等计数行', where: 'anywhere', pattern: /^(?:[[【]?\s*(?:浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問|浏览次数|瀏覽次數|点击数|點擊數|阅读量|閱讀量|阅读数|閱讀數|访问量|訪問量|人气|人氣|次浏览|评论|評論|点赞|點讚|在看|共|当前|當前|第)\s*[::]?\s*(?:\d+|[((]\d+[))])\s*(?:次|人|页|頁)?\s*[\]】]?\s*[|丨/]?\s*)+$/u },
  { id: 'mail-line', description: '只有邮箱的投稿行', where: 'bottom', pattern: /^(?:投稿|来稿|來稿|联系|聯繫)?(?:邮箱|郵箱|信箱|E-?mail)[::]?\s*[\w.+-]*@?[\w.-]*\s*$/iu },
  { id: 'original-link', description: '“原文链接:http://…”地址行(地址记入导入记录)', where: 'anywhere', pattern: ORIGINAL_LINK_LINE },
  { id: 'attachment-heading', description: '空的“附件:”“相关附件”标题', where: 'bottom', pattern: /^(?:相[关關])?附件(?:下载|下載)?[::]?\s*$/u },
  { id: 'related-heading', description: '相关文章列表的标题', where: 'trailer', pattern: /^(?:猜你喜[欢歡]|推[荐薦][阅閱][读讀]|相[关關][阅閱][读讀]|相[关關]新[闻聞]|相[关關]文章|相[关關]链接|相[关關]鏈接|[热熱]门推[荐薦]|[热熱][点點]推[荐薦]|更多[阅閱][读讀]|延伸[阅閱][读讀]|精彩推[荐薦]|[热熱]门文章|[热熱]門文章|往期回[顾顧]|[专專][题題]推[荐薦])\s*[::]?$/u },
]

export const patternsFor = (where: PatternPlace): RegExp[] => CHROME_PATTERNS.filter((entry) => entry.where === where).map((entry) => entry.pattern)

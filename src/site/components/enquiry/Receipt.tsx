import { clockPromise, enquiryKind } from '../../../payload/cases/client'
import { ENQUIRY_PATHS } from '../../lib/sitePaths'

type Props = { trackingCode: string; secret: string; repeated?: boolean; emailedTo?: string | null }

/** What a submitter keeps: the code and its secret. Rendered by the island and by the no-JS page. */
export const Receipt = ({ trackingCode, secret, repeated, emailedTo }: Props) => (
  <section className="va-receipt" aria-labelledby="va-receipt-title" tabIndex={-1} id="va-receipt">
    <h2 id="va-receipt-title">留言已提交</h2>
    {repeated && <p>这份留言此前已经提交成功,没有重复提交。</p>}
    <p>请记下查询码和查询密码,凭它们查看办理进度和答复:</p>
    <dl className="va-receipt__codes">
      <dt>查询码</dt>
      <dd data-testid="tracking-code">{trackingCode}</dd>
      <dt>查询密码</dt>
      <dd data-testid="tracking-secret">{secret}</dd>
    </dl>
    <p data-testid="receipt-email">
      {emailedTo
        ? `已向 ${emailedTo} 发送确认邮件,邮件里有查询码和查询密码。如果没有收到,请看看垃圾邮件。`
        : '您没有填写电子邮箱,所以没有发送确认邮件。请把查询码和查询密码抄下来或拍照保存。'}
    </p>
    <p>
      {clockPromise(enquiryKind)}
      <a href={`${ENQUIRY_PATHS.track}?code=${encodeURIComponent(trackingCode)}`}>查询办理进度</a>
    </p>
  </section>
)

/**
 * What a public submission may hold: the one validation schema, shared by the form island (in
 * the browser) and the server, and the rules for attached files. Nothing here may import Node
 * modules (client.ts exports it to the browser).
 */
import { z } from 'zod'

import { POLICY_TOPICS } from '../../constants/policies'
import { ENQUIRY_KINDS } from '../kinds/enquiry'
import { FOI_APPLICANT_TYPES, FOI_DELIVERY_FORMS, FOI_ID_TYPES, type FoiApplicantType, type FoiDeliveryForm, type FoiIdType } from '../kinds/foiRequest'
import { isIdCardNumber } from './personalData'

// In the browser the page's CSP allows no eval: zod must not compile its parsers with
// `new Function` (even its probe for it is reported as a violation). Set before any schema exists.
z.config({ jitless: true })

export const ENQUIRY_LIMITS = { subject: 50, body: 3000, name: 30 } as const

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value || undefined)

/** The key the form gives each submission (a UUID): a retry carries the same one. */
export const SUBMISSION_KEY_PATTERN = /^[A-Za-z0-9-]{16,64}$/

export const enquirySubmissionSchema = z.object({
  kind: z.enum(ENQUIRY_KINDS, '请选择留言类别'),
  subject: z
    .string('请填写标题')
    .trim()
    .min(4, '标题至少 4 个字')
    .max(ENQUIRY_LIMITS.subject, `标题不能超过 ${ENQUIRY_LIMITS.subject} 个字`),
  body: z
    .string('请填写留言内容')
    .trim()
    .min(10, '留言内容至少 10 个字,请把情况说清楚')
    .max(ENQUIRY_LIMITS.body, `留言内容不能超过 ${ENQUIRY_LIMITS.body} 个字`),
  name: z
    .string('请填写姓名')
    .trim()
    .min(1, '请填写姓名')
    .max(ENQUIRY_LIMITS.name, `姓名不能超过 ${ENQUIRY_LIMITS.name} 个字`),
  phone: z
    .string('请填写手机号码')
    .trim()
    .regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号码,例如 13812341234'),
  idCard: optionalText(18, '身份证号码应为 18 位').refine(
    (value) => value === undefined || isIdCardNumber(value),
    '身份证号码不正确,请核对(最后一位可能是 X)',
  ),
  email: optionalText(100, '电子邮箱过长').pipe(z.email('电子邮箱格式不正确').optional()),
  preferredStation: optionalText(36, '请从列表中选择服务站').refine(
    (value) => value === undefined || /^[0-9a-fA-F-]{24,36}$/.test(value),
    '请从列表中选择服务站',
  ),
  topic: z
    .enum(POLICY_TOPICS, '请选择列表中的事项类别')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  consent: z.literal(true, '请阅读并同意《个人信息保护说明》后再提交'),
  publishConsent: z.boolean().default(false),
  submissionKey: z.string('页面已过期,请刷新后重新提交').regex(SUBMISSION_KEY_PATTERN, '页面已过期,请刷新后重新提交'),
})

/**
 * An opinion on a public consultation (意见征集): the enquiry's own rules for who is writing
 * (name, phone, consent, submission key), with the consultation and the opinion itself.
 */
export const opinionSubmissionSchema = enquirySubmissionSchema.pick({ name: true, phone: true, consent: true, submissionKey: true }).extend({
  consultation: z.string('请从意见征集页面提交').regex(/^[0-9a-fA-F-]{24,36}$/, '请从意见征集页面提交'),
  body: z
    .string('请填写您的意见')
    .trim()
    .min(5, '意见至少 5 个字')
    .max(ENQUIRY_LIMITS.body, `意见不能超过 ${ENQUIRY_LIMITS.body} 个字`),
})

export type OpinionSubmission = z.output<typeof opinionSubmissionSchema>

export const FOI_LIMITS = { name: 60, idNumber: 30, description: 3000, purpose: 500, address: 120 } as const

const keysOf = <T extends Record<string, string>>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]]

/** 统一社会信用代码: 18 characters, no I, O, S, V or Z. */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/

/**
 * A 依申请公开 request (the national application form's fields): who applies and their document,
 * how to reach them, the information wanted, and how they want it. The document's number is
 * checked by its type; an address is needed for paper or disc, an e-mail address for e-mail.
 */
export const foiSubmissionSchema = enquirySubmissionSchema
  .pick({ phone: true, consent: true, submissionKey: true })
  .extend({
    applicantType: z.enum(keysOf(FOI_APPLICANT_TYPES) as [FoiApplicantType, ...FoiApplicantType[]], '请选择申请人类型'),
    name: z
      .string('请填写申请人姓名或机构名称')
      .trim()
      .min(1, '请填写申请人姓名或机构名称')
      .max(FOI_LIMITS.name, `姓名或名称不能超过 ${FOI_LIMITS.name} 个字`),
    idType: z.enum(keysOf(FOI_ID_TYPES) as [FoiIdType, ...FoiIdType[]], '请选择证件类型'),
    idNumber: z
      .string('请填写证件号码')
      .trim()
      .toUpperCase()
      .min(4, '请填写证件号码')
      .max(FOI_LIMITS.idNumber, '证件号码过长'),
    email: optionalText(100, '电子邮箱过长').pipe(z.email('电子邮箱格式不正确').optional()),
    address: optionalText(FOI_LIMITS.address, `通信地址不能超过 ${FOI_LIMITS.address} 个字`),
    description: z
      .string('请填写所需政府信息的名称或内容描述')
      .trim()
      .min(10, '所需信息的描述至少 10 个字,请写明名称、文号或便于查找的特征')
      .max(FOI_LIMITS.description, `描述不能超过 ${FOI_LIMITS.description} 个字`),
    purpose: optionalText(FOI_LIMITS.purpose, `用途不能超过 ${FOI_LIMITS.purpose} 个字`),
    delivery: z.enum(keysOf(FOI_DELIVERY_FORMS) as [FoiDeliveryForm, ...FoiDeliveryForm[]], '请选择获取信息的方式'),
  })

export type FoiSubmission = z.output<typeof foiSubmissionSchema>

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * What one field of a request needs of another (the document number by its type, an address for
 * paper or disc, an e-mail address for e-mail), checked on what was sent even when other fields
 * are wrong, so every problem is named at once.
 */
export const foiCrossFieldProblems = (input: Record<string, unknown>): FieldErrors => {
  const errors: FieldErrors = {}
  const idNumber = text(input.idNumber).toUpperCase()
  if (idNumber && input.idType === 'idCard' && !isIdCardNumber(idNumber)) errors.idNumber = '身份证号码不正确,请核对(最后一位可能是 X)'
  if (idNumber && input.idType === 'creditCode' && !CREDIT_CODE.test(idNumber)) errors.idNumber = '统一社会信用代码应为 18 位,请核对'
  if (input.applicantType === 'citizen' && input.idType === 'creditCode') errors.idType = '自然人请选择身份证件'
  if (typeof input.applicantType === 'string' && input.applicantType in FOI_APPLICANT_TYPES && input.applicantType !== 'citizen' && input.idType !== 'creditCode' && input.idType !== 'other') {
    errors.idType = '法人或其他组织请选择统一社会信用代码'
  }
  if (input.delivery === 'email' && !text(input.email)) errors.email = '选择电子邮件方式时,请填写电子邮箱'
  if ((input.delivery === 'paper' || input.delivery === 'disc') && !text(input.address)) errors.address = '选择纸质或光盘方式时,请填写通信地址'
  return errors
}

export type EnquirySubmission = z.output<typeof enquirySubmissionSchema>
export type EnquirySubmissionInput = z.input<typeof enquirySubmissionSchema>
export type EnquiryField = keyof EnquirySubmissionInput

export type FieldErrors = Partial<Record<string, string>>

export type ValidationResult = { ok: true; data: EnquirySubmission } | { ok: false; errors: FieldErrors }

/** Validates anything (JSON body or form fields) against `schema`, with one plain-Chinese message per field. */
const validateWith =
  <T>(schema: z.ZodType<T>) =>
  (input: unknown): { ok: true; data: T } | { ok: false; errors: FieldErrors } => {
    const result = schema.safeParse(input)
    if (result.success) return { ok: true, data: result.data }
    const errors: FieldErrors = {}
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? 'form')
      errors[field] ??= issue.path.length === 0 ? '提交的内容无法识别,请刷新页面后重试' : issue.message
    }
    return { ok: false, errors }
  }

export const validateEnquiry: (input: unknown) => ValidationResult = validateWith(enquirySubmissionSchema)

export const validateOpinion = validateWith(opinionSubmissionSchema)
/** The request's schema and its cross-field rules together: the schema's message wins where both find a field wrong. */
export const validateFoiRequest = (input: unknown): { ok: true; data: FoiSubmission } | { ok: false; errors: FieldErrors } => {
  const checked = validateWith(foiSubmissionSchema)(input)
  const cross = input && typeof input === 'object' ? foiCrossFieldProblems(input as Record<string, unknown>) : {}
  if (checked.ok && !Object.keys(cross).length) return checked
  return { ok: false, errors: { ...cross, ...(checked.ok ? {} : checked.errors) } }
}

const CHECKBOXES = ['consent', 'publishConsent'] as const

/** A submitted HTML form as the schema expects it: checkboxes become booleans. */
export const formToSubmission = (form: Record<string, string | undefined>): Record<string, unknown> => {
  const values: Record<string, unknown> = { ...form }
  for (const name of CHECKBOXES) values[name] = form[name] === 'on' || form[name] === 'true'
  return values
}

/** What a submitter may attach, checked by content (magic bytes), never by name or claimed type. */
export const ATTACHMENT_LIMITS = { maxFiles: 3, maxBytes: 5 * 1024 * 1024 } as const

export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number]

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((byte, index) => data[index] === byte)

export const sniffAttachmentType = (data: Uint8Array): AttachmentType | null => {
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'
  return null
}

export type IncomingFile = { name: string; size: number }

/** The field error for a set of files, or null when they may be stored. */
export const checkAttachmentList = (files: readonly IncomingFile[]): string | null => {
  if (files.length > ATTACHMENT_LIMITS.maxFiles) return `最多上传 ${ATTACHMENT_LIMITS.maxFiles} 个附件`
  if (files.some((file) => file.size > ATTACHMENT_LIMITS.maxBytes)) return '每个附件不能超过 5 MB'
  return null
}

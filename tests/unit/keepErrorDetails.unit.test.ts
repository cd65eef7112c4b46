import { APIError, type AfterErrorHookArgs, type PayloadRequest, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { keepErrorDetails } from '../../src/payload/hooks/keepErrorDetails'

const fieldErrors = { global: 'siteSettings', errors: [{ label: '服务站点地图 > 瓦片地址模板', message: '瓦片地址必须使用 https', path: 'map.tileUrl' }] }
const run = (error: Error, result: AfterErrorHookArgs['result']) =>
  keepErrorDetails({ error, result, context: {}, req: {} as PayloadRequest })

describe('keepErrorDetails (afterError)', () => {
  const error = new ValidationError(fieldErrors)

  it('should put the field errors back when the response lost them', () => {
    // What formatErrors answers when the error is not an instance of its own copy of the class.
    expect(run(error, { errors: [{ message: error.message }] })).toEqual({
      response: { errors: [{ name: 'ValidationError', data: fieldErrors, message: error.message }] },
    })
  })

  it('should leave a complete response, a hidden (500) error and errors without data alone', () => {
    const complete = { errors: [{ name: 'ValidationError', data: fieldErrors, message: error.message }] }
    expect(run(error, complete)).toBeUndefined()
    const secret = new APIError('database password is …', 500, { secret: true })
    expect(run(secret, { errors: [{ message: 'Something went wrong.' }] })).toBeUndefined()
    expect(run(new APIError('没有权限', 403), { errors: [{ message: '没有权限' }] })).toBeUndefined()
    expect(run(new Error('plain'), { errors: [{ message: 'plain' }] })).toBeUndefined()
    expect(run(error, undefined)).toBeUndefined()
  })

  it('should give back the message of a public client error answered with the generic text', () => {
    // Payload's upload limit: a public 413 whose class the REST route does not recognise.
    const tooLarge = new APIError('文件不能超过 20 MB', 413, { size: 20971520 }, true)
    expect(run(tooLarge, { errors: [{ message: 'An unknown error occurred.' }] })).toEqual({
      response: { errors: [{ message: '文件不能超过 20 MB' }] },
    })
    expect(run(new APIError('internal detail', 503, null, true), { errors: [{ message: 'Something went wrong.' }] })).toBeUndefined()
  })
})

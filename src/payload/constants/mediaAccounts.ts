/** The platforms a bureau's official accounts (政务新媒体) are on. */
export const MEDIA_PLATFORMS = [
  { value: 'wechat', label: '微信公众号' },
  { value: 'channels', label: '微信视频号' },
  { value: 'weibo', label: '微博' },
  { value: 'douyin', label: '抖音' },
  { value: 'toutiao', label: '今日头条' },
  { value: 'other', label: '其他' },
] as const

export const mediaPlatformLabel = (value: string): string => MEDIA_PLATFORMS.find((platform) => platform.value === value)?.label ?? value

/** The public page listing the accounts. */
export const MEDIA_ACCOUNTS_PATH = '/new-media'

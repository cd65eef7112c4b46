/**
 * Stands where Payload's Publish button would be: publishing goes through the review panel, so
 * the button cannot come back after a draft is saved (a known Payload trap).
 */
export const ReviewOnlyNotice = () => <span className="workflow-review-only">发布请使用右侧审核面板</span>

/** Unpublishing is a workflow action with a reason, not a toolbar button. */
export const NoUnpublishButton = () => null

'use client'

import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'

import { importUnderWay, type ImportRunState } from '../../constants/imports'

/** On a report still under way: the way to its progress view, which follows the job as it runs. */
export const ProgressLink = () => {
  const state = useFormFields(([fields]) => fields.state?.value as ImportRunState | undefined)
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  if (!id || !importUnderWay(state)) return null
  return (
    <p className="va-import__progress-link">
      这次导入还在进行中。<a href={`${config.routes.admin}/import?report=${id}`}>查看导入进度</a>
    </p>
  )
}

import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowPanel as WorkflowPanel_224f1097621544d47e26024c53b3f78e } from '../../../../src/payload/workflow/admin/WorkflowPanel'
import { ImportNewsButton as ImportNewsButton_1bcefb99d7232139251273b39760acb8 } from '../../../../src/payload/import/admin/ImportNewsButton'
import { ReviewOnlyNotice as ReviewOnlyNotice_52e30b4aded834427b391ed4483dd862 } from '../../../../src/payload/workflow/admin/ReviewOnlyNotice'
import { WorkflowStatus as WorkflowStatus_06d151d6cdb95fc6830c8365c1ff8246 } from '../../../../src/payload/workflow/admin/WorkflowStatus'
import { NoUnpublishButton as NoUnpublishButton_52e30b4aded834427b391ed4483dd862 } from '../../../../src/payload/workflow/admin/ReviewOnlyNotice'
import { ProgressLink as ProgressLink_e8348d403b6d4d10afaeefeaef8e1173 } from '../../../../src/payload/import/admin/ProgressLink'
import { ReportItemLabel as ReportItemLabel_19d715238716d7901c67a06e01190a44 } from '../../../../src/payload/import/admin/ReportItemLabel'
import { RevealContact as RevealContact_718cb50dd68f6f497a0ccef212b9cecd } from '../../../../src/payload/cases/payload/components/RevealContact'
import { CaseActions as CaseActions_049faa883f9832bf3b82c84ad77a9362 } from '../../../../src/payload/cases/payload/components/CaseActions'
import { ExportCsvForm as ExportCsvForm_1b4c654819db69e5f1e626572602c617 } from '../../../../src/payload/cases/payload/components/ExportCsvForm'
import { FoiNoticeLink as FoiNoticeLink_9240e4b03d047330d6150618f6fc3be2 } from '../../../../src/payload/cases/payload/components/FoiNoticeLink'
import { FindingsReport as FindingsReport_3ce1a58e2581bd97bfa37edf48ad6eee } from '../../../../src/payload/selfCheck/admin/FindingsReport'
import { ImportNavLink as ImportNavLink_3c825607f124262b0d409d6e36fc5602 } from '../../../../src/payload/import/admin/ImportNavLink'
import { CaseQueue as CaseQueue_4fac6bfd8ac260761d6fb4be7ee11f5b } from '../../../../src/payload/cases/payload/components/CaseQueue'
import { WorkflowDashboard as WorkflowDashboard_911c094710ca202cdb01ae75c9bb1fcb } from '../../../../src/payload/workflow/admin/WorkflowDashboard'
import { SelfCheckSummary as SelfCheckSummary_d62d94c111d6c5e1f1b110f4d8cb6b1f } from '../../../../src/payload/selfCheck/admin/SelfCheckSummary'
import { AdminStrings as AdminStrings_0bec15204b092244114796a7fe55a492 } from '../../../../src/payload/staffAdmin/AdminStrings'
import { ImportView as ImportView_1180197600f668b0a46916130d1b815f } from '../../../../src/payload/import/admin/ImportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/payload/workflow/admin/WorkflowPanel#WorkflowPanel": WorkflowPanel_224f1097621544d47e26024c53b3f78e,
  "/src/payload/import/admin/ImportNewsButton#ImportNewsButton": ImportNewsButton_1bcefb99d7232139251273b39760acb8,
  "/src/payload/workflow/admin/ReviewOnlyNotice#ReviewOnlyNotice": ReviewOnlyNotice_52e30b4aded834427b391ed4483dd862,
  "/src/payload/workflow/admin/WorkflowStatus#WorkflowStatus": WorkflowStatus_06d151d6cdb95fc6830c8365c1ff8246,
  "/src/payload/workflow/admin/ReviewOnlyNotice#NoUnpublishButton": NoUnpublishButton_52e30b4aded834427b391ed4483dd862,
  "/src/payload/import/admin/ProgressLink#ProgressLink": ProgressLink_e8348d403b6d4d10afaeefeaef8e1173,
  "/src/payload/import/admin/ReportItemLabel#ReportItemLabel": ReportItemLabel_19d715238716d7901c67a06e01190a44,
  "./src/payload/cases/payload/components/RevealContact#RevealContact": RevealContact_718cb50dd68f6f497a0ccef212b9cecd,
  "./src/payload/cases/payload/components/CaseActions#CaseActions": CaseActions_049faa883f9832bf3b82c84ad77a9362,
  "./src/payload/cases/payload/components/ExportCsvForm#ExportCsvForm": ExportCsvForm_1b4c654819db69e5f1e626572602c617,
  "./src/payload/cases/payload/components/FoiNoticeLink#FoiNoticeLink": FoiNoticeLink_9240e4b03d047330d6150618f6fc3be2,
  "/src/payload/selfCheck/admin/FindingsReport#FindingsReport": FindingsReport_3ce1a58e2581bd97bfa37edf48ad6eee,
  "/src/payload/import/admin/ImportNavLink#ImportNavLink": ImportNavLink_3c825607f124262b0d409d6e36fc5602,
  "/src/payload/cases/payload/components/CaseQueue#CaseQueue": CaseQueue_4fac6bfd8ac260761d6fb4be7ee11f5b,
  "/src/payload/workflow/admin/WorkflowDashboard#WorkflowDashboard": WorkflowDashboard_911c094710ca202cdb01ae75c9bb1fcb,
  "/src/payload/selfCheck/admin/SelfCheckSummary#SelfCheckSummary": SelfCheckSummary_d62d94c111d6c5e1f1b110f4d8cb6b1f,
  "/src/payload/staffAdmin/AdminStrings#AdminStrings": AdminStrings_0bec15204b092244114796a7fe55a492,
  "/src/payload/import/admin/ImportView#ImportView": ImportView_1180197600f668b0a46916130d1b815f,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

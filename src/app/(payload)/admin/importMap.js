import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowPanel as WorkflowPanel_24d03d89af2fdfacb7cf2afe826d4cc5 } from '../../../../src/payload/admin/WorkflowPanel'
import { ImportNewsButton as ImportNewsButton_b914d914ec9909b1e6afa548da536dd1 } from '../../../../src/payload/admin/import/ImportNewsButton'
import { ReviewOnlyNotice as ReviewOnlyNotice_22d37ed683907bc56e66de8c55af1fcd } from '../../../../src/payload/admin/ReviewOnlyNotice'
import { WorkflowStatus as WorkflowStatus_d3c1ef7076adaea2dc4a9938e8bd33ab } from '../../../../src/payload/admin/WorkflowStatus'
import { NoUnpublishButton as NoUnpublishButton_22d37ed683907bc56e66de8c55af1fcd } from '../../../../src/payload/admin/ReviewOnlyNotice'
import { ReportItemLabel as ReportItemLabel_daeceda28b810087cc611cdb031ea553 } from '../../../../src/payload/admin/import/ReportItemLabel'
import { RevealContact as RevealContact_718cb50dd68f6f497a0ccef212b9cecd } from '../../../../src/payload/cases/payload/components/RevealContact'
import { ExportCsvForm as ExportCsvForm_1b4c654819db69e5f1e626572602c617 } from '../../../../src/payload/cases/payload/components/ExportCsvForm'
import { ImportNavLink as ImportNavLink_1763f0f443f0480306d82cabc0e05c4c } from '../../../../src/payload/admin/import/ImportNavLink'
import { WorkflowDashboard as WorkflowDashboard_6d285c2db6fb14d5741ac5efca443698 } from '../../../../src/payload/admin/WorkflowDashboard'
import { AdminStrings as AdminStrings_221f400d61d5b992322910a3534d4452 } from '../../../../src/payload/admin/AdminStrings'
import { ImportView as ImportView_8f17fa8c98788c0b3d1986b698c58cfb } from '../../../../src/payload/admin/import/ImportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/payload/admin/WorkflowPanel#WorkflowPanel": WorkflowPanel_24d03d89af2fdfacb7cf2afe826d4cc5,
  "/src/payload/admin/import/ImportNewsButton#ImportNewsButton": ImportNewsButton_b914d914ec9909b1e6afa548da536dd1,
  "/src/payload/admin/ReviewOnlyNotice#ReviewOnlyNotice": ReviewOnlyNotice_22d37ed683907bc56e66de8c55af1fcd,
  "/src/payload/admin/WorkflowStatus#WorkflowStatus": WorkflowStatus_d3c1ef7076adaea2dc4a9938e8bd33ab,
  "/src/payload/admin/ReviewOnlyNotice#NoUnpublishButton": NoUnpublishButton_22d37ed683907bc56e66de8c55af1fcd,
  "/src/payload/admin/import/ReportItemLabel#ReportItemLabel": ReportItemLabel_daeceda28b810087cc611cdb031ea553,
  "./src/payload/cases/payload/components/RevealContact#RevealContact": RevealContact_718cb50dd68f6f497a0ccef212b9cecd,
  "./src/payload/cases/payload/components/ExportCsvForm#ExportCsvForm": ExportCsvForm_1b4c654819db69e5f1e626572602c617,
  "/src/payload/admin/import/ImportNavLink#ImportNavLink": ImportNavLink_1763f0f443f0480306d82cabc0e05c4c,
  "/src/payload/admin/WorkflowDashboard#WorkflowDashboard": WorkflowDashboard_6d285c2db6fb14d5741ac5efca443698,
  "/src/payload/admin/AdminStrings#AdminStrings": AdminStrings_221f400d61d5b992322910a3534d4452,
  "/src/payload/admin/import/ImportView#ImportView": ImportView_8f17fa8c98788c0b3d1986b698c58cfb,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

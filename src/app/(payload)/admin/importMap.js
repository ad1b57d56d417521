import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
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
import { ReviewStatusCell as ReviewStatusCell_9808f783acbf7b3fbe9dee43fdbcc0a7 } from '../../../components/ReviewStatusCell'
import { ReviewHistoryPanel as ReviewHistoryPanel_af1ed485bb609e804d3264b0dcdda832 } from '../../../components/ReviewHistoryPanel'
import { EditorNoteCell as EditorNoteCell_eddf2a4f89f2c5935fbd1c0601e00994 } from '../../../components/EditorNoteCell'
import { NoControl as NoControl_8a9b95ddaa9c644c58086c425690a3ba } from '../../../components/NoControl'
import { ReviewStatusFilter as ReviewStatusFilter_a0dc858595dc090c1e15b8514d32af3a } from '../../../components/ReviewStatusFilter'
import { ReviewActions as ReviewActions_f6652ebb724a7a70f8f49c0dc5ccf9c8 } from '../../../components/ReviewActions'
import { ReviewStatusPill as ReviewStatusPill_fae9582e001bd20792417b5c890c9d0e } from '../../../components/ReviewStatusPill'
import { ReviewedListView as ReviewedListView_f4479028af9d0fc649a3a9b9637035f7 } from '../../../components/ReviewedListView'
import { WebhookTestButton as WebhookTestButton_93a56edf9edd2601a51dc7b73a0d5a1b } from '../../../components/WebhookTestButton'
import { WorkflowGuardStyles as WorkflowGuardStyles_dcca0cdc0b59e94a6d6cbd9988fae834 } from '../../../components/WorkflowGuardStyles'
import { DeleteAccountButton as DeleteAccountButton_e86daebf7b569efb8d04e84875900295 } from '../../../components/DeleteAccountButton'
import { ReviewQueueLink as ReviewQueueLink_70b5d6dd23c32630f2457adeb7a41a4d } from '../../../components/ReviewQueueLink'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { EditorialDashboard as EditorialDashboard_fbd818af35ed4843828ed70ba9cb878c } from '../../../components/EditorialDashboard'
import { ReviewQueueView as ReviewQueueView_dd633564f0a13145322aec195e51febb } from '../../../components/ReviewQueueView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
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
  "/components/ReviewStatusCell#ReviewStatusCell": ReviewStatusCell_9808f783acbf7b3fbe9dee43fdbcc0a7,
  "/components/ReviewHistoryPanel#ReviewHistoryPanel": ReviewHistoryPanel_af1ed485bb609e804d3264b0dcdda832,
  "/components/EditorNoteCell#EditorNoteCell": EditorNoteCell_eddf2a4f89f2c5935fbd1c0601e00994,
  "/components/NoControl#NoControl": NoControl_8a9b95ddaa9c644c58086c425690a3ba,
  "/components/ReviewStatusFilter#ReviewStatusFilter": ReviewStatusFilter_a0dc858595dc090c1e15b8514d32af3a,
  "/components/ReviewActions#ReviewActions": ReviewActions_f6652ebb724a7a70f8f49c0dc5ccf9c8,
  "/components/ReviewStatusPill#ReviewStatusPill": ReviewStatusPill_fae9582e001bd20792417b5c890c9d0e,
  "/components/ReviewedListView#ReviewedListView": ReviewedListView_f4479028af9d0fc649a3a9b9637035f7,
  "/components/WebhookTestButton#WebhookTestButton": WebhookTestButton_93a56edf9edd2601a51dc7b73a0d5a1b,
  "/components/WorkflowGuardStyles#WorkflowGuardStyles": WorkflowGuardStyles_dcca0cdc0b59e94a6d6cbd9988fae834,
  "/components/DeleteAccountButton#DeleteAccountButton": DeleteAccountButton_e86daebf7b569efb8d04e84875900295,
  "/components/ReviewQueueLink#ReviewQueueLink": ReviewQueueLink_70b5d6dd23c32630f2457adeb7a41a4d,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/EditorialDashboard#EditorialDashboard": EditorialDashboard_fbd818af35ed4843828ed70ba9cb878c,
  "/components/ReviewQueueView#ReviewQueueView": ReviewQueueView_dd633564f0a13145322aec195e51febb,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

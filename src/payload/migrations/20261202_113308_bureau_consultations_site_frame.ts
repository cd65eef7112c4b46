import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`consultations_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_approvals_order_idx\` ON \`consultations_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_approvals_parent_id_idx\` ON \`consultations_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_approvals_user_idx\` ON \`consultations_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`user_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_review_log_order_idx\` ON \`consultations_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_review_log_parent_id_idx\` ON \`consultations_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_review_log_user_idx\` ON \`consultations_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_change_log_order_idx\` ON \`consultations_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_change_log_parent_id_idx\` ON \`consultations_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`draft\` text,
  	\`how_to_respond\` text DEFAULT '可以在本页下方直接填写意见;也可以写信寄到南屏县退役军人事务局,信封上注明“意见征集”。',
  	\`feedback_received\` numeric,
  	\`feedback_adopted\` numeric,
  	\`feedback_summary\` text,
  	\`final_policy_id\` text(36),
  	\`has_feedback\` integer,
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`last_edited_by_id\` text(36),
  	\`created_by_id\` text(36),
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawal_mode\` text,
  	\`withdrawal_public_reason\` text,
  	\`withdrawal_internal_reason\` text,
  	\`withdrawal_at\` text,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`final_policy_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_opens_at_idx\` ON \`consultations\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_closes_at_idx\` ON \`consultations\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_final_policy_idx\` ON \`consultations\` (\`final_policy_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_has_feedback_idx\` ON \`consultations\` (\`has_feedback\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`consultations_slug_idx\` ON \`consultations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`consultations_published_at_idx\` ON \`consultations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_workflow_state_idx\` ON \`consultations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`consultations_last_edited_by_idx\` ON \`consultations\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_created_by_idx\` ON \`consultations\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_updated_at_idx\` ON \`consultations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_created_at_idx\` ON \`consultations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations__status_idx\` ON \`consultations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`consultations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_rels_order_idx\` ON \`consultations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_parent_idx\` ON \`consultations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_path_idx\` ON \`consultations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_media_id_idx\` ON \`consultations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_users_id_idx\` ON \`consultations_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_approvals_order_idx\` ON \`_consultations_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_approvals_parent_id_idx\` ON \`_consultations_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_approvals_user_idx\` ON \`_consultations_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`user_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_review_log_order_idx\` ON \`_consultations_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_review_log_parent_id_idx\` ON \`_consultations_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_review_log_user_idx\` ON \`_consultations_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_change_log_order_idx\` ON \`_consultations_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_change_log_parent_id_idx\` ON \`_consultations_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_draft\` text,
  	\`version_how_to_respond\` text DEFAULT '可以在本页下方直接填写意见;也可以写信寄到南屏县退役军人事务局,信封上注明“意见征集”。',
  	\`version_feedback_received\` numeric,
  	\`version_feedback_adopted\` numeric,
  	\`version_feedback_summary\` text,
  	\`version_final_policy_id\` text(36),
  	\`version_has_feedback\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_last_edited_by_id\` text(36),
  	\`version_created_by_id\` text(36),
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawal_mode\` text,
  	\`version_withdrawal_public_reason\` text,
  	\`version_withdrawal_internal_reason\` text,
  	\`version_withdrawal_at\` text,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_final_policy_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_parent_idx\` ON \`_consultations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_opens_at_idx\` ON \`_consultations_v\` (\`version_opens_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_closes_at_idx\` ON \`_consultations_v\` (\`version_closes_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_final_policy_idx\` ON \`_consultations_v\` (\`version_final_policy_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_has_feedback_idx\` ON \`_consultations_v\` (\`version_has_feedback\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_slug_idx\` ON \`_consultations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_published_at_idx\` ON \`_consultations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_workflow_state_idx\` ON \`_consultations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_last_edited_by_idx\` ON \`_consultations_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_created_by_idx\` ON \`_consultations_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_updated_at_idx\` ON \`_consultations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_created_at_idx\` ON \`_consultations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version__status_idx\` ON \`_consultations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_created_at_idx\` ON \`_consultations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_updated_at_idx\` ON \`_consultations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_latest_idx\` ON \`_consultations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_order_idx\` ON \`_consultations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_parent_idx\` ON \`_consultations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_path_idx\` ON \`_consultations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_media_id_idx\` ON \`_consultations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_users_id_idx\` ON \`_consultations_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`consultation_opinions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`consultation_id\` text(36) NOT NULL,
  	\`body\` text NOT NULL,
  	\`contact_name\` text,
  	\`contact_phone_masked\` text,
  	\`contact_phone_sealed\` text,
  	\`decision\` text,
  	\`reason\` text,
  	\`submission_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consultation_opinions_consultation_idx\` ON \`consultation_opinions\` (\`consultation_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`consultation_opinions_submission_key_idx\` ON \`consultation_opinions\` (\`submission_key\`);`)
  await db.run(sql`CREATE INDEX \`consultation_opinions_updated_at_idx\` ON \`consultation_opinions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultation_opinions_created_at_idx\` ON \`consultation_opinions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`leaders_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`leaders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`leaders_approvals_order_idx\` ON \`leaders_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`leaders_approvals_parent_id_idx\` ON \`leaders_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`leaders_approvals_user_idx\` ON \`leaders_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`leaders_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`user_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`leaders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`leaders_review_log_order_idx\` ON \`leaders_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`leaders_review_log_parent_id_idx\` ON \`leaders_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`leaders_review_log_user_idx\` ON \`leaders_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`leaders_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`leaders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`leaders_change_log_order_idx\` ON \`leaders_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`leaders_change_log_parent_id_idx\` ON \`leaders_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`leaders\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`position\` text,
  	\`photo_id\` text(36),
  	\`duties\` text,
  	\`resume\` text,
  	\`order\` numeric DEFAULT 10,
  	\`in_office\` integer DEFAULT true,
  	\`slug\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`last_edited_by_id\` text(36),
  	\`created_by_id\` text(36),
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawal_mode\` text,
  	\`withdrawal_public_reason\` text,
  	\`withdrawal_internal_reason\` text,
  	\`withdrawal_at\` text,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`leaders_photo_idx\` ON \`leaders\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`leaders_order_idx\` ON \`leaders\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`leaders_in_office_idx\` ON \`leaders\` (\`in_office\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`leaders_slug_idx\` ON \`leaders\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`leaders_workflow_state_idx\` ON \`leaders\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`leaders_last_edited_by_idx\` ON \`leaders\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`leaders_created_by_idx\` ON \`leaders\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`leaders_updated_at_idx\` ON \`leaders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`leaders_created_at_idx\` ON \`leaders\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`leaders__status_idx\` ON \`leaders\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`leaders_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`leaders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`leaders_rels_order_idx\` ON \`leaders_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`leaders_rels_parent_idx\` ON \`leaders_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`leaders_rels_path_idx\` ON \`leaders_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`leaders_rels_media_id_idx\` ON \`leaders_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`leaders_rels_users_id_idx\` ON \`leaders_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_leaders_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_leaders_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_approvals_order_idx\` ON \`_leaders_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_approvals_parent_id_idx\` ON \`_leaders_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_approvals_user_idx\` ON \`_leaders_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_leaders_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`user_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_leaders_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_review_log_order_idx\` ON \`_leaders_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_review_log_parent_id_idx\` ON \`_leaders_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_review_log_user_idx\` ON \`_leaders_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_leaders_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_leaders_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_change_log_order_idx\` ON \`_leaders_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_change_log_parent_id_idx\` ON \`_leaders_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_leaders_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_position\` text,
  	\`version_photo_id\` text(36),
  	\`version_duties\` text,
  	\`version_resume\` text,
  	\`version_order\` numeric DEFAULT 10,
  	\`version_in_office\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_last_edited_by_id\` text(36),
  	\`version_created_by_id\` text(36),
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawal_mode\` text,
  	\`version_withdrawal_public_reason\` text,
  	\`version_withdrawal_internal_reason\` text,
  	\`version_withdrawal_at\` text,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`leaders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_leaders_v_parent_idx\` ON \`_leaders_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_version_photo_idx\` ON \`_leaders_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_version_order_idx\` ON \`_leaders_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_version_in_office_idx\` ON \`_leaders_v\` (\`version_in_office\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_version_slug_idx\` ON \`_leaders_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_version_workflow_state_idx\` ON \`_leaders_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_version_last_edited_by_idx\` ON \`_leaders_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_version_created_by_idx\` ON \`_leaders_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_version_updated_at_idx\` ON \`_leaders_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_version_created_at_idx\` ON \`_leaders_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_version_version__status_idx\` ON \`_leaders_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_created_at_idx\` ON \`_leaders_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_updated_at_idx\` ON \`_leaders_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_latest_idx\` ON \`_leaders_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_leaders_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_leaders_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_leaders_v_rels_order_idx\` ON \`_leaders_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_rels_parent_idx\` ON \`_leaders_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_rels_path_idx\` ON \`_leaders_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_rels_media_id_idx\` ON \`_leaders_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_rels_users_id_idx\` ON \`_leaders_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`org_units_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`org_units_approvals_order_idx\` ON \`org_units_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`org_units_approvals_parent_id_idx\` ON \`org_units_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`org_units_approvals_user_idx\` ON \`org_units_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`org_units_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`user_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`org_units_review_log_order_idx\` ON \`org_units_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`org_units_review_log_parent_id_idx\` ON \`org_units_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`org_units_review_log_user_idx\` ON \`org_units_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`org_units_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`org_units_change_log_order_idx\` ON \`org_units_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`org_units_change_log_parent_id_idx\` ON \`org_units_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`org_units\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`kind\` text DEFAULT 'internal',
  	\`duties\` text,
  	\`phone\` text,
  	\`address\` text,
  	\`order\` numeric DEFAULT 10,
  	\`slug\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`last_edited_by_id\` text(36),
  	\`created_by_id\` text(36),
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawal_mode\` text,
  	\`withdrawal_public_reason\` text,
  	\`withdrawal_internal_reason\` text,
  	\`withdrawal_at\` text,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`org_units_kind_idx\` ON \`org_units\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`org_units_order_idx\` ON \`org_units\` (\`order\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`org_units_slug_idx\` ON \`org_units\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`org_units_workflow_state_idx\` ON \`org_units\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`org_units_last_edited_by_idx\` ON \`org_units\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`org_units_created_by_idx\` ON \`org_units\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`org_units_updated_at_idx\` ON \`org_units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`org_units_created_at_idx\` ON \`org_units\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`org_units__status_idx\` ON \`org_units\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`org_units_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`org_units_rels_order_idx\` ON \`org_units_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`org_units_rels_parent_idx\` ON \`org_units_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`org_units_rels_path_idx\` ON \`org_units_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`org_units_rels_media_id_idx\` ON \`org_units_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`org_units_rels_users_id_idx\` ON \`org_units_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_org_units_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_org_units_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_approvals_order_idx\` ON \`_org_units_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_approvals_parent_id_idx\` ON \`_org_units_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_approvals_user_idx\` ON \`_org_units_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_org_units_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`user_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_org_units_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_review_log_order_idx\` ON \`_org_units_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_review_log_parent_id_idx\` ON \`_org_units_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_review_log_user_idx\` ON \`_org_units_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_org_units_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_org_units_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_change_log_order_idx\` ON \`_org_units_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_change_log_parent_id_idx\` ON \`_org_units_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_org_units_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_kind\` text DEFAULT 'internal',
  	\`version_duties\` text,
  	\`version_phone\` text,
  	\`version_address\` text,
  	\`version_order\` numeric DEFAULT 10,
  	\`version_slug\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_last_edited_by_id\` text(36),
  	\`version_created_by_id\` text(36),
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawal_mode\` text,
  	\`version_withdrawal_public_reason\` text,
  	\`version_withdrawal_internal_reason\` text,
  	\`version_withdrawal_at\` text,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_org_units_v_parent_idx\` ON \`_org_units_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_version_kind_idx\` ON \`_org_units_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_version_order_idx\` ON \`_org_units_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_version_slug_idx\` ON \`_org_units_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_version_workflow_state_idx\` ON \`_org_units_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_version_last_edited_by_idx\` ON \`_org_units_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_version_created_by_idx\` ON \`_org_units_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_version_updated_at_idx\` ON \`_org_units_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_version_created_at_idx\` ON \`_org_units_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_version_version__status_idx\` ON \`_org_units_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_created_at_idx\` ON \`_org_units_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_updated_at_idx\` ON \`_org_units_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_latest_idx\` ON \`_org_units_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_org_units_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_org_units_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_org_units_v_rels_order_idx\` ON \`_org_units_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_rels_parent_idx\` ON \`_org_units_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_rels_path_idx\` ON \`_org_units_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_rels_media_id_idx\` ON \`_org_units_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_org_units_v_rels_users_id_idx\` ON \`_org_units_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`bureau_profile_functions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bureau_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bureau_profile_functions_order_idx\` ON \`bureau_profile_functions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bureau_profile_functions_parent_id_idx\` ON \`bureau_profile_functions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bureau_profile_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bureau_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bureau_profile_approvals_order_idx\` ON \`bureau_profile_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bureau_profile_approvals_parent_id_idx\` ON \`bureau_profile_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bureau_profile_approvals_user_idx\` ON \`bureau_profile_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`bureau_profile_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`user_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bureau_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bureau_profile_review_log_order_idx\` ON \`bureau_profile_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bureau_profile_review_log_parent_id_idx\` ON \`bureau_profile_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bureau_profile_review_log_user_idx\` ON \`bureau_profile_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`bureau_profile\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`intro\` text,
  	\`contact_station_id\` text(36),
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`last_edited_by_id\` text(36),
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`contact_station_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`bureau_profile_contact_station_idx\` ON \`bureau_profile\` (\`contact_station_id\`);`)
  await db.run(sql`CREATE INDEX \`bureau_profile_workflow_state_idx\` ON \`bureau_profile\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`bureau_profile_last_edited_by_idx\` ON \`bureau_profile\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`bureau_profile__status_idx\` ON \`bureau_profile\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`bureau_profile_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bureau_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bureau_profile_rels_order_idx\` ON \`bureau_profile_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bureau_profile_rels_parent_idx\` ON \`bureau_profile_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bureau_profile_rels_path_idx\` ON \`bureau_profile_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`bureau_profile_rels_users_id_idx\` ON \`bureau_profile_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_bureau_profile_v_version_functions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bureau_profile_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_version_functions_order_idx\` ON \`_bureau_profile_v_version_functions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_version_functions_parent_id_idx\` ON \`_bureau_profile_v_version_functions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bureau_profile_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bureau_profile_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_version_approvals_order_idx\` ON \`_bureau_profile_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_version_approvals_parent_id_idx\` ON \`_bureau_profile_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_version_approvals_user_idx\` ON \`_bureau_profile_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_bureau_profile_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`user_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bureau_profile_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_version_review_log_order_idx\` ON \`_bureau_profile_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_version_review_log_parent_id_idx\` ON \`_bureau_profile_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_version_review_log_user_idx\` ON \`_bureau_profile_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_bureau_profile_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`version_intro\` text,
  	\`version_contact_station_id\` text(36),
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_last_edited_by_id\` text(36),
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`version_contact_station_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_version_version_contact_station_idx\` ON \`_bureau_profile_v\` (\`version_contact_station_id\`);`)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_version_version_workflow_state_idx\` ON \`_bureau_profile_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_version_version_last_edited_by_idx\` ON \`_bureau_profile_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_version_version__status_idx\` ON \`_bureau_profile_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_created_at_idx\` ON \`_bureau_profile_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_updated_at_idx\` ON \`_bureau_profile_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_latest_idx\` ON \`_bureau_profile_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_bureau_profile_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_bureau_profile_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_rels_order_idx\` ON \`_bureau_profile_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_rels_parent_idx\` ON \`_bureau_profile_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_rels_path_idx\` ON \`_bureau_profile_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_bureau_profile_v_rels_users_id_idx\` ON \`_bureau_profile_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`media_accounts_accounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`platform\` text,
  	\`qr_id\` text(36),
  	\`purpose\` text,
  	FOREIGN KEY (\`qr_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_accounts_accounts_order_idx\` ON \`media_accounts_accounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_accounts_parent_id_idx\` ON \`media_accounts_accounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_accounts_qr_idx\` ON \`media_accounts_accounts\` (\`qr_id\`);`)
  await db.run(sql`CREATE TABLE \`media_accounts_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_accounts_approvals_order_idx\` ON \`media_accounts_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_approvals_parent_id_idx\` ON \`media_accounts_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_approvals_user_idx\` ON \`media_accounts_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`media_accounts_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`user_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_accounts_review_log_order_idx\` ON \`media_accounts_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_review_log_parent_id_idx\` ON \`media_accounts_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_review_log_user_idx\` ON \`media_accounts_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`media_accounts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`last_edited_by_id\` text(36),
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_accounts_workflow_state_idx\` ON \`media_accounts\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_last_edited_by_idx\` ON \`media_accounts\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts__status_idx\` ON \`media_accounts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`media_accounts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_accounts_rels_order_idx\` ON \`media_accounts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_rels_parent_idx\` ON \`media_accounts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_rels_path_idx\` ON \`media_accounts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_rels_media_id_idx\` ON \`media_accounts_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_rels_users_id_idx\` ON \`media_accounts_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_accounts_v_version_accounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`platform\` text,
  	\`qr_id\` text(36),
  	\`purpose\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`qr_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_accounts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_accounts_order_idx\` ON \`_media_accounts_v_version_accounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_accounts_parent_id_idx\` ON \`_media_accounts_v_version_accounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_accounts_qr_idx\` ON \`_media_accounts_v_version_accounts\` (\`qr_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_accounts_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_accounts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_approvals_order_idx\` ON \`_media_accounts_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_approvals_parent_id_idx\` ON \`_media_accounts_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_approvals_user_idx\` ON \`_media_accounts_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_accounts_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`user_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_accounts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_review_log_order_idx\` ON \`_media_accounts_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_review_log_parent_id_idx\` ON \`_media_accounts_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_review_log_user_idx\` ON \`_media_accounts_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_accounts_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_last_edited_by_id\` text(36),
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_version_workflow_state_idx\` ON \`_media_accounts_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_version_last_edited_by_idx\` ON \`_media_accounts_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_version__status_idx\` ON \`_media_accounts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_created_at_idx\` ON \`_media_accounts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_updated_at_idx\` ON \`_media_accounts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_latest_idx\` ON \`_media_accounts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_media_accounts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_media_accounts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_rels_order_idx\` ON \`_media_accounts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_rels_parent_idx\` ON \`_media_accounts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_rels_path_idx\` ON \`_media_accounts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_rels_media_id_idx\` ON \`_media_accounts_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_rels_users_id_idx\` ON \`_media_accounts_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultations_id\` text(36) REFERENCES consultations(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultation_opinions_id\` text(36) REFERENCES consultation_opinions(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`leaders_id\` text(36) REFERENCES leaders(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`org_units_id\` text(36) REFERENCES org_units(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_opinions_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_opinions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leaders_id_idx\` ON \`payload_locked_documents_rels\` (\`leaders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_org_units_id_idx\` ON \`payload_locked_documents_rels\` (\`org_units_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`error_report_url\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`identity_mark_image_id\` text(36) REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`identity_mark_href\` text;`)
  await db.run(sql`CREATE INDEX \`site_settings_identity_mark_identity_mark_image_idx\` ON \`site_settings\` (\`identity_mark_image_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings_rels\` ADD \`media_id\` text(36) REFERENCES media(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_media_id_idx\` ON \`site_settings_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_error_report_url\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_identity_mark_image_id\` text(36) REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_identity_mark_href\` text;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_identity_mark_version_identity__idx\` ON \`_site_settings_v\` (\`version_identity_mark_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v_rels\` ADD \`media_id\` text(36) REFERENCES media(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_rels_media_id_idx\` ON \`_site_settings_v_rels\` (\`media_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`consultations_approvals\`;`)
  await db.run(sql`DROP TABLE \`consultations_review_log\`;`)
  await db.run(sql`DROP TABLE \`consultations_change_log\`;`)
  await db.run(sql`DROP TABLE \`consultations\`;`)
  await db.run(sql`DROP TABLE \`consultations_rels\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`consultation_opinions\`;`)
  await db.run(sql`DROP TABLE \`leaders_approvals\`;`)
  await db.run(sql`DROP TABLE \`leaders_review_log\`;`)
  await db.run(sql`DROP TABLE \`leaders_change_log\`;`)
  await db.run(sql`DROP TABLE \`leaders\`;`)
  await db.run(sql`DROP TABLE \`leaders_rels\`;`)
  await db.run(sql`DROP TABLE \`_leaders_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_leaders_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_leaders_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_leaders_v\`;`)
  await db.run(sql`DROP TABLE \`_leaders_v_rels\`;`)
  await db.run(sql`DROP TABLE \`org_units_approvals\`;`)
  await db.run(sql`DROP TABLE \`org_units_review_log\`;`)
  await db.run(sql`DROP TABLE \`org_units_change_log\`;`)
  await db.run(sql`DROP TABLE \`org_units\`;`)
  await db.run(sql`DROP TABLE \`org_units_rels\`;`)
  await db.run(sql`DROP TABLE \`_org_units_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_org_units_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_org_units_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_org_units_v\`;`)
  await db.run(sql`DROP TABLE \`_org_units_v_rels\`;`)
  await db.run(sql`DROP TABLE \`bureau_profile_functions\`;`)
  await db.run(sql`DROP TABLE \`bureau_profile_approvals\`;`)
  await db.run(sql`DROP TABLE \`bureau_profile_review_log\`;`)
  await db.run(sql`DROP TABLE \`bureau_profile\`;`)
  await db.run(sql`DROP TABLE \`bureau_profile_rels\`;`)
  await db.run(sql`DROP TABLE \`_bureau_profile_v_version_functions\`;`)
  await db.run(sql`DROP TABLE \`_bureau_profile_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_bureau_profile_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_bureau_profile_v\`;`)
  await db.run(sql`DROP TABLE \`_bureau_profile_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media_accounts_accounts\`;`)
  await db.run(sql`DROP TABLE \`media_accounts_approvals\`;`)
  await db.run(sql`DROP TABLE \`media_accounts_review_log\`;`)
  await db.run(sql`DROP TABLE \`media_accounts\`;`)
  await db.run(sql`DROP TABLE \`media_accounts_rels\`;`)
  await db.run(sql`DROP TABLE \`_media_accounts_v_version_accounts\`;`)
  await db.run(sql`DROP TABLE \`_media_accounts_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_media_accounts_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_media_accounts_v\`;`)
  await db.run(sql`DROP TABLE \`_media_accounts_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` text(36),
  	\`policies_id\` text(36),
  	\`interpretations_id\` text(36),
  	\`service_guides_id\` text(36),
  	\`stations_id\` text(36),
  	\`veterans_id\` text(36),
  	\`commendations_id\` text(36),
  	\`media_id\` text(36),
  	\`import_reports_id\` text(36),
  	\`enquiries_id\` text(36),
  	\`enquiry_attachments_id\` text(36),
  	\`reply_templates_id\` text(36),
  	\`enquiry_reveal_logs_id\` text(36),
  	\`users_id\` text(36),
  	\`audit_log_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_guides_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stations_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`veterans_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`commendations_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_reports_id\`) REFERENCES \`import_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiries_id\`) REFERENCES \`enquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiry_attachments_id\`) REFERENCES \`enquiry_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reply_templates_id\`) REFERENCES \`reply_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiry_reveal_logs_id\`) REFERENCES \`enquiry_reveal_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "policies_id", "interpretations_id", "service_guides_id", "stations_id", "veterans_id", "commendations_id", "media_id", "import_reports_id", "enquiries_id", "enquiry_attachments_id", "reply_templates_id", "enquiry_reveal_logs_id", "users_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "news_id", "policies_id", "interpretations_id", "service_guides_id", "stations_id", "veterans_id", "commendations_id", "media_id", "import_reports_id", "enquiries_id", "enquiry_attachments_id", "reply_templates_id", "enquiry_reveal_logs_id", "users_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`service_guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stations_id_idx\` ON \`payload_locked_documents_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_veterans_id_idx\` ON \`payload_locked_documents_rels\` (\`veterans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_commendations_id_idx\` ON \`payload_locked_documents_rels\` (\`commendations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`import_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiry_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiry_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reply_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`reply_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiry_reveal_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiry_reveal_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT '退役军人事务局',
  	\`host\` text DEFAULT '退役军人事务局',
  	\`site_id_code\` text,
  	\`icp\` text,
  	\`psb\` text,
  	\`organization_code\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`address\` text,
  	\`postcode\` text,
  	\`office_hours\` text,
  	\`map_tile_url\` text,
  	\`map_subdomains\` text,
  	\`map_max_zoom\` numeric DEFAULT 18,
  	\`map_attribution\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`last_edited_by_id\` text(36),
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "site_name", "host", "site_id_code", "icp", "psb", "organization_code", "phone", "email", "address", "postcode", "office_hours", "map_tile_url", "map_subdomains", "map_max_zoom", "map_attribution", "workflow_state", "review_stage", "last_edited_by_id", "_status", "updated_at", "created_at") SELECT "id", "site_name", "host", "site_id_code", "icp", "psb", "organization_code", "phone", "email", "address", "postcode", "office_hours", "map_tile_url", "map_subdomains", "map_max_zoom", "map_attribution", "workflow_state", "review_stage", "last_edited_by_id", "_status", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_workflow_state_idx\` ON \`site_settings\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_last_edited_by_idx\` ON \`site_settings\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings__status_idx\` ON \`site_settings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`site_settings_rels\`;`)
  await db.run(sql`DROP TABLE \`site_settings_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_rels\` RENAME TO \`site_settings_rels\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_order_idx\` ON \`site_settings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_parent_idx\` ON \`site_settings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_path_idx\` ON \`site_settings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_users_id_idx\` ON \`site_settings_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`version_site_name\` text DEFAULT '退役军人事务局',
  	\`version_host\` text DEFAULT '退役军人事务局',
  	\`version_site_id_code\` text,
  	\`version_icp\` text,
  	\`version_psb\` text,
  	\`version_organization_code\` text,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_address\` text,
  	\`version_postcode\` text,
  	\`version_office_hours\` text,
  	\`version_map_tile_url\` text,
  	\`version_map_subdomains\` text,
  	\`version_map_max_zoom\` numeric DEFAULT 18,
  	\`version_map_attribution\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_last_edited_by_id\` text(36),
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v\`("id", "version_site_name", "version_host", "version_site_id_code", "version_icp", "version_psb", "version_organization_code", "version_phone", "version_email", "version_address", "version_postcode", "version_office_hours", "version_map_tile_url", "version_map_subdomains", "version_map_max_zoom", "version_map_attribution", "version_workflow_state", "version_review_stage", "version_last_edited_by_id", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest") SELECT "id", "version_site_name", "version_host", "version_site_id_code", "version_icp", "version_psb", "version_organization_code", "version_phone", "version_email", "version_address", "version_postcode", "version_office_hours", "version_map_tile_url", "version_map_subdomains", "version_map_max_zoom", "version_map_attribution", "version_workflow_state", "version_review_stage", "version_last_edited_by_id", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest" FROM \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v\` RENAME TO \`_site_settings_v\`;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_workflow_state_idx\` ON \`_site_settings_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_last_edited_by_idx\` ON \`_site_settings_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version__status_idx\` ON \`_site_settings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_latest_idx\` ON \`_site_settings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`_site_settings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v_rels\` RENAME TO \`_site_settings_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_rels_order_idx\` ON \`_site_settings_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_rels_parent_idx\` ON \`_site_settings_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_rels_path_idx\` ON \`_site_settings_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_rels_users_id_idx\` ON \`_site_settings_v_rels\` (\`users_id\`);`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`leaders_id\` text(36) REFERENCES leaders(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`org_units_id\` text(36) REFERENCES org_units(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leaders_id_idx\` ON \`payload_locked_documents_rels\` (\`leaders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_org_units_id_idx\` ON \`payload_locked_documents_rels\` (\`org_units_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
}

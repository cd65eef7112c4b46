import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillMediaUse } from '../collections/Media/backfillMediaUse'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`interpretations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_rels_order_idx\` ON \`interpretations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_parent_idx\` ON \`interpretations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_path_idx\` ON \`interpretations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_media_id_idx\` ON \`interpretations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_order_idx\` ON \`_interpretations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_parent_idx\` ON \`_interpretations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_path_idx\` ON \`_interpretations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_media_id_idx\` ON \`_interpretations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`veterans_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`veterans_rels_order_idx\` ON \`veterans_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`veterans_rels_parent_idx\` ON \`veterans_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`veterans_rels_path_idx\` ON \`veterans_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`veterans_rels_media_id_idx\` ON \`veterans_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_veterans_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_veterans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_veterans_v_rels_order_idx\` ON \`_veterans_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_rels_parent_idx\` ON \`_veterans_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_rels_path_idx\` ON \`_veterans_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_rels_media_id_idx\` ON \`_veterans_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`commendations_rels\` ADD \`media_id\` text(36) REFERENCES media(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`commendations_rels_media_id_idx\` ON \`commendations_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_commendations_v_rels\` ADD \`media_id\` text(36) REFERENCES media(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_media_id_idx\` ON \`_commendations_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_use\` integer;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`uploaded_by_id\` text(36) REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`media_public_use_idx\` ON \`media\` (\`public_use\`);`)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  // Content saved before this release lists no media yet: list it and set every file's flag.
  await backfillMediaUse(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`interpretations_rels\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`veterans_rels\`;`)
  await db.run(sql`DROP TABLE \`_veterans_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_commendations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`veterans_id\` text(36),
  	\`stations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`veterans_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stations_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_commendations_rels\`("id", "order", "parent_id", "path", "veterans_id", "stations_id") SELECT "id", "order", "parent_id", "path", "veterans_id", "stations_id" FROM \`commendations_rels\`;`)
  await db.run(sql`DROP TABLE \`commendations_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_commendations_rels\` RENAME TO \`commendations_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`commendations_rels_order_idx\` ON \`commendations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`commendations_rels_parent_idx\` ON \`commendations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`commendations_rels_path_idx\` ON \`commendations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`commendations_rels_veterans_id_idx\` ON \`commendations_rels\` (\`veterans_id\`);`)
  await db.run(sql`CREATE INDEX \`commendations_rels_stations_id_idx\` ON \`commendations_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__commendations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`veterans_id\` text(36),
  	\`stations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_commendations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`veterans_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stations_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__commendations_v_rels\`("id", "order", "parent_id", "path", "veterans_id", "stations_id") SELECT "id", "order", "parent_id", "path", "veterans_id", "stations_id" FROM \`_commendations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_commendations_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__commendations_v_rels\` RENAME TO \`_commendations_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_order_idx\` ON \`_commendations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_parent_idx\` ON \`_commendations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_path_idx\` ON \`_commendations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_veterans_id_idx\` ON \`_commendations_v_rels\` (\`veterans_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_stations_id_idx\` ON \`_commendations_v_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`original_filename\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "caption", "original_filename", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename") SELECT "id", "alt", "caption", "original_filename", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_original_filename_idx\` ON \`media\` (\`original_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
}

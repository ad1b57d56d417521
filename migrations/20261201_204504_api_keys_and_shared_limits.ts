import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_users_role" ADD VALUE 'frontend';
  CREATE TABLE "rate_limit_windows" (
  	"key" text NOT NULL,
  	"window_start" timestamp with time zone NOT NULL,
  	"count" integer NOT NULL,
  	CONSTRAINT "rate_limit_windows_key_window_start_pk" PRIMARY KEY("key","window_start")
  );
  
  CREATE TABLE "view_claims" (
  	"client" text NOT NULL,
  	"item" text NOT NULL,
  	"expires_at" timestamp with time zone NOT NULL,
  	CONSTRAINT "view_claims_client_item_pk" PRIMARY KEY("client","item")
  );
  
  ALTER TABLE "users" ADD COLUMN "enable_a_p_i_key" boolean;
  ALTER TABLE "users" ADD COLUMN "api_key" varchar;
  ALTER TABLE "users" ADD COLUMN "api_key_index" varchar;
  CREATE INDEX "rate_limit_windows_window_start_idx" ON "rate_limit_windows" USING btree ("window_start");
  CREATE INDEX "view_claims_expires_at_idx" ON "view_claims" USING btree ("expires_at");
  CREATE INDEX "users_api_key_index_idx" ON "users" USING btree ("api_key_index");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "rate_limit_windows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "view_claims" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "rate_limit_windows" CASCADE;
  DROP TABLE "view_claims" CASCADE;
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'reader'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'author', 'reader');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'reader'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  DROP INDEX "users_api_key_index_idx";
  ALTER TABLE "users" DROP COLUMN "enable_a_p_i_key";
  ALTER TABLE "users" DROP COLUMN "api_key";
  ALTER TABLE "users" DROP COLUMN "api_key_index";`)
}

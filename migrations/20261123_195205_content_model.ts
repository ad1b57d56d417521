import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_stories_access" AS ENUM('free', 'premium');
  CREATE TYPE "public"."enum_stories_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'rejected', 'published');
  CREATE TYPE "public"."enum_stories_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stories_v_version_access" AS ENUM('free', 'premium');
  CREATE TYPE "public"."enum__stories_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'rejected', 'published');
  CREATE TYPE "public"."enum__stories_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_lessons_track" AS ENUM('core', 'system-design', 'behavioral-interview');
  CREATE TYPE "public"."enum_lessons_level" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum_lessons_difficulty" AS ENUM('Easy', 'Medium', 'Hard');
  CREATE TYPE "public"."enum_lessons_access" AS ENUM('free', 'premium');
  CREATE TYPE "public"."enum_lessons_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'rejected', 'published');
  CREATE TYPE "public"."enum_lessons_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__lessons_v_version_track" AS ENUM('core', 'system-design', 'behavioral-interview');
  CREATE TYPE "public"."enum__lessons_v_version_level" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum__lessons_v_version_difficulty" AS ENUM('Easy', 'Medium', 'Hard');
  CREATE TYPE "public"."enum__lessons_v_version_access" AS ENUM('free', 'premium');
  CREATE TYPE "public"."enum__lessons_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'rejected', 'published');
  CREATE TYPE "public"."enum__lessons_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_community_articles_kind" AS ENUM('article', 'interview-experience');
  CREATE TYPE "public"."enum_community_articles_access" AS ENUM('free', 'premium');
  CREATE TYPE "public"."enum_community_articles_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'rejected', 'published');
  CREATE TYPE "public"."enum_community_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__community_articles_v_version_kind" AS ENUM('article', 'interview-experience');
  CREATE TYPE "public"."enum__community_articles_v_version_access" AS ENUM('free', 'premium');
  CREATE TYPE "public"."enum__community_articles_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'rejected', 'published');
  CREATE TYPE "public"."enum__community_articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_question_bundles_access" AS ENUM('free', 'premium');
  CREATE TYPE "public"."enum_question_bundles_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'rejected', 'published');
  CREATE TYPE "public"."enum_question_bundles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__question_bundles_v_version_access" AS ENUM('free', 'premium');
  CREATE TYPE "public"."enum__question_bundles_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'rejected', 'published');
  CREATE TYPE "public"."enum__question_bundles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submit', 'withdraw', 'request-changes', 'approve', 'reject', 'publish', 'unpublish', 'reopen');
  CREATE TYPE "public"."enum_review_events_from" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'rejected', 'published');
  CREATE TYPE "public"."enum_review_events_to" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'rejected', 'published');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "tags" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"counts_lessons" numeric DEFAULT 0 NOT NULL,
  	"counts_system_designs" numeric DEFAULT 0 NOT NULL,
  	"counts_behavioral_interviews" numeric DEFAULT 0 NOT NULL,
  	"counts_community_items" numeric DEFAULT 0 NOT NULL,
  	"counts_stories" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"hero_image_id" integer,
  	"reading_time" numeric,
  	"content" jsonb,
  	"published_at" timestamp(3) with time zone,
  	"access" "enum_stories_access" DEFAULT 'free',
  	"teaser" jsonb,
  	"review_status" "enum_stories_review_status" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"views" numeric DEFAULT 0,
  	"likes" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_stories_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "stories_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tags_id" integer
  );
  
  CREATE TABLE "_stories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_hero_image_id" integer,
  	"version_reading_time" numeric,
  	"version_content" jsonb,
  	"version_published_at" timestamp(3) with time zone,
  	"version_access" "enum__stories_v_version_access" DEFAULT 'free',
  	"version_teaser" jsonb,
  	"version_review_status" "enum__stories_v_version_review_status" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_views" numeric DEFAULT 0,
  	"version_likes" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__stories_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_stories_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tags_id" integer
  );
  
  CREATE TABLE "lessons" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"track" "enum_lessons_track",
  	"level" "enum_lessons_level" DEFAULT 'beginner',
  	"difficulty" "enum_lessons_difficulty" DEFAULT 'Medium',
  	"position" numeric DEFAULT 0,
  	"content" jsonb,
  	"published_at" timestamp(3) with time zone,
  	"access" "enum_lessons_access" DEFAULT 'free',
  	"teaser" jsonb,
  	"review_status" "enum_lessons_review_status" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"views" numeric DEFAULT 0,
  	"likes" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_lessons_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "lessons_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tags_id" integer
  );
  
  CREATE TABLE "_lessons_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_track" "enum__lessons_v_version_track",
  	"version_level" "enum__lessons_v_version_level" DEFAULT 'beginner',
  	"version_difficulty" "enum__lessons_v_version_difficulty" DEFAULT 'Medium',
  	"version_position" numeric DEFAULT 0,
  	"version_content" jsonb,
  	"version_published_at" timestamp(3) with time zone,
  	"version_access" "enum__lessons_v_version_access" DEFAULT 'free',
  	"version_teaser" jsonb,
  	"version_review_status" "enum__lessons_v_version_review_status" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_views" numeric DEFAULT 0,
  	"version_likes" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__lessons_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_lessons_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tags_id" integer
  );
  
  CREATE TABLE "community_articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"kind" "enum_community_articles_kind" DEFAULT 'article',
  	"content" jsonb,
  	"author_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"access" "enum_community_articles_access" DEFAULT 'free',
  	"teaser" jsonb,
  	"review_status" "enum_community_articles_review_status" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"views" numeric DEFAULT 0,
  	"likes" numeric DEFAULT 0,
  	"rating_count" numeric DEFAULT 0,
  	"rating_sum" numeric DEFAULT 0,
  	"rating_average" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_community_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "community_articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tags_id" integer
  );
  
  CREATE TABLE "_community_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_kind" "enum__community_articles_v_version_kind" DEFAULT 'article',
  	"version_content" jsonb,
  	"version_author_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_access" "enum__community_articles_v_version_access" DEFAULT 'free',
  	"version_teaser" jsonb,
  	"version_review_status" "enum__community_articles_v_version_review_status" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_views" numeric DEFAULT 0,
  	"version_likes" numeric DEFAULT 0,
  	"version_rating_count" numeric DEFAULT 0,
  	"version_rating_sum" numeric DEFAULT 0,
  	"version_rating_average" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__community_articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_community_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tags_id" integer
  );
  
  CREATE TABLE "question_bundles_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"prompt" varchar,
  	"starter_code" varchar,
  	"hints" varchar,
  	"solution" varchar
  );
  
  CREATE TABLE "question_bundles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"language" varchar DEFAULT 'Python',
  	"content" jsonb,
  	"author_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"access" "enum_question_bundles_access" DEFAULT 'free',
  	"teaser" jsonb,
  	"review_status" "enum_question_bundles_review_status" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"views" numeric DEFAULT 0,
  	"likes" numeric DEFAULT 0,
  	"rating_count" numeric DEFAULT 0,
  	"rating_sum" numeric DEFAULT 0,
  	"rating_average" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_question_bundles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "question_bundles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tags_id" integer
  );
  
  CREATE TABLE "_question_bundles_v_version_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"prompt" varchar,
  	"starter_code" varchar,
  	"hints" varchar,
  	"solution" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_question_bundles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_language" varchar DEFAULT 'Python',
  	"version_content" jsonb,
  	"version_author_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_access" "enum__question_bundles_v_version_access" DEFAULT 'free',
  	"version_teaser" jsonb,
  	"version_review_status" "enum__question_bundles_v_version_review_status" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_views" numeric DEFAULT 0,
  	"version_likes" numeric DEFAULT 0,
  	"version_rating_count" numeric DEFAULT 0,
  	"version_rating_sum" numeric DEFAULT 0,
  	"version_rating_average" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__question_bundles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_question_bundles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tags_id" integer
  );
  
  CREATE TABLE "ratings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"item_key" varchar,
  	"score" numeric NOT NULL,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ratings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"community_articles_id" integer,
  	"question_bundles_id" integer
  );
  
  CREATE TABLE "likes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"item_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "likes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"stories_id" integer,
  	"lessons_id" integer,
  	"community_articles_id" integer,
  	"question_bundles_id" integer
  );
  
  CREATE TABLE "review_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_key" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer NOT NULL,
  	"owner_id" integer,
  	"action" "enum_review_events_action" NOT NULL,
  	"from" "enum_review_events_from" NOT NULL,
  	"to" "enum_review_events_to" NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"stories_id" integer,
  	"lessons_id" integer,
  	"community_articles_id" integer,
  	"question_bundles_id" integer
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tags_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "lessons_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "community_articles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "question_bundles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ratings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "likes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_events_id" integer;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories_rels" ADD CONSTRAINT "stories_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_rels" ADD CONSTRAINT "stories_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_parent_id_stories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v_rels" ADD CONSTRAINT "_stories_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_rels" ADD CONSTRAINT "_stories_v_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_rels" ADD CONSTRAINT "lessons_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_rels" ADD CONSTRAINT "lessons_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v" ADD CONSTRAINT "_lessons_v_parent_id_lessons_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lessons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v_rels" ADD CONSTRAINT "_lessons_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_rels" ADD CONSTRAINT "_lessons_v_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "community_articles" ADD CONSTRAINT "community_articles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_articles_rels" ADD CONSTRAINT "community_articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."community_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "community_articles_rels" ADD CONSTRAINT "community_articles_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_community_articles_v" ADD CONSTRAINT "_community_articles_v_parent_id_community_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."community_articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_community_articles_v" ADD CONSTRAINT "_community_articles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_community_articles_v_rels" ADD CONSTRAINT "_community_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_community_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_community_articles_v_rels" ADD CONSTRAINT "_community_articles_v_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "question_bundles_questions" ADD CONSTRAINT "question_bundles_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."question_bundles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "question_bundles" ADD CONSTRAINT "question_bundles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "question_bundles_rels" ADD CONSTRAINT "question_bundles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."question_bundles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "question_bundles_rels" ADD CONSTRAINT "question_bundles_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_question_bundles_v_version_questions" ADD CONSTRAINT "_question_bundles_v_version_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_question_bundles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_question_bundles_v" ADD CONSTRAINT "_question_bundles_v_parent_id_question_bundles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."question_bundles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_question_bundles_v" ADD CONSTRAINT "_question_bundles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_question_bundles_v_rels" ADD CONSTRAINT "_question_bundles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_question_bundles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_question_bundles_v_rels" ADD CONSTRAINT "_question_bundles_v_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ratings" ADD CONSTRAINT "ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ratings_rels" ADD CONSTRAINT "ratings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ratings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ratings_rels" ADD CONSTRAINT "ratings_rels_community_articles_fk" FOREIGN KEY ("community_articles_id") REFERENCES "public"."community_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ratings_rels" ADD CONSTRAINT "ratings_rels_question_bundles_fk" FOREIGN KEY ("question_bundles_id") REFERENCES "public"."question_bundles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "likes" ADD CONSTRAINT "likes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "likes_rels" ADD CONSTRAINT "likes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."likes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "likes_rels" ADD CONSTRAINT "likes_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "likes_rels" ADD CONSTRAINT "likes_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "likes_rels" ADD CONSTRAINT "likes_rels_community_articles_fk" FOREIGN KEY ("community_articles_id") REFERENCES "public"."community_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "likes_rels" ADD CONSTRAINT "likes_rels_question_bundles_fk" FOREIGN KEY ("question_bundles_id") REFERENCES "public"."question_bundles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_community_articles_fk" FOREIGN KEY ("community_articles_id") REFERENCES "public"."community_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_question_bundles_fk" FOREIGN KEY ("question_bundles_id") REFERENCES "public"."question_bundles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "tags_slug_idx" ON "tags" USING btree ("slug");
  CREATE INDEX "tags_updated_at_idx" ON "tags" USING btree ("updated_at");
  CREATE INDEX "tags_created_at_idx" ON "tags" USING btree ("created_at");
  CREATE UNIQUE INDEX "stories_slug_idx" ON "stories" USING btree ("slug");
  CREATE INDEX "stories_hero_image_idx" ON "stories" USING btree ("hero_image_id");
  CREATE INDEX "stories_published_at_idx" ON "stories" USING btree ("published_at");
  CREATE INDEX "stories_access_idx" ON "stories" USING btree ("access");
  CREATE INDEX "stories_review_status_idx" ON "stories" USING btree ("review_status");
  CREATE INDEX "stories_views_idx" ON "stories" USING btree ("views");
  CREATE INDEX "stories_likes_idx" ON "stories" USING btree ("likes");
  CREATE INDEX "stories_updated_at_idx" ON "stories" USING btree ("updated_at");
  CREATE INDEX "stories_created_at_idx" ON "stories" USING btree ("created_at");
  CREATE INDEX "stories__status_idx" ON "stories" USING btree ("_status");
  CREATE INDEX "stories_rels_order_idx" ON "stories_rels" USING btree ("order");
  CREATE INDEX "stories_rels_parent_idx" ON "stories_rels" USING btree ("parent_id");
  CREATE INDEX "stories_rels_path_idx" ON "stories_rels" USING btree ("path");
  CREATE INDEX "stories_rels_tags_id_idx" ON "stories_rels" USING btree ("tags_id");
  CREATE INDEX "_stories_v_parent_idx" ON "_stories_v" USING btree ("parent_id");
  CREATE INDEX "_stories_v_version_version_slug_idx" ON "_stories_v" USING btree ("version_slug");
  CREATE INDEX "_stories_v_version_version_hero_image_idx" ON "_stories_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_stories_v_version_version_published_at_idx" ON "_stories_v" USING btree ("version_published_at");
  CREATE INDEX "_stories_v_version_version_access_idx" ON "_stories_v" USING btree ("version_access");
  CREATE INDEX "_stories_v_version_version_review_status_idx" ON "_stories_v" USING btree ("version_review_status");
  CREATE INDEX "_stories_v_version_version_views_idx" ON "_stories_v" USING btree ("version_views");
  CREATE INDEX "_stories_v_version_version_likes_idx" ON "_stories_v" USING btree ("version_likes");
  CREATE INDEX "_stories_v_version_version_updated_at_idx" ON "_stories_v" USING btree ("version_updated_at");
  CREATE INDEX "_stories_v_version_version_created_at_idx" ON "_stories_v" USING btree ("version_created_at");
  CREATE INDEX "_stories_v_version_version__status_idx" ON "_stories_v" USING btree ("version__status");
  CREATE INDEX "_stories_v_created_at_idx" ON "_stories_v" USING btree ("created_at");
  CREATE INDEX "_stories_v_updated_at_idx" ON "_stories_v" USING btree ("updated_at");
  CREATE INDEX "_stories_v_latest_idx" ON "_stories_v" USING btree ("latest");
  CREATE INDEX "_stories_v_rels_order_idx" ON "_stories_v_rels" USING btree ("order");
  CREATE INDEX "_stories_v_rels_parent_idx" ON "_stories_v_rels" USING btree ("parent_id");
  CREATE INDEX "_stories_v_rels_path_idx" ON "_stories_v_rels" USING btree ("path");
  CREATE INDEX "_stories_v_rels_tags_id_idx" ON "_stories_v_rels" USING btree ("tags_id");
  CREATE UNIQUE INDEX "lessons_slug_idx" ON "lessons" USING btree ("slug");
  CREATE INDEX "lessons_track_idx" ON "lessons" USING btree ("track");
  CREATE INDEX "lessons_position_idx" ON "lessons" USING btree ("position");
  CREATE INDEX "lessons_published_at_idx" ON "lessons" USING btree ("published_at");
  CREATE INDEX "lessons_access_idx" ON "lessons" USING btree ("access");
  CREATE INDEX "lessons_review_status_idx" ON "lessons" USING btree ("review_status");
  CREATE INDEX "lessons_views_idx" ON "lessons" USING btree ("views");
  CREATE INDEX "lessons_likes_idx" ON "lessons" USING btree ("likes");
  CREATE INDEX "lessons_updated_at_idx" ON "lessons" USING btree ("updated_at");
  CREATE INDEX "lessons_created_at_idx" ON "lessons" USING btree ("created_at");
  CREATE INDEX "lessons__status_idx" ON "lessons" USING btree ("_status");
  CREATE INDEX "lessons_rels_order_idx" ON "lessons_rels" USING btree ("order");
  CREATE INDEX "lessons_rels_parent_idx" ON "lessons_rels" USING btree ("parent_id");
  CREATE INDEX "lessons_rels_path_idx" ON "lessons_rels" USING btree ("path");
  CREATE INDEX "lessons_rels_tags_id_idx" ON "lessons_rels" USING btree ("tags_id");
  CREATE INDEX "_lessons_v_parent_idx" ON "_lessons_v" USING btree ("parent_id");
  CREATE INDEX "_lessons_v_version_version_slug_idx" ON "_lessons_v" USING btree ("version_slug");
  CREATE INDEX "_lessons_v_version_version_track_idx" ON "_lessons_v" USING btree ("version_track");
  CREATE INDEX "_lessons_v_version_version_position_idx" ON "_lessons_v" USING btree ("version_position");
  CREATE INDEX "_lessons_v_version_version_published_at_idx" ON "_lessons_v" USING btree ("version_published_at");
  CREATE INDEX "_lessons_v_version_version_access_idx" ON "_lessons_v" USING btree ("version_access");
  CREATE INDEX "_lessons_v_version_version_review_status_idx" ON "_lessons_v" USING btree ("version_review_status");
  CREATE INDEX "_lessons_v_version_version_views_idx" ON "_lessons_v" USING btree ("version_views");
  CREATE INDEX "_lessons_v_version_version_likes_idx" ON "_lessons_v" USING btree ("version_likes");
  CREATE INDEX "_lessons_v_version_version_updated_at_idx" ON "_lessons_v" USING btree ("version_updated_at");
  CREATE INDEX "_lessons_v_version_version_created_at_idx" ON "_lessons_v" USING btree ("version_created_at");
  CREATE INDEX "_lessons_v_version_version__status_idx" ON "_lessons_v" USING btree ("version__status");
  CREATE INDEX "_lessons_v_created_at_idx" ON "_lessons_v" USING btree ("created_at");
  CREATE INDEX "_lessons_v_updated_at_idx" ON "_lessons_v" USING btree ("updated_at");
  CREATE INDEX "_lessons_v_latest_idx" ON "_lessons_v" USING btree ("latest");
  CREATE INDEX "_lessons_v_rels_order_idx" ON "_lessons_v_rels" USING btree ("order");
  CREATE INDEX "_lessons_v_rels_parent_idx" ON "_lessons_v_rels" USING btree ("parent_id");
  CREATE INDEX "_lessons_v_rels_path_idx" ON "_lessons_v_rels" USING btree ("path");
  CREATE INDEX "_lessons_v_rels_tags_id_idx" ON "_lessons_v_rels" USING btree ("tags_id");
  CREATE UNIQUE INDEX "community_articles_slug_idx" ON "community_articles" USING btree ("slug");
  CREATE INDEX "community_articles_kind_idx" ON "community_articles" USING btree ("kind");
  CREATE INDEX "community_articles_author_idx" ON "community_articles" USING btree ("author_id");
  CREATE INDEX "community_articles_published_at_idx" ON "community_articles" USING btree ("published_at");
  CREATE INDEX "community_articles_access_idx" ON "community_articles" USING btree ("access");
  CREATE INDEX "community_articles_review_status_idx" ON "community_articles" USING btree ("review_status");
  CREATE INDEX "community_articles_views_idx" ON "community_articles" USING btree ("views");
  CREATE INDEX "community_articles_likes_idx" ON "community_articles" USING btree ("likes");
  CREATE INDEX "community_articles_rating_rating_average_idx" ON "community_articles" USING btree ("rating_average");
  CREATE INDEX "community_articles_updated_at_idx" ON "community_articles" USING btree ("updated_at");
  CREATE INDEX "community_articles_created_at_idx" ON "community_articles" USING btree ("created_at");
  CREATE INDEX "community_articles__status_idx" ON "community_articles" USING btree ("_status");
  CREATE INDEX "community_articles_rels_order_idx" ON "community_articles_rels" USING btree ("order");
  CREATE INDEX "community_articles_rels_parent_idx" ON "community_articles_rels" USING btree ("parent_id");
  CREATE INDEX "community_articles_rels_path_idx" ON "community_articles_rels" USING btree ("path");
  CREATE INDEX "community_articles_rels_tags_id_idx" ON "community_articles_rels" USING btree ("tags_id");
  CREATE INDEX "_community_articles_v_parent_idx" ON "_community_articles_v" USING btree ("parent_id");
  CREATE INDEX "_community_articles_v_version_version_slug_idx" ON "_community_articles_v" USING btree ("version_slug");
  CREATE INDEX "_community_articles_v_version_version_kind_idx" ON "_community_articles_v" USING btree ("version_kind");
  CREATE INDEX "_community_articles_v_version_version_author_idx" ON "_community_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_community_articles_v_version_version_published_at_idx" ON "_community_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_community_articles_v_version_version_access_idx" ON "_community_articles_v" USING btree ("version_access");
  CREATE INDEX "_community_articles_v_version_version_review_status_idx" ON "_community_articles_v" USING btree ("version_review_status");
  CREATE INDEX "_community_articles_v_version_version_views_idx" ON "_community_articles_v" USING btree ("version_views");
  CREATE INDEX "_community_articles_v_version_version_likes_idx" ON "_community_articles_v" USING btree ("version_likes");
  CREATE INDEX "_community_articles_v_version_rating_version_rating_aver_idx" ON "_community_articles_v" USING btree ("version_rating_average");
  CREATE INDEX "_community_articles_v_version_version_updated_at_idx" ON "_community_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_community_articles_v_version_version_created_at_idx" ON "_community_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_community_articles_v_version_version__status_idx" ON "_community_articles_v" USING btree ("version__status");
  CREATE INDEX "_community_articles_v_created_at_idx" ON "_community_articles_v" USING btree ("created_at");
  CREATE INDEX "_community_articles_v_updated_at_idx" ON "_community_articles_v" USING btree ("updated_at");
  CREATE INDEX "_community_articles_v_latest_idx" ON "_community_articles_v" USING btree ("latest");
  CREATE INDEX "_community_articles_v_rels_order_idx" ON "_community_articles_v_rels" USING btree ("order");
  CREATE INDEX "_community_articles_v_rels_parent_idx" ON "_community_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_community_articles_v_rels_path_idx" ON "_community_articles_v_rels" USING btree ("path");
  CREATE INDEX "_community_articles_v_rels_tags_id_idx" ON "_community_articles_v_rels" USING btree ("tags_id");
  CREATE INDEX "question_bundles_questions_order_idx" ON "question_bundles_questions" USING btree ("_order");
  CREATE INDEX "question_bundles_questions_parent_id_idx" ON "question_bundles_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "question_bundles_slug_idx" ON "question_bundles" USING btree ("slug");
  CREATE INDEX "question_bundles_author_idx" ON "question_bundles" USING btree ("author_id");
  CREATE INDEX "question_bundles_published_at_idx" ON "question_bundles" USING btree ("published_at");
  CREATE INDEX "question_bundles_access_idx" ON "question_bundles" USING btree ("access");
  CREATE INDEX "question_bundles_review_status_idx" ON "question_bundles" USING btree ("review_status");
  CREATE INDEX "question_bundles_views_idx" ON "question_bundles" USING btree ("views");
  CREATE INDEX "question_bundles_likes_idx" ON "question_bundles" USING btree ("likes");
  CREATE INDEX "question_bundles_rating_rating_average_idx" ON "question_bundles" USING btree ("rating_average");
  CREATE INDEX "question_bundles_updated_at_idx" ON "question_bundles" USING btree ("updated_at");
  CREATE INDEX "question_bundles_created_at_idx" ON "question_bundles" USING btree ("created_at");
  CREATE INDEX "question_bundles__status_idx" ON "question_bundles" USING btree ("_status");
  CREATE INDEX "question_bundles_rels_order_idx" ON "question_bundles_rels" USING btree ("order");
  CREATE INDEX "question_bundles_rels_parent_idx" ON "question_bundles_rels" USING btree ("parent_id");
  CREATE INDEX "question_bundles_rels_path_idx" ON "question_bundles_rels" USING btree ("path");
  CREATE INDEX "question_bundles_rels_tags_id_idx" ON "question_bundles_rels" USING btree ("tags_id");
  CREATE INDEX "_question_bundles_v_version_questions_order_idx" ON "_question_bundles_v_version_questions" USING btree ("_order");
  CREATE INDEX "_question_bundles_v_version_questions_parent_id_idx" ON "_question_bundles_v_version_questions" USING btree ("_parent_id");
  CREATE INDEX "_question_bundles_v_parent_idx" ON "_question_bundles_v" USING btree ("parent_id");
  CREATE INDEX "_question_bundles_v_version_version_slug_idx" ON "_question_bundles_v" USING btree ("version_slug");
  CREATE INDEX "_question_bundles_v_version_version_author_idx" ON "_question_bundles_v" USING btree ("version_author_id");
  CREATE INDEX "_question_bundles_v_version_version_published_at_idx" ON "_question_bundles_v" USING btree ("version_published_at");
  CREATE INDEX "_question_bundles_v_version_version_access_idx" ON "_question_bundles_v" USING btree ("version_access");
  CREATE INDEX "_question_bundles_v_version_version_review_status_idx" ON "_question_bundles_v" USING btree ("version_review_status");
  CREATE INDEX "_question_bundles_v_version_version_views_idx" ON "_question_bundles_v" USING btree ("version_views");
  CREATE INDEX "_question_bundles_v_version_version_likes_idx" ON "_question_bundles_v" USING btree ("version_likes");
  CREATE INDEX "_question_bundles_v_version_rating_version_rating_averag_idx" ON "_question_bundles_v" USING btree ("version_rating_average");
  CREATE INDEX "_question_bundles_v_version_version_updated_at_idx" ON "_question_bundles_v" USING btree ("version_updated_at");
  CREATE INDEX "_question_bundles_v_version_version_created_at_idx" ON "_question_bundles_v" USING btree ("version_created_at");
  CREATE INDEX "_question_bundles_v_version_version__status_idx" ON "_question_bundles_v" USING btree ("version__status");
  CREATE INDEX "_question_bundles_v_created_at_idx" ON "_question_bundles_v" USING btree ("created_at");
  CREATE INDEX "_question_bundles_v_updated_at_idx" ON "_question_bundles_v" USING btree ("updated_at");
  CREATE INDEX "_question_bundles_v_latest_idx" ON "_question_bundles_v" USING btree ("latest");
  CREATE INDEX "_question_bundles_v_rels_order_idx" ON "_question_bundles_v_rels" USING btree ("order");
  CREATE INDEX "_question_bundles_v_rels_parent_idx" ON "_question_bundles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_question_bundles_v_rels_path_idx" ON "_question_bundles_v_rels" USING btree ("path");
  CREATE INDEX "_question_bundles_v_rels_tags_id_idx" ON "_question_bundles_v_rels" USING btree ("tags_id");
  CREATE INDEX "ratings_user_idx" ON "ratings" USING btree ("user_id");
  CREATE INDEX "ratings_item_key_idx" ON "ratings" USING btree ("item_key");
  CREATE INDEX "ratings_updated_at_idx" ON "ratings" USING btree ("updated_at");
  CREATE INDEX "ratings_created_at_idx" ON "ratings" USING btree ("created_at");
  CREATE UNIQUE INDEX "user_itemKey_idx" ON "ratings" USING btree ("user_id","item_key");
  CREATE INDEX "ratings_rels_order_idx" ON "ratings_rels" USING btree ("order");
  CREATE INDEX "ratings_rels_parent_idx" ON "ratings_rels" USING btree ("parent_id");
  CREATE INDEX "ratings_rels_path_idx" ON "ratings_rels" USING btree ("path");
  CREATE INDEX "ratings_rels_community_articles_id_idx" ON "ratings_rels" USING btree ("community_articles_id");
  CREATE INDEX "ratings_rels_question_bundles_id_idx" ON "ratings_rels" USING btree ("question_bundles_id");
  CREATE INDEX "likes_user_idx" ON "likes" USING btree ("user_id");
  CREATE INDEX "likes_item_key_idx" ON "likes" USING btree ("item_key");
  CREATE INDEX "likes_updated_at_idx" ON "likes" USING btree ("updated_at");
  CREATE INDEX "likes_created_at_idx" ON "likes" USING btree ("created_at");
  CREATE UNIQUE INDEX "user_itemKey_1_idx" ON "likes" USING btree ("user_id","item_key");
  CREATE INDEX "likes_rels_order_idx" ON "likes_rels" USING btree ("order");
  CREATE INDEX "likes_rels_parent_idx" ON "likes_rels" USING btree ("parent_id");
  CREATE INDEX "likes_rels_path_idx" ON "likes_rels" USING btree ("path");
  CREATE INDEX "likes_rels_stories_id_idx" ON "likes_rels" USING btree ("stories_id");
  CREATE INDEX "likes_rels_lessons_id_idx" ON "likes_rels" USING btree ("lessons_id");
  CREATE INDEX "likes_rels_community_articles_id_idx" ON "likes_rels" USING btree ("community_articles_id");
  CREATE INDEX "likes_rels_question_bundles_id_idx" ON "likes_rels" USING btree ("question_bundles_id");
  CREATE INDEX "review_events_item_key_idx" ON "review_events" USING btree ("item_key");
  CREATE INDEX "review_events_at_idx" ON "review_events" USING btree ("at");
  CREATE INDEX "review_events_by_idx" ON "review_events" USING btree ("by_id");
  CREATE INDEX "review_events_owner_idx" ON "review_events" USING btree ("owner_id");
  CREATE INDEX "review_events_updated_at_idx" ON "review_events" USING btree ("updated_at");
  CREATE INDEX "review_events_created_at_idx" ON "review_events" USING btree ("created_at");
  CREATE INDEX "review_events_rels_order_idx" ON "review_events_rels" USING btree ("order");
  CREATE INDEX "review_events_rels_parent_idx" ON "review_events_rels" USING btree ("parent_id");
  CREATE INDEX "review_events_rels_path_idx" ON "review_events_rels" USING btree ("path");
  CREATE INDEX "review_events_rels_stories_id_idx" ON "review_events_rels" USING btree ("stories_id");
  CREATE INDEX "review_events_rels_lessons_id_idx" ON "review_events_rels" USING btree ("lessons_id");
  CREATE INDEX "review_events_rels_community_articles_id_idx" ON "review_events_rels" USING btree ("community_articles_id");
  CREATE INDEX "review_events_rels_question_bundles_id_idx" ON "review_events_rels" USING btree ("question_bundles_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_community_articles_fk" FOREIGN KEY ("community_articles_id") REFERENCES "public"."community_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_question_bundles_fk" FOREIGN KEY ("question_bundles_id") REFERENCES "public"."question_bundles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ratings_fk" FOREIGN KEY ("ratings_id") REFERENCES "public"."ratings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_likes_fk" FOREIGN KEY ("likes_id") REFERENCES "public"."likes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_events_fk" FOREIGN KEY ("review_events_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_tags_id_idx" ON "payload_locked_documents_rels" USING btree ("tags_id");
  CREATE INDEX "payload_locked_documents_rels_stories_id_idx" ON "payload_locked_documents_rels" USING btree ("stories_id");
  CREATE INDEX "payload_locked_documents_rels_lessons_id_idx" ON "payload_locked_documents_rels" USING btree ("lessons_id");
  CREATE INDEX "payload_locked_documents_rels_community_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("community_articles_id");
  CREATE INDEX "payload_locked_documents_rels_question_bundles_id_idx" ON "payload_locked_documents_rels" USING btree ("question_bundles_id");
  CREATE INDEX "payload_locked_documents_rels_ratings_id_idx" ON "payload_locked_documents_rels" USING btree ("ratings_id");
  CREATE INDEX "payload_locked_documents_rels_likes_id_idx" ON "payload_locked_documents_rels" USING btree ("likes_id");
  CREATE INDEX "payload_locked_documents_rels_review_events_id_idx" ON "payload_locked_documents_rels" USING btree ("review_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stories_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "lessons" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "lessons_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_lessons_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_lessons_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "community_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "community_articles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_community_articles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_community_articles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "question_bundles_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "question_bundles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "question_bundles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_question_bundles_v_version_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_question_bundles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_question_bundles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ratings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ratings_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "likes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "likes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tags" CASCADE;
  DROP TABLE "stories" CASCADE;
  DROP TABLE "stories_rels" CASCADE;
  DROP TABLE "_stories_v" CASCADE;
  DROP TABLE "_stories_v_rels" CASCADE;
  DROP TABLE "lessons" CASCADE;
  DROP TABLE "lessons_rels" CASCADE;
  DROP TABLE "_lessons_v" CASCADE;
  DROP TABLE "_lessons_v_rels" CASCADE;
  DROP TABLE "community_articles" CASCADE;
  DROP TABLE "community_articles_rels" CASCADE;
  DROP TABLE "_community_articles_v" CASCADE;
  DROP TABLE "_community_articles_v_rels" CASCADE;
  DROP TABLE "question_bundles_questions" CASCADE;
  DROP TABLE "question_bundles" CASCADE;
  DROP TABLE "question_bundles_rels" CASCADE;
  DROP TABLE "_question_bundles_v_version_questions" CASCADE;
  DROP TABLE "_question_bundles_v" CASCADE;
  DROP TABLE "_question_bundles_v_rels" CASCADE;
  DROP TABLE "ratings" CASCADE;
  DROP TABLE "ratings_rels" CASCADE;
  DROP TABLE "likes" CASCADE;
  DROP TABLE "likes_rels" CASCADE;
  DROP TABLE "review_events" CASCADE;
  DROP TABLE "review_events_rels" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tags_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_lessons_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_community_articles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_question_bundles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ratings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_likes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_tags_id_idx";
  DROP INDEX "payload_locked_documents_rels_stories_id_idx";
  DROP INDEX "payload_locked_documents_rels_lessons_id_idx";
  DROP INDEX "payload_locked_documents_rels_community_articles_id_idx";
  DROP INDEX "payload_locked_documents_rels_question_bundles_id_idx";
  DROP INDEX "payload_locked_documents_rels_ratings_id_idx";
  DROP INDEX "payload_locked_documents_rels_likes_id_idx";
  DROP INDEX "payload_locked_documents_rels_review_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tags_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "lessons_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "community_articles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "question_bundles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ratings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "likes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_events_id";
  DROP TYPE "public"."enum_stories_access";
  DROP TYPE "public"."enum_stories_review_status";
  DROP TYPE "public"."enum_stories_status";
  DROP TYPE "public"."enum__stories_v_version_access";
  DROP TYPE "public"."enum__stories_v_version_review_status";
  DROP TYPE "public"."enum__stories_v_version_status";
  DROP TYPE "public"."enum_lessons_track";
  DROP TYPE "public"."enum_lessons_level";
  DROP TYPE "public"."enum_lessons_difficulty";
  DROP TYPE "public"."enum_lessons_access";
  DROP TYPE "public"."enum_lessons_review_status";
  DROP TYPE "public"."enum_lessons_status";
  DROP TYPE "public"."enum__lessons_v_version_track";
  DROP TYPE "public"."enum__lessons_v_version_level";
  DROP TYPE "public"."enum__lessons_v_version_difficulty";
  DROP TYPE "public"."enum__lessons_v_version_access";
  DROP TYPE "public"."enum__lessons_v_version_review_status";
  DROP TYPE "public"."enum__lessons_v_version_status";
  DROP TYPE "public"."enum_community_articles_kind";
  DROP TYPE "public"."enum_community_articles_access";
  DROP TYPE "public"."enum_community_articles_review_status";
  DROP TYPE "public"."enum_community_articles_status";
  DROP TYPE "public"."enum__community_articles_v_version_kind";
  DROP TYPE "public"."enum__community_articles_v_version_access";
  DROP TYPE "public"."enum__community_articles_v_version_review_status";
  DROP TYPE "public"."enum__community_articles_v_version_status";
  DROP TYPE "public"."enum_question_bundles_access";
  DROP TYPE "public"."enum_question_bundles_review_status";
  DROP TYPE "public"."enum_question_bundles_status";
  DROP TYPE "public"."enum__question_bundles_v_version_access";
  DROP TYPE "public"."enum__question_bundles_v_version_review_status";
  DROP TYPE "public"."enum__question_bundles_v_version_status";
  DROP TYPE "public"."enum_review_events_action";
  DROP TYPE "public"."enum_review_events_from";
  DROP TYPE "public"."enum_review_events_to";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}

CREATE TABLE "assessment_photos" (
	"id" uuid PRIMARY KEY NOT NULL,
	"assessment_id" uuid NOT NULL,
	"artisan_id" uuid NOT NULL,
	"idx" integer NOT NULL,
	"original_key" text NOT NULL,
	"thumbnail_key" text NOT NULL,
	"sha256" text NOT NULL,
	"phash" text,
	"dhash" text,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"quality" jsonb,
	"evidence" jsonb,
	"embedding" text,
	"safety" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"assessment_id" uuid NOT NULL,
	"reviewer_id" uuid,
	"action" text NOT NULL,
	"craft_id" text,
	"grades" jsonb NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"artisan_id" uuid NOT NULL,
	"status" text NOT NULL,
	"channel" text DEFAULT 'api' NOT NULL,
	"progress" text,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"declared_craft" text,
	"craft_id" text,
	"craft_confidence" double precision,
	"craft_alternatives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scores" jsonb,
	"confidence" double precision,
	"level" integer,
	"market_value" jsonb,
	"feedback_keys" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"retake_problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evidence" jsonb,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"review_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"model_version" text,
	"vision_model" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"reviewer_id" uuid,
	"reviewed_at" timestamp with time zone,
	"review_reason" text,
	"appeal_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "gallery_references" (
	"id" uuid PRIMARY KEY NOT NULL,
	"craft_id" text NOT NULL,
	"embedding" text NOT NULL,
	"model_id" text NOT NULL,
	"source" text NOT NULL,
	"photo_key" text,
	"assessment_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"version" text NOT NULL,
	"metrics" jsonb,
	"object_key" text NOT NULL,
	"promoted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_photos" ADD CONSTRAINT "assessment_photos_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_reviews" ADD CONSTRAINT "assessment_reviews_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_reviews" ADD CONSTRAINT "assessment_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_artisan_id_users_id_fk" FOREIGN KEY ("artisan_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gallery_references" ADD CONSTRAINT "gallery_references_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gallery_references" ADD CONSTRAINT "gallery_references_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_photos_idx_uq" ON "assessment_photos" USING btree ("assessment_id","idx");--> statement-breakpoint
CREATE INDEX "assessment_photos_sha_idx" ON "assessment_photos" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "assessment_photos_artisan_idx" ON "assessment_photos" USING btree ("artisan_id");--> statement-breakpoint
CREATE INDEX "assessment_reviews_assessment_idx" ON "assessment_reviews" USING btree ("assessment_id","created_at");--> statement-breakpoint
CREATE INDEX "assessments_artisan_idx" ON "assessments" USING btree ("artisan_id","created_at");--> statement-breakpoint
CREATE INDEX "assessments_status_idx" ON "assessments" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "gallery_refs_model_idx" ON "gallery_references" USING btree ("model_id","craft_id");--> statement-breakpoint
CREATE UNIQUE INDEX "model_versions_kind_version_uq" ON "model_versions" USING btree ("kind","version");
CREATE TABLE "earn_disputes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"opened_by" uuid NOT NULL,
	"from_status" text NOT NULL,
	"reason" text,
	"status" text DEFAULT 'open' NOT NULL,
	"resolution" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"ref" jsonb NOT NULL,
	"artisan_id" uuid,
	"seq" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_lines" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entry_id" text NOT NULL,
	"account" text NOT NULL,
	"debit" bigint NOT NULL,
	"credit" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "earn_match_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"ranker_id" text NOT NULL,
	"context" jsonb NOT NULL,
	"team" jsonb,
	"qualified" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "earn_matches" (
	"run_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"artisan_id" uuid NOT NULL,
	"craft_id" text NOT NULL,
	"rank" integer NOT NULL,
	"score" double precision NOT NULL,
	"distance_km" double precision NOT NULL,
	"capacity" integer NOT NULL,
	"level" integer NOT NULL,
	"features" jsonb NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"boost" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "earn_matches_run_id_artisan_id_pk" PRIMARY KEY("run_id","artisan_id")
);
--> statement-breakpoint
CREATE TABLE "earn_offers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"artisan_id" uuid NOT NULL,
	"run_id" uuid,
	"rank" integer NOT NULL,
	"quantity" integer NOT NULL,
	"via_team" text,
	"status" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decline_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "earn_opportunity_photos" (
	"opportunity_id" uuid NOT NULL,
	"media_id" uuid NOT NULL,
	"idx" integer NOT NULL,
	CONSTRAINT "earn_opportunity_photos_opportunity_id_media_id_pk" PRIMARY KEY("opportunity_id","media_id")
);
--> statement-breakpoint
CREATE TABLE "earn_order_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"actor" text NOT NULL,
	"actor_id" uuid,
	"note" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "earn_order_photos" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"key" text NOT NULL,
	"thumbnail_key" text NOT NULL,
	"sha256" text NOT NULL,
	"quality" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "earn_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"artisan_id" uuid NOT NULL,
	"buyer_id" uuid NOT NULL,
	"craft_id" text NOT NULL,
	"quantity" integer NOT NULL,
	"amount_paise" bigint NOT NULL,
	"status" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "earn_payouts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"artisan_id" uuid NOT NULL,
	"amount_paise" bigint NOT NULL,
	"vpa" text NOT NULL,
	"provider" text NOT NULL,
	"provider_ref" text,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "earn_ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"rater_id" uuid NOT NULL,
	"ratee_id" uuid NOT NULL,
	"rater_role" text NOT NULL,
	"stars" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "earn_disputes" ADD CONSTRAINT "earn_disputes_order_id_earn_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."earn_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_lines" ADD CONSTRAINT "ledger_lines_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_match_runs" ADD CONSTRAINT "earn_match_runs_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_matches" ADD CONSTRAINT "earn_matches_run_id_earn_match_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."earn_match_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_matches" ADD CONSTRAINT "earn_matches_artisan_id_users_id_fk" FOREIGN KEY ("artisan_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_offers" ADD CONSTRAINT "earn_offers_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_offers" ADD CONSTRAINT "earn_offers_artisan_id_users_id_fk" FOREIGN KEY ("artisan_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_offers" ADD CONSTRAINT "earn_offers_run_id_earn_match_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."earn_match_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_opportunity_photos" ADD CONSTRAINT "earn_opportunity_photos_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_opportunity_photos" ADD CONSTRAINT "earn_opportunity_photos_media_id_media_objects_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media_objects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_order_events" ADD CONSTRAINT "earn_order_events_order_id_earn_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."earn_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_order_photos" ADD CONSTRAINT "earn_order_photos_order_id_earn_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."earn_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_orders" ADD CONSTRAINT "earn_orders_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_orders" ADD CONSTRAINT "earn_orders_offer_id_earn_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."earn_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_orders" ADD CONSTRAINT "earn_orders_artisan_id_users_id_fk" FOREIGN KEY ("artisan_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_orders" ADD CONSTRAINT "earn_orders_buyer_id_users_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_payouts" ADD CONSTRAINT "earn_payouts_artisan_id_users_id_fk" FOREIGN KEY ("artisan_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "earn_ratings" ADD CONSTRAINT "earn_ratings_order_id_earn_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."earn_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "earn_disputes_status_idx" ON "earn_disputes" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "ledger_entries_artisan_idx" ON "ledger_entries" USING btree ("artisan_id","seq");--> statement-breakpoint
CREATE INDEX "ledger_lines_entry_idx" ON "ledger_lines" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "ledger_lines_account_idx" ON "ledger_lines" USING btree ("account");--> statement-breakpoint
CREATE INDEX "earn_match_runs_opp_idx" ON "earn_match_runs" USING btree ("opportunity_id","created_at");--> statement-breakpoint
CREATE INDEX "earn_matches_artisan_idx" ON "earn_matches" USING btree ("artisan_id","created_at");--> statement-breakpoint
CREATE INDEX "earn_matches_opp_idx" ON "earn_matches" USING btree ("opportunity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "earn_offers_opp_artisan_uq" ON "earn_offers" USING btree ("opportunity_id","artisan_id");--> statement-breakpoint
CREATE INDEX "earn_offers_artisan_idx" ON "earn_offers" USING btree ("artisan_id","sent_at");--> statement-breakpoint
CREATE INDEX "earn_offers_status_idx" ON "earn_offers" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "earn_order_events_order_idx" ON "earn_order_events" USING btree ("order_id","seq");--> statement-breakpoint
CREATE INDEX "earn_order_photos_order_idx" ON "earn_order_photos" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "earn_orders_offer_uq" ON "earn_orders" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "earn_orders_artisan_idx" ON "earn_orders" USING btree ("artisan_id","status");--> statement-breakpoint
CREATE INDEX "earn_orders_buyer_idx" ON "earn_orders" USING btree ("buyer_id");--> statement-breakpoint
CREATE INDEX "earn_payouts_artisan_idx" ON "earn_payouts" USING btree ("artisan_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "earn_ratings_order_rater_uq" ON "earn_ratings" USING btree ("order_id","rater_id");--> statement-breakpoint
CREATE INDEX "earn_ratings_ratee_idx" ON "earn_ratings" USING btree ("ratee_id");
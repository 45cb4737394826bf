CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"buyer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"craft_ids" jsonb NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_paise" integer,
	"budget_paise" integer,
	"currency" text DEFAULT 'INR' NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"district" text,
	"state" text,
	"lat" double precision,
	"lng" double precision,
	"max_distance_km" integer,
	"remote_ok" boolean DEFAULT false NOT NULL,
	"min_level" integer DEFAULT 1 NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_buyer_id_users_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunities_buyer_idx" ON "opportunities" USING btree ("buyer_id");--> statement-breakpoint
CREATE INDEX "opportunities_status_idx" ON "opportunities" USING btree ("status","deadline");
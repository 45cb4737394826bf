CREATE TABLE "earn_portfolio_centroids" (
	"artisan_id" uuid NOT NULL,
	"model_id" text NOT NULL,
	"centroid" text NOT NULL,
	"photos" integer NOT NULL,
	"signature" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "earn_portfolio_centroids_artisan_id_model_id_pk" PRIMARY KEY("artisan_id","model_id")
);
--> statement-breakpoint
ALTER TABLE "earn_opportunity_photos" ADD COLUMN "embedding" text;--> statement-breakpoint
ALTER TABLE "earn_opportunity_photos" ADD COLUMN "model_id" text;--> statement-breakpoint
ALTER TABLE "earn_opportunity_photos" ADD COLUMN "thumbnail_key" text;--> statement-breakpoint
ALTER TABLE "earn_portfolio_centroids" ADD CONSTRAINT "earn_portfolio_centroids_artisan_id_users_id_fk" FOREIGN KEY ("artisan_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;

CREATE TABLE "conversations" (
	"wa_id" text PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"state" jsonb,
	"last_inbound_at" timestamp with time zone,
	"profile_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "handovers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"wa_id" text NOT NULL,
	"user_id" uuid,
	"channel" text NOT NULL,
	"reason" text NOT NULL,
	"last_text" text,
	"status" text DEFAULT 'open' NOT NULL,
	"source_message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbound_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"wa_to" text NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"wa_message_id" text,
	"error_code" integer,
	"last_error" text,
	"reply_to" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "whatsapp_inbound" (
	"wa_message_id" text PRIMARY KEY NOT NULL,
	"wa_from" text NOT NULL,
	"phone_number_id" text NOT NULL,
	"kind" text NOT NULL,
	"message" jsonb NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "whatsapp_media" (
	"id" text PRIMARY KEY NOT NULL,
	"object_key" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"direction" text NOT NULL,
	"wa_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "whatsapp_status_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"wa_message_id" text NOT NULL,
	"status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"recipient" text NOT NULL,
	"errors" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "handovers_status_idx" ON "handovers" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "handovers_source_uq" ON "handovers" USING btree ("source_message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbound_messages_wa_id_uq" ON "outbound_messages" USING btree ("wa_message_id");--> statement-breakpoint
CREATE INDEX "outbound_messages_to_idx" ON "outbound_messages" USING btree ("wa_to","created_at");--> statement-breakpoint
CREATE INDEX "outbound_messages_status_idx" ON "outbound_messages" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "whatsapp_inbound_from_idx" ON "whatsapp_inbound" USING btree ("wa_from","processed_at","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "whatsapp_status_events_uq" ON "whatsapp_status_events" USING btree ("wa_message_id","status");
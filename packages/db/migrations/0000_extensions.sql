-- Geographic distance (earthdistance on cube): available in PGlite's contrib and PostgreSQL/Aurora contrib.
CREATE EXTENSION IF NOT EXISTS cube;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS earthdistance;

DROP INDEX "customers_name_trgm_idx";--> statement-breakpoint
DROP INDEX "customers_short_name_trgm_idx";